import { DisjointSets } from '../_internal/disjoint-sets.js';
import { optionsOf } from '../_internal/guard.js';
import { BanenmatchError, throwIfAborted } from '../errors.js';
import type { AssignmentResult, RunOptions, SparseGraph } from './types.js';
import { checkRunOptions, invalid } from './validate.js';

const WHAT = 'solveSparseAssignment';

/** The positive-weight edges of a checked graph, as costs `-weight` in typed arrays. */
interface Compact {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly costs: Float64Array;
  readonly weights: Float64Array;
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0x7fffffff;
}

/** Checks a CSR graph and keeps its positive-weight edges. */
function compact(graph: SparseGraph): Compact {
  if (typeof graph !== 'object' || graph === null) {
    throw invalid(`${WHAT}: expected a graph { rows, cols, offsets, targets, weights }`);
  }
  const { rows, cols, offsets, targets, weights } = graph;
  if (!isCount(rows) || !isCount(cols)) {
    throw invalid(`${WHAT}: expected non-negative integer rows and cols`);
  }
  for (const [name, a] of [
    ['offsets', offsets],
    ['targets', targets],
    ['weights', weights],
  ] as const) {
    if (typeof a !== 'object' || a === null || typeof a.length !== 'number') {
      throw invalid(`${WHAT}: expected \`${name}\` to be an array or typed array`);
    }
  }
  if (offsets.length !== rows + 1) {
    throw invalid(
      `${WHAT}: expected \`offsets\` to have rows + 1 = ${rows + 1} entries, got ${offsets.length}`,
    );
  }
  const edges = targets.length;
  if (weights.length !== edges) {
    throw invalid(`${WHAT}: \`weights\` has ${weights.length} entries, \`targets\` has ${edges}`);
  }
  if (offsets[0] !== 0 || offsets[rows] !== edges) {
    throw invalid(`${WHAT}: expected offsets[0] = 0 and offsets[${rows}] = ${edges} (the number of edges)`);
  }
  const outOffsets = new Int32Array(rows + 1);
  let kept = 0;
  for (let k = 0; k < edges; k++) {
    const w = weights[k];
    if (typeof w === 'number' && w > 0) kept++;
  }
  const outTargets = new Int32Array(kept);
  const outCosts = new Float64Array(kept);
  const outWeights = new Float64Array(kept);
  const stamp = new Int32Array(cols);
  let e = 0;
  for (let y = 0; y < rows; y++) {
    const from = offsets[y]!;
    const to = offsets[y + 1]!;
    if (!Number.isInteger(to) || to < from) {
      throw invalid(
        `${WHAT}: offsets must be non-decreasing integers; offsets[${y + 1}] is not ≥ offsets[${y}]`,
      );
    }
    for (let k = from; k < to; k++) {
      const x = targets[k]!;
      if (!Number.isInteger(x) || x < 0 || x >= cols) {
        throw invalid(`${WHAT}: targets[${k}] (row ${y}) is not a column index in [0, ${cols})`);
      }
      if (stamp[x] === y + 1) throw invalid(`${WHAT}: row ${y} has column ${x} twice (targets[${k}])`);
      stamp[x] = y + 1;
      const w = weights[k]!;
      if (typeof w !== 'number' || !Number.isFinite(w)) {
        if (Number.isNaN(w))
          throw new BanenmatchError('NAN_INPUT', `${WHAT}: weights contains NaN at [${k}] (row ${y})`);
        throw invalid(`${WHAT}: weights[${k}] (row ${y}) is not a finite number`);
      }
      if (w > 0) {
        outTargets[e] = x;
        outCosts[e] = -w;
        outWeights[e] = w;
        e++;
      }
    }
    outOffsets[y + 1] = e;
  }
  return { offsets: outOffsets, targets: outTargets, costs: outCosts, weights: outWeights };
}

/** The same edges indexed by column (a counting sort by target), rows in ascending order. */
function transpose(g: Compact, cols: number): Compact {
  const rows = g.offsets.length - 1;
  const m = g.targets.length;
  const offsets = new Int32Array(cols + 1);
  for (let k = 0; k < m; k++) offsets[g.targets[k]! + 1]!++;
  for (let x = 0; x < cols; x++) offsets[x + 1] = offsets[x + 1]! + offsets[x]!;
  const fill = offsets.slice(0, cols);
  const targets = new Int32Array(m);
  const costs = new Float64Array(m);
  const weights = new Float64Array(m);
  for (let y = 0; y < rows; y++) {
    for (let k = g.offsets[y]!, to = g.offsets[y + 1]!; k < to; k++) {
      const x = g.targets[k]!;
      const at = fill[x]!;
      fill[x] = at + 1;
      targets[at] = y;
      costs[at] = g.costs[k]!;
      weights[at] = g.weights[k]!;
    }
  }
  return { offsets, targets, costs, weights };
}

/**
 * Sorts each row's edges by cost, best weight first (insertion sort: rows are short). Since prices
 * never rise above 0, an edge's reduced cost is at least its cost minus the row's potential, so scans
 * over a sorted row can stop at the first edge whose cost alone is too high.
 */
function sortByCost(g: Compact): void {
  const { offsets, targets, costs, weights } = g;
  const rows = offsets.length - 1;
  for (let y = 0; y < rows; y++) {
    const from = offsets[y]!;
    const to = offsets[y + 1]!;
    for (let a = from + 1; a < to; a++) {
      const c = costs[a]!;
      const t = targets[a]!;
      const w = weights[a]!;
      let b = a - 1;
      while (b >= from && costs[b]! > c) {
        costs[b + 1] = costs[b]!;
        targets[b + 1] = targets[b]!;
        weights[b + 1] = weights[b]!;
        b--;
      }
      costs[b + 1] = c;
      targets[b + 1] = t;
      weights[b + 1] = w;
    }
  }
}

/** A binary min-heap of (key, node) in typed arrays that grows by doubling; equal keys pop lower node first. */
class Heap {
  keys: Float64Array = new Float64Array(1024);
  nodes: Int32Array = new Int32Array(1024);
  size = 0;

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    const keys = this.keys;
    const nodes = this.nodes;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p]!;
      if (pk < key || (pk === key && nodes[p]! < node)) break;
      keys[i] = pk;
      nodes[i] = nodes[p]!;
      i = p;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes the top entry; read it from `keys[0]`, `nodes[0]` first. */
  pop(): void {
    const keys = this.keys;
    const nodes = this.nodes;
    const n = --this.size;
    const key = keys[n]!;
    const node = nodes[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      let ck = keys[c]!;
      const r = c + 1;
      if (r < n) {
        const rk = keys[r]!;
        if (rk < ck || (rk === ck && nodes[r]! < nodes[c]!)) {
          c = r;
          ck = rk;
        }
      }
      if (key < ck || (key === ck && node < nodes[c]!)) break;
      keys[i] = ck;
      nodes[i] = nodes[c]!;
      i = c;
    }
    keys[i] = key;
    nodes[i] = node;
  }
}

/**
 * Augmenting row reduction of Jonker & Volgenant (1987) on the sparse graph with private dummies (an
 * auction step with zero increment): a free row takes the column of least reduced cost `c - v`, lowers
 * that column's price to its second-best value and evicts the previous holder; a row whose best choice is
 * its dummy (0) stays unmatched for good. Prices only fall and free columns keep price 0, so the
 * potentials stay feasible for the shortest-path phase. A work budget bounds cycling on near-ties.
 * Column j's price is `v[2j]` (see {@link solveSparseAssignment}).
 * @returns the number of rows still free, listed at the start of `free`
 */
function reduceRows(
  rows: number,
  offsets: Int32Array,
  targets: Int32Array,
  costs: Float64Array,
  v: Float64Array,
  c4r: Int32Array,
  r4c: Int32Array,
  free: Int32Array,
  numFree: number,
): number {
  // Work budget in row steps. Measured on 100,000 × 100,000 with 50 edges a row (real and integer
  // weights): 16·rows 12.5 s, 64·rows 10.4 s, 256·rows 6.1 s, 1024·rows 9.8 s, 4096·rows 16.9 s — past
  // the best point the bids cycle on near-ties instead of freeing rows.
  let budget = 256 * rows;
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
      // Best and second-best reduced cost; -1 stands for the row's dummy at 0.
      let umin = 0;
      let j1 = -1;
      let usub = Number.POSITIVE_INFINITY;
      let j2 = -1;
      for (let e = offsets[i]!, to = offsets[i + 1]!; e < to; e++) {
        // Sorted by cost and prices <= 0: no later edge can beat the second best.
        if (costs[e]! >= usub) break;
        const j = targets[e]!;
        const h = costs[e]! - v[2 * j]!;
        if (h < usub) {
          if (h >= umin) {
            usub = h;
            j2 = j;
          } else {
            usub = umin;
            j2 = j1;
            umin = h;
            j1 = j;
          }
        }
      }
      if (j1 === -1) continue;
      let i0 = r4c[j1]!;
      if (umin < usub) {
        v[2 * j1] = v[2 * j1]! - (usub - umin);
      } else if (i0 !== -1) {
        if (j2 === -1) continue;
        j1 = j2;
        i0 = r4c[j2]!;
      }
      c4r[i] = j1;
      r4c[j1] = i;
      if (i0 !== -1) {
        c4r[i0] = -1;
        if (umin < usub) free[--k] = i0;
        else free[numFree++] = i0;
      }
    }
  }
  return numFree;
}

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
 * than columns is transposed internally). Exact: the result is an optimal matching up to
 * floating-point rounding in sums of weights (exact for integer weights whose sums stay below 2^53).
 *
 * Complexity: O(n · (m + n) log m) worst case for n rows and m edges. In practice the time goes to the
 * last augmenting paths when nearly every column is taken: 100,000 × 160,000 with 50 edges a row takes
 * well under a second, the square 100,000 × 100,000 case about 6 s (see benchmarks/results/assignment.md).
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
  const { signal, onProgress } = optionsOf(options, WHAT);
  checkRunOptions(WHAT, signal, onProgress);
  throwIfAborted(signal, WHAT);
  const checked = compact(graph);
  const { rows, cols } = graph;
  const rowToCol = new Int32Array(rows).fill(-1);
  const colToRow = new Int32Array(cols).fill(-1);
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
      const col = part.colIds === undefined ? j : part.colIds[j]!;
      rowToCol[row] = col;
      colToRow[col] = row;
    }
    done += partRows;
  }
  onProgress?.(rows, rows);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i]!;
    if (j === -1) continue;
    for (let k = checked.offsets[i]!, to = checked.offsets[i + 1]!; k < to; k++) {
      if (checked.targets[k] === j) {
        total += checked.weights[k]!;
        break;
      }
    }
  }
  return { rowToCol, colToRow, total };
}

/**
 * The connected components of a checked graph that have an edge, numbered by their first row, and the
 * subgraph of each: its rows and columns in ascending order (`rowIds`, `colIds`: their indices in the
 * whole graph), edges in the same order.
 */
function components(g: Compact, cols: number) {
  const rows = g.offsets.length - 1;
  // Rows are 0 .. rows − 1, columns rows + j.
  const sets = new DisjointSets(rows + cols);
  for (let i = 0; i < rows; i++) {
    for (let k = g.offsets[i]!, to = g.offsets[i + 1]!; k < to; k++) sets.union(i, rows + g.targets[k]!);
  }
  // Number the components with an edge by their first row. A set's root is its smallest member, so
  // the root of every component with an edge is a row.
  const label = new Int32Array(rows).fill(-1);
  const rowCount: number[] = [];
  let count = 0;
  for (let i = 0; i < rows; i++) {
    if (g.offsets[i + 1] === g.offsets[i]) continue;
    const r = sets.find(i);
    if (label[r] === -1) {
      label[r] = count++;
      rowCount.push(0);
    }
    label[i] = label[r]!;
    rowCount[label[i]!]!++;
  }
  const colLabel = new Int32Array(cols).fill(-1);
  for (let j = 0; j < cols; j++) {
    const r = sets.find(rows + j);
    if (r < rows) colLabel[j] = label[r]!;
  }
  // Members of each component, ascending: rows, then columns.
  const rowStart = new Int32Array(count + 1);
  for (let c = 0; c < count; c++) rowStart[c + 1] = rowStart[c]! + rowCount[c]!;
  const rowMembers = new Int32Array(rowStart[count]!);
  const rowFill = rowStart.slice(0, count);
  for (let i = 0; i < rows; i++) if (g.offsets[i + 1]! > g.offsets[i]!) rowMembers[rowFill[label[i]!]!++] = i;
  const colStart = new Int32Array(count + 1);
  for (let j = 0; j < cols; j++) if (colLabel[j]! >= 0) colStart[colLabel[j]! + 1]!++;
  for (let c = 0; c < count; c++) colStart[c + 1] = colStart[c + 1]! + colStart[c]!;
  const colMembers = new Int32Array(colStart[count]!);
  const colFill = colStart.slice(0, count);
  const local = new Int32Array(cols);
  for (let j = 0; j < cols; j++) {
    const c = colLabel[j]!;
    if (c < 0) continue;
    local[j] = colFill[c]! - colStart[c]!;
    colMembers[colFill[c]!++] = j;
  }
  return {
    count,
    extract(c: number): { graph: Compact; rowIds: Int32Array; colIds: Int32Array } {
      const rowIds = rowMembers.subarray(rowStart[c]!, rowStart[c + 1]!);
      const colIds = colMembers.subarray(colStart[c]!, colStart[c + 1]!);
      const offsets = new Int32Array(rowIds.length + 1);
      for (let i = 0; i < rowIds.length; i++) {
        const row = rowIds[i]!;
        offsets[i + 1] = offsets[i]! + g.offsets[row + 1]! - g.offsets[row]!;
      }
      const m = offsets[rowIds.length]!;
      const targets = new Int32Array(m);
      const costs = new Float64Array(m);
      const weights = new Float64Array(m);
      let e = 0;
      for (const row of rowIds) {
        for (let k = g.offsets[row]!, to = g.offsets[row + 1]!; k < to; k++, e++) {
          targets[e] = local[g.targets[k]!]!;
          costs[e] = g.costs[k]!;
          weights[e] = g.weights[k]!;
        }
      }
      return { graph: { offsets, targets, costs, weights }, rowIds, colIds };
    },
  };
}

/**
 * The shortest-augmenting-path solver (see {@link solveSparseAssignment}) on one checked graph of
 * `graphRows` rows and `graphCols` columns; returns the column of each row (−1: none).
 */
function solveComponent(
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
  sortByCost(sorted);
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
  for (let i = 0; i < rows; i++) if (offsets[i + 1]! > offsets[i]!) free[numFree++] = i;
  numFree = reduceRows(rows, offsets, targets, costs, v, c4r, r4c, free, numFree);
  for (let i = 0; i < rows; i++) {
    const j = c4r[i]!;
    if (j === -1) continue;
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
    for (let k = offsets[source]!, to = offsets[source + 1]!; k < to; k++) {
      if (costs[k]! >= us) break;
      const r = costs[k]! - v[2 * targets[k]!]!;
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
      if (d - ui < bound) {
        bound = d - ui;
        sink = cols + i;
      }
      for (let k = offsets[i]!, to = offsets[i + 1]!; k < to; k++) {
        const lower = d + costs[k]! - ui;
        // r >= lower as prices are <= 0, and the row is sorted by cost: the rest is no nearer.
        if (lower >= bound) break;
        const j = targets[k]!;
        const m = mark[j]!;
        if (m === done) continue;
        const r = lower - v[2 * j]!;
        if (r >= bound) continue;
        if (r4c[j] === -1) {
          bound = r;
          sink = j;
          pred[j] = i;
        } else if (m !== reached || r < v[2 * j + 1]!) {
          mark[j] = reached;
          v[2 * j + 1] = r;
          pred[j] = i;
          heap.push(r, j);
        }
      }
      let next = -1;
      while (heap.size > 0) {
        const key = heap.keys[0]!;
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
