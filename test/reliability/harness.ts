import { isBanenmatchError } from 'banenmatch';
import fc from 'fast-check';
import { expect } from 'vitest';

/** Values that break naive code: non-finite numbers, wrong types, empty and huge containers. */
export const weird: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    0,
    -0,
    1e308,
    -1e308,
    2 ** 31,
    0.5,
    '',
    'x',
    'XX.99',
    '2026-13-45',
    null,
    undefined,
    true,
    false,
    [],
    {},
    [Number.NaN],
    { length: 3 },
  ),
  fc.constant(new Array(5000).fill(0)),
  fc.anything(),
  fc.jsonValue(),
  fc.double(),
);

type Path = readonly (string | number)[];

function isPlain(v: unknown): v is Record<string, unknown> | unknown[] {
  if (Array.isArray(v)) return true;
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Every path into the plain objects and arrays of `value` (the root included), first elements of long arrays only. */
export function pathsOf(value: unknown, limit = 4): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, path: Path): void => {
    out.push(path);
    if (!isPlain(v)) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < Math.min(v.length, limit); i++) walk(v[i], [...path, i]);
    } else {
      for (const k of Object.keys(v)) walk(v[k], [...path, k]);
    }
  };
  walk(value, []);
  return out;
}

/** Deep copy of plain objects and arrays; anything else (functions, signals, typed arrays, class instances) is shared. */
export function clonePlain<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clonePlain) as T;
  if (isPlain(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = clonePlain(x);
    return out as T;
  }
  return v;
}

/** One mutation of a valid argument list: replace, delete, duplicate (ids), empty, or add an unknown FML item. */
export interface Mutation {
  pick: number;
  op: 'set' | 'delete' | 'duplicate' | 'empty' | 'unknownKey';
  value: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('set', 'set', 'set', 'delete', 'duplicate', 'empty', 'unknownKey'),
  value: weird,
});

/**
 * Applies `m` to a fresh copy of `args` at a path at least `minDepth` deep (1: a whole argument may be
 * replaced); an op that does not fit the node sets `m.value`. Returns the copy and the path.
 */
export function mutate(args: readonly unknown[], m: Mutation, minDepth = 1): { args: unknown[]; path: Path } {
  const copy = clonePlain([...args]);
  const paths = pathsOf(copy).filter((p) => p.length >= minDepth);
  const path = paths[m.pick % paths.length] ?? [0];
  let parent: unknown = copy;
  for (const part of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[part];
  const key = path[path.length - 1] as string | number;
  const obj = parent as Record<string | number, unknown>;
  const node = obj[key];
  if (m.op === 'set') obj[key] = m.value;
  else if (m.op === 'delete') {
    if (Array.isArray(obj) && typeof key === 'number') obj.splice(key, 1);
    else delete obj[key];
  } else if (m.op === 'duplicate' && Array.isArray(node) && node.length > 0) {
    node.push(clonePlain(node[0]));
  } else if (m.op === 'empty') obj[key] = Array.isArray(node) ? [] : {};
  else if (m.op === 'unknownKey' && isPlain(node) && !Array.isArray(node)) node['XX.99'] = 1;
  else obj[key] = m.value;
  return { args: copy, path };
}

/** Paths of the NaN numbers in `value` (typed arrays included); at most `limit` nodes are visited. */
export function nanPaths(value: unknown, limit = 200_000): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  let visited = 0;
  const walk = (v: unknown, path: string): void => {
    if (visited++ > limit || found.length > 5) return;
    if (typeof v === 'number') {
      if (Number.isNaN(v)) found.push(path || '(root)');
      return;
    }
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const a = v as unknown as ArrayLike<number>;
      for (let i = 0; i < a.length; i++) if (Number.isNaN(a[i])) found.push(`${path}[${i}]`);
      return;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) walk(x, `${path}.get(${String(k)})`);
      return;
    }
    for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(value, '');
  return found;
}

/**
 * Calls `fn`; a thrown value must be a BanenmatchError with a string code, a returned value must
 * carry no NaN. Returns the result (undefined when it threw) for further checks.
 */
export function expectSafe(what: string, fn: () => unknown): unknown {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    if (!(isBanenmatchError(e) && typeof e.code === 'string' && e.code.length > 0)) {
      throw new Error(`${what}: a non-library error escaped: ${String(e)}`, { cause: e });
    }
    return undefined;
  }
  const nan = nanPaths(result);
  expect(nan, `${what}: NaN in the result`).toEqual([]);
  return result;
}
