import { carveJob } from '../../carving/index.js';
import type { Candidate, Task, Vacancy } from '../../domain/schemas.js';
import type { ResolvedMatcherOptions } from '../options.js';
import { carveFloorHours, quarter } from '../rules.js';
import type { HoursWindow, TaskFit } from './hard-rules.js';
import type { CarvingOutcome, ReferenceTask } from './verdicts.js';

/** The job found inside a vacancy, before scoring. */
export interface FoundJob {
  kind: 'full' | 'carved' | 'reduced-hours';
  /** The vacancy's tasks in the job, as the vacancy states them. */
  tasks: Task[];
  /** The job's tasks with the hours they have in the job. */
  shown: ReferenceTask[];
  hoursPerWeek: number;
}

/**
 * The job a candidate gets inside a vacancy: the whole vacancy when every task fits, the
 * qualification is met and the hours are within reach; otherwise, with carving on and the vacancy open
 * to it, the best bundle `carveJob` makes of it (at least the carving minimum, or the candidate's own
 * window when they cannot work that many hours: `carveFloorHours`); failing that, when only the hours
 * are too many, the whole vacancy at the candidate's most hours (on the quarter hour, every task pro
 * rata on the quarter hour), when that reaches the same minimum.
 *
 * @example
 * findJob(candidate, vacancy, fits, window, false, options);
 * // { carving: 'carved', job: { kind: 'carved', tasks: [t2, t3], hoursPerWeek: 16, … } }
 */
export function findJob(
  c: Candidate,
  v: Vacancy,
  fits: readonly TaskFit[],
  window: HoursWindow,
  qualified: boolean,
  options: ResolvedMatcherOptions,
): { carving: CarvingOutcome; job: FoundJob | undefined } {
  const tasks = v.tasks ?? [];
  const allFit = fits.every((f) => f.fits);
  const hoursFit = v.hoursPerWeek <= window.max;
  if (allFit && qualified && hoursFit) {
    const shown = tasks.map((t) => ({ taskId: t.id, kind: t.kind, hoursPerWeek: t.hoursPerWeek }));
    return {
      carving: 'whole',
      job: { kind: 'full', tasks: [...tasks], shown, hoursPerWeek: v.hoursPerWeek },
    };
  }
  if (options.carving === false) return { carving: 'carving-off', job: undefined };
  if (!v.carvable) return { carving: 'not-carvable', job: undefined };
  const floor = carveFloorHours(options.carving, window.max, window.min);
  const carved = carveJob(c, [v], { minHours: floor }).job;
  if (carved !== null) {
    const ids = new Set(carved.tasks.map((t) => t.taskId));
    const inJob = tasks.filter((t) => ids.has(t.id));
    const shown = carved.tasks.map((t) => ({ taskId: t.taskId, kind: t.kind, hoursPerWeek: t.hoursPerWeek }));
    return {
      carving: 'carved',
      job: { kind: 'carved', tasks: inJob, shown, hoursPerWeek: carved.hoursPerWeek },
    };
  }
  const fewer = Math.floor(window.max * 4 + 1e-9) / 4;
  if (allFit && qualified && fewer >= floor) {
    // Every task pro rata, so that the tasks (on the quarter hour) add up to the job's hours.
    const taskHours = tasks.reduce((sum, t) => sum + quarter(t.hoursPerWeek), 0);
    const share = taskHours > 0 ? fewer / taskHours : 0;
    const shown = tasks.map((t) => ({
      taskId: t.id,
      kind: t.kind,
      hoursPerWeek: quarter(t.hoursPerWeek * share),
    }));
    return {
      carving: 'reduced-hours',
      job: { kind: 'reduced-hours', tasks: [...tasks], shown, hoursPerWeek: fewer },
    };
  }
  return { carving: 'no-bundle', job: undefined };
}
