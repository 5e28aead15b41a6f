import { z } from 'zod';
import { runOptionsShape } from '../_internal/options.js';
import { MODEL_NAMES } from './model.js';
import { INTERVAL_METHODS } from './rolling-errors.js';

const modelName = z.enum(MODEL_NAMES as [string, ...string[]]);

/** @internal The options `forecastSeries` and `forecastQuota` share: model, selection and intervals. */
const forecastShape = {
  model: z.union([modelName, z.literal('auto')]).optional(),
  select: z.enum(['evidence', 'lowest-mase']).optional(),
  intervals: z.enum(INTERVAL_METHODS as [string, ...string[]]).optional(),
  levels: z.array(z.number().gt(0).lt(100)).optional(),
  combine: z.array(modelName).optional(),
  seasonal: z.enum(['auto', 'always', 'never']).optional(),
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
