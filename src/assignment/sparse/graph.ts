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
  return Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 0x7fffffff;
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
  // A weight that is not a number is refused below; the typeof keeps an object that cannot become a
  // primitive from throwing a TypeError here, before that check (test/reliability/fuzz.test.ts).
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
      if (!Number.isFinite(w)) {
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
