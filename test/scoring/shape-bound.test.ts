import { type CandidateInput, generateRegion, type MatcherOptions } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { evaluate, snapshotOf } from '../../src/scoring/engine/evaluator.js';
import { SHAPE_VALUES } from '../../src/scoring/engine/state.js';
import { tablesOf } from '../helpers/engine.js';

// `rememberShape` (engine/shape.ts) keeps per candidate and job shape the bound a scan skips a
// shape's vacancies by (`Engine.shapeBound`): the pair's score with commute, skills and economics at 1
// and the sector and occupation preferences met, × the carved factor for a carved job. Exact, from the
// components the evaluation found (and the numbers it remembers): candidates without sector or occupation preferences (so that the
// preferences component is the avoided-tasks factor alone), weights of different sizes.

function inputOf(): { candidates: CandidateInput[]; vacancies: unknown[] } {
  const region = generateRegion({ seed: 7, candidates: 8, vacancies: 50 });
  const candidates = region.candidates.map(
    (c, i): CandidateInput => ({
      ...c,
      maxCommuteKm: 300,
      preferences: { avoidTaskKinds: i % 2 === 0 ? ['cleaning', 'cashier'] : [] },
    }),
  );
  return { candidates, vacancies: region.vacancies };
}

describe('rememberShape: the bound of a job shape the candidate takes', () => {
  const input = inputOf();
  const options: MatcherOptions[] = [
    { weights: { capability: 3, skills: 1, commute: 2, hours: 1.5, economics: 0.5, preferences: 0.25 } },
    { carving: { minHours: 4 }, carvedFactor: 0.7 },
  ];
  for (const option of options) {
    it(`is the score with commute, skills and economics at 1, exactly (${JSON.stringify(option)})`, () => {
      const { engine: e } = tablesOf(input, option);
      const w = e.opts.weights;
      const total = w.capability + w.skills + w.commute + w.hours + w.economics + w.preferences;
      const nV = input.vacancies.length;
      const count = { full: 0, carved: 0, avoided: 0, below: 0 };
      for (let ci = 0; ci < input.candidates.length; ci++) {
        const met = new Set<number>();
        for (let vi = 0; vi < nV; vi++) {
          const sid = e.vShape.data[vi]!;
          const ok = evaluate(e, ci, vi);
          const s = snapshotOf(e, ci, vi, ok);
          if (!ok || sid < 0) continue;
          expect(e.shapeStamp[sid]).toBe(ci + 1);
          const bound = e.shapeBound[sid]!;
          // Any pair of the shape scores at most its bound.
          expect(s.score, `c${ci} v${vi}`).toBeLessThanOrEqual(bound + 1e-12);
          if (met.has(sid)) continue;
          met.add(sid);
          // The shape's numbers as the evaluation found them; the capability before the unassessed items'
          // checks (the candidate's, not the shape's), so the snapshot's when there are none.
          const at = sid * SHAPE_VALUES;
          const capability = e.shapeValues[at]!;
          if (s.unassessed === 0) expect(s.capability).toBe(capability);
          else expect(s.capability).toBeLessThan(capability);
          expect([...e.shapeValues.subarray(at + 1, at + SHAPE_VALUES)]).toEqual([
            s.hours,
            s.preferences,
            s.jobHours,
            s.wageValue,
          ]);
          const whole =
            (w.commute + w.preferences * s.preferences + w.capability * capability + w.hours * s.hours) /
              total +
            (w.skills + w.economics) / total;
          const want = s.carved ? whole * e.opts.carvedFactor : whole;
          expect(bound, `c${ci} v${vi} shape ${sid}`).toBeCloseTo(want, 12);
          count[s.carved ? 'carved' : 'full']++;
          if (s.preferences < 1) count.avoided++;
          if (s.hours < 1) count.below++;
        }
      }
      expect(count.full).toBeGreaterThan(5);
      expect(count.carved).toBeGreaterThan(5);
      expect(count.avoided).toBeGreaterThan(5);
      expect(count.below).toBeGreaterThan(5);
    });
  }
});
