import type { Candidate, Sector } from '../domain/schemas.js';
import { ValidationError, type ValidationIssue } from '../errors.js';

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
  const issues: ValidationIssue[] = [];
  const nonNegative = (v: number, path: (string | number)[]): void => {
    if (typeof v !== 'number' || !(v >= 0) || v === Number.POSITIVE_INFINITY) {
      issues.push({ path, code: 'out_of_range', message: 'must be a finite number ≥ 0' });
    }
  };
  nonNegative(job.hoursPerWeek, ['hoursPerWeek']);
  if (job.wagePerHour !== undefined) nonNegative(job.wagePerHour, ['wagePerHour']);
  if (job.contractMonths !== undefined && !(job.contractMonths >= 0)) {
    issues.push({
      path: ['contractMonths'],
      code: 'out_of_range',
      message: 'must be ≥ 0 (Infinity = open-ended)',
    });
  }
  job.tasks?.forEach((t, i) => {
    nonNegative(t.hoursPerWeek, ['tasks', i, 'hoursPerWeek']);
  });
  if (issues.length > 0) throw new ValidationError(where, issues);
}
