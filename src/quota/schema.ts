import { z } from 'zod';

/**
 * Zod schemas of the quota module's input: a target plan (cumulative extra jobs per year, market and
 * government apart) and an observation of realised extra jobs. Self-contained so `src/domain/` can
 * re-export them.
 */

const year = z.number().int().min(1990).max(2100);
// Job counts are integers: beyond 2^53 they are not exact, and sums and squares of the series must stay finite.
const count = z.number().finite().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

const targetPlanYearShape = z.object({
  year,
  market: count.min(0),
  government: count.min(0),
  /** The published total, kept as published even where it differs from market + government. */
  total: count.min(0).optional(),
  /** Where a figure is inferred or uncertain, say so here. */
  note: z.string().max(500).optional(),
});

/**
 * A dated revision of a target plan (covenant art. 6.2: the parties review the agreements every two
 * years, in October, with adjustments taking effect on a later date): the month of the review, the
 * day the adjustments take effect, and the revised rows (they replace the rows of the same years).
 */
const planRevisionShape = z.object({
  /** Month of the review, `YYYY-MM` (e.g. `2016-10`). */
  review: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must look like 2016-10'),
  /** Day the adjustments take effect, `YYYY-MM-DD`. */
  effective: z.iso.date(),
  /** Revised rows; absent or empty when the review changed nothing. */
  years: z.array(targetPlanYearShape).optional(),
  note: z.string().max(500).optional(),
});

/**
 * A target plan (*banenafspraak* path or a regional covenant table): cumulative extra jobs per year
 * against the baseline (*nulmeting*), one job being `unitHours` paid hours a week (25.5: covenant art. 1.1 footnote 4 and the Besluit; paid hours
 * as Wfsv art. 38b lid 4 defines them).
 */
const targetPlanShape = z.object({
  id: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(300),
  source: z.string().trim().min(1).max(2000),
  unitHours: z.number().finite().positive(),
  years: z.array(targetPlanYearShape).min(1),
  revisions: z.array(planRevisionShape).optional(),
});

/**
 * Realised extra jobs (against the baseline) at the end of a year, or at the end of a quarter
 * (`quarter: '2023Q4'`), market and government apart. Values may be negative (fewer jobs than at the
 * baseline).
 */
const observationShape = z.union([
  z.object({ year, market: count, government: count }),
  z.object({
    quarter: z.string().regex(/^\d{4}Q[1-4]$/, 'must look like 2023Q4'),
    market: count,
    government: count,
  }),
]);

/** One year of a target plan: cumulative extra jobs to reach by the end of `year`. */
export interface TargetPlanYear {
  year: number;
  market: number;
  government: number;
  /** The published total, kept as published even where it differs from market + government. */
  total?: number | undefined;
  /** Where a figure is inferred or uncertain. */
  note?: string | undefined;
}

/** A target plan; see {@link targetPlanSchema}. */
export interface TargetPlan {
  id: string;
  name: string;
  source: string;
  /** Paid hours a week that make one job (25.5). */
  unitHours: number;
  years: TargetPlanYear[];
  /** Dated revisions (covenant art. 6.2), oldest first; see `planOn`. */
  revisions?: PlanRevision[] | undefined;
}

/** A dated revision of a target plan; see {@link planRevisionSchema}. */
export interface PlanRevision {
  /** Month of the review, `YYYY-MM`. */
  review: string;
  /** Day the adjustments take effect, `YYYY-MM-DD`. */
  effective: string;
  /** Revised rows, replacing the rows of the same years from `effective` on. */
  years?: TargetPlanYear[] | undefined;
  note?: string | undefined;
}

/** Realised extra jobs at a year end or a quarter end; see {@link observationSchema}. */
export type Observation =
  | { year: number; market: number; government: number }
  | { quarter: string; market: number; government: number };

/** Schema of one target plan row. */
export const targetPlanYearSchema: z.ZodType<TargetPlanYear> = targetPlanYearShape;
/** Schema of a {@link PlanRevision}. */
export const planRevisionSchema: z.ZodType<PlanRevision> = planRevisionShape;
/** Schema of a {@link TargetPlan}. */
export const targetPlanSchema: z.ZodType<TargetPlan> = targetPlanShape;
/** Schema of an {@link Observation}. */
export const observationSchema: z.ZodType<Observation> = observationShape;
