import { expectRecord, expectRecords, isRecord } from '../_internal/guard.js';
import { type Candidate, MAX_HOURS_PER_WEEK, type Sector } from '../domain/schemas.js';
import { BanenmatchError, ValidationError, type ValidationIssue } from '../errors.js';

/** Hours of one task kind in a job (a full vacancy's tasks or a carved job's). */
export interface TaskHours {
  /** Task kind, as in the task-kind catalogue (e.g. `cleaning`). */
  kind: string;
  hoursPerWeek: number;
}

/**
 * The terms of a job that decide the money: hours, tasks, wage and contract length. A vacancy fits
 * (`hoursPerWeek`, `tasks`, `wagePerHour`, `sector`); a carved job passes its own hours and tasks.
 */
export interface JobTerms {
  /** Contract hours a week. */
  hoursPerWeek: number;
  /** Tasks of the job with their hours; the wage value is estimated over them. */
  tasks?: readonly TaskHours[] | undefined;
  /** Gross wage per hour, euros; the minimum wage on the date when absent. */
  wagePerHour?: number | undefined;
  /** Length of the contract in months; unknown when absent (`Infinity` = open-ended). */
  contractMonths?: number | undefined;
  sector?: Sector | undefined;
}

/** The fields of a candidate this module reads; a full `Candidate` fits. */
export type WageCandidate = Pick<Candidate, 'id' | 'targetGroup'> &
  Partial<Pick<Candidate, 'wageValue' | 'taskPerformance'>>;

/** @internal Checks job terms at a public entry; throws one ValidationError with every issue. */
export function validateJob(job: JobTerms, where: string): void {
  expectRecord(job, where, 'job');
  if (job.tasks !== undefined) expectRecords(job.tasks, where, 'job.tasks');
  const issues: ValidationIssue[] = [];
  const nonNegative = (v: number, path: (string | number)[]): void => {
    if (typeof v !== 'number' || !(v >= 0) || v === Number.POSITIVE_INFINITY) {
      issues.push({ path, code: 'out_of_range', message: 'must be a finite number ≥ 0' });
    }
  };
  nonNegative(job.hoursPerWeek, ['hoursPerWeek']);
  if (typeof job.hoursPerWeek === 'number' && job.hoursPerWeek > MAX_HOURS_PER_WEEK) {
    issues.push({
      path: ['hoursPerWeek'],
      code: 'out_of_range',
      message: `must be at most ${MAX_HOURS_PER_WEEK}`,
    });
  }
  if (job.wagePerHour !== undefined) nonNegative(job.wagePerHour, ['wagePerHour']);
  // Money stays exact to the cent (and every amount derived from it finite) below 2^53 cents.
  if (typeof job.wagePerHour === 'number' && job.wagePerHour * 100 > Number.MAX_SAFE_INTEGER) {
    issues.push({ path: ['wagePerHour'], code: 'out_of_range', message: 'must be below 2^53 cents' });
  }
  if (
    job.contractMonths !== undefined &&
    (typeof job.contractMonths !== 'number' || !(job.contractMonths >= 0))
  ) {
    issues.push({
      path: ['contractMonths'],
      code: 'out_of_range',
      message: 'must be ≥ 0 (Infinity = open-ended)',
    });
  }
  job.tasks?.forEach((t, i) => {
    nonNegative(t.hoursPerWeek, ['tasks', i, 'hoursPerWeek']);
    if (typeof t.kind !== 'string') {
      issues.push({ path: ['tasks', i, 'kind'], code: 'invalid_type', message: 'must be a string' });
    }
  });
  if (issues.length > 0) throw new ValidationError(where, issues);
}

/**
 * @internal Checks the fields of a wage candidate the instruments read (id, target group, wage value,
 * task performance) before any is used.
 *
 * @throws BanenmatchError `INVALID_ARGUMENT` naming the field
 */
export function checkWageCandidate(candidate: WageCandidate, fn: string): void {
  expectRecord(candidate, fn, 'candidate');
  const bad = (field: string): never => {
    throw new BanenmatchError('INVALID_ARGUMENT', `${fn}: \`candidate.${field}\` has the wrong type`);
  };
  if (typeof candidate.id !== 'string') bad('id');
  if (typeof candidate.targetGroup !== 'string') bad('targetGroup');
  if (candidate.wageValue !== undefined && typeof candidate.wageValue !== 'number') bad('wageValue');
  const performance = candidate.taskPerformance;
  if (performance !== undefined) {
    if (!isRecord(performance)) bad('taskPerformance');
    for (const v of Object.values(performance)) if (typeof v !== 'number') bad('taskPerformance');
  }
}
