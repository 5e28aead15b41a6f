import { forecastSeries } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorProfile, logChiSquareBias, profileDf, stepScale } from '../../src/quota/rolling-errors.js';

// Issue 17: quarterly intervals grow per season (x = max(1, h/4)), not per step.

/** A quarterly series (Q1 low, Q4 high) of 20–40 quarters: a trend, sometimes damped, plus noise. */
const quarterly = fc
  .record({
    n: fc.integer({ min: 20, max: 40 }),
    level: fc.double({ min: 10, max: 500, noNaN: true }),
    trend: fc.double({ min: 0.5, max: 10, noNaN: true }),
    damped: fc.boolean(),
    season: fc.double({ min: 0, max: 5, noNaN: true }),
    noise: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }),
  })
  .map(({ n, level, trend, damped, season, noise }) => {
    const pattern = [-1.5, 0.3, 0.4, 0.8];
    const y: number[] = [];
    let v = level;
    let b = trend;
    for (let t = 0; t < n; t++) {
      if (damped) b *= 0.95;
      v += b;
      y.push(v + season * pattern[t % 4]! + trend * noise[t]!);
    }
    return y;
  });

const halfWidth = (f: ReturnType<typeof forecastSeries>, level: number, k: number): number => {
  const i = f.intervals.find((x) => x.level === level)!;
  return (i.upper[k]! - i.lower[k]!) / 2;
};

describe('quarterly intervals from rolling-origin errors', () => {
  it('never shrink with the horizon, are flat within the first year, and grow from one year to five', () => {
    fc.assert(
      fc.property(
        quarterly,
        fc.constantFrom('drift', 'theta', 'holt') as fc.Arbitrary<'drift' | 'theta' | 'holt'>,
        fc.constantFrom('empirical', 'conformal') as fc.Arbitrary<'empirical' | 'conformal'>,
        (y, model, intervals) => {
          const f = forecastSeries(y, { horizon: 20, seasonLength: 4, model, intervals });
          expect(f.intervalMethod).toBe(intervals);
          expect(f.intervalNote).toMatch(/growing as \(h\/4\)\^\d\.\d\d from one season on/);
          for (let k = 0; k < 20; k++) {
            expect(halfWidth(f, 95, k)).toBeGreaterThanOrEqual(halfWidth(f, 80, k) - 1e-9);
            if (k > 0) expect(halfWidth(f, 80, k)).toBeGreaterThanOrEqual(halfWidth(f, 80, k - 1) - 1e-9);
            if (k > 0) expect(halfWidth(f, 95, k)).toBeGreaterThanOrEqual(halfWidth(f, 95, k - 1) - 1e-9);
          }
          // One width for the four quarters of the first year: the error does not grow within a season.
          for (let k = 1; k < 4; k++) expect(halfWidth(f, 80, k)).toBeCloseTo(halfWidth(f, 80, 0), 9);
          // Five years out at least √5 × one year out (γ ≥ 0.5), where the errors vary at all.
          if (halfWidth(f, 80, 3) > 1e-9) {
            expect(halfWidth(f, 80, 19)).toBeGreaterThanOrEqual(Math.sqrt(5) * halfWidth(f, 80, 3) - 1e-9);
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('worked example: naive on the line 0, 1, …, 19 in quarters errs x = h/4 seasonal scales; γ = 1, 2 degrees of freedom', () => {
    // Seasonal MASE scale of a line rising 1 a quarter: |y_t − y_{t−4}| = 4. Naive errs h at step h,
    // i.e. h/4 scales: flat below a season (scores h/4 < 1), exactly x = h/4 from one season on
    // (scores 1), so γ = 1 (the bias correction only steepens it, and the bound is 1). Origins after
    // 8..19 values: 12 origins, 3 seasons of them, 3 − 1 = 2 degrees of freedom.
    const y = Float64Array.from({ length: 20 }, (_, t) => t);
    const naive = (train: Float64Array, h: number) => new Float64Array(h).fill(train[train.length - 1]!);
    const p = errorProfile(y, naive, 4, 8, 8)!;
    expect(p.growth).toBe(1);
    expect(p.origins).toBe(12);
    expect(profileDf(p)).toBe(2);
    expect(p.scores[p.scores.length - 1]).toBeCloseTo(1, 12);
    expect(p.scores[0]).toBeCloseTo(0.25, 12);
    expect(stepScale(p, 2)).toBeCloseTo(4, 12);
    expect(stepScale(p, 8)).toBeCloseTo(8, 12);
  });
});

describe('the log-χ² bias taken off long horizons', () => {
  it('is ψ(k/2) − log(k/2): −1.27036 for k = 1, −γ_Euler for k = 2, and shrinks towards 0 as k grows', () => {
    expect(logChiSquareBias(1)).toBeCloseTo(-1.2703628, 6);
    expect(logChiSquareBias(2)).toBeCloseTo(-0.5772157, 6);
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1000, noNaN: true }), (k) => {
        const b = logChiSquareBias(k);
        expect(b).toBeLessThan(0);
        expect(b).toBeLessThan(logChiSquareBias(k * 1.5) + 1e-12);
        // Large k: −1/k to first order.
        if (k > 50) expect(b * k).toBeCloseTo(-1, 1);
      }),
    );
  });
});
