/**
 * The options of the ledger's counts, one zod schema per entry point: a bad option is
 * `INVALID_ARGUMENT` naming it (`from`, `openingStock.date`, …).
 */
import { z } from 'zod';
import { JOB_HOURS_PER_WEEK, unitOptionsSchema } from '../quota/jobs.js';
import { dayOf, quarterIndexOfLabel } from './dates.js';

/** Paid hours a week that make one job. */
const unitHours = z.number().positive().default(JOB_HOURS_PER_WEEK);
const measure = z.enum(['end', 'average']).default('end');
const year = z.number().int().min(1990).max(2100);
/** A quarter label `2024Q1` within 1990–2100, as its quarter index. */
const quarter = z
  .string()
  .refine(
    (q) => {
      const index = quarterIndexOfLabel(q);
      return index !== undefined && index >= 1990 * 4 && index < 2101 * 4;
    },
    { message: 'must be a quarter like 2024Q1, 1990–2100' },
  )
  .transform((q) => quarterIndexOfLabel(q) as number);

/** @internal A real date `YYYY-MM-DD`, as its day number. */
export const dayOption = z
  .string()
  .refine((s) => dayOf(s) !== undefined, { message: 'must be a real date YYYY-MM-DD' })
  .transform((s) => dayOf(s) as number);

/** @internal The options of `extraJobsAt` and `againstBaseline`: those of `extraJobs`. */
export { unitOptionsSchema };

/** @internal The options of `extraJobsByQuarter`, `from` and `to` as quarter indices. */
export const quarterOptionsSchema = z.object({
  from: quarter.optional(),
  to: quarter.optional(),
  measure,
  unitHours,
});

/** @internal The options of `extraJobsByYear`. */
export const yearOptionsSchema = z.object({ from: year.optional(), to: year.optional(), measure, unitHours });

/** @internal An opening stock (`againstBaseline`'s argument, `toObserved`'s option), its date as a day number. */
export const openingStockSchema = z.object({
  date: dayOption,
  market: z.number().min(0),
  government: z.number().min(0),
});

/** @internal The options of `toObserved`; `from` and `to` are years or quarters as `frequency` says. */
export const toObservedOptionsSchema = z
  .object({
    frequency: z.enum(['year', 'quarter']),
    baseline: z.object({ market: z.number(), government: z.number() }).default({ market: 0, government: 0 }),
    openingStock: z.unknown().optional(),
    from: z.union([z.number(), z.string()]).optional(),
    to: z.union([z.number(), z.string()]).optional(),
    measure: measure.optional(),
    unitHours: unitHours.optional(),
  })
  .superRefine((o, ctx) => {
    const kind = o.frequency === 'year' ? 'number' : 'string';
    for (const name of ['from', 'to'] as const) {
      if (o[name] !== undefined && typeof o[name] !== kind) {
        const message =
          kind === 'number' ? 'must be a year for frequency year' : 'must be a quarter like 2024Q1';
        ctx.addIssue({ code: 'custom', path: [name], message });
      }
    }
  });
