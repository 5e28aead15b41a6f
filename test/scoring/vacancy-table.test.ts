import { createSkillVocabulary, safeParseVacancies, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { decomposeVacancy } from '../../src/catalogue/decompose.js';
import { AssessedItems } from '../../src/scoring/assessed-items.js';
import { QualificationMemo } from '../../src/scoring/qualification-memo.js';
import { experienceKey } from '../../src/scoring/skills.js';
import { LAYOUT_STRIDE, VacancyTable, VGRID_INTS, VGRID_STRIDE } from '../../src/scoring/tables/vacancies.js';
import { Vocabulary } from '../../src/scoring/tables/vocabulary.js';
import { hilversum, huizen } from '../helpers/places.js';

// `VacancyTable` (tables/vacancies.ts) on worked vacancies: every column, class, signature, shape,
// layout, content and grid row written by hand from the rules in the class's comments.

/** A 20 h cleaning job in Hilversum: cleaning 12 h (lifting, reaching) and filing 8 h. */
function job(id: string, over: Partial<VacancyInput> = {}): VacancyInput {
  return {
    id,
    employerId: 'e1',
    sector: 'market',
    occupation: 'schoonmaker',
    location: hilversum,
    hoursPerWeek: 20,
    tasks: [
      {
        id: 't1',
        kind: 'cleaning',
        hoursPerWeek: 12,
        demands: { 'IV.13': 1, 'I.8': [3, 1] },
        skills: ['schoonmaken', '...'],
      },
      { id: 't2', kind: 'filing', hoursPerWeek: 8, demands: {}, skills: ['archiveren'] },
    ],
    ...over,
  };
}

/** A fresh table with its memos, and the vacancies parsed (tasks as the matcher gives them). */
function fresh() {
  const vocabulary = new Vocabulary(createSkillVocabulary());
  const qualifications = new QualificationMemo();
  const assessed = new AssessedItems();
  const table = new VacancyTable(vocabulary, qualifications, assessed);
  return { table, vocabulary, qualifications, assessed };
}

function parsed(list: VacancyInput[]) {
  const r = safeParseVacancies(list);
  if (!r.success) throw new Error(`input does not parse: ${JSON.stringify(r.error.issues)}`);
  return r.data.map((v) => ({ ...v, tasks: decomposeVacancy(v) }));
}

/** Rows `from .. to − 1` of the layouts, LAYOUT_STRIDE numbers each. */
function layoutRows(table: VacancyTable, from: number, to: number): number[][] {
  const rows: number[][] = [];
  for (let r = from; r < to; r++)
    rows.push([...table.layouts.data.subarray(r * LAYOUT_STRIDE, (r + 1) * LAYOUT_STRIDE)]);
  return rows;
}

/** Each vacancy in the grid near `place` (20 km): its payload and whole numbers, by index. */
function gridRows(table: VacancyTable, place = hilversum): Map<number, { data: number[]; ints: number[] }> {
  const rows = new Map<number, { data: number[]; ints: number[] }>();
  table.vGrid.forEachCellNear(place.lat, place.lon, 20, (cell) => {
    cell.ids.forEach((i, k) => {
      rows.set(i, {
        data: cell.data.slice(k * VGRID_STRIDE, (k + 1) * VGRID_STRIDE),
        ints: [...cell.ints.subarray(k * VGRID_INTS, (k + 1) * VGRID_INTS)],
      });
    });
  });
  return rows;
}

const col = (c: { data: ArrayLike<number> }, n: number) => [...Array.prototype.slice.call(c.data, 0, n)];

describe('VacancyTable: a vacancy’s columns', () => {
  it('demand classes by value (key order and list order ignored), shapes, layouts and contents', () => {
    const { table, vocabulary } = fresh();
    const reordered = job('b');
    reordered.tasks![0] = { ...reordered.tasks![0]!, demands: { 'I.8': [1, 3], 'IV.13': 1 } };
    const lifting = job('e', { occupation: 'bakker' });
    lifting.tasks![0] = { ...lifting.tasks![0]!, demands: { 'IV.13': 2, 'I.8': [1, 3] } };
    table.add(
      parsed([
        job('a'),
        reordered,
        job('c', { carvable: false }),
        job('d', { sector: 'government', occupation: 'kok', location: huizen, wagePerHour: 15 }),
        lifting,
      ]),
    );
    // Tasks: a 0–1, b 2–3, c 4–5, d 6–7, e 8–9; classes: {IV.13 1, I.8 1+3} 0, {} 1, {IV.13 2, I.8 1+3} 2.
    expect(col(table.vTaskStart, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(col(table.vTaskEnd, 5)).toEqual([2, 4, 6, 8, 10]);
    expect(col(table.tClass, 10)).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 2, 1]);
    expect(table.demands.count).toBe(3);
    expect(col(table.tHours, 10)).toEqual([12, 8, 12, 8, 12, 8, 12, 8, 12, 8]);
    // Shapes: a, b and d alike (sector, occupation, place and wage are no part of one); c not carvable; e.
    expect(col(table.vShape, 5)).toEqual([0, 0, 1, 0, 2]);
    expect(table.shapeIndex.size).toBe(3);
    // One layout a shape, 1 + 2 rows each: rows 0, 3 and 6.
    expect(col(table.shapeLayout, 3)).toEqual([0, 3, 6]);
    expect(col(table.vLayout, 5)).toEqual([0, 0, 3, 0, 6]);
    const cleaning = vocabulary.kindIndex.get('cleaning')!;
    const filing = vocabulary.kindIndex.get('filing')!;
    expect([cleaning, filing]).toEqual([0, 1]);
    expect(layoutRows(table, 0, 9)).toEqual([
      [20, 1, -1, 2],
      [12, 0, 0, 0],
      [8, 1, 1, 0],
      [20, 0, -1, 2],
      [12, 0, 0, 0],
      [8, 1, 1, 0],
      [20, 1, -1, 2],
      [12, 2, 0, 0],
      [8, 1, 1, 0],
    ]);
    // Class masks (bits 0 and 1; 1 and 2) and tops.
    expect([table.shapeBits.data[0], table.shapeBits.data[2], table.shapeBits.data[4]]).toEqual([3, 3, 6]);
    expect([table.shapeBits.data[1], table.shapeBits.data[3], table.shapeBits.data[5]]).toEqual([0, 0, 0]);
    expect(col(table.shapeTop, 3)).toEqual([2, 2, 3]);
    // Skills: schoonmaken 0, cleaning experience 1, archiveren 2, filing experience 3 ('...' maps to none).
    expect(vocabulary.skillNames.slice(0, 2)).toEqual(['schoonmaken', experienceKey('cleaning')]);
    expect(col(table.tSkillStart, 11)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    expect(col(table.tSkillIds, 4)).toEqual([0, 1, 2, 3]);
    // One skill signature for all five: (id, hours) pairs, 40 h in all.
    expect(col(table.vSkillSignature, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(col(table.signatureStart, 2)).toEqual([0, 4]);
    expect(col(table.signaturePairs, 8)).toEqual([0, 12, 1, 12, 2, 8, 3, 8]);
    expect(col(table.signatureWeight, 1)).toEqual([40]);
    // Contents: a shape with its tasks' skills; the first vacancy of each stands for it.
    expect(col(table.vContent, 5)).toEqual([0, 0, 1, 0, 2]);
    expect(col(table.contentVacancy, 3)).toEqual([0, 2, 4]);
    // Sector, occupation, wage, place.
    expect(col(table.vSector, 5)).toEqual([0, 0, 0, 1, 0]);
    expect(col(table.vOccupation, 5)).toEqual([0, 0, 0, 1, 2]);
    expect(table.occupationNames).toEqual(['schoonmaker', 'kok', 'bakker']);
    expect(col(table.vWage, 5)).toEqual([Number.NaN, Number.NaN, Number.NaN, 15, Number.NaN]);
    expect([table.vLat.data[3], table.vLon.data[3]]).toEqual([huizen.lat, huizen.lon]);
    expect(table.vIndex.get('d')).toBe(3);
    expect(table.vRecords.map((v) => v?.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // The grid: unit vector and wage; shape, sector + 2 × occupation, signature, layout, tasks, content.
    const near = gridRows(table);
    expect([...near.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(near.get(3)!.data).toEqual([...table.vPos.data.subarray(9, 12), 15]);
    expect(near.get(3)!.ints).toEqual([0, 1 + 2 * 1, 0, 0, 2, 0]);
    expect(near.get(4)!.ints).toEqual([2, 0 + 2 * 2, 0, 6, 2, 2]);
    expect(near.get(2)!.data[3]).toBeNaN();
  });

  it('the vacancy’s skills stand for every task only when no task names a skill', () => {
    const { table, vocabulary } = fresh();
    const none = job('a', { skills: ['schoonmaken'] });
    none.tasks = none.tasks!.map((t) => ({ ...t, skills: [] }));
    const some = job('b', { skills: ['schoonmaken'] });
    some.tasks = [some.tasks![0]!, { ...some.tasks![1]!, skills: [] }];
    table.add(parsed([none, some]));
    const ids = (t: number) =>
      col(table.tSkillIds, 20).slice(table.tSkillStart.data[t], table.tSkillStart.data[t + 1]);
    const s = vocabulary.skillIndex.get('schoonmaken')!;
    const cleaning = vocabulary.skillIndex.get(experienceKey('cleaning'))!;
    const filing = vocabulary.skillIndex.get(experienceKey('filing'))!;
    // a: both tasks get schoonmaken (12 + 8 h); b: its own first task's, the second only its experience.
    expect([ids(0), ids(1)]).toEqual([
      [s, cleaning],
      [s, filing],
    ]);
    expect([ids(2), ids(3)]).toEqual([[s, cleaning], [filing]]);
    expect(col(table.vSkillSignature, 2)).toEqual([0, 1]);
    expect(col(table.signatureStart, 3)).toEqual([0, 3, 6]);
    expect(col(table.signaturePairs, 12)).toEqual([
      s,
      20,
      cleaning,
      12,
      filing,
      8,
      s,
      12,
      cleaning,
      12,
      filing,
      8,
    ]);
    expect(col(table.signatureWeight, 2)).toEqual([40, 32]);
    // Same shape (skills are no part of one), other contents.
    expect(col(table.vShape, 2)).toEqual([0, 0]);
    expect(col(table.vContent, 2)).toEqual([0, 1]);
  });

  it('a task of 0 hours weighs nothing in the signature; hours, core, kind and qualification make shapes', () => {
    const { table, qualifications } = fresh();
    const core = job('b');
    core.tasks![0] = { ...core.tasks![0]!, core: true };
    const asks = job('c', { qualification: 'VCA' });
    asks.tasks![0] = { ...asks.tasks![0]!, core: true };
    const other = job('d', { qualification: 'MBO-2' });
    other.tasks![0] = { ...other.tasks![0]!, core: true };
    const kind = job('e');
    kind.tasks![1] = { ...kind.tasks![1]!, kind: 'cashier' };
    const hours = job('f');
    hours.hoursPerWeek = 12;
    hours.tasks![1] = { ...hours.tasks![1]!, hoursPerWeek: 0 };
    table.add(parsed([job('a'), core, asks, other, kind, hours, job('g', { qualification: 'VCA' })]));
    // g asks a qualification but has no core task: it asks nothing, and is a's shape.
    expect(col(table.vShape, 7)).toEqual([0, 1, 2, 3, 4, 5, 0]);
    const vca = qualifications.text('VCA');
    const mbo = qualifications.text('MBO-2');
    expect(vca).not.toBe(mbo);
    expect(layoutRows(table, 3 * 2, 3 * 2 + 1)).toEqual([[20, 1, vca, 2]]);
    expect(layoutRows(table, 3 * 3, 3 * 3 + 1)).toEqual([[20, 1, mbo, 2]]);
    expect(layoutRows(table, 3, 4)[0]![2]).toBe(-1);
    expect(layoutRows(table, 4, 5)).toEqual([[12, 0, 0, 1]]);
    // f: its 0 h task's skills are listed but weigh 0 h.
    const sig = table.vSkillSignature.data[5]!;
    const from = table.signatureStart.data[sig]!;
    const pairs = col(table.signaturePairs, 2 * table.signatureStart.data[sig + 1]!).slice(2 * from);
    expect(pairs).toEqual([0, 12, 1, 12, 2, 0, 3, 0]);
    expect(table.signatureWeight.data[sig]).toBe(24);
  });

  it('31 tasks have a job shape and content; 32 have none and a layout of their own', () => {
    const { table } = fresh();
    const tasks = (n: number) =>
      Array.from({ length: n }, (_, a) => ({
        id: `t${a}`,
        kind: 'cleaning',
        hoursPerWeek: 0.5,
        demands: {},
      }));
    table.add(
      parsed([
        job('a', { hoursPerWeek: 15.5, tasks: tasks(31) }),
        job('b', { hoursPerWeek: 16, tasks: tasks(32) }),
        job('c', { hoursPerWeek: 16, tasks: tasks(32) }),
      ]),
    );
    expect(col(table.vShape, 3)).toEqual([0, -1, -1]);
    expect(col(table.vContent, 3)).toEqual([0, -1, -1]);
    // Layouts: a's 32 rows, b's 33 from row 32, c's from row 65.
    expect(col(table.vLayout, 3)).toEqual([0, 32, 65]);
    expect(layoutRows(table, 65, 66)).toEqual([[16, 1, -1, 32]]);
    expect(gridRows(table).get(1)!.ints).toEqual([-1, 0, 1, 32, 32, -1]);
  });

  it('a class of index 32 and up sets a bit of the second mask word; from 64 on, none', () => {
    const { table } = fresh();
    // 65 tasks of distinct demands in one vacancy (no shape), then shapes of classes {0, 32}, {64}, {1}.
    const many = Array.from({ length: 65 }, (_, a) => ({
      id: `t${a}`,
      kind: 'cleaning',
      hoursPerWeek: 0.5,
      demands: {
        'IV.13': a % 4,
        'IV.4': Math.floor(a / 4) % 4,
        'II.8': Math.floor(a / 16) % 3,
        'IV.7': Math.floor(a / 48),
      },
    }));
    const pick = (id: string, classes: number[]) =>
      job(id, {
        hoursPerWeek: classes.length / 2,
        tasks: classes.map((c, a) => ({ ...many[c]!, id: `u${a}` })),
      });
    table.add(
      parsed([
        job('a', { hoursPerWeek: 32.5, tasks: many }),
        pick('b', [0, 32]),
        pick('c', [64]),
        pick('d', [1]),
      ]),
    );
    expect(col(table.tClass, 65)).toEqual(Array.from({ length: 65 }, (_, a) => a));
    expect(col(table.vShape, 4)).toEqual([-1, 0, 1, 2]);
    expect(col(table.shapeBits, 6)).toEqual([1, 1, 0, 0, 2, 0]);
    expect(col(table.shapeTop, 3)).toEqual([33, 65, 2]);
  });

  it('a content key tells the shape from the first skill: shape 1 with skill 23 is not shape 12 with skill 3', () => {
    const { table, vocabulary } = fresh();
    const names = createSkillVocabulary().names;
    for (const name of names.slice(0, 24)) vocabulary.skillOf(name);
    // Shapes 0 … 12 by their hours (1 … 13 h, one cleaning task); 1 h asks skill 23, 12 h skill 3.
    const list = Array.from({ length: 13 }, (_, k) =>
      job(`v${k}`, {
        hoursPerWeek: k + 1,
        tasks: [
          { id: 't', kind: 'cleaning', hoursPerWeek: k + 1, demands: {}, skills: [names[k === 1 ? 23 : 3]!] },
        ],
      }),
    );
    table.add(parsed(list));
    expect(col(table.vShape, 13)).toEqual(Array.from({ length: 13 }, (_, k) => k));
    expect([table.tSkillIds.data[2], table.tSkillIds.data[24]]).toEqual([23, 3]);
    expect(col(table.vContent, 13)).toEqual(Array.from({ length: 13 }, (_, k) => k));
  });

  it('lists of codes tell demand classes apart by their codes, in any order', () => {
    const { table } = fresh();
    const lists = [[1, 3], [3, 1], [1], [2], [1, 2], [7]];
    const tasks = lists.map((codes, a) => ({
      id: `t${a}`,
      kind: 'cleaning',
      hoursPerWeek: 1,
      demands: { 'I.8': codes },
    }));
    table.add(parsed([job('a', { hoursPerWeek: 6, tasks })]));
    expect(col(table.tClass, 6)).toEqual([0, 0, 1, 2, 3, 4]);
  });
});

describe('VacancyTable: compiled only, and removed', () => {
  it('a vacancy added not live has its columns but no record, id, grid row or judged items', () => {
    const { table, assessed } = fresh();
    table.add(parsed([job('a')]));
    const copy = job('a');
    copy.tasks![1] = { ...copy.tasks![1]!, demands: { 'II.8': 2 } };
    const before = assessed.version;
    table.add(parsed([copy]), false);
    expect(table.vRecords).toEqual([expect.objectContaining({ id: 'a' }), undefined]);
    expect(table.vIndex.get('a')).toBe(0);
    expect([...gridRows(table).keys()]).toEqual([0]);
    expect(assessed.stated()).not.toContain('II.8');
    expect(assessed.version).toBe(before);
    // Compiled all the same: its tasks, a new class and a new shape, its layout at row 3.
    expect([table.vTaskStart.data[1], table.vTaskEnd.data[1]]).toEqual([2, 4]);
    expect(col(table.tClass, 4)).toEqual([0, 1, 0, 2]);
    expect(table.vShape.data[1]).toBe(1);
    expect(table.vLayout.data[1]).toBe(3);
    expect(table.demands.count).toBe(3);
  });

  it('a removed vacancy leaves the record, id, grid and judged items; its index stays taken', () => {
    const { table, assessed } = fresh();
    const only = job('b');
    only.tasks![1] = { ...only.tasks![1]!, demands: { 'II.8': 2 } };
    table.add(parsed([job('a'), only]));
    expect(assessed.stated()).toEqual(expect.arrayContaining(['IV.13', 'II.8']));
    table.remove(1);
    expect(table.vRecords.map((v) => v?.id)).toEqual(['a', undefined]);
    expect(table.vIndex.has('b')).toBe(false);
    expect([...gridRows(table).keys()]).toEqual([0]);
    expect(assessed.stated()).toContain('IV.13');
    expect(assessed.stated()).not.toContain('II.8');
    table.add(parsed([job('c')]));
    expect(table.vIndex.get('c')).toBe(2);
    expect(table.vTaskStart.data[2]).toBe(4);
  });
});
