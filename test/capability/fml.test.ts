import { readFileSync } from 'node:fs';
import { FML, fmlIssues, fmlItem } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmlMap, ITEMS } from './arbitraries.js';

describe('FML catalogue', () => {
  it('has the six rubrieken with 9, 12, 8, 21, 10 and 4 items: 64 in all, ids rubriek.item in order', () => {
    expect(FML.rubrieken.map((r) => r.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(FML.rubrieken.map((r) => r.items.length)).toEqual([9, 12, 8, 21, 10, 4]);
    expect(FML.items).toHaveLength(64);
    for (const r of FML.rubrieken) {
      r.items.forEach((item, k) => {
        expect(item.id).toBe(`${r.id}.${k + 1}`);
        expect(item.rubriek).toBe(r.id);
        expect(fmlItem(item.id)).toBe(item);
      });
    }
    expect(fmlItem('IV.22')).toBeUndefined();
  });

  it('matches the FML form code by code: ids, kinds, labels, short phrases and norms of the reviewed fixture', () => {
    // fml-form.json was checked against the form (domain notes, Part B §1.3) code by code; a change to
    // the catalogue fails here until the fixture is checked and changed with it.
    const form = JSON.parse(readFileSync(new URL('./fml-form.json', import.meta.url), 'utf8'));
    expect(FML.source).toBe(form.source);
    expect(FML.rubrieken).toStrictEqual(form.rubrieken);
    expect(FML.items).toStrictEqual(form.rubrieken.flatMap((r: { items: unknown[] }) => r.items));
  });

  it('numbers every item’s codes 0..n and gives flags exactly two codes', () => {
    for (const item of FML.items) {
      expect(item.levels.map((l) => l.code)).toEqual(item.levels.map((_, k) => k));
      if (item.kind === 'flag') expect(item.levels).toHaveLength(2);
      else expect(item.levels.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('has the kinds of domain notes §1.3: conditions I.8 and II.12, nominal kinds of limitation, IV.1/IV.2 not compared', () => {
    expect(FML.items.filter((i) => i.kind === 'conditions').map((i) => i.id)).toEqual(['I.8', 'II.12']);
    expect(FML.items.filter((i) => !i.compared).map((i) => i.id)).toEqual(['IV.1', 'IV.2']);
    for (const id of ['I.5', 'I.6', 'IV.3', 'VI.1']) expect(fmlItem(id)?.kind).toBe('nominal');
    expect(fmlItem('I.8')?.levels).toHaveLength(8); // nee + 7 conditions
    expect(fmlItem('II.12')?.levels).toHaveLength(7); // nee + 6 conditions
    expect(fmlItem('IV.3')?.levels).toHaveLength(10);
    expect(fmlItem('I.6')?.levels).toHaveLength(10);
  });

  it('carries the numeric norms of the form (tillen, dragen, duwen, reiken, uren)', () => {
    const lift = fmlItem('IV.13')?.levels;
    expect(lift?.map((l) => [l.value, l.unit, l.perHour])).toEqual([
      [15, 'kg', 10],
      [10, 'kg', 10],
      [5, 'kg', 50],
      [2, 'kg', 100],
    ]);
    expect(fmlItem('IV.14')?.levels.map((l) => l.value)).toEqual([15, 10, 5, 2]);
    expect(fmlItem('IV.12')?.levels.map((l) => [l.value, l.unit])).toEqual([
      [250, 'N'],
      [150, 'N'],
      [100, 'N'],
    ]);
    expect(fmlItem('IV.8')?.levels.map((l) => l.value)).toEqual([1200, 600, 300]);
    expect(fmlItem('IV.16')?.levels.map((l) => l.value)).toEqual([60, 30, 15, 5]);
    // CRvB 15-12-2020, ECLI:NL:CRVB:2020:3154: item 6.2.4 = ~2 uur per dag, item 6.3.4 = ~10 uur per week
    expect(fmlItem('VI.2')?.levels[4]?.value).toBe(2);
    expect(fmlItem('VI.3')?.levels[4]?.value).toBe(10);
    expect(fmlItem('VI.3')?.levels.map((l) => l.value)).toEqual([40, 40, 30, 20, 10]);
    expect(fmlItem('VI.3')?.levels[0]?.atLeast).toBe(true);
  });

  it('never lets a norm grow with the code of an ordinal item (higher code = more limited)', () => {
    for (const item of FML.items.filter((i) => i.kind === 'ordinal' || i.kind === 'flag')) {
      const values = item.levels.map((l) => l.value).filter((v): v is number => v !== undefined);
      for (let k = 1; k < values.length; k++) expect(values[k]).toBeLessThanOrEqual(values[k - 1] as number);
      for (const l of item.levels) expect(l.value === undefined || l.unit !== undefined).toBe(true);
    }
  });
});

describe('fmlIssues', () => {
  const codesOf = (entries: Record<string, number | number[]>, side: 'profile' | 'demands') =>
    fmlIssues(entries, side).map((i) => [i.path, i.code]);

  it('accepts the input contract examples', () => {
    expect(fmlIssues({ 'IV.13': 2, 'VI.3': 3, 'I.8': [4] }, 'profile')).toEqual([]);
    expect(fmlIssues({ 'IV.13': 1, 'I.8': [4] }, 'demands')).toEqual([]);
    expect(fmlIssues({ 'I.8': [], 'IV.3': [3, 7], 'I.5': 2, 'IV.1': 2 }, 'profile')).toEqual([]);
  });

  it('reports every problem with its path and code', () => {
    const issues = codesOf(
      {
        'IV.99': 1,
        'IV.13': 4,
        'II.1': 0.5,
        'V.4': [1],
        'I.8': 4,
        'II.12': [1, 0, 9, 1],
        'IV.3': [-1],
      },
      'profile',
    );
    expect(issues).toEqual([
      [['IV.99'], 'unknown_fml_item'],
      [['IV.13'], 'invalid_fml_code'],
      [['II.1'], 'invalid_fml_code'],
      [['V.4'], 'fml_number_expected'],
      [['I.8'], 'fml_list_expected'],
      [['II.12', 1], 'invalid_fml_code'],
      [['II.12', 2], 'invalid_fml_code'],
      [['II.12', 3], 'duplicate_fml_code'],
      [['IV.3', 0], 'invalid_fml_code'],
    ]);
  });

  it('refuses demands on IV.1/IV.2 and lists for them, which only describe a side', () => {
    expect(codesOf({ 'IV.1': 1 }, 'demands')).toEqual([[['IV.1'], 'fml_item_not_demandable']]);
    expect(codesOf({ 'IV.2': [1, 2] }, 'profile')).toEqual([[['IV.2'], 'fml_number_expected']]);
  });

  it('never echoes the code it was given (health data) but names the item', () => {
    for (const [id, bad] of [
      ['IV.13', 42],
      ['I.8', [42]],
      ['IV.3', [42]],
    ] as const) {
      const [issue] = fmlIssues({ [id]: bad }, 'profile');
      expect(issue?.message).toContain(id);
      expect(issue?.message).not.toContain('42');
    }
  });

  it('finds nothing in any generated valid map, on either side', () => {
    fc.assert(
      fc.property(fmlMap(ITEMS, 20), (m) => {
        expect(fmlIssues(m, 'profile')).toEqual([]);
        expect(fmlIssues(m, 'demands')).toEqual([]);
      }),
    );
  });

  it('flags any out-of-range integer code for any item', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FML.items), fc.integer({ min: 1, max: 1000 }), (item, extra) => {
        const code = item.levels.length - 1 + extra;
        const value = item.kind === 'conditions' ? [code] : code;
        expect(fmlIssues({ [item.id]: value }, 'profile').map((i) => i.code)).toEqual(['invalid_fml_code']);
      }),
    );
  });
});
