import { z } from 'zod';
import { parseOptions, runOptionsShape } from '../../_internal/options.js';
import type { RankAllOptions, RankOptions } from '../types.js';

const k = z.number().int().min(0).max(100_000).default(10);
/** The options of `rank` and `rankCandidates`, one schema. */
const rankOptionsSchema = z.object({ k });
/** The options of `rankAll` and `shortlist`, one schema. */
const rankAllOptionsSchema = z.object({ k, ...runOptionsShape });

/**
 * @internal The checked options of a ranking (null or undefined: the defaults): `k` a whole number
 * from 0 to 100,000 (default 10); a bad option is `INVALID_ARGUMENT` naming it and `where`.
 */
export function rankOptions(o: RankOptions | null | undefined, where: string): { k: number } {
  return parseOptions(rankOptionsSchema, o ?? undefined, where);
}

/** @internal The checked options of `rankAll` and `shortlist` (see {@link rankOptions}), with signal and progress. */
export function rankAllOptions(
  o: RankAllOptions | null | undefined,
  where: string,
): z.output<typeof rankAllOptionsSchema> {
  return parseOptions(rankAllOptionsSchema, o ?? undefined, where);
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
    // Stryker disable next-line EqualityOperator: `>=` differs only for an equal key and equal index, an entry equal to the one it replaces (the matcher inserts an index once a list); the line's other comparison mutants were killed before the mark
    if (key < wk || (key === wk && index > idx[base + k - 1]!)) return;
    n = k - 1;
  } else count[at] = n + 1;
  let pos = n;
  while (pos > 0) {
    const pk = keys[base + pos - 1]!;
    // Stryker disable next-line EqualityOperator: as above, `>=` stops only before an entry equal to the one inserted; the other comparison mutants were killed before the mark
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
