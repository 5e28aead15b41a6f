import { z } from 'zod';
import { parseOptions } from '../_internal/options.js';
import { MAX_HOURS_PER_WEEK, sectorSchema } from '../domain/schemas.js';

/** The options of `fromJobPosting`, checked by one schema (`INVALID_ARGUMENT` naming the option). */
const jobPostingOptionsSchema = z.object({
  sector: z.union([sectorSchema, z.literal('auto')]).optional(),
  municipalities: z
    .array(
      z.object({ name: z.string(), lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
    )
    .optional(),
  defaultHoursPerWeek: z.number().positive().max(MAX_HOURS_PER_WEEK).optional(),
  hoursFromRange: z.enum(['min', 'max', 'mid']).optional(),
  fullTimeHours: z.number().positive().max(MAX_HOURS_PER_WEEK).optional(),
  carvable: z.boolean().optional(),
});

/** @internal `fromJobPosting`'s options, checked; throws `INVALID_ARGUMENT` naming the bad one. */
export function jobPostingOptions(given: unknown): z.output<typeof jobPostingOptionsSchema> {
  return parseOptions(jobPostingOptionsSchema, given, 'fromJobPosting');
}
