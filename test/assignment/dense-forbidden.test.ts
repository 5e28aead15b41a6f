import { solveAssignment } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The dense solver's forbidden-cell path (two-level costs) on the patterns where its potentials and
// tie-breaks matter: mostly-forbidden matrices, whole forbidden rows, columns and blocks, and rows that
// compete for fewer columns than they are (issue 20). The oracle is an exact dynamic programme over
// the set of used columns, so hundreds of cases run in milliseconds.

const INF = Number.POSITIVE_INFINITY;

/** Largest number of allowed pairs, then the least total among those (maximise: negate first). */
function oracle(m: readonly (readonly number[])[]): { count: number; total: number } {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  // best[mask]: the best (count, total) of the rows so far using exactly the columns in mask.
  let best = new Map<number, { count: number; total: number }>([[0, { count: 0, total: 0 }]]);
  for (let y = 0; y < rows; y++) {
    const next = new Map<number, { count: number; total: number }>();
    const keep = (mask: number, count: number, total: number) => {
      const b = next.get(mask);
      if (b === undefined || count > b.count || (count === b.count && total < b.total)) {
        next.set(mask, { count, total });
      }
    };
    for (const [mask, s] of best) {
      keep(mask, s.count, s.total);
      for (let x = 0; x < cols; x++) {
        const c = m[y]![x]!;
        if ((mask >> x) & 1 || !Number.isFinite(c)) continue;
        keep(mask | (1 << x), s.count + 1, s.total + c);
      }
    }
    best = next;
  }
  let out = { count: 0, total: 0 };
  for (const s of best.values()) {
    if (s.count > out.count || (s.count === out.count && s.total < out.total)) out = s;
  }
  return out;
}

/** The pairs a result uses, checked for consistency; returns their count and total. */
function used(m: readonly (readonly number[])[], r: ReturnType<typeof solveAssignment>) {
  let count = 0;
  let total = 0;
  r.rowToCol.forEach((x, y) => {
    if (x === -1) return;
    expect(r.colToRow[x]).toBe(y);
    expect(Number.isFinite(m[y]![x]!)).toBe(true);
    count++;
    total += m[y]![x]!;
  });
  r.colToRow.forEach((y, x) => {
    if (y !== -1) expect(r.rowToCol[y]).toBe(x);
  });
  expect(r.total).toBe(total);
  return { count, total };
}

/**
 * Matrices with many forbidden cells: a density per matrix from 30% to 95%, plus forbidden rows,
 * columns and a forbidden block; costs from a narrow range (many ties) or a wide one.
 */
const forbiddenHeavy = fc
  .record({
    rows: fc.integer({ min: 1, max: 6 }),
    cols: fc.integer({ min: 1, max: 6 }),
    density: fc.constantFrom(0.3, 0.5, 0.7, 0.85, 0.95),
    range: fc.constantFrom(3, 10, 1000),
    offset: fc.constantFrom(0, -5),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 2 }),
    banRow: fc.integer({ min: -1, max: 5 }),
    banCol: fc.integer({ min: -1, max: 5 }),
    block: fc.boolean(),
  })
  .map(({ rows, cols, density, range, offset, seed, banRow, banCol, block }) => {
    let s = seed;
    const next = () => {
      s = (Math.imul(s, 48271) >>> 0) % 2147483647;
      return s / 2147483647;
    };
    return Array.from({ length: rows }, (_, y) =>
      Array.from({ length: cols }, (_, x) => {
        const inBlock = block && y < rows / 2 && x >= cols / 2;
        if (y === banRow || x === banCol || inBlock || next() < density) return INF;
        return Math.floor(next() * range) + offset;
      }),
    );
  });

/** k + 1 rows that all allow only the same k columns, and other rows free: a Hall violator. */
const hallViolator = fc
  .record({
    k: fc.integer({ min: 1, max: 3 }),
    extraRows: fc.integer({ min: 0, max: 2 }),
    extraCols: fc.integer({ min: 0, max: 2 }),
    costs: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 36, maxLength: 36 }),
  })
  .map(({ k, extraRows, extraCols, costs }) => {
    const rows = k + 1 + extraRows;
    const cols = k + extraCols;
    return Array.from({ length: rows }, (_, y) =>
      Array.from({ length: cols }, (_, x) => (y <= k && x >= k ? INF : costs[y * 6 + x]!)),
    );
  });

/**
 * Rows that crowd onto a few shared columns: each row allows one or two of the first 1–3 columns (and
 * now and then one other), everything else forbidden. Rows scanned only through forbidden cells then
 * carry their potentials into later searches, the place where a wrong dual update shows.
 */
const crowded = fc
  .record({
    rows: fc.integer({ min: 2, max: 9 }),
    cols: fc.integer({ min: 2, max: 9 }),
    shared: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 2 }),
  })
  .map(({ rows, cols, shared, seed }) => {
    let s = seed;
    const next = () => {
      s = (Math.imul(s, 48271) >>> 0) % 2147483647;
      return s / 2147483647;
    };
    return Array.from({ length: rows }, () => {
      const row = new Array<number>(cols).fill(INF);
      const picks = next() < 0.5 ? 1 : 2;
      for (let p = 0; p < picks; p++)
        row[Math.floor(next() * Math.min(shared, cols))] = Math.floor(next() * 3);
      if (next() < 0.2) row[Math.floor(next() * cols)] = Math.floor(next() * 3);
      return row;
    });
  });

const transpose = (m: number[][]) => m[0]!.map((_, x) => m.map((row) => row[x]!));

describe('solveAssignment, forbidden cells: brute-force oracle on dense forbidden patterns', () => {
  it('finds the most pairs and the least total, also transposed and maximised', () => {
    fc.assert(
      fc.property(fc.oneof(forbiddenHeavy, hallViolator, crowded), (m) => {
        const want = oracle(m);
        expect(used(m, solveAssignment(m))).toEqual(want);
        const t = transpose(m);
        expect(used(t, solveAssignment(t))).toEqual(want);
        const profit = m.map((row) => row.map((c) => (c === INF ? Number.NEGATIVE_INFINITY : -c)));
        const r = solveAssignment(profit, { maximize: true });
        expect(r.rowToCol.filter((x) => x !== -1).length).toBe(want.count);
        expect(r.total).toBe(0 - want.total);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the finite path’s total when one forbidden row is added to a finite matrix', () => {
    fc.assert(
      fc.property(forbiddenHeavy, (m) => {
        // Replace forbidden cells by their cost in a finite copy, then forbid one extra row only.
        const finite = m.map((row, y) => row.map((c, x) => (c === INF ? ((y * 7 + x * 3) % 11) - 2 : c)));
        const plain = solveAssignment(finite);
        const r = solveAssignment([...finite, finite[0]!.map(() => INF)]);
        expect(r.total).toBe(plain.total);
        expect(r.rowToCol.at(-1)).toBe(-1);
        expect(used(finite, { ...r, rowToCol: r.rowToCol.slice(0, -1) })).toEqual(oracle(finite));
      }),
      { numRuns: 200 },
    );
  });
});

describe('solveAssignment, forbidden cells: worked cases', () => {
  it('the issue’s 5 × 5 case: 3 pairs for a total of 6, in every layout', () => {
    const m = [
      [1, INF, INF, 0, INF],
      [INF, INF, INF, 8, INF],
      [6, INF, INF, INF, INF],
      [0, INF, 0, 7, 2],
      [INF, INF, INF, INF, INF],
    ];
    // Rows 0, 1, 2 share columns 0 and 3: two of them are matched. 0→3 (0) + 2→0 (6) + 3→2 (0) = 6;
    // 0→0 (1) + 1→3 (8) + 3→2 (0) = 9; 1→3 (8) + 2→0 (6) + 3→2 (0) = 14.
    const r = solveAssignment(m);
    expect([...r.rowToCol]).toEqual([3, -1, 0, 2, -1]);
    expect(r.total).toBe(6);
    const t = solveAssignment(transpose(m));
    expect([...t.colToRow]).toEqual([3, -1, 0, 2, -1]);
    expect(t.total).toBe(6);
    const profit = m.map((row) => row.map((c) => (c === INF ? Number.NEGATIVE_INFINITY : 10 - c)));
    const p = solveAssignment(profit, { maximize: true });
    expect([...p.rowToCol]).toEqual([3, -1, 0, 2, -1]);
    expect(p.total).toBe(24);
  });

  it('updates the potentials of rows reached only through forbidden cells (two pairs, total 0)', () => {
    // Found by mutation (issue 20): with `uA[r] + minA + spcA[c]` for the rows a search scans after
    // its free row (those reached through a forbidden cell get a wrong first-level potential), the
    // solver returned 2→0 (0) + 4→4 (1) = 1 instead of 0→4 (0) + 2→0 (0) = 0.
    const m = [
      [INF, INF, INF, INF, 0],
      [2, INF, INF, INF, INF],
      [0, INF, INF, INF, 2],
      [INF, INF, INF, INF, 2],
      [INF, INF, INF, INF, 1],
    ];
    expect(used(m, solveAssignment(m))).toEqual({ count: 2, total: 0 });
    expect(oracle(m)).toEqual({ count: 2, total: 0 });
    const r = solveAssignment(m);
    expect(r.rowToCol[0]).toBe(4);
    expect(r.rowToCol[2]).toBe(0);
    expect(used(transpose(m), solveAssignment(transpose(m)))).toEqual({ count: 2, total: 0 });
    const profit = m.map((row) => row.map((c) => (c === INF ? Number.NEGATIVE_INFINITY : 5 - c)));
    expect(solveAssignment(profit, { maximize: true }).total).toBe(10);
  });

  it('moves a row off its cheapest column when that frees a column for a second pair', () => {
    // Row 0's cheapest is column 0 (1), but row 1 can only use column 0: 0→1 (5) + 1→0 (9) = 14.
    const r = solveAssignment([
      [1, 5, INF],
      [9, INF, INF],
    ]);
    expect([...r.rowToCol]).toEqual([1, 0]);
    expect(r.total).toBe(14);
  });

  it('runs a chain of displacements through three rows', () => {
    // Rows 0–2 allow columns i (1) and i + 1 (4); row 3 allows only column 0, so for four pairs every
    // other row shifts one column: 0→1 (4) + 1→2 (4) + 2→3 (4) + 3→0 (1) = 13.
    const r = solveAssignment([
      [1, 4, INF, INF],
      [INF, 1, 4, INF],
      [INF, INF, 1, 4],
      [1, INF, INF, INF],
    ]);
    expect([...r.rowToCol]).toEqual([1, 2, 3, 0]);
    expect(r.total).toBe(13);
  });

  it('keeps negative costs exact beside forbidden cells', () => {
    const r = solveAssignment([
      [-3, INF, -1],
      [-2, -5, INF],
      [INF, -4, -6],
    ]);
    // -3 + -5 + -6 = -14, the least of the allowed permutations (-1 + -2 + -4 = -7).
    expect([...r.rowToCol]).toEqual([0, 1, 2]);
    expect(r.total).toBe(-14);
  });
});

describe('solveAssignment, forbidden cells: progress', () => {
  it('reports every other row of 200 and the end', () => {
    // A diagonal that row reduction assigns whole; one forbidden cell sends it down the forbidden path.
    const n = 200;
    const m = Array.from({ length: n }, (_, y) =>
      Array.from({ length: n }, (_, x) => (x === y ? 0 : y === 0 && x === 1 ? INF : 1)),
    );
    const seen: [number, number][] = [];
    const r = solveAssignment(m, { onProgress: (d, t) => seen.push([d, t]) });
    expect(r.total).toBe(0);
    const expected: [number, number][] = [];
    for (let k = 0; k < n; k += 2) expected.push([k, n]);
    expected.push([n, n]);
    expect(seen).toEqual(expected);
  });
});
