import { availableParallelism } from 'node:os';
import { optionsOf } from '../_internal/guard.js';
import { priorityOptions } from '../domain/priority-rules.js';
import { BanenmatchError } from '../errors.js';
import type { AssignOptions } from '../placement/assign.js';
import { resolveAssignOptions } from '../placement/assign-options.js';
import {
  type MatcherOptions,
  type ResolvedMatcherOptions,
  resolveMatcherOptions,
} from '../scoring/options.js';

/** The name errors and aborts of {@link assignInParallel} carry. */
export const WHAT = 'assignInParallel';

/** Options of {@link assignInParallel}: those of `assign`, the worker count and the matcher's options. */
export interface AssignInParallelOptions extends AssignOptions {
  /** Worker threads, each compiling and shortlisting one part. @default min(available parallelism, 8) */
  workers?: number | undefined;
  /** Options of the matchers, as for `createMatcher`. */
  matcher?: MatcherOptions | undefined;
  /**
   * The worker script: a `file:` URL (or one as text) or a file path, of the file `dist/worker.js`
   * of this package, the same version. Needed when the library is bundled into an application, where
   * the script is not next to the bundle, e.g.
   * `new URL('dist/worker.js', import.meta.resolve('banenmatch/package.json'))`.
   * @default `worker.js` next to the library (`dist/worker.js` of the installed package)
   */
  workerUrl?: URL | string | undefined;
}

export interface Resolved {
  mode: 'optimal' | 'stable';
  proposing: 'candidates' | 'vacancies' | undefined;
  k: number;
  minScore: number;
  priorityFirst: boolean;
  workers: number;
  matcher: ResolvedMatcherOptions;
  workerUrl: unknown;
  /** `date` and `priorityRules`, checked as `assign` checks them; undefined: the candidates' own flags. */
  priority: ReturnType<typeof priorityOptions>;
  signal: AbortSignal | undefined;
  onProgress: ((done: number, total: number) => void) | undefined;
}

export function resolveOptions(given: AssignInParallelOptions | null | undefined): Resolved {
  const o = optionsOf(given ?? undefined, WHAT);
  const invalid = (message: string) => new BanenmatchError('INVALID_ARGUMENT', `${WHAT}: ${message}`);
  const workers = o.workers ?? Math.min(availableParallelism(), 8);
  if (!Number.isInteger(workers) || workers < 1) throw invalid('`workers` must be a whole number ≥ 1');
  const matcher = resolveMatcherOptions(o.matcher);
  const { mode, proposing, k, minScore, priorityFirst, whyUnplaced, signal, onProgress } =
    resolveAssignOptions(o, matcher, WHAT);
  if (whyUnplaced) throw invalid('`whyUnplaced` is not supported: call matcher.whyNot for the unplaced');
  return {
    mode,
    proposing,
    k,
    minScore,
    priorityFirst,
    workers,
    matcher,
    workerUrl: o.workerUrl,
    priority: priorityOptions(o, WHAT, matcher),
    signal,
    onProgress,
  };
}
