import { WHAT } from '../assignment/sparse/graph.js';
import { solveCompact } from '../assignment/sparse/solve.js';
import { throwIfAborted } from '../errors.js';
import type { PairResult, Shortlist } from '../scoring/matcher.js';

/** @internal What the solvers need besides the shortlist: per vacancy its positions, per candidate its tier. */
export interface PlacementData {
  /** Positions of each vacancy (live indices). */
  positions: ArrayLike<number>;
  /** Per candidate (live indices) its {@link placementTier}: 1 priority, 2 sheltered work, else 0. */
  priority: ArrayLike<number>;
  /**
   * Per candidate its {@link waitingDay}: of two candidates a vacancy scores exactly alike, the stable
   * solver ranks the one waiting longer first. Absent: by index.
   */
  waiting?: ArrayLike<number> | undefined;
}

/**
 * @internal The day a candidate entered the register (`registeredSince`) as days since 1970, for
 * ties: waiting longer first; +∞ when unknown (after everyone with a date).
 */
export function waitingDay(c: { registeredSince?: string | undefined }): number {
  return c.registeredSince === undefined
    ? Number.POSITIVE_INFINITY
    : Date.parse(c.registeredSince) / 86_400_000;
}

/** @internal Tier of a candidate whose placement counts no banenafspraak job: placed after all others. */
export const SHELTERED_TIER = 2;

/**
 * @internal A candidate's tier for the solvers: sheltered work (*beschut werk*, Pwet art. 10b) counts no
 * job for the banenafspraak (Wfsv art. 38b), so it takes a regular vacancy only after every counting
 * candidate has been placed (2); a priority candidate (covenant art. 1.1) 1; else 0.
 */
export function placementTier(c: { targetGroup: string; priority?: boolean | undefined }): number {
  return c.targetGroup === 'beschut' ? SHELTERED_TIER : c.priority ? 1 : 0;
}

/** @internal Options of {@link optimalPlacements}. */
export interface OptimalOptions {
  minScore: number;
  priorityFirst: boolean;
  /**
   * Weight added to a priority candidate's pairs. @default the positions to fill + 1 (more than any
   * total of ordinary scores); a part of a larger problem passes the whole problem's, so that it is
   * assigned as in the whole.
   */
  priorityLift?: number | undefined;
  /**
   * Stickiness: extra weight per pair (key `candidate × vacancies + vacancy`, live indices), and how to
   * score a bonus pair outside the shortlist.
   */
  bonus?:
    | { weights: ReadonlyMap<number, number>; scorePair: (c: number, v: number) => PairResult }
    | undefined;
  /** Candidates whose vacancy is fixed in advance (−1 = free); they take one position there. */
  fixed?: Int32Array | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * @internal The maximum-weight assignment over a shortlist (plus bonus pairs): vacancy positions as
 * columns, weights the scores (a tiny floor keeps zero scores worth taking), priority candidates
 * lifted above any total of ordinary scores. Sheltered-work candidates ({@link SHELTERED_TIER}) are
 * placed last: first every other candidate, then they on the positions left. Returns the vacancy of
 * each candidate or −1.
 */
export function optimalPlacements(data: PlacementData, list: Shortlist, o: OptimalOptions): Int32Array {
  const nC = data.priority.length;
  let sheltered = 0;
  for (let c = 0; c < nC; c++) if (data.priority[c] === SHELTERED_TIER) sheltered++;
  if (sheltered === 0 || sheltered === nC) return optimalStage(data, list, o, o.fixed);
  // First the counting candidates (the free sheltered ones left out), then the free sheltered ones on
  // the positions left (the counting ones fixed where they were placed, the rest left out).
  const stage = o.fixed === undefined ? new Int32Array(nC).fill(-1) : Int32Array.from(o.fixed);
  const isShelteredFree = (c: number) => data.priority[c] === SHELTERED_TIER && stage[c]! < 0;
  const later = Uint8Array.from({ length: nC }, (_, c) => (isShelteredFree(c) ? 1 : 0));
  for (let c = 0; c < nC; c++) if (later[c] === 1) stage[c] = -2;
  const first = optimalStage(data, list, o, stage);
  for (let c = 0; c < nC; c++) stage[c] = later[c] === 1 ? -1 : first[c]! >= 0 ? first[c]! : -2;
  return optimalStage(data, list, o, stage);
}

/**
 * One solve of {@link optimalPlacements}: `fixed[c]` ≥ 0 is a fixed vacancy (one position taken), −1
 * a free candidate, −2 a candidate left out of this solve (unplaced).
 */
function optimalStage(
  data: PlacementData,
  list: Shortlist,
  o: OptimalOptions,
  fixed: Int32Array | undefined,
): Int32Array {
  const nC = data.priority.length;
  const nV = data.positions.length;
  const capacity = Int32Array.from(data.positions);
  if (fixed !== undefined) for (let c = 0; c < nC; c++) if (fixed[c]! >= 0) capacity[fixed[c]!]!--;
  const slotStart = new Int32Array(nV + 1);
  for (let v = 0; v < nV; v++) slotStart[v + 1] = slotStart[v]! + Math.max(0, capacity[v]!);
  const slots = slotStart[nV]!;
  const lift = o.priorityLift ?? slots + 1;
  // Bonus pairs outside a free candidate's shortlist (above minScore), per candidate in the bonus
  // map's order: scored here, they follow the shortlist's pairs in the candidate's row.
  const bonus = o.bonus?.weights;
  const extra = new Map<number, { v: number; w: number }[]>();
  for (const key of bonus?.keys() ?? []) {
    const c = Math.floor(key / nV);
    const v = key - c * nV;
    if (fixed !== undefined && fixed[c] !== -1) continue;
    let listed = false;
    for (let e = list.offsets[c]!; e < list.offsets[c + 1]! && !listed; e++)
      listed = list.vacancies[e] === v && list.scores[e]! >= o.minScore;
    if (listed) continue;
    const r = o.bonus!.scorePair(c, v);
    if (r.excluded || r.score < o.minScore) continue;
    const row = extra.get(c) ?? [];
    row.push({ v, w: Math.max(r.score, 1e-9) + bonus!.get(key)! });
    extra.set(c, row);
  }
  // Two passes over the pairs (count the slots, then fill): no object per pair.
  const isFree = (c: number) => fixed === undefined || fixed[c] === -1;
  const width = (v: number) => slotStart[v + 1]! - slotStart[v]!;
  const offsets = new Int32Array(nC + 1);
  for (let c = 0; c < nC; c++) {
    let n = 0;
    if (isFree(c)) {
      for (let e = list.offsets[c]!; e < list.offsets[c + 1]!; e++)
        if (list.scores[e]! >= o.minScore) n += width(list.vacancies[e]!);
      for (const x of extra.get(c) ?? []) n += width(x.v);
    }
    offsets[c + 1] = offsets[c]! + n;
  }
  // The solver's form at once (costs −weight; every weight is positive and no slot repeats in a row),
  // so the graph is neither checked nor copied again.
  const targets = new Int32Array(offsets[nC]!);
  const costs = new Float64Array(offsets[nC]!);
  let n = 0;
  const put = (v: number, w: number): void => {
    for (let s = slotStart[v]!; s < slotStart[v + 1]!; s++) {
      targets[n] = s;
      costs[n++] = -w;
    }
  };
  for (let c = 0; c < nC; c++) {
    if (!isFree(c)) continue;
    const lifted = o.priorityFirst && data.priority[c] === 1;
    for (let e = list.offsets[c]!; e < list.offsets[c + 1]!; e++) {
      const score = list.scores[e]!;
      if (score < o.minScore) continue;
      const v = list.vacancies[e]!;
      const w = Math.max(score, 1e-9) + (bonus?.get(c * nV + v) ?? 0);
      put(v, lifted ? w + lift : w);
    }
    for (const x of extra.get(c) ?? []) put(x.v, lifted ? x.w + lift : x.w);
  }
  throwIfAborted(o.signal, WHAT);
  const rowToCol = solveCompact({ offsets, targets, costs }, slots, o.signal, o.onProgress);
  const vacancyOfSlot = new Int32Array(slots);
  for (let v = 0; v < nV; v++) for (let s = slotStart[v]!; s < slotStart[v + 1]!; s++) vacancyOfSlot[s] = v;
  const out = new Int32Array(nC).fill(-1);
  for (let c = 0; c < nC; c++) {
    if (fixed !== undefined && fixed[c]! >= 0) out[c] = fixed[c]!;
    else if (rowToCol[c]! >= 0) out[c] = vacancyOfSlot[rowToCol[c]!]!;
  }
  return out;
}
