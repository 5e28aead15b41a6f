import { BanenmatchError } from '../errors.js';
import { checkInteger } from './check-input.js';

/** Throws unless `values` is an array (or typed array) of finite numbers: `NAN_INPUT` names a NaN's index. */
function checkValues(values: ArrayLike<number>, name: string): void {
  if (!Array.isArray(values) && !ArrayBuffer.isView(values)) {
    throw new BanenmatchError('INVALID_ARGUMENT', `${name} must be an array of numbers`);
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || Number.isNaN(v))
      throw new BanenmatchError('NAN_INPUT', `${name}[${i}] is not a number`);
    if (!Number.isFinite(v)) throw new BanenmatchError('INVALID_ARGUMENT', `${name}[${i}] is not finite`);
  }
}

/**
 * Mean absolute scaled error (Hyndman & Koehler 2006, IJF 22:679; the M4 definition): the mean
 * absolute forecast error divided by the in-sample mean absolute error of the seasonal naive method
 * on the training data. Below 1 beats the in-sample one-step (seasonal) naive.
 *
 * @param actual - the values that came, one per forecast step
 * @param forecast - the forecasts, same length
 * @param training - the data the forecast was made from (longer than `seasonLength`)
 * @param seasonLength - m: 1 for yearly, 4 for quarterly data. @default 1
 * @returns the MASE (Infinity when the training data never change and the forecast misses)
 * @throws BanenmatchError `INVALID_ARGUMENT` for unequal lengths, an empty forecast, too short a training series, a non-finite value or a bad `seasonLength`; `NAN_INPUT` for a NaN
 * @example
 * mase([10, 12], [11, 11], [1, 2, 4]) // 1 / 1.5 = 0.667
 */
export function mase(
  actual: ArrayLike<number>,
  forecast: ArrayLike<number>,
  training: ArrayLike<number>,
  seasonLength = 1,
): number {
  checkValues(actual, 'mase: actual');
  checkValues(forecast, 'mase: forecast');
  checkValues(training, 'mase: training');
  checkInteger(seasonLength, 'mase: seasonLength', 1);
  const h = actual.length;
  if (h === 0 || forecast.length !== h) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      'mase: actual and forecast must be non-empty and of equal length',
    );
  }
  if (training.length <= seasonLength) {
    throw new BanenmatchError('INVALID_ARGUMENT', `mase: training needs more than ${seasonLength} values`);
  }
  let scale = 0;
  for (let t = seasonLength; t < training.length; t++)
    scale += Math.abs(training[t]! - training[t - seasonLength]!);
  scale /= training.length - seasonLength;
  let error = 0;
  for (let j = 0; j < h; j++) error += Math.abs(actual[j]! - forecast[j]!);
  error /= h;
  if (scale === 0) return error === 0 ? 0 : Number.POSITIVE_INFINITY;
  return error / scale;
}

/**
 * Symmetric mean absolute percentage error, M4 definition with absolute values in the denominator,
 * in percent: (200/h)·Σ|y − ŷ|/(|y| + |ŷ|) (Makridakis et al. 2020, IJF 36:54). Unstable for values
 * near zero (extra jobs of a small sector): prefer MASE there, or pass `offset` = the baseline stock.
 *
 * @param actual - the values that came
 * @param forecast - the forecasts, same length
 * @param offset - added to both before the computation (e.g. 75,179 baseline jobs). @default 0
 * @returns sMAPE in percent, 0..200 (a term with y = ŷ = 0 counts 0)
 * @throws BanenmatchError `INVALID_ARGUMENT` for unequal lengths, an empty forecast or a non-finite offset or value; `NAN_INPUT` for a NaN
 * @example
 * smape([100], [110]) // 200 · 10 / 210 = 9.52
 */
export function smape(actual: ArrayLike<number>, forecast: ArrayLike<number>, offset = 0): number {
  checkValues(actual, 'smape: actual');
  checkValues(forecast, 'smape: forecast');
  if (!Number.isFinite(offset)) throw new BanenmatchError('INVALID_ARGUMENT', 'smape: offset must be finite');
  const h = actual.length;
  if (h === 0 || forecast.length !== h) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      'smape: actual and forecast must be non-empty and of equal length',
    );
  }
  let s = 0;
  // Stryker disable next-line EqualityOperator: `j <= h` reads one past the end, NaN there, which `d > 0` skips
  for (let j = 0; j < h; j++) {
    const a = actual[j]! + offset;
    const f = forecast[j]! + offset;
    const d = Math.abs(a) + Math.abs(f);
    if (d > 0) s += Math.abs(a - f) / d;
  }
  return (200 * s) / h;
}
