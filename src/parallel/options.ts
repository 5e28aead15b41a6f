import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { parseOptions } from '../_internal/options.js';
import { BanenmatchError } from '../errors.js';
import type { AssignOptions } from '../placement/assign.js';
import {
  assignShape,
  type ResolvedAssignOptions,
  RULES_NEED_DATE,
  rulesNeedDate,
  withMatcherDefaults,
} from '../placement/assign-options.js';
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

/** The options of `assignInParallel`, one schema: those of `assign`, the workers and the matcher's. */
const parallelOptionsSchema = z
  .object({
    ...assignShape,
    workers: z.number().int().min(1).optional(),
    // Checked by resolveMatcherOptions, which names the option inside `matcher`.
    matcher: z.unknown().optional(),
    workerUrl: z.unknown().optional(),
  })
  .refine(rulesNeedDate, RULES_NEED_DATE);

/** The checked options of `assignInParallel`, with their defaults. */
export interface Resolved extends ResolvedAssignOptions {
  workers: number;
  matcher: ResolvedMatcherOptions;
  workerUrl: unknown;
}

/** Checks the options of `assignInParallel` by their one schema; a bad one is `INVALID_ARGUMENT` naming it. */
export function resolveOptions(given: AssignInParallelOptions | null | undefined): Resolved {
  const o = parseOptions(parallelOptionsSchema, given ?? undefined, WHAT);
  const matcher = resolveMatcherOptions(o.matcher ?? undefined, WHAT, ['matcher']);
  if (o.whyUnplaced === true) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `${WHAT}: \`whyUnplaced\` is not supported: call matcher.whyNot for the unplaced`,
    );
  }
  return {
    mode: o.mode,
    proposing: o.proposing,
    ...withMatcherDefaults(o, matcher),
    workers: o.workers ?? Math.min(availableParallelism(), 8),
    matcher,
    workerUrl: o.workerUrl,
  };
}
