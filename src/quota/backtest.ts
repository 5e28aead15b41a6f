import { z } from 'zod';
import { parseOptions, runOptionsShape } from '../_internal/options.js';
import { BanenmatchError, throwIfAborted } from '../errors.js';
import { mase, smape } from './accuracy.js';
import { toSeries } from './check-input.js';
import { EtsMemo } from './ets-memo.js';
import type { EtsFixed } from './exponential-smoothing.js';
import { fitModel, resolveCombine, type SeasonalAdjustment } from './fit-model.js';
import { MODEL_NAMES, type ModelName, minimumLength } from './model.js';
import { modelName, seriesShape } from './quota-options.js';

/** Options of {@link backtest}. */
export interface BacktestOptions {
  /** Steps ahead evaluated from each origin (fewer near the end of the series). */
  horizon: number;
  /** m: 1 for yearly, 4 for quarterly data. @default 1 */
  seasonLength?: number | undefined;
  /** Models to compare. @default every model but `weighted` (`snaive` only when seasonLength > 1) */
  models?: readonly ModelName[] | undefined;
  /** Length of the first training window. @default max(4, the models' minimum lengths, 2·seasonLength) */
  minTrain?: number | undefined;
  /** Models averaged by `combination`. @default ['ses', 'holt', 'damped'] */
  combine?: readonly ModelName[] | undefined;
  /** Seasonal adjustment of the non-seasonal models. @default 'auto' */
  seasonal?: SeasonalAdjustment | undefined;
  /** Added to actual and forecast before sMAPE (e.g. the baseline stock). @default 0 */
  smapeOffset?: number | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Accuracy of one model from one forecast origin. */
export interface BacktestRow {
  model: ModelName;
  /** Number of values the model was fitted on (the origin is just after them). */
  origin: number;
  /** Steps evaluated. */
  horizon: number;
  mase: number;
  smape: number;
}

/** Mean accuracy of one model over all origins. */
export interface BacktestSummary {
  model: ModelName;
  mase: number;
  smape: number;
  origins: number;
}

/** Result of {@link backtest}. */
export interface BacktestResult {
  rows: BacktestRow[];
  /** One row per model, in the order of `models`. */
  summary: BacktestSummary[];
  minTrain: number;
  /** Origins left out because the training data never changed (MASE scale 0). */
  skippedOrigins: number[];
}

/** @internal Options after defaults. */
export interface ResolvedBacktest {
  horizon: number;
  seasonLength: number;
  models: readonly ModelName[];
  minTrain: number;
  combine: readonly ModelName[];
  seasonal: SeasonalAdjustment;
  smapeOffset: number;
  fixed?: EtsFixed | undefined;
  /** The ETS fits to share with the caller's (a new memo when absent). */
  memo?: EtsMemo | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** @internal The default model list for a season length. */
export function defaultModels(seasonLength: number): ModelName[] {
  return MODEL_NAMES.filter(
    (m) => m !== 'weighted' && m !== 'median' && m !== 'blend' && (m !== 'snaive' || seasonLength > 1),
  );
}

/** @internal The default first training length. */
export function defaultMinTrain(models: readonly ModelName[], seasonLength: number): number {
  let need = Math.max(4, 2 * seasonLength);
  for (const m of models) need = Math.max(need, minimumLength(m, seasonLength));
  return need;
}

/** @internal The rolling-origin evaluation on a checked series. */
export function runBacktest(y: Float64Array, o: ResolvedBacktest): BacktestResult {
  const T = y.length;
  if (T < o.minTrain + 1) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `backtest: needs at least minTrain + 1 = ${o.minTrain + 1} values, got ${T}`,
    );
  }
  const rows: BacktestRow[] = [];
  const skippedOrigins: number[] = [];
  const totals = o.models.map(() => ({ mase: 0, smape: 0, origins: 0 }));
  const total = T - o.minTrain;
  // One memo for every origin and model: the Comb and weighted refit SES, Holt and damped on the same values.
  const fitOptions = {
    seasonLength: o.seasonLength,
    seasonal: o.seasonal,
    combine: o.combine,
    fixed: o.fixed,
    // Stryker disable next-line LogicalOperator: without a memo every ETS fit runs again, with the same values
    memo: o.memo ?? new EtsMemo(),
  };
  for (let origin = o.minTrain; origin < T; origin++) {
    throwIfAborted(o.signal, 'backtest');
    const train = y.subarray(0, origin);
    const test = y.subarray(origin, Math.min(T, origin + o.horizon));
    let scale = 0;
    // Stryker disable next-line AssignmentOperator: only whether the sum is 0 is read, and −sum is 0 exactly when sum is
    for (let t = o.seasonLength; t < origin; t++) scale += Math.abs(train[t]! - train[t - o.seasonLength]!);
    if (scale === 0) {
      skippedOrigins.push(origin);
    } else {
      for (let i = 0; i < o.models.length; i++) {
        const model = o.models[i]!;
        const fit = fitModel(train, model, fitOptions);
        const forecast = fit.mean(test.length);
        const row: BacktestRow = {
          model,
          origin,
          horizon: test.length,
          mase: mase(test, forecast, train, o.seasonLength),
          smape: smape(test, forecast, o.smapeOffset),
        };
        rows.push(row);
        const acc = totals[i]!;
        acc.mase += row.mase;
        acc.smape += row.smape;
        acc.origins++;
      }
    }
    o.onProgress?.(origin - o.minTrain + 1, total);
  }
  return {
    rows,
    summary: o.models.map((model, i) => {
      const acc = totals[i]!;
      // NaN (0/0) for a model without any scored origin.
      return { model, mase: acc.mase / acc.origins, smape: acc.smape / acc.origins, origins: acc.origins };
    }),
    minTrain: o.minTrain,
    skippedOrigins,
  };
}

/** The options of `backtest`, one schema; a bad one is `INVALID_ARGUMENT` naming it. */
const backtestOptionsSchema = z
  .object({
    ...seriesShape,
    horizon: z.number().int().min(1),
    seasonLength: z.number().int().min(1).max(366).default(1),
    models: z.array(modelName).min(1).optional(),
    minTrain: z.number().int().min(1).optional(),
    smapeOffset: z.number().default(0),
    seasonal: seriesShape.seasonal.default('auto'),
    ...runOptionsShape,
  })
  .superRefine((o, ctx) => {
    // Stryker disable next-line ConditionalExpression: without minTrain there is nothing to check (`undefined < least` is false)
    if (o.minTrain === undefined) return;
    // The first training window must fit every model and one season.
    const models = o.models ?? defaultModels(o.seasonLength);
    const least = Math.max(o.seasonLength + 1, ...models.map((m) => minimumLength(m, o.seasonLength)));
    if (o.minTrain < least) {
      ctx.addIssue({
        // Stryker disable next-line StringLiteral: the issue's code is not shown (optionError reports its path and message)
        code: 'custom',
        path: ['minTrain'],
        message: `must be at least ${least} for these models and season length`,
      });
    }
  });

/**
 * Rolling-origin evaluation (time-series cross-validation, FPP3 §5.10): for every origin from
 * `minTrain` to the end, fit each model on the values before it and score its forecasts of the next
 * `horizon` values by MASE and sMAPE.
 *
 * Complexity: O(models × origins × fit), a fit being O(T) for naive/drift and O(iterations × T) for
 * the smoothing models.
 *
 * @param values - the series, oldest first (e.g. yearly extra jobs)
 * @param options - horizon, season length, models, first training length
 * @returns every (model, origin) score and the mean per model
 * @throws BanenmatchError `NAN_INPUT`, `INVALID_ARGUMENT` (too short a series, bad option, training data
 *   constant at every origin), `ABORTED`
 * @example
 * backtest([21057, 22554, 36904, 51957, 61615, 66097, 72809, 81117, 85665], { horizon: 3 }).summary
 */
export function backtest(values: readonly number[], options: BacktestOptions): BacktestResult {
  const y = toSeries(values, 'backtest');
  const o = parseOptions(backtestOptionsSchema, options, 'backtest');
  const models = o.models ?? defaultModels(o.seasonLength);
  const result = runBacktest(y, {
    ...o,
    models,
    minTrain: o.minTrain ?? defaultMinTrain(models, o.seasonLength),
    // Stryker disable next-line StringLiteral: the schema refuses a bad combine first, so resolveCombine never throws here
    combine: resolveCombine(o.combine, 'backtest'),
  });
  // Every origin is skipped only when the training data never change: no MASE exists at all.
  if (result.rows.length === 0) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      'backtest: the training data never change at any origin, so MASE is undefined',
    );
  }
  return result;
}
