import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShortlistRows } from '../../src/scoring/rank/shortlist-rows.js';
import { floorOf, insertTop } from '../../src/scoring/rank/top-k.js';

describe('top-k lists of the matcher (rank/top-k)', () => {
  it('keeps the k best by key, ties to the smaller index, as sorting everything would (oracle)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat(50)), { maxLength: 40 }),
        (k, pairs) => {
          const keys = new Float64Array(2 * k);
          const idx = new Int32Array(2 * k);
          const count = new Int32Array(2);
          // List 1 of two, so the offset `at * k` is exercised.
          for (const [key, index] of pairs) insertTop(keys, idx, count, 1, k, key / 4, index);
          const want = [...pairs]
            .map(([key, index]) => [key / 4, index] as const)
            .sort((a, b) => b[0] - a[0] || a[1] - b[1])
            .slice(0, k);
          const n = count[1]!;
          expect(count[0]).toBe(0);
          expect(Array.from({ length: n }, (_, r) => [keys[k + r], idx[k + r]])).toEqual(want);
        },
      ),
    );
  });

  it('gives the floor a pair must reach: minScore until the list is full, then the k-th key less the lift', () => {
    const keys = Float64Array.of(0.9, 0.6);
    const count = Int32Array.of(1);
    expect(floorOf(keys, count, 0, 2, 0, 0.1)).toBe(0.1);
    count[0] = 2;
    expect(floorOf(keys, count, 0, 2, 0, 0.1)).toBe(0.6);
    expect(floorOf(keys, count, 0, 2, 2, 0.1)).toBe(0.1);
  });

  it('puts shortlist rows found in any order back in candidate order', () => {
    const rows = new ShortlistRows(3, 1);
    const live = Int32Array.of(0, 10, 20, 30);
    rows.put(2, 2, Int32Array.of(3, 1), Float64Array.of(0.8, 0.7), live);
    rows.put(0, 1, Int32Array.of(2), Float64Array.of(0.5), live);
    rows.put(1, 0, new Int32Array(0), new Float64Array(0), live);
    const s = rows.finish();
    expect([...s.offsets]).toEqual([0, 1, 1, 3]);
    expect([...s.vacancies]).toEqual([20, 30, 10]);
    expect([...s.scores]).toEqual([0.5, 0.8, 0.7]);
  });
});
