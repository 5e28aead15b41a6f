import { shown } from '../_internal/guard.js';
import { parseOptions } from '../_internal/options.js';
import { throwIfAborted } from '../errors.js';
import { stableMatchOptionsSchema } from './options.js';
import type { BlockingPair, StableMatchInput, StableMatchOptions, StableMatchResult } from './types.js';
import { invalid } from './validate.js';

const WHAT = 'stableMatch';

/** @internal Checked input: mutual acceptability and ranks looked up in maps. */
interface Market {
  readonly nc: number;
  readonly nv: number;
  readonly cPrefs: readonly (readonly number[])[];
  readonly vPrefs: readonly (readonly number[])[];
  readonly capacities: Int32Array;
  /** `cRank[c].get(v)`: position of `v` in `c`'s list. */
  readonly cRank: readonly Map<number, number>[];
  /** `vRank[v].get(c)`: position of `c` in `v`'s list. */
  readonly vRank: readonly Map<number, number>[];
}

/** Entries of preference lists read between two checks of the signal while building the tables. */
const TABLE_STEP = 65536;

function ranks(
  lists: readonly (readonly number[])[],
  other: number,
  side: string,
  tick?: (entries: number) => void,
): Map<number, number>[] {
  if (!Array.isArray(lists)) throw invalid(`${WHAT}: expected \`${side}\` to be an array of index arrays`);
  const out: Map<number, number>[] = [];
  let pending = 0;
  for (let a = 0; a < lists.length; a++) {
    const list = lists[a];
    if (!Array.isArray(list)) throw invalid(`${WHAT}: ${side}[${a}] is not an array`);
    pending += list.length;
    if (tick !== undefined && pending >= TABLE_STEP) {
      tick(pending);
      pending = 0;
    }
    const m = new Map<number, number>();
    for (let r = 0; r < list.length; r++) {
      const b = list[r];
      if (!Number.isInteger(b) || b < 0 || b >= other) {
        throw invalid(`${WHAT}: ${side}[${a}][${r}] = ${shown(b)} is not an index in [0, ${other})`);
      }
      if (m.has(b)) throw invalid(`${WHAT}: ${side}[${a}] lists ${b} twice`);
      m.set(b, r);
    }
    out.push(m);
  }
  tick?.(pending);
  return out;
}

/** Checks the input and builds the rank tables; `tick(entries)` reports list entries read. */
function toMarket(input: StableMatchInput, tick?: (entries: number) => void): Market {
  if (typeof input !== 'object' || input === null) {
    throw invalid(`${WHAT}: expected { candidatePrefs, vacancyPrefs, capacities? }`);
  }
  const { candidatePrefs, vacancyPrefs, capacities } = input;
  const nv = Array.isArray(vacancyPrefs) ? vacancyPrefs.length : 0;
  const cRank = ranks(candidatePrefs, nv, 'candidatePrefs', tick);
  const nc = cRank.length;
  const vRank = ranks(vacancyPrefs, nc, 'vacancyPrefs', tick);
  const cap = new Int32Array(nv).fill(1);
  if (capacities !== undefined) {
    if (!Array.isArray(capacities) || capacities.length !== nv) {
      throw invalid(`${WHAT}: expected \`capacities\` to have one entry per vacancy (${nv})`);
    }
    for (let v = 0; v < nv; v++) {
      const c = capacities[v];
      if (!Number.isInteger(c) || c < 0 || c > 0x7fffffff) {
        throw invalid(`${WHAT}: capacities[${v}] = ${shown(c)} is not a non-negative integer`);
      }
      cap[v] = c;
    }
  }
  return { nc, nv, cPrefs: candidatePrefs, vPrefs: vacancyPrefs, capacities: cap, cRank, vRank };
}

/** Candidate-proposing deferred acceptance; each vacancy holds its best proposers up to capacity. */
function candidatesPropose(
  m: Market,
  options: StableMatchOptions,
  c2v: Int32Array,
  held: number[][],
  before: number,
): number {
  const { nc, cPrefs, vRank, capacities } = m;
  const next = new Int32Array(nc);
  const stack: number[] = [];
  for (let c = nc - 1; c >= 0; c--) stack.push(c);
  let proposals = 0;
  const total = totalLength(cPrefs);
  const step = Math.max(1, Math.floor(total / 100));
  while (stack.length > 0) {
    const c = stack.pop()!;
    const list = cPrefs[c]!;
    while (next[c]! < list.length) {
      const v = list[next[c]!]!;
      next[c] = next[c]! + 1;
      if (++proposals % step === 0) progress(options, before + proposals, before + total);
      const rank = vRank[v]!.get(c);
      if (
        rank === undefined ||
        // Stryker disable next-line ConditionalExpression: a vacancy without places would also reject below (no holder's rank to beat)
        capacities[v] === 0
      )
        continue;
      const h = held[v]!;
      if (h.length < capacities[v]!) {
        h.push(c);
        c2v[c] = v;
        break;
      }
      // Full: replace the least preferred holder if `c` ranks higher.
      let worst = h.length - 1;
      let worstRank = vRank[v]!.get(h[worst]!)!;
      // Stryker disable next-line ArithmeticOperator: starting past the end reads `undefined`, whose rank is never greater
      for (let k = worst - 1; k >= 0; k--) {
        const r = vRank[v]!.get(h[k]!)!;
        // Stryker disable next-line EqualityOperator: two holders never share a rank
        if (r > worstRank) {
          worstRank = r;
          worst = k;
        }
      }
      // Stryker disable next-line EqualityOperator: `c` is no holder, so its rank differs from theirs
      if (rank < worstRank) {
        const out = h[worst]!;
        h[worst] = c;
        c2v[c] = v;
        c2v[out] = -1;
        stack.push(out);
        break;
      }
    }
  }
  return proposals;
}

/** Vacancy-proposing deferred acceptance; each candidate holds the best offer so far. */
function vacanciesPropose(
  m: Market,
  options: StableMatchOptions,
  c2v: Int32Array,
  held: number[][],
  before: number,
): number {
  const { nv, vPrefs, cRank, capacities } = m;
  const next = new Int32Array(nv);
  const stack: number[] = [];
  for (let v = nv - 1; v >= 0; v--) stack.push(v);
  let proposals = 0;
  const total = totalLength(vPrefs);
  const step = Math.max(1, Math.floor(total / 100));
  while (stack.length > 0) {
    const v = stack.pop()!;
    const list = vPrefs[v]!;
    while (held[v]!.length < capacities[v]! && next[v]! < list.length) {
      const c = list[next[v]!]!;
      next[v] = next[v]! + 1;
      if (++proposals % step === 0) progress(options, before + proposals, before + total);
      const rank = cRank[c]!.get(v);
      if (rank === undefined) continue;
      const current = c2v[c]!;
      if (current !== -1) {
        // The candidate keeps the better of two offers.
        // Stryker disable next-line EqualityOperator: `current` is never `v` (a vacancy proposes to a candidate once), so the ranks differ
        if (cRank[c]!.get(current)! < rank) continue;
        const h = held[current]!;
        h.splice(h.indexOf(c), 1);
        stack.push(current);
      }
      c2v[c] = v;
      held[v]!.push(c);
    }
  }
  return proposals;
}

function totalLength(lists: readonly (readonly number[])[]): number {
  let n = 0;
  for (const l of lists) n += l.length;
  return n;
}

function progress(options: StableMatchOptions, done: number, total: number): void {
  throwIfAborted(options.signal, WHAT);
  options.onProgress?.(done, total);
}

/**
 * Stable matching with capacities (the hospital/resident problem) by deferred acceptance
 * (Gale & Shapley 1962; Roth 1984 for capacities): no candidate and vacancy would both rather be
 * matched to each other. Only mutually acceptable pairs (each on the other's list) are matched.
 * Candidate-proposing gives the candidate-optimal stable matching, vacancy-proposing the
 * vacancy-optimal one; both are unique, so the result does not depend on processing order.
 *
 * Complexity: O(L · q) for L the total length of the proposing side's lists and q the largest capacity.
 *
 * @param input `candidatePrefs`, `vacancyPrefs` (index lists, most preferred first), `capacities` (default 1 each)
 * @param options `proposing` (default `'candidates'`), `signal`, `onProgress(done, total)` (list entries
 *   read for the rank tables, then proposals)
 * @returns `candidateToVacancy` (`-1` unmatched), `vacancyToCandidates`, `optimalFor`, `proposals`
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` for an index out of range, a repeated entry or a bad
 * capacity; `ABORTED`
 * @example
 * const r = stableMatch({ candidatePrefs: [[0, 1], [0]], vacancyPrefs: [[1, 0], [0]] });
 * // r.candidateToVacancy = Int32Array [1, 0], r.optimalFor = 'candidates'
 */
export function stableMatch(input: StableMatchInput, options: StableMatchOptions = {}): StableMatchResult {
  const { proposing, signal, onProgress } = parseOptions(stableMatchOptionsSchema, options, WHAT);
  throwIfAborted(signal, WHAT);
  // Progress counts the list entries read to build the rank tables, then the proposals (at most the
  // proposing side's list entries).
  const sizeOf = (x: unknown): number =>
    Array.isArray(x) ? x.reduce((n: number, l: unknown) => n + (Array.isArray(l) ? l.length : 0), 0) : 0;
  const tables = sizeOf(input?.candidatePrefs) + sizeOf(input?.vacancyPrefs);
  const most = sizeOf(proposing === 'candidates' ? input?.candidatePrefs : input?.vacancyPrefs);
  let read = 0;
  const m = toMarket(input, (entries) => {
    read += entries;
    progress(options, read, tables + most);
  });
  const c2v = new Int32Array(m.nc).fill(-1);
  const held: number[][] = [];
  for (let v = 0; v < m.nv; v++) held.push([]);
  const proposals =
    proposing === 'candidates'
      ? candidatesPropose(m, options, c2v, held, tables)
      : vacanciesPropose(m, options, c2v, held, tables);
  const vacancyToCandidates = held.map((h, v) => {
    const rank = m.vRank[v]!;
    return Int32Array.from(h).sort((a, b) => rank.get(a)! - rank.get(b)!);
  });
  throwIfAborted(signal, WHAT);
  onProgress?.(tables + proposals, tables + proposals);
  return { candidateToVacancy: c2v, vacancyToCandidates, optimalFor: proposing, proposals };
}

/**
 * Lists every blocking pair of a matching: a mutually acceptable candidate and vacancy where the
 * candidate is unmatched or prefers the vacancy to its own, and the vacancy has a free place or
 * prefers the candidate to one it holds. A matching is stable exactly when the list is empty.
 *
 * Complexity: O(L + n) for L the total length of the candidates' lists.
 *
 * @param input the same preferences and capacities given to {@link stableMatch}
 * @param candidateToVacancy vacancy of each candidate, `-1` when unmatched
 * @returns the blocking pairs, ordered by candidate then by the candidate's preference
 * @throws {BanenmatchError} `INVALID_ARGUMENT` for malformed input, a matching of the wrong length, a
 * pair that is not mutually acceptable or a vacancy over capacity
 * @example
 * blockingPairs({ candidatePrefs: [[0]], vacancyPrefs: [[0]] }, Int32Array.of(-1));
 * // [{ candidate: 0, vacancy: 0 }]
 */
export function blockingPairs(
  input: StableMatchInput,
  candidateToVacancy: ArrayLike<number>,
): BlockingPair[] {
  const m = toMarket(input);
  const { nc, nv, cPrefs, cRank, vRank, capacities } = m;
  if (!Array.isArray(candidateToVacancy) && !ArrayBuffer.isView(candidateToVacancy)) {
    throw invalid('blockingPairs: expected `candidateToVacancy` to be an array');
  }
  if (candidateToVacancy.length !== nc) {
    throw invalid(
      `blockingPairs: expected one entry per candidate (${nc}), got ${candidateToVacancy.length}`,
    );
  }
  const load = new Int32Array(nv);
  // Rank (in the vacancy's list) of the least preferred candidate each vacancy holds.
  const worst = new Int32Array(nv).fill(-1);
  for (let c = 0; c < nc; c++) {
    const v = candidateToVacancy[c]!;
    if (v === -1) continue;
    const r = Number.isInteger(v) && v >= 0 && v < nv ? vRank[v]!.get(c) : undefined;
    if (r === undefined || !cRank[c]!.has(v)) {
      throw invalid(
        `blockingPairs: candidate ${c} is matched to ${shown(v)}, not a mutually acceptable vacancy`,
      );
    }
    load[v] = load[v]! + 1;
    worst[v] = Math.max(worst[v]!, r);
  }
  const over = load.findIndex((n, v) => n > capacities[v]!);
  if (over !== -1) {
    throw invalid(
      `blockingPairs: vacancy ${over} holds ${load[over]} candidates, capacity ${capacities[over]}`,
    );
  }
  const out: BlockingPair[] = [];
  for (let c = 0; c < nc; c++) {
    const own = candidateToVacancy[c]!;
    const list = cPrefs[c]!;
    const ownRank = own === -1 ? list.length : cRank[c]!.get(own)!;
    for (let k = 0; k < ownRank; k++) {
      const v = list[k]!;
      const r = vRank[v]!.get(c);
      if (r === undefined) continue;
      const room = load[v]! < capacities[v]!;
      // Stryker disable next-line EqualityOperator: `c` is not at `v`, so its rank is never the worst holder's
      if (room || r < worst[v]!) out.push({ candidate: c, vacancy: v });
    }
  }
  return out;
}
