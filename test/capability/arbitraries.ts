import { FML, type FmlEntries, type FmlItem } from 'banenmatch';
import fc from 'fast-check';

/** Compared items of the catalogue (IV.1 and IV.2 take no demands). */
export const ITEMS: readonly FmlItem[] = FML.items.filter((i) => i.compared);
const max = (item: FmlItem): number => item.levels.length - 1;

function kindList(item: FmlItem): fc.Arbitrary<number[]> {
  const codes = Array.from({ length: max(item) }, (_, k) => k + 1);
  return fc.subarray(codes);
}

/** Value of one item in a valid map: a code, or for nominal items also a list, for conditions a list. */
function value(item: FmlItem): fc.Arbitrary<number | number[]> {
  if (item.kind === 'conditions') return kindList(item);
  if (item.kind === 'nominal') return fc.oneof(fc.integer({ min: 0, max: max(item) }), kindList(item));
  return fc.integer({ min: 0, max: max(item) });
}

/**
 * A valid FML map over a few items (a realistic size), biased to the items with the most codes.
 * `items` restricts the pool so that profiles and demands meet often.
 */
export function fmlMap(
  pool: readonly FmlItem[] = ITEMS,
  maxKeys = 8,
): fc.Arbitrary<Record<string, number | number[]>> {
  return fc
    .uniqueArray(fc.constantFrom(...pool), { maxLength: maxKeys, selector: (i) => i.id })
    .chain((items) =>
      items.length === 0
        ? fc.constant({})
        : fc
            .tuple(...items.map((i) => value(i)))
            .map((vals) => Object.fromEntries(items.map((i, k) => [i.id, vals[k]]))),
    );
}

/** A small pool so that random profiles and demands touch the same items. */
export const POOL: readonly FmlItem[] = [
  'IV.13',
  'IV.16',
  'I.5',
  'IV.3',
  'I.8',
  'II.12',
  'II.5',
  'VI.2',
  'VI.3',
  'V.4',
].map((id) => ITEMS.find((i) => i.id === id) as FmlItem);

/** Ordinal items only, so that margins strictly between 0 and 1 are common. */
export const ORDINAL_POOL: readonly FmlItem[] = ['IV.13', 'IV.16', 'IV.17', 'V.4', 'VI.2', 'VI.3'].map(
  (id) => ITEMS.find((i) => i.id === id) as FmlItem,
);

function kinds(v: number | readonly number[] | undefined): number[] {
  if (v === undefined) return [];
  if (typeof v === 'number') return v === 0 ? [] : [v];
  return [...v];
}

function union(
  a: number | readonly number[] | undefined,
  b: number | readonly number[] | undefined,
): number[] {
  return [...new Set([...kinds(a), ...kinds(b)])].sort((x, y) => x - y);
}

/** The person `p` made more limited by `e`: codes raised, kinds and needed conditions added. */
export function moreLimited(p: FmlEntries, e: FmlEntries): Record<string, number | readonly number[]> {
  const out: Record<string, number | readonly number[]> = { ...p };
  for (const item of ITEMS) {
    const a = p[item.id];
    const b = e[item.id];
    if (b === undefined) continue;
    if (item.kind === 'conditions' || item.kind === 'nominal') out[item.id] = union(a, b);
    else out[item.id] = Math.max(typeof a === 'number' ? a : 0, b as number);
  }
  return out;
}

/**
 * The demands `d` made less demanding: items in `drop` lose their demand (absent = any code), others
 * tolerate more codes and kinds from `e`, and the task meets the conditions of `e` as well.
 */
export function lessDemanding(
  d: FmlEntries,
  e: FmlEntries,
  drop: ReadonlySet<string>,
): Record<string, number | readonly number[]> {
  const out: Record<string, number | readonly number[]> = {};
  for (const item of ITEMS) {
    const a = d[item.id];
    const b = e[item.id];
    if (item.kind === 'conditions') {
      if (a !== undefined || b !== undefined) out[item.id] = union(a, b);
    } else if (a === undefined || drop.has(item.id)) {
      // absent stays absent: it already tolerates any code
    } else if (b === undefined) out[item.id] = a;
    else if (item.kind === 'nominal') out[item.id] = union(a, b);
    else out[item.id] = Math.max(a as number, b as number);
  }
  return out;
}
