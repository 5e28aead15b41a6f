import {
  type CandidateInput,
  generateRegion,
  type MatcherOptions,
  safeParseVacancies,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { EXCEEDED_ITEM_IDS, LEVEL_STRIDE } from '../../src/capability/compiled.js';
import { decomposeVacancy } from '../../src/catalogue/decompose.js';
import { evaluate, verdict } from '../../src/scoring/engine/evaluator.js';
import { settleAll } from '../../src/scoring/engine/settle.js';
import type { Engine } from '../../src/scoring/engine/state.js';
import {
  EXCLUDED_CAPABILITY,
  EXCLUDED_COMMUTE,
  EXCLUDED_HOURS,
  EXCLUDED_QUALIFICATION,
} from '../../src/scoring/rules.js';
import { MASK_CLASSES } from '../../src/scoring/tables/profile-masks.js';
import { LAYOUT_STRIDE } from '../../src/scoring/tables/vacancies.js';
import { settledCarveOnly, settledExcluded, tablesOf } from '../helpers/engine.js';

// `settleAll` (engine/settle.ts) decides a candidate on every job shape the class masks decide alone,
// before any pair is evaluated, as bit sets: each shape settled out must be one a fresh engine (which
// never settled) excludes at the shape's first vacancy, and every such shape the fresh engine
// excludes must be settled out. The sets are remembered by the candidate's numbers and shared. A region's vacancies (some asking a diploma, some not carvable) and, after
// them, one-task vacancies demanding level 1 of each level item (classes in both mask words and past
// the 64 the masks hold), of 1 h and of 40 h (more than any candidate's most), carvable or not.

const DIPLOMA = 'MBO-2 logistiek';
const LEVEL_IDS = EXCEEDED_ITEM_IDS.slice(0, LEVEL_STRIDE);

function inputOf(): { candidates: CandidateInput[]; vacancies: VacancyInput[] } {
  const region = generateRegion({ seed: 14, candidates: 6, vacancies: 60 });
  // Every candidate within reach of every vacancy: no commute exclusion hides a shape's.
  const candidates: CandidateInput[] = region.candidates.map((c, i) => ({
    ...c,
    maxCommuteKm: 300,
    qualifications: i % 2 === 0 ? [DIPLOMA] : [],
  }));
  // Two candidates at level 0 of every level item, one on the first half and one on the second.
  const half = Math.floor(LEVEL_IDS.length / 2);
  const limited = (id: string, ids: readonly string[]): CandidateInput => ({
    ...candidates[0]!,
    id,
    hoursPerWeek: { min: 4, max: 32 },
    capabilities: Object.fromEntries(ids.map((item) => [item, 0])),
  });
  // 'lo' twice, with 'hi' between: the second 'lo' reads the sets remembered for the first.
  candidates.push(
    limited('lo', LEVEL_IDS.slice(0, half)),
    limited('hi', LEVEL_IDS.slice(half)),
    limited('lo2', LEVEL_IDS.slice(0, half)),
  );
  const base = region.vacancies[0]!;
  const single = (item: string, hours: number, carvable: boolean): VacancyInput => ({
    ...base,
    id: `s-${item}-${hours}-${carvable}`,
    hoursPerWeek: hours,
    carvable,
    tasks: [{ id: 't0', kind: 'cleaning', hoursPerWeek: hours, demands: { [item]: 1 } }],
  });
  const vacancies: VacancyInput[] = [
    ...region.vacancies.map((v, j) => ({
      ...v,
      carvable: j % 3 !== 0,
      ...(j % 4 === 1 ? { qualification: DIPLOMA } : {}),
    })),
    ...LEVEL_IDS.flatMap((item) => [single(item, 1, false), single(item, 40, false), single(item, 40, true)]),
    // Last, a job of no demands (its highest class 0): the masks must still cover the highest class.
    {
      ...base,
      id: 'plain',
      hoursPerWeek: 2,
      carvable: false,
      tasks: [{ id: 't0', kind: 'cleaning', hoursPerWeek: 2, demands: {} }],
    },
  ];
  return { candidates, vacancies };
}

/** The first vacancy of each job shape, by shape id. */
function firstOfShapes(e: Engine, nV: number): Map<number, number> {
  const first = new Map<number, number>();
  for (let vi = 0; vi < nV; vi++) {
    const sid = e.vShape.data[vi]!;
    if (sid >= 0 && !first.has(sid)) first.set(sid, vi);
  }
  return first;
}

/** Whether the masks decide shape `sid` alone: its classes within the masks, and no carved job to offer. */
function decidedByMasks(e: Engine, sid: number, carving: boolean): boolean {
  const head = e.shapeLayout.data[sid]! * LAYOUT_STRIDE;
  return e.shapeTop.data[sid]! <= MASK_CLASSES && (!carving || e.layouts.data[head + 1] === 0);
}

describe('settleAll: the exclusions the class masks decide alone', () => {
  const input = inputOf();
  const options: MatcherOptions[] = [{}, { carving: false }, { carving: { minHours: 12 } }];
  for (const option of options) {
    it(`as a fresh engine finds them, every one of them (carving ${JSON.stringify(option.carving)})`, () => {
      const { engine: e } = tablesOf(input, option);
      const { engine: fresh } = tablesOf(input, option);
      const carving = option.carving !== false;
      const nC = input.candidates.length;
      const nV = input.vacancies.length;
      const first = firstOfShapes(e, nV);
      expect(e.shapeCount()).toBe(first.size);
      const settled = new Map<number, number>();
      let high = 0;
      let past = 0;
      let carvableOut = 0;
      for (let ci = 0; ci < nC; ci++) {
        // Odd candidates have some pairs evaluated first (their shapes known, skipped by the settling).
        if (ci % 2 === 1) for (let vi = ci; vi < nV; vi += 7) verdict(e, ci, vi);
        settleAll(e, ci);
        for (const [sid, vi] of first) {
          const want = verdict(fresh, ci, vi);
          expect(want, `c${ci} v${vi}`).not.toBe(EXCLUDED_COMMUTE);
          const out = settledExcluded(e, sid);
          if (out) expect(want, `c${ci} shape ${sid}`).not.toBe(0);
          if (decidedByMasks(e, sid, carving)) {
            expect(out, `c${ci} shape ${sid} decided`).toBe(want !== 0);
            if (want !== 0) settled.set(want, (settled.get(want) ?? 0) + 1);
            if (want === EXCLUDED_CAPABILITY && e.shapeTop.data[sid]! > 32) high++;
          }
          if (decidedByMasks(e, sid, carving))
            expect(settledCarveOnly(e, sid), `c${ci} shape ${sid}`).toBe(false);
          else if (e.shapeTop.data[sid]! <= MASK_CLASSES) {
            // A carvable shape: in a set exactly when the whole job is out (the fresh engine excludes
            // the pair or offers a carved job), never in both.
            const carveOnly = settledCarveOnly(e, sid);
            const whole = evaluate(fresh, ci, vi) && !fresh.ev.carved;
            expect(out || carveOnly, `c${ci} carvable shape ${sid}`).toBe(!whole);
            expect(out && carveOnly).toBe(false);
            if (!whole) carvableOut++;
          }
          if (e.shapeTop.data[sid]! > MASK_CLASSES && want === EXCLUDED_CAPABILITY) {
            // Past the masks: left to the evaluation (which finds the class past them exceeded).
            expect(out, `c${ci} shape ${sid} past the masks`).toBe(false);
            past++;
          }
        }
        // Every pair as the fresh engine gives it after the settling.
        for (let vi = 0; vi < nV; vi++)
          expect(verdict(e, ci, vi), `c${ci} v${vi}`).toBe(verdict(fresh, ci, vi));
      }
      // Each exclusion settled somewhere, a class in the second mask word among them; shapes past the masks met.
      for (const code of [EXCLUDED_CAPABILITY, EXCLUDED_QUALIFICATION, EXCLUDED_HOURS])
        expect(settled.get(code) ?? 0, `code ${code}`).toBeGreaterThan(0);
      expect(high).toBeGreaterThan(0);
      expect(past).toBeGreaterThan(0);
      if (carving) expect(carvableOut).toBeGreaterThan(0);
    });
  }
});

describe('settleAll after vacancies are added (new classes, new shapes)', () => {
  for (const option of [{}, { carving: false }] as MatcherOptions[])
    it(`decides the new shapes as a fresh engine does, with the new classes in the masks (carving ${JSON.stringify(option.carving)})`, () => {
      const region = generateRegion({ seed: 14, candidates: 4, vacancies: 10 });
      const candidates: CandidateInput[] = region.candidates.map((c) => ({ ...c, maxCommuteKm: 300 }));
      const lo = { ...candidates[0]!, id: 'lo', hoursPerWeek: { min: 4, max: 32 } };
      candidates.push({ ...lo, capabilities: Object.fromEntries(LEVEL_IDS.map((item) => [item, 0])) });
      const base = region.vacancies[0]!;
      const single = (item: string, hours: number): VacancyInput => ({
        ...base,
        id: `s-${item}-${hours}`,
        hoursPerWeek: hours,
        carvable: false,
        tasks: [{ id: 't0', kind: 'cleaning', hoursPerWeek: hours, demands: { [item]: 1 } }],
      });
      // The region's first vacancy is not carvable: a listing that ran one shape too far would have read
      // its layout for the shape not yet there.
      const before = [
        ...region.vacancies.map((v, j) => ({ ...v, carvable: j % 3 !== 0 })),
        ...LEVEL_IDS.slice(0, 4).map((item) => single(item, 1)),
      ];
      // New shapes of new classes, then one of an old class (listed last: its class is covered already).
      const added = [
        ...LEVEL_IDS.slice(4, 7).flatMap((item) => [single(item, 1), single(item, 40)]),
        single(LEVEL_IDS[0]!, 3),
      ];
      const { engine: e, vTable } = tablesOf({ candidates, vacancies: before }, option);
      const classes = vTable.classIndex.size;
      const { engine: fresh } = tablesOf({ candidates, vacancies: [...before, ...added] }, option);
      const nC = candidates.length;
      for (let ci = 0; ci < nC; ci++) settleAll(e, ci);
      const parsed = safeParseVacancies(added);
      if (!parsed.success) throw new Error('added vacancies do not parse');
      vTable.add(parsed.data.map((v) => ({ ...v, tasks: decomposeVacancy(v) })));
      e.fitCaches();
      expect(vTable.classIndex.size).toBeGreaterThan(classes);
      expect(vTable.classIndex.size).toBeLessThanOrEqual(MASK_CLASSES);
      const nV = before.length + added.length;
      const first = firstOfShapes(e, nV);
      let decided = 0;
      for (let ci = 0; ci < nC; ci++) {
        settleAll(e, ci);
        for (const [sid, vi] of first) {
          const want = verdict(fresh, ci, vi);
          const out = settledExcluded(e, sid);
          if (out) expect(want, `c${ci} shape ${sid}`).not.toBe(0);
          if (decidedByMasks(e, sid, option.carving !== false) && want !== EXCLUDED_COMMUTE) {
            expect(out, `c${ci} shape ${sid} decided`).toBe(want !== 0);
            if (want !== 0 && vi >= before.length) decided++;
          }
        }
        for (let vi = 0; vi < nV; vi++)
          expect(verdict(e, ci, vi), `c${ci} v${vi}`).toBe(verdict(fresh, ci, vi));
      }
      expect(decided).toBeGreaterThan(0);
    });
});

describe('settleAll: the second pass over carvable shapes, worked by hand', () => {
  // Candidate 'limited' exceeds item I.1 at level 1. Carvable vacancies only (the first list is
  // empty): 'one' (its one 8 h task demands level 1) cannot be carved, and is settled, excluded on
  // capability; 'two' (the same task and a 10 h task of no demand) can (the 10 h task from 4 h), and is
  // settled carve-only (left to the evaluation); 'plain' fits whole and is in neither set.
  const home = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
  const item = EXCEEDED_ITEM_IDS[0]!;
  const candidate = {
    id: 'limited',
    targetGroup: 'wajong',
    home,
    maxCommuteKm: 30,
    hoursPerWeek: { min: 4, max: 32 },
    skills: [],
    capabilities: { [item]: 2 },
  };
  const job = { employerId: 'e', sector: 'market', occupation: 'x', location: home, carvable: true };
  const demanding = { id: 'd', kind: 'cleaning', hoursPerWeek: 8, demands: { [item]: 1 } };
  const vacancies = [
    { ...job, id: 'one', hoursPerWeek: 8, tasks: [demanding] },
    {
      ...job,
      id: 'two',
      hoursPerWeek: 18,
      tasks: [demanding, { id: 'f', kind: 'filing', hoursPerWeek: 10, demands: {} }],
    },
    {
      ...job,
      id: 'plain',
      hoursPerWeek: 6,
      tasks: [{ id: 'p', kind: 'filing', hoursPerWeek: 6, demands: {} }],
    },
  ];
  it('settles the shape carving cannot save, and only it', () => {
    const { engine: e } = tablesOf({ candidates: [candidate], vacancies }, { carving: { minHours: 4 } });
    settleAll(e, 0);
    expect(e.settled.count).toBe(0);
    const [one, two, plain] = [0, 1, 2].map((vi) => e.vShape.data[vi]!);
    const settled = (sid: number) => [settledExcluded(e, sid), settledCarveOnly(e, sid)];
    expect(settled(one!)).toEqual([true, false]);
    expect(settled(two!)).toEqual([false, true]);
    expect(settled(plain!)).toEqual([false, false]);
    // The evaluation agrees: 'one' excluded, 'two' a carved job, 'plain' whole.
    expect([0, 1, 2].map((vi) => verdict(e, 0, vi))).toEqual([EXCLUDED_CAPABILITY, 0, 0]);
  });
});
