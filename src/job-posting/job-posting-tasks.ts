import { tasksFromShares } from '../catalogue/decompose.js';
import { findOccupation } from '../catalogue/find-occupation.js';
import { findTaskKinds } from '../catalogue/find-task-kinds.js';
import { taskKind } from '../catalogue/task-kinds.js';
import type { Task } from '../domain/schemas.js';
import type { ValidationIssue } from '../errors.js';

/**
 * Tasks of an imported posting, from its title and its description (`fromJobPosting`'s rule):
 *
 * - **Title known** (`findOccupation`): the occupation's tasks with its typical shares, as before.
 *   Supporting task kinds the description names and the occupation lacks are added, at most
 *   {@link MAX_ADDED_KINDS} in order of mention, each {@link ADDED_SHARE} of the week, taken from the
 *   occupation's kinds pro rata: the description is the employer's own word on this job, but a
 *   mention says nothing of the time a task takes, so it gets a small share.
 * - **Title unknown**, description naming task words: the supporting kinds it names, at most
 *   {@link MAX_DESCRIPTION_KINDS} in order of mention, in equal shares.
 * - Otherwise no tasks (the vacancy needs its tasks before carving or capability scoring).
 *
 * Core kinds are never derived from words: they need a qualification the posting does not state.
 * Every derived task is marked `derived`, and a warning says which came from the description.
 */

/** Most task kinds the description adds to a known occupation's. */
export const MAX_ADDED_KINDS = 2;
/** Share of the week each added kind takes. */
export const ADDED_SHARE = 0.1;
/** Most task kinds built from the description alone. */
export const MAX_DESCRIPTION_KINDS = 4;

/** @internal The derived tasks and the warnings to add, for a parsed posting. */
export function postingTasks(
  title: string,
  description: string,
  hoursPerWeek: number,
  paths: { title: readonly (string | number)[]; description: readonly (string | number)[] },
): { tasks: Task[] | undefined; warnings: ValidationIssue[] } {
  const found = findOccupation(title);
  const named = findTaskKinds(description).filter((k) => taskKind(k)?.core === false);
  if (found.occupation !== null) {
    const own = found.occupation.tasks;
    const added = named.filter((k) => !own.some((t) => t.kind === k)).slice(0, MAX_ADDED_KINDS);
    const keep = 1 - ADDED_SHARE * added.length;
    const shares = [
      ...own.map((t) => ({ kind: t.kind, share: t.share * keep })),
      ...added.map((kind) => ({ kind, share: ADDED_SHARE })),
    ];
    const tasks = tasksFromShares(shares, hoursPerWeek, `occupation "${found.occupation.id}"`);
    const warnings: ValidationIssue[] =
      added.length === 0
        ? []
        : [
            {
              path: paths.description,
              message: `tasks derived from the description: ${added.join(', ')} added to the ${found.occupation.name} tasks, ${ADDED_SHARE * 100}% of the hours each`,
              code: 'tasks_from_description',
            },
          ];
    return { tasks, warnings };
  }
  const kinds = named.slice(0, MAX_DESCRIPTION_KINDS);
  if (kinds.length === 0) {
    return {
      tasks: undefined,
      warnings: [
        {
          path: paths.title,
          message: 'occupation not in the catalogue; no tasks derived',
          code: 'unknown_occupation',
        },
      ],
    };
  }
  const tasks = tasksFromShares(
    kinds.map((kind) => ({ kind, share: 1 / kinds.length })),
    hoursPerWeek,
    'the description',
  );
  return {
    tasks,
    warnings: [
      { path: paths.title, message: 'occupation not in the catalogue', code: 'unknown_occupation' },
      {
        path: paths.description,
        message: `tasks derived from the description: ${kinds.join(', ')} in equal shares`,
        code: 'tasks_from_description',
      },
    ],
  };
}
