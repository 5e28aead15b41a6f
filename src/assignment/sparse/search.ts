import { throwIfAborted } from '../../errors.js';
import { type Compact, transpose, WHAT } from './graph.js';
import { Heap } from './heap.js';
import { reduceRows } from './reduce-rows.js';
import { RowBounds } from './row-bounds.js';
import { SortedRows } from './sort-rows.js';

/**
 * The shortest-augmenting-path solver (see {@link solveSparseAssignment}) on one checked graph of
 * `graphRows` rows and `graphCols` columns; returns the column of each row (−1: none).
 */
export function solveComponent(
  checked: Compact,
  graphRows: number,
  graphCols: number,
  signal: AbortSignal | undefined,
  onProgress: (rowsDone: number) => void,
): Int32Array {
  // The smaller side searches: with more rows than columns most rows end unmatched, and each of their
  // searches would scan everything cheaper than staying unmatched; so tall graphs are transposed.
  const tall = graphRows > graphCols;
  const sorted = tall ? transpose(checked, graphCols) : checked;
  const lazy = new SortedRows(sorted);
  const sortedEnd = lazy.sortedEnd;
  const { offsets, targets, costs } = sorted;
  const rows = tall ? graphCols : graphRows;
  const cols = tall ? graphRows : graphCols;
  const c4r = new Int32Array(rows).fill(-1);
  const r4c = new Int32Array(cols).fill(-1);
  // Potentials: reduced cost of edge (i, j) is cost - u[i] - v[j] >= 0; a row's dummy has v = 0.
  // Column j keeps its potential at v[4j], its search distance at v[4j + 1] and its mark at v[4j + 2]
  // (2·search + 1 once settled in that search, 2·search while only reached): one visit reads one block.
  const u = new Float64Array(rows);
  const v = new Float64Array(4 * cols);
  const free = new Int32Array(rows);
  let numFree = 0;
  // Stryker disable next-line EqualityOperator: row `rows` has offsets[rows + 1] undefined, never greater (`<=`)
  for (let i = 0; i < rows; i++) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a row of no edge listed as free (`>=`, `true`) is dropped by the row reduction, whose best for it is its dummy (`false` is killed)
    if (offsets[i + 1]! > offsets[i]!) free[numFree++] = i;
  }
  numFree = reduceRows(lazy, rows, offsets, targets, costs, v, c4r, r4c, free, numFree);
  // Stryker disable next-line EqualityOperator: c4r[rows] is undefined, never -1, and offsets[rows + 1] undefined ends the scan at once (`<=`)
  for (let i = 0; i < rows; i++) {
    const j = c4r[i]!;
    // Stryker disable next-line ConditionalExpression: an unmatched row (`false`) has no edge to -1, so its potential stays 0 until its search sets it (`true` is killed)
    if (j === -1) continue;
    // Stryker disable next-line EqualityOperator: the row's own column is among its edges, so the scan stops before the end
    for (let k = offsets[i]!, to = offsets[i + 1]!; k < to; k++) {
      if (targets[k] === j) {
        u[i] = costs[k]! - v[4 * j]!;
        break;
      }
    }
  }
  // Rows sorted by a bound of each edge's reduced cost (see RowBounds); the scans stop by it. The stop
  // allows for rounding: a bound a little past the search's (by 2^-40 of the magnitudes in the sum)
  // proves every later edge's computed reduced cost at least the search's bound.
  const bounds = new RowBounds(sorted);
  const { keys, waste } = bounds;
  const finish = (y: number) => {
    const from = sortedEnd[y]!;
    lazy.finish(y);
    bounds.sortedFrom(y, from);
  };
  let largest = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,MethodExpression,UnaryOperator: the rounding margin's scale only (0 or NaN instead of the largest weight moves the scans' stop by rounding-sized amounts or drops it)
  for (let k = 0; k < costs.length; k++) largest = Math.max(largest, -costs[k]!);
  const pred = new Int32Array(cols);
  const settledCols = new Int32Array(cols);
  const scannedRows = new Int32Array(rows);
  const heap = new Heap();
  const step = Math.max(1, Math.min(1024, Math.floor(numFree / 100)));
  const before = rows - numFree;
  for (let f = 0; f < numFree; f++) {
    // One search near the end can scan much of the graph, so the signal is checked before each.
    throwIfAborted(signal, WHAT);
    if (f % step === 0) onProgress(Math.floor((graphRows * (before + f)) / rows));
    const source = free[f]!;
    const reached = 2 * f + 2;
    // Stryker disable next-line ArithmeticOperator: `reached - 1` is also a mark no earlier search used and unlike `reached`
    const done = reached + 1;
    // A free row's potential: its least reduced cost, its dummy (0) included. Any value gives the same
    // search: every path starts with one of the row's edges or its dummy, so all distances and the
    // bound shift by the same amount, which `u[source] + minVal` below takes back. The least keeps the
    // reduced costs >= 0 and the numbers small.
    let us = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement,ArithmeticOperator: the potential is a normalisation (above): no scan, one edge more or another row's edges give the same search
    for (let k = offsets[source]!, to = offsets[source + 1]!, unsorted = sortedEnd[source]!; k < to; k++) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: sorting the rest at the first edge (`!==`, `true`) only sorts it sooner; unsorted (`false`), the potential is a normalisation (above) and the scans below sort it
      if (k === unsorted) finish(source);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the stop only saves time; a later edge's reduced cost is at least its bound (us <= 0: no rounding margin needed, see below)
      if (keys[k]! >= us) break;
      // Stryker disable next-line ArithmeticOperator: the potential is a normalisation (above)
      const r = costs[k]! - v[4 * targets[k]!]!;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the potential is a normalisation (above); on a tie `<=` stores the same value
      if (r < us) us = r;
    }
    u[source] = us;
    heap.size = 0;
    let nRows = 0;
    let nCols = 0;
    let i = source;
    let d = 0;
    // Best sink found so far (a free column, or a reached row's dummy) and its distance: only columns
    // nearer than it can lie on a shorter path, so nothing farther enters the heap.
    let bound = Number.POSITIVE_INFINITY;
    // Stryker disable next-line UnaryOperator: the first row's dummy always replaces it (its distance is finite, the bound infinite)
    let sink = -1;
    for (;;) {
      scannedRows[nRows++] = i;
      const ui = u[i]!;
      // The row's own dummy: reduced cost 0 - u[i] - 0.
      // Stryker disable next-line EqualityOperator: on a tie the dummy and the sink found before are equally near; either ends a shortest path
      if (d - ui < bound) {
        bound = d - ui;
        sink = cols + i;
      }
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,LogicalOperator: when a row is re-sorted only decides how soon its scans stop: its keys stay lower bounds in order (re-sorted before its rest is sorted, the whole row is in order of cost − price, and the rest sorted later by cost lies behind), so the same optimum
      if (4 * waste[i]! > offsets[i + 1]! - offsets[i]! && sortedEnd[i] === offsets[i + 1])
        bounds.resort(i, v);
      // Stryker disable next-line ArithmeticOperator,UnaryOperator: the rounding margin (2^-40 of the magnitudes): another one moves the stop by rounding-sized amounts (exact sums: none) or drops it
      const margin = 2 ** -40 * (largest + 2 * d + 2 * Math.abs(ui));
      // Stryker disable next-line ArithmeticOperator,UnaryOperator: the rounding margin, as above
      let limit = bound + margin + 2 ** -39 * Math.abs(bound);
      let vain = 0;
      for (let k = offsets[i]!, to = offsets[i + 1]!, unsorted = sortedEnd[i]!; k < to; k++) {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: sorting the rest at the first edge (`!==`), or at every edge (`true`: once sorted, a call sorts an empty range), only sorts it sooner, in the same order; hides `false`, killed (sparse-search, the long row)
        if (k === unsorted) finish(i);
        // r >= d + key - ui, and the row is sorted by key: the rest is no nearer.
        // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the stop only saves time; `r >= bound` below skips what it would have skipped; `+ ui` only stops later (u <= 0: a row's dummy keeps its reduced cost −u >= 0); hides `d - keys[k]`, killed (sparse-search, the long row)
        if (d + keys[k]! - ui >= limit) break;
        const j = targets[k]!;
        const m = v[4 * j + 2]!;
        if (m === done) continue;
        const r = d + costs[k]! - ui - v[4 * j]!;
        // Stryker disable next-line EqualityOperator: a column at exactly the bound (`>`) is a sink as near as the one found, or enters the heap and is never settled
        if (r >= bound) {
          // Stryker disable next-line UpdateOperator: the count of reads in vain only decides when the row is re-sorted (above)
          vain++;
          continue;
        }
        if (r4c[j] === -1) {
          bound = r;
          // Stryker disable next-line ArithmeticOperator,UnaryOperator: the rounding margin, as above
          limit = bound + margin + 2 ** -39 * Math.abs(bound);
          sink = j;
          pred[j] = i;
        } else if (
          m !== reached ||
          // Stryker disable next-line EqualityOperator: a predecessor at an equal distance (`<=`) gives a path as short
          r < v[4 * j + 1]!
        ) {
          v[4 * j + 2] = reached;
          v[4 * j + 1] = r;
          pred[j] = i;
          heap.push(r, j);
        }
      }
      // Stryker disable next-line ArithmeticOperator: the count of reads in vain only decides when the row is re-sorted (above)
      waste[i] = waste[i]! + vain;
      let next = -1;
      // Stryker disable next-line EqualityOperator: an empty heap's top (`>= 0`) is an entry already popped, of a settled column: skipped, and the search ends
      while (heap.size > 0) {
        const key = heap.keys[0]!;
        // Stryker disable next-line EqualityOperator: a column settled at exactly the bound (`>`) changes no price and reaches nothing nearer
        if (key >= bound) break;
        const node = heap.nodes[0]!;
        heap.pop();
        // A column is pushed again only with a smaller key, which pops first and settles it (mark
        // `done`): its older entries are stale and skipped (both tests fail for them).
        if (
          // Stryker disable next-line LogicalOperator,ConditionalExpression: `||`, or the key test alone (this test `true`), takes no stale entry either: a stale entry's key is above its column's distance, and it pops only after the column's latest entry settled it (keys fall); hides the whole test as `true` or `false`, killed (sparse-search, a column reached twice)
          v[4 * node + 2] === reached &&
          // Stryker disable next-line ConditionalExpression: the mark test alone skips the stale entries (`true`)
          key === v[4 * node + 1]
        ) {
          next = node;
          d = key;
          break;
        }
      }
      if (next === -1) break;
      v[4 * next + 2] = done;
      settledCols[nCols++] = next;
      i = r4c[next]!;
    }
    const minVal = bound;
    u[source] = u[source]! + minVal;
    for (let k = 1; k < nRows; k++) {
      const r = scannedRows[k]!;
      u[r] = u[r]! + minVal - v[4 * c4r[r]! + 1]!;
    }
    for (let k = 0; k < nCols; k++) {
      const c = settledCols[k]!;
      v[4 * c] = v[4 * c]! - (minVal - v[4 * c + 1]!);
    }
    let j: number;
    if (sink >= cols) {
      // A row gives up its column and stays unmatched; its predecessor chain shifts by one.
      const k = sink - cols;
      if (k === source) continue;
      j = c4r[k]!;
      c4r[k] = -1;
      // Stryker disable next-line UnaryOperator: the path below starts at this column and writes its row over it
      r4c[j] = -1;
    } else {
      j = sink;
    }
    for (;;) {
      const r = pred[j]!;
      r4c[j] = r;
      const next = c4r[r]!;
      c4r[r] = j;
      if (r === source) break;
      j = next;
    }
  }
  // Transposed, the searching side's columns are the graph's rows.
  return tall ? r4c : c4r;
}
