// backtest's defaults, options and scoring on worked examples (fast: naive, snaive and drift only,
// or ETS with fixed parameters).
import { backtest, mase, smape } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { defaultMinTrain, defaultModels, runBacktest } from '../../src/quota/backtest.js';
import { fitModel } from '../../src/quota/fit-model.js';
import { failureOf } from '../helpers/errors.js';

const ALL_BUT_WEIGHTED = ['naive', 'drift', 'ses', 'theta', 'holt', 'damped', 'combination'];

describe('backtest defaults', () => {
  it('models: every model but weighted, seasonal naive only with a season longer than one step', () => {
    expect(defaultModels(1)).toEqual(ALL_BUT_WEIGHTED);
    expect(defaultModels(4)).toEqual(['naive', 'snaive', ...ALL_BUT_WEIGHTED.slice(1)]);
    expect(defaultModels(2)).toContain('snaive');
  });

  it('first training length: max(4, 2·seasonLength, every model’s minimum length)', () => {
    expect(defaultMinTrain(['naive'], 1)).toBe(4);
    expect(defaultMinTrain(['naive', 'drift'], 1)).toBe(4);
    expect(defaultMinTrain(['naive'], 3)).toBe(6);
    expect(defaultMinTrain(['snaive'], 4)).toBe(8);
    // seasonal naive over 9 steps needs 10 values, two seasons 18
    expect(defaultMinTrain(['snaive'], 9)).toBe(18);
    expect(defaultMinTrain(defaultModels(1), 1)).toBe(4);
  });

  it('a call without models or minTrain uses them, and one summary row per model in that order', () => {
    const y = [3, 5, 4, 8, 9, 12, 11, 15];
    const r = backtest(y, { horizon: 1 });
    expect(r.minTrain).toBe(4);
    expect(r.summary.map((s) => s.model)).toEqual(ALL_BUT_WEIGHTED);
    expect(r.summary.every((s) => s.origins === 4)).toBe(true);
  });
});

describe('backtest scoring', () => {
  it('worked example: naive and drift from origin 5, MASE and sMAPE per row, means in the summary', () => {
    // y = 3, 5, 4, 8, 9, 12, 11, 15; horizon 2
    // origin 5 (train 3 5 4 8 9, naive MAE (2+1+4+1)/4 = 2): naive 9, 9 for 12, 11 → MAE 2.5, MASE 1.25
    // origin 6 (train … 12, MAE (8+3)/5 = 2.2): naive 12, 12 for 11, 15 → MAE 2, MASE 2/2.2
    // origin 7 (train … 11, MAE 12/6 = 2): naive 11 for 15 → MASE 2
    const y = [3, 5, 4, 8, 9, 12, 11, 15];
    const r = backtest(y, { horizon: 2, models: ['naive', 'drift'], minTrain: 5 });
    const naive = r.rows.filter((x) => x.model === 'naive');
    expect(naive.map((x) => x.mase)).toEqual([
      expect.closeTo(1.25, 12),
      expect.closeTo(2 / 2.2, 12),
      expect.closeTo(2, 12),
    ]);
    expect(naive[0]!.smape).toBeCloseTo(smape([12, 11], [9, 9]), 12);
    expect(naive[2]!.smape).toBeCloseTo(200 * (4 / 26), 12);
    // drift at origin 5: b = 6/4 = 1.5, forecasts 10.5, 12 for 12, 11 → MAE 1.25, MASE 0.625
    const drift = r.rows.filter((x) => x.model === 'drift');
    expect(drift[0]!.mase).toBeCloseTo(0.625, 12);
    const [sNaive, sDrift] = r.summary;
    expect(sNaive!.mase).toBeCloseTo((1.25 + 2 / 2.2 + 2) / 3, 12);
    expect(sNaive!.smape).toBeCloseTo((naive[0]!.smape + naive[1]!.smape + naive[2]!.smape) / 3, 12);
    expect(sDrift!.mase).toBeCloseTo((drift[0]!.mase + drift[1]!.mase + drift[2]!.mase) / 3, 12);
    expect(r.skippedOrigins).toEqual([]);
  });

  it('the MASE scale is seasonal with a season length, and an origin whose seasonal changes are all 0 is skipped', () => {
    // m = 2: at origin 4 (train 1, 2, 1, 2) every lag-2 change is 0
    const y = [1, 2, 1, 2, 3, 5, 4, 7];
    const r = backtest(y, {
      horizon: 2,
      seasonLength: 2,
      models: ['snaive'],
      minTrain: 4,
      seasonal: 'never',
    });
    expect(r.skippedOrigins).toEqual([4]);
    expect(r.rows.map((x) => x.origin)).toEqual([5, 6, 7]);
    // origin 5: train 1 2 1 2 3, lag-2 MAE (0+0+2)/3; snaive forecasts 2, 3 for 5, 4 → MAE 2 → MASE 3
    expect(r.rows[0]!.mase).toBeCloseTo(3, 12);
    expect(r.rows[0]!.mase).toBeCloseTo(mase([5, 4], [2, 3], [1, 2, 1, 2, 3], 2), 12);
  });

  it('sMAPE with an offset added to actual and forecast', () => {
    const y = [3, 5, 4, 8, 9];
    const r = backtest(y, { horizon: 1, models: ['naive'], minTrain: 4, smapeOffset: 100 });
    // naive 8 for 9: 200·1/(109 + 108)
    expect(r.rows[0]!.smape).toBeCloseTo(200 / 217, 12);
  });

  it('fits each origin on the values before it only (ETS with fixed parameters, through fitModel)', () => {
    const y = [3, 5, 4, 8, 9, 12, 11, 15, 14, 18];
    const fixed = { alpha: 0.5, beta: 0.3, phi: 0.9 };
    const r = runBacktest(Float64Array.from(y), {
      horizon: 3,
      seasonLength: 1,
      models: ['holt', 'combination'],
      minTrain: 6,
      combine: ['ses', 'damped'],
      seasonal: 'auto',
      smapeOffset: 0,
      fixed,
    });
    expect(r.rows).toHaveLength(8);
    for (const row of r.rows) {
      const train = Float64Array.from(y.slice(0, row.origin));
      const f = fitModel(train, row.model, {
        seasonLength: 1,
        seasonal: 'auto',
        combine: ['ses', 'damped'],
        fixed,
      }).mean(row.horizon);
      const test = y.slice(row.origin, row.origin + row.horizon);
      expect(row.horizon).toBe(Math.min(3, y.length - row.origin));
      expect(row.mase).toBeCloseTo(mase(test, Array.from(f), Array.from(train)), 12);
    }
  });

  it('a model without any scored origin has NaN means and 0 origins (runBacktest); backtest refuses it', () => {
    const r = runBacktest(Float64Array.of(5, 5, 5, 5, 5), {
      horizon: 1,
      seasonLength: 1,
      models: ['naive'],
      minTrain: 4,
      combine: ['ses'],
      seasonal: 'auto',
      smapeOffset: 0,
    });
    expect(r.summary).toEqual([{ model: 'naive', mase: Number.NaN, smape: Number.NaN, origins: 0 }]);
    expect(r.skippedOrigins).toEqual([4]);
    expect(failureOf(() => backtest([5, 5, 5, 5, 5, 5], { horizon: 1, models: ['naive'] }))).toBe(
      'INVALID_ARGUMENT: backtest: the training data never change at any origin, so MASE is undefined',
    );
  });

  it('progress counts origins done out of all origins, skipped ones included; abort between origins', () => {
    const calls: string[] = [];
    backtest([5, 5, 5, 5, 6, 7, 9], {
      horizon: 1,
      models: ['naive'],
      onProgress: (done, total) => calls.push(`${done}/${total}`),
    });
    expect(calls).toEqual(['1/3', '2/3', '3/3']);
    const controller = new AbortController();
    let done = 0;
    const run = () =>
      backtest([3, 5, 4, 8, 9, 12], {
        horizon: 1,
        models: ['naive'],
        signal: controller.signal,
        onProgress: () => {
          done++;
          controller.abort();
        },
      });
    expect(failureOf(run)).toBe('ABORTED: backtest was aborted');
    expect(done).toBe(1);
  });
});

describe('backtest input and options', () => {
  it('names the call when the values are not a list of numbers', () => {
    expect(failureOf(() => backtest('1, 2' as never, { horizon: 1 }))).toBe(
      'INVALID_ARGUMENT: backtest: values must be an array of numbers',
    );
  });

  it("seasonal adjustment defaults to 'auto' (the M4 test)", () => {
    // a strong quarterly pattern: 'auto' adjusts where the test finds it, 'never' nowhere
    const y = Array.from({ length: 16 }, (_, t) => t + [-30, 10, 0, 20][t % 4]!);
    const at = (o: object) =>
      backtest(y, { horizon: 2, seasonLength: 4, models: ['naive'], ...o }).rows.map((r) => r.mase);
    expect(at({})).toEqual(at({ seasonal: 'auto' }));
    expect(at({})).not.toEqual(at({ seasonal: 'never' }));
  });

  it('needs minTrain + 1 values', () => {
    expect(failureOf(() => backtest([1, 2, 3, 4], { horizon: 1 }))).toBe(
      'INVALID_ARGUMENT: backtest: needs at least minTrain + 1 = 5 values, got 4',
    );
    expect(backtest([1, 2, 3, 4, 6], { horizon: 1, models: ['naive'] }).rows).toHaveLength(1);
  });

  it('refuses a bad option, naming it', () => {
    const y = [3, 5, 4, 8, 9, 12, 11, 15];
    const cases: [object, string][] = [
      [{ horizon: 0 }, '`horizon`'],
      [{ horizon: 1.5 }, '`horizon`'],
      [{ horizon: 1, seasonLength: 0 }, '`seasonLength`'],
      [{ horizon: 1, seasonLength: 367 }, '`seasonLength`'],
      [{ horizon: 1, seasonLength: 2.5 }, '`seasonLength`'],
      [{ horizon: 1, models: [] }, '`models`'],
      [{ horizon: 1, models: ['arima'] }, '`models[0]`'],
      [{ horizon: 1, minTrain: 0 }, '`minTrain`'],
      [{ horizon: 1, minTrain: 4.5 }, '`minTrain`'],
      [{ horizon: 1, smapeOffset: 'x' }, '`smapeOffset`'],
      [{ horizon: 1, seasonal: 'sometimes' }, '`seasonal`'],
      [{ horizon: 1, combine: ['weighted'] }, '`combine`'],
      [{ horizon: 1, signal: 5 }, '`signal`'],
      [{ horizon: 1, onProgress: 5 }, '`onProgress`'],
    ];
    for (const [options, name] of cases) {
      expect(failureOf(() => backtest(y, options as never))).toContain(
        `INVALID_ARGUMENT: backtest: ${name}: `,
      );
    }
    // 366 is a season length (two seasons then need 732 values)
    expect(failureOf(() => backtest(y, { horizon: 1, seasonLength: 366 }))).toBe(
      'INVALID_ARGUMENT: backtest: needs at least minTrain + 1 = 733 values, got 8',
    );
  });

  it('minTrain must fit every model and one season: max(seasonLength + 1, the models’ minimum lengths)', () => {
    const y = [3, 5, 4, 8, 9, 12, 11, 15, 14, 18];
    const at = (options: object) => failureOf(() => backtest(y, { horizon: 1, ...options } as never));
    expect(at({ models: ['holt'], minTrain: 3 })).toBe(
      'INVALID_ARGUMENT: backtest: `minTrain`: must be at least 4 for these models and season length',
    );
    expect(at({ models: ['holt'], minTrain: 4 })).toBe('ok');
    expect(at({ models: ['naive'], minTrain: 2 })).toBe('ok');
    expect(at({ models: ['naive'], minTrain: 1 })).toBe(
      'INVALID_ARGUMENT: backtest: `minTrain`: must be at least 2 for these models and season length',
    );
    // season length 3: one season and a value
    expect(at({ models: ['naive'], seasonLength: 3, minTrain: 3 })).toBe(
      'INVALID_ARGUMENT: backtest: `minTrain`: must be at least 4 for these models and season length',
    );
    expect(at({ models: ['naive'], seasonLength: 3, minTrain: 4 })).toBe('ok');
    // without models: the default ones (Holt, damped, combination need 4)
    expect(at({ minTrain: 3 })).toBe(
      'INVALID_ARGUMENT: backtest: `minTrain`: must be at least 4 for these models and season length',
    );
  });
});
