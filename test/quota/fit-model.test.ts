// fitModel, the combination, the weighted model's backtest weights and the seasonal adjustment, tested
// directly (internal): forecastSeries, backtest and forecastQuota reach them only through slow files.
import type { ModelName } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { EtsMemo } from '../../src/quota/ets-memo.js';
import { type FitOptions, fitModel, resolveCombine } from '../../src/quota/fit-model.js';
import { seasonalIndices } from '../../src/quota/seasonal.js';
import { fitTheta } from '../../src/quota/theta.js';
import { failureOf } from '../helpers/errors.js';

const series = (...v: number[]) => Float64Array.from(v);
const options = (o: Partial<FitOptions> = {}): FitOptions => ({
  seasonLength: 1,
  seasonal: 'auto',
  combine: ['ses', 'holt', 'damped'],
  ...o,
});
const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;

describe('fitModel: minimum length', () => {
  it('refuses a series shorter than the model needs, naming model, need, season length and length', () => {
    expect(failureOf(() => fitModel(series(1, 2, 3), 'holt', options()))).toBe(
      'INVALID_ARGUMENT: model holt needs at least 4 values (season length 1), got 3',
    );
    expect(failureOf(() => fitModel(series(1, 2, 3, 4), 'snaive', options({ seasonLength: 4 })))).toBe(
      'INVALID_ARGUMENT: model snaive needs at least 5 values (season length 4), got 4',
    );
    // exactly the minimum is fitted
    expect(fitModel(series(1, 2, 3, 5), 'holt', options()).model).toBe('holt');
    expect(fitModel(series(1, 2), 'naive', options()).mean(1)[0]).toBe(2);
  });

  it('fits each plain model by its own rule: naive, seasonal naive over the season length, drift', () => {
    const y = series(1, 3, 2, 5, 4, 8);
    expect(Array.from(fitModel(y, 'naive', options()).mean(2))).toEqual([8, 8]);
    // snaive with m = 2 never adjusted: the last season repeated
    const sn = fitModel(y, 'snaive', options({ seasonLength: 2, seasonal: 'always' }));
    expect(sn.adjusted).toBe(false);
    expect(Array.from(sn.mean(3))).toEqual([4, 8, 4]);
    // drift: mean change 7/5 per step
    const d = fitModel(y, 'drift', options());
    expect(d.mean(2)[0]).toBeCloseTo(8 + 7 / 5, 12);
    expect(d.mean(2)[1]).toBeCloseTo(8 + 14 / 5, 12);
  });

  it('fits SES, Holt, damped and Theta with the fixed parameters passed, with or without a memo', () => {
    const y = series(4, 7, 6, 10, 12, 11, 15);
    const fixed = { alpha: 0.4, beta: 0.3, phi: 0.85 };
    for (const model of ['ses', 'holt', 'damped', 'theta'] as const) {
      const plain = fitModel(y, model, options({ fixed }));
      expect(plain.model).toBe(model);
      expect(plain.params.alpha).toBe(0.4);
      const memo = new EtsMemo();
      const viaMemo = fitModel(y, model, options({ fixed, memo }));
      expect(Array.from(viaMemo.mean(3))).toEqual(Array.from(plain.mean(3)));
      expect(memo.size).toBe(1);
    }
    expect(fitModel(y, 'holt', options({ fixed })).params.beta).toBe(0.3);
    expect(fitModel(y, 'damped', options({ fixed })).params.phi).toBe(0.85);
    // Theta: SES (not another ETS model) with half the OLS slope, Σ(t − 3)·y_t / Σ(t − 3)² = 47/28
    expect(Array.from(fitModel(y, 'theta', options({ fixed })).mean(3))).toEqual(
      Array.from(fitTheta(y, fixed).mean(3)),
    );
    expect(fitModel(y, 'theta', options({ fixed })).params.slope).toBeCloseTo(47 / 28, 12);
  });
});

describe('fitModel: the combination (M4 Comb)', () => {
  // drift and SES (α = 0.5, ℓ0 = 0) on 1, 3, 2, 5:
  // drift: b = 4/3, fitted NaN, 7/3, 13/3, 10/3; forecasts 19/3, 23/3; slopeSe √(13/3 / 3) = √13/3
  // SES: ŷ 0, 0.5, 1.75, 1.875, ℓ4 = 3.4375; ψ 1, 0.5
  const y = series(1, 3, 2, 5);
  const fit = fitModel(
    y,
    'combination',
    options({ combine: ['drift', 'ses'], fixed: { alpha: 0.5, level0: 0 } }),
  );
  const fitted = [Number.NaN, (7 / 3 + 0.5) / 2, (13 / 3 + 1.75) / 2, (10 / 3 + 1.875) / 2];

  it('fitted values and forecasts are the equal-weight means of the parts', () => {
    expect(fit.model).toBe('combination');
    expect(fit.fitted[0]).toBeNaN();
    for (let t = 1; t < 4; t++) {
      expect(fit.fitted[t]).toBeCloseTo(fitted[t]!, 12);
      expect(fit.residuals[t]).toBeCloseTo(y[t]! - fitted[t]!, 12);
    }
    const m = Array.from(fit.mean(2));
    expect(m[0]).toBeCloseTo((19 / 3 + 3.4375) / 2, 12);
    expect(m[1]).toBeCloseTo((23 / 3 + 3.4375) / 2, 12);
    expect(Array.from(fit.psi(2))).toEqual([1, 0.75]);
  });

  it('σ² is the mean square of the residuals where the combination has a fitted value', () => {
    const r = [1, 2, 3].map((t) => y[t]! - fitted[t]!);
    expect(fit.sigma2).toBeCloseTo(mean(r.map((e) => e * e)), 12);
    expect(fit.slopeSe).toBeCloseTo(Math.sqrt(13) / 6, 12);
  });

  it("names every part's parameters by model, and no weights for equal ones", () => {
    expect(Object.keys(fit.params).sort()).toEqual(['drift.drift', 'ses.alpha', 'ses.level0']);
    expect(fit.params['drift.drift']).toBeCloseTo(4 / 3, 12);
    expect(fit.params['ses.alpha']).toBe(0.5);
  });

  it('σ² is 0, not 0/0, when no part has a fitted value (seasonal naive over one season)', () => {
    const only = fitModel(
      series(1, 2, 3, 4),
      'combination',
      options({ seasonLength: 4, combine: ['snaive'] }),
    );
    expect(Array.from(only.fitted).every(Number.isNaN)).toBe(true);
    expect(only.sigma2).toBe(0);
    expect(Array.from(only.mean(2))).toEqual([1, 2]);
  });
});

describe('fitModel: the median of Theta, drift and Holt', () => {
  it('takes at each step the median of the three forecasts, and names their parameters', () => {
    const y = series(3, 5, 4, 8, 9, 13, 12, 16);
    const o = options({ fixed: { alpha: 0.5, beta: 0.3 } });
    const fit = fitModel(y, 'median', o);
    expect(fit.model).toBe('median');
    const parts = (['theta', 'drift', 'holt'] as const).map((m) => Array.from(fitModel(y, m, o).mean(3)));
    const m = Array.from(fit.mean(3));
    for (let k = 0; k < 3; k++) {
      const sorted = parts.map((p) => p[k]!).sort((a, b) => a - b);
      expect(m[k]).toBeCloseTo(sorted[1]!, 12);
    }
    const models = new Set(Object.keys(fit.params).map((key) => key.split('.')[0]));
    expect([...models].sort()).toEqual(['drift', 'holt', 'theta']);
  });
});

describe("fitModel: the weighted model's weights (1 / mean MASE over the last 8 origins)", () => {
  const parts: ModelName[] = ['theta', 'drift', 'combination'];
  const fixed = { alpha: 0.5, beta: 0.3, phi: 0.9 };
  const opts = options({ fixed });

  // The rule written out: origins from max(4, T − 8); the scale is the mean absolute change of the
  // training values; up to 5 steps; each part's mean scaled error per origin, averaged over origins.
  function oracle(y: Float64Array): number[] {
    const T = y.length;
    const sums = parts.map(() => 0);
    let origins = 0;
    for (let o = Math.max(4, T - 8); o < T; o++) {
      const train = Array.from(y.subarray(0, o));
      const scale = mean(train.slice(1).map((v, i) => Math.abs(v - train[i]!)));
      if (scale === 0) continue;
      const steps = Math.min(5, T - o);
      parts.forEach((p, i) => {
        const f = fitModel(Float64Array.from(train), p, opts).mean(steps);
        const errors = Array.from(f, (v, k) => Math.abs(y[o + k]! - v) / scale);
        sums[i]! += mean(errors);
      });
      origins++;
    }
    const inverse = sums.map((s) => 1 / Math.max(s / origins, 1e-9));
    const total = inverse.reduce((a, b) => a + b, 0);
    return inverse.map((w) => w / total);
  }

  const weightsOf = (y: Float64Array) => {
    const fit = fitModel(y, 'weighted', opts);
    return parts.map((p) => fit.params[`${p}.weight`]!);
  };

  it('14 values: origins 6 to 13, the last ones scored on fewer steps', () => {
    const y = series(3, 5, 4, 8, 9, 13, 12, 16, 21, 20, 26, 27, 33, 31);
    const got = weightsOf(y);
    const want = oracle(y);
    for (let i = 0; i < 3; i++) expect(got[i]).toBeCloseTo(want[i]!, 12);
    expect(got[0]! + got[1]! + got[2]!).toBeCloseTo(1, 12);
    // the forecast is the weighted mean of the parts'
    const fit = fitModel(y, 'weighted', opts);
    expect(fit.model).toBe('weighted');
    const byPart = parts.map((p) => fitModel(y, p, opts).mean(3));
    for (let k = 0; k < 3; k++) {
      expect(fit.mean(3)[k]).toBeCloseTo(
        byPart.reduce((s, f, i) => s + f[k]! * got[i]!, 0),
        9,
      );
    }
    expect(fit.params['theta.slope']).toBeDefined();
    expect(fit.params['combination.ses.alpha']).toBe(0.5);
  });

  it('7 values: origins from the 4 values every part needs', () => {
    const y = series(2, 6, 5, 9, 14, 13, 19);
    const got = weightsOf(y);
    const want = oracle(y);
    for (let i = 0; i < 3; i++) expect(got[i]).toBeCloseTo(want[i]!, 12);
  });

  it('skips an origin whose training values never change', () => {
    // origins 6 to 11: at 6 the training values 5, 5, 5, 5, 5, 5 give scale 0
    const y = series(5, 5, 5, 5, 5, 5, 7, 8, 12, 13, 15, 19);
    const got = weightsOf(y);
    const want = oracle(y);
    for (let i = 0; i < 3; i++) expect(got[i]).toBeCloseTo(want[i]!, 12);
  });

  it('a part without error gets nearly all the weight (its mean scaled error floored at 1e-9)', () => {
    // an exact line: drift forecasts it exactly at every origin
    const y = Float64Array.from({ length: 12 }, (_, t) => 3 + 2 * t);
    const [theta, drift, comb] = weightsOf(y);
    expect(drift).toBeGreaterThan(0.999_999);
    expect(drift).toBeLessThan(1);
    expect(theta).toBeGreaterThan(0);
    expect(comb).toBeGreaterThan(0);
  });

  it('the floor is on the mean over origins: drift erring 1e-9 once in 8 origins is floored', () => {
    // the line 3 + 2t with the last value 1e-9 off: drift errs only there, from origins 7..11, a sum of
    // mean scaled errors 1e-9/2 · (1/5 + 1/4 + 1/3 + 1/2 + 1) ≈ 1.14e-9, over 8 origins below 1e-9
    const y = Float64Array.from({ length: 12 }, (_, t) => 3 + 2 * t);
    y[11] = y[11]! + 1e-9;
    const got = weightsOf(y);
    const want = oracle(y);
    for (let i = 0; i < 3; i++) expect(got[i]).toBeCloseTo(want[i]!, 12);
    expect(got[1]).toBeGreaterThan(1 - 1e-8);
  });

  it('equal weights, not listed, when no origin can be scored (4 values, or no change before the last)', () => {
    const short = fitModel(series(1, 3, 2, 5), 'weighted', opts);
    expect(Object.keys(short.params).some((k) => k.endsWith('.weight'))).toBe(false);
    const parts4 = parts.map((p) => fitModel(series(1, 3, 2, 5), p, opts).mean(2));
    for (let k = 0; k < 2; k++) {
      expect(short.mean(2)[k]).toBeCloseTo((parts4[0]![k]! + parts4[1]![k]! + parts4[2]![k]!) / 3, 9);
    }
    const flat = fitModel(series(4, 4, 4, 4, 4, 9), 'weighted', opts);
    expect(Object.keys(flat.params).some((k) => k.endsWith('.weight'))).toBe(false);
  });
});

describe('fitModel: seasonal adjustment (classical additive decomposition)', () => {
  // a strong Q4/Q1 pattern on a slow rise: the M4 test finds it
  const pattern = Array.from({ length: 16 }, (_, t) => t + [-30, 10, 0, 20][t % 4]!);
  const y = Float64Array.from(pattern);

  it('adjusts, fits the adjusted series and adds the indices back to fits and forecasts', () => {
    const s = seasonalIndices(y, 4);
    const fit = fitModel(y, 'naive', options({ seasonLength: 4 }));
    expect(fit.adjusted).toBe(true);
    const T = y.length;
    for (let t = 1; t < T; t++)
      expect(fit.fitted[t]).toBeCloseTo(y[t - 1]! - s[(t - 1) % 4]! + s[t % 4]!, 12);
    const last = y[T - 1]! - s[(T - 1) % 4]!;
    const m = Array.from(fit.mean(5));
    for (let k = 0; k < 5; k++) expect(m[k]).toBeCloseTo(last + s[(T + k) % 4]!, 12);
  });

  it("'never' does not adjust; 'always' adjusts a series the test finds not seasonal", () => {
    expect(fitModel(y, 'naive', options({ seasonLength: 4, seasonal: 'never' })).adjusted).toBe(false);
    const line = Float64Array.from({ length: 8 }, (_, t) => t);
    expect(fitModel(line, 'naive', options({ seasonLength: 4 })).adjusted).toBe(false);
    const always = fitModel(line, 'naive', options({ seasonLength: 4, seasonal: 'always' }));
    expect(always.adjusted).toBe(true);
  });

  it('needs two whole seasons and a season longer than one step, and never adjusts seasonal naive', () => {
    const seven = Float64Array.from(pattern.slice(0, 7));
    expect(fitModel(seven, 'naive', options({ seasonLength: 4, seasonal: 'always' })).adjusted).toBe(false);
    const eight = Float64Array.from(pattern.slice(0, 8));
    expect(fitModel(eight, 'naive', options({ seasonLength: 4, seasonal: 'always' })).adjusted).toBe(true);
    expect(fitModel(y, 'naive', options({ seasonLength: 1, seasonal: 'always' })).adjusted).toBe(false);
    expect(fitModel(y, 'snaive', options({ seasonLength: 4 })).adjusted).toBe(false);
  });
});

describe('resolveCombine', () => {
  it('defaults to SES, Holt and damped (the M4 Comb)', () => {
    expect(resolveCombine(undefined, 'x')).toEqual(['ses', 'holt', 'damped']);
    expect(resolveCombine(['naive', 'theta'], 'x')).toEqual(['naive', 'theta']);
  });

  it('refuses an empty list, the combinations themselves and unknown names, naming the call', () => {
    const message = 'forecastSeries: combine must list models other than combination, weighted and blend';
    for (const bad of [[], ['combination'], ['ses', 'weighted'], ['ses', 'arima']]) {
      expect(failureOf(() => resolveCombine(bad as ModelName[], 'forecastSeries'))).toBe(
        `INVALID_ARGUMENT: ${message}`,
      );
    }
  });
});
