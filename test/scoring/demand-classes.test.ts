import { createSkillVocabulary, generateRegion, safeParseVacancies, type Task } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { decomposeVacancy } from '../../src/catalogue/decompose.js';
import { AssessedItems } from '../../src/scoring/assessed-items.js';
import { QualificationMemo } from '../../src/scoring/qualification-memo.js';
import { VacancyTable } from '../../src/scoring/tables/vacancies.js';
import { Vocabulary } from '../../src/scoring/tables/vocabulary.js';

/** A task's FML demands as the parsed records hold them. */
type FmlEntries = Task['demands'];

/** The demand class key the table once wrote out: ids sorted, each list's codes sorted, `id=codes;`. */
function writtenKey(d: FmlEntries): string {
  let key = '';
  for (const id of Object.keys(d).sort()) {
    const v = d[id]!;
    key += `${id}=${Array.isArray(v) ? [...v].sort((a, b) => a - b).join(',') : String(v)};`;
  }
  return key;
}

/** `d` with its keys in reverse order and each list reversed: the same demands, another object. */
function reordered(d: FmlEntries): FmlEntries {
  const out: FmlEntries = {};
  for (const id of Object.keys(d).reverse()) {
    const v = d[id]!;
    out[id] = Array.isArray(v) ? [...v].reverse() : v;
  }
  return out;
}

describe('VacancyTable demand classes', () => {
  it('are what the written-out key gave: ids first met in order, key order and list order aside', () => {
    const region = generateRegion({ seed: 11, candidates: 10, vacancies: 300 });
    const r = safeParseVacancies(region.vacancies);
    if (!r.success) throw r.error;
    const list = r.data.map((v) => ({ ...v, tasks: decomposeVacancy(v) }));
    // The same vacancies again with every demands object copied and reordered (the memo by object misses).
    const again = list.map((v) => ({
      ...v,
      id: `${v.id}-again`,
      tasks: v.tasks.map((t) => ({ ...t, demands: reordered(t.demands) })),
    }));
    const table = new VacancyTable(
      new Vocabulary(createSkillVocabulary()),
      new QualificationMemo(),
      new AssessedItems(),
    );
    table.add(list);
    table.add(again);
    const oracle = new Map<string, number>();
    const expected: number[] = [];
    for (const v of [...list, ...again])
      for (const t of v.tasks) {
        const key = writtenKey(t.demands);
        if (!oracle.has(key)) oracle.set(key, oracle.size);
        expected.push(oracle.get(key)!);
      }
    expect(oracle.size).toBeGreaterThan(5);
    expect(table.classIndex.size).toBe(oracle.size);
    expect([...table.tClass.data.subarray(0, expected.length)]).toEqual(expected);
  });

  it('tells apart demands that differ in one code, one item or one list entry; an empty list from no item', () => {
    const region = generateRegion({ seed: 3, candidates: 5, vacancies: 5 });
    const r = safeParseVacancies(region.vacancies);
    if (!r.success) throw r.error;
    const base = { ...r.data[0]!, tasks: decomposeVacancy(r.data[0]!).slice(0, 1) };
    const demands: FmlEntries[] = [
      { 'IV.13': 1 },
      { 'IV.13': 2 },
      { 'IV.14': 1 },
      { 'IV.13': 1, 'IV.14': 1 },
      { 'I.8': [1, 2] },
      { 'I.8': [2, 1] },
      { 'I.8': [1] },
      { 'I.8': [] },
      {},
      { 'IV.14': 1, 'IV.13': 1 },
    ];
    const table = new VacancyTable(
      new Vocabulary(createSkillVocabulary()),
      new QualificationMemo(),
      new AssessedItems(),
    );
    table.add(demands.map((d, k) => ({ ...base, id: `v${k}`, tasks: [{ ...base.tasks[0]!, demands: d }] })));
    expect([...table.tClass.data.subarray(0, demands.length)]).toEqual([0, 1, 2, 3, 4, 4, 5, 6, 7, 3]);
  });
});
