import { optionsOf } from '../_internal/guard.js';
import { throwIfAborted } from '../errors.js';
import type { AssignmentResult, CostMatrix, DenseOptions, Duals } from './types.js';
import { checkRunOptions, toWorkingMatrix } from './validate.js';

const WHAT = 'solveAssignment';

/** Calls `onProgress` about a hundred times over a run of `total` steps. */
function progressStep(total: number): number {
  return Math.max(1, Math.floor(total / 100));
}

/**
 * Row reduction for a rectangular matrix: a row whose cheapest column is still free takes it. With
 * `v = 0` every assigned pair is then tight and every reduced cost `c[i][j] - min_j c[i][j] - v[j]` is
 * non-negative, the state {@link augment} starts from.
 * @returns the number of rows still free, listed at the start of `free`
 */
function reduceRows(
  nr: number,
  nc: number,
  cost: Float64Array,
  c4r: Int32Array,
  r4c: Int32Array,
  free: Int32Array,
): number {
  let numFree = 0;
  for (let i = 0; i < nr; i++) {
    const base = i * nc;
    let best = cost[base]!;
    let arg = 0;
    for (let j = 1; j < nc; j++) {
      const c = cost[base + j]!;
      if (c < best) {
        best = c;
        arg = j;
      }
    }
    if (r4c[arg] === -1) {
      r4c[arg] = i;
      c4r[i] = arg;
    } else {
      free[numFree++] = i;
    }
  }
  return numFree;
}

/**
 * Lowers the column minima `v` with row `i` (cells from `base`), recording the row in `argmin`; strict
 * `<` keeps the first row on ties. Unrolled by four like {@link relaxRow}.
 */
function lowerColumnMinima(
  cost: Float64Array,
  base: number,
  i: number,
  v: Float64Array,
  argmin: Int32Array,
  n: number,
): void {
  const n4 = n - (n % 4);
  let j = 0;
  for (; j < n4; j += 4) {
    const c0 = cost[base + j]!;
    const c1 = cost[base + j + 1]!;
    const c2 = cost[base + j + 2]!;
    const c3 = cost[base + j + 3]!;
    if (c0 < v[j]!) {
      v[j] = c0;
      argmin[j] = i;
    }
    if (c1 < v[j + 1]!) {
      v[j + 1] = c1;
      argmin[j + 1] = i;
    }
    if (c2 < v[j + 2]!) {
      v[j + 2] = c2;
      argmin[j + 2] = i;
    }
    if (c3 < v[j + 3]!) {
      v[j + 3] = c3;
      argmin[j + 3] = i;
    }
  }
  for (; j < n; j++) {
    const c = cost[base + j]!;
    if (c < v[j]!) {
      v[j] = c;
      argmin[j] = i;
    }
  }
}

/** The least reduced cost `cost[base + j] - v[j]` of a row, `Infinity` when every term is. */
function rowMin(cost: Float64Array, base: number, v: Float64Array, n: number): number {
  const n4 = n - (n % 4);
  // Two running minima halve the chain of dependent comparisons.
  let min0 = Number.POSITIVE_INFINITY;
  let min1 = Number.POSITIVE_INFINITY;
  let j = 0;
  for (; j < n4; j += 4) {
    const h0 = cost[base + j]! - v[j]!;
    const h1 = cost[base + j + 1]! - v[j + 1]!;
    const h2 = cost[base + j + 2]! - v[j + 2]!;
    const h3 = cost[base + j + 3]! - v[j + 3]!;
    if (h0 < min0) min0 = h0;
    if (h1 < min1) min1 = h1;
    if (h2 < min0) min0 = h2;
    if (h3 < min1) min1 = h3;
  }
  for (; j < n; j++) {
    const h = cost[base + j]! - v[j]!;
    if (h < min0) min0 = h;
  }
  return Math.min(min0, min1);
}

/**
 * The least and second least reduced cost `cost[base + j] - v[j]` of a row, for augmenting row
 * reduction: returns the column of the least (the first on ties) and writes the least, the second
 * least and the second's column (`-1` when the row has one column) to `out[0..2]`.
 */
function twoLeast(cost: Float64Array, base: number, v: Float64Array, n: number, out: Float64Array): number {
  let umin = cost[base]! - v[0]!;
  let j1 = 0;
  let j2 = -1;
  let usubmin = Number.POSITIVE_INFINITY;
  let j = 1;
  for (; j + 3 < n; j += 4) {
    const h0 = cost[base + j]! - v[j]!;
    const h1 = cost[base + j + 1]! - v[j + 1]!;
    const h2 = cost[base + j + 2]! - v[j + 2]!;
    const h3 = cost[base + j + 3]! - v[j + 3]!;
    if (h0 < usubmin) {
      if (h0 >= umin) {
        usubmin = h0;
        j2 = j;
      } else {
        usubmin = umin;
        umin = h0;
        j2 = j1;
        j1 = j;
      }
    }
    if (h1 < usubmin) {
      if (h1 >= umin) {
        usubmin = h1;
        j2 = j + 1;
      } else {
        usubmin = umin;
        umin = h1;
        j2 = j1;
        j1 = j + 1;
      }
    }
    if (h2 < usubmin) {
      if (h2 >= umin) {
        usubmin = h2;
        j2 = j + 2;
      } else {
        usubmin = umin;
        umin = h2;
        j2 = j1;
        j1 = j + 2;
      }
    }
    if (h3 < usubmin) {
      if (h3 >= umin) {
        usubmin = h3;
        j2 = j + 3;
      } else {
        usubmin = umin;
        umin = h3;
        j2 = j1;
        j1 = j + 3;
      }
    }
  }
  for (; j < n; j++) {
    const h = cost[base + j]! - v[j]!;
    if (h < usubmin) {
      if (h >= umin) {
        usubmin = h;
        j2 = j;
      } else {
        usubmin = umin;
        umin = h;
        j2 = j1;
        j1 = j;
      }
    }
  }
  out[0] = umin;
  out[1] = usubmin;
  out[2] = j2;
  return j1;
}

/**
 * Initialisation of Jonker & Volgenant (1987) for a square matrix: column reduction, reduction
 * transfer and two passes of augmenting row reduction (an auction-like step). Leaves prices `v` such
 * that every assigned row's column has its least reduced cost `c[i][j] - v[j]`. Each row pass is a
 * small function, which V8 optimises after a few calls even on the first solve.
 * @returns the number of rows still free, listed at the start of `free`
 */
function initSquare(
  n: number,
  cost: Float64Array,
  v: Float64Array,
  c4r: Int32Array,
  r4c: Int32Array,
  free: Int32Array,
): number {
  const matches = new Int32Array(n);
  // Column minima, read row by row for memory locality.
  const argmin = new Int32Array(n);
  for (let j = 0; j < n; j++) v[j] = cost[j]!;
  for (let i = 1; i < n; i++) lowerColumnMinima(cost, i * n, i, v, argmin, n);
  for (let j = n - 1; j >= 0; j--) {
    const min = v[j]!;
    const imin = argmin[j]!;
    matches[imin] = matches[imin]! + 1;
    if (matches[imin] === 1) {
      c4r[imin] = j;
      r4c[j] = imin;
    } else if (min < v[c4r[imin]!]!) {
      r4c[c4r[imin]!] = -1;
      c4r[imin] = j;
      r4c[j] = imin;
    }
  }
  // Reduction transfer: the least reduced cost of a row over the other columns comes off its column's
  // price. The row's own column is left out of the scan by giving it price -Infinity meanwhile.
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const m = matches[i]!;
    if (m === 0) {
      free[numFree++] = i;
    } else if (m === 1) {
      const j1 = c4r[i]!;
      const v1 = v[j1]!;
      v[j1] = Number.NEGATIVE_INFINITY;
      const min = rowMin(cost, i * n, v, n);
      v[j1] = min === Number.POSITIVE_INFINITY ? v1 : v1 - min;
    }
  }
  // Augmenting row reduction; the budget stops price cycling at rounding level from running long.
  const out = new Float64Array(3);
  let budget = 16 * n;
  for (let pass = 0; pass < 2 && numFree > 0; pass++) {
    let k = 0;
    const previous = numFree;
    numFree = 0;
    while (k < previous) {
      if (--budget < 0) {
        while (k < previous) free[numFree++] = free[k++]!;
        break;
      }
      const i = free[k++]!;
      let j1 = twoLeast(cost, i * n, v, n, out);
      const umin = out[0]!;
      const usubmin = out[1]!;
      const j2 = out[2]!;
      let i0 = r4c[j1]!;
      if (umin < usubmin) {
        v[j1] = v[j1]! - (usubmin - umin);
      } else if (i0 !== -1 && j2 !== -1) {
        j1 = j2;
        i0 = r4c[j2]!;
      }
      c4r[i] = j1;
      r4c[j1] = i;
      if (i0 !== -1) {
        c4r[i0] = -1;
        if (umin < usubmin) free[--k] = i0;
        else free[numFree++] = i0;
      }
    }
  }
  return numFree;
}

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
  const n4 = nc - (nc % 4);
  let j = 0;
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
    if (d0 <= lowest && (d0 < lowest || (r4c[j] === -1 && r4c[at]! !== -1))) {
      lowest = d0;
      at = j;
    }
    if (d1 <= lowest && (d1 < lowest || (r4c[j + 1] === -1 && r4c[at]! !== -1))) {
      lowest = d1;
      at = j + 1;
    }
    if (d2 <= lowest && (d2 < lowest || (r4c[j + 2] === -1 && r4c[at]! !== -1))) {
      lowest = d2;
      at = j + 2;
    }
    if (d3 <= lowest && (d3 < lowest || (r4c[j + 3] === -1 && r4c[at]! !== -1))) {
      lowest = d3;
      at = j + 3;
    }
  }
  for (; j < nc; j++) {
    const r = cost[base + j]! - vs[j]! - h;
    let dj = d[j]!;
    if (r < dj) {
      pred[j] = i;
      d[j] = r;
      dj = r;
    }
    if (dj <= lowest && (dj < lowest || (r4c[j] === -1 && r4c[at]! !== -1))) {
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
function augment(
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

/**
 * Shortest augmenting paths with two-level costs `(forbidden, cost)` compared lexicographically: a path
 * through fewer forbidden cells is always shorter, whatever the finite costs. This is the exact form of
 * the big-M method (M larger than any finite total) without a big number that would swallow the finite
 * costs' precision: the first level counts forbidden cells in integers, the second sums finite costs.
 * Both levels form an ordered group, so Dijkstra with potentials holds unchanged.
 */
function augmentTwoLevel(
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
  for (let i = 0; i < nr; i++) {
    const base = i * nc;
    let bestA = level[base]!;
    let bestB = cost[base]!;
    let arg = 0;
    for (let j = 1; j < nc; j++) {
      const a = level[base + j]!;
      const b = cost[base + j]!;
      if (a < bestA || (a === bestA && b < bestB)) {
        bestA = a;
        bestB = b;
        arg = j;
      }
    }
    uA[i] = bestA;
    uB[i] = bestB;
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
      let index = -1;
      let lowA = Number.POSITIVE_INFINITY;
      let lowB = Number.POSITIVE_INFINITY;
      for (let it = 0; it < numRemaining; it++) {
        const j = remaining[it]!;
        const ra = minA + level[base + j]! - uia - vA[j]!;
        const rb = minB + cost[base + j]! - uib - vB[j]!;
        let sa = spcA[j]!;
        let sb = spcB[j]!;
        if (ra < sa || (ra === sa && rb < sb)) {
          path[j] = i;
          spcA[j] = ra;
          spcB[j] = rb;
          sa = ra;
          sb = rb;
        }
        if (sa < lowA || (sa === lowA && (sb < lowB || (sb === lowB && r4c[j] === -1)))) {
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

/**
 * Optimal assignment of a dense rectangular matrix: each row to at most one column and each column to
 * at most one row, as many pairs as possible among the allowed ones, and among those the least (or,
 * with `maximize`, the largest) total.
 *
 * Algorithm: shortest augmenting paths in the Jonker–Volgenant family. Square matrices start with the
 * LAPJV initialisation (column reduction, reduction transfer, augmenting row reduction; Jonker &
 * Volgenant 1987, Computing 38); rectangular ones with a row reduction; both finish with Dijkstra
 * augmentations, which solve rectangular problems as in Crouse (2016), "On implementing 2D rectangular
 * assignment algorithms", IEEE TAES 52(4) — the method of scipy's `linear_sum_assignment`. The smaller
 * side is laid out as rows (the matrix is transposed internally when it has more rows than columns).
 *
 * Forbidden pairs (`Infinity`, or `-Infinity` when maximising) are never used, and rows or columns
 * left without an allowed partner are `-1`: the result has the largest possible number of allowed
 * pairs and, among those, the best total. This is the big-M method (forbidden cost M larger than any
 * finite total) done exactly: each cost is a pair (forbidden?, finite cost) compared lexicographically,
 * so no large M swallows the precision of the finite costs and no overflow can occur; the pairs form an
 * ordered group, so Crouse's Dijkstra with potentials runs on them unchanged. This path, used only when
 * some cell is forbidden, starts from a row reduction only and takes about 4–5× the time of the finite one
 * at n = 1,000.
 * Ties are broken deterministically.
 *
 * Complexity: O(r² · c) time for r = min(rows, cols), c = max(rows, cols); O(r · c) memory.
 *
 * @param matrix cost (or profit) matrix, `number[][]` or `{ rows, cols, data: Float64Array }` row-major
 * @param options `maximize` (default false), `duals` (default false), `signal`, `onProgress(rowsDone, rows)`
 * @returns `rowToCol`, `colToRow` (`-1` where unassigned), the `total` of the assigned entries and,
 * when asked for and no pair is forbidden, the `duals` certificate
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws {BanenmatchError} `NAN_INPUT` for a NaN cell, `INVALID_ARGUMENT` for a bad shape or an
 * infinity of the wrong sign, `ABORTED` when the signal fires
 * @example
 * const { rowToCol, total } = solveAssignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]]);
 * // rowToCol = Int32Array [1, 0, 2], total = 5
 */
export function solveAssignment(matrix: CostMatrix, options: DenseOptions = {}): AssignmentResult {
  const { maximize = false, duals = false, signal, onProgress } = optionsOf(options, WHAT);
  checkRunOptions(WHAT, signal, onProgress);
  throwIfAborted(signal, WHAT);
  const w = toWorkingMatrix(matrix, maximize);
  const { nr, nc, cost, forbidden, transposed } = w;
  const c4r = new Int32Array(nr).fill(-1);
  const r4c = new Int32Array(nc).fill(-1);
  let u: Float64Array | undefined;
  let v: Float64Array | undefined;
  if (nr > 0) {
    if (forbidden === undefined) {
      v = new Float64Array(nc);
      const free = new Int32Array(nr);
      const numFree =
        nr === nc ? initSquare(nr, cost, v, c4r, r4c, free) : reduceRows(nr, nc, cost, c4r, r4c, free);
      augment(nr, nc, cost, v, c4r, r4c, free, numFree, options);
      u = new Float64Array(nr);
      for (let i = 0; i < nr; i++) {
        const j = c4r[i]!;
        u[i] = cost[i * nc + j]! - v[j]!;
      }
    } else {
      augmentTwoLevel(nr, nc, cost, forbidden, c4r, r4c, options);
    }
  }
  let sum = 0;
  for (let i = 0; i < nr; i++) {
    const j = c4r[i]!;
    if (forbidden !== undefined && forbidden[i * nc + j] === 1) {
      c4r[i] = -1;
      r4c[j] = -1;
    } else if (j !== -1) {
      sum += cost[i * nc + j]!;
    }
  }
  throwIfAborted(signal, WHAT);
  onProgress?.(nr, nr);
  const total = maximize ? 0 - sum : sum;
  const rowToCol = transposed ? r4c : c4r;
  const colToRow = transposed ? c4r : r4c;
  if (!duals || forbidden !== undefined) return { rowToCol, colToRow, total };
  const ui = u ?? new Float64Array(nr);
  const vi = v ?? new Float64Array(nc);
  if (maximize) {
    for (let i = 0; i < nr; i++) ui[i] = 0 - ui[i]!;
    for (let j = 0; j < nc; j++) vi[j] = 0 - vi[j]!;
  }
  const d: Duals = transposed ? { u: vi, v: ui } : { u: ui, v: vi };
  return { rowToCol, colToRow, total, duals: d };
}
