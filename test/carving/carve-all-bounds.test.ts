import {
  type CandidateInput,
  carveAll,
  carveJob,
  parseCandidates,
  parseVacancies,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { here } from './employer.js';

// carveAll's greedy on worked cases where its first guess of a pair's value (an upper bound, evaluated
// when it leads) decides the outcome if it is not an upper bound; the sector of a carved job; and a
// window from 0 h whose best bundle is empty.

const date = '2026-01-01';
/** A vacancy of `employerId` at `here`, open to carving, with the given tasks. */
const vacancy = (
  id: string,
  employerId: string,
  sector: 'market' | 'government',
  tasks: { kind: string; hoursPerWeek: number; core?: boolean }[],
): VacancyInput => ({
  id,
  employerId,
  sector,
  occupation: 'medewerker',
  location: here,
  hoursPerWeek: Math.max(
    0.25,
    tasks.reduce((s, t) => s + t.hoursPerWeek, 0),
  ),
  carvable: true,
  tasks: tasks.map((t, a) => ({ id: `t${a}`, demands: {}, ...t })),
});
/** Cleaning at 100%, filing at 50%, 12–20 h. */
const worker: CandidateInput = {
  id: 'c1',
  targetGroup: 'participatiewet',
  home: here,
  hoursPerWeek: { min: 12, max: 20 },
  taskPerformance: { cleaning: 1, filing: 0.5 },
};
const summary = (r: ReturnType<typeof carveAll>) =>
  r.jobs.map((j) => [j.candidateId, j.employerId, j.sector, j.hoursPerWeek, j.objectiveValue]);

describe('carveAll: the greedy by the objective asked', () => {
  // e1 cleaning 12 h (productive 12), e2 filing 16 h (productive 8)
  const two = parseVacancies([
    vacancy('v1', 'e1', 'market', [{ kind: 'cleaning', hoursPerWeek: 12 }]),
    vacancy('v2', 'e2', 'market', [{ kind: 'filing', hoursPerWeek: 16 }]),
  ]);

  it("objective 'hours': the 16 h at e2, although its productive hours are fewer", () => {
    const r = carveAll(parseCandidates([worker]), two, { date, objective: 'hours' });
    expect(summary(r)).toEqual([['c1', 'e2', 'market', 16, 16]]);
  });

  it("'productive-hours' (the default): the 12 h of cleaning at e1", () => {
    const r = carveAll(parseCandidates([worker]), two, { date });
    expect(summary(r)).toEqual([['c1', 'e1', 'market', 12, 12]]);
  });

  it('a custom objective: filing worth three times its hours wins over more hours of cleaning', () => {
    const vacancies = parseVacancies([
      vacancy('v1', 'e1', 'market', [{ kind: 'cleaning', hoursPerWeek: 14 }]),
      vacancy('v2', 'e2', 'market', [{ kind: 'filing', hoursPerWeek: 12 }]),
    ]);
    const r = carveAll(parseCandidates([worker]), vacancies, {
      date,
      objective: (t) => t.hoursPerWeek * (t.kind === 'filing' ? 3 : 1),
    });
    expect(summary(r)).toEqual([['c1', 'e2', 'market', 12, 36]]);
  });
});

describe('carveAll: the sector of a carved job', () => {
  // A government vacancy of more hours at the same employer counts only when it holds a task the
  // candidate could be given: not a task of 0 h, nor one longer than the candidate's most.
  it.each([
    [
      'a task of 0 h',
      [
        { kind: 'filing', hoursPerWeek: 20, core: true },
        { kind: 'filing', hoursPerWeek: 0 },
      ],
    ],
    ['a task of 24 h, more than the 20 h the candidate can', [{ kind: 'filing', hoursPerWeek: 24 }]],
  ])('from the vacancies the job could draw on: %s elsewhere does not count', (_name, tasks) => {
    const vacancies = parseVacancies([
      vacancy('v1', 'e1', 'market', [{ kind: 'cleaning', hoursPerWeek: 12 }]),
      vacancy('v2', 'e1', 'government', tasks),
    ]);
    const r = carveAll(parseCandidates([worker]), vacancies, { date });
    expect(summary(r)).toEqual([['c1', 'e1', 'market', 12, 12]]);
  });

  it('the government vacancy counts once it holds a task the job could take', () => {
    const vacancies = parseVacancies([
      vacancy('v1', 'e1', 'market', [{ kind: 'cleaning', hoursPerWeek: 12 }]),
      vacancy('v2', 'e1', 'government', [
        { kind: 'filing', hoursPerWeek: 20, core: true },
        { kind: 'filing', hoursPerWeek: 1 },
      ]),
    ]);
    const r = carveAll(parseCandidates([worker]), vacancies, { date });
    // 12 h of cleaning and 1 h of filing (12 + 0.5 productive hours); 21 h of government against 12 of market.
    expect(summary(r)).toEqual([['c1', 'e1', 'government', 13, 12.5]]);
  });
});

describe('carveAll: a window from 0 h', () => {
  it('tasks worth 0: the best bundle is empty, so no job (as carveJob says), and no crash', () => {
    const vacancies = parseVacancies([
      vacancy('v1', 'e1', 'market', [{ kind: 'cleaning', hoursPerWeek: 6 }]),
    ]);
    const candidates = parseCandidates([worker, { ...worker, id: 'c2' }]);
    const options = { date, minHours: 0, objective: () => 0 };
    const r = carveAll(candidates, vacancies, options);
    expect(r.jobs).toEqual([]);
    expect(r.unplaced.map((u) => u.candidateId)).toEqual(['c1', 'c2']);
    expect(carveJob(candidates[0]!, vacancies, options).job).toBeNull();
  });

  it('tasks worth something: the first candidate gets them, the second nothing', () => {
    const vacancies = parseVacancies([
      vacancy('v1', 'e1', 'market', [{ kind: 'cleaning', hoursPerWeek: 6 }]),
    ]);
    const candidates = parseCandidates([worker, { ...worker, id: 'c2' }]);
    const r = carveAll(candidates, vacancies, { date, minHours: 0 });
    expect(summary(r)).toEqual([['c1', 'e1', 'market', 6, 6]]);
    expect(r.unplaced.map((u) => u.candidateId)).toEqual(['c2']);
  });
});
