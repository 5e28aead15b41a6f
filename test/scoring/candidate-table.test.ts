import { type CandidateInput, createSkillVocabulary, safeParseCandidates } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM } from '../../src/geo/distance.js';
import { resolveMatcherOptions } from '../../src/scoring/options.js';
import { QualificationMemo } from '../../src/scoring/qualification-memo.js';
import { experienceKey } from '../../src/scoring/skills.js';
import { CandidateTable, CGRID_INTS, CGRID_STRIDE } from '../../src/scoring/tables/candidates.js';
import { Vocabulary } from '../../src/scoring/tables/vocabulary.js';
import { withRules } from '../../src/wage-value/rules.js';
import { cleaner, hilversum, huizen } from '../helpers/places.js';

// `CandidateTable` (tables/candidates.ts) on worked candidates: every column, the lift, the longest
// limit and the grid rows written by hand from the rules in the class's comments.

/** A fresh table (matcher `options`) with its memos. */
function fresh(options: object = {}) {
  const vocabulary = new Vocabulary(createSkillVocabulary());
  const qualifications = new QualificationMemo();
  const table = new CandidateTable(
    resolveMatcherOptions(options),
    withRules(undefined),
    vocabulary,
    qualifications,
  );
  return { table, vocabulary, qualifications };
}

function parsed(list: CandidateInput[]) {
  const r = safeParseCandidates(list);
  if (!r.success) throw new Error(`input does not parse: ${JSON.stringify(r.error.issues)}`);
  return r.data;
}

/** hav(d/R) of a distance of `km`. */
const hav = (km: number) => Math.sin(km / (2 * EARTH_RADIUS_KM)) ** 2;

/** Each candidate in the grid near `place` (20 km): its payload and whole numbers, by index; the cells' tops. */
function gridRows(table: CandidateTable, place = hilversum) {
  const rows = new Map<number, { data: number[]; ints: number[] }>();
  const tops: number[][] = [];
  table.cGrid.forEachCellNear(place.lat, place.lon, 20, (cell) => {
    tops.push([...cell.top]);
    cell.ids.forEach((i, k) => {
      rows.set(i, {
        data: cell.data.slice(k * CGRID_STRIDE, (k + 1) * CGRID_STRIDE),
        ints: [...cell.ints.subarray(k * CGRID_INTS, (k + 1) * CGRID_INTS)],
      });
    });
  });
  return { rows, tops };
}

describe('CandidateTable: a candidate’s columns', () => {
  it('commute limit and its hav, the hours window and why, in the order the limits apply', () => {
    const { table } = fresh();
    table.add(
      parsed([
        cleaner,
        // VI.3 code 2: 30 h a week, below the own 36.
        {
          ...cleaner,
          id: 'c2',
          hoursPerWeek: { min: 32, max: 36 },
          capabilities: { 'VI.3': 2 },
          maxCommuteKm: 3,
        },
        // VI.2 code 3: 4 h a day × 5 = 20, below VI.3's 30 and the own 40; the minimum 25 capped to 20.
        {
          ...cleaner,
          id: 'c3',
          hoursPerWeek: { min: 25, max: 40 },
          capabilities: { 'VI.3': 2, 'VI.2': 3 },
          maxCommuteKm: undefined,
        },
        // VI.3 code 3 (20 h) equals the own 20: the own wish stands; VI.2 code 2 × 5 = 30 is above it.
        { ...cleaner, id: 'c4', hoursPerWeek: { min: 4, max: 20 }, capabilities: { 'VI.3': 3, 'VI.2': 2 } },
        // VI.2 code 3 × 5 = 20 ties the own 20: the own wish stands (an earlier limit wins a tie).
        { ...cleaner, id: 'c6', hoursPerWeek: { min: 4, max: 20 }, capabilities: { 'VI.2': 3 } },
        // II.10 limited, no own limit: 5 km; 12.5 h shown with a comma.
        {
          ...cleaner,
          id: 'c5',
          hoursPerWeek: { min: 0, max: 12.5 },
          capabilities: { 'II.10': 1 },
          maxCommuteKm: undefined,
        },
      ]),
    );
    expect([...table.cLimit.data.subarray(0, 6)]).toEqual([15, 3, 15, 15, 15, 5]);
    expect([...table.cHavLimit.data.subarray(0, 6)]).toEqual([
      hav(15),
      hav(3),
      hav(15),
      hav(15),
      hav(15),
      hav(5),
    ]);
    expect([...table.cMax.data.subarray(0, 6)]).toEqual([24, 30, 20, 20, 20, 12.5]);
    expect([...table.cMin.data.subarray(0, 6)]).toEqual([12, 30, 20, 4, 4, 0]);
    expect(table.cMaxWhy).toEqual([
      'wil ten hoogste 24 uur',
      'FML VI.3: ~30 uur per week',
      'FML VI.2: ~4 uur per dag',
      'wil ten hoogste 20 uur',
      'wil ten hoogste 20 uur',
      'wil ten hoogste 12,5 uur',
    ]);
    expect(table.maxLimit).toBe(15);
  });

  it('a commute limit of half the earth’s circumference or more reaches everywhere: hav 1', () => {
    const { table } = fresh();
    const half = Math.PI * EARTH_RADIUS_KM;
    // The schema stops at 300 km; the table is written for any limit (a record put past the schema).
    const [c] = parsed([cleaner]);
    table.add([0.999 * half, half, 2 * half].map((km, k) => ({ ...c!, id: `c${k}`, maxCommuteKm: km })));
    expect(table.cHavLimit.data[0]).toBeCloseTo(hav(0.999 * half), 12);
    expect(table.cHavLimit.data[0]).toBeLessThan(1);
    expect(table.cHavLimit.data[1]).toBe(1);
    expect(table.cHavLimit.data[2]).toBe(1);
    expect(table.maxLimit).toBe(2 * half);
  });

  it('the longest limit is the most of those added, whatever the order', () => {
    const { table } = fresh();
    expect(table.maxLimit).toBe(0);
    table.add(parsed([{ ...cleaner, maxCommuteKm: 10 }]));
    table.add(
      parsed([
        { ...cleaner, id: 'c2', maxCommuteKm: 30 },
        { ...cleaner, id: 'c3', maxCommuteKm: 20 },
      ]),
    );
    expect(table.maxLimit).toBe(30);
  });

  it('skills with the experience of each performed kind; wage values per kind; avoided kinds', () => {
    const { table, vocabulary } = fresh();
    table.add(
      parsed([
        {
          ...cleaner,
          skills: ['schoonmaken', '...', 'archiveren'],
          taskPerformance: { filing: 0.7, cleaning: 0.4 },
          preferences: { avoidTaskKinds: ['cashier'] },
        },
        // A measured wage value wins over the per-task estimates.
        { ...cleaner, id: 'c2', skills: [], taskPerformance: { filing: 0.9 }, wageValue: 0.6 },
        // Neither: the rules' default (0.5) for every kind known when the candidate came.
        { ...cleaner, id: 'c3', skills: ['archiveren'] },
      ]),
    );
    const id = (k: string) => vocabulary.skillIndex.get(k)!;
    expect([id('schoonmaken'), id('archiveren')]).toEqual([0, 1]);
    expect([...table.cSkills[0]!]).toEqual([
      0,
      1,
      id(experienceKey('filing')),
      id(experienceKey('cleaning')),
    ]);
    expect([...table.cSkills[1]!]).toEqual([id(experienceKey('filing'))]);
    expect([...table.cSkills[2]!]).toEqual([1]);
    // Kinds: filing 0, cleaning 1 (performance first), cashier 2 (avoided).
    expect([...vocabulary.kindIndex.keys()]).toEqual(['filing', 'cleaning', 'cashier']);
    expect([...table.cWage[0]!]).toEqual([0.7, 0.4, 0.5]);
    // A row of the fallback alone is the empty row (read past its end: the fallback), one for all.
    expect([...table.cWage[1]!]).toEqual([]);
    expect([...table.cWage[2]!]).toEqual([]);
    expect(table.cWage[2]).toBe(table.cWage[1]);
    expect([...table.cWageFallback.data.subarray(0, 3)]).toEqual([0.5, 0.6, 0.5]);
    // Each kind's wage value as the engine reads it (`kind < wage.length ? wage[kind] : fallback`).
    const wageOf = (c: number, kind: number) => {
      const w = table.cWage[c]!;
      return kind < w.length ? w[kind]! : table.cWageFallback.data[c]!;
    };
    expect([0, 1, 2].map((k) => wageOf(1, k))).toEqual([0.6, 0.6, 0.6]);
    expect([0, 1, 2].map((k) => wageOf(2, k))).toEqual([0.5, 0.5, 0.5]);
    expect([...table.cAvoid[0]!]).toEqual([0, 0, 1]);
    // No kind avoided: the empty row (read past its end: not avoided), one for all.
    expect([...table.cAvoid[2]!]).toEqual([]);
    expect(table.cAvoid[2]).toBe(table.cAvoid[1]);
    // The grid's skill words: bit id & 31 of word (id >> 5) & 3.
    const e = id(experienceKey('filing'));
    const { rows } = gridRows(table);
    expect(rows.get(1)!.ints.slice(4)).toEqual([1 << e, 0, 0, 0]);
    expect(rows.get(2)!.ints.slice(4)).toEqual([2, 0, 0, 0]);
  });

  it('skill ids past 31, 63 and 127 land in words 1, 2 and again 0 of the grid', () => {
    const { table, vocabulary } = fresh();
    // Ids 0 … 129 by the experiences of 130 kinds, interned in order.
    const kinds = Array.from({ length: 130 }, (_, k) => `kind${k}`);
    for (const k of kinds) vocabulary.experienceOf(k);
    const performance = Object.fromEntries([31, 32, 64, 129].map((k) => [kinds[k]!, 0.5]));
    table.add(parsed([{ ...cleaner, skills: [], taskPerformance: performance }]));
    expect([...table.cSkills[0]!]).toEqual([31, 32, 64, 129]);
    const words = gridRows(table).rows.get(0)!.ints.slice(4);
    expect(words).toEqual([(1 << 31) | (1 << 1), 1, 1, 0]);
  });

  it('sectors as bits (3: any), occupations kept only when named, priority, counting, group, diplomas', () => {
    const { table, qualifications } = fresh();
    table.add(
      parsed([
        cleaner,
        { ...cleaner, id: 'c2', preferences: { sectors: [], occupations: [] } },
        { ...cleaner, id: 'c3', preferences: { sectors: ['market'], occupations: ['kok'] } },
        { ...cleaner, id: 'c4', preferences: { sectors: ['government'] }, priority: true },
        { ...cleaner, id: 'c5', preferences: { sectors: ['government', 'market'] }, targetGroup: 'beschut' },
        { ...cleaner, id: 'c6', qualifications: ['VCA'] },
      ]),
    );
    expect([...table.cSector.data.subarray(0, 6)]).toEqual([3, 3, 1, 2, 3, 3]);
    expect(table.cOccupationPref).toEqual([undefined, undefined, ['kok'], undefined, undefined, undefined]);
    expect([...table.cPriority.data.subarray(0, 6)]).toEqual([0, 0, 0, 1, 0, 0]);
    expect([...table.cCounts.data.subarray(0, 6)]).toEqual([1, 1, 1, 1, 0, 1]);
    expect(table.cGroup).toEqual([
      'participatiewet',
      'participatiewet',
      'participatiewet',
      'participatiewet',
      'beschut',
      'participatiewet',
    ]);
    expect(table.cHeld.data[5]).toBe(qualifications.list(['VCA']));
    expect(table.cHeld.data[5]).not.toBe(table.cHeld.data[0]);
    // Lifts without priorityFirst: sheltered −2, else 0.
    expect([0, 1, 2, 3, 4, 5].map((i) => table.liftOf(i))).toEqual([0, 0, 0, 0, -2, 0]);
  });

  it('priority first: +2 for priority, by the flag or, with a date, by the rules in force', () => {
    const list: CandidateInput[] = [
      { ...cleaner, priority: true },
      { ...cleaner, id: 'c2', targetGroup: 'wajong' },
      { ...cleaner, id: 'c3', targetGroup: 'beschut', priority: true },
      { ...cleaner, id: 'c4' },
    ];
    const input = parsed(list);
    const flag = fresh({ priorityFirst: true }).table;
    flag.add(input);
    expect([...flag.cPriority.data.subarray(0, 4)]).toEqual([1, 0, 1, 0]);
    expect([0, 1, 2, 3].map((i) => flag.liftOf(i))).toEqual([2, 0, -2, 0]);
    // 2016: the covenant puts wajong first.
    const dated = fresh({ priorityFirst: true, date: '2016-06-01' }).table;
    dated.add(input);
    expect([...dated.cPriority.data.subarray(0, 4)]).toEqual([1, 1, 1, 0]);
    expect([0, 1, 2, 3].map((i) => dated.liftOf(i))).toEqual([2, 2, -2, 0]);
    const later = fresh({ priorityFirst: true, date: '2020-06-01' }).table;
    later.add(input);
    expect([...later.cPriority.data.subarray(0, 4)]).toEqual([1, 0, 1, 0]);
  });

  it('the grid: unit vector, hav of the limit, hours; lift, sectors, profile, diplomas; tops of limit and lift', () => {
    const { table } = fresh({ priorityFirst: true });
    table.add(
      parsed([
        { ...cleaner, maxCommuteKm: 12, priority: true, capabilities: { 'IV.13': 2 } },
        { ...cleaner, id: 'c2', home: huizen, maxCommuteKm: 40, preferences: { sectors: ['market'] } },
        { ...cleaner, id: 'c3', maxCommuteKm: 8, targetGroup: 'beschut', qualifications: ['VCA'] },
      ]),
    );
    const { rows, tops } = gridRows(table);
    const p = table.cPos.data;
    expect(rows.get(0)!.data).toEqual([p[0], p[1], p[2], hav(12), 12, 24]);
    expect(rows.get(2)!.data).toEqual([p[6], p[7], p[8], hav(8), 12, 24]);
    expect(rows.get(0)!.ints.slice(0, 4)).toEqual([2, 3, table.cProfile.data[0], table.cHeld.data[0]]);
    expect(rows.get(1)!.ints.slice(0, 4)).toEqual([0, 1, table.cProfile.data[1], table.cHeld.data[1]]);
    expect(rows.get(2)!.ints.slice(0, 4)).toEqual([-2, 3, table.cProfile.data[2], table.cHeld.data[2]]);
    expect(table.cProfile.data[0]).not.toBe(table.cProfile.data[1]);
    expect(table.cProfile.data[1]).toBe(table.cProfile.data[2]);
    // Hilversum's cell: the most limit (12) and lift (2) of candidates 0 and 2; Huizen's 40 and 0.
    expect(tops).toContainEqual([12, 2]);
    expect(tops).toContainEqual([40, 0]);
    expect([table.cLat.data[1], table.cLon.data[1]]).toEqual([huizen.lat, huizen.lon]);
    expect(table.cIndex.get('c2')).toBe(1);
    expect(table.cRecords.map((c) => c?.id)).toEqual(['c1', 'c2', 'c3']);
  });

  it('a removed candidate leaves the record, the id and the grid; its index stays taken', () => {
    const { table } = fresh();
    table.add(parsed([cleaner, { ...cleaner, id: 'c2' }]));
    table.remove(0);
    expect(table.cRecords.map((c) => c?.id)).toEqual([undefined, 'c2']);
    expect(table.cIndex.has('c1')).toBe(false);
    expect([...gridRows(table).rows.keys()]).toEqual([1]);
    table.add(parsed([{ ...cleaner, id: 'c3' }]));
    expect(table.cIndex.get('c3')).toBe(2);
  });
});
