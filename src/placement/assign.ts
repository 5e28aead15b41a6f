import { stableMatch } from '../assignment/stable.js';
import { type PriorityRule, priorityOn } from '../domain/priority-rules.js';
import { BanenmatchError, checkedProgress, throwIfAborted } from '../errors.js';
import { type ExtraJobs, extraJobs } from '../quota/jobs.js';
import type { Match, Matcher, NearMiss, Shortlist, WhyNot, WhyNotTally } from '../scoring/matcher.js';
import { type AssignOptions, resolveAssignOptions } from './assign-options.js';
import {
  optimalPlacements,
  type PlacementData,
  placementTier,
  SHELTERED_TIER,
  waitingDay,
} from './optimal.js';

export type { AssignOptions };

/** A proposed placement: the match, explained. */
export type Placement = Match;

/**
 * A candidate left without a placement: `reason` in Dutch; with `whyUnplaced`, also the `tally` of the
 * vacancies in reach by the rule that shut them, its `summary` line and the best three `nearMisses`
 * (see `Matcher.whyNot`).
 */
export interface Unplaced {
  candidateId: string;
  reason: string;
  summary?: string | undefined;
  tally?: WhyNotTally | undefined;
  nearMisses?: NearMiss[] | undefined;
}

/** The result of {@link assign}. */
export interface AssignResult {
  mode: 'optimal' | 'stable';
  /** In stable mode, the side whose optimal stable matching this is. */
  optimalFor?: 'candidates' | 'vacancies' | undefined;
  placements: Placement[];
  unplaced: Unplaced[];
  /** Sum of the placements' scores. */
  totalScore: number;
  /** Extra banenafspraak jobs the placements add (hours / 25.5), market and government apart. */
  extraJobs: ExtraJobs;
}

/**
 * Assigns the caseload to vacancies globally: every candidate at most one vacancy, every vacancy at
 * most `positions` candidates (a carved job takes one position), only pairs the matcher does not
 * exclude and that score at least `minScore`. Optimal mode maximises the total score over each
 * candidate's shortlist of k vacancies (exact on that graph: sparse shortest augmenting paths);
 * stable mode runs Gale–Shapley with the scores as both sides' preferences. Priority candidates can be
 * placed lexicographically first.
 *
 * Complexity: the shortlist O(pairs in reach), then the solver on C·k·positions edges.
 *
 * @param matcher - from `createMatcher`
 * @param given - the options: mode, k, minScore, priority (flags, or rules on a date), signal, onProgress
 * @returns placements with scores and reasons, the unplaced with why, the extra jobs they add
 * @throws BanenmatchError `INVALID_ARGUMENT` for bad options; `ABORTED` when aborted
 * @example
 * const { placements, extraJobs } = assign(createMatcher(region), { mode: 'optimal' });
 */
export function assign(matcher: Matcher, given?: AssignOptions | null): AssignResult {
  checkMatcher(matcher, 'assign');
  const options = resolveAssignOptions(given, matcher.options, 'assign');
  const { mode, k, minScore, priorityFirst } = options;
  const progress = twoPhaseProgress(options.onProgress, options.signal, 'assign');
  const list = matcher.shortlist({ k, signal: options.signal, onProgress: progress.first });
  throwIfAborted(options.signal, 'assign');
  const { candidateToVacancy, optimalFor } = solvePlacements(placementData(matcher, options.priority), list, {
    mode,
    proposing: options.proposing,
    minScore,
    priorityFirst,
    signal: options.signal,
    onProgress: progress.second,
  });
  throwIfAborted(options.signal, 'assign');
  return {
    mode,
    optimalFor,
    ...placementsOf(
      matcherSource(matcher, options.whyUnplaced),
      list,
      candidateToVacancy,
      minScore,
      'assign',
      options.signal,
    ),
  };
}

/**
 * @internal The {@link PlacementData} of a matcher's current candidates and vacancies; with checked
 * priority rules and a date, the flags the rules derive (covenant art. 1.1).
 */
export function placementData(
  matcher: Matcher,
  rules?: { date: string; rules: readonly PriorityRule[] } | undefined,
): PlacementData {
  return {
    positions: Int32Array.from(matcher.vacancies, (v) => v.positions),
    waiting: Float64Array.from(matcher.candidates, waitingDay),
    priority: Uint8Array.from(matcher.candidates, (c) =>
      placementTier({
        targetGroup: c.targetGroup,
        priority: rules === undefined ? c.priority : priorityOn(c, rules.date, rules.rules),
      }),
    ),
  };
}

/** @internal Options of {@link solvePlacements}. */
export interface SolveOptions {
  mode: 'optimal' | 'stable';
  proposing?: 'candidates' | 'vacancies' | undefined;
  minScore: number;
  priorityFirst: boolean;
  /**
   * Weight added to a priority candidate's pairs. @default the positions to fill + 1 (more than any
   * total of ordinary scores); a part of a larger problem passes the whole problem's, so that it is
   * assigned as in the whole.
   */
  priorityLift?: number | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * @internal The solver step of {@link assign} on plain data: the vacancy of each candidate (−1 = none)
 * over the shortlist's pairs scoring at least `minScore`, optimal or stable.
 */
export function solvePlacements(
  data: PlacementData,
  list: Shortlist,
  o: SolveOptions,
): { candidateToVacancy: Int32Array; optimalFor: AssignResult['optimalFor'] } {
  if (o.mode === 'optimal') {
    return { candidateToVacancy: optimalPlacements(data, list, o), optimalFor: undefined };
  }
  const nC = data.priority.length;
  const nV = data.positions.length;
  const isPriority = (c: number) => o.priorityFirst && data.priority[c] === 1;
  const candidatePrefs: number[][] = [];
  const byVacancy: { c: number; score: number }[][] = Array.from({ length: nV }, () => []);
  for (let c = 0; c < nC; c++) {
    const prefs: number[] = [];
    for (let e = list.offsets[c]!; e < list.offsets[c + 1]!; e++) {
      const score = list.scores[e]!;
      if (score < o.minScore) continue;
      const v = list.vacancies[e]!;
      prefs.push(v);
      byVacancy[v]!.push({ c, score });
    }
    candidatePrefs.push(prefs);
  }
  // Vacancies rank sheltered work last, then priority candidates first when asked, then by score; of
  // equal scores the candidate waiting longer (registeredSince) first, then by index.
  const rankOf = (c: number) => (data.priority[c] === SHELTERED_TIER ? -1 : isPriority(c) ? 1 : 0);
  const waiting = data.waiting;
  const waitOrder = (a: number, b: number): number => {
    if (waiting === undefined) return 0;
    const wa = waiting[a]!;
    const wb = waiting[b]!;
    return wa === wb ? 0 : wa < wb ? -1 : 1;
  };
  const vacancyPrefs = byVacancy.map((l) =>
    l
      .sort((a, b) => rankOf(b.c) - rankOf(a.c) || b.score - a.score || waitOrder(a.c, b.c) || a.c - b.c)
      .map((x) => x.c),
  );
  const result = stableMatch(
    { candidatePrefs, vacancyPrefs, capacities: Array.from(data.positions) },
    { proposing: o.proposing ?? 'candidates', signal: o.signal, onProgress: o.onProgress },
  );
  return { candidateToVacancy: result.candidateToVacancy, optimalFor: result.optimalFor };
}

/**
 * @internal Where {@link placementsOf} reads ids and explanations: candidate `c`'s and vacancy `v`'s
 * ids, and the explained match of a placed pair (asked once a placed candidate, in candidate order).
 */
export interface ResultSource {
  candidateId(c: number): string;
  vacancyId(v: number): string;
  match(c: number, v: number): Match;
  /** Why candidate `c` is unplaced, when the result says so (`whyUnplaced`). */
  whyNot?: ((c: number) => WhyNot) | undefined;
}

/**
 * @internal A {@link ResultSource} reading a matcher's current candidates and vacancies; with `why`,
 * each unplaced candidate's tally and best three near misses.
 */
export function matcherSource(matcher: Matcher, why = false): ResultSource {
  const { candidates, vacancies } = matcher;
  return {
    candidateId: (c) => candidates[c]!.id,
    vacancyId: (v) => vacancies[v]!.id,
    match: (c, v) => matcher.score(candidates[c]!.id, vacancies[v]!.id) as Match,
    whyNot: why ? (c) => matcher.whyNot(candidates[c]!.id, { k: 3 }) : undefined,
  };
}

/** @internal Turns a candidate → vacancy array into explained placements, the unplaced with why, and totals. */
export function placementsOf(
  source: ResultSource,
  list: Shortlist,
  candidateToVacancy: Int32Array,
  minScore: number,
  what: string,
  signal?: AbortSignal | undefined,
): Omit<AssignResult, 'mode' | 'optimalFor'> {
  const nC = candidateToVacancy.length;
  const placements: Placement[] = [];
  const unplaced: AssignResult['unplaced'] = [];
  for (let c = 0; c < nC; c++) {
    if ((c & 255) === 255) throwIfAborted(signal, what);
    const v = candidateToVacancy[c]!;
    if (v >= 0) {
      placements.push(source.match(c, v));
      continue;
    }
    const from = list.offsets[c]!;
    const to = list.offsets[c + 1]!;
    let best = -1;
    for (let e = from; e < to; e++)
      if (list.scores[e]! >= minScore) {
        best = e;
        break;
      }
    const entry: Unplaced = {
      candidateId: source.candidateId(c),
      reason:
        best < 0
          ? to > from
            ? `geen vacature binnen bereik met een score van ten minste ${minScore}`
            : 'geen passende vacature binnen bereik (reisafstand, mogelijkheden, uren)'
          : `de passende plaatsen gingen naar anderen (beste optie: ${source.vacancyId(list.vacancies[best]!)}, score ${list.scores[best]!.toFixed(2)})`,
    };
    if (source.whyNot !== undefined) {
      const why = source.whyNot(c);
      entry.summary = why.summary;
      entry.tally = why.tally;
      entry.nearMisses = why.nearMisses;
    }
    unplaced.push(entry);
  }
  let totalScore = 0;
  for (const p of placements) totalScore += p.score;
  const jobs = extraJobs(
    placements
      .filter((p) => p.extraJobs > 0)
      .map((p) => ({ sector: p.sector, hoursPerWeek: p.hoursPerWeek })),
  );
  return { placements, unplaced, totalScore, extraJobs: jobs };
}

/** @internal Throws `INVALID_ARGUMENT` unless `matcher` is a matcher from `createMatcher`. */
export function checkMatcher(matcher: unknown, where: string): asserts matcher is Matcher {
  const m = matcher as Partial<Matcher> | null;
  if (
    typeof m !== 'object' ||
    m === null ||
    typeof m.shortlist !== 'function' ||
    typeof m.score !== 'function'
  ) {
    throw new BanenmatchError('INVALID_ARGUMENT', `${where}: expected a matcher from createMatcher`);
  }
}

/**
 * @internal Splits one progress callback over two phases (the shortlist, then the solver), each
 * reported as half of the work, so `done` never goes back; none is reported after an abort.
 */
export function twoPhaseProgress(
  progress: ((done: number, total: number) => void) | undefined,
  signal: AbortSignal | undefined,
  what: string,
): {
  first: ((done: number, total: number) => void) | undefined;
  second: ((done: number, total: number) => void) | undefined;
} {
  const onProgress = checkedProgress(signal, progress, what);
  if (onProgress === undefined) return { first: undefined, second: undefined };
  const scale = 1000;
  return {
    first: (done, total) => onProgress(Math.floor((scale * done) / Math.max(total, 1)), 2 * scale),
    second: (done, total) => onProgress(scale + Math.floor((scale * done) / Math.max(total, 1)), 2 * scale),
  };
}
