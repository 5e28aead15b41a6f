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
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  // Stryker disable next-line EqualityOperator: `<=` adds a key `undefined` equal to keysB's, and values under "undefined" already compared equal (or both absent)
  for (let k = 0; k < keysA.length; k++) {
    const key = keysA[k]!;
    if (
      key !== keysB[k] ||
      !sameParts((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
    )
      return false;
  }
  return true;
}

/**
 * @internal Equal parts of the records a matcher keeps, held once. Vacancies of one kind have the same
 * tasks (thousands of task lists in a country of 400,000 vacancies, each task with its FML demands:
 * the largest part of a parsed vacancy) and skills, many candidates the same skills, FML profile or
 * diplomas; a part equal to one met before is replaced by that one. Equal means {@link sameParts};
 * the key (JSON text) only finds the part to compare with. The records are the matcher's own (parsed)
 * and never changed, so sharing their parts is not seen from outside.
 */
export class SharedParts {
  private readonly known = new Map<string, unknown>();

  /** `part`, or the equal part met before. */
  part<T>(part: T): T {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a primitive through the map comes back as itself or an `Object.is`-equal one met before
    if (typeof part !== 'object' || part === null) return part;
    const key = JSON.stringify(part);
    const known = this.known.get(key);
    if (known === undefined) {
      this.known.set(key, part);
      return part;
    }
    return sameParts(known, part) ? (known as T) : part;
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
