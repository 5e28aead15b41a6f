import { throwIfAborted } from '../../errors.js';
import type { DenseOptions } from '../types.js';
import { progressStep, WHAT } from './progress.js';

/**
 * One row's step of the search: relaxes every unsettled column through row `i` (reduced cost
 * `cost[base + j] - vs[j] - h`) and returns the column to settle next, the first at least distance with
 * a free column before an assigned one; that distance goes to `out[0]`. Settled columns hold
 * `vs = -Infinity` and `d = Infinity`, so they are never relaxed or chosen and the scan runs in plain
 * column order, unrolled by four: V8 neither vectorises nor unrolls, and at n = 2,000 the unrolled scan
 * ran about 1.5× faster than the plain loop (139 → 90 ms for the whole search phase).
 */
function relaxRow(
  cost: Float64Array,
  base: number,
  h: number,
  i: number,
  vs: Float64Array,
  d: Float64Array,
  pred: Int32Array,
  r4c: Int32Array,
  nc: number,
  out: Float64Array,
): number {
  let lowest = Number.POSITIVE_INFINITY;
  let at = 0;
  // Stryker disable next-line ArithmeticOperator: where the unrolled steps end only decides which columns the remainder loop takes; steps past the end read undefined and change nothing
  const n4 = nc - (nc % 4);
  let j = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the unrolled steps' bound, as above (fewer steps leave the columns to the remainder loop; `true` and `>=` on fewer than four columns never end)
  for (; j < n4; j += 4) {
    const r0 = cost[base + j]! - vs[j]! - h;
    const r1 = cost[base + j + 1]! - vs[j + 1]! - h;
    const r2 = cost[base + j + 2]! - vs[j + 2]! - h;
    const r3 = cost[base + j + 3]! - vs[j + 3]! - h;
    let d0 = d[j]!;
    let d1 = d[j + 1]!;
    let d2 = d[j + 2]!;
    let d3 = d[j + 3]!;
    if (r0 < d0) {
      pred[j] = i;
      d[j] = r0;
      d0 = r0;
    }
    if (r1 < d1) {
      pred[j + 1] = i;
      d[j + 1] = r1;
      d1 = r1;
    }
    if (r2 < d2) {
      pred[j + 2] = i;
      d[j + 2] = r2;
      d2 = r2;
    }
    if (r3 < d3) {
      pred[j + 3] = i;
      d[j + 3] = r3;
      d3 = r3;
    }
    if (
      // Stryker disable next-line EqualityOperator: without ties taken (`<`) the column settled is still a least one
      d0 <= lowest &&
      // Stryker disable next-line ConditionalExpression,EqualityOperator: with every tie taken (`<=`, or this test `true`) the column settled is still a least one
      (d0 < lowest ||
        // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,UnaryOperator: only which of equal least columns is settled first
        (r4c[j] === -1 && r4c[at]! !== -1))
    ) {
      lowest = d0;
      at = j;
    }
    if (
      // Stryker disable next-line EqualityOperator: without ties taken (`<`) the column settled is still a least one
      d1 <= lowest &&
      // Stryker disable next-line ConditionalExpression,EqualityOperator: with every tie taken (`<=`, or this test `true`) the column settled is still a least one
      (d1 < lowest ||
        // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,UnaryOperator,ArithmeticOperator: only which of equal least columns is settled first (`j - 1` for `j + 1` reads another column's match: still a least column)
        (r4c[j + 1] === -1 && r4c[at]! !== -1))
    ) {
      lowest = d1;
      at = j + 1;
    }
    if (
      // Stryker disable next-line EqualityOperator: without ties taken (`<`) the column settled is still a least one
      d2 <= lowest &&
      // Stryker disable next-line ConditionalExpression,EqualityOperator: with every tie taken (`<=`, or this test `true`) the column settled is still a least one
      (d2 < lowest ||
        // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,UnaryOperator,ArithmeticOperator: only which of equal least columns is settled first (`j - 1` for `j + 1` reads another column's match: still a least column)
        (r4c[j + 2] === -1 && r4c[at]! !== -1))
    ) {
      lowest = d2;
      at = j + 2;
    }
    if (
      // Stryker disable next-line EqualityOperator: without ties taken (`<`) the column settled is still a least one
      d3 <= lowest &&
      // Stryker disable next-line ConditionalExpression,EqualityOperator: with every tie taken (`<=`, or this test `true`) the column settled is still a least one
      (d3 < lowest ||
        // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,UnaryOperator,ArithmeticOperator: only which of equal least columns is settled first (`j - 1` for `j + 1` reads another column's match: still a least column)
        (r4c[j + 3] === -1 && r4c[at]! !== -1))
    ) {
      lowest = d3;
      at = j + 3;
    }
  }
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which compares false (`>=` skips or loops)
  for (; j < nc; j++) {
    const r = cost[base + j]! - vs[j]! - h;
    let dj = d[j]!;
    if (r < dj) {
      pred[j] = i;
      d[j] = r;
      dj = r;
    }
    if (
      // Stryker disable next-line EqualityOperator: without ties taken (`<`) the column settled is still a least one
      dj <= lowest &&
      // Stryker disable next-line ConditionalExpression,EqualityOperator: with every tie taken (`<=`, or this test `true`) the column settled is still a least one
      (dj < lowest ||
        // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,UnaryOperator: only which of equal least columns is settled first
        (r4c[j] === -1 && r4c[at]! !== -1))
    ) {
      lowest = dj;
      at = j;
    }
  }
  out[0] = lowest;
  return at;
}

/**
 * Shortest augmenting path from each free row (the augmentation of Jonker & Volgenant 1987; Crouse
 * 2016 shows the same search solves rectangular problems when free columns keep price 0). Dijkstra over
 * columns on reduced costs `c[i][j] - u[i] - v[j]` with `u` implicit, one column settled at a time (see
 * {@link relaxRow} for the order); the search ends when the column settled is free. Settled columns are
 * masked rather than removed from a list, so each scanned cost row is read in order: at n = 2,000 that
 * beats a gather through a compacted list of unsettled columns although it reads about 40% more cells.
 */
export function augment(
  nr: number,
  nc: number,
  cost: Float64Array,
  v: Float64Array,
  c4r: Int32Array,
  r4c: Int32Array,
  free: Int32Array,
  numFree: number,
  options: DenseOptions,
): void {
  const d = new Float64Array(nc);
  const vs = new Float64Array(nc);
  const pred = new Int32Array(nc);
  const settled = new Int32Array(nc);
  const settledD = new Float64Array(nc);
  const out = new Float64Array(1);
  const { signal, onProgress } = options;
  const step = progressStep(numFree);
  const assignedBefore = nr - numFree;
  for (let f = 0; f < numFree; f++) {
    // Checking the signal is one property read; each search may take a while, so check every one.
    throwIfAborted(signal, WHAT);
    if (f % step === 0) onProgress?.(assignedBefore + f, nr);
    const freeRow = free[f]!;
    // Stryker disable next-line EqualityOperator: one write past the end of a typed array is ignored (`>=` skips the loop)
    for (let j = 0; j < nc; j++) {
      vs[j] = v[j]!;
      d[j] = Number.POSITIVE_INFINITY;
    }
    // The free row is scanned like any other row, with h = 0 (its u is implicit and 0 on the way).
    let at = relaxRow(cost, freeRow * nc, 0, freeRow, vs, d, pred, r4c, nc, out);
    let numSettled = 0;
    let min = 0;
    for (;;) {
      min = out[0]!;
      settled[numSettled] = at;
      settledD[numSettled++] = min;
      const i = r4c[at]!;
      if (i === -1) break;
      const base = i * nc;
      // Row i enters at the distance of its column: h shifts its reduced costs to put that column at min.
      const h = cost[base + at]! - vs[at]! - min;
      vs[at] = Number.NEGATIVE_INFINITY;
      d[at] = Number.POSITIVE_INFINITY;
      at = relaxRow(cost, base, h, i, vs, d, pred, r4c, nc, out);
    }
    // Prices of the settled columns: v[j] += d[j] - (distance of the free column reached).
    for (let k = 0; k < numSettled; k++) {
      const j = settled[k]!;
      v[j] = v[j]! + settledD[k]! - min;
    }
    let end = at;
    for (;;) {
      const i = pred[end]!;
      r4c[end] = i;
      const next = c4r[i]!;
      c4r[i] = end;
      if (i === freeRow) break;
      end = next;
    }
  }
}
