import { isBanenmatchError, solveAssignment } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../helpers/errors.js';

/** Brute force: the largest number of allowed pairs, then the least (or largest) total among those. */
function bruteForce(m: number[][], maximize: boolean): { count: number; total: number } {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  const used = new Array<boolean>(cols).fill(false);
  let best = { count: -1, total: 0 };
  const better = (count: number, total: number) =>
    count > best.count || (count === best.count && (maximize ? total > best.total : total < best.total));
  const go = (y: number, count: number, total: number): void => {
    if (y === rows) {
      if (better(count, total)) best = { count, total };
      return;
    }
    go(y + 1, count, total);
    for (let x = 0; x < cols; x++) {
      const c = m[y]![x]!;
      if (used[x] || !Number.isFinite(c)) continue;
      used[x] = true;
      go(y + 1, count + 1, total + c);
      used[x] = false;
    }
  };
  go(0, 0, 0);
  return best;
}

function checkValid(m: number[][], r: ReturnType<typeof solveAssignment>, maximize: boolean): number {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  expect(r.rowToCol.length).toBe(rows);
  expect(r.colToRow.length).toBe(cols);
  let count = 0;
  let total = 0;
  for (let y = 0; y < rows; y++) {
    const x = r.rowToCol[y]!;
    if (x === -1) continue;
    expect(r.colToRow[x]).toBe(y);
    const c = m[y]![x]!;
    expect(c).not.toBe(maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY);
    count++;
    total += c;
  }
  for (let x = 0; x < cols; x++) if (r.colToRow[x] !== -1) expect(r.rowToCol[r.colToRow[x]!]).toBe(x);
  expect(r.total).toBeCloseTo(total, 9);
  return count;
}

const cell = (forbiddenValue: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -20, max: 50 }) },
    { weight: 1, arbitrary: fc.constant(forbiddenValue) },
  );
// Mostly-forbidden cells: the patterns where the forbidden path's potentials and its tie-breaks matter.
const sparseCell = (forbiddenValue: number) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 9 }) },
    { weight: 3, arbitrary: fc.constant(forbiddenValue) },
  );
const matrix = (forbiddenValue: number, maxSide = 5, cellOf = cell) =>
  fc.tuple(fc.integer({ min: 1, max: maxSide }), fc.integer({ min: 1, max: maxSide })).chain(([r, c]) =>
    fc.array(fc.array(cellOf(forbiddenValue), { minLength: c, maxLength: c }), {
      minLength: r,
      maxLength: r,
    }),
  );

describe('solveAssignment: worked examples', () => {
  it('solves a 3 × 3 problem by hand', () => {
    // Options: 1+2+2 = 5 (rows → 1, 0, 2) is the least of the six permutations (4+0+2=6, 3+0+3=6, ...).
    const r = solveAssignment([
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ]);
    expect([...r.rowToCol]).toEqual([1, 0, 2]);
    expect([...r.colToRow]).toEqual([1, 0, 2]);
    expect(r.total).toBe(5);
  });

  it('maximises a profit matrix', () => {
    const m = [
      [9, 8, 7],
      [8, 6, 4],
      [7, 4, 1],
    ];
    // Permutations: 9+6+1=16, 9+4+4=17, 8+8+1=17, 8+4+7=19, 7+8+4=19, 7+6+7=20 → row 0 → 2, row 1 → 1, row 2 → 0.
    const r = solveAssignment(m, { maximize: true });
    expect(r.total).toBe(20);
    expect([...r.rowToCol]).toEqual([2, 1, 0]);
  });

  it('leaves a row without an allowed pair unassigned and picks the cheaper row for the shared column', () => {
    // Only column 0 is allowed; row 1 takes it at 1 rather than row 0 at 10 (greedy row order would pick 10).
    const r = solveAssignment([
      [10, Number.POSITIVE_INFINITY],
      [1, Number.POSITIVE_INFINITY],
    ]);
    expect([...r.rowToCol]).toEqual([-1, 0]);
    expect([...r.colToRow]).toEqual([1, -1]);
    expect(r.total).toBe(1);
  });

  it('solves a mostly-forbidden 5 × 5 case through the forbidden path (issue 20)', () => {
    const x = Number.POSITIVE_INFINITY;
    // Rows 0–2 compete for columns 0 and 3, so at most 3 pairs; the cheapest 3: 0→3 (0), 2→0 (6),
    // 3→2 (0) = 6 (0→0, 1→3, 3→2 costs 9; 1→3, 2→0, 3→2 costs 14).
    const r = solveAssignment([
      [1, x, x, 0, x],
      [x, x, x, 8, x],
      [6, x, x, x, x],
      [0, x, 0, 7, 2],
      [x, x, x, x, x],
    ]);
    expect([...r.rowToCol]).toEqual([3, -1, 0, 2, -1]);
    expect(r.total).toBe(6);
  });

  it('prefers more pairs over a smaller total', () => {
    // 0+0 uses both rows (total 100+100 = 200) instead of the single pair at 1.
    const r = solveAssignment([
      [1, 100],
      [100, Number.POSITIVE_INFINITY],
    ]);
    expect([...r.rowToCol]).toEqual([1, 0]);
    expect(r.total).toBe(200);
  });

  it('handles an all-forbidden matrix, empty matrices and wide and tall layouts', () => {
    const inf = Number.POSITIVE_INFINITY;
    const r = solveAssignment([
      [inf, inf],
      [inf, inf],
    ]);
    expect([...r.rowToCol]).toEqual([-1, -1]);
    expect(r.total).toBe(0);
    expect(solveAssignment([]).total).toBe(0);
    expect(solveAssignment({ rows: 3, cols: 0, data: new Float64Array(0) }).rowToCol).toEqual(
      Int32Array.of(-1, -1, -1),
    );
    const tall = solveAssignment([[5], [3], [4]]);
    expect([...tall.rowToCol]).toEqual([-1, 0, -1]);
    expect([...tall.colToRow]).toEqual([1]);
  });

  it('reads the Float64Array form like number[][]', () => {
    const data = Float64Array.of(4, 1, 3, 2, 0, 5);
    const a = solveAssignment({ rows: 2, cols: 3, data });
    const b = solveAssignment([
      [4, 1, 3],
      [2, 0, 5],
    ]);
    expect(a).toEqual(b);
    expect(a.total).toBe(3);
  });
});

describe('solveAssignment: errors', () => {
  it('throws NAN_INPUT for NaN, naming the cell', () => {
    let err: unknown;
    try {
      solveAssignment([
        [1, 2],
        [3, Number.NaN],
      ]);
    } catch (e) {
      err = e;
    }
    expect(isBanenmatchError(err) && err.code).toBe('NAN_INPUT');
    expect((err as Error).message).toContain('[1][1]');
    // Typed input, and a tall matrix (transposed internally) still reports the caller's [y][x].
    const data = Float64Array.of(1, 2, 3, 4, Number.NaN, 6);
    expect(codeOf(() => solveAssignment({ rows: 3, cols: 2, data }))).toBe('NAN_INPUT');
    try {
      solveAssignment({ rows: 3, cols: 2, data });
    } catch (e) {
      expect((e as Error).message).toContain('[2][0]');
    }
  });

  it('throws INVALID_ARGUMENT for the wrong infinity, ragged rows, non-numbers and bad typed input', () => {
    expect(codeOf(() => solveAssignment([[Number.NEGATIVE_INFINITY]]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => solveAssignment([[Number.POSITIVE_INFINITY]], { maximize: true }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => solveAssignment([[1, 2], [3]]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => solveAssignment([['1' as unknown as number]]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => solveAssignment({ rows: 2, cols: 2, data: new Float64Array(3) }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => solveAssignment([[1e308, 1]]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => solveAssignment(null as unknown as number[][]))).toBe('INVALID_ARGUMENT');
  });

  it('stops with ABORTED and reports progress', () => {
    const controller = new AbortController();
    controller.abort();
    expect(codeOf(() => solveAssignment([[1]], { signal: controller.signal }))).toBe('ABORTED');
    const seen: number[] = [];
    const m = Array.from({ length: 30 }, (_, y) =>
      Array.from({ length: 30 }, (_, x) => ((y * 7 + x * 13) % 17) + 1),
    );
    solveAssignment(m, { onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
    for (let k = 1; k < seen.length; k++) expect(seen[k]).toBeGreaterThanOrEqual(seen[k - 1]!);
  });

  it('stops mid-run when the signal fires during the search, on both the finite and the forbidden path', () => {
    // Identical rows leave most rows free after initialisation, so the search loop runs many times.
    const m = Array.from({ length: 40 }, () => Array.from({ length: 40 }, (_, x) => x));
    for (const matrix of [m, m.map((row) => [...row, Number.POSITIVE_INFINITY])]) {
      const controller = new AbortController();
      let calls = 0;
      const run = () =>
        solveAssignment(matrix, {
          signal: controller.signal,
          onProgress: () => {
            calls++;
            controller.abort();
          },
        });
      expect(codeOf(run)).toBe('ABORTED');
      expect(calls).toBe(1);
    }
  });
});

describe('solveAssignment: properties', () => {
  it('matches brute force (pair count and total) with forbidden pairs, minimising', () => {
    fc.assert(
      fc.property(matrix(Number.POSITIVE_INFINITY), (m) => {
        const r = solveAssignment(m);
        const count = checkValid(m, r, false);
        const best = bruteForce(m, false);
        expect(count).toBe(best.count);
        expect(r.total).toBe(best.total);
      }),
    );
  });

  it('matches brute force on mostly-forbidden matrices, minimising and maximising', () => {
    for (const maximize of [false, true]) {
      const forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      fc.assert(
        fc.property(matrix(forbidden, 6, sparseCell), (m) => {
          const r = solveAssignment(m, { maximize });
          const count = checkValid(m, r, maximize);
          const best = bruteForce(m, maximize);
          expect(count).toBe(best.count);
          expect(r.total).toBe(best.total);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('matches brute force when maximising', () => {
    fc.assert(
      fc.property(matrix(Number.NEGATIVE_INFINITY), (m) => {
        const r = solveAssignment(m, { maximize: true });
        const count = checkValid(m, r, true);
        const best = bruteForce(m, true);
        expect(count).toBe(best.count);
        expect(r.total).toBe(best.total);
      }),
    );
  });

  it('matches brute force on real-valued finite matrices of every shape', () => {
    const real = fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true });
    const m = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([r, c]) =>
        fc.array(fc.array(real, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
      );
    fc.assert(
      fc.property(m, (mat) => {
        const r = solveAssignment(mat);
        expect(checkValid(mat, r, false)).toBe(Math.min(mat.length, mat[0]!.length));
        expect(r.total).toBeCloseTo(bruteForce(mat, false).total, 6);
      }),
    );
  });

  it('keeps the total under row and column shuffles, transposition and negation', () => {
    fc.assert(
      fc.property(
        matrix(Number.POSITIVE_INFINITY, 7).chain((m) =>
          fc.tuple(
            fc.constant(m),
            fc.shuffledSubarray([...m.keys()], { minLength: m.length, maxLength: m.length }),
            fc.shuffledSubarray([...m[0]!.keys()], { minLength: m[0]!.length, maxLength: m[0]!.length }),
          ),
        ),
        ([m, rowOrder, colOrder]) => {
          const base = solveAssignment(m);
          const shuffled = rowOrder.map((y) => colOrder.map((x) => m[y]![x]!));
          expect(solveAssignment(shuffled).total).toBe(base.total);
          const transposed = m[0]!.map((_, x) => m.map((row) => row[x]!));
          expect(solveAssignment(transposed).total).toBe(base.total);
          const negated = m.map((row) => row.map((c) => -c));
          expect(solveAssignment(negated, { maximize: true }).total).toBe(0 - base.total);
        },
      ),
    );
  });

  it('gives the same answer on the same input (deterministic ties)', () => {
    fc.assert(
      fc.property(matrix(Number.POSITIVE_INFINITY, 6), (m) => {
        const tied = m.map((row) => row.map((c) => (Number.isFinite(c) ? Math.abs(c) % 3 : c)));
        expect(solveAssignment(tied)).toEqual(solveAssignment(tied));
      }),
    );
  });

  it('returns duals that certify optimality (reduced costs >= 0, tight on assigned pairs)', () => {
    const finite = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.boolean())
      .chain(([r, c, maximize]) =>
        fc.tuple(
          fc.array(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: c, maxLength: c }), {
            minLength: r,
            maxLength: r,
          }),
          fc.constant(maximize),
        ),
      );
    fc.assert(
      fc.property(finite, ([m, maximize]) => {
        const r = solveAssignment(m, { duals: true, maximize });
        const { u, v } = r.duals!;
        const s = maximize ? -1 : 1;
        const tol = 1e-9;
        let sum = 0;
        for (let y = 0; y < m.length; y++) {
          sum += u[y]!;
          for (let x = 0; x < m[0]!.length; x++) {
            const reduced = s * (m[y]![x]! - u[y]! - v[x]!);
            expect(reduced).toBeGreaterThanOrEqual(-tol);
            if (r.rowToCol[y] === x) expect(Math.abs(reduced)).toBeLessThan(tol);
          }
        }
        for (const d of v) sum += d;
        // The longer side's duals are <= 0 (>= 0 maximising) and 0 where unassigned: then sum = total.
        const longer = m.length > m[0]!.length ? { d: u, a: r.rowToCol } : { d: v, a: r.colToRow };
        for (let k = 0; k < longer.d.length && m.length !== m[0]!.length; k++) {
          expect(s * longer.d[k]!).toBeLessThanOrEqual(tol);
          if (longer.a[k] === -1) expect(Math.abs(longer.d[k]!)).toBeLessThan(tol);
        }
        expect(sum).toBeCloseTo(r.total, 6);
      }),
    );
  });

  it('solves a larger random matrix with forbidden cells to the same total as its transpose', () => {
    const n = 60;
    const m = Array.from({ length: n }, (_, y) =>
      Array.from({ length: n + 15 }, (_, x) =>
        (y * 31 + x * 17) % 11 === 0 ? Number.POSITIVE_INFINITY : (y * x) % 97,
      ),
    );
    const a = solveAssignment(m);
    const b = solveAssignment(m[0]!.map((_, x) => m.map((row) => row[x]!)));
    expect(checkValid(m, a, false)).toBe(n);
    expect(a.total).toBe(b.total);
  });

  it('certifies larger matrices with duals and agrees with the forbidden-cell path', () => {
    // Sides up to 70, most not multiples of four (the unrolled scans' remainder loops), square ones
    // (LAPJV initialisation with many rows left to the search) and integer ranges from tie-heavy to wide.
    const problem = fc
      .tuple(
        fc.integer({ min: 1, max: 70 }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(3, 1000, 1e9),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      )
      .map(([r, extra, range, seed]) => {
        let s = seed;
        const next = () => {
          s = (Math.imul(s, 48271) >>> 0) % 2147483647;
          return s / 2147483647;
        };
        const c = extra > 6 ? r : r + extra;
        return Array.from({ length: r }, () => Array.from({ length: c }, () => Math.floor(next() * range)));
      });
    fc.assert(
      fc.property(problem, (m) => {
        const rows = m.length;
        const cols = m[0]!.length;
        const r = solveAssignment(m, { duals: true });
        expect(checkValid(m, r, false)).toBe(rows);
        const { u, v } = r.duals!;
        let sum = 0;
        for (let y = 0; y < rows; y++) {
          sum += u[y]!;
          for (let x = 0; x < cols; x++) {
            const reduced = m[y]![x]! - u[y]! - v[x]!;
            expect(reduced).toBeGreaterThanOrEqual(-1e-6);
            if (r.rowToCol[y] === x) expect(Math.abs(reduced)).toBeLessThan(1e-6);
          }
        }
        for (let x = 0; x < cols; x++) {
          sum += v[x]!;
          if (r.colToRow[x] === -1) expect(v[x]).toBe(0);
        }
        expect(sum).toBeCloseTo(r.total, 3);
        // An extra all-forbidden row sends the same problem through the two-level search.
        const withForbidden = [...m, m[0]!.map(() => Number.POSITIVE_INFINITY)];
        const f = solveAssignment(withForbidden);
        expect(f.rowToCol[rows]).toBe(-1);
        expect(f.total).toBe(r.total);
        expect(solveAssignment(m)).toEqual({ rowToCol: r.rowToCol, colToRow: r.colToRow, total: r.total });
      }),
      { numRuns: 60 },
    );
  });

  it("leaves the caller's matrix unchanged", () => {
    const rows = Array.from({ length: 9 }, (_, y) =>
      Array.from({ length: 7 }, (_, x) => (y * 5 + x * 3) % 11),
    );
    const copy = rows.map((row) => [...row]);
    const data = Float64Array.from(rows.flat());
    const dataCopy = data.slice();
    for (const maximize of [false, true]) {
      solveAssignment(rows, { maximize, duals: true });
      solveAssignment({ rows: 9, cols: 7, data }, { maximize, duals: true });
      solveAssignment({ rows: 7, cols: 9, data }, { maximize });
    }
    expect(rows).toEqual(copy);
    expect(data).toEqual(dataCopy);
  });
});
