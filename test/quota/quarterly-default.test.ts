import { forecastSeries } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The default for seasonal data (issue 17, session 11): `median`, the median of the Theta, drift and
// Holt forecasts at each step; the Diebold–Mariano gate counts seasons of origins.
const quarterly = (n: number): number[] =>
  Array.from({ length: n }, (_, t) => 100 + 3 * t + [-6, 1, 2, 3][t % 4]! + ((t * 7) % 5));

describe('the quarterly default', () => {
  it('is the median of Theta, drift and Holt, kept without the test below 8 seasons of origins', () => {
    const f = forecastSeries(quarterly(39), { horizon: 8, seasonLength: 4 });
    expect(f.model).toBe('median');
    expect(f.selection).toBeNull();
    // 39 values, first training length 8: 31 origins, 7 whole seasons of them.
    expect(f.reason).toBe(
      'median: 31 backtest origins (7 seasons of origins), fewer than 8, too few to tell models apart beyond noise; median is the default benchmark (it forecast quarterly series best in the calibration study)',
    );
    expect(f.intervalMethod).toBe('empirical');
    expect(f.intervalNote).toMatch(
      /Student-t quantile \(t with \d+ degrees of freedom scaled to the errors' root mean square\); the default for seasonal data: with median, /,
    );
  });

  it('runs the Diebold–Mariano test from 8 seasons of origins on', () => {
    const f = forecastSeries(quarterly(40), { horizon: 8, seasonLength: 4 });
    expect(f.selection).not.toBeNull();
    expect(f.reason).toMatch(/on 32 backtest origins/);
  });

  it('keeps the yearly default, blend, for yearly data', () => {
    const f = forecastSeries([21057, 22554, 36904, 51957, 61615, 66097, 72809, 81117, 85665], { horizon: 3 });
    expect(f.model).toBe('blend');
    expect(f.reason).toMatch(/^blend: 5 backtest origins, fewer than 8/);
  });
});

describe('the median model', () => {
  const parts = ['theta', 'drift', 'holt'] as const;

  it('forecasts, at each step, the middle one of the Theta, drift and Holt forecasts', () => {
    const y = quarterly(24);
    const each = parts.map((model) => forecastSeries(y, { horizon: 6, seasonLength: 4, model }).mean);
    const f = forecastSeries(y, { horizon: 6, seasonLength: 4, model: 'median' });
    for (let k = 0; k < 6; k++) {
      const sorted = each.map((m) => m[k]!).sort((a, b) => a - b);
      expect(f.mean[k]).toBeCloseTo(sorted[1]!, 9);
    }
    expect(Object.keys(f.params)).toEqual(
      expect.arrayContaining(['theta.alpha', 'drift.drift', 'holt.beta']),
    );
  });

  it('never leaves the range of its parts, yearly or quarterly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 8, maxLength: 20 }),
        fc.constantFrom(1, 4),
        (y, seasonLength) => {
          const each = parts.map((model) => forecastSeries(y, { horizon: 5, seasonLength, model }).mean);
          const f = forecastSeries(y, { horizon: 5, seasonLength, model: 'median' });
          for (let k = 0; k < 5; k++) {
            const values = each.map((m) => m[k]!);
            const slack = 1e-9 * (1 + Math.max(...values.map(Math.abs)));
            expect(f.mean[k]!).toBeGreaterThanOrEqual(Math.min(...values) - slack);
            expect(f.mean[k]!).toBeLessThanOrEqual(Math.max(...values) + slack);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
