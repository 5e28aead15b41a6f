import {
  type CandidateInput,
  carveJob,
  parseCandidates,
  parseVacancies,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { facility, kitchen, person } from './employer.js';

// The hours window of a carved job at its limits: a window of one point, a task exactly as long as
// the window allows, ties between the limits (the first named wins), the hours grid, the sector at
// equal hours. The employer of test/carving/employer.ts (prep 10 h, mail 8 h, reception 6 h fit).

const date = '2026-01-01';
const employer = parseVacancies([kitchen, facility]);
const candidateWith = (changes: Partial<CandidateInput> = {}) =>
  parseCandidates([{ ...person, ...changes }])[0]!;
const taskIds = (r: ReturnType<typeof carveJob>) => r.job?.tasks.map((t) => t.taskId);

describe('carveJob: the hours window at its limits', () => {
  it('a window of one point (minimum = maximum) still gives a job', () => {
    const r = carveJob(candidateWith(), employer, { date, minHours: 14, maxHours: 14 });
    expect(taskIds(r)).toEqual(['mail', 'desk']);
    expect(r.job!.hoursPerWeek).toBe(14);
  });

  it('a task exactly as long as the maximum is offered', () => {
    const r = carveJob(candidateWith(), employer, { date, minHours: 10, maxHours: 10 });
    expect(taskIds(r)).toEqual(['prep']);
    expect(r.tasks.find((t) => t.taskId === 'prep')!.status).toBe('included');
  });

  it('among equal limits the first is named: the wish, then VI.3, then VI.2, then the option', () => {
    // wish 20 h against the option 20 h
    const wish = carveJob(candidateWith(), employer, { date, minHours: 21, maxHours: 20 });
    expect(wish.reason).toBe(
      'kandidaat kan ten hoogste 20 uur (wil ten hoogste 20 uur), minder dan het minimum van 21 uur voor een gecreëerde baan',
    );
    // VI.3 code 3 (~20 h a week) against VI.2 code 3 (~4 h a day × 5 days) and the option 20 h
    const fml = {
      capabilities: { 'IV.13': 2, 'V.4': 1, 'VI.2': 3, 'VI.3': 3 },
      hoursPerWeek: { min: 12, max: 30 },
    };
    const vi3 = carveJob(candidateWith(fml), employer, { date, minHours: 21, maxHours: 20 });
    expect(vi3.reason).toBe(
      'kandidaat kan ten hoogste 20 uur (FML VI.3: ~20 uur per week), minder dan het minimum van 21 uur voor een gecreëerde baan',
    );
    // VI.2 (~4 h a day × 5 days) against the option 20 h
    const vi2 = carveJob(
      candidateWith({ ...fml, capabilities: { 'IV.13': 2, 'V.4': 1, 'VI.2': 3 } }),
      employer,
      { date, minHours: 21, maxHours: 20 },
    );
    expect(vi2.reason).toBe(
      'kandidaat kan ten hoogste 20 uur (FML VI.2: ~4 uur per dag × 5 dagen), minder dan het minimum van 21 uur voor een gecreëerde baan',
    );
    // the option alone
    const option = carveJob(candidateWith({ hoursPerWeek: { min: 12, max: 30 } }), employer, {
      date,
      minHours: 21,
      maxHours: 20,
    });
    expect(option.reason).toBe(
      'kandidaat kan ten hoogste 20 uur (maximaal 20 uur), minder dan het minimum van 21 uur voor een gecreëerde baan',
    );
  });

  it('the default minimum is 12 hours: an 11-hour window gives no job', () => {
    const r = carveJob(candidateWith(), employer, { date, maxHours: 11 });
    expect(r.reason).toBe(
      'kandidaat kan ten hoogste 11 uur (maximaal 11 uur), minder dan het minimum van 12 uur voor een gecreëerde baan',
    );
  });
});

describe('carveJob: the hours grid', () => {
  // mail 8.1 h and reception 5.9 h (14 h together); prep 10 h
  const odd: VacancyInput = {
    ...facility,
    tasks: [
      { id: 'mail', kind: 'mail-sorting', hoursPerWeek: 8.1, demands: { 'IV.8': 1 } },
      { id: 'clean', kind: 'cleaning', hoursPerWeek: 10, demands: { 'IV.13': 1 } },
      { id: 'desk', kind: 'reception', hoursPerWeek: 5.9, demands: { 'II.3': 0 } },
    ],
  };
  const vacancies = parseVacancies([kitchen, odd]);

  it('a task counts its hours on the grid: a quarter hour by default', () => {
    const r = carveJob(candidateWith(), vacancies, { date, minHours: 14, maxHours: 14 });
    expect(r.job!.tasks.map((t) => [t.taskId, t.hoursPerWeek])).toEqual([
      ['mail', 8],
      ['desk', 6],
    ]);
    expect(r.job!.hoursPerWeek).toBe(14);
    expect(r.job!.freedHours).toEqual([{ vacancyId: 'v2', hoursPerWeek: 14 }]);
  });

  it('a coarser grid rounds to it', () => {
    // on a grid of 4 hours: prep 10 → 12, mail 8.1 → 8, reception 5.9 → 4
    const r = carveJob(candidateWith(), vacancies, { date, resolution: 4, minHours: 12, maxHours: 12 });
    expect(r.job!.tasks.map((t) => [t.taskId, t.hoursPerWeek])).toEqual([['prep', 12]]);
    expect(r.job!.hoursPerWeek).toBe(12);
  });
});

describe("carveJob: the employer's sector at equal hours", () => {
  it('market and government with the same vacancy hours count as market', () => {
    const office: VacancyInput = {
      ...facility,
      id: 'v3',
      sector: 'government',
      hoursPerWeek: 12,
      carvable: false,
      tasks: [{ id: 'admin', kind: 'mail-sorting', hoursPerWeek: 12 }],
    };
    // market 36 h (kitchen) against government 24 + 12 h
    const r = carveJob(
      candidateWith(),
      parseVacancies([kitchen, { ...facility, sector: 'government' }, office]),
      { date },
    );
    expect(r.job!.sector).toBe('market');
  });
});
