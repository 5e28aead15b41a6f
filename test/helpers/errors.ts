/** Shared test helpers for errors: the code a call throws, the value a promise rejects with. */
import { isBanenmatchError } from 'banenmatch';

/**
 * The code of the library error `run` throws, or `'ok'` when it returns. Any other error is thrown
 * again, so a TypeError from inside fails the test that called it.
 */
export function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (isBanenmatchError(e)) return e.code;
    throw e;
  }
  return 'ok';
}

/** `code: message` of the library error `run` throws, or `'ok'`; any other error is thrown again. */
export function failureOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (isBanenmatchError(e)) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'ok';
}

/** What `promise` rejects with (typed as `E` for the caller's checks); throws when it resolves. */
export async function rejection<E = unknown>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected a rejection');
}
