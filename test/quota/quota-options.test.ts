// The option schemas of forecastSeries and forecastQuota, tested directly: every option's bounds and
// allowed values, and the path of the first issue (which the INVALID_ARGUMENT message names).
import { MODEL_NAMES } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { forecastQuotaOptionsSchema, forecastSeriesOptionsSchema } from '../../src/quota/quota-options.js';

type Schema = typeof forecastSeriesOptionsSchema | typeof forecastQuotaOptionsSchema;
/** The path of the first issue, or 'ok'. */
const check = (schema: Schema, options: object): string => {
  const r = schema.safeParse(options);
  return r.success ? 'ok' : r.error.issues[0]!.path.join('.');
};
const series = (o: object) => check(forecastSeriesOptionsSchema, { horizon: 1, ...o });
const quota = (o: object) => check(forecastQuotaOptionsSchema, o);

describe('forecastSeries options', () => {
  it('horizon: a whole number from 1 to 10,000', () => {
    expect(series({ horizon: 1 })).toBe('ok');
    expect(series({ horizon: 10_000 })).toBe('ok');
    expect(series({ horizon: 0 })).toBe('horizon');
    expect(series({ horizon: 10_001 })).toBe('horizon');
    expect(series({ horizon: 1.5 })).toBe('horizon');
    expect(check(forecastSeriesOptionsSchema, {})).toBe('horizon');
  });

  it('seasonLength 1..366 whole, minTrain ≥ 1 whole', () => {
    expect(series({ seasonLength: 1, minTrain: 1 })).toBe('ok');
    expect(series({ seasonLength: 366 })).toBe('ok');
    expect(series({ seasonLength: 0 })).toBe('seasonLength');
    expect(series({ seasonLength: 367 })).toBe('seasonLength');
    expect(series({ seasonLength: 2.5 })).toBe('seasonLength');
    expect(series({ minTrain: 0 })).toBe('minTrain');
    expect(series({ minTrain: 4.5 })).toBe('minTrain');
  });

  it('model: every model name or auto; candidates: a non-empty list of model names', () => {
    for (const model of [...MODEL_NAMES, 'auto']) expect(series({ model })).toBe('ok');
    expect(series({ model: 'arima' })).toBe('model');
    expect(series({ candidates: [...MODEL_NAMES] })).toBe('ok');
    expect(series({ candidates: [] })).toBe('candidates');
    expect(series({ candidates: ['ses', 'arima'] })).toBe('candidates.1');
  });

  it('combine: a non-empty list of models other than the combinations, with the reason', () => {
    expect(series({ combine: ['ses', 'naive', 'theta'] })).toBe('ok');
    expect(series({ combine: [] })).toBe('combine');
    expect(series({ combine: ['ses', 'combination'] })).toBe('combine');
    expect(series({ combine: ['weighted'] })).toBe('combine');
    const r = forecastSeriesOptionsSchema.safeParse({ horizon: 1, combine: ['weighted'] });
    expect(r.error?.issues[0]?.message).toBe('must list models other than combination, weighted and blend');
  });

  it('seasonal, select, intervals and levels: the listed values only', () => {
    for (const seasonal of ['auto', 'always', 'never']) expect(series({ seasonal })).toBe('ok');
    expect(series({ seasonal: 'sometimes' })).toBe('seasonal');
    for (const select of ['evidence', 'lowest-mase']) expect(series({ select })).toBe('ok');
    expect(series({ select: 'best' })).toBe('select');
    for (const intervals of ['empirical', 'conformal', 'analytic']) expect(series({ intervals })).toBe('ok');
    expect(series({ intervals: 'bootstrap' })).toBe('intervals');
    expect(series({ levels: [0.5, 99.9] })).toBe('ok');
    expect(series({ levels: [0] })).toBe('levels.0');
    expect(series({ levels: [80, 100] })).toBe('levels.1');
  });

  it('parameters: numbers or absent, by name', () => {
    expect(series({ parameters: { alpha: 0.5, beta: undefined } })).toBe('ok');
    expect(series({ parameters: { alpha: '0.5' } })).toBe('parameters.alpha');
    expect(series({ parameters: 5 })).toBe('parameters');
  });
});

describe('forecastQuota options', () => {
  it('seed a number or a string; paths a whole number from 1 to 1,000,000', () => {
    expect(quota({ seed: 7, paths: 1 })).toBe('ok');
    expect(quota({ seed: 'abc', paths: 1_000_000 })).toBe('ok');
    expect(quota({ seed: true })).toBe('seed');
    expect(quota({ paths: 0 })).toBe('paths');
    expect(quota({ paths: 1_000_001 })).toBe('paths');
    expect(quota({ paths: 10.5 })).toBe('paths');
  });

  it('residuals normal or bootstrap; scenario numbers per sector', () => {
    for (const residuals of ['normal', 'bootstrap']) expect(quota({ residuals })).toBe('ok');
    expect(quota({ residuals: 'student' })).toBe('residuals');
    expect(quota({ scenario: { market: 5, government: 2 } })).toBe('ok');
    expect(quota({ scenario: {} })).toBe('ok');
    expect(quota({ scenario: { market: '5' } })).toBe('scenario.market');
    expect(quota({ scenario: { government: '2' } })).toBe('scenario.government');
    expect(quota({ scenario: 5 })).toBe('scenario');
  });

  it('shares model, select, intervals, levels, combine and seasonal with forecastSeries', () => {
    expect(quota({ model: 'auto', select: 'evidence', intervals: 'analytic', levels: [90] })).toBe('ok');
    expect(quota({ model: 'arima' })).toBe('model');
    expect(quota({ select: 'best' })).toBe('select');
    expect(quota({ intervals: 'x' })).toBe('intervals');
    expect(quota({ levels: [100] })).toBe('levels.0');
    expect(quota({ combine: ['combination'] })).toBe('combine');
    expect(quota({ seasonal: 'x' })).toBe('seasonal');
  });

  it('signal an AbortSignal, onProgress a function', () => {
    expect(quota({ signal: new AbortController().signal, onProgress: () => {} })).toBe('ok');
    expect(quota({ signal: {} })).toBe('signal');
    expect(quota({ onProgress: 'x' })).toBe('onProgress');
  });
});
