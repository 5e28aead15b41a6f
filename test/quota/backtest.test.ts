import { backtest, forecastSeries, mase, NATIONAL_REALISATIONS, smape } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('mase and smape (Hyndman & Koehler 2006; M4)', () => {
  it('worked example: scale = in-sample naive MAE, sMAPE in percent with |y| + |ŷ|', () => {
    // training 1, 2, 4 → naive MAE (1 + 2)/2 = 1.5; forecast MAE 1 → MASE 2/3
    expect(mase([10, 12], [11, 11], [1, 2, 4])).toBeCloseTo(2 / 3, 12);
    // seasonal scale, m = 2: |3 − 1|, |4 − 2| → 2; error 1 → 0.5
    expect(mase([5], [6], [1, 2, 3, 4], 2)).toBeCloseTo(0.5, 12);
    // (200 / 2)·(1/21 + 1/23)
    expect(smape([10, 12], [11, 11])).toBeCloseTo(100 * (1 / 21 + 1 / 23), 10);
    expect(smape([0], [0])).toBe(0);
    expect(smape([10], [20], 75179)).toBeCloseTo((200 * 10) / (75189 + 75199), 12);
  });

  it('MASE of a perfect forecast is 0 and scales with the error', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 3, maxLength: 10 }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (train, err) => {
          fc.pre(train.some((v, i) => i > 0 && v !== train[i - 1]));
          expect(mase([1, 2], [1, 2], train)).toBe(0);
          const one = mase([1, 2], [1 + err, 2 + err], train);
          const two = mase([1, 2], [1 + 2 * err, 2 + 2 * err], train);
          expect(two).toBeCloseTo(2 * one, 9);
        },
      ),
    );
  });

  it('reject unequal lengths with INVALID_ARGUMENT', () => {
    expect(() => mase([1], [1, 2], [1, 2, 3])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => smape([], [])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('backtest', () => {
  it('scores every model at every origin from minTrain, with shorter horizons at the end', () => {
    const y = [3, 5, 4, 8, 9, 12, 11, 15];
    const r = backtest(y, { horizon: 3, models: ['naive', 'drift'], minTrain: 5 });
    expect(r.rows.map((x) => `${x.model}@${x.origin}h${x.horizon}`)).toEqual([
      'naive@5h3',
      'drift@5h3',
      'naive@6h2',
      'drift@6h2',
      'naive@7h1',
      'drift@7h1',
    ]);
    // naive at origin 7: forecast 11 for 15; training naive MAE (2+1+4+1+3+1)/6 = 2 → MASE 2
    expect(r.rows[4]!.mase).toBeCloseTo(2, 12);
    expect(r.summary.map((s) => s.origins)).toEqual([3, 3]);
  });

  it('each row equals a direct forecastSeries + mase at that origin (oracle)', () => {
    const y = [3, 5, 4, 8, 9, 12, 11, 15];
    const r = backtest(y, { horizon: 2, models: ['theta'] });
    for (const row of r.rows) {
      const f = forecastSeries(y.slice(0, row.origin), { horizon: row.horizon, model: 'theta' });
      expect(row.mase).toBeCloseTo(
        mase(y.slice(row.origin, row.origin + row.horizon), f.mean, y.slice(0, row.origin)),
        10,
      );
    }
  });

  it('skips origins whose training data never change and reports them', () => {
    const r = backtest([5, 5, 5, 5, 6, 7], { horizon: 1, models: ['naive'], minTrain: 4 });
    expect(r.skippedOrigins).toEqual([4]);
    expect(r.rows.map((x) => x.origin)).toEqual([5]);
  });

  it('supports abort and progress', () => {
    const progress: number[] = [];
    backtest([3, 5, 4, 8, 9, 12], { horizon: 1, models: ['naive'], onProgress: (d) => progress.push(d) });
    expect(progress).toEqual([1, 2]);
    const controller = new AbortController();
    controller.abort();
    expect(() => backtest([3, 5, 4, 8, 9, 12], { horizon: 1, signal: controller.signal })).toThrow(
      expect.objectContaining({ code: 'ABORTED' }),
    );
    expect(() => backtest([1, 2, 3], { horizon: 1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('on the real national series (2015–2023), reports the auto model against naive and drift honestly', () => {
    const total = NATIONAL_REALISATIONS.map((r) => r.market + r.government);
    const r = backtest(total, { horizon: 3 });
    const by = Object.fromEntries(r.summary.map((s) => [s.model, s.mase]));
    const auto = forecastSeries(total, { horizon: 3 });
    // Five origins (training 4..8 years), horizons 3, 3, 3, 2, 1.
    expect(r.summary[0]!.origins).toBe(5);
    // Figures of this run (see examples/national-backtest.ts and its golden output).
    // Five origins are too few to tell models apart (Diebold–Mariano needs 8): the blend benchmark.
    expect(auto.model).toBe('blend');
    expect(auto.reason).toContain('fewer than 8');
    expect(by.combination).toBeCloseTo(0.174, 3);
    expect(by.naive).toBeCloseTo(1.177, 3);
    expect(by.drift).toBeCloseTo(0.523, 3);
    const weighted = backtest(total, { horizon: 3, models: ['weighted'] }).summary[0]!.mase;
    expect(weighted).toBeLessThan(by.theta!);
    expect(weighted).toBeLessThan(by.naive!);
    expect(weighted).toBeLessThan(by.drift!);
    // blend (session 12, not the default: benchmarks/RESULTS.md) beats Theta, the best single model here: 0.254 vs 0.267.
    const blend = backtest(total, { horizon: 3, models: ['blend'] }).summary[0]!.mase;
    expect(blend).toBeCloseTo(0.254, 3);
    expect(blend).toBeLessThan(by.theta!);
  });
});
