import {
  type CandidateInput,
  createMatcher,
  type Match,
  parseCandidates,
  parseVacancies,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { EXCEEDED_ITEM_IDS, LEVEL_STRIDE } from '../../src/capability/compiled.js';
import { evaluate, snapshotOf } from '../../src/scoring/engine/evaluator.js';
import { settleAll } from '../../src/scoring/engine/settle.js';
import { referenceContext, referenceScore } from '../../src/scoring/reference/index.js';
import { EXCLUDED_HOURS, EXCLUDED_QUALIFICATION } from '../../src/scoring/rules.js';
import { MASK_CLASSES } from '../../src/scoring/tables/profile-masks.js';
import { tablesOf } from '../helpers/engine.js';

// The middle of `evaluateShape` (engine/shape.ts): when the whole vacancy is out, the carved job or the
// whole job at fewer hours, worked by hand and checked against the reference scorer.

const home = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
const job = {
  employerId: 'e',
  sector: 'market' as const,
  occupation: 'schoonmaker',
  location: home,
  wagePerHour: 16,
};

/** The reference scorer's verdict on every pair of `input` with matcher `options`. */
function referenceOf(
  input: { candidates: CandidateInput[]; vacancies: VacancyInput[] },
  options: object = {},
): ReturnType<typeof referenceScore>[][] {
  const candidates = parseCandidates(input.candidates);
  const vacancies = parseVacancies(input.vacancies);
  const context = referenceContext(vacancies, options);
  return candidates.map((c) => vacancies.map((v) => referenceScore(context, c, v)));
}

describe('evaluateShape: the whole job at fewer hours stays at or above a carved job’s fewest hours', () => {
  // One task of 16 h: no carved job fits a candidate of at most 10.1 h (the task has more hours), so only
  // the whole vacancy at fewer hours is left: the candidate's most on the quarter-hour grid,
  // ⌊10.1 × 4⌋ / 4 = 10 h. Carving from 12 h (the default) is above 10.1 h, so a carved job's fewest
  // hours are the candidate's own minimum (`carveFloorHours`): 4 h for 'wide', 10 h is offered; 10.1 h
  // for 'exact', and 10 h < 10.1 h: excluded on hours.
  const base = { targetGroup: 'wajong' as const, home, maxCommuteKm: 30, skills: ['schoonmaken'] };
  const candidates: CandidateInput[] = [
    { ...base, id: 'wide', hoursPerWeek: { min: 4, max: 10.1 } },
    { ...base, id: 'exact', hoursPerWeek: { min: 10.1, max: 10.1 } },
  ];
  const vacancies: VacancyInput[] = [
    {
      ...job,
      id: 'v',
      hoursPerWeek: 16,
      tasks: [{ id: 'clean', kind: 'cleaning', hoursPerWeek: 16, demands: {}, skills: ['schoonmaken'] }],
    },
  ];
  it('10 h offered from a 4 h minimum, excluded on hours from a 10.1 h minimum', () => {
    const { engine: e } = tablesOf({ candidates, vacancies });
    expect(evaluate(e, 0, 0)).toBe(true);
    const s = snapshotOf(e, 0, 0, true);
    expect([s.carved, s.reduced, s.jobHours]).toEqual([true, true, 10]);
    expect(evaluate(e, 1, 0)).toBe(false);
    expect(e.ev.excluded).toBe(EXCLUDED_HOURS);
    // The reference scorer agrees.
    const [wide, exact] = referenceOf({ candidates, vacancies }).map((row) => row[0]);
    expect([wide!.excluded, wide!.job!.kind, wide!.job!.hoursPerWeek]).toEqual([false, 'reduced-hours', 10]);
    expect([exact!.excluded, exact!.shutBy]).toEqual([true, 'hours']);
  });
});

describe('evaluateShape: a carved job for a candidate without the diploma, in a vacancy of no job shape', () => {
  // 32 tasks of 1 h (more than a job shape holds: no shape, the tasks' classes read one by one), every
  // fourth a core task that needs the vacancy's qualification. A candidate without it and of at most
  // 30 h cannot have the whole vacancy, but the 24 other tasks (24 h, within 12–30 h) are a carved job.
  // The shortcut that masks and hours show there is no carved job is for a shape the masks cover only:
  // after a scan has listed the carvable shapes (`settleAll`, here of a second, small vacancy 'w'), the
  // list has no row for "no shape" (−1).
  const vacancy: VacancyInput = {
    ...job,
    id: 'v',
    hoursPerWeek: 32,
    qualification: 'MBO-2 logistiek',
    tasks: Array.from({ length: 32 }, (_, a) => ({
      id: `t${a}`,
      kind: a % 2 === 0 ? 'cleaning' : 'filing',
      hoursPerWeek: 1,
      core: a % 4 === 3,
      demands: {},
      skills: ['schoonmaken'],
    })),
  };
  const candidate: CandidateInput = {
    id: 'c',
    targetGroup: 'wajong',
    home,
    maxCommuteKm: 30,
    hoursPerWeek: { min: 12, max: 30 },
    skills: ['schoonmaken'],
  };
  const small: VacancyInput = {
    ...job,
    id: 'w',
    hoursPerWeek: 16,
    tasks: [
      { id: 'a', kind: 'cleaning', hoursPerWeek: 8, demands: {} },
      { id: 'b', kind: 'filing', hoursPerWeek: 8, demands: {} },
    ],
  };
  it('the 24 tasks that are not core, 24 h, as the reference scorer finds', () => {
    const input = { candidates: [candidate], vacancies: [vacancy, small] };
    const { engine: e } = tablesOf(input);
    expect(e.vShape.data[0]).toBe(-1);
    expect(evaluate(e, 0, 0)).toBe(true);
    const s = snapshotOf(e, 0, 0, true);
    expect([s.carved, s.reduced, s.jobHours]).toEqual([true, false, 24]);
    expect([...s.inJob]).toEqual(Array.from({ length: 32 }, (_, a) => (a % 4 === 3 ? 0 : 1)));
    const [ref, refSmall] = referenceOf(input)[0]!;
    expect(refSmall!.excluded).toBe(false);
    expect([ref!.excluded, ref!.job!.kind, ref!.job!.hoursPerWeek]).toEqual([false, 'carved', 24]);
    const ids = Array.from({ length: 32 }, (_, a) => `t${a}`).filter((_, a) => a % 4 !== 3);
    expect(ref!.job!.tasks.map((t) => t.taskId)).toEqual(ids);
    // The same after a scan listed the carvable shapes, and in a ranking.
    settleAll(e, 0);
    expect(e.carvable.shapes).toBeGreaterThanOrEqual(0);
    expect(evaluate(e, 0, 0)).toBe(true);
    expect(snapshotOf(e, 0, 0, true).jobHours).toBe(24);
    const ranked = createMatcher(input).rank('c', { k: 2 }) as Match[];
    const found = ranked.find((m) => m.vacancyId === 'v')!;
    expect(found.hoursPerWeek).toBe(24);
    expect(found.job === 'full' ? [] : found.job.tasks.map((t) => t.taskId)).toEqual(ids);
  });
});

describe('evaluateShape under a floor: without the diploma and with no carved job, excluded, not pruned', () => {
  // Carvable vacancies whose only task is a core task: a candidate without the qualification cannot
  // have the whole job, and no task is left to carve (masks and hours show it once the carvable shapes
  // are listed). 'Q' is the first shape (class 0, no demand); 62 one-task fillers of other demands take
  // classes 1–62, so the core task of 'Q63' (two items demanded) is class 63: a shape of top exactly 64,
  // still decided by masks. The pair's bound before the shape is 1 (same place, no preferences); a carved
  // job's, 1 × carvedFactor 0.7, is below the floor 0.9. The exclusion comes first and is remembered; the
  // prune (PRUNED) is for a carved job that may exist.
  const DIPLOMA = 'MBO-2 logistiek';
  const ids = EXCEEDED_ITEM_IDS.slice(0, LEVEL_STRIDE);
  const person = {
    targetGroup: 'wajong' as const,
    home,
    maxCommuteKm: 30,
    hoursPerWeek: { min: 4, max: 32 },
    skills: [],
  };
  const candidates: CandidateInput[] = [
    { ...person, id: 'holder', qualifications: [DIPLOMA] },
    { ...person, id: 'without' },
  ];
  const one = (id: string, demands: Record<string, number>, core: boolean): VacancyInput => ({
    ...job,
    id,
    hoursPerWeek: 4,
    carvable: core,
    ...(core ? { qualification: DIPLOMA } : {}),
    tasks: [{ id: 't', kind: 'cleaning', hoursPerWeek: 4, core, demands }],
  });
  const fillers: VacancyInput[] = [];
  for (let code = 0; fillers.length < 62; code++)
    for (let k = 1; k < ids.length && fillers.length < 62; k++)
      fillers.push(one(`f${fillers.length}`, { [ids[k]!]: code }, false));
  const vacancies = [one('Q', {}, true), ...fillers, one('Q63', { [ids[0]!]: 0, [ids[2]!]: 1 }, true)];
  it('Q and Q63: EXCLUDED_QUALIFICATION at floor 0.9, the shape remembered', () => {
    const { engine: e } = tablesOf({ candidates, vacancies }, { carvedFactor: 0.7 });
    const q63 = vacancies.length - 1;
    expect(e.shapeTop.data[e.vShape.data[0]!]).toBe(1);
    expect(e.shapeTop.data[e.vShape.data[q63]!]).toBe(MASK_CLASSES);
    // The carvable shapes listed at a settling ('holder' fits both: nothing remembered for 'without').
    settleAll(e, 0);
    for (const vi of [0, q63]) {
      const sid = e.vShape.data[vi]!;
      expect(e.shapeStamp[sid]).not.toBe(2);
      expect(evaluate(e, 1, vi, 0.9), vacancies[vi]!.id).toBe(false);
      expect(e.ev.excluded, vacancies[vi]!.id).toBe(EXCLUDED_QUALIFICATION);
      expect([e.shapeStamp[sid], e.shapeOutcome[sid]]).toEqual([2, EXCLUDED_QUALIFICATION]);
      // Without a floor the same exclusion (and 'holder' has the whole job).
      expect(evaluate(e, 1, vi)).toBe(false);
      expect(e.ev.excluded).toBe(EXCLUDED_QUALIFICATION);
      expect(evaluate(e, 0, vi)).toBe(true);
    }
  });
});
