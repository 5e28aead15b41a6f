import { forecastSeries } from 'banenmatch';
import { describe, expect, it } from 'vitest';
// The quantiles of the interval rules at small, ordinary and extreme levels, with hand-computed values
// (session 16: the survivors of forecast-series.ts and rolling-errors.ts after commit a9e433d).
import { defaultBenchmark } from '../../src/quota/forecast-series.js';
import { type ErrorProfile, standardHalfWidth } from '../../src/quota/rolling-errors.js';

const relative = (got: number, want: number): number => Math.abs(got / want - 1);

describe('analytic intervals: Φ⁻¹(½ + level/200) at small and extreme levels', () => {
  // Drift on a short series: every analytic half-width is z·σ_k, so the ratio of two levels' half-widths
  // at a step is the ratio of their z, whatever σ_k is.
  const y = [3, 5, 4, 7, 6, 9, 8, 11, 10, 12];
  const f = forecastSeries(y, {
    horizon: 2,
    model: 'drift',
    intervals: 'analytic',
    levels: [0.001, 95, 99.99999999999999],
  });
  const half = (i: number, k: number): number => f.intervals[i]!.upper[k]! - f.mean[k]!;
  // Φ⁻¹(0.975) = 1.959963984540054 (R qnorm(0.975))
  const z95 = 1.959963984540054;

  it('at 0.001 %: z = Φ⁻¹(0.500005) = 1.2533141373e-5 (≈ √(2π)·5e-6), not Φ⁻¹ of ½ + 0.2', () => {
    for (const k of [0, 1])
      expect(relative(half(0, k) / half(1, k), 1.253314137348312e-5 / z95)).toBeLessThan(1e-7);
  });

  it('at 99.99999999999999 %, where ½ + level/200 rounds to 1: z = −Φ⁻¹(7.105e-17) = 8.2629560719 from the lower tail', () => {
    // 100 − level = 2⁻⁴⁶ exactly, so the tail (100 − level)/200 = 7.105427357601002e-17; Φ⁻¹ of it by
    // mpmath (40 digits): −8.2629560719365438. Acklam's approximation is within 1.15e-9 of it.
    for (const k of [0, 1])
      expect(relative(half(2, k) / half(1, k), 8.262956071936545 / z95)).toBeLessThan(1e-7);
  });
});

describe('standardHalfWidth: the t quantile at ½ + u/2', () => {
  const profile = (over: Partial<ErrorProfile>): ErrorProfile => ({
    scale: 1,
    growth: 0.5,
    seasonLength: 1,
    rms: 1,
    scores: Float64Array.from([1]),
    origins: 3,
    ...over,
  });

  it('at 10 %: t₂(0.55) = 0.1/√(2·0.55·0.45) = 0.142133810903740, not t₂ of ½ + 2u', () => {
    // 3 yearly origins: df = max(2, 3 − 1) = 2, where t is exact: (2p − 1)/√(2p(1 − p)).
    const p = profile({ rms: 3 });
    expect(relative(standardHalfWidth(p, 10, 'empirical').q, 3 * 0.1421338109037403)).toBeLessThan(1e-12);
    // conformal past its one score (rank ⌈2·0.9⌉ = 2 > 1): the same t at 90 %, t₂(0.95) = 0.9/√0.095
    const fallback = standardHalfWidth(p, 90, 'conformal');
    expect(fallback.fellBack).toBe(true);
    expect(relative(fallback.q, 3 * (0.9 / Math.sqrt(0.095)))).toBeLessThan(1e-12);
  });
});

describe('the benchmark and the empirical note by season length', () => {
  it("keeps 'median' for seasonal data and 'blend' for yearly data", () => {
    expect(defaultBenchmark(4)).toBe('median');
    expect(defaultBenchmark(12)).toBe('median');
    expect(defaultBenchmark(2)).toBe('median');
    expect(defaultBenchmark(1)).toBe('blend');
  });

  it('names the scaled t and its degrees of freedom for seasonal data only', () => {
    const quarterly = Array.from({ length: 24 }, (_, t) => 50 + t + [-6, 2, 0, 4][t % 4]!);
    const f = forecastSeries(quarterly, {
      horizon: 2,
      seasonLength: 4,
      model: 'naive',
      intervals: 'empirical',
    });
    const origins = Number(/from (\d+) rolling origins/.exec(f.intervalNote)![1]);
    // t(max(3, ⌊origins/4⌋ − 1)), the tailShape of a seasonal profile
    const df = Math.max(3, Math.floor(origins / 4) - 1);
    expect(f.intervalNote).toContain(
      `Student-t quantile (t with ${df} degrees of freedom scaled to the errors' root mean square)`,
    );
    const yearly = forecastSeries(quarterly, { horizon: 2, model: 'naive', intervals: 'empirical' });
    expect(yearly.intervalNote).toMatch(/Student-t quantile$/);
  });
});
