import { expectRecord, expectRecords } from '../_internal/guard.js';
import { ValidationError, type ValidationIssue } from '../errors.js';

/** Most main tasks (*hoofdtaken*) a wage-value report may list (model report, Regeling LKS Pwet 2021). */
export const MAX_MAIN_TASKS = 5;
/** Smallest share of the week a main task takes (Besluit LKS Participatiewet 2021 art. 1: ≥ 1/16). */
export const MIN_MAIN_TASK_SHARE: number = 1 / 16;
/** Least time a main task takes per working day, hours (Besluit LKS Participatiewet 2021 art. 1: 30 minutes). */
export const MIN_MAIN_TASK_HOURS_PER_DAY = 0.5;
/** Allowed rounding in the sum of the shares. */
const SHARE_SUM_TOLERANCE = 1e-6;

/** One main task as measured against the norm function. All ratios are fractions of the norm. */
export interface MainTaskMeasurement {
  /** Share of the working week spent on the task, ≥ 1/16; the shares sum to 1. */
  share: number;
  /** Tempo: output per hour relative to the norm; above 1 is allowed but counts as 1. */
  tempo: number;
  /** Quality (*kwaliteit*): usable share of the output, 0..1. */
  quality: number;
  /** Net working time (*netto werktijd*): productive share of the paid time relative to the norm, 0..1. */
  netTime: number;
  /** Optional label (task name or kind), echoed in the result. */
  name?: string | undefined;
}

/** One main task in the result, with its contribution to the wage value. */
export interface MainTaskResult extends MainTaskMeasurement {
  /** min(1, tempo). */
  countedTempo: number;
  /** countedTempo × quality × netTime. */
  performance: number;
  /** share × performance. */
  contribution: number;
}

/** Input of {@link assessWageValue}. */
export interface WageValueInput {
  tasks: readonly MainTaskMeasurement[];
  /** Contract hours a week; with `daysPerWeek` it checks the 30-minutes-a-day rule. */
  hoursPerWeek?: number | undefined;
  /** Working days a week; with `hoursPerWeek` it checks the 30-minutes-a-day rule. */
  daysPerWeek?: number | undefined;
}

/** A measured wage value (*loonwaarde*). */
export interface WageValueAssessment {
  /** Wage value as a fraction of the WML, 0..1. */
  wageValue: number;
  tasks: MainTaskResult[];
}

/**
 * Computes a wage value (*loonwaarde*, Participatiewet art. 6 sub g) from up to five main tasks: per
 * task min(1, tempo) × quality × net time, weighted by the task's share of the week.
 *
 * Rules (Besluit LKS Participatiewet 2021 art. 1; model report in the Regeling LKS Participatiewet
 * 2021; AKC Cahier 24 for the tempo cap): 1 to 5 main tasks, each share ≥ 1/16, shares summing to 1,
 * tempo ≥ 0, quality and net time in [0, 1]; with `hoursPerWeek` and `daysPerWeek` also each task
 * ≥ 30 minutes a working day (share × hours / days ≥ 0.5 h).
 *
 * @param input - `{ tasks, hoursPerWeek?, daysPerWeek? }`, each task `{ share, tempo, quality, netTime, name? }`.
 * @returns The wage value in [0, 1] and every task's contribution.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws {ValidationError} `VALIDATION` listing every broken rule with its path, with issue codes
 *   `no_tasks`, `too_many_tasks`, `share_too_small`, `shares_do_not_sum_to_one`, `under_30_minutes_a_day`,
 *   `not_a_number`, `out_of_range`.
 * @example
 * assessWageValue({ tasks: [
 *   { share: 0.5, tempo: 0.8, quality: 1, netTime: 0.9 },
 *   { share: 0.5, tempo: 1.2, quality: 0.9, netTime: 1 },
 * ] }).wageValue // 0.5 × 0.72 + 0.5 × 0.9 = 0.81
 */
export function assessWageValue(input: WageValueInput): WageValueAssessment {
  expectRecord(input, 'assessWageValue', 'input');
  expectRecords(input.tasks, 'assessWageValue', 'input.tasks');
  const issues: ValidationIssue[] = [];
  const tasks = input.tasks;
  if (tasks.length === 0) {
    issues.push({ path: ['tasks'], code: 'no_tasks', message: 'at least one main task is needed' });
  }
  if (tasks.length > MAX_MAIN_TASKS) {
    issues.push({
      path: ['tasks'],
      code: 'too_many_tasks',
      message: `at most ${MAX_MAIN_TASKS} main tasks are allowed, got ${tasks.length}`,
    });
  }
  const { hoursPerWeek: h, daysPerWeek: d } = input;
  if (h !== undefined) checkRange(issues, h, ['hoursPerWeek'], 0, Number.POSITIVE_INFINITY);
  if (d !== undefined) checkRange(issues, d, ['daysPerWeek'], 0, Number.POSITIVE_INFINITY);
  // Number.isFinite never converts its argument, so an object here cannot throw in a comparison.
  const perDay = Number.isFinite(h) && Number.isFinite(d) && (d as number) > 0;
  let shareSum = 0;
  tasks.forEach((t, i) => {
    checkRange(issues, t.share, ['tasks', i, 'share'], 0, 1);
    checkRange(issues, t.tempo, ['tasks', i, 'tempo'], 0, Number.POSITIVE_INFINITY);
    checkRange(issues, t.quality, ['tasks', i, 'quality'], 0, 1);
    checkRange(issues, t.netTime, ['tasks', i, 'netTime'], 0, 1);
    if (t.name !== undefined && typeof t.name !== 'string') {
      issues.push({ path: ['tasks', i, 'name'], code: 'invalid_type', message: 'must be a string' });
    }
    const shareOk = Number.isFinite(t.share);
    if (shareOk && t.share < MIN_MAIN_TASK_SHARE - SHARE_SUM_TOLERANCE) {
      issues.push({
        path: ['tasks', i, 'share'],
        code: 'share_too_small',
        message: `a main task takes at least 1/16 (0.0625) of the week, got ${t.share}`,
      });
    }
    shareSum += shareOk ? t.share : Number.NaN;
    if (shareOk && perDay && (t.share * (h as number)) / (d as number) < MIN_MAIN_TASK_HOURS_PER_DAY - 1e-9) {
      issues.push({
        path: ['tasks', i, 'share'],
        code: 'under_30_minutes_a_day',
        message: `a main task takes at least 30 minutes a working day; ${t.share} of ${h} h over ${d} days is less`,
      });
    }
  });
  // Stryker disable next-line EqualityOperator: near 1 a sum of doubles differs from 1 by a multiple of 2^-53, never by exactly the double 1e-6, so > and >= agree
  const sumIsOff = Math.abs(shareSum - 1) > SHARE_SUM_TOLERANCE;
  if (tasks.length > 0 && Number.isFinite(shareSum) && sumIsOff) {
    issues.push({
      path: ['tasks'],
      code: 'shares_do_not_sum_to_one',
      message: `the shares of the main tasks must sum to 1, got ${shareSum}`,
    });
  }
  if (issues.length > 0) throw new ValidationError('assessWageValue', issues);

  let wageValue = 0;
  const results: MainTaskResult[] = tasks.map((t) => {
    const countedTempo = Math.min(1, t.tempo);
    const performance = countedTempo * t.quality * t.netTime;
    const contribution = t.share * performance;
    wageValue += contribution;
    return { ...t, countedTempo, performance, contribution };
  });
  // The shares may sum to 1 ± tolerance; keep the result inside [0, 1].
  return { wageValue: Math.min(1, Math.max(0, wageValue)), tasks: results };
}

// Messages name the field and the rule but not the value: tempo, quality and net time are personal data.
function checkRange(
  issues: ValidationIssue[],
  value: number,
  path: (string | number)[],
  min: number,
  max: number,
): void {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    issues.push({ path, code: 'not_a_number', message: 'must be a number' });
  } else if (value < min || value > max || !Number.isFinite(value)) {
    const range = max === Number.POSITIVE_INFINITY ? `≥ ${min} and finite` : `in [${min}, ${max}]`;
    issues.push({ path, code: 'out_of_range', message: `must be ${range}` });
  }
}
