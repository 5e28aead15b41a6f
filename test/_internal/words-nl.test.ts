import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { euroText } from '../../src/_internal/words-nl.js';

/** The thousands dots by the regular expression euroText used before its digits were grouped by hand. */
const byPattern = (x: number): string =>
  `€ ${Math.round(x)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;

describe('euroText', () => {
  it('worked cases: dots every three digits from the right, a minus kept, rounding to whole euros', () => {
    expect(euroText(0)).toBe('€ 0');
    expect(euroText(-0.4)).toBe('€ 0');
    expect(euroText(999.5)).toBe('€ 1.000');
    expect(euroText(1234.4)).toBe('€ 1.234');
    expect(euroText(123456)).toBe('€ 123.456');
    expect(euroText(1234567)).toBe('€ 1.234.567');
    expect(euroText(-1234)).toBe('€ -1.234');
    expect(euroText(-123)).toBe('€ -123');
    expect(euroText(Number.POSITIVE_INFINITY)).toBe('€ Infinity');
    expect(euroText(Number.NaN)).toBe('€ NaN');
    expect(euroText(1e21)).toBe('€ 1e+21');
  });

  it('is the regular expression it replaced, on any number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.double({ min: -1e7, max: 1e7 })), (x) => {
        expect(euroText(x)).toBe(byPattern(x));
      }),
      { seed: 24, numRuns: 2000 },
    );
  });
});
