import { zodIssues } from '../_internal/zod-issues.js';
import { BanenmatchError, ValidationError } from '../errors.js';
import { type TargetPlan, type TargetPlanYear, targetPlanSchema } from './schema.js';

/**
 * The version of a target plan in force on a date (covenant art. 6.2: reviews every two years, the
 * adjustments in force from their effective date): the published rows, with the rows of every revision
 * whose `effective` date is on or before `date` replacing the rows of the same years, in order of
 * their effective dates. The revisions stay on the returned plan; nothing is changed in place.
 *
 * Complexity: O(years × revisions).
 *
 * @param plan - the plan (shape checked with `targetPlanSchema`)
 * @param date - the day, `YYYY-MM-DD`
 * @returns the plan with the targets in force on that day
 * @throws ValidationError for a plan that does not match the schema; BanenmatchError `INVALID_ARGUMENT` for a bad date
 * @example
 * const plan = { ...TARGET_PLANS.national2013, revisions: [
 *   { review: '2020-10', effective: '2021-01-01', years: [{ year: 2021, market: 55000, government: 20000 }] },
 * ] };
 * planOn(plan, '2020-12-31').years.find((r) => r.year === 2021)?.market // 60000: the published row
 * planOn(plan, '2021-01-01').years.find((r) => r.year === 2021)?.market // 55000: revised
 */
export function planOn(plan: TargetPlan, date: string): TargetPlan {
  const parsed = targetPlanSchema.safeParse(plan);
  if (!parsed.success) throw new ValidationError('planOn: plan', zodIssues(parsed.error, ['plan']));
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `planOn: \`date\` must be YYYY-MM-DD, got ${typeof date === 'string' ? `"${date.slice(0, 40)}"` : typeof date}`,
    );
  }
  // Stryker disable next-line ArrayDeclaration: a string in place of a revision has no `effective`, so the filter drops it
  const inForce = (plan.revisions ?? [])
    .filter((r) => r.effective <= date)
    .sort((a, b) =>
      a.effective < b.effective
        ? -1
        : // Stryker disable next-line ConditionalExpression,EqualityOperator: past the first test the result is 1 or 0 under each mutant (`true`, `false`, `>=`, `<=`), never < 0, and V8's sort (array-sort.tq) reads only whether it is < 0: the same order (checked on 20,000 arrays)
          a.effective > b.effective
          ? 1
          : 0,
    );
  const byYear = new Map<number, TargetPlanYear>(plan.years.map((r) => [r.year, r]));
  for (const r of inForce) for (const row of r.years ?? []) byYear.set(row.year, row);
  return { ...plan, years: [...byYear.values()].sort((a, b) => a.year - b.year) };
}
