import { type EtsFixed, type EtsKind, fitEts } from './exponential-smoothing.js';
import type { ModelFit } from './model.js';

/** The 32-bit words of a series' doubles (a subarray's offset is a multiple of 8, so of 4). */
const words = (y: Float64Array): Uint32Array => new Uint32Array(y.buffer, y.byteOffset, y.length * 2);

/**
 * @internal FNV-1a over the 32-bit words of the doubles (Fowler, Noll & Vo): a bucket number for
 * {@link EtsMemo}, equal for bit for bit equal series.
 */
export function bitsHash(y: Float64Array): number {
  const w = words(y);
  let h = 0x811c9dc5 ^ y.length;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w[i]!, 0x01000193);
  return h >>> 0;
}

/** @internal Whether two series are equal bit for bit (so 0 and −0 differ, as the fits may). */
export function sameBits(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  const x = words(a);
  const y = words(b);
  // Stryker disable next-line EqualityOperator: `i <= x.length` compares undefined with undefined past the end, equal
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The fixed parameters in a fixed order, to compare with `Object.is` (0 and −0 differ, as in the series). */
const fixedValues = (f: EtsFixed): (number | undefined)[] => [f.alpha, f.beta, f.phi, f.level0, f.trend0];

interface Entry {
  readonly kind: EtsKind;
  readonly fixed: (number | undefined)[];
  readonly values: Float64Array;
  readonly fit: ModelFit;
}

/** Whether an entry holds the fit of these values, kind and fixed parameters. */
function holds(entry: Entry, y: Float64Array, kind: EtsKind, fixed: (number | undefined)[]): boolean {
  if (entry.kind !== kind) return false;
  // Stryker disable next-line EqualityOperator: `i <= fixed.length` compares undefined with undefined past the end, equal
  for (let i = 0; i < fixed.length; i++) if (!Object.is(entry.fixed[i], fixed[i])) return false;
  return sameBits(entry.values, y);
}

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
 * backtest); memory O(distinct series × T), a look-up O(T).
 *
 * @example
 * const memo = new EtsMemo();
 * const y = Float64Array.of(3, 5, 4, 6, 7);
 * memo.fit(y, 'holt') === memo.fit(y.slice(), 'holt'); // true: the same values, one fit
 * memo.size; // 1
 */
export class EtsMemo {
  private readonly buckets = new Map<number, Entry[]>();
  private count = 0;

  /** The fit of {@link fitEts}, computed the first time these values, kind and fixed parameters come. */
  fit(y: Float64Array, kind: EtsKind, fixed: EtsFixed = {}): ModelFit {
    const parameters = fixedValues(fixed);
    const hash = bitsHash(y);
    const bucket = this.buckets.get(hash);
    if (bucket !== undefined)
      for (const entry of bucket) if (holds(entry, y, kind, parameters)) return entry.fit;
    const fit = fitEts(y, kind, fixed);
    // A copy: the caller may reuse its array for other values.
    const entry: Entry = { kind, fixed: parameters, values: y.slice(), fit };
    if (bucket === undefined) this.buckets.set(hash, [entry]);
    else bucket.push(entry);
    this.count++;
    return fit;
  }

  /** Distinct fits remembered. */
  get size(): number {
    return this.count;
  }
}
