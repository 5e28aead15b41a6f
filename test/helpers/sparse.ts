import { type SparseGraph, solveAssignment } from 'banenmatch';

/** One edge of a sparse assignment graph: row `y`, column `x`, weight `w`. */
export interface Edge {
  y: number;
  x: number;
  w: number;
}

/** The edges as the CSR graph `solveSparseAssignment` takes (rows in order, each row's edges as given). */
export function toCsr(rows: number, cols: number, edges: readonly Edge[]): SparseGraph {
  const sorted = [...edges].sort((a, b) => a.y - b.y);
  const offsets = new Array<number>(rows + 1).fill(0);
  for (const e of sorted) offsets[e.y + 1]!++;
  for (let y = 0; y < rows; y++) offsets[y + 1]! += offsets[y]!;
  return { rows, cols, offsets, targets: sorted.map((e) => e.x), weights: sorted.map((e) => e.w) };
}

/** Dense oracle: each row also gets a private dummy column at weight 0, so staying unmatched is allowed. */
export function denseOracle(rows: number, cols: number, edges: readonly Edge[]): number {
  const m = Array.from({ length: rows }, (_, y) =>
    Array.from({ length: cols + rows }, (_, x) => (x === cols + y ? 0 : Number.NEGATIVE_INFINITY)),
  );
  for (const e of edges) if (e.w > 0) m[e.y]![e.x] = e.w;
  return solveAssignment(m, { maximize: true }).total;
}
