import { parseOptions } from '../_internal/options.js';
import { safeParseVacancies } from '../domain/parse.js';
import type { Task, Vacancy } from '../domain/schemas.js';
import { ValidationError } from '../errors.js';
import {
  type DecomposeOptions,
  decomposeOptionsSchema,
  decomposeVacancy as decomposeParsed,
} from './decompose.js';

/**
 * Splits a vacancy into tasks: the vacancy's own tasks when it has them, otherwise the tasks of its
 * occupation in the catalogue with the hours split by the typical shares (rounded to quarter hours,
 * the last task taking the remainder) and marked `derived` (the work analysis of Inclusief
 * Herontwerp Werk done from the catalogue instead of on site). The vacancy's `conditions` are merged
 * into every task's demands (the vacancy's value replaces the task's for each item it states).
 *
 * @param vacancy - a parsed vacancy
 * @returns the tasks, each with hours, FML demands, skills, kind and whether it is a core task
 * @throws ValidationError when the vacancy breaks the input contract (paths under `vacancy`);
 *   BanenmatchError `NOT_FOUND` when the vacancy has no tasks and its occupation is not in the catalogue
 * @example
 * decomposeVacancy({ ...vacancy, occupation: 'schoonmaker', hoursPerWeek: 20, tasks: undefined })
 * // [{ id: 'cleaning', kind: 'cleaning', hoursPerWeek: 17, derived: true, ... }, { id: 'litter-picking', ... 3 h }]
 */
export function decomposeVacancy(vacancy: Vacancy, options: DecomposeOptions = {}): Task[] {
  // Checked first, also when the vacancy has tasks and the options are not needed.
  parseOptions(decomposeOptionsSchema, options, 'decomposeVacancy');
  const parsed = safeParseVacancies([vacancy]);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ ...i, path: ['vacancy', ...i.path.slice(1)] }));
    throw new ValidationError('decomposeVacancy', issues);
  }
  return decomposeParsed(parsed.data[0]!, options);
}
