import { type SparseGraph, solveSparseAssignment } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowBounds } from '../../src/assignment/sparse/row-bounds.js';
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

describe('solveSparseAssignment: rows re-sorted by the bounds of their reduced costs', () => {
  it('keeps each row sorted by cost − price, stably, so columns still free stay in their order by cost', () => {
    // Row 0: columns 0..4 at costs −5, −4, −4, −3, −1 (sorted by cost). Columns 0 and 3 have been
    // taken and their prices fell to −2 and −0.5; the others are free (price 0).
    const g = {
      offsets: Int32Array.of(0, 5),
      targets: Int32Array.of(0, 1, 2, 3, 4),
      costs: Float64Array.of(-5, -4, -4, -3, -1),
    };
    const bounds = new RowBounds(g);
    expect([...bounds.keys]).toEqual([-5, -4, -4, -3, -1]);
    const v = new Float64Array(4 * 5);
    v[0] = -2;
    v[12] = -0.5;
    bounds.waste[0] = 9;
    bounds.resort(0, v);
    // Bounds −3, −4, −4, −2.5, −1: the free columns 1 and 2 (equal cost) keep their order.
    expect([...g.targets]).toEqual([1, 2, 0, 3, 4]);
    expect([...bounds.keys]).toEqual([-4, -4, -3, -2.5, -1]);
    expect([...g.costs]).toEqual([-4, -4, -5, -3, -1]);
    expect(bounds.waste[0]).toBe(0);
  });

  it('re-sorts only its own row: the next row keeps its bounds and order', () => {
    // Rows 0 and 1 both list columns 0 and 1 (costs −5, −4 and −3, −2); column 0's price fell to −2.
    // Row 0's bounds become −3, −4 (re-sorted to −4, −3); row 1's stay its costs −3, −2 (as cost −
    // price its first would be −1, above its second: out of order, so a scan could stop too soon).
    const g = {
      offsets: Int32Array.of(0, 2, 4),
      targets: Int32Array.of(0, 1, 0, 1),
      costs: Float64Array.of(-5, -4, -3, -2),
    };
    const bounds = new RowBounds(g);
    const v = new Float64Array(4 * 2);
    v[0] = -2;
    bounds.resort(0, v);
    expect([...bounds.keys]).toEqual([-4, -3, -3, -2]);
    expect([...g.targets]).toEqual([1, 0, 0, 1]);
    expect([...g.costs]).toEqual([-4, -5, -3, -2]);
  });

  it('gives the dense optimum on the engine’s shape: vacancies of identical slots, close scores', () => {
    // 150–220 candidates list 10 of 90 vacancies each, a vacancy 1–3 positions (identical columns, as
    // the placement solver builds them; about 180 in all, so both the wide and the transposed path),
    // scores of a few values (ties) or close reals: most rows are left to the searches, which scan the
    // same rows again and again, so rows are re-sorted (about 9 times a graph).
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), fc.integer({ min: 150, max: 220 }), (seed, ties, rows) => {
        let s = seed >>> 0;
        const next = () => {
          s = (Math.imul(s, 1103515245) + 12345) >>> 0;
          return s / 2 ** 32;
        };
        const slots = Array.from({ length: 90 }, () => 1 + Math.floor(next() * 3));
        const first = slots.map((_, v) => slots.slice(0, v).reduce((a, b) => a + b, 0));
        const cols = first[89]! + slots[89]!;
        const edges: Edge[] = [];
        for (let y = 0; y < rows; y++) {
          const listed = new Set<number>();
          while (listed.size < 10) listed.add(Math.floor(next() * 90));
          for (const v of listed) {
            const w = ties ? 1 + Math.floor(next() * 3) / 4 : 0.6 + next() * 0.1;
            for (let k = 0; k < slots[v]!; k++) edges.push({ y, x: first[v]! + k, w });
          }
        }
        const r = solveSparseAssignment(toCsr(rows, cols, edges));
        const best = denseOracle(rows, cols, edges);
        expect(usedTotal(edges, r)).toBeCloseTo(best, 9);
        expect(r.total).toBeCloseTo(best, 9);
      }),
      { numRuns: 40 },
    );
  });
});

describe('solveSparseAssignment: searches that end at a row’s dummy (the row stays unmatched)', () => {
  it('leaves the searching row itself unmatched when every path through it costs more than it gains', () => {
    // Row 0: columns 0, 1, 2 at 2, 7, 8; row 1: columns 1, 2 at 3, 5; row 2: columns 1, 2 at 2, 3.
    // Best: row 0 → 1 (7) and row 1 → 2 (5), 12; row 2 can only get a column by pushing row 0 to
    // column 0 (2 + 5 + 2 = 9) or worse, so the last search ends at its own dummy.
    const edges: Edge[] = [
      { y: 0, x: 0, w: 2 },
      { y: 0, x: 1, w: 7 },
      { y: 0, x: 2, w: 8 },
      { y: 1, x: 1, w: 3 },
      { y: 1, x: 2, w: 5 },
      { y: 2, x: 1, w: 2 },
      { y: 2, x: 2, w: 3 },
    ];
    const { result, seen } = run(toCsr(3, 3, edges));
    expect([...result.rowToCol]).toEqual([1, 2, -1]);
    expect([...result.colToRow]).toEqual([-1, 0, 1]);
    expect(result.total).toBe(12);
    expect(denseOracle(3, 3, edges)).toBe(12);
    expect(seen).toEqual([
      [2, 3],
      [3, 3],
    ]);
  });

  it('lets a matched row give up its column to the searching row when that gains more', () => {
    // Row 0: column 0 at 5; row 1: columns 0, 1 at 8, 8; row 2: columns 0, 1, 2 at 9, 9, 2.
    // Best: row 2 → 0 (9) and row 1 → 1 (8), 17, row 0 unmatched (against 5 + 8 + 2 = 15 with every
    // row matched): the search from the free row ends at row 0's dummy, and the columns shift along.
    const edges: Edge[] = [
      { y: 0, x: 0, w: 5 },
      { y: 1, x: 0, w: 8 },
      { y: 1, x: 1, w: 8 },
      { y: 2, x: 0, w: 9 },
      { y: 2, x: 1, w: 9 },
      { y: 2, x: 2, w: 2 },
    ];
    const { result, seen } = run(toCsr(3, 3, edges));
    expect([...result.rowToCol]).toEqual([-1, 1, 0]);
    expect([...result.colToRow]).toEqual([2, 1, -1]);
    expect(result.total).toBe(17);
    expect(denseOracle(3, 3, edges)).toBe(17);
    expect(seen).toEqual([
      [2, 3],
      [3, 3],
    ]);
  });
});

describe('solveSparseAssignment: a search that reads a long row past its 64 sorted edges', () => {
  it('sorts the rest of a long row that a search reaches, so the scan finds its best free column', () => {
    // Rows 0–61 hold columns 2–63 at 60 each. Row 62 has 129 edges (a long row: only its 64 best are
    // sorted up front): columns 0 and 1 at 100 and 2–63 at 40, then in the caller's order column 64
    // at 10, columns 65–127 at 5 and column 128 at 30. Rows 63 and 64 want columns 0 and 1 at 80.
    // Best: rows 63 and 64 on columns 0 and 1 and row 62 on column 128, 62 · 60 + 160 + 30 = 3,910
    // (row 62 on column 0 or 1 gives 3,900). The row reduction reads only row 62's first edges and
    // leaves row 64 to one search, which reaches row 62 through its column and reads all 64 sorted
    // edges (columns 2–63 are held, no sink). Sorted, the rest starts with column 128; read unsorted,
    // the scan takes column 64 (10), stops at the 5 behind it and the total is 3,900; so it does
    // when the rest is sorted but its bounds are left as they were (the caller's order).
    const edges: Edge[] = [];
    for (let y = 0; y < 62; y++) edges.push({ y, x: 2 + y, w: 60 });
    edges.push({ y: 62, x: 0, w: 100 }, { y: 62, x: 1, w: 100 });
    for (let x = 2; x < 64; x++) edges.push({ y: 62, x, w: 40 });
    edges.push({ y: 62, x: 64, w: 10 });
    for (let x = 65; x < 128; x++) edges.push({ y: 62, x, w: 5 });
    edges.push({ y: 62, x: 128, w: 30 });
    for (const y of [63, 64]) edges.push({ y, x: 0, w: 80 }, { y, x: 1, w: 80 });
    const { result, seen } = run(toCsr(65, 129, edges));
    expect(result.total).toBe(3910);
    expect(usedTotal(edges, result)).toBe(3910);
    expect(result.rowToCol[62]).toBe(128);
    expect(new Set([result.rowToCol[63], result.rowToCol[64]])).toEqual(new Set([0, 1]));
    expect(denseOracle(65, 129, edges)).toBe(3910);
    expect(seen).toEqual([
      [64, 65],
      [65, 65],
    ]);
  });
});

describe('solveSparseAssignment: a column reached twice in one search', () => {
  it('skips the column’s older, farther heap entry when it pops before the search ends', () => {
    // Found by a scan of random graphs (weights 100–113, so no row's dummy ends a search early). In
    // the first search (from row 3) column 5 enters the heap at distance 8 from row 3 and again at 0
    // from row 1; it is settled at 0, and its entry at 8 pops before the search ends (at 93, row 8's
    // dummy). Taken for a column to settle, it would lower column 5's price and raise its row's
    // potential a second time: the next search then starts from prices that are no longer feasible
    // and the total is 762 instead of 764.
    const w: [number, number, number][] = [
      [0, 7, 111],
      [0, 0, 104],
      [0, 5, 109],
      [1, 10, 103],
      [1, 8, 108],
      [1, 5, 110],
      [1, 9, 113],
      [2, 3, 102],
      [2, 8, 104],
      [3, 5, 112],
      [3, 10, 113],
      [4, 9, 109],
      [5, 7, 106],
      [5, 5, 108],
      [6, 0, 103],
      [7, 7, 111],
      [7, 3, 112],
      [7, 5, 113],
      [8, 3, 100],
    ];
    const edges: Edge[] = w.map(([y, x, weight]) => ({ y, x, w: weight }));
    const { result, seen } = run(toCsr(9, 11, edges));
    expect([...result.rowToCol]).toEqual([7, 8, -1, 10, 9, 5, 0, 3, -1]);
    expect(result.total).toBe(764);
    expect(usedTotal(edges, result)).toBe(764);
    expect(denseOracle(9, 11, edges)).toBe(764);
    expect(seen).toEqual([
      [7, 9],
      [8, 9],
      [9, 9],
    ]);
  });
});
