import { solveAssignment } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initSquare, reduceRows } from '../../src/assignment/dense/init.js';

// The dense finite path's start (issue 20), on its own contract: a partial matching, the free rows
// listed, and prices under which every matched row's column has its least reduced cost (the state
// the Dijkstra search needs). Which start is reached on ties is not pinned (marked equivalent in the
// source), except in the worked case traced by hand below.

/** A square or wide matrix of small integers (many ties) or spread values, row-major. */
const matrixArb = (square: boolean) =>
  fc
    .record({
      nr: fc.integer({ min: 1, max: 9 }),
      extra: fc.integer({ min: 0, max: square ? 0 : 4 }),
      values: fc.constantFrom(3, 10, 1000),
      seed: fc.integer({ min: 1, max: 2 ** 31 - 2 }),
    })
    .map(({ nr, extra, values, seed }) => {
      let s = seed;
      const nc = nr + extra;
      const cost = Float64Array.from({ length: nr * nc }, () => {
        s = (Math.imul(s, 48271) >>> 0) % 2147483647;
        return (s % values) - 2;
      });
      return { nr, nc, cost };
    });

/** Checks the partial matching and the free list; returns the matched rows. */
function checkMatching(nr: number, c4r: Int32Array, r4c: Int32Array, free: Int32Array, numFree: number) {
  const matched: number[] = [];
  for (let i = 0; i < nr; i++) {
    const j = c4r[i]!;
    if (j === -1) continue;
    expect(r4c[j]).toBe(i);
    matched.push(i);
  }
  r4c.forEach((i, j) => {
    if (i !== -1) expect(c4r[i]).toBe(j);
  });
  const listed = Array.from(free.subarray(0, numFree)).sort((a, b) => a - b);
  const unmatched = Array.from({ length: nr }, (_, i) => i).filter((i) => c4r[i] === -1);
  expect(listed).toEqual(unmatched);
  return matched;
}

describe('initSquare: column reduction, reduction transfer, augmenting row reduction', () => {
  it('leaves every matched row on a column of least reduced cost, and lists the others', () => {
    fc.assert(
      fc.property(matrixArb(true), ({ nr: n, cost }) => {
        const v = new Float64Array(n);
        const c4r = new Int32Array(n).fill(-1);
        const r4c = new Int32Array(n).fill(-1);
        const free = new Int32Array(n);
        const numFree = initSquare(n, cost, v, c4r, r4c, free);
        for (const i of checkMatching(n, c4r, r4c, free, numFree)) {
          const reducedRow = Array.from({ length: n }, (_, j) => cost[i * n + j]! - v[j]!);
          expect(reducedRow[c4r[i]!]).toBe(Math.min(...reducedRow));
        }
        expect(v.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 400, seed: 20 },
    );
  });

  it('matches every row of a worked 3 × 3 case (traced by hand)', () => {
    // Column minima v = [2, 0, 2] (rows 1, 1, 2): row 1 keeps column 1, row 2 takes column 2, row 0
    // is free. Transfer: row 2's other reduced costs are 1 and 2, so v[2] = 2 − 1 = 1. Row 0's
    // reduced costs [2, 1, 2]: it takes column 1 and lowers it by 2 − 1 to −1, displacing row 1,
    // whose reduced costs [0, 1, 4] give it column 0 at v[0] = 2 − (1 − 0) = 1.
    const cost = Float64Array.from([4, 1, 3, 2, 0, 5, 3, 2, 2]);
    const v = new Float64Array(3);
    const c4r = new Int32Array(3).fill(-1);
    const r4c = new Int32Array(3).fill(-1);
    const free = new Int32Array(3);
    expect(initSquare(3, cost, v, c4r, r4c, free)).toBe(0);
    expect(Array.from(c4r)).toEqual([1, 0, 2]);
    expect(Array.from(r4c)).toEqual([1, 0, 2]);
    expect(Array.from(v)).toEqual([1, -1, 1]);
  });

  it('lets a row least nowhere displace a row least in two columns (a worked 2 × 2 case)', () => {
    // Column minima v = [1, 2], both in row 0, which keeps column 0 (the lower); no transfer for
    // it, row 1 is free. Row 1's reduced costs [4, 5]: it takes column 0, lowered by 5 − 4 to 0,
    // and displaces row 0, taken up at once: its reduced costs [1, 0] give it column 1, lowered by
    // 1 − 0 to 1. The optimum 2 + 5 = 7 (not 1 + 7).
    const cost = Float64Array.from([1, 2, 5, 7]);
    const v = new Float64Array(2);
    const c4r = new Int32Array(2).fill(-1);
    const r4c = new Int32Array(2).fill(-1);
    const free = new Int32Array(2);
    expect(initSquare(2, cost, v, c4r, r4c, free)).toBe(0);
    expect(Array.from(c4r)).toEqual([1, 0]);
    expect(Array.from(r4c)).toEqual([1, 0]);
    expect(Array.from(v)).toEqual([0, 1]);
  });
});

describe('initSquare: the reduction transfer', () => {
  it("lowers a matched row's column by its second least reduced cost, so a free row reaches a free column", () => {
    // Column minima v = [0, 0, 1, 1]: row 0 takes column 0 (least in columns 0 and 3), row 2 column 2,
    // row 3 column 1; row 1 is free. Transfer: row 2's least other reduced cost is 0 (v[2] stays 1),
    // row 3's is 1 (v[1] = 0 − 1 = −1). Row 1's reduced costs [3, 2, 1, 1] then tie columns 2 and 3,
    // and it takes the free column 3: no row left to search. Without the transfer row 1 ties columns
    // 1 and 2, displaces row 2, which displaces it back: one row left.
    const cost = Float64Array.from([0, 4, 4, 1, 3, 1, 2, 2, 0, 4, 1, 3, 3, 0, 4, 2]);
    const v = new Float64Array(4);
    const c4r = new Int32Array(4).fill(-1);
    const r4c = new Int32Array(4).fill(-1);
    const free = new Int32Array(4);
    expect(initSquare(4, cost, v, c4r, r4c, free)).toBe(0);
    expect(Array.from(c4r)).toEqual([0, 3, 2, 1]);
    expect(Array.from(v)).toEqual([0, -1, 1, 1]);
  });
});

/**
 * A price war: rows 0 and 1 want columns 0 and 1 (costs 0 and 1, crosswise), row 2 wants both at 0,
 * and all three pay `m` elsewhere; row 3 pays 0 on columns 2 and 3. Three rows bid for two columns and
 * each eviction lowers a price by 1, so augmenting row reduction needs 2m − 2 steps to end the war.
 */
const priceWar = (m: number) => [
  [0, 1, m, m],
  [1, 0, m, m],
  [0, 0, m, m],
  [m, m, 0, 0],
];

/** Runs the start on a square matrix given as rows. */
function startOf(rows: number[][]) {
  const n = rows.length;
  const v = new Float64Array(n);
  const c4r = new Int32Array(n).fill(-1);
  const r4c = new Int32Array(n).fill(-1);
  const free = new Int32Array(n);
  const numFree = initSquare(n, Float64Array.from(rows.flat()), v, c4r, r4c, free);
  return { numFree, v: Array.from(v), c4r, r4c, free };
}

/** The least total over all permutations (n ≤ 6). */
function bruteForce(rows: number[][]): number {
  const n = rows.length;
  const used = new Array<boolean>(n).fill(false);
  const go = (i: number): number => {
    if (i === n) return 0;
    let best = Number.POSITIVE_INFINITY;
    for (let j = 0; j < n; j++) {
      if (used[j]) continue;
      used[j] = true;
      best = Math.min(best, rows[i]![j]! + go(i + 1));
      used[j] = false;
    }
    return best;
  };
  return go(0);
}

/** The solver's total is the brute force's, and its duals certify it. */
function expectOptimum(rows: number[][]): void {
  const r = solveAssignment(rows, { duals: true });
  const { u, v } = r.duals!;
  let least = 0;
  let slack = 0;
  rows.forEach((row, y) => {
    row.forEach((c, x) => {
      const reduced = c - u[y]! - v[x]!;
      least = Math.min(least, reduced);
      if (r.rowToCol[y] === x) slack = Math.max(slack, Math.abs(reduced));
    });
  });
  const sum = u.reduce((a, b) => a + b, 0) + v.reduce((a, b) => a + b, 0);
  expect({ total: r.total, least, slack, sum }).toEqual({
    total: bruteForce(rows),
    least: 0,
    slack: 0,
    sum: r.total,
  });
}

describe('initSquare: the budget of augmenting row reduction (16 n steps)', () => {
  it('ends a short price war itself: m = 10 takes 18 steps of the 64', () => {
    // Transfer: v = [−1, −2, 0, 0]; row 2 takes column 0 (v[0] = −2), evicting row 0, which takes it
    // back (v[0] = −3), evicting row 2, which takes column 1 … until both prices reach −m and row 2
    // is as well off on column 2.
    const s = startOf(priceWar(10));
    expect(s.numFree).toBe(0);
    expect(Array.from(s.c4r)).toEqual([2, 1, 0, 3]);
    expect(s.v).toEqual([-10, -10, 0, 0]);
  });

  it('stops a long one and lists the row it leaves: m = 1000 would take 1,998 steps', () => {
    // Every four steps lower both prices by 2; after 64 steps the war stops with row 2 evicted and
    // not yet taken up. It must be listed (in both passes), or the search never matches it.
    const s = startOf(priceWar(1000));
    expect(s.numFree).toBe(1);
    expect(s.free[0]).toBe(2);
    expect(Array.from(s.c4r)).toEqual([0, 1, -1, 3]);
    expect(Array.from(s.r4c)).toEqual([0, 1, -1, 3]);
    expect(s.v).toEqual([-33, -34, 0, 0]);
    // Rows 0 and 1 keep their zeros; row 2 pays m on column 2 or 3.
    const r = solveAssignment(priceWar(1000));
    expect(r.total).toBe(1000);
    expect(Array.from(r.rowToCol.subarray(0, 2))).toEqual([0, 1]);
    expect(new Set(r.rowToCol).size).toBe(4);
    expectOptimum(priceWar(1000));
  });

  it('solves price wars shuffled, with more rows on their own columns, and lists every row left', () => {
    // Three rows bid for two columns (costs 0–9) and pay m (+ 0–9) elsewhere; one row pays 0–9 on the
    // last two of the war's columns; each further row pays 0–9 on its own column and m elsewhere.
    // About seven in ten of these cases exhaust the budget (counted on 200 samples with an instrumented
    // copy of the start: 37 of 49 at n = 4, 65 of 90 at n = 5, 39 of 61 at n = 6).
    const warArb = fc
      .record({
        extra: fc.integer({ min: 0, max: 2 }),
        m: fc.integer({ min: 100, max: 1_000_000 }),
        cells: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 36, maxLength: 36 }),
        rowOrder: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
        colOrder: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
      })
      .map(({ extra, m, cells, rowOrder, colOrder }) => {
        const n = 4 + extra;
        const cell = (i: number, j: number) => {
          const c = cells[i * 6 + j]!;
          if (i < 3) return j < 2 ? c : m + c;
          if (i === 3) return j === 2 || j === 3 ? c : m;
          return j === i ? c : m;
        };
        const order = (keys: number[]) =>
          Array.from({ length: n }, (_, k) => k).sort((a, b) => keys[a]! - keys[b]! || a - b);
        const rs = order(rowOrder);
        const cs = order(colOrder);
        return rs.map((i) => cs.map((j) => cell(i, j)));
      });
    fc.assert(
      fc.property(warArb, (rows) => {
        const n = rows.length;
        const s = startOf(rows);
        checkMatching(n, s.c4r, s.r4c, s.free, s.numFree);
        expectOptimum(rows);
      }),
      { numRuns: 200, seed: 20 },
    );
  });
});

describe('reduceRows: the start of a rectangular matrix', () => {
  it('gives each row its cheapest column when that column is free, and lists the others in order', () => {
    fc.assert(
      fc.property(matrixArb(false), ({ nr, nc, cost }) => {
        const c4r = new Int32Array(nr).fill(-1);
        const r4c = new Int32Array(nc).fill(-1);
        const free = new Int32Array(nr);
        const numFree = reduceRows(nr, nc, cost, c4r, r4c, free);
        checkMatching(nr, c4r, r4c, free, numFree);
        // Listed in row order.
        const listed = Array.from(free.subarray(0, numFree));
        expect(listed).toEqual([...listed].sort((a, b) => a - b));
        for (let i = 0; i < nr; i++) {
          const row = Array.from(cost.subarray(i * nc, (i + 1) * nc));
          const least = Math.min(...row);
          if (c4r[i] !== -1) expect(row[c4r[i]!]).toBe(least);
          // A row left free found its first least column taken by an earlier row.
          else expect(r4c[row.indexOf(least)]).toBeLessThan(i);
        }
      }),
      { numRuns: 400, seed: 20 },
    );
  });

  it('frees the second row that wants the same column (a worked 2 × 3 case)', () => {
    const cost = Float64Array.from([3, 1, 2, 4, 1, 5]);
    const c4r = new Int32Array(2).fill(-1);
    const r4c = new Int32Array(3).fill(-1);
    const free = new Int32Array(2);
    expect(reduceRows(2, 3, cost, c4r, r4c, free)).toBe(1);
    expect(Array.from(c4r)).toEqual([1, -1]);
    expect(Array.from(r4c)).toEqual([-1, 0, -1]);
    expect(free[0]).toBe(1);
  });
});
