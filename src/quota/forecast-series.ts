import { expectRecord, shown } from '../_internal/guard.js';
import { parseOptions } from '../_internal/options.js';
import { BanenmatchError } from '../errors.js';
import { defaultMinTrain, defaultModels, runBacktest } from './backtest.js';
import { checkInteger, toSeries } from './check-input.js';
import {
  chooseByEvidence,
  countedOrigins,
  SELECTION_DEFAULTS,
  type SelectionRule,
  shortBlendNote,
  tooFewOrigins,
} from './choose-model.js';
import { EtsMemo } from './ets-memo.js';
import type { EtsFixed } from './exponential-smoothing.js';
import { type FitOptions, fitModel, resolveCombine, type SeasonalAdjustment } from './fit-model.js';
import { forecastVariance, MODEL_NAMES, type ModelFit, type ModelName, minimumLength } from './model.js';
import { normalQuantile } from './normal-quantile.js';
import { forecastSeriesOptionsSchema } from './quota-options.js';
import {
  defaultIntervalMethod,
  defaultIntervalReason,
  type ErrorProfile,
  errorProfile,
  growthText,
  type IntervalMethod,
  standardHalfWidth,
  stepScale,
  tailShape,
} from './rolling-errors.js';

/** Options of {@link forecastSeries}. */
export interface ForecastSeriesOptions {
  /** Steps ahead to forecast. */
  horizon: number;
  /** m: 1 for yearly, 4 for quarterly data (Q4 high, Q1 low). @default 1 */
  seasonLength?: number | undefined;
  /** A model, or `'auto'` to choose by the `select` rule. @default 'auto' */
  model?: ModelName | 'auto' | undefined;
  /**
   * How `'auto'` chooses: `blend` (yearly) or `median` (seasonal data) unless the backtest shows a
   * better model beyond noise. @default 'evidence'
   */
  select?: SelectionRule | undefined;
  /**
   * How the prediction intervals are made (see {@link IntervalMethod}); `'empirical'` with
   * `model: 'weighted'` gives the yearly default before `blend`. @default 'conformal' for yearly data,
   * 'empirical' for seasonal data
   */
  intervals?: IntervalMethod | undefined;
  /** Interval levels in percent. @default [80, 95] */
  levels?: readonly number[] | undefined;
  /**
   * Models `'auto'` chooses from; with `evidence`, the benchmark is `blend` (yearly) or `median`
   * (seasonal data) for the default list, else Theta when listed, else the first. @default every model
   * but `weighted`, `median` and `blend` (`snaive` only when seasonLength > 1)
   */
  candidates?: readonly ModelName[] | undefined;
  /** Models averaged by `combination`. @default ['ses', 'holt', 'damped'] (the M4 "Comb" benchmark) */
  combine?: readonly ModelName[] | undefined;
  /** Seasonal adjustment of the non-seasonal models: by the M4 test, always or never. @default 'auto' */
  seasonal?: SeasonalAdjustment | undefined;
  /**
   * Smoothing parameters and initial states to hold fixed instead of fitting (SES, Holt, damped, Theta
   * and the combination's parts). @default all fitted
   */
  parameters?: EtsFixed | undefined;
  /** First training length of the `'auto'` backtest. @default max(4, the candidates' minimum lengths, 2·seasonLength) */
  minTrain?: number | undefined;
}

/** A prediction interval per step. */
export interface ForecastInterval {
  /** Level in percent, e.g. 80. */
  level: number;
  lower: number[];
  upper: number[];
}

/** How `'auto'` scored a candidate. */
export interface ModelScore {
  model: ModelName;
  /** Mean rolling-origin MASE. */
  mase: number;
}

/** Result of {@link forecastSeries}. */
export interface SeriesForecast {
  /** The model used. */
  model: ModelName;
  /** Point forecasts for steps 1..horizon. */
  mean: number[];
  /** Prediction intervals, made by `intervalMethod`. */
  intervals: ForecastInterval[];
  /** The method that made the intervals (`analytic` also when the series was too short for another). */
  intervalMethod: IntervalMethod;
  /** How the intervals were made, in words (the fallback and its reason, when there was one). */
  intervalNote: string;
  /** Why this model: the rule and its evidence, in words. */
  reason: string;
  /** Innovation variance σ². */
  sigma2: number;
  /** Fitted parameters (α, β*, φ, initial states, drift, slope). */
  params: Record<string, number>;
  /** True when the series was seasonally adjusted before fitting. */
  seasonallyAdjusted: boolean;
  /**
   * How `'auto'` chose: each candidate's mean MASE, best first; `null` when the series was too short
   * to backtest, or (rule `evidence`) to give the Diebold–Mariano test its minimum of origins, or when
   * no origin could be scored (training values that never change).
   */
  selection?: ModelScore[] | null | undefined;
}

/** @internal A fitted model and how it was chosen. */
export interface Selected {
  fit: ModelFit & { adjusted: boolean };
  selection: ModelScore[] | null | undefined;
  reason: string;
  fitOptions: FitOptions;
}

/**
 * @internal The benchmark `'auto'` keeps without evidence against it: `blend` for yearly data (on the
 * calibration study's yearly series it beat drift, the best single model, and `weighted`, and on the
 * national total and market Theta: benchmarks/RESULTS.md, "A default for yearly series" and "Session
 * 13"), `median` for seasonal data (on the quarterly series it beat drift and `weighted`: "A default
 * for quarterly series").
 */
export function defaultBenchmark(seasonLength: number): ModelName {
  return seasonLength > 1 ? 'median' : 'blend';
}

/** @internal Chooses (when `'auto'`) and fits a model on a checked series. */
export function selectAndFit(y: Float64Array, options: ForecastSeriesOptions, what: string): Selected {
  const seasonLength = options.seasonLength ?? 1;
  checkInteger(seasonLength, `${what}: seasonLength`, 1, 366);
  const combine = resolveCombine(options.combine, what);
  const seasonal = options.seasonal ?? 'auto';
  // One memo for the selection, the fit and the intervals' rolling origins: they refit the same prefixes.
  const memo = new EtsMemo();
  const fitOptions: FitOptions = { seasonLength, seasonal, combine, fixed: options.parameters, memo };
  const model = options.model ?? 'auto';
  const rule = options.select ?? 'evidence';
  if (rule !== 'evidence' && rule !== 'lowest-mase') {
    throw new BanenmatchError('INVALID_ARGUMENT', `${what}: select must be evidence or lowest-mase`);
  }
  if (model !== 'auto') {
    if (!MODEL_NAMES.includes(model))
      throw new BanenmatchError(
        'INVALID_ARGUMENT',
        `${what}: unknown model ${typeof model === 'string' ? model : shown(model)}`,
      );
    return {
      fit: fitModel(y, model, fitOptions),
      selection: undefined,
      reason: `${model}: given`,
      fitOptions,
    };
  }
  const candidates = options.candidates ?? defaultModels(seasonLength);
  if (candidates.length === 0 || candidates.some((m) => !MODEL_NAMES.includes(m))) {
    throw new BanenmatchError('INVALID_ARGUMENT', `${what}: candidates must be a non-empty list of models`);
  }
  const minTrain = options.minTrain ?? defaultMinTrain(candidates, seasonLength);
  checkInteger(
    minTrain,
    `${what}: minTrain`,
    Math.max(seasonLength + 1, ...candidates.map((m) => minimumLength(m, seasonLength))),
  );
  // The benchmark of the evidence rule: the default for the frequency, unless the caller chose candidates.
  const benchmark: ModelName =
    options.candidates === undefined
      ? defaultBenchmark(seasonLength)
      : candidates.includes('theta')
        ? 'theta'
        : candidates[0]!;
  if (y.length < minTrain + 1) {
    const fallback: ModelName =
      rule === 'evidence' && y.length >= minimumLength(benchmark, seasonLength)
        ? benchmark
        : y.length >= minimumLength('drift', seasonLength)
          ? 'drift'
          : 'naive';
    return {
      fit: fitModel(y, fallback, fitOptions),
      selection: null,
      reason: `${fallback}: ${y.length} values, too few to backtest (need ${minTrain + 1})${fallback === 'blend' ? shortBlendNote(y.length) : ''}`,
      fitOptions,
    };
  }
  const origins = y.length - minTrain;
  if (rule === 'evidence' && countedOrigins(origins, seasonLength) < SELECTION_DEFAULTS.minOrigins) {
    // Too few origins for the test to find anything: the benchmark, without spending the backtest.
    return {
      fit: fitModel(y, benchmark, fitOptions),
      selection: null,
      reason: tooFewOrigins(benchmark, origins, seasonLength, y.length),
      fitOptions,
    };
  }
  const result = runBacktest(y, {
    horizon: options.horizon,
    seasonLength,
    models: rule === 'evidence' && !candidates.includes(benchmark) ? [...candidates, benchmark] : candidates,
    minTrain,
    combine,
    seasonal,
    smapeOffset: 0,
    fixed: options.parameters,
    memo,
  });
  const scores = result.summary
    .filter((s) => s.origins > 0)
    .map((s) => ({ model: s.model, mase: s.mase, rank: MODEL_NAMES.indexOf(s.model) }))
    .sort((a, b) => a.mase - b.mase || a.rank - b.rank);
  if (scores.length === 0) {
    // Every origin was skipped (a MASE scale of 0): drift, which needs 3 values (there are minTrain + 1 ≥ 3).
    return {
      fit: fitModel(y, 'drift', fitOptions),
      selection: null,
      reason: 'drift: no backtest origin could be scored (the training values never change)',
      fitOptions,
    };
  }
  const lowest = scores[0]!.model;
  const chosen =
    rule === 'lowest-mase'
      ? { model: lowest, reason: `${lowest}: lowest mean rolling-origin MASE` }
      : chooseByEvidence(result.rows, candidates, benchmark, options.horizon, seasonLength);
  return {
    fit: fitModel(y, chosen.model, fitOptions),
    selection: scores.map(({ model: m, mase }) => ({ model: m, mase })),
    reason: chosen.reason,
    fitOptions,
  };
}

/** @internal Intervals of a selected fit by `method`, with the method actually used and a note. */
export interface MadeIntervals {
  intervals: ForecastInterval[];
  method: IntervalMethod;
  note: string;
  profile: ErrorProfile | null;
}

/** @internal The rolling-origin error profile of a selected fit (`null` when the series is too short). */
export function profileOf(y: Float64Array, selected: Selected, horizon: number): ErrorProfile | null {
  const { fit, fitOptions } = selected;
  const m = fitOptions.seasonLength;
  const minTrain = Math.max(minimumLength(fit.model, m), m > 1 ? 2 * m : 3);
  return errorProfile(y, (train, h) => fitModel(train, fit.model, fitOptions).mean(h), m, horizon, minTrain);
}

/** @internal Builds the intervals of a selected fit, falling back to analytic ones when it must. */
export function makeIntervals(
  y: Float64Array,
  selected: Selected,
  mean: Float64Array,
  levels: readonly number[],
  method: IntervalMethod,
): MadeIntervals {
  if (method === 'analytic') {
    return {
      intervals: analyticIntervals(selected.fit, mean, levels),
      method,
      note: 'analytic normal intervals of the model (parameter and model uncertainty ignored)',
      profile: null,
    };
  }
  const profile = profileOf(y, selected, mean.length);
  if (profile === null) {
    return {
      intervals: analyticIntervals(selected.fit, mean, levels),
      method: 'analytic',
      note: `analytic intervals: ${y.length} values give no rolling-origin error (or the series never changes), so ${method} intervals cannot be made; they understate the uncertainty`,
      profile,
    };
  }
  let fellBack = false;
  const intervals = levels.map((level) => {
    const { q, fellBack: fb } = standardHalfWidth(profile, level, method);
    fellBack ||= fb;
    const lower: number[] = [];
    const upper: number[] = [];
    for (let k = 0; k < mean.length; k++) {
      const half = q * stepScale(profile, k + 1);
      lower.push(mean[k]! - half);
      upper.push(mean[k]! + half);
    }
    return { level, lower, upper };
  });
  const base = `${profile.scores.length} out-of-sample errors from ${profile.origins} rolling origins, growing as ${growthText(profile)}`;
  const note =
    method === 'empirical'
      ? `empirical: ${base}, Student-t quantile${profile.seasonLength > 1 ? ` (t with ${tailShape(profile).df} degrees of freedom scaled to the errors' root mean square)` : ''}`
      : `conformal: ${base}${fellBack ? '; too few errors for the highest level, Student-t quantile there' : ''}`;
  return { intervals, method, note, profile };
}

/** @internal Normal intervals from a fit. */
export function analyticIntervals(
  fit: ModelFit,
  mean: Float64Array,
  levels: readonly number[],
): ForecastInterval[] {
  const variance = forecastVariance(fit, mean.length);
  return levels.map((level) => {
    // The size of the lower tail's quantile: ½ + level/200 loses digits near 100% (and rounds to 1,
    // +∞, at 99.99999999999999); `Math.abs` gives +0, not −0, at level 0.
    const z = Math.abs(normalQuantile((100 - level) / 200));
    const lower: number[] = [];
    const upper: number[] = [];
    for (let k = 0; k < mean.length; k++) {
      const half = z * Math.sqrt(variance[k]!);
      lower.push(mean[k]! - half);
      upper.push(mean[k]! + half);
    }
    return { level, lower, upper };
  });
}

/**
 * Forecasts a short yearly or quarterly series with one of the simple models that win on such data
 * (naive, seasonal naive, drift, SES, Holt, damped Holt, Theta, the M4 Comb, `weighted`: Theta,
 * drift and the Comb weighted by their backtest MASE, `median`: the median of the Theta, drift and
 * Holt forecasts, and `blend`: `weighted` and `median` weighted by their backtest MASE cubed;
 * Makridakis & Hibon 2000, Makridakis et al. 2020), parameters fitted by minimising the one-step
 * squared error. `'auto'` keeps `blend` for yearly data and `median` for seasonal data unless a
 * Diebold–Mariano test over at least 8 rolling origins (seasonal data: 8 seasons of origins) shows a
 * better model (`reason` says which and why). The intervals come from the model's own out-of-sample
 * errors at rolling origins, so they carry parameter and refit uncertainty and widen with the horizon
 * (FPP3 §5.5, §5.10): by default for yearly data `conformal`, split-conformal quantiles of those
 * errors (Vovk et al. 2005; Angelopoulos & Bates 2023; statsforecast `ConformalIntervals`), for
 * seasonal data `empirical`, a Student t on their root mean square (`intervalNote` says which and
 * why); `analytic` the model's normal σ_h
 * (Hyndman et al. 2008 Table 6.1; forecast::rwf, forecast::thetaf). Too short a series for any
 * rolling origin falls back to analytic intervals and says so in `intervalNote`. The choice of these
 * defaults is the calibration study in benchmarks/calibration.ts (benchmarks/RESULTS.md).
 *
 * Complexity: one fit is O(iterations × T); the intervals refit the model at up to 40 origins;
 * `'auto'` with 8 or more origins (seasons of origins) backtests every candidate at every origin.
 *
 * @param values - the series, oldest first
 * @param options - horizon, season length, model, selection rule, interval method and levels
 * @returns the model used and why, point forecasts, intervals and the method that made them
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws BanenmatchError `NAN_INPUT` for a NaN value, `INVALID_ARGUMENT` for a bad option or too short a series, `NOT_CONVERGED` if a fit fails
 * @example
 * forecastSeries([21057, 22554, 36904, 51957, 61615, 66097, 72809, 81117, 85665], { horizon: 2, model: 'drift' }).mean
 * // [93741, 101817]
 * forecastSeries([21057, 22554, 36904, 51957, 61615, 66097, 72809, 81117, 85665], { horizon: 2 }).model
 * // 'blend' (reason: 5 backtest origins, fewer than 8, too few to tell models apart beyond noise …)
 * forecastSeries(quarterlyValues, { horizon: 8, seasonLength: 4 }).model
 * // 'median' for 39 quarters (reason: 31 backtest origins (7 seasons of origins), fewer than 8 …)
 */
export function forecastSeries(values: readonly number[], options: ForecastSeriesOptions): SeriesForecast {
  const y = toSeries(values, 'forecastSeries');
  expectRecord(options, 'forecastSeries', 'options');
  parseOptions(forecastSeriesOptionsSchema, options, 'forecastSeries');
  const levels = options.levels ?? [80, 95];
  const method = options.intervals ?? defaultIntervalMethod(options.seasonLength ?? 1);
  const selected = selectAndFit(y, options, 'forecastSeries');
  const { fit, selection } = selected;
  const mean = fit.mean(options.horizon);
  const made = makeIntervals(y, selected, mean, levels, method);
  if (options.intervals === undefined && made.method === method) {
    made.note = `${made.note}; ${defaultIntervalReason(selected.fitOptions.seasonLength)}`;
  }
  const result: SeriesForecast = {
    model: fit.model,
    mean: Array.from(mean),
    intervals: made.intervals,
    intervalMethod: made.method,
    intervalNote: made.note,
    reason: selected.reason,
    sigma2: fit.sigma2,
    params: { ...fit.params },
    seasonallyAdjusted: fit.adjusted,
  };
  if (selection !== undefined) result.selection = selection;
  return result;
}
