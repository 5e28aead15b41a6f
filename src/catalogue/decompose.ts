import { z } from 'zod';
import { expectString } from '../_internal/guard.js';
import { parseOptions } from '../_internal/options.js';
import type { Task, Vacancy } from '../domain/schemas.js';
import { withConditions } from '../domain/vacancy-conditions.js';
import { BanenmatchError } from '../errors.js';
import { occupationsOption, searchOccupation } from './find-occupation.js';
import type { Occupation } from './occupations.js';
import { taskKind } from './task-kinds.js';

/** Options of {@link decomposeVacancy}. */
export interface DecomposeOptions {
  /**
   * Largest distance (1 − the score of `findOccupation`) at which an occupation title still matches a
   * catalogue title or synonym: 0 accepts only exact and normalised matches ("Schoonmaakster (m/v)" ~
   * "schoonmaker"), 0.25 also compound, typo and word matches down to a score of 0.75.
   * @default 0.25
   */
  maxRelativeDistance?: number | undefined;
  /** Occupations to search. @default OCCUPATIONS */
  occupations?: readonly Occupation[] | undefined;
}

/** @internal The options of {@link matchOccupation} and {@link decomposeVacancy}, checked by one schema. */
export const decomposeOptionsSchema = z.object({
  maxRelativeDistance: z.number().min(0).default(0.25),
  occupations: occupationsOption,
});

/**
 * Finds the catalogue occupation a free-text title names, with `findOccupation` (normalisation of
 * case, accents, annotations and gender forms; compounds; typos; shared words), or `undefined` when
 * there is no trustworthy answer: the best scores under `1 − maxRelativeDistance`, or an occupation
 * of another industry scores within 0.1 of it.
 *
 * @param title - an occupation title as written in a vacancy, e.g. "Schoonmaakster (m/v)"
 * @returns the occupation and the distance of the match, `1 − score` (0 for an exact or normalised match)
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @example
 * matchOccupation('Schoonmaakster')?.occupation.id // 'cleaner'
 * matchOccupation('Medewerker groenvoorziening - Hilversum')?.occupation.id // 'gardener'
 */
export function matchOccupation(
  title: string,
  options: DecomposeOptions = {},
): { occupation: Occupation; distance: number } | undefined {
  expectString(title, 'matchOccupation', 'title');
  const { maxRelativeDistance: limit, occupations } = parseOptions(
    decomposeOptionsSchema,
    options,
    'matchOccupation',
  );
  const found = searchOccupation(title, {
    minScore: Math.max(0, 1 - limit),
    minMargin: 0.1,
    maxTypoDistance: 0.2,
    occupations,
  });
  if (found.occupation === null) return undefined;
  return { occupation: found.occupation, distance: Math.round((1 - found.score) * 10_000) / 10_000 };
}

/**
 * @internal Splits a job's weekly hours over task kinds by their shares: quarter hours, the last kind
 * taking the remainder; each task marked `derived`, with the kind's demands and skills.
 */
export function tasksFromShares(
  shares: readonly { kind: string; share: number }[],
  hoursPerWeek: number,
  owner: string,
): Task[] {
  const tasks: Task[] = [];
  let assigned = 0;
  shares.forEach((s, i) => {
    const kind = taskKind(s.kind);
    if (kind === undefined) {
      throw new BanenmatchError('NOT_FOUND', `${owner} names unknown task kind "${s.kind}"`);
    }
    const last = i === shares.length - 1;
    const hours = last ? hoursPerWeek - assigned : Math.round(hoursPerWeek * s.share * 4) / 4;
    assigned += hours;
    tasks.push({
      id: kind.id,
      kind: kind.id,
      hoursPerWeek: Math.round(hours * 100) / 100,
      demands: kind.demands,
      skills: [...kind.skills],
      core: kind.core,
      derived: true,
    });
  });
  return tasks;
}

/** @internal {@link decomposeVacancy} without validation, for callers that hold parsed vacancies. */
export function decomposeVacancy(vacancy: Vacancy, options: DecomposeOptions = {}): Task[] {
  if (vacancy.tasks !== undefined && vacancy.tasks.length > 0) return vacancy.tasks;
  const match = matchOccupation(vacancy.occupation, options);
  if (match === undefined) {
    throw new BanenmatchError(
      'NOT_FOUND',
      `vacancy "${vacancy.id}" has no tasks and its occupation is not in the catalogue; give its tasks`,
    );
  }
  const tasks = tasksFromShares(
    match.occupation.tasks,
    vacancy.hoursPerWeek,
    `occupation "${match.occupation.id}"`,
  );
  // The vacancy's own conditions hold for the derived tasks too (parsed tasks have them merged already).
  const { conditions } = vacancy;
  return conditions === undefined
    ? tasks
    : tasks.map((t) => ({ ...t, demands: withConditions(t.demands, conditions) }));
}
