import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Internal helpers, tested directly: forecastSeries reads its normal intervals from normalQuantile, the
// empirical intervals and the model choice their t quantiles from studentQuantile.
import { normalQuantile } from '../../src/quota/normal-quantile.js';
import { studentQuantile } from '../../src/quota/student-t.js';

// Φ⁻¹(p) to 16 digits (the values of R's qnorm and SciPy's norm.ppf; the familiar table values
// 1.2816, 1.6449, 1.9600, 2.3263, 2.5758, 3.0902).
const NORMAL: readonly [number, number][] = [
  [1e-10, -6.361340902404056],
  [1e-6, -4.753424308822899],
  [0.001, -3.090232306167813],
  [0.01, -2.3263478740408408],
  [0.02, -2.053748910631823],
  [0.1, -1.2815515655446004],
  [0.25, -0.6744897501960817],
  [0.6, 0.2533471031357997],
  [0.75, 0.6744897501960817],
  [0.9, 1.2815515655446004],
  [0.95, 1.6448536269514722],
  [0.975, 1.959963984540054],
  [0.98, 2.0537489106318225],
  [0.99, 2.3263478740408408],
  [0.995, 2.5758293035489004],
  [0.999, 3.090232306167813],
  [1 - 1e-6, 4.753424308817087],
];

describe('normalQuantile (Acklam 2003)', () => {
  it.each(NORMAL)('Φ⁻¹(%s) = %s within the relative error 1.15e-9', (p, exact) => {
    expect(Math.abs(normalQuantile(p) - exact)).toBeLessThanOrEqual(1.15e-9 * Math.abs(exact));
  });

  it('is 0 at ½, −∞ at 0 and below, +∞ at 1 and above', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(-0.5)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBe(Number.POSITIVE_INFINITY);
  });

  it('is symmetric and increasing, across the tail break points 0.02425 and 0.97575 too', () => {
    const p = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });
    fc.assert(
      fc.property(p, (a) => {
        expect(normalQuantile(1 - a)).toBeCloseTo(-normalQuantile(a), 6);
      }),
      { seed: 20 },
    );
    fc.assert(
      fc.property(p, p, (a, b) => {
        if (a < b) expect(normalQuantile(a)).toBeLessThanOrEqual(normalQuantile(b));
      }),
      { seed: 20 },
    );
    for (const q of [0.02425, 0.97575]) {
      expect(normalQuantile(q - 1e-9)).toBeLessThan(normalQuantile(q));
      expect(normalQuantile(q)).toBeLessThan(normalQuantile(q + 1e-9));
    }
  });
});

/** Abramowitz & Stegun 26.7.5 as printed: t ≈ z + g₁/ν + g₂/ν² + g₃/ν³ + g₄/ν⁴, z = Φ⁻¹(p). */
function cornishFisher(p: number, v: number): number {
  const z = normalQuantile(p);
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  const g4 = (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92160;
  return z + g1 / v + g2 / v ** 2 + g3 / v ** 3 + g4 / v ** 4;
}

// Student's t quantiles t(p; ν) to 16 digits (R's qt, SciPy's t.ppf; the printed tables give
// t(0.975; 1) = 12.706, t(0.975; 2) = 4.303, t(0.975; 3) = 3.182, t(0.975; 5) = 2.571, t(0.975; 10) =
// 2.228, t(0.975; 30) = 2.042, t(0.95; 10) = 1.812).
const T_975: readonly [number, number][] = [
  [3, 3.1824463052837078],
  [4, 2.7764451051977934],
  [5, 2.5705818356363146],
  [10, 2.228138851986274],
  [30, 2.0422724563012378],
];

describe('studentQuantile', () => {
  it('is exact for one degree of freedom (Cauchy: tan(π(p − ½)))', () => {
    expect(studentQuantile(0.975, 1)).toBeCloseTo(12.706204736174694, 9);
    expect(studentQuantile(0.6, 1)).toBeCloseTo(0.32491969623290634, 12);
    expect(studentQuantile(0.995, 1)).toBeCloseTo(63.656741162871526, 8);
    expect(studentQuantile(0.5, 1)).toBe(0);
  });

  it('is exact for two degrees of freedom ((2p − 1)/√(2p(1 − p)))', () => {
    expect(studentQuantile(0.975, 2)).toBeCloseTo(4.302652729749462, 12);
    expect(studentQuantile(0.9, 2)).toBeCloseTo(1.8856180831641272, 12);
    expect(studentQuantile(0.995, 2)).toBeCloseTo(9.924843200918287, 12);
    expect(studentQuantile(0.025, 2)).toBeCloseTo(-4.302652729749462, 12);
  });

  it.each(T_975)('t(0.975; %s) = %s: within 4e-3 at ν = 3, within 1e-3 from ν = 4', (v, exact) => {
    const error = Math.abs(studentQuantile(0.975, v) - exact);
    expect(error).toBeLessThan(v === 3 ? 4e-3 : 1e-3);
    // the truncated series falls short of the tail: a little too small
    expect(studentQuantile(0.975, v)).toBeLessThan(exact);
  });

  it('is within 1e-8 of t(0.975; 100) = 1.9839715185235518, where Φ⁻¹ is most of it', () => {
    expect(Math.abs(studentQuantile(0.975, 100) - 1.9839715185235518)).toBeLessThan(1e-8);
  });

  it('is within 5e-5 of the exact t(0.6; ν) from ν = 3 (closer to the median, closer to exact)', () => {
    const exact: [number, number][] = [
      [3, 0.2766706623326898],
      [5, 0.2671808657041451],
      [10, 0.2601848294920803],
      [30, 0.2556053649519128],
    ];
    for (const [v, t] of exact) expect(Math.abs(studentQuantile(0.6, v) - t)).toBeLessThan(5e-5);
  });

  it('from ν = 3 is the Cornish–Fisher expansion of Abramowitz & Stegun 26.7.5, term by term', () => {
    for (const v of [3, 4, 7, 30])
      for (const p of [0.001, 0.1, 0.6, 0.9, 0.975, 0.995]) {
        const expected = cornishFisher(p, v);
        expect(Math.abs(studentQuantile(p, v) - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
      }
  });

  it('is −∞ at p = 0 and below, +∞ at p = 1 and above, for every ν', () => {
    for (const v of [1, 2, 3, 10]) {
      expect(studentQuantile(0, v)).toBe(Number.NEGATIVE_INFINITY);
      expect(studentQuantile(-1, v)).toBe(Number.NEGATIVE_INFINITY);
      expect(studentQuantile(1, v)).toBe(Number.POSITIVE_INFINITY);
      expect(studentQuantile(2, v)).toBe(Number.POSITIVE_INFINITY);
    }
  });

  it('lies beyond the normal quantile and comes closer to it as ν grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        (p, v) => {
          const z = normalQuantile(p);
          expect(studentQuantile(p, v)).toBeGreaterThanOrEqual(z - 1e-12);
          expect(studentQuantile(p, v + 1)).toBeLessThanOrEqual(studentQuantile(p, v) + 1e-12);
          expect(studentQuantile(1 - p, v)).toBeCloseTo(-studentQuantile(p, v), 6);
        },
      ),
      { seed: 20 },
    );
  });
});
