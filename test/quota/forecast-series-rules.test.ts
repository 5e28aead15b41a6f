// forecastSeries' choice of model, its reasons and its interval notes, word for word (fast: fixed
// smoothing parameters, short series). The slow property files test the same functions on random series.
import { forecastSeries, type ModelName } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { tooFewOrigins } from '../../src/quota/choose-model.js';
import { selectAndFit } from '../../src/quota/forecast-series.js';
import { failureOf } from '../helpers/errors.js';

const fixed = { alpha: 0.5, beta: 0.3, phi: 0.9 };
const halfWidth = (f: ReturnType<typeof forecastSeries>, level: number, k: number): number => {
  const i = f.intervals.find((x) => x.level === level)!;
  return (i.upper[k]! - i.lower[k]!) / 2;
};

describe('forecastSeries: too short to backtest', () => {
  it("'evidence' falls back to the benchmark when it can be fitted, else drift, else naive", () => {
    // default candidates: first training length 4, so a backtest needs 5 values
    const at = (y: number[], o: object = {}) => forecastSeries(y, { horizon: 1, parameters: fixed, ...o });
    expect(at([1, 2, 4, 7])).toMatchObject({
      model: 'blend',
      reason:
        "blend: 4 values, too few to backtest (need 5); with 4 values blend is Theta, drift and the combination in equal shares, a hedge: at this length drift forecast best on the calibration study's simulated series and Theta on the national total and market",
      selection: null,
    });
    expect(at([1, 2, 4])).toMatchObject({
      model: 'drift',
      reason: 'drift: 3 values, too few to backtest (need 5)',
    });
    expect(at([1, 2])).toMatchObject({
      model: 'naive',
      reason: 'naive: 2 values, too few to backtest (need 5)',
    });
    // 'lowest-mase' has no benchmark: drift from 3 values
    expect(at([1, 2, 4, 7], { select: 'lowest-mase' })).toMatchObject({
      model: 'drift',
      reason: 'drift: 4 values, too few to backtest (need 5)',
    });
  });

  it('with chosen candidates the benchmark is Theta when listed, else the first candidate', () => {
    const at = (candidates: ModelName[], y = [1, 2, 4]) =>
      forecastSeries(y, { horizon: 1, parameters: fixed, candidates });
    expect(at(['naive', 'theta']).model).toBe('theta');
    expect(at(['naive', 'theta']).reason).toBe('theta: 3 values, too few to backtest (need 5)');
    expect(at(['ses', 'naive']).model).toBe('ses');
    expect(at(['naive', 'drift']).model).toBe('naive');
    // Holt needs 4 values: with 3 the benchmark cannot be fitted, so drift
    expect(at(['holt', 'naive']).model).toBe('drift');
  });
});

describe('forecastSeries: fewer than 8 origins', () => {
  it('keeps the benchmark without a backtest, and says how many origins there were', () => {
    const y = [3, 5, 4, 8, 9, 12, 11, 15, 16];
    const f = forecastSeries(y, { horizon: 2, parameters: fixed });
    expect(f.model).toBe('blend');
    expect(f.reason).toBe(tooFewOrigins('blend', 5));
    expect(f.selection).toBeNull();
    const g = forecastSeries(y, { horizon: 2, parameters: fixed, candidates: ['drift', 'naive'] });
    expect(g.model).toBe('drift');
    expect(g.reason).toBe(tooFewOrigins('drift', 5));
    // with minTrain 1 below the default: 12 values, first training 4 → 8 origins, the backtest runs
    const twelve = [3, 5, 4, 8, 9, 12, 11, 15, 16, 19, 18, 22];
    const h = forecastSeries(twelve, {
      horizon: 2,
      parameters: fixed,
      candidates: ['drift', 'naive'],
      minTrain: 5,
    });
    expect(h.reason).toBe(tooFewOrigins('drift', 7));
    const k = forecastSeries(twelve, { horizon: 2, parameters: fixed, candidates: ['drift', 'naive'] });
    expect(k.selection?.map((s) => s.model).sort()).toEqual(['drift', 'naive']);
  });
});

describe('forecastSeries: the backtest and its scores', () => {
  const line = Array.from({ length: 12 }, (_, t) => 3 + 2 * t);

  it("'lowest-mase' picks the lowest mean MASE and lists every candidate best first", () => {
    const f = forecastSeries(line, { horizon: 2, select: 'lowest-mase', candidates: ['naive', 'drift'] });
    expect(f.model).toBe('drift');
    expect(f.reason).toBe('drift: lowest mean rolling-origin MASE');
    expect(f.selection).toEqual([
      { model: 'drift', mase: 0 },
      { model: 'naive', mase: expect.any(Number) },
    ]);
    expect(f.selection![1]!.mase).toBeGreaterThan(0);
  });

  it('equal scores are listed simplest model first, whatever the order of the candidates', () => {
    // a combination of naive alone is naive: the same MASE at every origin
    const f = forecastSeries(line, {
      horizon: 2,
      select: 'lowest-mase',
      candidates: ['combination', 'naive'],
      combine: ['naive'],
    });
    expect(f.selection!.map((s) => s.model)).toEqual(['naive', 'combination']);
    expect(f.selection![0]!.mase).toBe(f.selection![1]!.mase);
    expect(f.model).toBe('naive');
  });

  it("'evidence' backtests the blend benchmark beside the default candidates; 'lowest-mase' does not", () => {
    const y = [3, 5, 4, 8, 9, 12, 11, 15, 16, 19, 18, 22];
    const ev = forecastSeries(y, { horizon: 2, parameters: fixed });
    expect(ev.selection!.map((s) => s.model).sort()).toEqual(
      ['naive', 'drift', 'ses', 'theta', 'holt', 'damped', 'combination', 'blend'].sort(),
    );
    expect(ev.reason).toMatch(/backtest origins .*\(Diebold–Mariano/);
    const low = forecastSeries(y, { horizon: 2, parameters: fixed, select: 'lowest-mase' });
    expect(low.selection!.map((s) => s.model)).not.toContain('blend');
    expect(low.selection).toHaveLength(7);
  });

  it('a series whose training values never change at any origin: drift, no scores, and the reason says so', () => {
    const flat = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9];
    for (const select of ['evidence', 'lowest-mase'] as const) {
      const f = forecastSeries(flat, { horizon: 1, parameters: fixed, select, candidates: ['naive', 'ses'] });
      expect(f.model).toBe('drift');
      expect(f.reason).toBe('drift: no backtest origin could be scored (the training values never change)');
      expect(f.selection).toBeNull();
    }
  });
});

describe('forecastSeries: the boundaries of the backtest', () => {
  it('minTrain + 1 values give one origin: backtested, not the too-short fallback', () => {
    const five = [3, 5, 4, 8, 9];
    const f = forecastSeries(five, { horizon: 1, parameters: fixed });
    expect(f.reason).toBe(tooFewOrigins('blend', 1, 1, 5));
    expect(f.reason).toContain(
      "blend is the default benchmark; with 5 values blend is Theta, drift and the combination weighted by one backtest origin's errors",
    );
    const g = forecastSeries(five, {
      horizon: 1,
      parameters: fixed,
      select: 'lowest-mase',
      candidates: ['naive', 'drift'],
    });
    expect(g.selection).toHaveLength(2);
  });

  it("'lowest-mase' backtests below 8 origins too", () => {
    const y = [3, 5, 4, 8, 9, 12, 11, 15, 16];
    const f = forecastSeries(y, { horizon: 1, select: 'lowest-mase', candidates: ['naive', 'drift'] });
    expect(f.reason).toBe(`${f.model}: lowest mean rolling-origin MASE`);
    expect(f.selection).toHaveLength(2);
  });

  it("seasonal adjustment defaults to 'auto'; each interval has one bound per step", () => {
    const y = Array.from({ length: 16 }, (_, t) => t + [-30, 10, 0, 20][t % 4]!);
    const f = forecastSeries(y, { horizon: 3, seasonLength: 4, model: 'naive' });
    expect(f.seasonallyAdjusted).toBe(true);
    for (const intervals of ['empirical', 'analytic'] as const) {
      const g = forecastSeries(y, { horizon: 3, seasonLength: 4, model: 'naive', intervals });
      for (const i of g.intervals) {
        expect(i.lower).toHaveLength(3);
        expect(i.upper).toHaveLength(3);
      }
    }
  });
});

describe('forecastSeries: a given model', () => {
  it('is fitted as given, with no selection in the result', () => {
    const f = forecastSeries([1, 3, 2, 5], { horizon: 1, model: 'naive' });
    expect(f.reason).toBe('naive: given');
    expect('selection' in f).toBe(false);
    expect(f.params).toEqual({});
    expect(f.seasonallyAdjusted).toBe(false);
    // differences 2, −1, 3: σ² their sample variance 13/3; the mean the last value
    expect(f.sigma2).toBeCloseTo(13 / 3, 12);
    expect(f.mean).toEqual([5]);
    expect(f.model).toBe('naive');
    const d = forecastSeries([1, 3, 2, 5], { horizon: 1, model: 'drift' });
    expect(d.params).toEqual({ drift: expect.closeTo(4 / 3, 12) });
  });
});

describe('forecastSeries: minTrain and the checks selectAndFit makes itself', () => {
  it('names the call in its option errors', () => {
    expect(failureOf(() => forecastSeries([1, 2, 3], null as never))).toBe(
      'INVALID_ARGUMENT: forecastSeries: expected `options` to be an object',
    );
    expect(failureOf(() => forecastSeries([1, 2, 3], { horizon: 0 }))).toMatch(
      /^INVALID_ARGUMENT: forecastSeries: `horizon`: /,
    );
    expect(failureOf(() => forecastSeries('1, 2' as never, { horizon: 1 }))).toBe(
      'INVALID_ARGUMENT: forecastSeries: values must be an array of numbers',
    );
  });

  it('minTrain is at least one season and every candidate’s minimum length', () => {
    const y = [3, 5, 4, 8, 9, 12, 11, 15, 16];
    expect(failureOf(() => forecastSeries(y, { horizon: 1, minTrain: 3 }))).toBe(
      'INVALID_ARGUMENT: forecastSeries: minTrain must be an integer in 4..9007199254740991, got 3',
    );
    expect(failureOf(() => forecastSeries(y, { horizon: 1, minTrain: 2, candidates: ['naive'] }))).toBe('ok');
    expect(failureOf(() => forecastSeries(y, { horizon: 1, minTrain: 1, candidates: ['naive'] }))).toBe(
      'INVALID_ARGUMENT: forecastSeries: minTrain must be an integer in 2..9007199254740991, got 1',
    );
    expect(
      failureOf(() => forecastSeries(y, { horizon: 1, minTrain: 3, candidates: ['naive'], seasonLength: 3 })),
    ).toBe('INVALID_ARGUMENT: forecastSeries: minTrain must be an integer in 4..9007199254740991, got 3');
  });

  it('refuses a bad season length, rule, model or candidate list (for callers past the schema)', () => {
    const y = Float64Array.of(1, 2, 3, 4, 5);
    const at = (o: object) => failureOf(() => selectAndFit(y, { horizon: 1, ...o }, 'forecastQuota'));
    expect(at({ seasonLength: 0 })).toBe(
      'INVALID_ARGUMENT: forecastQuota: seasonLength must be an integer in 1..366, got 0',
    );
    expect(at({ seasonLength: 367 })).toBe(
      'INVALID_ARGUMENT: forecastQuota: seasonLength must be an integer in 1..366, got 367',
    );
    expect(at({ select: 'best' })).toBe(
      'INVALID_ARGUMENT: forecastQuota: select must be evidence or lowest-mase',
    );
    expect(at({ model: 'arima' })).toBe('INVALID_ARGUMENT: forecastQuota: unknown model arima');
    expect(at({ model: 5 })).toBe('INVALID_ARGUMENT: forecastQuota: unknown model 5');
    // an object is shown, not as [object Object]
    expect(at({ model: { name: 'ses' } })).toMatch(
      /^INVALID_ARGUMENT: forecastQuota: unknown model (?!\[object Object\])/,
    );
    expect(at({ candidates: [] })).toBe(
      'INVALID_ARGUMENT: forecastQuota: candidates must be a non-empty list of models',
    );
    expect(at({ candidates: ['naive', 'arima'] })).toBe(
      'INVALID_ARGUMENT: forecastQuota: candidates must be a non-empty list of models',
    );
    expect(at({ combine: ['weighted'] })).toBe(
      'INVALID_ARGUMENT: forecastQuota: combine must list models other than combination, weighted and blend',
    );
    expect(at({ model: 'naive', select: 'lowest-mase' })).toBe('ok');
  });
});

describe('forecastSeries: intervals and their notes', () => {
  const ramp = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('gives finite intervals at levels whose ½ + level/200 rounds to ½ or to 1, in every method', () => {
    const y = [3, 5, 4, 7, 6, 9, 8, 11, 10, 12];
    for (const intervals of ['conformal', 'empirical', 'analytic'] as const) {
      const f = forecastSeries(y, {
        horizon: 2,
        model: 'drift',
        intervals,
        levels: [5e-324, 99.99999999999999],
      });
      const [low, high] = f.intervals;
      for (const k of [0, 1]) {
        expect(low!.lower[k]).toBeLessThanOrEqual(f.mean[k]!);
        expect(low!.upper[k]).toBeGreaterThanOrEqual(f.mean[k]!);
        expect(Number.isFinite(high!.lower[k]!) && Number.isFinite(high!.upper[k]!)).toBe(true);
        expect(high!.upper[k]! - high!.lower[k]!).toBeGreaterThan(low!.upper[k]! - low!.lower[k]!);
      }
    }
  });

  it("'analytic' says what it ignores", () => {
    const f = forecastSeries([1, 3, 2, 5], { horizon: 1, model: 'naive', intervals: 'analytic' });
    expect(f.intervalMethod).toBe('analytic');
    expect(f.intervalNote).toBe(
      'analytic normal intervals of the model (parameter and model uncertainty ignored)',
    );
  });

  it('falls back to analytic intervals, naming the method that could not be made', () => {
    for (const intervals of ['empirical', 'conformal'] as const) {
      const f = forecastSeries([3, 5, 8], { horizon: 2, model: 'drift', intervals });
      expect(f.intervalMethod).toBe('analytic');
      expect(f.intervalNote).toBe(
        `analytic intervals: 3 values give no rolling-origin error (or the series never changes), so ${intervals} intervals cannot be made; they understate the uncertainty`,
      );
      const a = forecastSeries([3, 5, 8], { horizon: 2, model: 'drift', intervals: 'analytic' });
      expect(f.intervals).toEqual(a.intervals);
    }
  });

  it('empirical: naive on a ramp errs h at step h; the note counts errors and origins', () => {
    // origins after 3..10 values (naive's first origin is 3), horizon 3: 6·3 + 2 + 1 = 21 errors
    const f = forecastSeries(ramp, { horizon: 3, model: 'naive', intervals: 'empirical' });
    expect(f.intervalMethod).toBe('empirical');
    expect(f.intervalNote).toBe(
      'empirical: 21 out-of-sample errors from 8 rolling origins, growing as h^1.00, Student-t quantile',
    );
  });

  it('empirical widths grow with the step by the errors’ own growth (h¹ here), default levels 80 and 95', () => {
    const f = forecastSeries(ramp, { horizon: 3, model: 'naive', intervals: 'empirical' });
    expect(f.intervals.map((i) => i.level)).toEqual([80, 95]);
    const w80 = halfWidth(f, 80, 0);
    expect(w80).toBeGreaterThan(0);
    expect(halfWidth(f, 95, 0)).toBeGreaterThan(w80);
    for (let k = 0; k < 3; k++) {
      expect(halfWidth(f, 80, k)).toBeCloseTo((k + 1) * w80, 9);
      expect(f.intervals[0]!.lower[k]! + f.intervals[0]!.upper[k]!).toBeCloseTo(2 * f.mean[k]!, 9);
    }
  });

  it('conformal with too few errors for one level says so, whichever level it is in the list', () => {
    // 6 errors: the ⌈7 · 0.95⌉ = 7th does not exist, the ⌈7 · 0.8⌉ = 6th does
    for (const levels of [
      [80, 95],
      [95, 80],
    ]) {
      const f = forecastSeries([0, 1, 2, 3, 4, 5], {
        horizon: 3,
        model: 'naive',
        intervals: 'conformal',
        levels,
      });
      expect(f.intervalNote).toBe(
        'conformal: 6 out-of-sample errors from 3 rolling origins, growing as h^1.00; too few errors for the highest level, Student-t quantile there',
      );
    }
  });

  it('conformal with enough errors for every level: the ⌈(n + 1)·level⌉-th score, no fallback', () => {
    const f = forecastSeries(ramp, { horizon: 3, model: 'naive', intervals: 'conformal', levels: [80, 95] });
    expect(f.intervalMethod).toBe('conformal');
    expect(f.intervalNote).toBe(
      'conformal: 21 out-of-sample errors from 8 rolling origins, growing as h^1.00',
    );
    // every scaled score is 1, so the half-width is h
    for (let k = 0; k < 3; k++) {
      expect(halfWidth(f, 80, k)).toBeCloseTo(k + 1, 9);
      expect(halfWidth(f, 95, k)).toBeCloseTo(k + 1, 9);
    }
  });

  it('the first origin of the errors: the model’s minimum length, at least 3, two seasons when seasonal', () => {
    // Holt needs 4 values: origins after 4 and 5 values of 6
    const holt = forecastSeries([1, 3, 2, 6, 5, 9], { horizon: 1, model: 'holt', parameters: fixed });
    expect(holt.intervalNote).toMatch(/^conformal: 2 out-of-sample errors from 2 rolling origins/);
    // naive on a quarterly ramp of 10: first origin 2·4 = 8, so origins 8 and 9
    const q = forecastSeries(ramp.slice(0, 10), { horizon: 1, model: 'naive', seasonLength: 4 });
    expect(q.intervalNote).toMatch(/from 2 rolling origins/);
  });

  it('the default method: conformal for yearly data, empirical for seasonal data, and the note says why', () => {
    const yearly = forecastSeries(ramp, { horizon: 3, model: 'naive' });
    expect(yearly.intervalMethod).toBe('conformal');
    expect(yearly.intervalNote).toBe(
      'conformal: 21 out-of-sample errors from 8 rolling origins, growing as h^1.00; the default for yearly data: with blend, its 80% and 95% intervals covered close to their level at every horizon in the calibration study, where the empirical rule was too wide (benchmarks/RESULTS.md)',
    );
    // the same intervals as asked for by name; only the note adds why
    const named = forecastSeries(ramp, { horizon: 3, model: 'naive', intervals: 'conformal' });
    expect(yearly.intervals).toEqual(named.intervals);
    expect(named.intervalNote).not.toContain('default');
    const quarterly = forecastSeries(ramp, { horizon: 3, model: 'naive', seasonLength: 4 });
    expect(quarterly.intervalMethod).toBe('empirical');
    expect(quarterly.intervalNote).toMatch(/; the default for seasonal data: with median, /);
    // a fallback is not the default method: its note gives its own reason, not the default's
    const short = forecastSeries([3, 5, 8], { horizon: 2, model: 'drift' });
    expect(short.intervalMethod).toBe('analytic');
    expect(short.intervalNote).not.toContain('the default for');
  });

  it('the levels asked for, each centred on the forecast', () => {
    const f = forecastSeries([1, 3, 2, 5], {
      horizon: 2,
      model: 'naive',
      intervals: 'analytic',
      levels: [50],
    });
    expect(f.intervals.map((i) => i.level)).toEqual([50]);
    // σ² = 13/3 (differences 2, −1, 3); z(0.75) = 0.6744897501960817
    expect(halfWidth(f, 50, 0)).toBeCloseTo(0.6744897501960817 * Math.sqrt(13 / 3), 9);
    expect(halfWidth(f, 50, 1)).toBeCloseTo(0.6744897501960817 * Math.sqrt(26 / 3), 9);
    expect(f.intervals[0]!.lower[0]! + f.intervals[0]!.upper[0]!).toBeCloseTo(10, 9);
  });
});

describe('forecastSeries: a series of any size', () => {
  it('an exactly linear series of 10^12 a step (money, not jobs) forecasts its line with every model', () => {
    const values = Array.from({ length: 10 }, (_, t) => 1e12 * (5 + 2 * t));
    for (const model of ['auto', 'holt', 'damped', 'drift', 'theta'] as const) {
      const f = forecastSeries(values, { horizon: 3, model });
      const line = [25e12, 27e12, 29e12];
      // Holt, drift and the default follow the line; damped and Theta bend below it, never above.
      f.mean.forEach((m, h) => {
        expect(m).toBeLessThanOrEqual(line[h]! * (1 + 1e-12));
        if (model !== 'damped' && model !== 'theta') expect(Math.abs(m / line[h]! - 1)).toBeLessThan(1e-9);
        expect(m / line[h]!).toBeGreaterThan(0.85);
      });
    }
  });
});
