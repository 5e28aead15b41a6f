import distance from 'fast-levenshtein';
import { isRecord } from '../_internal/guard.js';
import type { ValidationIssue } from '../errors.js';
import { looksLikeBsn } from '../privacy/bsn.js';

/**
 * Fields a schema does not know. zod's `z.object` drops them without a word, so a misspelled optional
 * field (`preferedSectors`) would lose the person's preference in silence. The known fields are read
 * from the zod schemas themselves (their `shape`), never from a copy.
 */

/** What a parser does with a field the schema does not know: a warning, an error, or nothing. */
export type UnknownFieldsMode = 'warn' | 'error' | 'ignore';

/** The parts of a zod v4 schema definition the walk reads (zod's `_zod.def`). */
interface SchemaDef {
  type: string;
  innerType?: SchemaNode;
  in?: SchemaNode;
  element?: SchemaNode;
  shape?: Record<string, SchemaNode>;
  catchall?: SchemaNode;
}

/** @internal Any zod v4 schema, seen through its definition. */
export interface SchemaNode {
  _zod: { def: SchemaDef };
}

/** Wrappers whose inner schema describes the value: optional, default, nullable, … and a pipe's input. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

function unwrap(node: SchemaNode): SchemaNode {
  let def = node._zod.def;
  for (let depth = 0; depth < 32; depth++) {
    const inner = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
    if (inner === undefined) break;
    node = inner;
    def = node._zod.def;
  }
  return node;
}

/** The own fields of an object schema; `undefined` for any other schema or one that accepts any key. */
function shapeOf(node: SchemaNode): Record<string, SchemaNode> | undefined {
  const def = node._zod.def;
  if (def.type !== 'object' || def.shape === undefined) return undefined;
  // `.loose()` / `.catchall(x)` accept every key: nothing is unknown there (`.strict()` is a `never` catchall).
  if (def.catchall !== undefined && def.catchall._zod.def.type !== 'never') return undefined;
  return def.shape;
}

/** A name a key may be corrected to, with the forms compared to the key (normalised). */
interface Suggestion {
  name: string;
  forms: string[];
}

/** Lower case without `_`, `-`, `.` or spaces: `Hours_per_week` and `hoursPerWeek` compare equal. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s_.-]/g, '');
}

const suggestionCache = new WeakMap<SchemaNode, Suggestion[]>();

/**
 * Names to suggest at one level: its own fields first, then the fields of its nested objects
 * (`preferences.sectors`), compared both joined (`preferencessectors`) and by their own name (`sectors`).
 */
function suggestionsOf(node: SchemaNode, shape: Record<string, SchemaNode>): Suggestion[] {
  const cached = suggestionCache.get(node);
  if (cached !== undefined) return cached;
  const list: Suggestion[] = Object.keys(shape).map((name) => ({ name, forms: [normalise(name)] }));
  for (const [name, child] of Object.entries(shape)) {
    const inner = shapeOf(unwrap(child));
    if (inner === undefined) continue;
    for (const field of Object.keys(inner)) {
      list.push({ name: `${name}.${field}`, forms: [normalise(name + field), normalise(field)] });
    }
  }
  suggestionCache.set(node, list);
  return list;
}

/** Longest key compared for a suggestion: longer ones are not typing errors of a field name. */
const MAX_SUGGEST_LENGTH = 64;

/**
 * The known name nearest to `key` by Levenshtein distance on normalised names, when it is close: at
 * most a quarter of the longer name's length (at least 1), or one is a prefix of the other (3+ chars).
 * On equal distance an own field comes before a nested one.
 */
function nearest(key: string, suggestions: readonly Suggestion[]): string | undefined {
  const k = normalise(key);
  if (k.length === 0 || k.length > MAX_SUGGEST_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const s of suggestions) {
    for (const form of s.forms) {
      const d = distance.get(k, form);
      const close =
        d <= Math.max(1, Math.floor(Math.max(k.length, form.length) / 4)) ||
        (k.length >= 3 && form.startsWith(k)) ||
        (form.length >= 3 && k.startsWith(form));
      if (close && d < bestDistance) {
        best = s.name;
        bestDistance = d;
      }
    }
  }
  return best;
}

/** Longest field name shown in a message; a longer one is cut. */
const MAX_SHOWN_LENGTH = 60;

function unknownFieldIssue(
  node: SchemaNode,
  shape: Record<string, SchemaNode>,
  key: string,
  path: readonly (string | number)[],
): ValidationIssue {
  // A key that looks like a BSN is personal data: neither the message nor the path may show it.
  if (looksLikeBsn(key)) {
    return {
      path,
      message: 'unknown field whose name looks like a BSN (name not shown)',
      code: 'unknown_field',
    };
  }
  const shown = key.length > MAX_SHOWN_LENGTH ? `${key.slice(0, MAX_SHOWN_LENGTH)}…` : key;
  const suggestion = nearest(key, suggestionsOf(node, shape));
  return {
    path: [...path, key],
    message: `unknown field ${JSON.stringify(shown)}${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`,
    code: 'unknown_field',
  };
}

const fieldsCache = new WeakMap<SchemaNode, boolean>();

/**
 * Whether a value of `schema` can hold a field: an object schema with known fields, or an array of
 * such (at any depth). A value of any other schema (a string, a number, an FML map, …) has no field
 * the walk would find, so it is not walked (e.g. a vacancy's skills, one string each).
 */
function hasFields(schema: SchemaNode): boolean {
  const cached = fieldsCache.get(schema);
  // Stryker disable next-line ConditionalExpression: a cache: computing again gives the same answer
  if (cached !== undefined) return cached;
  const node = unwrap(schema);
  const def = node._zod.def;
  // Arrays of arrays end: a schema cannot hold itself without `z.lazy`, which the walk does not enter.
  const fields =
    // Stryker disable next-line ConditionalExpression: `true` only walks more: a value of a schema without fields gives no issue
    shapeOf(node) !== undefined ||
    // Stryker disable next-line ConditionalExpression,LogicalOperator: only an array's def has an element, so `true` for either test and `||` between them decide alike; `true` for the whole only walks more (the element's `hasFields` is killed)
    (def.type === 'array' && def.element !== undefined && hasFields(def.element));
  fieldsCache.set(schema, fields);
  return fields;
}

/** Walks `value` along `schema`; `path` is one stack, pushed and popped, copied only for an issue. */
function walk(schema: SchemaNode, value: unknown, path: (string | number)[], out: ValidationIssue[]): void {
  const node = unwrap(schema);
  const def = node._zod.def;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: only an array's def has an element, so `true` for either of the first two tests and `||` between them decide alike (`true` for the whole and for `Array.isArray` are killed: an object where a list belongs)
  if (def.type === 'array' && def.element !== undefined && Array.isArray(value)) {
    // Stryker disable next-line ConditionalExpression: `false` only walks more: elements of a schema without fields give no issue
    if (!hasFields(def.element)) return;
    // Stryker disable next-line EqualityOperator: `<=` walks value[length], undefined, which is no record: no issue
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(def.element, value[i], path, out);
      path.pop();
    }
    return;
  }
  const shape = shapeOf(node);
  if (shape === undefined || !isRecord(value)) return;
  for (const key of Object.keys(value)) {
    // Own keys only: `constructor` or `__proto__` in JSON are not fields of the shape's prototype.
    const child = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (child === undefined) {
      out.push(unknownFieldIssue(node, shape, key, [...path]));
      continue;
    }
    // Stryker disable next-line ConditionalExpression: `false` only walks more: a value of a schema without fields gives no issue
    if (!hasFields(child)) continue;
    path.push(key);
    walk(child, value[key], path, out);
    path.pop();
  }
}

/**
 * @internal Every field of `value` that `schema` does not know, at any depth of its objects and arrays
 * (records such as FML maps accept any key and are not walked), as `unknown_field` issues at the key's
 * path (under `prefix`), with the nearest known field as a suggestion. Echoes field names, never values.
 *
 * @example
 * unknownFieldIssues(candidateSchema, { ...c, preferedSectors: ['market'] }, [0])
 * // [{ path: [0, 'preferedSectors'], code: 'unknown_field',
 * //    message: 'unknown field "preferedSectors" (did you mean "preferences.sectors"?)' }]
 */
export function unknownFieldIssues(
  schema: SchemaNode,
  value: unknown,
  prefix: readonly (string | number)[] = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  walk(schema, value, [...prefix], out);
  return out;
}
