import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Internal helpers of forecastQuota and forecastSeries, tested directly.
import { bestPacePerMonth, reachProbability } from '../../src/quota/reach.js';
import { usableScale } from '../../src/quota/scale.js';
import { isSeasonal, seasonalIndices } from '../../src/quota/seasonal.js';

const f64 = (values: number[]): Float64Array => Float64Array.from(values);

describe('bestPacePerMonth', () => {
  it('takes the largest increase over one year, per month', () => {
    // monthly: y[12] − y[0] = 24 and y[13] − y[1] = 12: 24 / 12 = 2 a month
    const monthly = [0, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 24, 22];
    expect(bestPacePerMonth(f64(monthly), 12)).toBe(2);
    // quarterly: increases over 4 steps 10 − 0 = 10 and 4 − 1 = 3: 10 / 12 a month
    expect(bestPacePerMonth(f64([0, 1, 2, 3, 10, 4]), 4)).toBe(10 / 12);
    // yearly: the best of −2 and −3 is −2, −1/6 a month
    expect(bestPacePerMonth(f64([10, 8, 5]), 1)).toBe(-2 / 12);
  });

  it('is −∞ when the history is no longer than a year', () => {
    expect(bestPacePerMonth(f64([1, 2, 3, 4]), 4)).toBe(Number.NEGATIVE_INFINITY);
    expect(bestPacePerMonth(f64([]), 1)).toBe(Number.NEGATIVE_INFINITY);
    expect(bestPacePerMonth(f64([5, 9]), 1)).toBe(4 / 12);
  });
});

describe('reachProbability', () => {
  it('is 1 (reached) once the latest value is at the target, not below it', () => {
    expect(reachProbability(0, 100, 50, 50, 0, 12)).toEqual({ probability: 1, basis: 'reached' });
    expect(reachProbability(100, 100, 50, 49.5, 10, 12)).toEqual({
      probability: 100.5 / 101,
      basis: 'simulated',
    });
  });

  it('is 0 (out of reach) when no path reached it and the best pace kept up stays below it', () => {
    // 100 + 5 a month × 12 months = 160
    expect(reachProbability(0, 999, 160.5, 100, 5, 12)).toEqual({ probability: 0, basis: 'out-of-reach' });
    // exactly at the best pace: not out of reach, the share of paths with a half added
    expect(reachProbability(0, 999, 160, 100, 5, 12)).toEqual({
      probability: 0.5 / 1000,
      basis: 'simulated',
    });
    expect(reachProbability(0, 999, 150, 100, 5, 12)).toEqual({
      probability: 0.5 / 1000,
      basis: 'simulated',
    });
    // a path that reached it overrules the pace
    expect(reachProbability(1, 999, 500, 100, 5, 12)).toEqual({
      probability: 1.5 / 1000,
      basis: 'simulated',
    });
  });

  it('counts a falling best pace as no increase, and an unknown pace (−∞) as no rule', () => {
    expect(reachProbability(0, 9, 100.5, 100, -3, 12)).toEqual({ probability: 0, basis: 'out-of-reach' });
    expect(reachProbability(0, 9, 100.5, 100, Number.NEGATIVE_INFINITY, 12)).toEqual({
      probability: 0.05,
      basis: 'simulated',
    });
  });

  it('never claims certainty from paths: (k + ½)/(paths + 1) lies strictly between 0 and 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(), (paths, k0) => {
        const k = k0 % (paths + 1);
        const { probability, basis } = reachProbability(k, paths, 10, 0, 100, 1);
        expect(basis).toBe('simulated');
        expect(probability).toBe((k + 0.5) / (paths + 1));
        expect(probability).toBeGreaterThan(0);
        expect(probability).toBeLessThan(1);
      }),
      { seed: 20 },
    );
  });
});

describe('usableScale', () => {
  it('needs more than 4ε times the largest |y|, the bound excluded', () => {
    // 4ε = 2⁻⁵⁰ for a largest value of 1 (or −1)
    expect(usableScale(2 ** -50, f64([1, 0.5]))).toBe(false);
    expect(usableScale(2 ** -50 * (1 + 2 ** -52), f64([1, 0.5]))).toBe(true);
    expect(usableScale(2 ** -50, f64([0.5, -1]))).toBe(false);
    expect(usableScale(1e-13, f64([-1000, 0]))).toBe(false);
    expect(usableScale(1e-12, f64([-1000, 0]))).toBe(true);
  });

  it('follows the JSDoc examples, and refuses a scale whose inverse is infinite', () => {
    expect(usableScale(1e-3, f64([0, 0.001]))).toBe(true);
    expect(usableScale(5.6e-309, f64([0, 8e-309, -0.0014]))).toBe(false);
    expect(usableScale(1e-300, f64([0, 0]))).toBe(true);
    expect(usableScale(5e-324, f64([0, 0]))).toBe(false);
    expect(usableScale(0, f64([0, 0]))).toBe(false);
  });
});

describe('seasonalIndices (classical additive decomposition, FPP3 §3.4)', () => {
  it('worked example, even m = 4: a 2×4 moving average, means by position, centred', () => {
    // trend at t = 2…7: 8.375, 8.75, 9.125, 9.5, 9.875, 10.125 (weights ½, 1, 1, 1, ½ over 4);
    // detrended: position 0: −3.125; 1: 1.5; 2: −1.375, −1.875; 3: 3.25, 3.875; means −3.125, 1.5,
    // −1.625, 3.5625, their mean 0.078125 taken off
    const s = seasonalIndices(f64([5, 9, 7, 12, 6, 11, 8, 14, 7, 12]), 4);
    expect(Array.from(s)).toEqual([-3.203125, 1.421875, -1.703125, 3.484375]);
  });

  it('worked example, odd m = 3: a plain moving average of 3', () => {
    // trend at t = 1…7: 5, 16/3, 17/3, 6, 20/3, 7, 23/3; detrended: position 0: −2/3, 0; 1: 3, 3, 7/3;
    // 2: −7/3, −8/3; means −1/3, 25/9, −5/2, their mean −1/54 taken off
    const s = seasonalIndices(f64([4, 8, 3, 5, 9, 4, 7, 10, 6]), 3);
    expect(s[0]).toBeCloseTo(-17 / 54, 14);
    expect(s[1]).toBeCloseTo(151 / 54, 14);
    expect(s[2]).toBeCloseTo(-134 / 54, 14);
  });

  it('gives a position without any detrended value 0 before centring', () => {
    // 6 quarters: only t = 2 (2 − 3.5 = −1.5) and t = 3 (6 − 3.875 = 2.125) have a trend value; the
    // mean 0.15625 of −1.5, 2.125 and two zeros is taken off
    expect(Array.from(seasonalIndices(f64([1, 4, 2, 6, 3, 5]), 4))).toEqual([
      -0.15625, -0.15625, -1.65625, 1.96875,
    ]);
  });

  it('recovers a seasonal pattern that sums to 0 on a straight trend exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: 2, max: 4 }),
        (m, raw, level, slope, seasons) => {
          const pattern = raw.slice(0, m);
          const mean = pattern.reduce((a, b) => a + b, 0) / m;
          const s = pattern.map((v) => v - mean);
          const y = Array.from({ length: seasons * m + 1 }, (_, t) => level + slope * t + s[t % m]!);
          const got = seasonalIndices(f64(y), m);
          for (let k = 0; k < m; k++) expect(got[k]).toBeCloseTo(s[k]!, 9);
        },
      ),
      { seed: 20 },
    );
  });
});

describe('isSeasonal (the M4 benchmarks’ test, 90% one-sided)', () => {
  // R, as in M4-methods' "Benchmarks and Evaluation.R": xacf = acf(y)$acf[-1];
  // clim = 1.645/√T · √cumsum(c(1, 2·xacf²)); seasonal when |xacf[m]| > clim[m]
  function oracle(y: number[], m: number): boolean {
    const T = y.length;
    const mean = y.reduce((a, b) => a + b, 0) / T;
    const c0 = y.reduce((a, v) => a + (v - mean) ** 2, 0);
    const r = (k: number) => y.slice(k).reduce((a, v, t) => a + (v - mean) * (y[t]! - mean), 0) / c0;
    let cum = 1;
    for (let k = 1; k < m; k++) cum += 2 * r(k) ** 2;
    return Math.abs(r(m)) > (1.645 / Math.sqrt(T)) * Math.sqrt(cum);
  }

  it('worked example: r₄ = 0.5805 beyond 1.645·√((1 + 2(r₁² + r₂² + r₃²))/12) = 0.5186', () => {
    // with r₄² in the sum as well the limit would be 0.6488: the sum stops before lag m
    const y = [5, 3, 7, 2, 1, 5, 3, 9, 7, 4, 3, 1];
    expect(isSeasonal(f64(y), 4)).toBe(true);
    expect(oracle(y, 4)).toBe(true);
  });

  it('worked example: a rising quarterly pattern whose r₄ = 0.588 stays within 0.737', () => {
    const y = [1, 5, 3, 7, 2, 6, 4, 8, 3, 7, 5, 9];
    expect(isSeasonal(f64(y), 4)).toBe(false);
  });

  it('needs three seasons, a season longer than one step and a series that varies', () => {
    const pattern = [0, 0, 0, 8]; // r₄ = 2/3 against a limit of 0.575 over three years
    const years = (n: number) => Array.from({ length: 4 * n }, (_, t) => 10 + pattern[t % 4]!);
    expect(isSeasonal(f64(years(3)), 4)).toBe(true);
    expect(isSeasonal(f64(years(3).slice(1)), 4)).toBe(false);
    expect(isSeasonal(f64(years(5)), 1)).toBe(false);
    expect(isSeasonal(f64(years(5).map(() => 7)), 4)).toBe(false);
  });

  it('is no test for a season of one step, even on a series with strong lag-1 autocorrelation', () => {
    const trend = Array.from({ length: 20 }, (_, t) => t);
    expect(isSeasonal(f64(trend), 1)).toBe(false);
    expect(isSeasonal(f64(trend), 0)).toBe(false);
  });

  it('a series that never changes is not seasonal (its denominator is exactly 0)', () => {
    expect(isSeasonal(new Float64Array(16), 4)).toBe(false);
    expect(isSeasonal(new Float64Array(16).fill(8), 4)).toBe(false);
  });

  it('does not change when a large constant is added (the sums are of deviations from the mean)', () => {
    const y = [5, 3, 7, 2, 1, 5, 3, 9, 7, 4, 3, 1];
    const z = [1, 5, 3, 7, 2, 6, 4, 8, 3, 7, 5, 9];
    expect(isSeasonal(f64(y.map((v) => v + 1e9)), 4)).toBe(true);
    expect(isSeasonal(f64(z.map((v) => v + 1e9)), 4)).toBe(false);
    expect(isSeasonal(f64(y.map((v) => v - 1e9)), 4)).toBe(true);
  });

  it('agrees with the R formulation on random series', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 30 }),
        (m, y) => {
          if (y.every((v) => v === y[0])) return;
          expect(isSeasonal(f64(y), m)).toBe(y.length >= 3 * m && oracle(y, m));
        },
      ),
      { seed: 20, numRuns: 500 },
    );
  });
});
