import { z } from 'zod';
import { runOptionsShape } from '../_internal/options.js';
import { MODEL_NAMES, type ModelName } from './model.js';
import { INTERVAL_METHODS } from './rolling-errors.js';

/** @internal A model name. */
export const modelName = z.enum(MODEL_NAMES as [ModelName, ...ModelName[]]);

/** Models a `combination` averages: any but `combination`, `weighted` and `blend`. */
const combineList = z
  .array(modelName)
  .min(1)
  .refine((list) => list.every((m) => m !== 'combination' && m !== 'weighted' && m !== 'blend'), {
    message: 'must list models other than combination, weighted and blend',
  });

/** @internal The options `forecastSeries`, `forecastQuota` and `backtest` share. */
export const seriesShape = {
  combine: combineList.optional(),
  seasonal: z.enum(['auto', 'always', 'never']).optional(),
};

/** The options `forecastSeries` and `forecastQuota` share: model, selection and intervals. */
const forecastShape = {
  ...seriesShape,
  model: z.union([modelName, z.literal('auto')]).optional(),
  select: z.enum(['evidence', 'lowest-mase']).optional(),
  intervals: z.enum(INTERVAL_METHODS as [string, ...string[]]).optional(),
  levels: z.array(z.number().gt(0).lt(100)).optional(),
};

/** @internal The options of `forecastSeries`, one schema; a bad one is `INVALID_ARGUMENT` naming it. */
export const forecastSeriesOptionsSchema = z.object({
  ...forecastShape,
  horizon: z.number().int().min(1).max(10_000),
  seasonLength: z.number().int().min(1).max(366).optional(),
  candidates: z.array(modelName).min(1).optional(),
  parameters: z.record(z.string(), z.number().optional()).optional(),
  minTrain: z.number().int().min(1).optional(),
});

/**
 * @internal The options of `forecastQuota` but its records (`plan`, `observed`: bad ones are a
 * `ValidationError`), one schema; a bad one is `INVALID_ARGUMENT` naming it.
 */
export const forecastQuotaOptionsSchema = z.object({
  ...forecastShape,
  seed: z.union([z.number(), z.string()]).optional(),
  paths: z.number().int().min(1).max(1_000_000).optional(),
  residuals: z.enum(['normal', 'bootstrap']).optional(),
  scenario: z.object({ market: z.number().optional(), government: z.number().optional() }).optional(),
  ...runOptionsShape,
});
