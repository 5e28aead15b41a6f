import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Internal helper, tested directly against a sort-based oracle (forecastQuota reads its intervals from it).
import { quantile } from '../../src/quota/simulate.js';

function sortedType7(values: number[], q: number): number {
  const s = values.slice().sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

describe('quantile (quickselect, R type 7)', () => {
  it('worked example: quartiles of 1..5 and the median of four values', () => {
    expect(quantile(Float64Array.from([5, 1, 4, 2, 3]), 0.25)).toBe(2);
    expect(quantile(Float64Array.from([4, 1, 3, 2]), 0.5)).toBe(2.5);
    expect(quantile(Float64Array.from([7]), 0.9)).toBe(7);
  });

  it('equals the sort-based type-7 quantile, also when called repeatedly on the same array', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (values, qs) => {
          const a = Float64Array.from(values);
          for (const q of qs) expect(quantile(a, q)).toBeCloseTo(sortedType7(values, q), 9);
        },
      ),
    );
  });
});
