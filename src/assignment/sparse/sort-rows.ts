import type { Compact } from './graph.js';

/** Edges sorted by insertion in one run; longer stretches are runs merged bottom-up. */
const RUN = 32;
/** Rows longer than this (a tall graph transposed: a vacancy's many candidates) are sorted lazily. */
const LONG = 128;
/** Edges a long row has sorted up front: its best ones, where nearly every scan stops. */
const PREFIX = 64;

/**
 * Each row's edges sorted by cost, best weight first, stably (equal costs keep their order, so the
 * order does not depend on how it is reached). Since prices never rise above 0, an edge's reduced
 * cost is at least its cost minus the row's potential, so scans over a sorted row can stop at the
 * first edge whose cost alone is too high.
 *
 * Rows of up to {@link LONG} edges are sorted at once. A longer row gets only its {@link PREFIX} best
 * edges sorted, the rest kept behind them in their own order (all no better); a scan that reaches
 * `sortedEnd[y]` calls {@link SortedRows.finish} first. A tall graph transposed has rows of thousands
 * of edges of which scans read few: sorting them all took 2.3 s by insertion, 0.15 s by merging, on
 * 20,000 × 2,000 with 100 edges a row, while the searches took 1 ms.
 */
export class SortedRows {
  /** Where each row's sorted part ends (its end once the row is sorted). */
  readonly sortedEnd: Int32Array;
  private readonly g: Compact;
  private readonly spareCosts: Float64Array;
  private readonly spareTargets: Int32Array;

  constructor(g: Compact) {
    this.g = g;
    const { offsets, targets, costs } = g;
    const rows = offsets.length - 1;
    let longest = 0;
    for (let y = 0; y < rows; y++) longest = Math.max(longest, offsets[y + 1]! - offsets[y]!);
    this.spareCosts = new Float64Array(longest > RUN ? longest : 0);
    this.spareTargets = new Int32Array(longest > RUN ? longest : 0);
    this.sortedEnd = offsets.slice(1);
    // The PREFIX least costs of a long row in a max-heap: its top is the PREFIX-th least.
    const heap = new Float64Array(PREFIX);
    for (let y = 0; y < rows; y++) {
      const start = offsets[y]!;
      const end = offsets[y + 1]!;
      if (end - start <= LONG) {
        this.sortRange(start, end);
        continue;
      }
      let size = 0;
      for (let k = start; k < end; k++) {
        const c = costs[k]!;
        if (size < PREFIX) heapPush(heap, size++, c);
        else if (c < heap[0]!) heapReplaceTop(heap, PREFIX, c);
      }
      const t = heap[0]!;
      let ties = PREFIX;
      for (let h = 0; h < PREFIX; h++) if (heap[h]! < t) ties--;
      // Stable partition: costs below t and the first `ties` equal to t ahead, in their order.
      const { spareCosts, spareTargets } = this;
      let ahead = 0;
      let behind = PREFIX;
      for (let k = start; k < end; k++) {
        const c = costs[k]!;
        if (c < t || (c === t && ties-- > 0)) {
          spareCosts[ahead] = c;
          spareTargets[ahead++] = targets[k]!;
        } else {
          spareCosts[behind] = c;
          spareTargets[behind++] = targets[k]!;
        }
      }
      costs.set(spareCosts.subarray(0, end - start), start);
      targets.set(spareTargets.subarray(0, end - start), start);
      this.sortRange(start, start + PREFIX);
      this.sortedEnd[y] = start + PREFIX;
    }
  }

  /** Sorts the rest of row `y`, which all comes after its sorted part. */
  finish(y: number): void {
    const end = this.g.offsets[y + 1]!;
    this.sortRange(this.sortedEnd[y]!, end);
    this.sortedEnd[y] = end;
  }

  /** Sorts the edges `[start, end)`: runs of {@link RUN} by insertion, then merged through the spares. */
  private sortRange(start: number, end: number): void {
    const { costs, targets } = this.g;
    const { spareCosts, spareTargets } = this;
    for (let run = start; run < end; run += RUN) insertionSort(costs, targets, run, Math.min(end, run + RUN));
    // Merge passes alternate between the row (offset `start`) and the spares (offset 0).
    let inRow = true;
    for (let width = RUN; width < end - start; width *= 2) {
      if (inRow) merge(costs, targets, start, spareCosts, spareTargets, -start, end - start, width);
      else merge(spareCosts, spareTargets, 0, costs, targets, start, end - start, width);
      inRow = !inRow;
    }
    if (!inRow) {
      costs.set(spareCosts.subarray(0, end - start), start);
      targets.set(spareTargets.subarray(0, end - start), start);
    }
  }
}

function heapPush(heap: Float64Array, size: number, c: number): void {
  let i = size;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (heap[p]! >= c) break;
    heap[i] = heap[p]!;
    i = p;
  }
  heap[i] = c;
}

function heapReplaceTop(heap: Float64Array, size: number, c: number): void {
  let i = 0;
  for (;;) {
    let l = 2 * i + 1;
    if (l >= size) break;
    if (l + 1 < size && heap[l + 1]! > heap[l]!) l++;
    if (heap[l]! <= c) break;
    heap[i] = heap[l]!;
    i = l;
  }
  heap[i] = c;
}
/**
 * One bottom-up merge pass over `n` edges: runs of `width` from `costs`/`targets` at `at` are merged
 * in pairs into `outCosts`/`outTargets` at `at + shift`; on ties the left run goes first (stable).
 */
function merge(
  costs: Float64Array,
  targets: Int32Array,
  at: number,
  outCosts: Float64Array,
  outTargets: Int32Array,
  shift: number,
  n: number,
  width: number,
): void {
  const end = at + n;
  for (let lo = at; lo < end; lo += 2 * width) {
    const mid = Math.min(end, lo + width);
    const hi = Math.min(end, lo + 2 * width);
    let a = lo;
    let b = mid;
    let out = lo + shift;
    while (a < mid && b < hi) {
      if (costs[b]! < costs[a]!) {
        outCosts[out] = costs[b]!;
        outTargets[out++] = targets[b++]!;
      } else {
        outCosts[out] = costs[a]!;
        outTargets[out++] = targets[a++]!;
      }
    }
    for (; a < mid; a++, out++) {
      outCosts[out] = costs[a]!;
      outTargets[out] = targets[a]!;
    }
    for (; b < hi; b++, out++) {
      outCosts[out] = costs[b]!;
      outTargets[out] = targets[b]!;
    }
  }
}

/** Stable insertion sort of the edges `[from, to)` by cost. */
function insertionSort(costs: Float64Array, targets: Int32Array, from: number, to: number): void {
  for (let a = from + 1; a < to; a++) {
    const c = costs[a]!;
    const t = targets[a]!;
    let b = a - 1;
    while (b >= from && costs[b]! > c) {
      costs[b + 1] = costs[b]!;
      targets[b + 1] = targets[b]!;
      b--;
    }
    costs[b + 1] = c;
    targets[b + 1] = t;
  }
}
