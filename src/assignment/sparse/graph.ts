import { BanenmatchError } from '../../errors.js';
import type { SparseGraph } from '../types.js';
import { invalid } from '../validate.js';

/** The name errors and aborts of the sparse solver carry. */
export const WHAT = 'solveSparseAssignment';

/**
 * The positive-weight edges of a checked graph, as costs `-weight` in typed arrays (negation is exact:
 * an edge's weight is `-cost`).
 */
export interface Compact {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly costs: Float64Array;
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0x7fffffff;
}

/** Checks a CSR graph and keeps its positive-weight edges. */
export function compact(graph: SparseGraph): Compact {
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
        e++;
      }
    }
    outOffsets[y + 1] = e;
  }
  return { offsets: outOffsets, targets: outTargets, costs: outCosts };
}

/** The same edges indexed by column (a counting sort by target), rows in ascending order. */
export function transpose(g: Compact, cols: number): Compact {
  const rows = g.offsets.length - 1;
  const m = g.targets.length;
  const offsets = new Int32Array(cols + 1);
  for (let k = 0; k < m; k++) offsets[g.targets[k]! + 1]!++;
  for (let x = 0; x < cols; x++) offsets[x + 1] = offsets[x + 1]! + offsets[x]!;
  const fill = offsets.slice(0, cols);
  const targets = new Int32Array(m);
  const costs = new Float64Array(m);
  for (let y = 0; y < rows; y++) {
    for (let k = g.offsets[y]!, to = g.offsets[y + 1]!; k < to; k++) {
      const x = g.targets[k]!;
      const at = fill[x]!;
      fill[x] = at + 1;
      targets[at] = y;
      costs[at] = g.costs[k]!;
    }
  }
  return { offsets, targets, costs };
}

/** Rows up to this long are sorted by insertion alone; longer ones (a tall graph transposed) by merging too. */
const RUN = 32;

/**
 * Sorts each row's edges by cost, best weight first, stably (equal costs keep their order, so the
 * order does not depend on the method). Since prices never rise above 0, an edge's reduced cost is at
 * least its cost minus the row's potential, so scans over a sorted row can stop at the first edge whose
 * cost alone is too high. Insertion sort on runs of {@link RUN} edges, then runs merged bottom-up
 * through scratch arrays allocated once: a tall graph transposed has rows of thousands of edges, where
 * insertion alone took 2.3 s on 20,000 × 2,000 with 100 edges a row.
 */
export function sortByCost(g: Compact): void {
  const { offsets, targets, costs } = g;
  const rows = offsets.length - 1;
  let longest = 0;
  for (let y = 0; y < rows; y++) longest = Math.max(longest, offsets[y + 1]! - offsets[y]!);
  const spare = longest > RUN ? longest : 0;
  const spareCosts = new Float64Array(spare);
  const spareTargets = new Int32Array(spare);
  for (let y = 0; y < rows; y++) {
    const start = offsets[y]!;
    const end = offsets[y + 1]!;
    for (let run = start; run < end; run += RUN) insertionSort(costs, targets, run, Math.min(end, run + RUN));
    if (end - start <= RUN) continue;
    // Merge passes alternate between the row (offset `start`) and the spare arrays (offset 0).
    let inRow = true;
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
