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
    for (let y = 0; y < rows; y++) {
      const end = offsets[y + 1]!;
      // Stryker disable next-line ArithmeticOperator: `end + offsets[y]` only makes the spares longer than any row (never read past a row's length)
      longest = Math.max(longest, end - offsets[y]!);
    }
    // As long as the longest row (the merges of one row go through them; a row of up to RUN has none).
    this.spareCosts = new Float64Array(longest);
    this.spareTargets = new Int32Array(longest);
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
        if (size < PREFIX) {
          heapPush(heap, size++, c);
          continue;
        }
        // Stryker disable next-line EqualityOperator: replacing the top by an equal cost (`<=`) leaves the same costs in the heap
        if (c < heap[0]!) heapReplaceTop(heap, PREFIX, c);
      }
      const t = heap[0]!;
      let ties = PREFIX;
      // Stryker disable next-line EqualityOperator: `h <= PREFIX` reads heap[64], undefined, never below t
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
    // Stryker disable next-line EqualityOperator: at `run === end` (`<=`) the insertion sort gets an empty range
    for (let run = start; run < end; run += RUN) insertionSort(costs, targets, run, Math.min(end, run + RUN));
    // Merge passes alternate between the row (offset `start`) and the spares (offset 0).
    let inRow = true;
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: a pass at `width >= end - start` (`<=`, or `end + start`) copies the one run whole into spares as long as the longest row, and the copy back restores it
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
    // Stryker disable next-line EqualityOperator: moving `c` above an equal parent (`>`) keeps the same costs in a valid heap
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
    // Stryker disable next-line EqualityOperator: `l` is odd and `size` (PREFIX, 64) even, so `l > size` stops at the same `l`
    if (l >= size) break;
    if (
      // Stryker disable next-line EqualityOperator: on equal children (`>=`) either moves up the same cost
      heap[l + 1]! > heap[l]! &&
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the right child is missing only at l = 63, where heap[64] (past the end, size = PREFIX = heap.length) reads undefined, never greater
      l + 1 < size
    )
      l++;
    // Stryker disable next-line EqualityOperator: moving an equal child up (`<`) keeps the same costs in a valid heap
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
  // Stryker disable next-line EqualityOperator: at `lo === end` (`<=`) both runs are empty
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
  // Stryker disable next-line ArithmeticOperator: starting at `from - 1` only writes edges `from - 1` and `from` back in place (index −1 of a typed array is ignored)
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
