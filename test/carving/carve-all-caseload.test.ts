import {
  type CandidateInput,
  carveAll,
  parseCandidates,
  parseVacancies,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { facility, here, kitchen, person } from './employer.js';

// carveAll on a hand-made caseload whose outcome is worked out by hand. Employers: e1 in Hilversum
// (the kitchen and facility vacancies of test/carving/employer.ts: prep 10 h, mail 8 h, reception
// 6 h fit the person), e2 in Hilversum (government: filing 12 h, mail 8 h), e3 in Groningen (two
// packing tasks of 10.25 h, 20.5 h in a 20-hour vacancy: within the half-hour tolerance).
// Candidates: c1 the person (prep 0.8, mail 0.6, reception 0.3); c2 like c1 but good at filing (0.5)
// and mail (0.7), no prep; c3 limited to ~10 h a week (FML VI.3); c4 in Maastricht, out of reach;
// c5 in Groningen, sheltered work (beschut), 12–24 h.

const date = '2026-01-01';
const groningen = { municipality: 'Groningen', lat: 53.2194, lon: 6.5665 };
const office: VacancyInput = {
  id: 'v5',
  employerId: 'e2',
  sector: 'government',
  occupation: 'administratief medewerker',
  location: here,
  hoursPerWeek: 20,
  tasks: [
    { id: 'file', kind: 'filing', hoursPerWeek: 12 },
    { id: 'post', kind: 'mail-sorting', hoursPerWeek: 8 },
  ],
};
const depot: VacancyInput = {
  id: 'v7',
  employerId: 'e3',
  sector: 'market',
  occupation: 'magazijnmedewerker',
  location: groningen,
  hoursPerWeek: 20,
  tasks: [
    { id: 'pack1', kind: 'packing', hoursPerWeek: 10.25 },
    { id: 'pack2', kind: 'packing', hoursPerWeek: 10.25 },
  ],
};
const vacancies = parseVacancies([kitchen, facility, office, depot]);
const caseload: CandidateInput[] = [
  person,
  { ...person, id: 'c2', taskPerformance: { filing: 0.5, 'mail-sorting': 0.7 } },
  { ...person, id: 'c3', capabilities: { 'VI.3': 4 } },
  { ...person, id: 'c4', home: { municipality: 'Maastricht', lat: 50.8514, lon: 5.691 } },
  { ...person, id: 'c5', targetGroup: 'beschut', home: groningen, hoursPerWeek: { min: 12, max: 24 } },
];
const candidates = parseCandidates(caseload);
const summary = (r: ReturnType<typeof carveAll>) =>
  r.jobs.map((j) => [j.candidateId, j.employerId, j.sector, j.hoursPerWeek, j.tasks.map((t) => t.taskId)]);

describe('carveAll on a worked caseload', () => {
  const calls: string[] = [];
  const result = carveAll(candidates, vacancies, { date, onProgress: (d, t) => calls.push(`${d}/${t}`) });

  it('gives each placed candidate the best job left, each task to one candidate', () => {
    // c1 at e1: prep + mail, 12.8 productive hours (the best pair of the caseload, made first); c2 then
    // finds only reception left at e1 (6 h) and takes filing + mail at e2: 6 + 5.6 = 11.6; c5 takes
    // both packing tasks (the default wage value 0.5 × 20.5 h).
    expect(summary(result)).toEqual([
      ['c1', 'e1', 'market', 18, ['prep', 'mail']],
      ['c2', 'e2', 'government', 20, ['file', 'post']],
      ['c5', 'e3', 'market', 20.5, ['pack1', 'pack2']],
    ]);
    expect(result.jobs.map((j) => j.objectiveValue)).toEqual([12.8, 11.6, 10.25]);
  });

  it('says why the others have no job, in the words of carveJob', () => {
    expect(result.unplaced).toEqual([
      {
        candidateId: 'c3',
        reason:
          'kan ten hoogste 10 uur (FML VI.3: ~10 uur per week), minder dan het minimum van 12 uur voor een gecreëerde baan',
      },
      {
        candidateId: 'c4',
        reason: 'geen werkgever binnen de reisafstand met passende, vrije taken van genoeg uren',
      },
    ]);
  });

  it('keeps what remains of every vacancy carved from: the core job, the hours never below 0', () => {
    expect(result.vacancies).toEqual([
      {
        vacancyId: 'v1',
        employerId: 'e1',
        hoursPerWeek: 36,
        carvedHours: 10,
        remainingHours: 26,
        remainingTasks: [
          { taskId: 'cook', kind: 'cooking', hoursPerWeek: 20, core: true },
          { taskId: 'dish', kind: 'dishwashing', hoursPerWeek: 6, core: false },
        ],
      },
      {
        vacancyId: 'v2',
        employerId: 'e1',
        hoursPerWeek: 24,
        carvedHours: 8,
        remainingHours: 16,
        remainingTasks: [
          { taskId: 'clean', kind: 'cleaning', hoursPerWeek: 10, core: false },
          { taskId: 'desk', kind: 'reception', hoursPerWeek: 6, core: false },
        ],
      },
      {
        vacancyId: 'v5',
        employerId: 'e2',
        hoursPerWeek: 20,
        carvedHours: 20,
        remainingHours: 0,
        remainingTasks: [],
      },
      // 20.5 h of tasks carved from a 20-hour vacancy: nothing remains, not −0.5 h
      {
        vacancyId: 'v7',
        employerId: 'e3',
        hoursPerWeek: 20,
        carvedHours: 20.5,
        remainingHours: 0,
        remainingTasks: [],
      },
    ]);
  });

  it('counts jobs per sector; sheltered work adds hours but no job', () => {
    expect(result.jobs.map((j) => j.jobs)).toEqual([18 / 25.5, 20 / 25.5, 0]);
    expect(result.totals).toEqual({
      hoursPerWeek: 58.5,
      jobs: 18 / 25.5 + 20 / 25.5,
      market: 18 / 25.5,
      government: 20 / 25.5,
    });
  });

  it('reports progress after each job and once at the end', () => {
    expect(calls).toEqual(['1/5', '2/5', '3/5', '5/5']);
  });
});

describe('carveAll options', () => {
  it('site: only the vacancies at that site are carved from', () => {
    const sited = parseVacancies([kitchen, { ...facility, site: 'Noord' }, office, depot]);
    const r = carveAll(candidates.slice(0, 1), sited, { date, site: 'Noord' });
    // c1 at the Noord facility only: mail + reception (4.8 + 1.8)
    expect(summary(r)).toEqual([['c1', 'e1', 'market', 14, ['mail', 'desk']]]);
  });

  it('commute: a wider default brings Maastricht within reach', () => {
    const wide = carveAll(candidates.slice(3, 4), vacancies, {
      date,
      commute: { defaultKm: 300, travelLimitedKm: 5 },
    });
    expect(summary(wide)).toEqual([['c4', 'e1', 'market', 18, ['prep', 'mail']]]);
    // a candidate limited in travelling (FML II.10) gets the shorter default
    const limited = parseCandidates([
      { ...caseload[3]!, capabilities: { ...person.capabilities, 'II.10': 1 } },
    ]);
    expect(
      carveAll(limited, vacancies, { date, commute: { defaultKm: 300, travelLimitedKm: 5 } }).jobs,
    ).toEqual([]);
  });

  it("objective 'hours': the most hours, the candidate's own maximum", () => {
    const r = carveAll(candidates.slice(0, 1), vacancies, { date, objective: 'hours' });
    // 20 h at e1 (prep 10 + mail 8 = 18, prep 10 + reception 6 = 16, all three 24) or e2 (12 + 8 = 20)
    expect(summary(r)).toEqual([['c1', 'e2', 'government', 20, ['file', 'post']]]);
    expect(r.jobs[0]!.objectiveValue).toBe(20);
  });

  it('a custom objective: its values decide', () => {
    const r = carveAll(candidates.slice(0, 1), vacancies, {
      date,
      objective: (t) => (t.kind === 'reception' ? 10 : 1),
    });
    // reception 10 + prep 1 or mail 1: 11, at e1; prep + reception (two vacancies) ties with mail +
    // reception (one vacancy), which wins
    expect(summary(r)).toEqual([['c1', 'e1', 'market', 14, ['mail', 'desk']]]);
  });

  it('avoided task kinds are left out', () => {
    const avoids = parseCandidates([{ ...person, preferences: { avoidTaskKinds: ['food-prep', 'filing'] } }]);
    const r = carveAll(avoids, vacancies, { date });
    expect(summary(r)).toEqual([['c1', 'e1', 'market', 14, ['mail', 'desk']]]);
  });

  it('a vacancy the employer did not open is never carved from', () => {
    const closed = parseVacancies([{ ...kitchen, carvable: false }, facility]);
    const r = carveAll(candidates.slice(0, 1), closed, { date });
    expect(summary(r)).toEqual([['c1', 'e1', 'market', 14, ['mail', 'desk']]]);
  });

  it('a window that is not whole hours is written with a decimal comma', () => {
    const r = carveAll(parseCandidates([{ ...person, hoursPerWeek: { min: 4, max: 7.5 } }]), vacancies, {
      date,
      minHours: 8.5,
    });
    expect(r.unplaced).toEqual([
      {
        candidateId: 'c1',
        reason:
          'kan ten hoogste 7,5 uur (wil ten hoogste 7,5 uur), minder dan het minimum van 8,5 uur voor een gecreëerde baan',
      },
    ]);
  });
});

describe('carveAll: a task in one job is not free for the next', () => {
  it('a second candidate like the first gets the tasks left at the same employer', () => {
    // e1 with a third vacancy (two mail tasks of 8 h): c1 takes prep + mail (12.8); its twin then
    // takes the two new mail tasks (0.6 × 16 = 9.6), not prep + mail again.
    const post: VacancyInput = {
      id: 'v4',
      employerId: 'e1',
      sector: 'market',
      occupation: 'medewerker post',
      location: here,
      hoursPerWeek: 16,
      tasks: [
        { id: 'sort', kind: 'mail-sorting', hoursPerWeek: 8 },
        { id: 'scan', kind: 'mail-sorting', hoursPerWeek: 8 },
      ],
    };
    const twins = parseCandidates([person, { ...person, id: 'c1b' }]);
    const r = carveAll(twins, parseVacancies([kitchen, facility, post]), { date });
    expect(summary(r)).toEqual([
      ['c1', 'e1', 'market', 18, ['prep', 'mail']],
      ['c1b', 'e1', 'market', 16, ['sort', 'scan']],
    ]);
    expect(r.jobs.map((j) => j.objectiveValue)).toEqual([12.8, 0.6 * 16]);
  });
});
