import { type SparseGraph, solveAssignment, type solveSparseAssignment } from 'banenmatch';
import { expect } from 'vitest';

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

/**
 * The total of the pairs a sparse result uses, each checked to be an edge of positive weight, with
 * `rowToCol` and `colToRow` checked to be each other's inverse.
 */
export function usedTotal(edges: readonly Edge[], r: ReturnType<typeof solveSparseAssignment>): number {
  let total = 0;
  r.rowToCol.forEach((x, y) => {
    if (x === -1) return;
    expect(r.colToRow[x]).toBe(y);
    const e = edges.find((d) => d.y === y && d.x === x);
    expect(e?.w).toBeGreaterThan(0);
    total += e!.w;
  });
  r.colToRow.forEach((y, x) => {
    if (y !== -1) expect(r.rowToCol[y]).toBe(x);
  });
  return total;
}
