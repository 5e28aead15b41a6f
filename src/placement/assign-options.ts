import { expectRunOptions, optionsOf } from '../_internal/guard.js';
import type { PriorityRule } from '../domain/priority-rules.js';
import { BanenmatchError } from '../errors.js';

/** Options of `assign`. */
export interface AssignOptions {
  /**
   * `optimal`: the largest total score (a maximum-weight matching); `stable`: no candidate and vacancy
   * both prefer each other to what they got (Gale–Shapley, hospital/resident).
   * @default 'optimal'
   */
  mode?: 'optimal' | 'stable' | undefined;
  /** In stable mode, the side that proposes and gets its optimal stable matching. @default 'candidates' */
  proposing?: 'candidates' | 'vacancies' | undefined;
  /** Vacancies considered per candidate (the shortlist the graph is built from). @default 50 */
  k?: number | undefined;
  /** Pairs below this score are never placed. @default the matcher's minScore */
  minScore?: number | undefined;
  /**
   * Place priority candidates first (lexicographically: as many of them as possible, then the best
   * total), e.g. the covenant's 2015–2016 priority for Wajong and the Wsw waiting list. In stable mode
   * vacancies rank priority candidates above the others. @default the matcher's priorityFirst
   */
  priorityFirst?: boolean | undefined;
  /**
   * Day of the assignment (`YYYY-MM-DD`): when given, a candidate has priority when its own flag is set
   * or a rule of `priorityRules` in force that day names it (see `hasPriority`). @default none: the
   * candidates' own flags only
   */
  date?: string | undefined;
  /** Priority rules applied on `date`. @default PRIORITY_RULES (covenant art. 1.1) */
  priorityRules?: readonly PriorityRule[] | undefined;
  /**
   * Say why for every unplaced candidate: its `tally` and `summary` of the vacancies in reach and its
   * best three `nearMisses` (see `Matcher.whyNot`), beside the `reason`. Not in `assignInParallel`
   * (its workers hold parts of the region): call `matcher.whyNot` for the candidates you need.
   * @default false
   */
  whyUnplaced?: boolean | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** @internal The options `assign` and `assignInParallel` share, checked and with their defaults. */
export interface ResolvedAssignOptions {
  mode: 'optimal' | 'stable';
  proposing: 'candidates' | 'vacancies' | undefined;
  k: number;
  minScore: number;
  priorityFirst: boolean;
  whyUnplaced: boolean;
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
  const whyUnplaced = o.whyUnplaced ?? false;
  if (typeof whyUnplaced !== 'boolean') throw invalid('`whyUnplaced` must be a boolean');
  return {
    mode,
    proposing: o.proposing,
    k,
    minScore,
    priorityFirst,
    whyUnplaced,
    signal: o.signal,
    onProgress: o.onProgress,
  };
}
