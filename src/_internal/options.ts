/**
 * The one rule for options: every entry point checks its options with one zod schema, and a bad
 * option is a {@link BanenmatchError} `INVALID_ARGUMENT` naming the option and the function (bad
 * records are a `ValidationError` `VALIDATION` with paths; see `zod-issues.ts`).
 */
import { z } from 'zod';
import { BanenmatchError, formatPath } from '../errors.js';

/** @internal Throws `INVALID_ARGUMENT` naming the first bad option, e.g. "assign: `minScore` …". */
export function optionError(
  where: string,
  error: z.ZodError,
  prefix: readonly (string | number)[] = [],
): BanenmatchError {
  const issue = error.issues[0];
  const path = [...prefix, ...(issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const name = path.length === 0 ? 'options' : formatPath(path);
  return new BanenmatchError('INVALID_ARGUMENT', `${where}: \`${name}\`: ${issue?.message ?? 'is invalid'}`);
}

/**
 * @internal Checks `given` (undefined: `{}`; null is refused, a caller that takes null passes
 * `given ?? undefined`) with `schema`; throws `INVALID_ARGUMENT` naming the option.
 * `prefix` is the path of these options inside the caller's own (`['matcher']` for nested ones).
 */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  given: unknown,
  where: string,
  prefix: readonly (string | number)[] = [],
): z.output<S> {
  const r = schema.safeParse(given === undefined ? {} : given);
  if (!r.success) throw optionError(where, r.error, prefix);
  return r.data;
}

/** @internal An `AbortSignal`, or absent. */
export const signalOption = z
  .custom<AbortSignal>((v) => v instanceof AbortSignal, { message: 'must be an AbortSignal' })
  .optional();

/** @internal A progress callback `(done, total) => void`, or absent. */
export const progressOption = z
  .custom<(done: number, total: number) => void>((v) => typeof v === 'function', {
    message: 'must be a function',
  })
  .optional();

/** @internal `signal` and `onProgress`, the options of long work. */
export const runOptionsShape = { signal: signalOption, onProgress: progressOption };
