import { z } from 'zod';
import { parseOptions } from '../_internal/options.js';
import { zodIssues } from '../_internal/zod-issues.js';
import { ValidationError } from '../errors.js';
import { JOB_HOURS_PER_WEEK } from './jobs.js';
import { TARGET_PLANS } from './plans.js';
import { type TargetPlan, targetPlanSchema } from './schema.js';

/** Kinds of inconsistency {@link validateTargetPlan} reports. */
export type PlanWarningCode =
  | 'total_mismatch'
  | 'decreasing_target'
  | 'duplicate_year'
  | 'missing_year'
  | 'unit_hours'
  | 'share_deviation'
  | 'revision_date';

/** One inconsistency in a target plan, with the year and the figures involved. */
export interface PlanWarning {
  code: PlanWarningCode;
  /** The year concerned. */
  year: number;
  /** Sector concerned, where one is. */
  sector?: 'market' | 'government' | 'total' | undefined;
  /** The figures that show the inconsistency. */
  figures: Readonly<Record<string, number>>;
  /** A sentence naming the year and the figures. */
  message: string;
}

/** Options of {@link validateTargetPlan}. */
export interface ValidateTargetPlanOptions {
  /**
   * A plan to compare shares with, year by year (a regional plan's share of the national path should
   * stay about constant); `null` skips the comparison. @default TARGET_PLANS.national2013
   */
  reference?: TargetPlan | null | undefined;
  /** Relative deviation of a year's share from the plan's median share that is reported. @default 0.05 */
  shareTolerance?: number | undefined;
}

function median(values: number[]): number {
  // A typed array sorts by value without a comparator.
  const s = Float64Array.from(values).sort();
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The options of `validateTargetPlan`, one schema; the reference plan is a record (checked as one). */
const validateTargetPlanOptionsSchema = z.object({
  reference: z.custom<TargetPlan | null>().optional(),
  shareTolerance: z.number().min(0).default(0.05),
});

/**
 * Checks a target plan for inconsistencies and reports each as a warning with its year and figures;
 * it never changes a published figure. Checks: published total ≠ market + government, a cumulative
 * target that goes down, duplicate or missing years, a job unit other than 25.5 hours, a revision
 * that takes effect before its review (covenant art. 6.2.d as published: "Oktober 2022, ingangsdatum
 * eventuele aanpassingen 1 januari 2022"), and a year
 * whose share of the reference plan deviates from the plan's median share (Werkkamer's indicative
 * regional shares are meant to be stable; a check of our own: the covenant's footnotes name no regional share).
 *
 * @param plan - the plan to check (shape checked with {@link targetPlanSchema})
 * @param options - reference plan and share tolerance
 * @returns the warnings, in year order (empty when consistent)
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws ValidationError when the plan does not match the schema, with every issue
 * @example
 * validateTargetPlan(TARGET_PLANS.gooiEnVechtstreek2015)
 * // [{ code: 'share_deviation', year: 2015, sector: 'market', ... }, { code: 'total_mismatch', year: 2017, ... }, ...]
 */
export function validateTargetPlan(plan: TargetPlan, options?: ValidateTargetPlanOptions): PlanWarning[] {
  const parsed = targetPlanSchema.safeParse(plan);
  if (!parsed.success) {
    throw new ValidationError('validateTargetPlan: plan', zodIssues(parsed.error));
  }
  const o = parseOptions(validateTargetPlanOptionsSchema, options, 'validateTargetPlan');
  const tolerance = o.shareTolerance;
  const reference = o.reference === undefined ? TARGET_PLANS.national2013 : o.reference;
  if (reference !== null) {
    const ref = targetPlanSchema.safeParse(reference);
    if (!ref.success) throw new ValidationError('validateTargetPlan: reference', zodIssues(ref.error));
  }
  const warnings: PlanWarning[] = [];
  const years = plan.years;

  if (plan.unitHours !== JOB_HOURS_PER_WEEK) {
    warnings.push({
      code: 'unit_hours',
      year: years[0]!.year,
      figures: { unitHours: plan.unitHours, expected: JOB_HOURS_PER_WEEK },
      message: `plan ${plan.id}: one job is ${plan.unitHours} hours a week, the banenafspraak counts ${JOB_HOURS_PER_WEEK}`,
    });
  }

  const seen = new Set<number>();
  for (const row of years) {
    if (seen.has(row.year)) {
      warnings.push({
        code: 'duplicate_year',
        year: row.year,
        figures: { year: row.year },
        message: `plan ${plan.id}: year ${row.year} appears more than once`,
      });
    }
    seen.add(row.year);
    if (row.total !== undefined && row.total !== row.market + row.government) {
      warnings.push({
        code: 'total_mismatch',
        year: row.year,
        sector: 'total',
        figures: {
          market: row.market,
          government: row.government,
          sum: row.market + row.government,
          total: row.total,
        },
        message: `plan ${plan.id}, ${row.year}: published total ${row.total} ≠ market ${row.market} + government ${row.government} = ${row.market + row.government}`,
      });
    }
  }

  const sorted = years.slice().sort((a, b) => a.year - b.year);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const row = sorted[i]!;
    for (let y = prev.year + 1; y < row.year; y++) {
      warnings.push({
        code: 'missing_year',
        year: y,
        figures: { before: prev.year, after: row.year },
        message: `plan ${plan.id}: no target for ${y} between ${prev.year} and ${row.year}`,
      });
    }
    for (const sector of ['market', 'government', 'total'] as const) {
      const a = sector === 'total' ? (prev.total ?? prev.market + prev.government) : prev[sector];
      const b = sector === 'total' ? (row.total ?? row.market + row.government) : row[sector];
      if (row.year !== prev.year && b < a) {
        warnings.push({
          code: 'decreasing_target',
          year: row.year,
          sector,
          figures: { previous: a, current: b },
          message: `plan ${plan.id}, ${row.year}: cumulative ${sector} target ${b} is below ${prev.year}'s ${a}`,
        });
      }
    }
  }

  // Stryker disable next-line ArrayDeclaration: a plan without revisions would loop once over a string, whose missing `effective` and `review` compare false
  for (const r of plan.revisions ?? []) {
    // Covenant art. 6.2: adjustments take effect after the October review (1 January of the next year).
    // As strings: an effective date in the review's month starts with it, so it sorts after it.
    // Stryker disable next-line EqualityOperator: `<=` differs only when the strings are equal, and a date (YYYY-MM-DD) never equals a month (YYYY-MM)
    if (r.effective < r.review) {
      const [reviewYear, reviewMonth] = r.review.split('-').map(Number) as [number, number];
      const [effectiveYear, effectiveMonth, effectiveDay] = r.effective.split('-').map(Number) as [
        number,
        number,
        number,
      ];
      warnings.push({
        code: 'revision_date',
        year: reviewYear,
        figures: { reviewYear, reviewMonth, effectiveYear, effectiveMonth, effectiveDay },
        message: `plan ${plan.id}: the revision reviewed in ${r.review} takes effect on ${r.effective}, before its review (kept as published)`,
      });
    }
  }

  if (reference !== null && reference.id !== plan.id) {
    for (const sector of ['market', 'government'] as const) {
      const shares: { year: number; share: number; value: number; ref: number }[] = [];
      for (const row of sorted) {
        const ref = reference.years.find((r) => r.year === row.year);
        if (ref !== undefined && ref[sector] > 0) {
          shares.push({
            year: row.year,
            share: row[sector] / ref[sector],
            value: row[sector],
            ref: ref[sector],
          });
        }
      }
      if (shares.length < 3) continue;
      const typical = median(shares.map((s) => s.share));
      for (const s of shares) {
        const deviation = s.share / typical - 1;
        if (Math.abs(deviation) > tolerance) {
          warnings.push({
            code: 'share_deviation',
            year: s.year,
            sector,
            figures: { value: s.value, reference: s.ref, share: s.share, medianShare: typical, deviation },
            // Stryker disable next-line EqualityOperator: `deviation >= 0` differs only at 0, which is never reported (|deviation| > tolerance ≥ 0)
            message: `plan ${plan.id}, ${s.year}: ${sector} ${s.value} is ${(100 * s.share).toFixed(3)}% of ${reference.id}'s ${s.ref}, the plan's median share is ${(100 * typical).toFixed(3)}% (${deviation > 0 ? '+' : ''}${(100 * deviation).toFixed(1)}%)`,
          });
        }
      }
    }
  }
  return warnings.sort((a, b) => a.year - b.year);
}
