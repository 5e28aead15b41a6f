import { type EtsFixed, type EtsKind, fitEts } from './exponential-smoothing.js';
import type { ModelFit } from './model.js';

/** Characters a key is built from at a time (`String.fromCharCode` takes its codes as arguments). */
const KEY_CHUNK = 4096;

/** @internal The exact bits of a series as a string: equal keys, bit for bit equal values. */
export function bitsKey(y: Float64Array): string {
  const codes = new Uint16Array(y.buffer, y.byteOffset, y.length * 4);
  let key = '';
  for (let i = 0; i < codes.length; i += KEY_CHUNK) {
    key += String.fromCharCode.apply(null, codes.subarray(i, i + KEY_CHUNK) as unknown as number[]);
  }
  return key;
}

/** A fixed parameter's text: `String` round-trips every double but −0. */
const numberKey = (v: number | undefined): string =>
  v === undefined ? '' : Object.is(v, -0) ? '-0' : String(v);

/**
 * @internal
 * Remembers ETS fits by the kind, the fixed parameters and the exact bits of the series, so that a
 * refit of the same values is free. Rolling-origin work fits the same training prefixes again and
 * again: the backtest of `'auto'` fits SES, Holt and damped Holt at an origin, then the M4 Comb and
 * the weighted combination fit them once more on the same values, and each weighted fit backtests its
 * parts on the shorter prefixes that the previous origins already fitted (a quarterly `forecastQuota`
 * default: 2,386 ETS fits of 410 distinct series). {@link fitEts} is deterministic, so a remembered fit
 * is the fit: results are bit for bit those without the memo. The fits are shared: their arrays must
 * not be written into (no caller does). Lives as long as its owner (one `selectAndFit`, one
 * backtest); memory O(distinct series × T).
 *
 * @example
 * const memo = new EtsMemo();
 * const y = Float64Array.of(3, 5, 4, 6, 7);
 * memo.fit(y, 'holt') === memo.fit(y.slice(), 'holt'); // true: the same values, one fit
 * memo.size; // 1
 */
export class EtsMemo {
  private readonly fits = new Map<string, ModelFit>();

  /** The fit of {@link fitEts}, computed the first time these values, kind and fixed parameters come. */
  fit(y: Float64Array, kind: EtsKind, fixed: EtsFixed = {}): ModelFit {
    const key = `${kind}|${numberKey(fixed.alpha)}|${numberKey(fixed.beta)}|${numberKey(fixed.phi)}|${numberKey(fixed.level0)}|${numberKey(fixed.trend0)}|${bitsKey(y)}`;
    let fit = this.fits.get(key);
    if (fit === undefined) {
      fit = fitEts(y, kind, fixed);
      this.fits.set(key, fit);
    }
    return fit;
  }

  /** Distinct fits remembered. */
  get size(): number {
    return this.fits.size;
  }
}
