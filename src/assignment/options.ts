import { z } from 'zod';
import { runOptionsShape } from '../_internal/options.js';

/** @internal The options of `solveSparseAssignment`: signal and progress. */
export const runOptionsSchema = z.object(runOptionsShape);

/** @internal The options of `solveAssignment`, one schema with their defaults. */
export const denseOptionsSchema = z.object({
  maximize: z.boolean().default(false),
  duals: z.boolean().default(false),
  ...runOptionsShape,
});

/** @internal The options of `stableMatch`, one schema with their defaults. */
export const stableMatchOptionsSchema = z.object({
  proposing: z.enum(['candidates', 'vacancies']).default('candidates'),
  ...runOptionsShape,
});
