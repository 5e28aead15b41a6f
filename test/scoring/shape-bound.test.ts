import { type CandidateInput, createMatcher, generateRegion, type MatcherOptions } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { EXCEEDED_ITEM_IDS } from '../../src/capability/compiled.js';
import { evaluate, snapshotOf } from '../../src/scoring/engine/evaluator.js';
import { settleAll } from '../../src/scoring/engine/settle.js';
import { SHAPE_VALUES } from '../../src/scoring/engine/state.js';
import { referenceContext, referenceScore } from '../../src/scoring/reference/score.js';
import { EXCLUDED_CAPABILITY } from '../../src/scoring/rules.js';
import { settledExcluded, tablesOf } from '../helpers/engine.js';

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

describe('evaluateShape: the wage value of the job, worked by hand', () => {
  // Hours-weighted over the job's tasks: the candidate's per-kind estimate (`taskPerformance`), the
  // fallback (default 0.5) for a kind without one; a measured wage value wins for every task.
  const home = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
  const base = {
    targetGroup: 'wajong',
    home,
    maxCommuteKm: 30,
    hoursPerWeek: { min: 8, max: 32 },
    skills: ['schoonmaken'],
  };
  const candidates = [
    { ...base, id: 'both', taskPerformance: { cleaning: 0.9, filing: 0.4 } },
    { ...base, id: 'one', taskPerformance: { cleaning: 0.9 } },
    { ...base, id: 'measured', taskPerformance: { cleaning: 0.9, filing: 0.4 }, wageValue: 0.6 },
  ];
  const vacancy = {
    id: 'v',
    employerId: 'e',
    sector: 'market',
    occupation: 'schoonmaker',
    location: home,
    hoursPerWeek: 16,
    wagePerHour: 16,
    tasks: [
      { id: 'clean', kind: 'cleaning', hoursPerWeek: 12, demands: {}, skills: ['schoonmaken'] },
      { id: 'file', kind: 'filing', hoursPerWeek: 4, demands: {}, skills: ['archiveren'] },
    ],
  };
  it('(0.9 × 12 + 0.4 × 4) / 16 = 0.775; (0.9 × 12 + 0.5 × 4) / 16 = 0.8; measured 0.6', () => {
    const { engine: e } = tablesOf({ candidates, vacancies: [vacancy] });
    const want = [0.775, 0.8, 0.6];
    for (let ci = 0; ci < candidates.length; ci++) {
      const ok = evaluate(e, ci, 0);
      const s = snapshotOf(e, ci, 0, ok);
      expect(ok, candidates[ci]!.id).toBe(true);
      expect(s.carved).toBe(false);
      expect(s.jobHours).toBe(16);
      expect(s.wageValue, candidates[ci]!.id).toBeCloseTo(want[ci]!, 12);
    }
  });
});

describe('evaluateShape: a job of no quarter hour is no job, even carved from 0 h', () => {
  // A 0.1 h task is the only one a candidate of at most 32 h can take from a 40 h vacancy; on the
  // quarter hour it is 0 h, below a job's fewest (`MIN_JOB_HOURS`, a quarter hour), so carving finds none.
  const home = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
  const item = EXCEEDED_ITEM_IDS[0]!;
  const candidate = {
    id: 'c',
    targetGroup: 'wajong',
    home,
    maxCommuteKm: 30,
    hoursPerWeek: { min: 8, max: 32 },
    skills: ['schoonmaken'],
  };
  const vacancy = {
    id: 'v',
    employerId: 'e',
    sector: 'market',
    occupation: 'schoonmaker',
    location: home,
    hoursPerWeek: 40,
    wagePerHour: 16,
    tasks: [
      { id: 'tiny', kind: 'cleaning', hoursPerWeek: 0.1, demands: {}, skills: ['schoonmaken'] },
      { id: 'big', kind: 'filing', hoursPerWeek: 39.9, demands: {}, skills: ['archiveren'] },
    ],
  };
  const options = { carving: { minHours: 0 } };

  it('the whole job at the candidate’s most hours instead (32 h), as the reference finds', () => {
    const { engine: e } = tablesOf({ candidates: [candidate], vacancies: [vacancy] }, options);
    const ok = evaluate(e, 0, 0);
    const s = snapshotOf(e, 0, 0, ok);
    expect(ok).toBe(true);
    expect(s.jobHours).toBe(32);
    const m = createMatcher({ candidates: [candidate], vacancies: [vacancy] }, options);
    const ref = referenceScore(referenceContext(m.vacancies, m.options), m.candidates[0]!, m.vacancies[0]!);
    expect(ref.carving).toBe('reduced-hours');
    const scored = m.score('c', 'v');
    expect(scored.excluded).toBe(false);
    if (!scored.excluded) expect(scored.job).toMatchObject({ hoursPerWeek: 32, reducedFromHoursPerWeek: 40 });
  });

  it('when the whole job is out (a task the profile exceeds), the 0.1 h task leaves none: excluded', () => {
    const limited = { ...candidate, capabilities: { [item]: 2 } };
    const tasks = [vacancy.tasks[0]!, { ...vacancy.tasks[1]!, demands: { [item]: 1 } }];
    const input = { candidates: [limited], vacancies: [{ ...vacancy, tasks }] };
    const { engine: e } = tablesOf(input, options);
    expect(evaluate(e, 0, 0)).toBe(false);
    const m = createMatcher(input, options);
    const ref = referenceScore(referenceContext(m.vacancies, m.options), m.candidates[0]!, m.vacancies[0]!);
    expect(ref.excluded).toBe(true);
    expect(m.score('c', 'v').excluded).toBe(true);
  });
});

describe('rememberShape after a carved evaluation: an exclusion is never remembered as a carved job', () => {
  // After candidate 'free' is offered a carved job (ev.carved), candidate 'limited' is settled and then
  // evaluated: the one-task shape it exceeds is settled out, and the evaluation remembers it as an
  // exclusion (not as a carved job, loaded and scored).
  const home = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
  const item = EXCEEDED_ITEM_IDS[0]!;
  const base = {
    targetGroup: 'wajong',
    home,
    maxCommuteKm: 30,
    hoursPerWeek: { min: 4, max: 32 },
    skills: [],
  };
  const candidates = [
    { ...base, id: 'free' },
    { ...base, id: 'limited', capabilities: { [item]: 2 } },
  ];
  const job = {
    employerId: 'e',
    sector: 'market',
    occupation: 'schoonmaker',
    location: home,
    wagePerHour: 16,
  };
  const vacancies = [
    {
      ...job,
      id: 'long',
      hoursPerWeek: 40,
      tasks: [
        { id: 'a', kind: 'cleaning', hoursPerWeek: 20, demands: {} },
        { id: 'b', kind: 'filing', hoursPerWeek: 20, demands: {} },
      ],
    },
    {
      ...job,
      id: 'demanding',
      hoursPerWeek: 8,
      carvable: false,
      tasks: [{ id: 't', kind: 'cleaning', hoursPerWeek: 8, demands: { [item]: 1 } }],
    },
  ];
  it('the limited candidate stays excluded from the demanding job', () => {
    const { engine: e } = tablesOf({ candidates, vacancies }, { carving: { minHours: 4 } });
    expect(evaluate(e, 0, 0)).toBe(true);
    expect(e.ev.carved).toBe(true);
    settleAll(e, 1);
    const sid = e.vShape.data[1]!;
    expect(settledExcluded(e, sid)).toBe(true);
    expect(evaluate(e, 1, 1)).toBe(false);
    expect(e.ev.excluded).toBe(EXCLUDED_CAPABILITY);
    expect(e.shapeStamp[sid]).toBe(2);
    expect(e.shapeOutcome[sid]).toBe(EXCLUDED_CAPABILITY);
    expect(e.shapeCarved[sid]).toBe(0);
    expect(evaluate(e, 1, 1)).toBe(false);
    expect(e.ev.excluded).toBe(EXCLUDED_CAPABILITY);
  });
});
