/**
 * The one rule for options: every entry point checks its options with one zod schema, and a bad
 * option is a {@link BanenmatchError} `INVALID_ARGUMENT` naming the option and the function (bad
 * records are a `ValidationError` `VALIDATION` with paths; see `zod-issues.ts`).
 */
import { z } from 'zod';

// The rule itself lives in errors.ts (layer 0), so that every layer, privacy/ too, can use it.
export { optionError, parseOptions } from '../errors.js';

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
