import { expectArray, expectRecords, optionsOf } from '../_internal/guard.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import {
  type CapabilityComparison,
  type CapabilityFinding,
  compareCodes,
  compareHours,
  type FmlEntries,
  finish,
  type Tally,
} from './compare.js';
import { fmlIssues } from './fml-validate.js';
import { DEFAULT_DAYS_PER_WEEK } from './hours.js';

/** The part of a task the job comparison reads (a domain `Task` fits). */
export interface TaskDemands {
  readonly id: string;
  /** The task's own hours per week (summed into the job's hours when the job gives none). */
  readonly hoursPerWeek: number;
  readonly demands: FmlEntries;
}

/** The job the tasks make up (a domain `Vacancy` fits). */
export interface JobShape {
  /** Ids of the tasks the job keeps (a carved job). @default every task */
  readonly taskIds?: readonly string[] | undefined;
  /** The job's hours per week. @default the sum of the kept tasks' hours */
  readonly hoursPerWeek?: number | undefined;
  /** The job's hours per day. @default hoursPerWeek / daysPerWeek */
  readonly hoursPerDay?: number | undefined;
  /** Working days a week. @default 5 */
  readonly daysPerWeek?: number | undefined;
}

/** One task's comparison inside a job. */
export interface TaskCapabilityResult extends CapabilityComparison {
  readonly taskId: string;
  /** False for a task the job does not keep: reported, but it does not decide `fits`. */
  readonly kept: boolean;
}

/** The outcome of comparing a person with a whole job. */
export interface JobCapabilityComparison {
  /** True when every kept task fits and the job's hours fit VI.2/VI.3. */
  readonly fits: boolean;
  /** Per task, in input order (kept and not kept). */
  readonly tasks: readonly TaskCapabilityResult[];
  /** The job's hours against VI.2/VI.3. */
  readonly hours: {
    readonly exceedances: readonly CapabilityFinding[];
    readonly signals: readonly CapabilityFinding[];
  };
  /** The job's hours per week and per day used for the hours check. */
  readonly hoursPerWeek: number;
  readonly hoursPerDay: number;
  /** The least margin of the kept tasks and the hours; 0 when the job does not fit. */
  readonly margin: number;
}

/**
 * Compares a person's FML profile with every task of a job and with the job's hours: the job fits
 * when every task it keeps fits (exceedances of tasks it does not keep are reported but do not count)
 * and its hours per week and per day stay within VI.3 and VI.2.
 *
 * Complexity: O(tasks × items).
 *
 * @param profile - The person's FML profile.
 * @param tasks - The job's tasks (id, own weekly hours, FML demands).
 * @param job - Which tasks the job keeps and its hours (a `Vacancy` works as is).
 * @returns Per-task comparisons, the hours findings, `fits` and the least margin.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws {ValidationError} When the profile or a task's demands are not valid FML, a kept task id is
 *   unknown, or hours are negative or not finite.
 * @example
 * compareJob({ 'VI.3': 3 }, [{ id: 't1', hoursPerWeek: 16, demands: {} }, { id: 't2', hoursPerWeek: 8, demands: {} }]).fits;
 * // false: 24 hours a week against ~20
 */
export function compareJob(
  profile: FmlEntries,
  tasks: readonly TaskDemands[],
  job: JobShape = {},
): JobCapabilityComparison {
  expectRecords(tasks, 'compareJob', 'tasks');
  optionsOf(job, 'compareJob', 'job');
  if (job.taskIds !== undefined) expectArray(job.taskIds, 'compareJob', 'job.taskIds');
  const issues: ValidationIssue[] = fmlIssues(profile, 'profile').map((i) => ({
    ...i,
    path: ['profile', ...i.path],
  }));
  tasks.forEach((t, j) => {
    for (const i of fmlIssues(t.demands, 'demands'))
      issues.push({ ...i, path: ['tasks', j, 'demands', ...i.path] });
    if (typeof t.id !== 'string')
      issues.push({ path: ['tasks', j, 'id'], message: 'id must be a string', code: 'invalid_type' });
    if (!(Number.isFinite(t.hoursPerWeek) && t.hoursPerWeek >= 0))
      issues.push({
        path: ['tasks', j, 'hoursPerWeek'],
        message: 'hoursPerWeek must be a finite number ≥ 0',
        code: 'invalid_hours',
      });
  });
  const ids = new Set(tasks.map((t) => t.id));
  job.taskIds?.forEach((id, k) => {
    if (typeof id !== 'string')
      issues.push({ path: ['job', 'taskIds', k], message: 'task id must be a string', code: 'invalid_type' });
    else if (!ids.has(id))
      issues.push({
        path: ['job', 'taskIds', k],
        message: `task "${id}" is not among the tasks`,
        code: 'not_found',
      });
  });
  for (const key of ['hoursPerWeek', 'hoursPerDay', 'daysPerWeek'] as const) {
    const h = job[key];
    if (h !== undefined && !(Number.isFinite(h) && h >= 0 && (key !== 'daysPerWeek' || h > 0))) {
      issues.push({
        path: ['job', key],
        message: `${key} must be a finite number ≥ 0 (days > 0)`,
        code: 'invalid_hours',
      });
    }
  }
  if (issues.length > 0) throw new ValidationError('compareJob', issues);

  const keep = job.taskIds === undefined ? undefined : new Set(job.taskIds);
  let fits = true;
  let margin = 1;
  let keptHours = 0;
  const results = tasks.map((task): TaskCapabilityResult => {
    const t: Tally = { exceedances: [], signals: [], room: 1 };
    compareCodes(profile, task.demands, t);
    const result = finish(t);
    const kept = keep === undefined || keep.has(task.id);
    if (kept) {
      keptHours += task.hoursPerWeek;
      fits &&= result.fits;
      margin = Math.min(margin, result.margin);
    }
    return { taskId: task.id, kept, ...result };
  });
  const hoursPerWeek = job.hoursPerWeek ?? keptHours;
  const hoursPerDay = job.hoursPerDay ?? hoursPerWeek / (job.daysPerWeek ?? DEFAULT_DAYS_PER_WEEK);
  const h: Tally = { exceedances: [], signals: [], room: 1 };
  compareHours(profile, { jobHoursPerWeek: hoursPerWeek, jobHoursPerDay: hoursPerDay }, h);
  fits &&= h.exceedances.length === 0;
  margin = fits ? Math.min(margin, h.room) : 0;
  return {
    fits,
    tasks: results,
    hours: { exceedances: h.exceedances, signals: h.signals },
    hoursPerWeek,
    hoursPerDay,
    margin,
  };
}
