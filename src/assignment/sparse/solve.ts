import { parseOptions } from '../../_internal/options.js';
import { throwIfAborted } from '../../errors.js';
import { runOptionsSchema } from '../options.js';
import type { AssignmentResult, RunOptions, SparseGraph } from '../types.js';
import { components } from './components.js';
import { type Compact, compact, WHAT } from './graph.js';
import { solveComponent } from './search.js';

/**
 * Maximum-weight matching of a sparse bipartite graph (for example the top-k candidates of each
 * vacancy): each row to at most one column and each column to at most one row, unmatched rows and
 * columns allowed, the largest total weight. Edges with weight `<= 0` are never used (they cannot add
 * to the total); parallel edges are rejected.
 *
 * Algorithm: successive shortest augmenting paths (Dijkstra with potentials on a binary heap) over
 * the graph in which every row may also take a private dummy column at weight 0 — the sparse form of
 * the Jonker–Volgenant/Crouse (2016) search that {@link solveAssignment} uses — after a bounded
 * augmenting row reduction (Jonker & Volgenant 1987). Each connected component is solved on its own
 * (in the order of its first row), and in each the smaller side searches (a component with more rows
 * than columns is transposed internally; its long rows are sorted by cost only as far as the scans
 * read). Exact: the result is an optimal matching up to
 * floating-point rounding in sums of weights (exact for integer weights whose sums stay below 2^53).
 *
 * Complexity: O(n · (m + n) log m) worst case for n rows and m edges. In practice the time goes to the
 * last augmenting paths when nearly every column is taken: 100,000 × 160,000 with 50 edges a row takes
 * well under a second, the square 100,000 × 100,000 case about 6 s, the tall 20,000 × 2,000 with 100
 * edges a row about 0.2 s (see `benchmarks/RESULTS.md`, assignment and sparse shapes).
 *
 * @param graph CSR graph `{ rows, cols, offsets, targets, weights }` (see {@link SparseGraph})
 * @param options `signal`, `onProgress(rowsDone, rows)`
 * @returns `rowToCol`, `colToRow` (`-1` where unmatched) and the `total` weight
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` for a malformed graph (offsets not monotone, a target out of
 * range, a repeated column in one row, an infinite weight), `NAN_INPUT` for a NaN weight, `ABORTED`
 * @example
 * // row 0 → columns 0 (w 3), 1 (w 2); row 1 → column 0 (w 2)
 * const r = solveSparseAssignment({ rows: 2, cols: 2, offsets: [0, 2, 3], targets: [0, 1, 0], weights: [3, 2, 2] });
 * // r.rowToCol = Int32Array [1, 0], r.total = 4
 */
export function solveSparseAssignment(graph: SparseGraph, options: RunOptions = {}): AssignmentResult {
  const { signal, onProgress } = parseOptions(runOptionsSchema, options, WHAT);
  throwIfAborted(signal, WHAT);
  const checked = compact(graph);
  const { rows, cols } = graph;
  const rowToCol = solveCompact(checked, cols, signal, onProgress);
  const colToRow = new Int32Array(cols).fill(-1);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i]!;
    // Stryker disable next-line ConditionalExpression: an unmatched row (`false`) writes colToRow[-1], ignored, and no edge targets -1 (`true` is killed)
    if (j === -1) continue;
    colToRow[j] = i;
    // Stryker disable next-line EqualityOperator: the row's own column is among its edges, so the scan stops before the end (`<=`; `>=` is killed)
    for (let k = checked.offsets[i]!, to = checked.offsets[i + 1]!; k < to; k++) {
      if (checked.targets[k] === j) {
        total -= checked.costs[k]!;
        break;
      }
    }
  }
  return { rowToCol, colToRow, total };
}

/**
 * @internal {@link solveSparseAssignment} on a graph already in the solver's form ({@link Compact}: every
 * edge a positive weight as its cost `-weight`, no column twice in a row, `cols` columns), for a caller
 * that builds it so (the placements), without the checks and the copy: the column of each row (−1:
 * none), the same as `solveSparseAssignment(...).rowToCol` on that graph.
 */
export function solveCompact(
  checked: Compact,
  cols: number,
  signal: AbortSignal | undefined,
  onProgress: ((done: number, total: number) => void) | undefined,
): Int32Array {
  const rows = checked.offsets.length - 1;
  const rowToCol = new Int32Array(rows).fill(-1);
  // Connected components share no row and no column: each is solved on its own (a smaller working
  // set), in the order of its first row; a row or column of no edge stays unmatched.
  const parts = components(checked, cols);
  let done = 0;
  const progress = (rowsDone: number) => onProgress?.(done + rowsDone, rows);
  for (let c = 0; c < parts.count; c++) {
    const part =
      parts.count === 1 ? { graph: checked, rowIds: undefined, colIds: undefined } : parts.extract(c);
    const partRows = part.graph.offsets.length - 1;
    const partCols = part.rowIds === undefined ? cols : part.colIds.length;
    const matched = solveComponent(part.graph, partRows, partCols, signal, progress);
    for (let i = 0; i < partRows; i++) {
      const j = matched[i]!;
      if (j < 0) continue;
      const row = part.rowIds === undefined ? i : part.rowIds[i]!;
      rowToCol[row] = part.colIds === undefined ? j : part.colIds[j]!;
    }
    done += partRows;
  }
  onProgress?.(rows, rows);
  return rowToCol;
}
