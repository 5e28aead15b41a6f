import { throwIfAborted } from '../../errors.js';
import { evaluate } from '../engine/evaluator.js';
import type { LiveIndex } from '../tables/live.js';
import type { Match, RankAllOptions, Shortlist } from '../types.js';
import type { Search } from './search.js';
import { ShortlistRows } from './shortlist-rows.js';
import { floorOf, insertTop, rankAllOptions } from './top-k.js';

/**
 * Every live candidate's top k vacancies and every live vacancy's top k candidates, explained, in one
 * pass over the candidates (see `Matcher.rankAll`); `live` the current lists.
 */
export function rankAll(
  s: Search,
  live: LiveIndex,
  given?: RankAllOptions | null,
): { byCandidate: Match[][]; byVacancy: Match[][] } {
  const options = rankAllOptions(given, 'rankAll');
  const e = s.engine;
  const minScore = s.opts.minScore;
  const cRecords = s.candidates.cRecords;
  const nC = cRecords.length;
  const nV = s.vacancies.vRecords.length;
  // No list can be longer than the other side.
  const k = Math.min(options.k, Math.max(nC, nV));
  const cKeys = new Float64Array(nC * k);
  const cIdx = new Int32Array(nC * k);
  const cCount = new Int32Array(nC);
  const vKeys = new Float64Array(nV * k);
  const vIdx = new Int32Array(nV * k);
  const vCount = new Int32Array(nV);
  // Each vacancy list's k-th key, −∞ while it is not full (see `forEachMatchInReach`): the key's
  // floor, from which each candidate's lift is taken before `minScore` bounds it (a sheltered
  // candidate's pair enters a list that is not full from `minScore` on, not from `minScore` + 2).
  const vFloor = new Float64Array(nV).fill(Number.NEGATIVE_INFINITY);
  for (let ci = 0; ci < nC && k > 0; ci++) {
    if ((ci & 63) === 0) {
      throwIfAborted(options.signal, 'rankAll');
      options.onProgress?.(ci, nC);
    }
    if (cRecords[ci] === undefined) continue;
    const lift = s.liftOf(ci);
    s.floor = minScore;
    s.forEachMatchInReach(ci, vFloor, lift, (vi) => {
      const score = e.ev.score;
      if (score < minScore) return;
      insertTop(cKeys, cIdx, cCount, ci, k, score, vi);
      s.floor = floorOf(cKeys, cCount, ci, k, 0, minScore);
      insertTop(vKeys, vIdx, vCount, vi, k, s.vacancyKey(ci, score), ci);
      // Stryker disable next-line ConditionalExpression: `false` leaves every vacancy's floor at −∞, so `forEachMatchInReach` prunes less: the lists do not change (`true` is killed: a sheltered candidate below its own floor, list not full)
      if (vCount[vi] === k) vFloor[vi] = vKeys[vi * k + k - 1]!;
    });
  }
  throwIfAborted(options.signal, 'rankAll');
  // Every listed pair explained once, candidate by candidate (the engine's and the explanation's
  // caches are per candidate), then the lists read the explained matches. No callback runs from here
  // on, so the signal cannot turn aborted: the check above is the last one.
  const keys = listedPairs(cIdx, cCount, vIdx, vCount, k, nV);
  // The explained match of keys[r] at r (the keys ascending: a list finds its pairs by bisection).
  const explained: Match[] = new Array(keys.length);
  for (let r = 0; r < keys.length; r++) {
    const key = keys[r]!;
    const vi = key % nV;
    const ci = (key - vi) / nV;
    explained[r] = s.explain(ci, vi, evaluate(e, ci, vi)) as Match;
  }
  const matchOf = (ci: number, vi: number): Match => explained[placeOf(keys, ci * nV + vi)]!;
  const byCandidate = live.c.map((ci) => {
    const list: Match[] = [];
    for (let r = 0; r < cCount[ci]!; r++) list.push(matchOf(ci, cIdx[ci * k + r]!));
    return list;
  });
  const byVacancy = live.v.map((vi) => {
    const list: Match[] = [];
    for (let r = 0; r < vCount[vi]!; r++) list.push(matchOf(vIdx[vi * k + r]!, vi));
    return list;
  });
  options.onProgress?.(nC, nC);
  return { byCandidate, byVacancy };
}

/**
 * The pairs on the candidates' and the vacancies' top-k lists as keys `ci × nV + vi`, ascending
 * (candidate by candidate), each once.
 */
function listedPairs(
  cIdx: Int32Array,
  cCount: Int32Array,
  vIdx: Int32Array,
  vCount: Int32Array,
  k: number,
  nV: number,
): Float64Array {
  let n = 0;
  for (let ci = 0; ci < cCount.length; ci++) n += cCount[ci]!;
  for (let vi = 0; vi < vCount.length; vi++) n += vCount[vi]!;
  const all = new Float64Array(n);
  let at = 0;
  // Stryker disable next-line EqualityOperator: `<=` reads one index past the counts (undefined): its inner loop does not run (`>=` is killed)
  for (let ci = 0; ci < cCount.length; ci++)
    for (let r = 0; r < cCount[ci]!; r++) all[at++] = ci * nV + cIdx[ci * k + r]!;
  // Stryker disable next-line EqualityOperator: as above
  for (let vi = 0; vi < vCount.length; vi++)
    for (let r = 0; r < vCount[vi]!; r++) all[at++] = vIdx[vi * k + r]! * nV + vi;
  // Stryker disable next-line MethodExpression: without the sort some pairs are kept twice and explained twice into the same map entry, in another order: the same matches
  all.sort();
  let m = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: `true` and `m !== 0` keep duplicates, explained twice into the same map entry: the same matches (`false`, `&&` and `===` are killed)
  for (let r = 0; r < n; r++) if (m === 0 || all[r] !== all[m - 1]) all[m++] = all[r]!;
  return all.subarray(0, m);
}

/** The place of `key` in the ascending `keys` (it is there). */
function placeOf(keys: Float64Array, key: number): number {
  let lo = 0;
  // Stryker disable next-line ArithmeticOperator: `+ 1` starts the search past the end, where `keys[mid]` is undefined and the search moves left: the same lowest place of `key` (it is there)
  let hi = keys.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each live candidate's top k vacancies, scores only, as a CSR graph of live indices (see
 * `Matcher.shortlist`); `live` the current lists.
 */
export function shortlist(s: Search, live: LiveIndex, given?: RankAllOptions | null): Shortlist {
  const options = rankAllOptions(given, 'shortlist');
  const e = s.engine;
  const minScore = s.opts.minScore;
  const { cLat, cLon } = s.candidates;
  const k = options.k;
  const { c: liveC, vLive } = live;
  const nC = liveC.length;
  const keys = new Float64Array(k);
  const idx = new Int32Array(k);
  const count = new Int32Array(1);
  // Candidates in a serpentine order over the grid: neighbours in turn read the same cells while
  // they are in the processor's cache. Each list is independent of the order; rows are put back
  // in candidate order at the end.
  const place = new Float64Array(nC);
  // Stryker disable next-line BlockStatement: the order only keeps neighbouring candidates' cells in the processor's cache: each list is independent of it, and the rows are put back in candidate order
  liveC.forEach((ci, li) => {
    // Stryker disable next-line BlockStatement,ArithmeticOperator: the order only keeps neighbouring candidates' cells in the processor's cache: each list is independent of it, and the rows are put back in candidate order
    place[li] = s.vacancies.vGrid.serpentineKey(cLat.data[ci]!, cLon.data[ci]!);
  });
  // Stryker disable next-line ArrowFunction,ArithmeticOperator,LogicalOperator,MethodExpression,ConditionalExpression: the order only keeps neighbouring candidates' cells in the processor's cache: each list is independent of it, and the rows are put back in candidate order
  const order = Int32Array.from(liveC.keys()).sort((a, b) => place[a]! - place[b]! || a - b);
  const rows = new ShortlistRows(nC, k);
  const onMatch = (vi: number): void => {
    const score = e.ev.score;
    if (score < minScore) return;
    insertTop(keys, idx, count, 0, k, score, vi);
    s.floor = floorOf(keys, count, 0, k, 0, minScore);
  };
  for (let step = 0; step < nC; step++) {
    if ((step & 63) === 0) {
      throwIfAborted(options.signal, 'shortlist');
      options.onProgress?.(step, nC);
    }
    const li = order[step]!;
    const ci = liveC[li]!;
    count[0] = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `true` and `>= 0` with k = 0: the scan keeps nothing (`insertTop` into a list of 0) and every row is empty as before
    if (k > 0) {
      s.floor = minScore;
      s.forEachMatchInReach(ci, undefined, 0, onMatch);
    }
    rows.put(li, count[0]!, idx, keys, vLive);
  }
  throwIfAborted(options.signal, 'shortlist');
  const list = rows.finish();
  options.onProgress?.(nC, nC);
  return list;
}
