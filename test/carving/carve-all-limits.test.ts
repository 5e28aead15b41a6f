import { BanenmatchError, carveAll, parseCandidates, parseVacancies, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { here, person } from './employer.js';

// carveAll at its limits: a window of one value met exactly, an objective worth nothing.

const date = '2026-01-01';
/** One vacancy of e1: a core task and carvable tasks of the given hours. */
const vacancy = (hours: number[]): VacancyInput => ({
  id: 'v1',
  employerId: 'e1',
  sector: 'market',
  occupation: 'kok',
  location: here,
  hoursPerWeek: 20 + hours.reduce((a, b) => a + b, 0),
  tasks: [
    { id: 'cook', kind: 'cooking', hoursPerWeek: 20, core: true, demands: { 'I.2': 0 } },
    ...hours.map((h, i) => ({ id: `prep${i}`, kind: 'food-prep', hoursPerWeek: h, demands: { 'IV.13': 2 } })),
  ],
});

describe('carveAll: limits met exactly', () => {
  it('a window of 12 to 12 hours is filled by a 12-hour task, the employer’s only carvable hours', () => {
    // minimum 12 (the default), maximum 12 (the candidate's): the window is one value; the task's
    // hours equal the maximum, the employer's carvable hours and the reach's hours equal the minimum
    const exact = parseCandidates([{ ...person, hoursPerWeek: { min: 12, max: 12 } }]);
    const r = carveAll(exact, parseVacancies([vacancy([12])]), { date });
    expect(r.jobs.map((j) => [j.candidateId, j.hoursPerWeek, j.tasks.map((t) => t.taskId)])).toEqual([
      ['c1', 12, ['prep0']],
    ]);
    expect(r.unplaced).toEqual([]);
  });

  it('carvable hours of 11.75 against a minimum of 12: no job, with the reason', () => {
    const r = carveAll(parseCandidates([person]), parseVacancies([vacancy([6, 5.75])]), { date });
    expect(r.jobs).toEqual([]);
    expect(r.unplaced).toEqual([
      {
        candidateId: 'c1',
        reason: 'geen werkgever binnen de reisafstand met passende, vrije taken van genoeg uren',
      },
    ]);
  });

  it('an objective that values every task at 0 still gives a job (a value of 0 is a value)', () => {
    const r = carveAll(parseCandidates([person]), parseVacancies([vacancy([6, 6])]), {
      date,
      objective: () => 0,
    });
    expect(r.jobs.map((j) => [j.candidateId, j.hoursPerWeek, j.objectiveValue])).toEqual([['c1', 12, 0]]);
  });
});

describe('carveAll: reach, wage value and the reasons at their limits', () => {
  it('a vacancy at home is within a commute limit of 0 km (the distance equals the limit)', () => {
    const home = parseCandidates([{ ...person, maxCommuteKm: 0 }]);
    const r = carveAll(home, parseVacancies([vacancy([6, 6])]), { date });
    expect(r.jobs.map((j) => [j.candidateId, j.hoursPerWeek])).toEqual([['c1', 12]]);
  });

  it('a candidate with neither a measured wage value nor task performance: the default 50%', () => {
    const { taskPerformance: _, ...plain } = person;
    const r = carveAll(parseCandidates([plain]), parseVacancies([vacancy([6, 6])]), { date });
    // 12 h × 0.5
    expect(r.jobs.map((j) => [j.candidateId, j.objectiveValue])).toEqual([['c1', 6]]);
  });

  it('a window of one value (12 to 12) with no work left: the reach is the reason, not the hours', () => {
    const exact = parseCandidates([{ ...person, hoursPerWeek: { min: 12, max: 12 } }]);
    const r = carveAll(exact, parseVacancies([vacancy([6, 5.75])]), { date });
    expect(r.unplaced).toEqual([
      {
        candidateId: 'c1',
        reason: 'geen werkgever binnen de reisafstand met passende, vrije taken van genoeg uren',
      },
    ]);
  });

  it('checks its own options by name, and names itself in every refusal', () => {
    const cs = parseCandidates([person]);
    const vs = parseVacancies([vacancy([6, 6])]);
    const refusal = (f: () => unknown): string => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(BanenmatchError);
        return (error as Error).message;
      }
      return 'no refusal';
    };
    expect(refusal(() => carveAll(cs, vs, { commute: { defaultKm: -1, travelLimitedKm: 5 } }))).toMatch(
      /^carveAll: `commute\.defaultKm`/,
    );
    expect(refusal(() => carveAll(cs, vs, { minHours: -1 }))).toMatch(/^carveAll: `minHours`/);
    expect(refusal(() => carveAll(cs, vs, { date, objective: () => -1 }))).toBe(
      'carveAll: the objective gave no finite value ≥ 0 for task "prep0" of vacancy "v1"',
    );
  });
});
