import { z } from 'zod';
import { parseOptions } from '../../_internal/options.js';
import type { WhyNotOptions } from './types.js';

/** @internal The fields of `whyNot`'s options, with their defaults; `caseloadGaps` extends them. */
export const whyNotShape = {
  extraKm: z.number().min(0).max(300).default(10),
  k: z.number().int().min(0).max(1000).default(5),
};

/** The options of `whyNot`, one schema. */
const whyNotOptionsSchema = z.object(whyNotShape);

/** @internal `whyNot`'s options with their defaults, checked: a bad one is `INVALID_ARGUMENT` naming it. */
export function resolveWhyNotOptions(
  o: WhyNotOptions | null | undefined,
  where = 'whyNot',
): { extraKm: number; k: number } {
  return parseOptions(whyNotOptionsSchema, o ?? undefined, where);
}
