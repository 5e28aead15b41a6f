import { throwIfAborted } from '../../errors.js';
import type { DenseOptions } from '../types.js';
import { progressStep, WHAT } from './progress.js';

/**
 * Shortest augmenting paths with two-level costs `(forbidden, cost)` compared lexicographically: a path
 * through fewer forbidden cells is always shorter, whatever the finite costs. This is the exact form of
 * the big-M method (M larger than any finite total) without a big number that would swallow the finite
 * costs' precision: the first level counts forbidden cells in integers, the second sums finite costs.
 * Both levels form an ordered group, so Dijkstra with potentials holds unchanged.
 */
export function augmentTwoLevel(
  nr: number,
  nc: number,
  cost: Float64Array,
  level: Float64Array,
  c4r: Int32Array,
  r4c: Int32Array,
  options: DenseOptions,
): void {
  const uA = new Float64Array(nr);
  const uB = new Float64Array(nr);
  const vA = new Float64Array(nc);
  const vB = new Float64Array(nc);
  const spcA = new Float64Array(nc);
  const spcB = new Float64Array(nc);
  const path = new Int32Array(nc);
  const remaining = new Int32Array(nc);
  const scannedRows = new Int32Array(nr);
  const scannedCols = new Int32Array(nc);
  const { signal, onProgress } = options;
  // Row reduction: u = each row's least (level, cost); a row whose least column is free takes it.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a start only: without it the search matches every row from u = 0 (only the free row's own step may see negative reduced costs, and Dijkstra allows that at the root)
  for (let i = 0; i < nr; i++) {
    const base = i * nc;
    let bestA = level[base]!;
    let bestB = cost[base]!;
    let arg = 0;
    // Stryker disable next-line EqualityOperator: one cell past the row (the next row's first, or none) can only lower u and name column nc, never free: a weaker start
    for (let j = 1; j < nc; j++) {
      const a = level[base + j]!;
      const b = cost[base + j]!;
      if (
        a < bestA ||
        (a === bestA &&
          // Stryker disable next-line EqualityOperator: the last of equal least cells gives the row the same least (level, cost)
          b < bestB)
      ) {
        bestA = a;
        bestB = b;
        arg = j;
      }
    }
    uA[i] = bestA;
    uB[i] = bestB;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator,BlockStatement: a row left free here is matched by the search below (a weaker start, the same optimum); `!==` and `=== +1` never hold while every column is free
    if (r4c[arg] === -1) {
      r4c[arg] = i;
      c4r[i] = arg;
    }
  }
  const step = progressStep(nr);
  for (let cur = 0; cur < nr; cur++) {
    throwIfAborted(signal, WHAT);
    if (cur % step === 0) onProgress?.(cur, nr);
    if (c4r[cur] !== -1) continue;
    // Stryker disable next-line EqualityOperator: one step more writes past the end of typed arrays, which is ignored
    for (let j = 0; j < nc; j++) {
      remaining[j] = nc - 1 - j;
      spcA[j] = Number.POSITIVE_INFINITY;
      spcB[j] = Number.POSITIVE_INFINITY;
    }
    let numRemaining = nc;
    let nRows = 0;
    let nCols = 0;
    let minA = 0;
    let minB = 0;
    let i = cur;
    let sink = -1;
    while (sink === -1) {
      scannedRows[nRows++] = i;
      const base = i * nc;
      const uia = uA[i]!;
      const uib = uB[i]!;
      // Every remaining column has a finite distance, so the scan always sets index.
      let index = 0;
      let lowA = Number.POSITIVE_INFINITY;
      let lowB = Number.POSITIVE_INFINITY;
      for (let it = 0; it < numRemaining; it++) {
        const j = remaining[it]!;
        const ra = minA + level[base + j]! - uia - vA[j]!;
        const rb = minB + cost[base + j]! - uib - vB[j]!;
        let sa = spcA[j]!;
        let sb = spcB[j]!;
        if (
          ra < sa ||
          (ra === sa &&
            // Stryker disable next-line EqualityOperator: on a tie either row precedes the column on a shortest path
            rb < sb)
        ) {
          path[j] = i;
          spcA[j] = ra;
          spcB[j] = rb;
          sa = ra;
          sb = rb;
        }
        if (
          sa < lowA ||
          (sa === lowA &&
            // Stryker disable next-line EqualityOperator: the last of equal distances is as short a column to settle
            (sb < lowB ||
              // Stryker disable next-line ConditionalExpression: a free column first only ends the search sooner
              (sb === lowB &&
                // Stryker disable next-line EqualityOperator,ConditionalExpression,UnaryOperator: a free column first only ends the search sooner
                r4c[j] === -1)))
        ) {
          lowA = sa;
          lowB = sb;
          index = it;
        }
      }
      minA = lowA;
      minB = lowB;
      const j = remaining[index]!;
      const owner = r4c[j]!;
      if (owner === -1) sink = j;
      else i = owner;
      scannedCols[nCols++] = j;
      remaining[index] = remaining[--numRemaining]!;
    }
    uA[cur] = uA[cur]! + minA;
    uB[cur] = uB[cur]! + minB;
    for (let k = 1; k < nRows; k++) {
      const r = scannedRows[k]!;
      const c = c4r[r]!;
      uA[r] = uA[r]! + minA - spcA[c]!;
      uB[r] = uB[r]! + minB - spcB[c]!;
    }
    for (let k = 0; k < nCols; k++) {
      const c = scannedCols[k]!;
      vA[c] = vA[c]! - (minA - spcA[c]!);
      vB[c] = vB[c]! - (minB - spcB[c]!);
    }
    let j = sink;
    for (;;) {
      const r = path[j]!;
      r4c[j] = r;
      const next = c4r[r]!;
      c4r[r] = j;
      if (r === cur) break;
      j = next;
    }
  }
}
