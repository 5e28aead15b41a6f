import { safeParseCandidates, safeParseVacancies } from '../domain/parse.js';
import type { Candidate, Vacancy } from '../domain/schemas.js';
import { ValidationError } from '../errors.js';

/**
 * @internal Validates candidates and vacancies at a carving entry with the input contract's parsers
 * (shapes, finite numbers, FML items, unique ids); returns the parsed copies.
 *
 * @throws ValidationError listing every problem, paths under `candidates` / `vacancies`
 */
export function checkedInput(
  candidates: unknown,
  vacancies: unknown,
  where: string,
): { candidates: Candidate[]; vacancies: Vacancy[] } {
  const c = safeParseCandidates(candidates);
  const v = safeParseVacancies(vacancies);
  const issues = [
    ...(c.success ? [] : c.error.issues.map((i) => ({ ...i, path: ['candidates', ...i.path] }))),
    ...(v.success ? [] : v.error.issues.map((i) => ({ ...i, path: ['vacancies', ...i.path] }))),
  ];
  if (!c.success || !v.success) throw new ValidationError(where, issues);
  return { candidates: c.data, vacancies: v.data };
}
