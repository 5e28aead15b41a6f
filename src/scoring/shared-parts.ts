import type { Candidate, Task, Vacancy } from '../domain/schemas.js';

/**
 * True when `a` and `b` are the same value all the way down: the same primitives (`Object.is`: −0 is
 * not 0), arrays of the same length and elements, plain objects with the same own keys in the same
 * order (an `undefined` value counts) and the same values. Anything else compares by identity.
 */
export function sameParts(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    // Stryker disable next-line EqualityOperator: `<=` also compares a[length] with b[length], both undefined (the lengths are equal)
    for (let i = 0; i < a.length; i++) if (!sameParts(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype) return false;
  if (Object.getPrototypeOf(b) !== Object.prototype) return false;
  // `a`'s keys walked in `Object.keys` order (a plain object inherits no enumerable key) beside `b`'s:
  // one key array made, not two.
  const keysB = Object.keys(b);
  let k = 0;
  for (const key in a) {
    if (
      key !== keysB[k++] ||
      !sameParts((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
    )
      return false;
  }
  return k === keysB.length;
}

/** Scratch for a number's bits (see {@link fingerprint}). */
const BITS = new Float64Array(1);
const WORDS = new Int32Array(BITS.buffer);

/** `h` with the 32-bit word `x` mixed in (murmur-style). */
function mix(h: number, x: number): number {
  const m = Math.imul(h ^ x, 0x5bd1e995);
  return m ^ (m >>> 15);
}

/** `h` with string `s` mixed in: its length, then its UTF-16 code units. */
function mixString(h: number, s: string): number {
  let m = mix(h, s.length);
  // Stryker disable next-line EqualityOperator: `<=` mixes `charCodeAt(length)` (NaN, taken as 0) once more into every string alike: still equal for equal strings
  for (let i = 0; i < s.length; i++) m = mix(m, s.charCodeAt(i));
  return m;
}

/**
 * @internal A 32-bit hash of `value` mixed into `h`, equal for values {@link sameParts} finds equal:
 * numbers by their bits, strings by their code units, arrays by length and elements, plain objects by
 * their keys (in order) and values; any other object by its type alone (`sameParts` compares those by
 * identity). Cheaper than JSON text: no number is written out, no string is built.
 */
export function fingerprint(value: unknown, h: number): number {
  switch (typeof value) {
    case 'number':
      BITS[0] = value;
      return mix(mix(mix(h, 1), WORDS[0]!), WORDS[1]!);
    case 'string':
      return mixString(mix(h, 2), value);
    case 'boolean':
      return mix(h, value ? 3 : 4);
    case 'object': {
      if (value === null) return mix(h, 5);
      if (Array.isArray(value)) {
        let m = mix(mix(h, 6), value.length);
        // Stryker disable next-line EqualityOperator: `<=` mixes `undefined` once more into every array alike: still equal for equal arrays
        for (let i = 0; i < value.length; i++) m = fingerprint(value[i], m);
        return m;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return mix(h, 7);
      let m = mix(h, 8);
      const record = value as Record<string, unknown>;
      // Own keys in `Object.keys` order (a plain object inherits no enumerable key), with no array made.
      for (const key in record) m = fingerprint(record[key], mixString(m, key));
      return m;
    }
    default:
      return mixString(mix(h, 9), typeof value);
  }
}

/** Parts kept a fingerprint: beyond them a part is given back as it is (never a long search). */
const BUCKET = 8;

/**
 * @internal Equal parts of the records a matcher keeps, held once. Vacancies of one kind have the same
 * tasks (thousands of task lists in a country of 400,000 vacancies, each task with its FML demands:
 * the largest part of a parsed vacancy) and skills, many candidates the same skills, FML profile or
 * diplomas; a part equal to one met before is replaced by that one. Equal means {@link sameParts};
 * the key ({@link fingerprint}) only finds the parts to compare with, at most `BUCKET` a key. The records are the matcher's own (parsed)
 * and never changed, so sharing their parts is not seen from outside.
 */
export class SharedParts {
  private readonly known = new Map<number, unknown[]>();

  /** `part`, or the first equal part met before. */
  part<T>(part: T): T {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a primitive through the map comes back as itself or an `Object.is`-equal one met before
    if (typeof part !== 'object' || part === null) return part;
    // A small integer: a map keyed by it stores no boxed number.
    const key = fingerprint(part, 0) & 0x3fffffff;
    const bucket = this.known.get(key);
    if (bucket === undefined) {
      this.known.set(key, [part]);
      return part;
    }
    for (const known of bucket) if (sameParts(known, part)) return known as T;
    if (bucket.length < BUCKET) bucket.push(part);
    return part;
  }

  /** `c` with its skills, FML profile, diplomas and preferences shared. */
  candidate<T extends Candidate>(c: T): T {
    c.skills = this.part(c.skills);
    c.capabilities = this.part(c.capabilities);
    c.qualifications = this.part(c.qualifications);
    if (c.preferences !== undefined) c.preferences = this.part(c.preferences);
    return c;
  }

  /** `v` with `tasks` (its own, or derived) and its skills shared: a new record, in `v`'s key order. */
  vacancy(v: Vacancy, tasks: Task[]): Vacancy {
    return { ...v, skills: this.part(v.skills), tasks: this.part(tasks) };
  }

  /** Forgets the parts met (they stay shared where they are). */
  clear(): void {
    this.known.clear();
  }
}
