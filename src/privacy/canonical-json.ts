import { createHash } from 'node:crypto';
import { BanenmatchError, formatPath } from '../errors.js';
import { isValidBsn } from './bsn.js';

function fail(path: readonly (string | number)[], what: string): never {
  // A key may be a BSN (a map keyed by person): never echo one.
  const safe = path.map((part) => (typeof part === 'string' && isValidBsn(part) ? '[BSN]' : part));
  throw new BanenmatchError('INVALID_ARGUMENT', `canonicalJson: ${formatPath(safe, 'value')} ${what}`);
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function write(value: unknown, path: (string | number)[], stack: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (Number.isNaN(value)) fail(path, 'is NaN');
      if (!Number.isFinite(value)) fail(path, 'is not finite');
      // The shortest round-trip form (ECMA-262 Number::toString, as JSON.stringify); -0 gives "0".
      return String(value);
    case 'object':
      break;
    default:
      fail(path, `has type ${typeof value}, not JSON`);
  }
  if (value === null) return 'null';
  if (stack.has(value)) fail(path, 'refers back to itself (a cycle)');
  stack.add(value);
  // Plain string concatenation: V8 builds ropes, faster here than pushing parts and joining.
  let out: string;
  if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    const list = value as ArrayLike<unknown>;
    out = '[';
    for (let i = 0; i < list.length; i++) {
      path.push(i);
      const item = list[i];
      if (item === undefined) fail(path, 'is undefined (a hole)');
      out += (i > 0 ? ',' : '') + write(item, path, stack);
      path.pop();
    }
    out += ']';
  } else {
    if (!isPlainObject(value)) fail(path, 'is not a plain object, array or typed array');
    const keys = Object.keys(value).sort();
    out = '{';
    let first = true;
    for (const key of keys) {
      const item = (value as Record<string, unknown>)[key];
      // An absent optional field and one set to undefined mean the same (exactOptionalPropertyTypes aside).
      if (item === undefined) continue;
      path.push(key);
      out += `${first ? '' : ','}${JSON.stringify(key)}:${write(item, path, stack)}`;
      first = false;
      path.pop();
    }
    out += '}';
  }
  stack.delete(value);
  return out;
}

/**
 * Writes a value as canonical JSON: object keys sorted (by UTF-16 code units, as RFC 8785 JCS), no
 * whitespace, numbers in their shortest round-trip form, object fields that are `undefined` left out.
 * Two equal values give the same text, so its digest identifies the data.
 *
 * Complexity: O(size + k log k) for objects with k keys.
 *
 * @param value - plain JSON data: null, booleans, finite numbers, strings, arrays (typed arrays as arrays), plain objects
 * @returns the canonical JSON text
 * @throws BanenmatchError `INVALID_ARGUMENT` naming the path (a key that is a BSN shown as `[BSN]`) of NaN, ±Infinity, a function, symbol, bigint, undefined array item, class instance (Date, Map, …) or a cycle
 * @example
 * canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, [], new Set());
}

/**
 * SHA-256 (FIPS 180-4) of a text's UTF-8 bytes, as 64 lower-case hex characters.
 *
 * @param text - the text to hash
 * @returns the digest in hex
 * @example
 * sha256Hex('') // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function sha256Hex(text: string): string {
  if (typeof text !== 'string')
    throw new BanenmatchError('INVALID_ARGUMENT', 'sha256Hex: text must be a string');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
