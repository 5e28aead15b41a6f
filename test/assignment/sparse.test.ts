import { type SparseGraph, solveSparseAssignment } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedRows } from '../../src/assignment/sparse/sort-rows.js';
import { codeOf } from '../helpers/errors.js';
import { denseOracle, type Edge, toCsr, usedTotal } from '../helpers/sparse.js';

const graphArb = (weight: fc.Arbitrary<number>) =>
  fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 })).chain(([rows, cols]) =>
    fc.tuple(
      fc.constant(rows),
      fc.constant(cols),
      fc.uniqueArray(
        fc.record({
          y: fc.integer({ min: 0, max: rows - 1 }),
          x: fc.integer({ min: 0, max: cols - 1 }),
          w: weight,
        }),
        { selector: (e) => `${e.y},${e.x}`, maxLength: rows * cols },
      ),
    ),
  );

/** A valid result of `g`: one entry per row and column, pairs on edges of positive weight, the stated total. */
function checkValid(
  g: SparseGraph,
  edges: readonly Edge[],
  r: ReturnType<typeof solveSparseAssignment>,
): void {
  expect(r.rowToCol).toHaveLength(g.rows);
  expect(r.colToRow).toHaveLength(g.cols);
  expect(r.total).toBeCloseTo(usedTotal(edges, r), 9);
}

describe('solveSparseAssignment', () => {
  it('solves a worked example', () => {
    // Row 0 → col 0 (3) alone gives 3; row 0 → col 1 (2) + row 1 → col 0 (2) gives 4.
    const r = solveSparseAssignment({
      rows: 2,
      cols: 2,
      offsets: [0, 2, 3],
      targets: [0, 1, 0],
      weights: [3, 2, 2],
    });
    expect([...r.rowToCol]).toEqual([1, 0]);
    expect([...r.colToRow]).toEqual([1, 0]);
    expect(r.total).toBe(4);
  });

  it('leaves a row unmatched when matching it costs more than it gains', () => {
    // Row 1 could only take col 0 by moving row 0 to col 1 (10 → 1): 1 + 2 = 3 < 10.
    const r = solveSparseAssignment({
      rows: 2,
      cols: 2,
      offsets: Int32Array.of(0, 2, 3),
      targets: Int32Array.of(0, 1, 0),
      weights: Float64Array.of(10, 1, 2),
    });
    expect([...r.rowToCol]).toEqual([0, -1]);
    expect(r.total).toBe(10);
  });

  it('never uses an edge with weight <= 0', () => {
    const r = solveSparseAssignment({
      rows: 2,
      cols: 1,
      offsets: [0, 1, 2],
      targets: [0, 0],
      weights: [0, -1],
    });
    expect([...r.rowToCol]).toEqual([-1, -1]);
    expect(r.total).toBe(0);
  });

  it('matches the dense solver (with private dummy columns) on random integer-weight graphs', () => {
    fc.assert(
      fc.property(graphArb(fc.integer({ min: -5, max: 20 })), ([rows, cols, edges]) => {
        const g = toCsr(rows, cols, edges);
        const r = solveSparseAssignment(g);
        checkValid(g, edges, r);
        expect(r.total).toBe(denseOracle(rows, cols, edges));
      }),
    );
  });

  it('matches the dense solver on random real-weight graphs', () => {
    const w = fc.double({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(graphArb(w), ([rows, cols, edges]) => {
        const g = toCsr(rows, cols, edges);
        const r = solveSparseAssignment(g);
        checkValid(g, edges, r);
        expect(r.total).toBeCloseTo(denseOracle(rows, cols, edges), 9);
      }),
    );
  });

  it('keeps the total when rows and columns are renumbered', () => {
    fc.assert(
      fc.property(
        graphArb(fc.integer({ min: 1, max: 9 })).chain(([rows, cols, edges]) =>
          fc.tuple(
            fc.constant({ rows, cols, edges }),
            fc.shuffledSubarray([...Array(rows).keys()], { minLength: rows, maxLength: rows }),
            fc.shuffledSubarray([...Array(cols).keys()], { minLength: cols, maxLength: cols }),
          ),
        ),
        ([{ rows, cols, edges }, py, px]) => {
          const base = solveSparseAssignment(toCsr(rows, cols, edges)).total;
          const moved = edges.map((e) => ({ y: py[e.y]!, x: px[e.x]!, w: e.w }));
          expect(solveSparseAssignment(toCsr(rows, cols, moved)).total).toBe(base);
        },
      ),
    );
  });

  // Tall graphs are solved transposed, and rows longer than 32 edges are sorted by merging: shapes of
  // up to 220 × 4 (and 4 × 220) with forbidden pairs (absent edges), weights <= 0 and rows of no usable edge.
  const lopsidedArb = fc
    .record({
      long: fc.integer({ min: 33, max: 220 }),
      short: fc.integer({ min: 1, max: 4 }),
      tall: fc.boolean(),
      density: fc.double({ min: 0.1, max: 1, noNaN: true }),
      seed: fc.integer(),
    })
    .map(({ long, short, tall, density, seed }) => {
      const rows = tall ? long : short;
      const cols = tall ? short : long;
      let s = seed >>> 0;
      const next = () => {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        return s / 2 ** 32;
      };
      const edges: Edge[] = [];
      for (let y = 0; y < rows; y++) {
        // Every seventh row has no edge at all.
        if (y % 7 === 3) continue;
        for (let x = 0; x < cols; x++) {
          if (next() < density) edges.push({ y, x, w: Math.floor(next() * 24) - 3 });
        }
      }
      return { rows, cols, edges };
    });

  it('gives the dense optimum on tall and wide graphs (transposed path, long rows)', () => {
    fc.assert(
      fc.property(lopsidedArb, ({ rows, cols, edges }) => {
        const g = toCsr(rows, cols, edges);
        const r = solveSparseAssignment(g);
        checkValid(g, edges, r);
        expect(r.total).toBe(denseOracle(rows, cols, edges));
        // The same problem with the sides swapped has the same optimum.
        const swapped = edges.map((e) => ({ y: e.x, x: e.y, w: e.w }));
        expect(solveSparseAssignment(toCsr(cols, rows, swapped)).total).toBe(r.total);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the dense optimum when vacancies compete for the same best candidates (deep scans)', () => {
    // 260 candidates × 80 vacancies, weight mostly the candidate's own quality: each vacancy's best
    // 64 candidates are wanted by all, so searches read past the part of a long row sorted up front.
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let s = seed >>> 0;
        const next = () => {
          s = (Math.imul(s, 1103515245) + 12345) >>> 0;
          return s / 2 ** 32;
        };
        const rows = 260;
        const cols = 80;
        const quality = Array.from({ length: rows }, () => Math.floor(next() * 50));
        const edges: Edge[] = [];
        for (let y = 0; y < rows; y++) {
          for (let x = 0; x < cols; x++) {
            if (next() < 0.9) edges.push({ y, x, w: quality[y]! + Math.floor(next() * 4) - 5 });
          }
        }
        const g = toCsr(rows, cols, edges);
        const r = solveSparseAssignment(g);
        checkValid(g, edges, r);
        expect(r.total).toBe(denseOracle(rows, cols, edges));
      }),
      { numRuns: 8 },
    );
  });

  it('sorts each row by cost stably: short rows at once, long ones best part first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: -9, max: -1 }), { maxLength: 300, size: 'max' }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rowCosts) => {
          const offsets = new Int32Array(rowCosts.length + 1);
          rowCosts.forEach((row, y) => {
            offsets[y + 1] = offsets[y]! + row.length;
          });
          const costs = Float64Array.from(rowCosts.flat());
          const targets = Int32Array.from(costs, (_, k) => k);
          const sorted = new SortedRows({ offsets, targets, costs });
          // Oracle: Array.prototype.sort is stable, so equal costs keep their original order.
          const expected = rowCosts.flatMap((row, y) =>
            row.map((c, i) => ({ c, k: offsets[y]! + i })).sort((a, b) => a.c - b.c),
          );
          rowCosts.forEach((_, y) => {
            const end = sorted.sortedEnd[y]!;
            for (let k = offsets[y]!; k < end; k++) expect(targets[k]).toBe(expected[k]!.k);
            // What is not sorted yet is no better than the sorted part.
            for (let k = end; k < offsets[y + 1]!; k++)
              expect(costs[k]).toBeGreaterThanOrEqual(costs[end - 1]!);
            sorted.finish(y);
          });
          expect([...targets]).toEqual(expected.map((e) => e.k));
          expect([...costs]).toEqual(expected.map((e) => e.c));
        },
      ),
    );
  });

  it('solves a 300-row top-20 graph like the dense solver', () => {
    // Deterministic pseudo-random graph: a linear congruential sequence, no Math.random.
    let s = 12345;
    const next = () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 2147483648;
    };
    const n = 300;
    const edges: Edge[] = [];
    for (let y = 0; y < n; y++) {
      const seen = new Set<number>();
      while (seen.size < 20) seen.add(Math.floor(next() * n));
      for (const x of seen) edges.push({ y, x, w: Math.floor(next() * 1000) });
    }
    const g = toCsr(n, n, edges);
    const r = solveSparseAssignment(g);
    checkValid(g, edges, r);
    expect(r.total).toBe(denseOracle(n, n, edges));
  });

  it('rejects malformed CSR input with clear codes', () => {
    const ok = { rows: 2, cols: 2, offsets: [0, 1, 2], targets: [0, 1], weights: [1, 1] };
    expect(codeOf(() => solveSparseAssignment(ok))).toBe('ok');
    expect(codeOf(() => solveSparseAssignment({ ...ok, offsets: [0, 2, 1] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => solveSparseAssignment({ ...ok, offsets: [0, 1] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => solveSparseAssignment({ ...ok, offsets: [1, 1, 2] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => solveSparseAssignment({ ...ok, targets: [0, 2] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => solveSparseAssignment({ ...ok, targets: [0, -1] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => solveSparseAssignment({ ...ok, weights: [1] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => solveSparseAssignment({ ...ok, weights: [1, Number.NaN] }))).toBe('NAN_INPUT');
    expect(codeOf(() => solveSparseAssignment({ ...ok, weights: [Number.POSITIVE_INFINITY, 1] }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      codeOf(() =>
        solveSparseAssignment({ rows: 1, cols: 2, offsets: [0, 2], targets: [1, 1], weights: [1, 2] }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => solveSparseAssignment({ ...ok, rows: -1 }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => solveSparseAssignment(null as unknown as SparseGraph))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => solveSparseAssignment({ ...ok, targets: [0, 0.5] }))).toBe('INVALID_ARGUMENT');
  });

  it('stops with ABORTED and reports progress up to the number of rows', () => {
    const controller = new AbortController();
    controller.abort();
    const g = { rows: 1, cols: 1, offsets: [0, 1], targets: [0], weights: [1] };
    expect(codeOf(() => solveSparseAssignment(g, { signal: controller.signal }))).toBe('ABORTED');
    const seen: [number, number][] = [];
    solveSparseAssignment(g, { onProgress: (d, t) => seen.push([d, t]) });
    expect(seen.at(-1)).toEqual([1, 1]);
  });

  it('stops mid-run when the signal fires between searches', () => {
    // A complete 40 × 40 graph with repeating weights leaves rows free for the shortest-path phase.
    const n = 40;
    const offsets = [0];
    const targets: number[] = [];
    const weights: number[] = [];
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        targets.push(x);
        weights.push(((x * 7 + y * 3) % 11) + 1);
      }
      offsets.push(targets.length);
    }
    const controller = new AbortController();
    let calls = 0;
    const run = () =>
      solveSparseAssignment(
        { rows: n, cols: n, offsets, targets, weights },
        {
          signal: controller.signal,
          onProgress: () => {
            calls++;
            controller.abort();
          },
        },
      );
    expect(codeOf(run)).toBe('ABORTED');
    expect(calls).toBe(1);
  });
});
