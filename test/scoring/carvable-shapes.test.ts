import { generateRegion, type VacancyInput } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCEEDED_ITEM_IDS } from '../../src/capability/compiled.js';
import { CARVABLE_ROW, CarvableShapes, MAX_ENUMERATED_TASKS } from '../../src/scoring/engine/carvable.js';
import { carveRuledOut } from '../../src/scoring/engine/carve.js';
import type { Engine } from '../../src/scoring/engine/state.js';
import { MASK_CLASSES } from '../../src/scoring/tables/profile-masks.js';
import { LAYOUT_STRIDE } from '../../src/scoring/tables/vacancies.js';
import { tablesOf } from '../helpers/engine.js';
import { cleaner, hilversum } from '../helpers/places.js';

// `CarvableShapes` (engine/carvable.ts): the carvable job shapes carving's class masks decide, each
// with its masks and carvable tasks, against a plain reading of the shapes' layouts.

/** Lists the first `n` shapes of `e` into `into` (a new list unless given). */
function listed(e: Engine, n: number, carving = true, into = new CarvableShapes()): CarvableShapes {
  into.list(n, carving, e.layouts, e.shapeLayout, e.shapeBits, e.shapeTop);
  return into;
}

/**
 * What the list holds, read plainly from the layouts: per listed shape its id, whole-job mask, the
 * mask of its carvable tasks, and those tasks' classes, hours and quarter hours; the highest top.
 */
function expected(e: Engine, n: number, carving: boolean) {
  const rows = e.layouts.data;
  const shapes: { sid: number; job: number[]; mask: number[]; tasks: number[][] }[] = [];
  let top = 0;
  for (let sid = 0; sid < n; sid++) {
    const head = e.shapeLayout.data[sid]! * LAYOUT_STRIDE;
    const t = e.shapeTop.data[sid]!;
    if (!carving || rows[head + 1] === 0 || t > MASK_CLASSES) continue;
    const tasks: number[][] = [];
    const mask = [0, 0];
    for (let a = 1; a <= rows[head + 3]!; a++) {
      const [h, cls, , core] = rows.slice(head + a * LAYOUT_STRIDE, head + (a + 1) * LAYOUT_STRIDE);
      if (core === 1 || !(h! > 0)) continue;
      tasks.push([cls!, h!, Math.round(h! * 4)]);
      mask[cls! >> 5] = mask[cls! >> 5]! | (1 << (cls! & 31));
    }
    if (tasks.length > MAX_ENUMERATED_TASKS) continue;
    shapes.push({ sid, job: [e.shapeBits.data[2 * sid]!, e.shapeBits.data[2 * sid + 1]!], mask, tasks });
    if (t > top) top = t;
  }
  return { shapes, top };
}

/** The list as the same structure as `expected`, and each shape's row (−1 unlisted). */
function actual(list: CarvableShapes, n: number) {
  const shapes: { sid: number; job: number[]; mask: number[]; tasks: number[][] }[] = [];
  for (let k = 0; k < list.count; k++) {
    const row = [...list.rows.subarray(CARVABLE_ROW * k, CARVABLE_ROW * (k + 1))];
    const tasks: number[][] = [];
    for (let t = row[5]!; t < row[6]!; t++) tasks.push([list.classes[t]!, list.hours[t]!, list.units[t]!]);
    shapes.push({ sid: row[0]!, job: [row[1]!, row[2]!], mask: [row[3]!, row[4]!], tasks });
  }
  const rowOf = [...list.rowOf.subarray(0, n)];
  return { shapes, top: list.top, rowOf };
}

/** The rows `expected` gives each shape: its place among the listed, else −1. */
function rowsOf(shapes: readonly { sid: number }[], n: number): number[] {
  const rowOf = new Array<number>(n).fill(-1);
  shapes.forEach((s, k) => {
    rowOf[s.sid] = k;
  });
  return rowOf;
}

/**
 * A region's engine (some vacancies not carvable) with six vacancies after it of a class per FML item
 * and more (past class 100), 16 to a vacancy: shapes with classes in the second mask word, and shapes
 * with classes past the masks (not listed).
 */
function regionEngine(): Engine {
  const region = generateRegion({ seed: 14, candidates: 4, vacancies: 150 });
  // (I.8 and II.12 take no level 1 in a vacancy's demands.)
  const ids = EXCEEDED_ITEM_IDS.filter((id) => id !== 'I.8' && id !== 'II.12');
  const demands = [
    ...ids.map((id) => ({ [id]: 1 })),
    ...ids.slice(0, 33).map((id, a) => ({ [id]: 1, [ids[a + 1]!]: 1 })),
  ];
  const extra = [0, 1, 2, 3, 4, 5].map((k): VacancyInput => {
    const tasks = demands
      .slice(16 * k, 16 * (k + 1))
      .map((d, a) => ({ id: `t${a}`, kind: 'cleaning', hoursPerWeek: 1, demands: d }));
    return { ...region.vacancies[0]!, id: `x${k}`, carvable: true, hoursPerWeek: tasks.length, tasks };
  });
  // A vacancy of one task for each of those classes, the last first: a shape of every top up to past
  // 64 (64 itself: the last listed), the highest listed not the last.
  const single = demands
    .map(
      (d, k): VacancyInput => ({
        ...region.vacancies[0]!,
        id: `s${k}`,
        carvable: true,
        hoursPerWeek: 1,
        tasks: [{ id: 't0', kind: 'cleaning', hoursPerWeek: 1, demands: d }],
      }),
    )
    .reverse();
  return tablesOf({
    candidates: region.candidates,
    vacancies: [...region.vacancies.map((v, j) => ({ ...v, carvable: j % 5 !== 0 })), ...extra, ...single],
  }).engine;
}

describe('CarvableShapes: the carvable job shapes carving’s class masks decide', () => {
  it('a worked list: core tasks, tasks of no hours, shapes not carvable and of more than 16 carvable tasks left out', () => {
    const task = (id: string, hoursPerWeek: number, lift: number, core = false) => ({
      id,
      kind: 'cleaning',
      hoursPerWeek,
      core,
      demands: lift > 0 ? { 'IV.13': lift } : {},
    });
    const vacancy = (id: string, carvable: boolean, tasks: VacancyInput['tasks']): VacancyInput => ({
      id,
      employerId: 'e1',
      sector: 'market',
      occupation: 'schoonmaker',
      location: hilversum,
      hoursPerWeek: tasks!.reduce((sum, t) => sum + t.hoursPerWeek, 0),
      carvable,
      tasks,
    });
    const vacancies = [
      // Shape 0: carvable, a core task and a task of 0 h left out of its carvable tasks.
      vacancy('v0', true, [task('a', 10.3, 1), task('b', 6, 0, true), task('c', 0, 2), task('d', 3.6, 2)]),
      // Shape 1: not carvable.
      vacancy('v1', false, [task('a', 20, 1)]),
      // Shape 2: 17 carvable tasks, more than carving enumerates.
      vacancy(
        'v2',
        true,
        Array.from({ length: 17 }, (_, a) => task(`t${a}`, 1, a % 3)),
      ),
      // Shape 3: 16 carvable tasks, listed after shape 2's (its tasks not kept).
      vacancy(
        'v3',
        true,
        Array.from({ length: 16 }, (_, a) => task(`t${a}`, 1.25, 2 - (a % 3))),
      ),
    ];
    const { engine: e } = tablesOf({ candidates: [cleaner], vacancies });
    expect(e.shapeCount()).toBe(4);
    const list = listed(e, 4);
    const want = expected(e, 4, true);
    expect(want.shapes.map((s) => s.sid)).toEqual([0, 3]);
    expect(want.shapes[0]!.tasks.map(([, h, units]) => [h, units])).toEqual([
      [10.3, 41],
      [3.6, 14],
    ]);
    expect(actual(list, 4)).toEqual({ ...want, rowOf: [0, -1, -1, 1] });
    // The tasks of shape 3 follow those of shape 0 directly.
    expect([...list.rows.subarray(CARVABLE_ROW + 5, CARVABLE_ROW + 7)]).toEqual([2, 18]);
    // Carving off: none listed, every shape read.
    const off = listed(e, 4, false);
    expect(actual(off, 4)).toEqual({ shapes: [], top: 0, rowOf: [-1, -1, -1, -1] });
    expect(off.shapes).toBe(4);
  });

  it('a region: as read from the layouts, listed at once or a few shapes at a time', () => {
    const e = regionEngine();
    const n = e.shapeCount();
    const tops = [...e.shapeTop.data.subarray(0, n)];
    expect(tops.some((t) => t > MASK_CLASSES)).toBe(true);
    expect(tops.includes(MASK_CLASSES)).toBe(true);
    const want = expected(e, n, true);
    // Shapes of classes in both mask words, and some left out.
    expect(want.shapes.some((s) => s.mask[1] !== 0)).toBe(true);
    expect(want.shapes.length).toBeGreaterThan(20);
    expect(want.shapes.length).toBeLessThan(n);
    const once = actual(listed(e, n), n);
    // The highest top is not the last listed shape's.
    expect(e.shapeTop.data[once.shapes.at(-1)!.sid]).toBeLessThan(once.top);
    expect(once).toEqual({ ...want, rowOf: rowsOf(want.shapes, n) });
    // A few at a time, as a scan lists the shapes interned since the last (the same list).
    const steps = new CarvableShapes();
    // Fewer shapes than listed before (5, then 3): nothing to read.
    for (const k of [0, 1, 1, 5, 3, Math.floor(n / 2), n - 1, n]) listed(e, k, true, steps);
    expect(actual(steps, n)).toEqual(once);
    expect(steps.shapes).toBe(n);
  });
});

describe('carveRuledOut: carving ruled out from the list', () => {
  it('property: no carvable task left once the exceeded classes and the tasks over the most hours are out, or their quarter hours below the fewest', () => {
    const e = regionEngine();
    const n = e.shapeCount();
    listed(e, n, true, e.carvable);
    const shapes = new Map(expected(e, n, true).shapes.map((s) => [s.sid, s.tasks]));
    let ruledOut = 0;
    fc.assert(
      fc.property(
        fc.nat(n + 2),
        fc.uniqueArray(fc.nat(MASK_CLASSES - 1), { maxLength: 12 }),
        fc.constantFrom(1, 2.5, 4, 8, 16, 40),
        fc.constantFrom(0, 0.25, 3, 7.6, 12),
        (sid, exceeded, maxH, floorH) => {
          const ex = [0, 0];
          for (const cls of exceeded) ex[cls >> 5] = ex[cls >> 5]! | (1 << (cls & 31));
          const tasks = shapes.get(sid);
          let want = false;
          if (tasks !== undefined) {
            const left = tasks.filter(([cls, h]) => !exceeded.includes(cls!) && h! <= maxH);
            const units = left.reduce((sum, [, , u]) => sum + u!, 0);
            want = left.length === 0 || units < Math.ceil(floorH * 4 - 1e-9);
          }
          const got = carveRuledOut(e, sid, ex[0]!, ex[1]!, maxH, floorH);
          expect(got, `shape ${sid}`).toBe(want);
          if (got) ruledOut++;
        },
      ),
      { numRuns: 2000, seed: 14 },
    );
    expect(ruledOut).toBeGreaterThan(100);
  });
});
