import distance from 'fast-levenshtein';
import { expectRecords, expectString, optionsOf } from '../_internal/guard.js';
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

function checkMatchInput(title: string, options: DecomposeOptions): void {
  expectString(title, 'matchOccupation', 'title');
  optionsOf(options, 'matchOccupation');
  const { maxRelativeDistance: limit, occupations } = options;
  if (limit !== undefined && !(typeof limit === 'number' && limit >= 0 && Number.isFinite(limit))) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      'matchOccupation: `maxRelativeDistance` must be a finite number ≥ 0',
    );
  }
  if (occupations === undefined || occupations === OCCUPATIONS) return;
  expectRecords(occupations, 'matchOccupation', 'occupations');
  for (let i = 0; i < occupations.length; i++) {
    const o = occupations[i]!;
    if (
      typeof o.name !== 'string' ||
      !Array.isArray(o.synonyms) ||
      !o.synonyms.every((s) => typeof s === 'string')
    ) {
      throw new BanenmatchError(
        'INVALID_ARGUMENT',
        `matchOccupation: occupations[${i}] needs a name and synonyms`,
      );
    }
  }
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
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @example
 * matchOccupation('Schoonmaakster')?.occupation.id // 'cleaner'
 */
export function matchOccupation(
  title: string,
  options: DecomposeOptions = {},
): { occupation: Occupation; distance: number } | undefined {
  checkMatchInput(title, options);
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
