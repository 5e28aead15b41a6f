import { INTERVAL_METHODS } from 'banenmatch';
import { describe, expect, it } from 'vitest';
// Internal helpers of forecastSeries' empirical and conformal intervals, tested directly.
import {
  type ErrorProfile,
  errorProfile,
  growthText,
  logChiSquareBias,
  maseScale,
  profileDf,
  standardDraw,
  standardHalfWidth,
  stepScale,
  tailShape,
} from '../../src/quota/rolling-errors.js';
import { studentQuantile } from '../../src/quota/student-t.js';

const f64 = (values: number[]): Float64Array => Float64Array.from(values);

/**
 * A forecaster whose scaled error at origin o and step k + 1 is `errors[o][k]`: it forecasts
 * y[o + k] − e·s, s the MASE scale of the training prefix (NaN where no error is given).
 */
function withErrors(y: number[], m: number, errors: Record<number, number[]>) {
  return (train: Float64Array, h: number): Float64Array => {
    const o = train.length;
    const s = maseScale(train, o, m);
    return Float64Array.from({ length: h }, (_, k) => y[o + k]! - (errors[o]?.[k] ?? Number.NaN) * s);
  };
}

const profile = (over: Partial<ErrorProfile>): ErrorProfile => ({
  scale: 1,
  growth: 0.5,
  seasonLength: 1,
  rms: 1,
  scores: f64([1]),
  origins: 5,
  ...over,
});

/** A random stream that returns the given values in turn. */
const script = (values: number[]) => {
  let i = 0;
  return () => values[i++]!;
};

describe('INTERVAL_METHODS', () => {
  it('lists the three methods', () => {
    expect(INTERVAL_METHODS).toEqual(['empirical', 'conformal', 'analytic']);
  });
});

describe('maseScale', () => {
  it('is the mean absolute (seasonal) difference of the first n values, 0 with no difference', () => {
    const y = f64([1, 3, 2, 6, 100]);
    expect(maseScale(y, 4, 1)).toBe(7 / 3); // |2| + |−1| + |4|
    expect(maseScale(y, 3, 1)).toBe(1.5);
    expect(maseScale(y, 4, 2)).toBe(2); // |2 − 1| + |6 − 3|
    expect(maseScale(y, 3, 2)).toBe(1);
    expect(maseScale(y, 2, 2)).toBe(0);
    expect(maseScale(y, 1, 2)).toBe(0);
  });
});

describe('errorProfile', () => {
  // a straight line: every prefix of two or more values has the MASE scale 2
  const line = [0, 2, 4, 6, 8, 10, 12, 14];

  it('worked example: scores scaled by x^γ, γ through two horizons, the RMS of the scores', () => {
    // origins 5, 6, 7 (minTrain 5, horizon 2): step 1 errors 0.5, −1, 1.5 (mean square 7/6); step 2
    // errors ±a, a² = 7/6 · 2^1.5, so RMS₂/RMS₁ = 2^0.75 and γ = 0.75; step 2 scores a / 2^0.75 = √(7/6)
    const a = Math.sqrt(7 / 6) * 2 ** 0.75;
    const p = errorProfile(f64(line), withErrors(line, 1, { 5: [0.5, a], 6: [-1, -a], 7: [1.5] }), 1, 2, 5)!;
    expect(p.scale).toBe(2);
    expect(p.seasonLength).toBe(1);
    expect(p.origins).toBe(3);
    expect(p.growth).toBeCloseTo(0.75, 12);
    const r = Math.sqrt(7 / 6);
    expect(Array.from(p.scores)).toEqual([0.5, 1, expect.closeTo(r, 12), expect.closeTo(r, 12), 1.5]);
    expect(p.rms).toBeCloseTo(Math.sqrt(7 / 6), 12);
  });

  it('weights each horizon by its number of errors in the fit of γ', () => {
    // horizons 1, 2, 3 with 3, 2 and 1 errors of sizes 1, √2 and 3: points (ln h, ln RMS_h) = (0, 0),
    // (ln 2, ½ ln 2), (ln 3, ln 3), weights 3, 2, 1: slope (Σw·Σwxv − Σwx·Σwv)/(Σw·Σwx² − (Σwx)²) =
    // 0.8302 (unweighted it would be 0.9462)
    const s2 = Math.SQRT2;
    const p = errorProfile(f64(line), withErrors(line, 1, { 5: [1, s2, 3], 6: [-1, -s2], 7: [1] }), 1, 3, 5)!;
    expect(p.growth).toBeCloseTo(0.8301742680031869, 12);
  });

  it('falls back to γ = ½ with one horizon, and clamps γ to [½, 1]', () => {
    const one = errorProfile(f64(line), withErrors(line, 1, { 5: [1], 6: [2], 7: [3] }), 1, 1, 5)!;
    expect(one.growth).toBe(0.5);
    // errors at step 2 all 0: that horizon is left out of the fit, one horizon is left
    const zero = errorProfile(f64(line), withErrors(line, 1, { 5: [1, 0], 6: [2, 0], 7: [3] }), 1, 2, 5)!;
    expect(zero.growth).toBe(0.5);
    const steep = errorProfile(f64(line), withErrors(line, 1, { 5: [1, 8], 6: [1, 8], 7: [1] }), 1, 2, 5)!;
    expect(steep.growth).toBe(1);
    const flat = errorProfile(f64(line), withErrors(line, 1, { 5: [1, 1], 6: [1, 1], 7: [1] }), 1, 2, 5)!;
    expect(flat.growth).toBe(0.5);
    const between = errorProfile(
      f64(line),
      withErrors(line, 1, { 5: [1, 1.5], 6: [1, 1.5], 7: [1] }),
      1,
      2,
      5,
    )!;
    expect(between.growth).toBeCloseTo(Math.log(1.5) / Math.log(2), 12);
  });

  it('seasonal data: fits from one season on, in seasons, with the bias of log χ²_k/k taken off', () => {
    // quarterly, 20 values, origins 12…19, horizon 8: step h has n_h = min(8, 20 − h − 11) errors;
    // errors of size exp(γ·ln(h/4) + bias_h/2), bias_h = logChiSquareBias(max(1, n_h/(1 + 2(h − 1)/3))),
    // lie on a line of slope γ = 0.7 once the bias is taken off; steps 1–3 (errors 50) do not count
    const y = Array.from({ length: 20 }, (_, t) => 3 * t + [0, 2, -1, 4][t % 4]!);
    const size = (h: number, n: number) =>
      h < 4
        ? 50
        : Math.exp(0.7 * Math.log(h / 4) + logChiSquareBias(Math.max(1, n / (1 + (2 * (h - 1)) / 3))) / 2);
    const errors: Record<number, number[]> = {};
    for (let o = 12; o < 20; o++) {
      errors[o] = Array.from({ length: Math.min(8, 20 - o) }, (_, k) => {
        const h = k + 1;
        return (o % 2 === 0 ? 1 : -1) * size(h, Math.min(8, 20 - h - 11));
      });
    }
    const p = errorProfile(f64(y), withErrors(y, 4, errors), 4, 8, 12)!;
    expect(p.origins).toBe(8);
    expect(p.growth).toBeCloseTo(0.7, 10);
    // a score is |e| / max(1, h/4)^γ: the largest are the 50s of steps 1–3, not divided
    expect(p.scores[p.scores.length - 1]).toBe(50);
  });

  it('uses at most the latest 40 origins, from minTrain on, and skips an origin whose scale is 0', () => {
    const long = Array.from({ length: 50 }, (_, t) => t * t);
    const naive = (train: Float64Array, h: number) => new Float64Array(h).fill(train[train.length - 1]!);
    expect(errorProfile(f64(long), naive, 1, 1, 2)!.origins).toBe(40);
    expect(errorProfile(f64(long), naive, 1, 1, 45)!.origins).toBe(5);
    // origins 2 to 5, but the prefixes 5, 5 and 5, 5, 5 do not change: origins 2 and 3 give no scale
    const start = [5, 5, 5, 6, 8, 11];
    expect(errorProfile(f64(start), naive, 1, 1, 2)!.origins).toBe(2);
  });

  it('asks each origin for no more steps than the series has left after it', () => {
    const asked: [number, number][] = [];
    const naive = (train: Float64Array, h: number) => {
      asked.push([train.length, h]);
      return new Float64Array(h).fill(train[train.length - 1]!);
    };
    errorProfile(f64(line), naive, 1, 2, 5);
    expect(asked).toEqual([
      [5, 2],
      [6, 2],
      [7, 1],
    ]);
  });

  it('is null when the series changes by less than its rounding error, though its prefixes change', () => {
    // 1e6 and the next double up: a MASE scale of 1.2e-10, below 4ε · 1e6 = 8.9e-10 (scale.ts)
    const up = 1e6 + 2 ** -33;
    const y = [1e6, up, 1e6, up, 1e6, up];
    const naive = (train: Float64Array, h: number) => new Float64Array(h).fill(train[train.length - 1]!);
    expect(errorProfile(f64(y), naive, 1, 1, 2)).toBeNull();
  });

  it('skips non-finite errors, and is null with none left, a series that never changes, or overflow', () => {
    const p = errorProfile(f64(line), withErrors(line, 1, { 5: [1, Number.NaN], 6: [2], 7: [3] }), 1, 2, 5)!;
    expect(p.scores.length).toBe(3);
    expect(p.origins).toBe(3);
    expect(errorProfile(f64(line), withErrors(line, 1, {}), 1, 2, 5)).toBeNull();
    expect(errorProfile(f64([4, 4, 4, 4, 4]), withErrors(line, 1, { 3: [1] }), 1, 1, 3)).toBeNull();
    // a score of 1e154 (its square still finite) on a scale of 1e155: the half-width would overflow
    const huge = [0, 1, 2, 3, 4e155];
    expect(errorProfile(f64(huge), withErrors(huge, 1, { 4: [1e154] }), 1, 1, 4)).toBeNull();
    const fits = errorProfile(f64(huge), withErrors(huge, 1, { 4: [1e153] }), 1, 1, 4)!;
    expect(fits.rms / 1e153).toBeCloseTo(1, 12);
    // a squared error that overflows: the RMS is infinite
    const big = (_: Float64Array, h: number) => new Float64Array(h).fill(-1e300);
    expect(errorProfile(f64(line), big, 1, 1, 5)).toBeNull();
  });
});

describe('logChiSquareBias: ψ(k/2) − ln(k/2)', () => {
  // ψ from SciPy's digamma
  const exact: [number, number][] = [
    [0.5, -2.8411591722563747],
    [1, -1.2703628454614782],
    [2, -0.5772156649015329],
    [3, -0.3689751341295879],
    [5, -0.21313409122891191],
    [10, -0.1033202440023],
    [11.9, -0.08638093416529746],
    [12, -0.0856418007962545],
    [13, -0.07889084650165845],
    [40, -0.02520828131184194],
    [1000, -0.0010003333332004871],
  ];
  it.each(exact)('k = %s: %s within 1e-11', (k, value) => {
    expect(Math.abs(logChiSquareBias(k) - value)).toBeLessThan(1e-11);
  });
});

describe('profileDf, growthText, stepScale', () => {
  it('gives one degree of freedom per season of origins, less one, at least 2', () => {
    expect(profileDf(profile({ origins: 40, seasonLength: 4 }))).toBe(9);
    expect(profileDf(profile({ origins: 7, seasonLength: 1 }))).toBe(6);
    expect(profileDf(profile({ origins: 16, seasonLength: 4 }))).toBe(3);
    expect(profileDf(profile({ origins: 15, seasonLength: 4 }))).toBe(2);
    expect(profileDf(profile({ origins: 11, seasonLength: 4 }))).toBe(2);
    expect(profileDf(profile({ origins: 3, seasonLength: 1 }))).toBe(2);
  });

  it('names the growth in words for the note', () => {
    expect(growthText(profile({ growth: 0.75, seasonLength: 1 }))).toBe('h^0.75');
    expect(growthText(profile({ growth: 0.5, seasonLength: 4 }))).toBe('(h/4)^0.50 from one season on');
  });

  it('multiplies by the scale and x^γ, x = max(1, h/m) in seasons', () => {
    const p = profile({ scale: 3, growth: 0.5, seasonLength: 4 });
    expect([1, 2, 4].map((h) => stepScale(p, h))).toEqual([3, 3, 3]);
    expect(stepScale(p, 8)).toBeCloseTo(3 * Math.SQRT2, 14);
    expect(stepScale(p, 16)).toBe(6);
    expect(stepScale(profile({ scale: 3, growth: 1, seasonLength: 1 }), 4)).toBe(12);
  });
});

describe('standardHalfWidth', () => {
  const scores = f64(Array.from({ length: 19 }, (_, i) => i + 1));

  it('conformal: the ⌈(n + 1)·level⌉-th smallest score, up to the n-th', () => {
    const p = profile({ scores, rms: 7 });
    expect(standardHalfWidth(p, 80, 'conformal')).toEqual({ q: 16, fellBack: false });
    expect(standardHalfWidth(p, 95, 'conformal')).toEqual({ q: 19, fellBack: false });
    expect(standardHalfWidth(p, 50, 'conformal')).toEqual({ q: 10, fellBack: false });
  });

  it('conformal falls back to the t quantile with too few scores, and says so', () => {
    // 18 scores at 95%: ⌈19 · 0.95⌉ = 19 > 18; 1..18 have an RMS of 10.8
    const p = profile({ scores: scores.subarray(0, 18), rms: 10.8, origins: 7 });
    const q = 10.8 * studentQuantile(0.975, 6);
    expect(standardHalfWidth(p, 95, 'conformal')).toEqual({ q, fellBack: true });
    expect(q).toBeCloseTo(10.8 * 2.447, 2); // t(0.975; 6) = 2.447
  });

  it('conformal: the fallback is never below the largest score (a wider level never narrower)', () => {
    // 17 errors of 1 and one of 10: RMS 2.55, t(0.975; 6) × 2.55 = 6.24 < 10
    const p = profile({ scores: f64([...Array.from({ length: 17 }, () => 1), 10]), rms: 2.55, origins: 7 });
    expect(standardHalfWidth(p, 95, 'conformal')).toEqual({ q: 10, fellBack: true });
    expect(standardHalfWidth(p, 90, 'conformal')).toEqual({ q: 10, fellBack: false });
  });

  it('empirical: RMS × t(½ + level/200; df), never a fallback', () => {
    const p = profile({ scores, rms: 2, origins: 7 });
    expect(standardHalfWidth(p, 80, 'empirical')).toEqual({
      q: 2 * studentQuantile(0.9, 6),
      fellBack: false,
    });
    expect(standardHalfWidth(p, 80, 'empirical').q).toBeCloseTo(2 * 1.44, 2); // t(0.9; 6) = 1.440
  });

  it('takes levels at the ends of (0, 100) that round away in floating point', () => {
    // 5e-324 % underflows to u = 0: still rank 1, the smallest score, not scores[-1] (NaN before).
    const p = profile({ scores, rms: 2, origins: 7 });
    expect(standardHalfWidth(p, 5e-324, 'conformal')).toEqual({ q: 1, fellBack: false });
    expect(standardHalfWidth(p, 5e-324, 'empirical').q).toBe(0);
    // ½ + level/200 rounds to 1 at 99.99999999999999 %: the t quantile from the lower tail, finite.
    const top = 99.99999999999999;
    const tail = -studentQuantile((1 - top / 100) / 2, 6);
    expect(Number.isFinite(tail)).toBe(true);
    expect(tail).toBeGreaterThan(studentQuantile(0.9999, 6));
    expect(standardHalfWidth(p, top, 'empirical')).toEqual({ q: 2 * tail, fellBack: false });
    const fallback = standardHalfWidth(p, top, 'conformal');
    expect(fallback).toEqual({ q: 2 * tail, fellBack: true });
    expect(Number.isFinite(fallback.q)).toBe(true);
  });
});

describe('tailShape: the t of the empirical rule', () => {
  it('yearly: t(df) times the RMS, as before', () => {
    expect(tailShape(profile({ origins: 7 }))).toEqual({ df: 6, factor: 1 });
  });

  it('seasonal: t(max(3, df)) scaled to unit variance, in the half-width and the draws', () => {
    // 28 origins a season of 4 apart: df 6, factor √(4/6)
    const p = profile({ scores: f64([1, 2, 3]), rms: 2, origins: 28, seasonLength: 4 });
    expect(tailShape(p)).toEqual({ df: 6, factor: Math.sqrt(4 / 6) });
    expect(standardHalfWidth(p, 80, 'empirical').q).toBeCloseTo(2 * Math.sqrt(4 / 6) * 1.44, 2);
    expect(standardDraw(p, 'empirical', script([0.975]))).toBe(
      2 * Math.sqrt(4 / 6) * studentQuantile(0.975, 6),
    );
    // 11 origins: df 2 (infinite variance) raised to 3, factor √(1/3)
    expect(tailShape(profile({ origins: 11, seasonLength: 4 }))).toEqual({ df: 3, factor: Math.sqrt(1 / 3) });
  });

  it('seasonal: at the variance the RMS measures, narrower than the normal at 80%, heavier tailed', () => {
    const p = profile({ rms: 1, origins: 20, seasonLength: 4 });
    const q80 = standardHalfWidth(p, 80, 'empirical').q;
    const q95 = standardHalfWidth(p, 95, 'empirical').q;
    expect(q80).toBeLessThan(1.2815515655446004);
    expect(q95 / q80).toBeGreaterThan(1.959963984540054 / 1.2815515655446004);
  });

  it('conformal: beyond its scores the draws take the t of its interval fallback (here the seasonal one)', () => {
    // 3 scores: u = 0.99 is beyond them (⌈4 · 0.99⌉ = 4 > 3): 2·√(1/3)·t(0.995; 3) = 6.74 > 3
    const p = profile({ scores: f64([1, 2, 3]), rms: 2, origins: 11, seasonLength: 4 });
    const q = 2 * Math.sqrt(1 / 3) * studentQuantile(0.995, 3);
    expect(standardDraw(p, 'conformal', script([0.99, 0.9]))).toBe(q);
    expect(standardHalfWidth(p, 99, 'conformal')).toEqual({ q, fellBack: true });
  });
});

describe('standardDraw', () => {
  const p = profile({ scores: f64([1, 2, 3]), rms: 2, origins: 5 }); // df 4

  it('empirical: RMS × t(u; df), a u of 0 drawn again', () => {
    expect(standardDraw(p, 'empirical', script([0, 0, 0.975]))).toBe(2 * studentQuantile(0.975, 4));
    expect(standardDraw(p, 'empirical', script([0.1]))).toBe(2 * studentQuantile(0.1, 4));
  });

  it('conformal: the ⌈u(n + 1)⌉-th smallest score with a random sign', () => {
    // u = 0.5: ⌈2⌉ = 2, score 2 of 1, 2, 3; sign − below ½
    expect(standardDraw(p, 'conformal', script([0, 0.5, 0.3]))).toBe(-2);
    expect(standardDraw(p, 'conformal', script([0.2, 0.5]))).toBe(1);
    expect(standardDraw(p, 'conformal', script([0.74, 0.9]))).toBe(3);
  });

  it('conformal: beyond the largest score (u > n/(n + 1)) the t quantile of the interval, at least that score', () => {
    // u = 0.99: 2·t(0.995; 4) = 9.21; u = 0.8: 2·t(0.9; 4) = 3.07; u = 0.76: 2·t(0.88; 4) = 2.70 < 3, so 3
    expect(standardDraw(p, 'conformal', script([0.99, 0.9]))).toBe(2 * studentQuantile(0.995, 4));
    expect(standardDraw(p, 'conformal', script([0.8, 0.1]))).toBe(-2 * studentQuantile(0.9, 4));
    expect(standardDraw(p, 'conformal', script([0.76, 0.9]))).toBe(3);
  });

  it('conformal: |Z| at u is the half-width at level 100·u, inside and beyond the scores', () => {
    for (const level of [10, 50, 70, 75, 76, 80, 90, 95, 99]) {
      const z = standardDraw(p, 'conformal', script([level / 100, 0.9]));
      expect(z).toBe(standardHalfWidth(p, level, 'conformal').q);
    }
  });
});
