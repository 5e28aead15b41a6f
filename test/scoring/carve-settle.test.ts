import type { CandidateInput, VacancyInput } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verdict } from '../../src/scoring/engine/evaluator.js';
import { settleAll } from '../../src/scoring/engine/shape.js';
import type { Engine } from '../../src/scoring/engine/state.js';
import { EXCLUDED_CAPABILITY } from '../../src/scoring/rules.js';
import { engineOf } from '../helpers/engine.js';
import { cleaner, supermarket } from '../helpers/places.js';

// The settling pass before a scan (`settleAll`) remembers carvable job shapes whose carving cannot
// succeed as excluded on capability, without carving: it must never settle a shape the evaluation
// (carving tried) would not exclude in the same way.

/** The job shapes candidate `ci` is remembered on after `settleAll`, with the outcome remembered. */
function settled(e: Engine, ci: number, shapes: readonly number[]): Map<number, number> {
  settleAll(e, ci);
  const out = new Map<number, number>();
  for (const sid of shapes) if (e.shapeStamp[sid] === ci + 1) out.set(sid, e.shapeOutcome[sid]!);
  return out;
}

/** Each vacancy's job shape, and the first vacancy of each shape. */
function shapesOf(e: Engine, nV: number): Map<number, number> {
  const first = new Map<number, number>();
  for (let vi = 0; vi < nV; vi++) {
    const sid = e.vShape.data[vi]!;
    if (sid >= 0 && !first.has(sid)) first.set(sid, vi);
  }
  return first;
}

describe('settleAll: carvable shapes whose carving cannot succeed', () => {
  const liftingJob = (minHours: number) => {
    // Shelf stocking (14 h) lifts ~10 kg, which the candidate cannot; the till (6 h) is all a carved
    // job can hold.
    const input = {
      candidates: [{ ...cleaner, capabilities: { 'IV.13': 2 } }],
      vacancies: [{ ...supermarket('v1'), carvable: true }],
    };
    const e = engineOf(input, { carving: { minHours } });
    return { e, sid: e.vShape.data[0]! };
  };

  it('a carved job of at least 12 h cannot come from the 6 h left: excluded on capability before any carving', () => {
    const { e, sid } = liftingJob(12);
    expect(settled(e, 0, [sid]).get(sid)).toBe(EXCLUDED_CAPABILITY);
    // As the evaluation finds it, carving tried.
    expect(verdict(liftingJob(12).e, 0, 0)).toBe(EXCLUDED_CAPABILITY);
  });

  it('with a floor of 4 h the till is a carved job: left to the evaluation, which carves it', () => {
    const { e, sid } = liftingJob(4);
    expect(settled(e, 0, [sid]).has(sid)).toBe(false);
    expect(verdict(e, 0, 0)).toBe(0);
    expect(e.ev.carved).toBe(true);
    expect(e.ev.jobHours).toBe(6);
  });

  it('the till’s 6 h are more than the candidate’s most (5 h): nothing left to carve, settled', () => {
    const input = {
      candidates: [{ ...cleaner, hoursPerWeek: { min: 4, max: 5 }, capabilities: { 'IV.13': 2 } }],
      vacancies: [{ ...supermarket('v1'), carvable: true }],
    };
    const e = engineOf(input, { carving: { minHours: 4 } });
    const sid = e.vShape.data[0]!;
    expect(settled(e, 0, [sid]).get(sid)).toBe(EXCLUDED_CAPABILITY);
    expect(verdict(engineOf(input, { carving: { minHours: 4 } }), 0, 0)).toBe(EXCLUDED_CAPABILITY);
  });

  it('the till’s 6 h equal the candidate’s most: left to the evaluation, which carves it', () => {
    const input = {
      candidates: [{ ...cleaner, hoursPerWeek: { min: 6, max: 6 }, capabilities: { 'IV.13': 2 } }],
      vacancies: [{ ...supermarket('v1'), carvable: true }],
    };
    const e = engineOf(input, { carving: { minHours: 4 } });
    const sid = e.vShape.data[0]!;
    expect(settled(e, 0, [sid]).has(sid)).toBe(false);
    expect(verdict(e, 0, 0)).toBe(0);
    expect(e.ev.jobHours).toBe(6);
  });

  it('carving from 0 h with the till a core task: no task to carve, settled', () => {
    const vacancy = supermarket('v1');
    const input = {
      candidates: [{ ...cleaner, capabilities: { 'IV.13': 2 } }],
      vacancies: [
        { ...vacancy, carvable: true, tasks: [vacancy.tasks![0]!, { ...vacancy.tasks![1]!, core: true }] },
      ],
    };
    const e = engineOf(input, { carving: { minHours: 0 } });
    const sid = e.vShape.data[0]!;
    expect(settled(e, 0, [sid]).get(sid)).toBe(EXCLUDED_CAPABILITY);
    expect(verdict(engineOf(input, { carving: { minHours: 0 } }), 0, 0)).toBe(EXCLUDED_CAPABILITY);
  });

  it('every shape settled is one the evaluation, carving tried, excludes the same way', () => {
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
    });
    const candidate = fc.record({
      min: fc.integer({ min: 0, max: 48 }).map((x) => x / 2),
      extra: fc.integer({ min: 0, max: 48 }).map((x) => x / 2),
      lift: fc.constantFrom(0, 1, 2, 3),
      carry: fc.constantFrom(0, 1, 2, 3),
      avoid: fc.boolean(),
    });
    const carving = fc.oneof(
      fc.constant(false as const),
      fc.constantFrom(0, 2, 4, 8, 12, 16).map((minHours) => ({ minHours })),
    );
    let settledCarvable = 0;
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
          }));
          const vacancies: VacancyInput[] = vs.map((v, j) => {
            const total = v.tasks.reduce((s, t) => s + t.hoursPerWeek, 0);
            return {
              ...supermarket(`v${j}`),
              carvable: v.carvable,
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
          const settling = engineOf(input, { carving: carvingOption });
          const evaluating = engineOf(input, { carving: carvingOption });
          const first = shapesOf(settling, vacancies.length);
          for (let ci = 0; ci < candidates.length; ci++) {
            for (const [sid, outcome] of settled(settling, ci, [...first.keys()])) {
              const vi = first.get(sid)!;
              expect(verdict(evaluating, ci, vi)).toBe(outcome);
              if (vacancies[vi]!.carvable && carvingOption !== false) settledCarvable++;
            }
          }
        },
      ),
      { numRuns: 200 },
    );
    // The carvable shapes were settled too, not only those masks decide without carving.
    expect(settledCarvable).toBeGreaterThan(0);
  });
});
