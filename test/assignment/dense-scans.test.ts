import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerColumnMinima, rowMin, twoLeast } from '../../src/assignment/dense/row-scans.js';

// The dense initialisation's row kernels (issue 20), each against a plain loop: they are unrolled by
// four, so rows of 1 to 13 columns take every mix of unrolled steps and remainder. The rows are read
// from an offset (`base`) inside a larger array, as the solver does. Values are distinct, so the
// kernels' tie rules (marked equivalent in the source) play no part and every index is pinned.

/** A row of `n` distinct costs at offset `base` of a larger array, and distinct prices. */
const caseArb = fc
  .record({
    n: fc.integer({ min: 1, max: 13 }),
    base: fc.integer({ min: 0, max: 7 }),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 2 }),
  })
  .map(({ n, base, seed }) => {
    let s = seed;
    const next = () => {
      s = (Math.imul(s, 48271) >>> 0) % 2147483647;
      return s;
    };
    // Distinct reduced costs: cost − price = a permutation of k + 1/2^7 steps, shuffled.
    const order = Array.from({ length: n }, (_, k) => k);
    for (let k = n - 1; k > 0; k--) {
      const t = next() % (k + 1);
      [order[k], order[t]] = [order[t]!, order[k]!];
    }
    const v = Float64Array.from({ length: n }, () => (next() % 64) - 32);
    const cost = new Float64Array(base + n + 5).fill(-1000);
    for (let j = 0; j < n; j++) cost[base + j] = v[j]! + order[j]! * 3 - 7;
    return { n, base, cost, v };
  });

/** The reduced costs of the row, in column order. */
function reduced(cost: Float64Array, base: number, v: Float64Array, n: number): number[] {
  return Array.from({ length: n }, (_, j) => cost[base + j]! - v[j]!);
}

describe('row kernels of the dense initialisation', () => {
  it('rowMin: the least reduced cost of the row', () => {
    fc.assert(
      fc.property(caseArb, ({ n, base, cost, v }) => {
        expect(rowMin(cost, base, v, n)).toBe(Math.min(...reduced(cost, base, v, n)));
      }),
      { numRuns: 300, seed: 20 },
    );
  });

  it('rowMin: Infinity when every column is left out by a price of −Infinity', () => {
    const v = Float64Array.from([Number.NEGATIVE_INFINITY]);
    expect(rowMin(Float64Array.from([5]), 0, v, 1)).toBe(Number.POSITIVE_INFINITY);
    // One column left out of five: the least of the other four.
    const v5 = Float64Array.from([0, 0, Number.NEGATIVE_INFINITY, 0, 0]);
    expect(rowMin(Float64Array.from([9, 4, -50, 6, 8]), 0, v5, 5)).toBe(4);
    expect(rowMin(Float64Array.from([9, 7, -50, 6, 3]), 0, v5, 5)).toBe(3);
  });

  it('twoLeast: the least and second least reduced cost and their columns', () => {
    fc.assert(
      fc.property(caseArb, ({ n, base, cost, v }) => {
        const h = reduced(cost, base, v, n);
        const byValue = h.map((x, j) => [x, j] as const).sort((a, b) => a[0] - b[0]);
        const out = new Float64Array(3);
        const j1 = twoLeast(cost, base, v, n, out);
        expect(j1).toBe(byValue[0]![1]);
        expect(out[0]).toBe(byValue[0]![0]);
        expect(out[1]).toBe(n > 1 ? byValue[1]![0] : Number.POSITIVE_INFINITY);
        expect(out[2]).toBe(n > 1 ? byValue[1]![1] : -1);
      }),
      { numRuns: 300, seed: 20 },
    );
  });

  it('twoLeast: a worked row where the least comes last and the second first', () => {
    const cost = Float64Array.from([100, 2, 9, 8, 7, 6, 5, 4, 3, 1]);
    const v = new Float64Array(9);
    const out = new Float64Array(3);
    // Row from offset 1: reduced costs 2, 9, 8, 7, 6, 5, 4, 3, 1.
    expect(twoLeast(cost, 1, v, 9, out)).toBe(8);
    expect(Array.from(out)).toEqual([1, 2, 0]);
  });

  it('lowerColumnMinima: each column keeps the least cost seen and its row', () => {
    fc.assert(
      fc.property(caseArb, caseArb, ({ n, base, cost }, other) => {
        // Current minima: the other case's prices plus 1/2 (integers: never equal to this row's costs).
        const mins = Float64Array.from({ length: n }, (_, j) => (other.v[j % other.n] ?? 0) + 0.5);
        const argmin = Int32Array.from({ length: n }, (_, j) => 100 + j);
        const wantV = Array.from(mins, (m, j) => Math.min(m, cost[base + j]!));
        const wantArg = Array.from(mins, (m, j) => (cost[base + j]! < m ? 7 : 100 + j));
        lowerColumnMinima(cost, base, 7, mins, argmin, n);
        expect(Array.from(mins)).toEqual(wantV);
        expect(Array.from(argmin)).toEqual(wantArg);
      }),
      { numRuns: 300, seed: 20 },
    );
  });
});
