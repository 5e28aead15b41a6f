import { type SparseGraph, solveSparseAssignment } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { denseOracle, type Edge, toCsr, usedTotal } from '../helpers/sparse.js';

// The sparse solver's row reduction and searches on the cases its random properties rarely draw
// (issue 20): a price war that runs out of the reduction's work budget, where the searches must
// take over the rows the reduction left.

/** The progress reports of one run and its result. */
function run(graph: SparseGraph) {
  const seen: [number, number][] = [];
  const result = solveSparseAssignment(graph, { onProgress: (done, total) => seen.push([done, total]) });
  return { result, seen };
}

describe('solveSparseAssignment: the row reduction’s work budget', () => {
  it('stops a price war at rounding level and leaves its rows to the searches', () => {
    // Weights 10 + k/1000 in binary floating point: the bids lower prices by rounding-sized steps
    // and would cycle for a long time; the budget (256 steps a row) stops them with two rows free,
    // which two searches then match (found by a search over random 5 × 5 graphs).
    const k = [
      [8, 9, 4, 3, 0],
      [6, 4, 0, 4, 0],
      [7, 8, 3],
      [4, 8, 3, 5],
      [5, 9, 2, 2, 9],
    ];
    const edges: Edge[] = k.flatMap((row, y) => row.map((d, x) => ({ y, x, w: 10 + d * 0.001 })));
    const { result, seen } = run(toCsr(5, 5, edges));
    expect(seen).toEqual([
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(usedTotal(edges, result)).toBeCloseTo(denseOracle(5, 5, edges), 9);
    expect(result.total).toBeCloseTo(denseOracle(5, 5, edges), 9);
    expect([...result.rowToCol].filter((x) => x !== -1)).toHaveLength(5);
  });
});

describe('solveSparseAssignment: long rows sorted as far as the scans read', () => {
  it('sorts the rest of a long row when the row reduction reads past its best 64 edges', () => {
    // Rows 0–63 take columns 0–63 at 60 each, which lowers those prices to −60. Row 64 has 129 edges
    // (a long row: only its 64 best are sorted up front): columns 0–63 at 100 (reduced −40, two equal
    // least, so its scan reads all 64), then in the caller's order column 64 at 30, column 65 at 50
    // and columns 66–128 at 10. Sorted, column 65 (−50) beats the −40s: row 64 takes it and the best
    // total is 64 · 60 + 50 = 3,890. Read unsorted, the scan would stop at column 64's 30 and displace
    // one of rows 0–63 for 3,880.
    const edges: Edge[] = [];
    for (let y = 0; y < 64; y++) edges.push({ y, x: y, w: 60 });
    for (let x = 0; x < 64; x++) edges.push({ y: 64, x, w: 100 });
    edges.push({ y: 64, x: 64, w: 30 }, { y: 64, x: 65, w: 50 });
    for (let x = 66; x < 129; x++) edges.push({ y: 64, x, w: 10 });
    const { result } = run(toCsr(65, 129, edges));
    expect(result.total).toBe(3890);
    expect(usedTotal(edges, result)).toBe(3890);
    expect(result.rowToCol[64]).toBe(65);
    expect(denseOracle(65, 129, edges)).toBe(3890);
  });
});
