import {
  type Candidate,
  type CarveAllOptions,
  carveAll,
  carveJob,
  parseCandidates,
  parseVacancies,
  type Vacancy,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { facility, kitchen, person } from './employer.js';

// The checks at the carving entries: each option by its schema (INVALID_ARGUMENT naming the option
// and the function), the limits each allows, and bad records with their paths under `candidates` and
// `vacancies` (one ValidationError with every problem).

const employer = parseVacancies([kitchen, facility]);
const candidate = parseCandidates([person])[0]!;

describe('carving options: refused, naming the option', () => {
  it.each([
    [{ minHours: -1 }, 'carveJob: `minHours`: Too small: expected number to be >=0'],
    [{ maxHours: -1 }, 'carveJob: `maxHours`: Too small: expected number to be >=0'],
    [{ wagePerHour: -0.01 }, 'carveJob: `wagePerHour`: Too small: expected number to be >=0'],
    [{ daysPerWeek: 0 }, 'carveJob: `daysPerWeek`: Too small: expected number to be >0'],
    [{ resolution: 0 }, 'carveJob: `resolution`: Too small: expected number to be >0'],
    [{ site: 3 }, 'carveJob: `site`: Invalid input: expected string, received number'],
    [{ date: '2026-13-01' }, 'carveJob: `date`: Invalid ISO date'],
    [{ objective: 'uren' }, 'carveJob: `objective`: Invalid input'],
    [
      { caoScales: [{}] },
      'carveJob: `caoScales[0].occupation`: Invalid input: expected string, received undefined',
    ],
  ])('carveJob %o', (options, message) => {
    expect(() => carveJob(candidate, employer, options as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message }),
    );
  });

  it.each([
    [
      { commute: { defaultKm: -1, travelLimitedKm: 5 } },
      'carveAll: `commute.defaultKm`: Too small: expected number to be >=0',
    ],
    [
      { commute: { defaultKm: 15, travelLimitedKm: -1 } },
      'carveAll: `commute.travelLimitedKm`: Too small: expected number to be >=0',
    ],
    [{ signal: 3 }, 'carveAll: `signal`: must be an AbortSignal'],
    [{ onProgress: 3 }, 'carveAll: `onProgress`: must be a function'],
    [{ daysPerWeek: 0 }, 'carveAll: `daysPerWeek`: Too small: expected number to be >0'],
  ])('carveAll %o', (options, message) => {
    expect(() => carveAll([candidate], employer, options as unknown as CarveAllOptions)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message }),
    );
  });
});

describe('carving options: the limits each allows', () => {
  it('0 hours, a wage of 0, a custom objective; an option only carveAll knows is ignored by carveJob', () => {
    expect(carveJob(candidate, employer, { minHours: 0, maxHours: 0 }).job).toBeNull();
    // without an FML VI.2 limit, few days a week limit nothing
    const few = carveJob(candidate, employer, { wagePerHour: 0, daysPerWeek: 0.5, resolution: 0.5 });
    expect(few.job!.hoursPerWeek).toBe(18);
    expect(carveJob(candidate, employer, { objective: () => 1 }).job).not.toBeNull();
    const commute = { commute: { defaultKm: 0, travelLimitedKm: 0 } };
    expect(carveJob(candidate, employer, commute as never).job).not.toBeNull();
    expect(carveAll([candidate], employer, commute).jobs).toHaveLength(1);
  });
});

describe('carving options: each accepted value', () => {
  it('both named objectives, a function, and no carveAll-only option checked by carveJob', () => {
    for (const objective of ['hours', 'productive-hours'] as const) {
      expect(carveJob(candidate, employer, { objective }).job).not.toBeNull();
    }
    expect(() => carveJob(candidate, employer, { objective: 3 } as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message: 'carveJob: `objective`: Invalid input' }),
    );
    // `onProgress` and `signal` are carveAll's: carveJob does not read or check them
    expect(carveJob(candidate, employer, { onProgress: 3, signal: 3 } as never).job).not.toBeNull();
  });
});

describe('carving input: bad records with their paths', () => {
  const badVacancy = { ...employer[0]!, hoursPerWeek: -1 } as Vacancy;
  const badCandidate = { ...candidate, hoursPerWeek: 3 } as unknown as Candidate;

  it('carveJob names the vacancy under `vacancies`', () => {
    expect(() => carveJob(candidate, [badVacancy])).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION',
        issues: expect.arrayContaining([expect.objectContaining({ path: ['vacancies', 0, 'hoursPerWeek'] })]),
      }),
    );
  });

  it('carveAll lists candidates and vacancies in one error', () => {
    let caught: { issues: { path: unknown[] }[]; message: string } | undefined;
    try {
      carveAll([badCandidate], [badVacancy]);
    } catch (e) {
      caught = e as typeof caught;
    }
    expect(caught!.issues.map((i) => i.path)).toEqual([
      ['candidates', 0, 'hoursPerWeek'],
      ['vacancies', 0, 'hoursPerWeek'],
      ['vacancies', 0, 'hoursPerWeek'],
      ['vacancies', 0, 'tasks'],
    ]);
    expect(caught!.message).toMatch(/^carveAll: 4 problems/);
    // only the candidates wrong, or only the vacancies
    expect(() => carveAll([badCandidate], employer)).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['candidates', 0, 'hoursPerWeek'] })],
      }),
    );
  });
});
