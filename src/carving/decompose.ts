import distance from 'fast-levenshtein';
import { OCCUPATIONS, type Occupation } from '../catalogue/occupations.js';
import { taskKind } from '../catalogue/task-kinds.js';
import type { Task, Vacancy } from '../domain/schemas.js';
import { BanenmatchError } from '../errors.js';

/** Options of {@link decomposeVacancy}. */
export interface DecomposeOptions {
  /**
   * Largest edit distance, relative to the longer name, at which an occupation title still matches a
   * catalogue title or synonym ("schoonmaakster" ~ "schoonmaker").
   * @default 0.25
   */
  maxRelativeDistance?: number | undefined;
  /** Occupations to search. @default OCCUPATIONS */
  occupations?: readonly Occupation[] | undefined;
}

function normalise(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\([^)]*\)|\b[mvx]\/[mvx]\b/g, ' ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds the catalogue occupation closest to a free-text title (exact, then fuzzy by Levenshtein
 * distance relative to the longer string), or `undefined` when none is close enough.
 *
 * @param title - an occupation title as written in a vacancy, e.g. "Schoonmaakster (m/v)"
 * @returns the occupation and the relative distance of the match
 * @example
 * matchOccupation('Schoonmaakster')?.occupation.id // 'cleaner'
 */
export function matchOccupation(
  title: string,
  options: DecomposeOptions = {},
): { occupation: Occupation; distance: number } | undefined {
  const wanted = normalise(title);
  const limit = options.maxRelativeDistance ?? 0.25;
  let best: { occupation: Occupation; distance: number } | undefined;
  for (const occ of options.occupations ?? OCCUPATIONS) {
    for (const name of [occ.name, ...occ.synonyms]) {
      const n = normalise(name);
      const d = n === wanted ? 0 : distance.get(n, wanted) / Math.max(n.length, wanted.length, 1);
      if (d <= limit && (best === undefined || d < best.distance)) best = { occupation: occ, distance: d };
    }
  }
  return best;
}

/**
 * Splits a vacancy into tasks: the vacancy's own tasks when it has them, otherwise the tasks of its
 * occupation in the catalogue with the hours split by the typical shares (rounded to quarter hours,
 * the last task taking the remainder) and marked `derived` (the work analysis of Inclusief
 * Herontwerp Werk done from the catalogue instead of on site).
 *
 * @param vacancy - a parsed vacancy
 * @returns the tasks, each with hours, FML demands, skills, kind and whether it is a core task
 * @throws BanenmatchError `NOT_FOUND` when the vacancy has no tasks and its occupation is not in the catalogue
 * @example
 * decomposeVacancy({ ...vacancy, occupation: 'schoonmaker', hoursPerWeek: 20, tasks: undefined })
 * // [{ id: 'cleaning', kind: 'cleaning', hoursPerWeek: 17, derived: true, ... }, { id: 'litter-picking', ... 3 h }]
 */
export function decomposeVacancy(vacancy: Vacancy, options: DecomposeOptions = {}): Task[] {
  if (vacancy.tasks !== undefined && vacancy.tasks.length > 0) return vacancy.tasks;
  const match = matchOccupation(vacancy.occupation, options);
  if (match === undefined) {
    throw new BanenmatchError(
      'NOT_FOUND',
      `vacancy "${vacancy.id}" has no tasks and its occupation is not in the catalogue; give its tasks`,
    );
  }
  const shares = match.occupation.tasks;
  const tasks: Task[] = [];
  let assigned = 0;
  shares.forEach((s, i) => {
    const kind = taskKind(s.kind);
    if (kind === undefined) {
      throw new BanenmatchError(
        'NOT_FOUND',
        `occupation "${match.occupation.id}" names unknown task kind "${s.kind}"`,
      );
    }
    const last = i === shares.length - 1;
    const hours = last ? vacancy.hoursPerWeek - assigned : Math.round(vacancy.hoursPerWeek * s.share * 4) / 4;
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
