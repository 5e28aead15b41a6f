// compareCodes on its own, importing nothing but the capability module: a broken compareCodes also
// breaks the package's import (the synthetic region's task kinds are compared when it loads), which would
// fail every file importing the package before any test ran.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPARED_ITEMS, compareCodes, type Tally } from '../../src/capability/compare.js';

type Entries = Readonly<Record<string, number | readonly number[]>>;
const ITEMS = COMPARED_ITEMS;

/** A valid FML map over up to `maxKeys` compared items: a code, a list of kinds, or conditions. */
function fmlMap(maxKeys: number): fc.Arbitrary<Record<string, number | number[]>> {
  const top = (i: (typeof ITEMS)[number]) => i.levels.length - 1;
  const list = (i: (typeof ITEMS)[number]) => fc.subarray(Array.from({ length: top(i) }, (_, k) => k + 1));
  const value = (i: (typeof ITEMS)[number]): fc.Arbitrary<number | number[]> =>
    i.kind === 'conditions'
      ? list(i)
      : i.kind === 'nominal'
        ? fc.oneof(fc.integer({ min: 0, max: top(i) }), list(i))
        : fc.integer({ min: 0, max: top(i) });
  return fc
    .uniqueArray(fc.constantFrom(...ITEMS), { maxLength: maxKeys, selector: (i) => i.id })
    .chain((items) =>
      fc.tuple(...items.map(value)).map((vals) => Object.fromEntries(items.map((i, k) => [i.id, vals[k]!]))),
    );
}

describe('compareCodes: only the profile limited items are read', () => {
  it('gives the findings, their order and the margin of a walk over every compared item (oracle)', () => {
    // The walk the function made before: every item of the list in order, an absent profile code as 0.
    const everyItem = (p: Entries, d: Entries): Tally => {
      const t: Tally = { exceedances: [], signals: [], room: 1 };
      for (const item of COMPARED_ITEMS) {
        const one: Tally = { exceedances: [], signals: [], room: t.room };
        const code = p[item.id];
        compareCodes(code === undefined ? {} : { [item.id]: code }, d, one);
        t.exceedances.push(...one.exceedances);
        t.signals.push(...one.signals);
        t.room = one.room;
      }
      return t;
    };
    fc.assert(
      fc.property(fmlMap(12), fmlMap(30), fc.boolean(), (p, d, zeros) => {
        // Explicit zeros (no limitation) read like absent codes, and items that are not compared item by
        // item (IV.1 and IV.2 take no demands) and keys that are no item are left out.
        const extra = { 'IV.1': 2, 'IV.2': 1, 'no item': 3 };
        const profile = zeros
          ? { ...Object.fromEntries(ITEMS.slice(0, 20).map((i) => [i.id, 0])), ...extra, ...p }
          : { ...p, ...extra };
        const got: Tally = { exceedances: [], signals: [], room: 1 };
        compareCodes(profile, d, got);
        expect(got).toEqual(everyItem(profile, d));
      }),
      { numRuns: 300 },
    );
    expect(ITEMS.some((i) => i.id === 'IV.1' || i.id === 'IV.2' || i.id === 'no item')).toBe(false);
    // Keys in another order than the list's give the list's order.
    const t: Tally = { exceedances: [], signals: [], room: 1 };
    compareCodes({ 'IV.13': 3, 'I.8': [4] }, { 'IV.13': 1, 'I.8': [] }, t);
    expect(t.exceedances.map((e) => e.itemId)).toEqual(['I.8', 'IV.13']);
  });
});
