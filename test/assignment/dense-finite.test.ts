import { solveAssignment } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The dense solver's finite path (no forbidden cell): the row reduction or LAPJV start, then the
// Dijkstra searches of `augment`. Worked cases whose optimum and progress follow from the matrix's
// form, for sizes past the brute force, with every side modulo 4 (the scans are unrolled by four).

/** Every report `onProgress` gets, as `[rowsDone, rows]`. */
function progressOf(m: number[][]): [number, number][] {
  const seen: [number, number][] = [];
  solveAssignment(m, { onProgress: (done, total) => seen.push([done, total]) });
  return seen;
}

/** Reduced costs `c - u - v` non-negative and 0 on the pairs used; the duals sum to the total. */
function expectCertificate(m: number[][], maximize = false): void {
  const r = solveAssignment(m, { duals: true, maximize });
  const { u, v } = r.duals!;
  const s = maximize ? -1 : 1;
  let sum = 0;
  let least = 0;
  let slack = 0;
  m.forEach((row, y) => {
    sum += u[y]!;
    row.forEach((c, x) => {
      const reduced = s * (c - u[y]! - v[x]!);
      least = Math.min(least, reduced + 0);
      if (r.rowToCol[y] === x) slack = Math.max(slack, Math.abs(reduced));
    });
  });
  for (const d of v) sum += d;
  // One assertion per matrix: the checks above run for every cell.
  expect({ least: least + 0, slack, sum }).toEqual({ least: 0, slack: 0, sum: r.total });
}

describe('solveAssignment, finite path: worked optima past the brute force', () => {
  it('pairs the largest with the smallest on a product matrix (rearrangement inequality)', () => {
    // c[y][x] = x · y: the least total pairs y with n − 1 − y, Σ y (n − 1 − y).
    for (const n of [5, 6, 7, 8, 13, 22, 31]) {
      const m = Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => x * y));
      let least = 0;
      for (let y = 0; y < n; y++) least += y * (n - 1 - y);
      const r = solveAssignment(m);
      expect(r.total).toBe(least);
      expectCertificate(m);
      expect(solveAssignment(m, { maximize: true }).total).toBe(
        Array.from({ length: n }, (_, y) => y * y).reduce((a, b) => a + b, 0),
      );
    }
  });

  it('takes the cheapest columns of a wide matrix of identical rows', () => {
    // Every row costs x in column x: n rows take columns 0 .. n − 1 whatever the order, total Σ x.
    for (const [rows, cols] of [
      [5, 6],
      [6, 9],
      [9, 14],
      [17, 18],
      [23, 40],
    ] as const) {
      const m = Array.from({ length: rows }, () => Array.from({ length: cols }, (_, x) => x));
      const r = solveAssignment(m);
      expect([...r.rowToCol].sort((a, b) => a - b)).toEqual(Array.from({ length: rows }, (_, x) => x));
      expect(r.total).toBe((rows * (rows - 1)) / 2);
      expectCertificate(m);
      const tall = m[0]!.map((_, x) => m.map((row) => row[x]!));
      expect(solveAssignment(tall).total).toBe(r.total);
      expectCertificate(tall);
    }
  });

  it('certifies integer matrices of every side from 1 to 13 with the duals, both ways', () => {
    for (let rows = 1; rows <= 13; rows++) {
      for (let cols = 1; cols <= 13; cols++) {
        const m = Array.from({ length: rows }, (_, y) =>
          Array.from({ length: cols }, (_, x) => ((y * 37 + x * 53 + y * x * 11) % 23) - 7),
        );
        expectCertificate(m);
        expectCertificate(m, true);
      }
    }
  });

  it('certifies seeded random matrices up to 24 × 30, from tie-heavy to real-valued', () => {
    let s = 12345;
    const next = () => {
      s = (Math.imul(s, 48271) >>> 0) % 2147483647;
      return s / 2147483647;
    };
    for (let k = 0; k < 240; k++) {
      const rows = 1 + Math.floor(next() * 24);
      const cols = k % 3 === 0 ? rows : 1 + Math.floor(next() * 30);
      const range = [2, 5, 1000][k % 3]!;
      // Integers keep every sum exact; multiples of 1/8 stay exact too and are not integers.
      const scale = k % 2 === 0 ? 1 : 0.125;
      const m = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (Math.floor(next() * 2 * range) - range) * scale),
      );
      expectCertificate(m, k % 4 === 1);
    }
  });
});

describe('solveAssignment, finite path: progress', () => {
  it('reports each search after the row reduction and the end (identical rows, 40 × 41)', () => {
    // Row reduction gives column 0 to row 0 only; rows 1–39 are left to the searches, one report each.
    const m = Array.from({ length: 40 }, () => Array.from({ length: 41 }, (_, x) => x));
    const expected: [number, number][] = [];
    for (let done = 1; done <= 40; done++) expected.push([done, 40]);
    expect(progressOf(m)).toEqual(expected);
  });

  it('reports every other search past 200 free rows (identical rows, 250 × 251)', () => {
    const m = Array.from({ length: 250 }, () => Array.from({ length: 251 }, (_, x) => x));
    const expected: [number, number][] = [];
    for (let done = 1; done < 250; done += 2) expected.push([done, 250]);
    expected.push([250, 250]);
    expect(progressOf(m)).toEqual(expected);
  });

  it('reports the end alone when the row reduction matches every row', () => {
    const m = Array.from({ length: 7 }, (_, y) => Array.from({ length: 9 }, (_, x) => (x === y ? 0 : 5)));
    expect(progressOf(m)).toEqual([[7, 7]]);
  });
});

describe('solveAssignment: the start of a square matrix and the duals asked for', () => {
  it('starts a square matrix from the LAPJV initialisation, which leaves fewer rows to search', () => {
    // Identical rows [0, 1, 2]: the column reduction gives row 0 column 0, the augmenting row
    // reduction moves rows 1 and 2 onto column 1 in turn and leaves one of them free: one search.
    // (A row reduction alone would leave two rows free: reports 1, 2, 3.)
    const m = [
      [0, 1, 2],
      [0, 1, 2],
      [0, 1, 2],
    ];
    expect(progressOf(m)).toEqual([
      [2, 3],
      [3, 3],
    ]);
  });

  it('gives duals only when asked for and no pair is forbidden', () => {
    const m = [
      [4, 1, 3],
      [2, 0, 5],
    ];
    expect(solveAssignment(m).duals).toBeUndefined();
    expect(solveAssignment(m, { duals: false }).duals).toBeUndefined();
    expect(solveAssignment(m, { duals: true }).duals).toBeDefined();
    const forbidden = [
      [4, Number.POSITIVE_INFINITY, 3],
      [2, 0, 5],
    ];
    const r = solveAssignment(forbidden, { duals: true });
    expect(r.total).toBe(3);
    expect(r.duals).toBeUndefined();
    expect(Object.keys(r)).toEqual(['rowToCol', 'colToRow', 'total']);
  });
});
