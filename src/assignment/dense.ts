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
 * Initialisation of Jonker & Volgenant (1987) for a square matrix: column reduction, reduction
 * transfer and two passes of augmenting row reduction (an auction-like step). Leaves prices `v` such
 * that every assigned row's column has its least reduced cost `c[i][j] - v[j]`.
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
  // Column minima, read row by row for memory locality; strict `<` keeps the first row on ties.
  const argmin = new Int32Array(n);
  for (let j = 0; j < n; j++) v[j] = cost[j]!;
  for (let i = 1; i < n; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const c = cost[base + j]!;
      if (c < v[j]!) {
        v[j] = c;
        argmin[j] = i;
      }
    }
  }
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
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const m = matches[i]!;
    if (m === 0) {
      free[numFree++] = i;
    } else if (m === 1) {
      const j1 = c4r[i]!;
      let min = Number.POSITIVE_INFINITY;
      const base = i * n;
      for (let j = 0; j < n; j++) {
        if (j === j1) continue;
        const h = cost[base + j]! - v[j]!;
        if (h < min) min = h;
      }
      if (min !== Number.POSITIVE_INFINITY) v[j1] = v[j1]! - min;
    }
  }
  // Augmenting row reduction; the budget stops price cycling at rounding level from running long.
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
      const base = i * n;
      let umin = cost[base]! - v[0]!;
      let j1 = 0;
      let j2 = -1;
      let usubmin = Number.POSITIVE_INFINITY;
      for (let j = 1; j < n; j++) {
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
 * Shortest augmenting path from each free row (the augmentation of Jonker & Volgenant 1987; Crouse
 * 2016 shows the same search solves rectangular problems when free columns keep price 0). Dijkstra over
 * columns on reduced costs `c[i][j] - u[i] - v[j]` with `u` implicit; all columns at the current least
 * distance form one batch, and a free column in the batch ends the search. Columns live in one
 * permuted list, so ties are broken in a fixed scan order.
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
  // Distance and price of the column at position k of `cols` sit side by side at dv[2k], dv[2k + 1]
  // and move with it, so the scan loops read them in order; only the cost row goes through `cols`.
  const dv = new Float64Array(2 * nc);
  const pred = new Int32Array(nc);
  const cols = new Int32Array(nc);
  const { signal, onProgress } = options;
  const step = progressStep(numFree);
  const assignedBefore = nr - numFree;
  for (let f = 0; f < numFree; f++) {
    // Checking the signal is one property read; each search may take a while, so check every one.
    throwIfAborted(signal, WHAT);
    if (f % step === 0) onProgress?.(assignedBefore + f, nr);
    const freeRow = free[f]!;
    const fb = freeRow * nc;
    for (let j = 0; j < nc; j++) {
      const vj = v[j]!;
      dv[2 * j + 1] = vj;
      dv[2 * j] = cost[fb + j]! - vj;
      pred[j] = freeRow;
      cols[j] = j;
    }
    // Positions [0, low): settled; [low, up): at distance `min`, to scan; [up, nc): not settled.
    let low = 0;
    let up = 0;
    let last = 0;
    let min = 0;
    let end = -1;
    while (end === -1) {
      if (up === low) {
        last = low - 1;
        min = dv[2 * up++]!;
        for (let k = up; k < nc; k++) {
          const h = dv[2 * k]!;
          if (h <= min) {
            if (h < min) {
              up = low;
              min = h;
            }
            const j = cols[k]!;
            cols[k] = cols[up]!;
            cols[up] = j;
            dv[2 * k] = dv[2 * up]!;
            dv[2 * up] = h;
            const vj = dv[2 * k + 1]!;
            dv[2 * k + 1] = dv[2 * up + 1]!;
            dv[2 * up + 1] = vj;
            up++;
          }
        }
        for (let k = low; k < up; k++) {
          const j = cols[k]!;
          if (r4c[j] === -1) {
            end = j;
            break;
          }
        }
      }
      if (end === -1) {
        const j1 = cols[low]!;
        const i = r4c[j1]!;
        const base = i * nc;
        const h = cost[base + j1]! - dv[2 * low + 1]! - min;
        low++;
        for (let k = up; k < nc; k++) {
          const j = cols[k]!;
          const reduced = cost[base + j]! - dv[2 * k + 1]! - h;
          if (reduced < dv[2 * k]!) {
            pred[j] = i;
            dv[2 * k] = reduced;
            if (reduced === min) {
              if (r4c[j] === -1) {
                end = j;
                break;
              }
              cols[k] = cols[up]!;
              cols[up] = j;
              dv[2 * k] = dv[2 * up]!;
              dv[2 * up] = reduced;
              const vj = dv[2 * k + 1]!;
              dv[2 * k + 1] = dv[2 * up + 1]!;
              dv[2 * up + 1] = vj;
              up++;
            }
          }
        }
      }
    }
    for (let k = 0; k <= last; k++) {
      const j = cols[k]!;
      v[j] = v[j]! + dv[2 * k]! - min;
    }
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
 * some cell is forbidden, starts from a row reduction only and takes about 3× the time of the finite one.
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
