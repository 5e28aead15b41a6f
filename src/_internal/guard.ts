/**
 * Shape checks at public entry points: JavaScript callers (and JSON) can pass anything, and a wrong
 * shape must end as a {@link BanenmatchError} with a code, not as a TypeError from deep inside.
 */
import { BanenmatchError } from '../errors.js';

/** @internal True for a non-null object that is not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @internal Throws `INVALID_ARGUMENT` unless `value` is a non-null object (not an array). */
export function expectRecord(value: unknown, fn: string, name: string): void {
  if (!isRecord(value))
    throw new BanenmatchError('INVALID_ARGUMENT', `${fn}: expected \`${name}\` to be an object`);
}

/** @internal Throws `INVALID_ARGUMENT` unless `value` is `undefined` or an object; returns it or `{}`. */
export function optionsOf<T extends object>(value: T | undefined, fn: string, name = 'options'): T {
  if (value === undefined) return {} as T;
  expectRecord(value, fn, name);
  return value;
}

/** @internal Throws `INVALID_ARGUMENT` unless `value` is an array. */
export function expectArray(value: unknown, fn: string, name: string): void {
  if (!Array.isArray(value))
    throw new BanenmatchError('INVALID_ARGUMENT', `${fn}: expected \`${name}\` to be an array`);
}

/** @internal Throws `INVALID_ARGUMENT` unless `value` is an array of non-null objects. */
export function expectRecords(value: unknown, fn: string, name: string): void {
  expectArray(value, fn, name);
  const a = value as readonly unknown[];
  for (let i = 0; i < a.length; i++) {
    if (!isRecord(a[i]))
      throw new BanenmatchError('INVALID_ARGUMENT', `${fn}: expected \`${name}[${i}]\` to be an object`);
  }
}

/** @internal Throws `INVALID_ARGUMENT` unless `value` is `undefined` or an array. */
export function expectOptionalArray(value: unknown, fn: string, name: string): void {
  if (value !== undefined) expectArray(value, fn, name);
}

/** @internal Throws `INVALID_ARGUMENT` unless `value` is a string. */
export function expectString(value: unknown, fn: string, name: string): void {
  if (typeof value !== 'string')
    throw new BanenmatchError('INVALID_ARGUMENT', `${fn}: expected \`${name}\` to be a string`);
}

/** @internal Throws `INVALID_ARGUMENT` unless `value` is a function. */
export function expectFunction(value: unknown, fn: string, name: string): void {
  if (typeof value !== 'function')
    throw new BanenmatchError('INVALID_ARGUMENT', `${fn}: expected \`${name}\` to be a function`);
}

/** Options of long work: stop it with an `AbortError` (code `ABORTED`), follow it with (done, total). */
export interface RunOptions {
  /** Stops the work with an `AbortError` (code `ABORTED`) when aborted. */
  signal?: AbortSignal | undefined;
  /** Called now and then with the work done so far and the total work. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** @internal Throws `INVALID_ARGUMENT` unless `signal` is an AbortSignal and `onProgress` a function (or absent). */
export function expectRunOptions(fn: string, signal: unknown, onProgress: unknown): void {
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new BanenmatchError('INVALID_ARGUMENT', `${fn}: expected \`signal\` to be an AbortSignal`);
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new BanenmatchError('INVALID_ARGUMENT', `${fn}: expected \`onProgress\` to be a function`);
  }
}

/** @internal A number as text, anything else as its type: safe in messages (no toString of user objects). */
export function shown(value: unknown): string {
  return typeof value === 'number' ? String(value) : typeof value;
}
