import { BanenmatchError } from '../../errors.js';
import type { RankOptions } from '../types.js';

/** @internal `k` from options (null or undefined options mean the defaults): a whole number from 0 to 100,000. */
export function checkK(o: RankOptions | null | undefined): number {
  const kk = o?.k ?? 10;
  if (!Number.isInteger(kk) || kk < 0 || kk > 100_000) {
    throw new BanenmatchError('INVALID_ARGUMENT', '`k` must be a whole number from 0 to 100,000');
  }
  return kk;
}

/**
 * @internal Inserts (key, index) into the top-k list `at` of `keys`/`idx` (sorted best first: key descending,
 * then index ascending) when it belongs there.
 */
export function insertTop(
  keys: Float64Array,
  idx: Int32Array,
  count: Int32Array,
  at: number,
  k: number,
  key: number,
  index: number,
): void {
  const base = at * k;
  let n = count[at]!;
  if (n === k) {
    const wk = keys[base + k - 1]!;
    if (key < wk || (key === wk && index > idx[base + k - 1]!)) return;
    n = k - 1;
  } else count[at] = n + 1;
  let pos = n;
  while (pos > 0) {
    const pk = keys[base + pos - 1]!;
    if (key < pk || (key === pk && index > idx[base + pos - 1]!)) break;
    keys[base + pos] = pk;
    idx[base + pos] = idx[base + pos - 1]!;
    pos--;
  }
  keys[base + pos] = key;
  idx[base + pos] = index;
}

/**
 * @internal The lowest score that can still enter top-k list `at` (its k-th key once full, else `minScore`),
 * less `lift` (the key's lift over the score, see `liftOf`).
 */
export function floorOf(
  keys: Float64Array,
  count: Int32Array,
  at: number,
  k: number,
  lift: number,
  minScore: number,
): number {
  return count[at] === k ? Math.max(minScore, keys[at * k + k - 1]! - lift) : minScore;
}
