import { expectRecords } from '../_internal/guard.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { checkWageCandidate, type TaskHours, type WageCandidate } from './job.js';
import { type WageRules, withRules } from './rules.js';
import { checkedOptions, estimateOptionsSchema } from './wage-options.js';

/** Where an estimated wage value comes from, from most to least specific. */
export type WageValueBasis = 'task-performance' | 'measured' | 'default';

/** One task of an estimate. */
export interface EstimatedTask {
  kind: string;
  hoursPerWeek: number;
  /** Share of the job's hours. */
  share: number;
  /** Wage value assumed on this task. */
  wageValue: number;
  basis: WageValueBasis;
}

/** An estimated wage value on a set of tasks: never a measurement (Pwet art. 10d lid 1 needs one). */
export interface WageValueEstimate {
  /** Estimated wage value, fraction of the WML, 0..1. */
  wageValue: number;
  /** The least specific basis any task with hours used (`default` if one task had no data). */
  basis: WageValueBasis;
  /** Always true: this is an estimate, not a measurement at the workplace. */
  estimate: true;
  perTask: EstimatedTask[];
  /** Words a job coach reads. */
  note: string;
}

const BASIS_RANK: Record<WageValueBasis, number> = { 'task-performance': 2, measured: 1, default: 0 };

/**
 * Estimates a candidate's wage value on a set of tasks (a full or carved job), weighted by task hours.
 * A measured wage value (`wageValue`, Pwet art. 6g: measured at a workplace) wins over every
 * estimate and holds for every task; without one, per task: the candidate's performance on that task
 * kind (`taskPerformance[kind]`), else the default (`rules.defaultWageValue`, 50%: a presumption of our
 * own; the flat-rate LKS of Participatiewet art. 10d lid 5 is a flat 50% and presumes no wage value). Without tasks (or with zero
 * hours) the whole job takes the measured value or the default.
 *
 * @param candidate - `targetGroup`, optional `wageValue` and `taskPerformance` (a full `Candidate` fits).
 * @param tasks - The job's tasks with hours; absent = the job as a whole.
 * @param options - `rules`: override of {@link WAGE_RULES} (e.g. `defaultWageValue`, @default 0.5).
 * @returns The estimate in [0, 1], its basis, per task, marked `estimate: true`.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws {ValidationError} `VALIDATION` for a negative or non-finite task hour or a wage value outside [0, 1].
 * @example
 * estimateWageValue({ id: 'c1', targetGroup: 'wajong', taskPerformance: { cleaning: 0.8 } },
 *   [{ kind: 'cleaning', hoursPerWeek: 12 }, { kind: 'dishwashing', hoursPerWeek: 4 }]).wageValue
 * // (12 × 0.8 + 4 × 0.5) / 16 = 0.725, basis 'default'
 * @remarks O(number of tasks).
 */
export function estimateWageValue(
  candidate: WageCandidate,
  tasks?: readonly TaskHours[],
  options?: { rules?: Partial<WageRules> },
): WageValueEstimate {
  checkWageCandidate(candidate, 'estimateWageValue');
  if (tasks !== undefined) expectRecords(tasks, 'estimateWageValue', 'tasks');
  return estimateWithRules(
    candidate,
    tasks,
    withRules(checkedOptions(estimateOptionsSchema, options, 'estimateWageValue').rules),
  );
}

/**
 * @internal {@link estimateWageValue} for a caller that has checked the candidate, the tasks (records)
 * and the options, and merged the rules (`employerEconomics`, `instrumentsFor`): the options are not
 * parsed again (a parse copied every rule, ≈ 2 µs a call, and `withRules` walked them).
 */
export function estimateWithRules(
  candidate: WageCandidate,
  tasks: readonly TaskHours[] | undefined,
  rules: WageRules,
): WageValueEstimate {
  validateEstimateInput(candidate, tasks, rules);
  const measured = candidate.wageValue;
  const fallback = measured ?? rules.defaultWageValue;
  const fallbackBasis: WageValueBasis = measured === undefined ? 'default' : 'measured';

  // No tasks, or tasks without hours: the job as a whole.
  const list = tasks ?? [];
  let totalHours = 0;
  for (const t of list) totalHours += t.hoursPerWeek;
  if (totalHours === 0) {
    return {
      wageValue: fallback,
      basis: fallbackBasis,
      estimate: true,
      perTask: [],
      note: noteFor(fallbackBasis, rules.defaultWageValue),
    };
  }

  let sum = 0;
  let basis: WageValueBasis = 'task-performance';
  const perTask: EstimatedTask[] = list.map((t) => {
    // A measurement wins over the per-task estimates.
    const own = measured === undefined ? candidate.taskPerformance?.[t.kind] : undefined;
    const value = own ?? fallback;
    const b: WageValueBasis = own === undefined ? fallbackBasis : 'task-performance';
    // Stryker disable next-line EqualityOperator: at an equal rank b is the basis already (one basis per rank)
    const lessSpecific = BASIS_RANK[b] < BASIS_RANK[basis];
    if (t.hoursPerWeek > 0 && lessSpecific) basis = b;
    sum += t.hoursPerWeek * value;
    return {
      kind: t.kind,
      hoursPerWeek: t.hoursPerWeek,
      share: t.hoursPerWeek / totalHours,
      wageValue: value,
      basis: b,
    };
  });
  const wageValue = Math.min(1, Math.max(0, sum / totalHours));
  return { wageValue, basis, estimate: true, perTask, note: noteFor(basis, rules.defaultWageValue) };
}

function noteFor(basis: WageValueBasis, defaultValue: number): string {
  const pct = `${Math.round(defaultValue * 100)}%`;
  switch (basis) {
    case 'task-performance':
      return 'estimated from the candidate’s performance per task kind, weighted by task hours; not a measurement';
    case 'measured':
      return 'the candidate’s measured wage value (a measurement wins over task estimates); measured on another job, not on this one';
    default:
      return `no measurement or task performance for some tasks: assumed ${pct} (our default, as large as the flat-rate LKS of Pwet art. 10d lid 5, which presumes no wage value); a wage-value measurement is needed`;
  }
}

function validateEstimateInput(
  candidate: WageCandidate,
  tasks: readonly TaskHours[] | undefined,
  rules: WageRules,
): void {
  const issues: ValidationIssue[] = [];
  const fraction = (v: number | undefined, path: (string | number)[]): void => {
    if (v !== undefined && !(typeof v === 'number' && v >= 0 && v <= 1)) {
      issues.push({ path, code: 'out_of_range', message: 'must be a fraction in [0, 1]' });
    }
  };
  fraction(candidate.wageValue, ['candidate', 'wageValue']);
  for (const [kind, v] of Object.entries(candidate.taskPerformance ?? {})) {
    fraction(v, ['candidate', 'taskPerformance', kind]);
  }
  fraction(rules.defaultWageValue, ['rules', 'defaultWageValue']);
  tasks?.forEach((t, i) => {
    if (typeof t.kind !== 'string') {
      issues.push({ path: ['tasks', i, 'kind'], code: 'invalid_type', message: 'must be a string' });
    }
    if (
      !(
        typeof t.hoursPerWeek === 'number' &&
        t.hoursPerWeek >= 0 &&
        t.hoursPerWeek < Number.POSITIVE_INFINITY
      )
    ) {
      issues.push({
        path: ['tasks', i, 'hoursPerWeek'],
        code: 'out_of_range',
        message: 'must be a finite number ≥ 0',
      });
    }
  });
  if (issues.length > 0) throw new ValidationError(`estimateWageValue(${candidate.id})`, issues);
}
