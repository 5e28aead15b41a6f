import { type CandidateInput, generateRegion, type VacancyInput } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARVABLE_ROW, CarvableShapes } from '../../src/scoring/engine/carvable.js';
import { cannotCarve } from '../../src/scoring/engine/carve.js';
import { evaluate, verdict } from '../../src/scoring/engine/evaluator.js';
import { settleAll } from '../../src/scoring/engine/settle.js';
import { profileWords } from '../../src/scoring/engine/shape.js';
import type { Engine } from '../../src/scoring/engine/state.js';
import { EXCLUDED_CAPABILITY } from '../../src/scoring/rules.js';
import { MASK_CLASSES } from '../../src/scoring/tables/profile-masks.js';
import { engineOf, settledCarveOnly, tablesOf } from '../helpers/engine.js';
import { cleaner, supermarket } from '../helpers/places.js';

// A carvable job shape whose whole job exceeds one of the candidate's classes is excluded on
// capability without carving when masks and hours show no carved job is possible (`cannotCarve`): it
// must never skip a carving that would succeed. The test is on once the carvable shapes are listed
// (a scan's `settleAll`); an engine that never scanned carves every time, as before.

/** Whether `cannotCarve` rules carving out for candidate `ci` on vacancy `vi`'s shape (the shapes listed first). */
function ruledOut(e: Engine, ci: number, vi: number): boolean {
  settleAll(e, ci);
  const w = profileWords(e, ci, MASK_CLASSES);
  const exceed = e.profileMasks.exceed.data;
  return cannotCarve(e, ci, e.vShape.data[vi]!, exceed[w]!, exceed[w + 1]!);
}

/** The first vacancy of each job shape. */
function shapesOf(e: Engine, nV: number): Map<number, number> {
  const first = new Map<number, number>();
  for (let vi = 0; vi < nV; vi++) {
    const sid = e.vShape.data[vi]!;
    if (sid >= 0 && !first.has(sid)) first.set(sid, vi);
  }
  return first;
}

describe('cannotCarve: carvable shapes whose carving cannot succeed', () => {
  /** Shelf stocking (14 h) lifts ~10 kg, which the candidate cannot; the till (6 h) is all a carved job can hold. */
  const liftingJob = (minHours: number, hoursPerWeek = cleaner.hoursPerWeek, tillCore = false) => {
    const vacancy = supermarket('v1');
    const tasks = [vacancy.tasks![0]!, { ...vacancy.tasks![1]!, core: tillCore }];
    const input = {
      candidates: [{ ...cleaner, hoursPerWeek, capabilities: { 'IV.13': 2 } }],
      vacancies: [{ ...vacancy, carvable: true, tasks }],
    };
    return () => engineOf(input, { carving: { minHours } });
  };

  it('a carved job of at least 12 h cannot come from the 6 h left: excluded on capability, no carving', () => {
    const job = liftingJob(12);
    const e = job();
    expect(ruledOut(e, 0, 0)).toBe(true);
    expect(verdict(e, 0, 0)).toBe(EXCLUDED_CAPABILITY);
    // As the evaluation finds it, carving tried (an engine that never scanned).
    expect(verdict(job(), 0, 0)).toBe(EXCLUDED_CAPABILITY);
  });

  it('with a floor of 4 h the till is a carved job: left to carving, which finds it', () => {
    const e = liftingJob(4)();
    expect(ruledOut(e, 0, 0)).toBe(false);
    expect(verdict(e, 0, 0)).toBe(0);
    expect(e.ev.carved).toBe(true);
    expect(e.ev.jobHours).toBe(6);
  });

  it('the till’s 6 h are more than the candidate’s most (5 h): nothing left to carve, even from 0 h', () => {
    const job = liftingJob(0, { min: 4, max: 5 });
    expect(ruledOut(job(), 0, 0)).toBe(true);
    expect(verdict(job(), 0, 0)).toBe(EXCLUDED_CAPABILITY);
  });

  it('a floor of exactly the till’s 6 h: left to carving, which finds it', () => {
    const e = liftingJob(6)();
    expect(ruledOut(e, 0, 0)).toBe(false);
    expect(verdict(e, 0, 0)).toBe(0);
    expect(e.ev.jobHours).toBe(6);
  });

  it('the till’s 6 h equal the candidate’s most: left to carving, which finds it', () => {
    const e = liftingJob(4, { min: 6, max: 6 })();
    expect(ruledOut(e, 0, 0)).toBe(false);
    expect(verdict(e, 0, 0)).toBe(0);
    expect(e.ev.jobHours).toBe(6);
  });

  it('carving from 0 h with the till a core task: no task to carve', () => {
    const job = liftingJob(0, cleaner.hoursPerWeek, true);
    expect(ruledOut(job(), 0, 0)).toBe(true);
    expect(verdict(job(), 0, 0)).toBe(EXCLUDED_CAPABILITY);
  });

  it('every pair’s verdict, and its evaluation under floors, is the one carving tried on every shape gives', () => {
    const task = fc.record({
      // Tenths of an hour: quarter hours rounded as carving rounds them, a task under an eighth included.
      hoursPerWeek: fc.integer({ min: 0, max: 100 }).map((x) => x / 10),
      core: fc.boolean(),
      kind: fc.constantFrom('cashier', 'cleaning', 'shelf-stocking'),
      lift: fc.constantFrom(0, 1, 2, 3),
      carry: fc.constantFrom(0, 1, 2, 3),
    });
    const vacancy = fc.record({
      tasks: fc.array(task, { minLength: 1, maxLength: 6 }),
      carvable: fc.boolean(),
      // A diploma the core tasks need: without it only a carved job is left.
      diploma: fc.boolean(),
    });
    const candidate = fc.record({
      min: fc.integer({ min: 0, max: 48 }).map((x) => x / 2),
      extra: fc.integer({ min: 0, max: 48 }).map((x) => x / 2),
      lift: fc.constantFrom(0, 1, 2, 3),
      carry: fc.constantFrom(0, 1, 2, 3),
      avoid: fc.boolean(),
      diploma: fc.boolean(),
    });
    const carving = fc.oneof(
      fc.constant(false as const),
      fc.constantFrom(0, 2, 4, 8, 12, 16).map((minHours) => ({ minHours })),
    );
    let ruled = 0;
    let marked = 0;
    fc.assert(
      fc.property(
        fc.array(candidate, { minLength: 1, maxLength: 4 }),
        fc.array(vacancy, { minLength: 1, maxLength: 8 }),
        carving,
        (cs, vs, carvingOption) => {
          const demands = (lift: number, carry: number) => ({
            ...(lift > 0 ? { 'IV.13': lift } : {}),
            ...(carry > 0 ? { 'IV.14': carry } : {}),
          });
          const candidates: CandidateInput[] = cs.map((c, i) => ({
            ...cleaner,
            id: `c${i}`,
            hoursPerWeek: { min: c.min, max: c.min + c.extra },
            capabilities: demands(c.lift, c.carry),
            ...(c.avoid ? { preferences: { avoidTaskKinds: ['cashier'] } } : {}),
            qualifications: c.diploma ? ['MBO-3 schoonmaak'] : [],
          }));
          const vacancies: VacancyInput[] = vs.map((v, j) => {
            const total = v.tasks.reduce((s, t) => s + t.hoursPerWeek, 0);
            return {
              ...supermarket(`v${j}`),
              carvable: v.carvable,
              ...(v.diploma ? { qualification: 'MBO-3 schoonmaak' } : {}),
              hoursPerWeek: Math.max(0.25, Math.round(total * 100) / 100),
              tasks: v.tasks.map((t, a) => ({
                id: `t${a}`,
                kind: t.kind,
                hoursPerWeek: t.hoursPerWeek,
                core: t.core,
                demands: demands(t.lift, t.carry),
              })),
            };
          });
          const input = { candidates, vacancies };
          const cut = engineOf(input, { carving: carvingOption });
          const carving = engineOf(input, { carving: carvingOption });
          const first = shapesOf(cut, vacancies.length);
          for (let ci = 0; ci < candidates.length; ci++) {
            for (const vi of first.values()) {
              if (ruledOut(cut, ci, vi)) ruled++;
              const sid = cut.vShape.data[vi]!;
              // Marked for the evaluation as a scan marks a shape settled carve-only when it meets it.
              if (settledCarveOnly(cut, sid)) {
                marked++;
                cut.shapeCarveOnly[sid] = ci + 1;
              }
              expect(verdict(cut, ci, vi)).toBe(verdict(carving, ci, vi));
            }
            // Under floors, high first (a shape marked carve-only, by settleAll or a pruned evaluation,
            // then met under a lower floor): the same pairs pruned, excluded or scored.
            for (const floor of [0.9, 0.6, 0.3, 0]) {
              for (const vi of first.values()) {
                const ok = evaluate(cut, ci, vi, floor);
                expect(ok).toBe(evaluate(carving, ci, vi, floor));
                expect(cut.ev.excluded).toBe(carving.ev.excluded);
                if (ok) expect(cut.ev.score).toBe(carving.ev.score);
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
    // The test ruled carving out somewhere, and left a carved job possible somewhere (carve-only).
    expect(ruled).toBeGreaterThan(0);
    expect(marked).toBeGreaterThan(0);
  });
});

describe('CarvableShapes.list: a listing in steps is the listing at once', () => {
  it('shapes listed after earlier ones get the rows a single listing gives', () => {
    const e = tablesOf(generateRegion({ seed: 31, candidates: 20, vacancies: 150 }), {}).engine;
    const n = e.shapeCount();
    const args = [true, e.layouts, e.shapeLayout, e.shapeBits, e.shapeTop] as const;
    const once = new CarvableShapes();
    once.list(n, ...args);
    const steps = new CarvableShapes();
    for (const upTo of [0, 1, Math.floor(n / 3), Math.floor(n / 3), n - 1, n]) steps.list(upTo, ...args);
    expect(once.count).toBeGreaterThan(5);
    expect(steps.shapes).toBe(n);
    expect(steps.count).toBe(once.count);
    expect(steps.top).toBe(once.top);
    expect([...steps.rowOf.subarray(0, n)]).toEqual([...once.rowOf.subarray(0, n)]);
    const rows = CARVABLE_ROW * once.count;
    expect([...steps.rows.subarray(0, rows)]).toEqual([...once.rows.subarray(0, rows)]);
    const tasks = once.rows[rows - 1]!;
    for (const column of ['classes', 'hours', 'units'] as const)
      expect([...steps[column].subarray(0, tasks)]).toEqual([...once[column].subarray(0, tasks)]);
  });
});
