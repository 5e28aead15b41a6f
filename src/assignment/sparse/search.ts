import { throwIfAborted } from '../../errors.js';
import { type Compact, transpose, WHAT } from './graph.js';
import { Heap } from './heap.js';
import { reduceRows } from './reduce-rows.js';
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
  // Column j keeps its potential at v[2j] and its search distance at v[2j + 1]: one cache line per visit.
  const u = new Float64Array(rows);
  const v = new Float64Array(2 * cols);
  const free = new Int32Array(rows);
  let numFree = 0;
  for (let i = 0; i < rows; i++) {
    // Stryker disable next-line EqualityOperator: a row of no edge listed as free (`>=`) is dropped by the row reduction, whose best for it is its dummy
    if (offsets[i + 1]! > offsets[i]!) free[numFree++] = i;
  }
  numFree = reduceRows(lazy, rows, offsets, targets, costs, v, c4r, r4c, free, numFree);
  for (let i = 0; i < rows; i++) {
    const j = c4r[i]!;
    if (j === -1) continue;
    // Stryker disable next-line EqualityOperator: the row's own column is among its edges, so the scan stops before the end
    for (let k = offsets[i]!, to = offsets[i + 1]!; k < to; k++) {
      if (targets[k] === j) {
        u[i] = costs[k]! - v[2 * j]!;
        break;
      }
    }
  }
  const pred = new Int32Array(cols);
  // mark[j] = 2·search + 1 once column j is settled in that search, 2·search while it is only reached.
  const mark = new Int32Array(cols);
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
    const done = reached + 1;
    // A free row's potential: its least reduced cost, its dummy (0) included.
    let us = 0;
    for (let k = offsets[source]!, to = offsets[source + 1]!, unsorted = sortedEnd[source]!; k < to; k++) {
      // Stryker disable next-line EqualityOperator: sorting the rest at the first edge (`!==`) only sorts it sooner
      if (k === unsorted) lazy.finish(source);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the stop only saves time; a later edge's reduced cost is at least its cost
      if (costs[k]! >= us) break;
      const r = costs[k]! - v[2 * targets[k]!]!;
      // Stryker disable next-line EqualityOperator: on a tie `<=` stores the same value
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
      for (let k = offsets[i]!, to = offsets[i + 1]!, unsorted = sortedEnd[i]!; k < to; k++) {
        if (k === unsorted) lazy.finish(i);
        const lower = d + costs[k]! - ui;
        // r >= lower as prices are <= 0, and the row is sorted by cost: the rest is no nearer.
        // Stryker disable next-line ConditionalExpression,EqualityOperator: the stop only saves time; `r >= bound` below skips what it would have skipped
        if (lower >= bound) break;
        const j = targets[k]!;
        const m = mark[j]!;
        if (m === done) continue;
        const r = lower - v[2 * j]!;
        // Stryker disable next-line EqualityOperator: a column at exactly the bound (`>`) is a sink as near as the one found, or enters the heap and is never settled
        if (r >= bound) continue;
        if (r4c[j] === -1) {
          bound = r;
          sink = j;
          pred[j] = i;
        } else if (
          m !== reached ||
          // Stryker disable next-line EqualityOperator: a predecessor at an equal distance (`<=`) gives a path as short
          r < v[2 * j + 1]!
        ) {
          mark[j] = reached;
          v[2 * j + 1] = r;
          pred[j] = i;
          heap.push(r, j);
        }
      }
      let next = -1;
      while (heap.size > 0) {
        const key = heap.keys[0]!;
        // Stryker disable next-line EqualityOperator: a column settled at exactly the bound (`>`) changes no price and reaches nothing nearer
        if (key >= bound) break;
        const node = heap.nodes[0]!;
        heap.pop();
        if (mark[node] === reached && key === v[2 * node + 1]) {
          next = node;
          d = key;
          break;
        }
      }
      if (next === -1) break;
      mark[next] = done;
      settledCols[nCols++] = next;
      i = r4c[next]!;
    }
    const minVal = bound;
    u[source] = u[source]! + minVal;
    for (let k = 1; k < nRows; k++) {
      const r = scannedRows[k]!;
      u[r] = u[r]! + minVal - v[2 * c4r[r]! + 1]!;
    }
    for (let k = 0; k < nCols; k++) {
      const c = settledCols[k]!;
      v[2 * c] = v[2 * c]! - (minVal - v[2 * c + 1]!);
    }
    let j: number;
    if (sink >= cols) {
      // A row gives up its column and stays unmatched; its predecessor chain shifts by one.
      const k = sink - cols;
      if (k === source) continue;
      j = c4r[k]!;
      c4r[k] = -1;
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
