import { shown } from '../_internal/guard.js';
import { BanenmatchError } from '../errors.js';

/** @internal Copies a series into a Float64Array, rejecting NaN and infinite values by index. */
export function toSeries(values: readonly number[], what: string): Float64Array {
  if (!Array.isArray(values))
    throw new BanenmatchError('INVALID_ARGUMENT', `${what}: values must be an array of numbers`);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || Number.isNaN(v))
      throw new BanenmatchError('NAN_INPUT', `${what}: values[${i}] is not a number`);
    if (!Number.isFinite(v))
      throw new BanenmatchError('INVALID_ARGUMENT', `${what}: values[${i}] is not finite`);
    out[i] = v;
  }
  return out;
}

/** @internal Throws `INVALID_ARGUMENT` unless `value` is an integer in [min, max]. */
export function checkInteger(
  value: number,
  name: string,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `${name} must be an integer in ${min}..${max}, got ${shown(value)}`,
    );
  }
}
