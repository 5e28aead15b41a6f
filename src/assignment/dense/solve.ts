import { parseOptions } from '../../_internal/options.js';
import { throwIfAborted } from '../../errors.js';
import { denseOptionsSchema } from '../options.js';
import type { AssignmentResult, CostMatrix, DenseOptions, Duals } from '../types.js';
import { toWorkingMatrix } from '../validate.js';
import { augment } from './augment.js';
import { initSquare, reduceRows } from './init.js';
import { WHAT } from './progress.js';
import { augmentTwoLevel } from './two-level.js';

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
  const { maximize, duals, signal, onProgress } = parseOptions(denseOptionsSchema, options, WHAT);
  throwIfAborted(signal, WHAT);
  const w = toWorkingMatrix(matrix, maximize);
  const { nr, nc, cost, forbidden, transposed } = w;
  const c4r = new Int32Array(nr).fill(-1);
  const r4c = new Int32Array(nc).fill(-1);
  let u: Float64Array | undefined;
  let v: Float64Array | undefined;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with no row the start and the searches run over nothing (`true`, `>= 0`; `false` is killed)
  if (nr > 0) {
    if (forbidden === undefined) {
      v = new Float64Array(nc);
      const free = new Int32Array(nr);
      const numFree =
        nr === nc ? initSquare(nr, cost, v, c4r, r4c, free) : reduceRows(nr, nc, cost, c4r, r4c, free);
      augment(nr, nc, cost, v, c4r, r4c, free, numFree, options);
      u = new Float64Array(nr);
      // Stryker disable next-line EqualityOperator: one row past the end writes past the end of u, ignored (`<=`; `>=` is killed)
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
    } else if (
      // Stryker disable next-line ConditionalExpression: every row is matched by the search (nr <= nc, forbidden cells included), so j is a column (`true`)
      j !== -1
    ) {
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
    // Stryker disable next-line EqualityOperator: one past the end writes past the end of the typed array, ignored (`<=`; `>=` is killed)
    for (let i = 0; i < nr; i++) ui[i] = 0 - ui[i]!;
    // Stryker disable next-line EqualityOperator: as above
    for (let j = 0; j < nc; j++) vi[j] = 0 - vi[j]!;
  }
  const d: Duals = transposed ? { u: vi, v: ui } : { u: ui, v: vi };
  return { rowToCol, colToRow, total, duals: d };
}
