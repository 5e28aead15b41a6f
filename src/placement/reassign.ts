import { z } from 'zod';
import { parseOptions } from '../_internal/options.js';
import type { PriorityRule } from '../domain/priority-rules.js';
import { BanenmatchError, throwIfAborted } from '../errors.js';
import type { Matcher } from '../scoring/matcher.js';
import {
  type AssignResult,
  checkMatcher,
  matcherSource,
  placementData,
  placementsOf,
  twoPhaseProgress,
} from './assign.js';
import { RULES_NEED_DATE, rulesNeedDate, sharedAssignShape, withMatcherDefaults } from './assign-options.js';
import { optimalPlacements } from './optimal.js';

/** Options of {@link reassign}. */
export interface ReassignOptions {
  /**
   * What keeping a proposed placement is worth, in score points: a placement moves only when moving
   * gains more than this in total score. 0 re-optimises from scratch; `Infinity` moves nothing that is
   * still possible. @default 0.1
   */
  stickiness?: number | undefined;
  /** Vacancies considered per candidate. @default 50 */
  k?: number | undefined;
  /** @default the matcher's minScore */
  minScore?: number | undefined;
  /** @default the matcher's priorityFirst */
  priorityFirst?: boolean | undefined;
  /** As in `assign`: the day on which `priorityRules` apply. @default none: the candidates' own flags */
  date?: string | undefined;
  /** @default PRIORITY_RULES (covenant art. 1.1) */
  priorityRules?: readonly PriorityRule[] | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** The options of {@link reassign}, one schema: those `assign` shares and `stickiness`. */
const reassignOptionsSchema = z
  .object({
    // Infinity allowed: nothing that is still possible moves.
    stickiness: z.union([z.number().min(0), z.literal(Number.POSITIVE_INFINITY)]).default(0.1),
    ...sharedAssignShape,
  })
  .refine(rulesNeedDate, RULES_NEED_DATE);

/** What happened to one candidate between the previous and the new assignment. */
export interface PlacementChange {
  candidateId: string;
  /**
   * `kept`; `moved` (a placement that was still possible, moved because that gains more than the
   * stickiness); `placed` (newly); `released` (the previous placement is no longer possible — `to` says
   * where the candidate goes now, if anywhere); `unplaced` (a possible placement given up for a better
   * regional total).
   */
  change: 'kept' | 'moved' | 'placed' | 'released' | 'unplaced';
  from?: string | undefined;
  to?: string | undefined;
  /** In words a job coach reads. */
  reason: string;
}

/** The result of {@link reassign}: a new optimal assignment and what moved, and why. */
export interface ReassignResult extends AssignResult {
  changes: PlacementChange[];
  /** Candidates per kind of change. */
  counts: { kept: number; moved: number; placed: number; released: number; unplaced: number };
}

/**
 * Re-optimises an assignment after candidates and vacancies came and went, with little disruption:
 * the maximum of (total score + stickiness × placements kept), so a proposed placement only moves when
 * that gains more than the stickiness. Placements that are no longer possible (candidate or vacancy
 * gone, pair now excluded or below `minScore`) are released and say so.
 *
 * @param previous - an earlier `assign` or `reassign` result
 * @param matcher - the matcher as it is now (after `addVacancy`, `removeCandidate`, ...)
 * @param given - the options: stickiness, k, minScore, priority, signal, onProgress
 * @returns the new placements with totals, and per candidate what changed and why
 * @throws BanenmatchError `INVALID_ARGUMENT` for a negative or NaN stickiness; `ABORTED` when aborted
 * @example
 * matcher.addVacancy(newVacancy);
 * const next = reassign(previous, matcher, { stickiness: 0.1 });
 * next.changes.filter((c) => c.change === 'moved');
 */
export function reassign(
  previous: AssignResult,
  matcher: Matcher,
  given?: ReassignOptions | null,
): ReassignResult {
  checkMatcher(matcher, 'reassign');
  const options = parseOptions(reassignOptionsSchema, given ?? undefined, 'reassign');
  if (typeof previous !== 'object' || previous === null || !Array.isArray(previous.placements)) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      'reassign: expected the result of assign or reassign as `previous`',
    );
  }
  const { stickiness } = options;
  const { k, minScore, priorityFirst, priority: rules } = withMatcherDefaults(options, matcher.options);
  const { candidates, vacancies } = matcher;
  const nV = vacancies.length;
  const progress = twoPhaseProgress(options.onProgress, options.signal, 'reassign');
  const list = matcher.shortlist({ k, signal: options.signal, onProgress: progress.first });
  throwIfAborted(options.signal, 'reassign');

  // Previous placements that are still possible, and why the others are not.
  const before = new Map<string, string>();
  for (const p of previous.placements) before.set(p.candidateId, p.vacancyId);
  const released = new Map<string, string>();
  const keep = new Map<number, number>(); // candidate → vacancy (live indices)
  const used = new Int32Array(nV);
  for (const [candidateId, vacancyId] of before) {
    const c = matcher.candidateIndex(candidateId);
    const v = matcher.vacancyIndex(vacancyId);
    if (c < 0) continue;
    if (v < 0) {
      released.set(candidateId, `vacature ${vacancyId} is er niet meer`);
      continue;
    }
    const r = matcher.score(candidateId, vacancyId);
    if (r.excluded) released.set(candidateId, `past niet meer bij ${vacancyId}: ${r.reasons[0] ?? ''}`);
    else if (r.score < minScore) released.set(candidateId, `score bij ${vacancyId} nu onder de ondergrens`);
    else if (used[v]! >= vacancies[v]!.positions)
      released.set(candidateId, `${vacancyId} heeft minder plaatsen`);
    else {
      used[v]!++;
      keep.set(c, v);
    }
  }

  const data = placementData(matcher, rules);
  let candidateToVacancy: Int32Array;
  if (stickiness === Number.POSITIVE_INFINITY) {
    const fixed = new Int32Array(candidates.length).fill(-1);
    for (const [c, v] of keep) fixed[c] = v;
    candidateToVacancy = optimalPlacements(data, list, {
      minScore,
      priorityFirst,
      fixed,
      signal: options.signal,
      onProgress: progress.second,
    });
  } else {
    const weights = new Map<number, number>();
    if (stickiness > 0) for (const [c, v] of keep) weights.set(c * nV + v, stickiness);
    const scorePair = (c: number, v: number) => matcher.score(candidates[c]!.id, vacancies[v]!.id);
    candidateToVacancy = optimalPlacements(data, list, {
      minScore,
      priorityFirst,
      bonus: { weights, scorePair },
      signal: options.signal,
      onProgress: progress.second,
    });
  }
  throwIfAborted(options.signal, 'reassign');
  const result = placementsOf(
    matcherSource(matcher),
    list,
    candidateToVacancy,
    minScore,
    'reassign',
    options.signal,
  );

  const changes: PlacementChange[] = [];
  const counts = { kept: 0, moved: 0, placed: 0, released: 0, unplaced: 0 };
  const now = new Map(result.placements.map((p) => [p.candidateId, p]));
  for (const c of candidates) {
    const from = before.get(c.id);
    const p = now.get(c.id);
    const to = p?.vacancyId;
    const why = released.get(c.id);
    if (why !== undefined) {
      counts.released++;
      changes.push({
        candidateId: c.id,
        change: 'released',
        from,
        to,
        reason: to === undefined ? `${why}; nog geen nieuwe plaats` : `${why}; nu geplaatst bij ${to}`,
      });
    } else if (from !== undefined && to === from) {
      counts.kept++;
      changes.push({
        candidateId: c.id,
        change: 'kept',
        from,
        to,
        reason: 'blijft: verplaatsen levert niet genoeg op',
      });
    } else if (from !== undefined && to !== undefined) {
      counts.moved++;
      changes.push({
        candidateId: c.id,
        change: 'moved',
        from,
        to,
        reason: `verplaatst: de nieuwe indeling levert meer op dan ${stickiness} punt per behouden plaatsing (score nu ${p!.score.toFixed(2)})`,
      });
    } else if (to !== undefined) {
      counts.placed++;
      changes.push({
        candidateId: c.id,
        change: 'placed',
        to,
        reason: `nieuw geplaatst (score ${p!.score.toFixed(2)})`,
      });
    } else if (from !== undefined) {
      counts.unplaced++;
      changes.push({
        candidateId: c.id,
        change: 'unplaced',
        from,
        reason: 'de plaats ging naar een betere combinatie voor de regio',
      });
    }
  }
  return { mode: 'optimal', optimalFor: undefined, ...result, changes, counts };
}
