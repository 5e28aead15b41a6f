import { hoursText } from '../_internal/words-nl.js';
import { fmlItem } from '../capability/fml.js';
import { adaptation } from '../catalogue/adaptations.js';
import { taskKind, taskName } from '../catalogue/task-kinds.js';
import { training } from '../catalogue/trainings.js';
import type { VacancyInput } from '../domain/schemas.js';
import type { NearMissChange } from './change.js';

/** Where {@link describeChange} looks up a task's name: the vacancies of the input. */
export interface DescribeContext {
  readonly vacancies?: readonly VacancyInput[] | undefined;
}

/** The task's name: its description or kind in the input, else the catalogue kind its id names (derived tasks), else the id. */
function nameOfTask(vacancyId: string, taskId: string, context: DescribeContext): string {
  const task = context.vacancies?.find((v) => v.id === vacancyId)?.tasks?.find((t) => t.id === taskId);
  if (task !== undefined) return taskName(task);
  return taskKind(taskId)?.name ?? taskId;
}

/**
 * One line in Dutch that a job coach reads, naming the change and its size.
 *
 * @param change - a near-miss change
 * @param context - the input's vacancies, to name a task by its description or kind
 * @returns e.g. `tilhulp bij taak vakken vullen (IV.13 tillen)`, `4 km verder reizen`
 * @example
 * describeChange({ kind: 'commute', candidateId: 'c1', extraKm: 4 }) // '4 km verder reizen'
 * describeChange({ kind: 'dropTask', vacancyId: 'v1', taskId: 'cleaning', hoursPerWeek: 6 })
 * // 'taak schoonmaken (6 uur per week) overdragen aan een collega'
 */
export function describeChange(change: NearMissChange, context: DescribeContext = {}): string {
  switch (change.kind) {
    case 'adaptation': {
      const name = adaptation(change.adaptationId)?.name ?? change.adaptationId;
      const item = fmlItem(change.item);
      const itemText = item === undefined ? change.item : `${change.item} ${item.name}`;
      return `${name} bij taak ${nameOfTask(change.vacancyId, change.taskId, context)} (${itemText})`;
    }
    case 'dropTask':
      return `taak ${nameOfTask(change.vacancyId, change.taskId, context)} (${hoursText(change.hoursPerWeek)} uur per week) overdragen aan een collega`;
    case 'hours': {
      const { minHoursPerWeek: min, maxHoursPerWeek: max } = change;
      if (min !== undefined && max !== undefined) {
        return `${hoursText(min)} tot ${hoursText(max)} uur per week willen werken`;
      }
      return min !== undefined
        ? `minimaal ${hoursText(min)} uur per week willen werken`
        : `tot ${hoursText(max!)} uur per week willen werken`;
    }
    case 'commute':
      return `${hoursText(change.extraKm)} km verder reizen`;
    case 'training': {
      const name = training(change.trainingId)?.name ?? change.trainingId;
      return change.skill === undefined ? `${name} halen` : `${name} halen (voor ${change.skill})`;
    }
  }
}
