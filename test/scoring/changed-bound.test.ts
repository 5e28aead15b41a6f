import { generateRegion } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedBound, openingBound } from '../../src/scoring/engine/changed.js';
import { evaluateAt } from '../../src/scoring/engine/evaluator.js';
import { EXCLUDED_COMMUTE } from '../../src/scoring/rules.js';
import { engineOf } from '../helpers/engine.js';
import { cleaner, supermarket } from '../helpers/places.js';

// `changedBound`, the bound whyNot skips a changed job's evaluation by: never below the score the
// engine gives the job at any vacancy's place, with carving on and off.
const region = generateRegion({ seed: 19, candidates: 40, vacancies: 60 });

describe('changedBound: a changed job’s score bound from its header', () => {
  it('no pair scores above it, the job at its own place or another’s, its shape met or not; −∞ once met and out', () => {
    for (const options of [{}, { carving: false }]) {
      const e = engineOf(region, options);
      fc.assert(
        fc.property(
          fc.nat(region.candidates.length - 1),
          fc.nat(region.vacancies.length - 1),
          fc.nat(region.vacancies.length - 1),
          (ci, vi, at) => {
            const bound = changedBound(e, ci, vi, at);
            expect(bound).toBeLessThanOrEqual(openingBound(e, ci, vi));
            if (evaluateAt(e, ci, vi, at, Number.NEGATIVE_INFINITY)) {
              const score = e.ev.score;
              expect(score).toBeLessThanOrEqual(bound + 1e-9);
              // The job's shape now met: the bound from what the engine remembered of it.
              expect(score).toBeLessThanOrEqual(changedBound(e, ci, vi, at) + 1e-9);
            } else if (e.ev.excluded !== EXCLUDED_COMMUTE && e.vShape.data[at]! >= 0) {
              expect(changedBound(e, ci, vi, at)).toBe(Number.NEGATIVE_INFINITY);
            }
          },
        ),
        { numRuns: 400 },
      );
    }
  });

  it('is below the opening bound for some pairs (it skips evaluations the opening bound does not)', () => {
    const e = engineOf(region);
    let tighter = 0;
    for (let ci = 0; ci < region.candidates.length; ci++)
      for (let vi = 0; vi < region.vacancies.length; vi++)
        if (changedBound(e, ci, vi, vi) < openingBound(e, ci, vi) - 1e-6) tighter++;
    expect(tighter).toBeGreaterThan(0);
  });

  it('a carved job with more hours than the job states (task hours within the tolerance): bounded by them', () => {
    // 20 h stated, tasks 10.25 + 10 + 0.25 h (20.5, within the tolerance); the short task lifts ~10 kg,
    // which the candidate cannot: the carved job is the other two, 20.25 h of the 24 wanted.
    const vacancy = {
      ...supermarket('v1'),
      carvable: true,
      tasks: [
        { id: 't1', kind: 'cashier', hoursPerWeek: 10.25, demands: {} },
        { id: 't2', kind: 'cleaning', hoursPerWeek: 10, demands: {} },
        { id: 't3', kind: 'shelf-stocking', hoursPerWeek: 0.25, demands: { 'IV.13': 1 } },
      ],
    };
    const candidate = { ...cleaner, hoursPerWeek: { min: 24, max: 40 }, capabilities: { 'IV.13': 2 } };
    // The hours component alone: the score is the carved factor × 20.25 / 24; the bound takes every
    // task's hours (20.5), not the 20 stated.
    const weights = { capability: 0, skills: 0, commute: 0, economics: 0, preferences: 0, hours: 1 };
    const e = engineOf({ candidates: [candidate], vacancies: [vacancy] }, { weights });
    const bound = changedBound(e, 0, 0, 0);
    expect(bound).toBeCloseTo(e.carvedFactor * (20.5 / 24), 12);
    expect(evaluateAt(e, 0, 0, 0, Number.NEGATIVE_INFINITY)).toBe(true);
    expect(e.ev.carved).toBe(true);
    expect(e.ev.jobHours).toBe(20.25);
    const score = e.ev.score;
    expect(score).toBeCloseTo(e.carvedFactor * (20.25 / 24), 12);
    expect(bound).toBeGreaterThanOrEqual(score);
    // The shape met: the bound from the hours remembered, here the score itself.
    expect(changedBound(e, 0, 0, 0)).toBeGreaterThanOrEqual(score);
    expect(changedBound(e, 0, 0, 0)).toBeCloseTo(score, 12);
  });
});
