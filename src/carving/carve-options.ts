import { z } from 'zod';
import { parseOptions, runOptionsShape } from '../_internal/options.js';
import { caoScaleSchema } from './fair-work.js';

const atLeastZero = z.number().min(0).optional();
const aboveZero = z.number().positive().optional();

/** @internal The options of `carveJob`, one schema; a bad one is `INVALID_ARGUMENT` naming it. */
export const carveOptionsSchema = z.object({
  minHours: atLeastZero,
  maxHours: atLeastZero,
  site: z.string().optional(),
  objective: z
    .union([
      z.enum(['hours', 'productive-hours']),
      // no message of its own: a failed union reports "Invalid input" for the option as a whole
      z.custom<(task: never) => number>((v) => typeof v === 'function'),
    ])
    .optional(),
  date: z.iso.date().optional(),
  wagePerHour: atLeastZero,
  caoScales: z.array(caoScaleSchema).optional(),
  daysPerWeek: aboveZero,
  resolution: aboveZero,
});

/** @internal The options of `carveAll`: those of `carveJob`, the commute defaults, signal and progress. */
export const carveAllOptionsSchema = carveOptionsSchema.extend({
  commute: z.object({ defaultKm: z.number().min(0), travelLimitedKm: z.number().min(0) }).optional(),
  ...runOptionsShape,
});

/** @internal Checks the options of `carveJob` (or, with `all`, of `carveAll`) by their one schema. */
export function checkCarveOptions(options: unknown, where: string, all = false): void {
  parseOptions(all ? carveAllOptionsSchema : carveOptionsSchema, options, where);
}
