import type { RunOptions } from '../_internal/guard.js';
import { ValidationError } from '../errors.js';
import { matcherBuild } from './build.js';
import { COMPILE_CHUNK } from './feed.js';
import type { MatcherOptions } from './options.js';
import type { Matcher } from './types.js';

export { type MatcherBuild, matcherBuild } from './build.js';
export type {
  CarvedMatchJob,
  ComponentName,
  Exclusion,
  Match,
  Matcher,
  PairResult,
  RankAllOptions,
  RankOptions,
  ScoreComponent,
  Shortlist,
} from './types.js';
export type { NearMiss, NearMissPayer, WhyNot, WhyNotOptions, WhyNotTally } from './why-not/types.js';
export type { RunOptions };

/**
 * Compiles candidates and vacancies into typed columns and geographic indexes, for ranking both
 * ways, explaining single pairs, and adding or removing candidates and vacancies as the caseload
 * changes. Inputs are validated with the project's parsers (every problem with its path); vacancies
 * without tasks are decomposed from the occupation catalogue.
 *
 * The score of a pair is Σ wᵢ·cᵢ / Σ wᵢ over six components in [0, 1] (capability, skills, commute,
 * hours, economics, preferences), × `carvedFactor` for a carved job. Hard rules exclude a pair with its
 * reasons and it is never ranked: commute beyond the candidate's limit; a job the candidate cannot do
 * on the FML (CBBS *evident ongeschikt*), whose hours exceed their maximum (preferences, FML VI.2
 * and VI.3), or whose core tasks need a `qualification` the candidate's `qualifications` do not meet
 * (`meetsQualification`) — unless a carved job inside the vacancy fits, which then is the result.
 *
 * Complexity: building O(C·items + V·tasks); `rank` visits the vacancies within the candidate's commute
 * radius (a grid), O(pairs × tasks); adding or removing one record is O(its tasks) plus the grid cell.
 *
 * @param input - `{ candidates, vacancies }` as JSON (input contract) or parsed
 * @param options - weights, minScore, priorityFirst, date, commute defaults, carving; see `matcherOptionsSchema`
 * @returns the matcher
 * @throws ValidationError for invalid candidates, vacancies or options; BanenmatchError `NOT_FOUND` for a
 *   vacancy without tasks whose occupation the catalogue does not know
 * @example
 * const matcher = createMatcher({ candidates, vacancies });
 * matcher.rank('c-0001', { k: 10 }); // [{ vacancyId, score, job, reasons, ... }]
 */
export function createMatcher(
  input: { candidates: readonly unknown[]; vacancies: readonly unknown[] },
  options: MatcherOptions & RunOptions = {},
): Matcher {
  if (
    typeof input !== 'object' ||
    input === null ||
    !Array.isArray(input.candidates) ||
    !Array.isArray(input.vacancies)
  ) {
    throw new ValidationError('createMatcher', [
      { path: [], message: 'expected { candidates: [...], vacancies: [...] }', code: 'invalid_type' },
    ]);
  }
  const build = matcherBuild(options, input.candidates.length + input.vacancies.length);
  // Stryker disable next-line EqualityOperator: `<=` adds one empty chunk at the end, which feeds nothing and reports no step (`>=` never feeds or never ends: killed)
  for (let from = 0; from < input.candidates.length; from += COMPILE_CHUNK)
    build.addCandidates(input.candidates.slice(from, from + COMPILE_CHUNK));
  // Stryker disable next-line EqualityOperator: as above
  for (let from = 0; from < input.vacancies.length; from += COMPILE_CHUNK)
    build.addVacancies(input.vacancies.slice(from, from + COMPILE_CHUNK));
  return build.finish();
}
