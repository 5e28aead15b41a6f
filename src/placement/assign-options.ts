import { expectRunOptions, optionsOf } from '../_internal/guard.js';
import { BanenmatchError } from '../errors.js';
import type { AssignOptions } from './assign.js';

/** @internal The options `assign` and `assignInParallel` share, checked and with their defaults. */
export interface ResolvedAssignOptions {
  mode: 'optimal' | 'stable';
  proposing: 'candidates' | 'vacancies' | undefined;
  k: number;
  minScore: number;
  priorityFirst: boolean;
  signal: AbortSignal | undefined;
  onProgress: ((done: number, total: number) => void) | undefined;
}

/**
 * @internal Checks the options `assign` and `assignInParallel` share, the one rule for both: a bad
 * option is `INVALID_ARGUMENT` naming it (`where`: the function). `minScore` and `priorityFirst`
 * default to the matcher's (`defaults`).
 */
export function resolveAssignOptions(
  given: AssignOptions | null | undefined,
  defaults: { minScore: number; priorityFirst: boolean },
  where: string,
): ResolvedAssignOptions {
  const o = optionsOf(given ?? undefined, where);
  expectRunOptions(where, o.signal, o.onProgress);
  const invalid = (message: string) => new BanenmatchError('INVALID_ARGUMENT', `${where}: ${message}`);
  const mode = o.mode ?? 'optimal';
  if (mode !== 'optimal' && mode !== 'stable') throw invalid("`mode` must be 'optimal' or 'stable'");
  if (o.proposing !== undefined && o.proposing !== 'candidates' && o.proposing !== 'vacancies')
    throw invalid("`proposing` must be 'candidates' or 'vacancies'");
  const k = o.k ?? 50;
  if (!Number.isInteger(k) || k < 1 || k > 100_000)
    throw invalid('`k` must be a whole number from 1 to 100,000');
  const minScore = o.minScore ?? defaults.minScore;
  if (!(minScore >= 0 && minScore <= 1)) throw invalid('`minScore` must be in [0, 1]');
  const priorityFirst = o.priorityFirst ?? defaults.priorityFirst;
  if (typeof priorityFirst !== 'boolean') throw invalid('`priorityFirst` must be a boolean');
  return {
    mode,
    proposing: o.proposing,
    k,
    minScore,
    priorityFirst,
    signal: o.signal,
    onProgress: o.onProgress,
  };
}
