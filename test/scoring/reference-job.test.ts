import { type CandidateInput, createMatcher, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import {
  findJob,
  hoursWindow,
  referenceContext,
  referenceScore,
  taskFit,
} from '../../src/scoring/reference/index.js';

// The job the reference scorer finds inside a vacancy (issue 20, mutation testing of
// src/scoring/reference/job.ts): the whole vacancy, a carved bundle, the whole vacancy at fewer hours,
// or none, each at its boundary, and the matcher's job for the same pairs.

const HOME = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
const candidate: CandidateInput = {
  id: 'c',
  targetGroup: 'wajong',
  home: HOME,
  hoursPerWeek: { min: 0, max: 32 },
  skills: [],
};
const vacancy: VacancyInput = {
  id: 'v',
  employerId: 'e',
  sector: 'market',
  occupation: 'schoonmaker',
  location: HOME,
  hoursPerWeek: 30,
  carvable: true,
  tasks: [
    { id: 'clean', kind: 'cleaning', hoursPerWeek: 13, demands: {}, skills: [] },
    { id: 'file', kind: 'filing', hoursPerWeek: 17, demands: {}, skills: [] },
  ],
};

/** findJob on the parsed pair, with the candidate's own window unless one is given. */
function jobOf(
  c: CandidateInput,
  v: VacancyInput = vacancy,
  { qualified = true, carving }: { qualified?: boolean; carving?: false | { minHours: number } } = {},
) {
  const m = createMatcher({ candidates: [c], vacancies: [v] }, carving === undefined ? {} : { carving });
  const pc = m.candidates[0]!;
  const pv = m.vacancies[0]!;
  const fits = (pv.tasks ?? []).map((t) => taskFit(pc.capabilities, t));
  return findJob(pc, pv, fits, hoursWindow(pc), qualified, m.options);
}

const withMax = (max: number, min = 0): CandidateInput => ({ ...candidate, hoursPerWeek: { min, max } });

describe('findJob', () => {
  it('the whole vacancy when every task fits, the qualification is met and the hours are within reach (at the most hours too)', () => {
    for (const max of [32, 30]) {
      const found = jobOf(withMax(max));
      expect(found).toEqual({
        carving: 'whole',
        job: {
          kind: 'full',
          tasks: [expect.objectContaining({ id: 'clean' }), expect.objectContaining({ id: 'file' })],
          shown: [
            { taskId: 'clean', kind: 'cleaning', hoursPerWeek: 13 },
            { taskId: 'file', kind: 'filing', hoursPerWeek: 17 },
          ],
          hoursPerWeek: 30,
        },
      });
    }
  });

  it('no job when carving is off or the vacancy is not open to it', () => {
    expect(jobOf(withMax(20), vacancy, { carving: false })).toEqual({
      carving: 'carving-off',
      job: undefined,
    });
    expect(jobOf(withMax(20), { ...vacancy, carvable: false })).toEqual({
      carving: 'not-carvable',
      job: undefined,
    });
    // An unmet qualification is no whole job either.
    expect(jobOf(withMax(32), vacancy, { qualified: false, carving: false }).carving).toBe('carving-off');
  });

  it('a carved job: the tasks that fit, as the vacancy states them and with their hours in the job', () => {
    // The candidate cannot lift (IV.13): the cleaning task goes, the filing task stays.
    const c = { ...withMax(32), capabilities: { 'IV.13': 3 } };
    const tasks = [
      { ...vacancy.tasks![0]!, demands: { 'IV.13': 1 } },
      { ...vacancy.tasks![1]!, demands: {} },
    ];
    const found = jobOf(c, { ...vacancy, tasks });
    expect(found.carving).toBe('carved');
    expect(found.job).toEqual({
      kind: 'carved',
      tasks: [expect.objectContaining({ id: 'file', hoursPerWeek: 17 })],
      shown: [{ taskId: 'file', kind: 'filing', hoursPerWeek: 17 }],
      hoursPerWeek: 17,
    });
    expect(found.job!.tasks).toHaveLength(1);
  });

  it('a carved job of at least the carving minimum: 4 h of filing with a minimum of 4, none with the default 12', () => {
    const c = { ...withMax(32), capabilities: { 'IV.13': 3 } };
    const v = {
      ...vacancy,
      hoursPerWeek: 16,
      tasks: [
        { ...vacancy.tasks![0]!, hoursPerWeek: 12, demands: { 'IV.13': 1 } },
        { ...vacancy.tasks![1]!, hoursPerWeek: 4 },
      ],
    };
    expect(jobOf(c, v, { carving: { minHours: 4 } }).job).toMatchObject({ kind: 'carved', hoursPerWeek: 4 });
    expect(jobOf(c, v)).toEqual({ carving: 'no-bundle', job: undefined });
  });

  it('a vacancy given without tasks (referenceScore derives them first): the whole vacancy, no task listed', () => {
    const m = createMatcher({ candidates: [candidate], vacancies: [vacancy] });
    const { tasks: _tasks, ...bare } = m.vacancies[0]!;
    const pc = m.candidates[0]!;
    expect(findJob(pc, bare, [], hoursWindow(pc), true, m.options)).toEqual({
      carving: 'whole',
      job: { kind: 'full', tasks: [], shown: [], hoursPerWeek: 30 },
    });
  });

  it('the whole vacancy at the most hours, every task pro rata on the quarter hour, when no bundle fits', () => {
    // 12.75 of 30 h (a max already on the quarter): 13 × 0.425 = 5.525 → 5.5, 17 × 0.425 = 7.225 → 7.25.
    const found = jobOf(withMax(12.75));
    expect(found).toEqual({
      carving: 'reduced-hours',
      job: {
        kind: 'reduced-hours',
        tasks: [expect.objectContaining({ id: 'clean' }), expect.objectContaining({ id: 'file' })],
        shown: [
          { taskId: 'clean', kind: 'cleaning', hoursPerWeek: 5.5 },
          { taskId: 'file', kind: 'filing', hoursPerWeek: 7.25 },
        ],
        hoursPerWeek: 12.75,
      },
    });
    // Down to the quarter hour below the candidate's most: 12.9 h gives 12.75.
    expect(jobOf(withMax(12.9)).job!.hoursPerWeek).toBe(12.75);
    // Exactly the carving minimum (12 h) is enough.
    expect(jobOf(withMax(12)).job!.hoursPerWeek).toBe(12);
  });

  it('no job at fewer hours below the floor, without hours, or when a task does not fit or the qualification is unmet', () => {
    // 11.9 h cannot reach 12; the floor is then the candidate's own most (11.9), and 11.75 is below it.
    expect(jobOf(withMax(11.9))).toEqual({ carving: 'no-bundle', job: undefined });
    // With an own minimum of 8 h the floor is 8: 11.75 h is offered.
    expect(jobOf(withMax(11.9, 8)).job!.hoursPerWeek).toBe(11.75);
    // Less than a quarter hour is no job, even with a carving minimum of 0.
    expect(jobOf(withMax(0.2))).toEqual({ carving: 'no-bundle', job: undefined });
    expect(jobOf(withMax(0.2), vacancy, { carving: { minHours: 0 } })).toEqual({
      carving: 'no-bundle',
      job: undefined,
    });
    expect(jobOf(withMax(12.75), vacancy, { qualified: false })).toEqual({
      carving: 'no-bundle',
      job: undefined,
    });
    const c = { ...withMax(20), capabilities: { 'IV.13': 3 } };
    const tasks = vacancy.tasks!.map((t) => ({ ...t, demands: { 'IV.13': 1 } }));
    expect(jobOf(c, { ...vacancy, tasks })).toEqual({ carving: 'no-bundle', job: undefined });
  });

  it('a carving minimum of 0: a job of a quarter hour is offered', () => {
    expect(jobOf(withMax(0.3), vacancy, { carving: { minHours: 0 } }).job).toMatchObject({
      kind: 'reduced-hours',
      hoursPerWeek: 0.25,
    });
  });

  it('tasks of 0 hours get 0 hours in the job at fewer hours', () => {
    // 0.5 h with tasks of 0 h (within the 0.5 h tolerance), offered at 0.25 h.
    const tasks = vacancy.tasks!.map((t) => ({ ...t, hoursPerWeek: 0 }));
    const found = jobOf(
      withMax(0.25),
      { ...vacancy, hoursPerWeek: 0.5, tasks },
      { carving: { minHours: 0 } },
    );
    expect(found.job).toMatchObject({ kind: 'reduced-hours', hoursPerWeek: 0.25 });
    expect(found.job!.shown.map((t) => t.hoursPerWeek)).toEqual([0, 0]);
  });
});

describe('referenceScore and the matcher on the whole vacancy at fewer hours', () => {
  it('names the vacancy’s own hours, frees none, and the matcher offers the same job', () => {
    const c = withMax(12.75);
    const m = createMatcher({ candidates: [c], vacancies: [vacancy] });
    const ref = referenceScore(referenceContext(m.vacancies, m.options), m.candidates[0]!, m.vacancies[0]!);
    expect(ref.carving).toBe('reduced-hours');
    expect(ref.job).toMatchObject({
      kind: 'reduced-hours',
      hoursPerWeek: 12.75,
      freedHoursPerWeek: 0,
      reducedFromHoursPerWeek: 30,
    });
    const engine = m.score('c', 'v');
    expect(engine.excluded).toBe(false);
    if (engine.excluded) return;
    expect(engine.job).toEqual({
      kind: 'carved',
      tasks: [
        { taskId: 'clean', kind: 'cleaning', hoursPerWeek: 5.5 },
        { taskId: 'file', kind: 'filing', hoursPerWeek: 7.25 },
      ],
      hoursPerWeek: 12.75,
      freedHoursPerWeek: 0,
      reducedFromHoursPerWeek: 30,
    });
    expect(engine.score).toBeCloseTo(ref.score, 12);
  });

  it('tasks adding up to less than the vacancy’s hours are scaled up to the job’s hours, by both', () => {
    // A 30 h vacancy whose tasks add up to 29.5 h (within the 0.5 h tolerance): a core task of 25 h that
    // asks VCA (met) and 4.5 h of filing; no bundle of tasks is offered, so the candidate of at most
    // 29.75 h gets the whole vacancy at 29.75 h. Pro rata (× 29.75 / 29.5): 25 → 25.21 → 25.25 h,
    // 4.5 → 4.54 → 4.5 h; together the job's 29.75 h (not 25 + 4.5 = 29.5).
    const c: CandidateInput = { ...withMax(29.75), qualifications: ['VCA'] };
    const v: VacancyInput = {
      ...vacancy,
      qualification: 'VCA',
      tasks: [
        { id: 'clean', kind: 'cleaning', hoursPerWeek: 25, demands: {}, skills: [], core: true },
        { id: 'file', kind: 'filing', hoursPerWeek: 4.5, demands: {}, skills: [] },
      ],
    };
    const shown = [
      { taskId: 'clean', kind: 'cleaning', hoursPerWeek: 25.25 },
      { taskId: 'file', kind: 'filing', hoursPerWeek: 4.5 },
    ];
    const m = createMatcher({ candidates: [c], vacancies: [v] });
    const ref = referenceScore(referenceContext(m.vacancies, m.options), m.candidates[0]!, m.vacancies[0]!);
    expect(ref.carving).toBe('reduced-hours');
    expect(ref.job).toMatchObject({ kind: 'reduced-hours', tasks: shown, hoursPerWeek: 29.75 });
    const engine = m.score('c', 'v');
    expect(engine.excluded).toBe(false);
    if (engine.excluded) return;
    expect(engine.job).toEqual({
      kind: 'carved',
      tasks: shown,
      hoursPerWeek: 29.75,
      freedHoursPerWeek: 0,
      reducedFromHoursPerWeek: 30,
    });
    expect(engine.score).toBeCloseTo(ref.score, 12);
  });

  it('tasks of 0 hours stay at 0 hours in the matcher’s job at fewer hours too', () => {
    const tasks = vacancy.tasks!.map((t) => ({ ...t, hoursPerWeek: 0 }));
    const m = createMatcher(
      { candidates: [withMax(0.25)], vacancies: [{ ...vacancy, hoursPerWeek: 0.5, tasks }] },
      { carving: { minHours: 0 } },
    );
    const engine = m.score('c', 'v');
    expect(engine.excluded).toBe(false);
    if (engine.excluded) return;
    expect(engine.job).toEqual({
      kind: 'carved',
      tasks: [
        { taskId: 'clean', kind: 'cleaning', hoursPerWeek: 0 },
        { taskId: 'file', kind: 'filing', hoursPerWeek: 0 },
      ],
      hoursPerWeek: 0.25,
      freedHoursPerWeek: 0,
      reducedFromHoursPerWeek: 0.5,
    });
  });
});
