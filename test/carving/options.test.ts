import {
  type CandidateInput,
  carveJob,
  isValidationError,
  parseCandidates,
  parseVacancies,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { kitchen, person, facility as shared } from './employer.js';

/** The facility vacancy at site Noord (for the `site` option). */
const facility: VacancyInput = { ...shared, site: 'Noord' };

// Every documented option of carveJob changes the job (issue 20: each could be deleted with no test
// failing). The employer of test/carving/employer.ts: a kitchen (core cooking, prep 10 h, dishes 6 h)
// and a facility vacancy (mail 8 h, cleaning 10 h, reception 6 h). The person (12–20 h, performance
// prep 0.8, mail 0.6, reception 0.3) can do prep, mail and reception; dishes ask too much standing
// (V.4), cleaning too much lifting (IV.13). Productive hours: prep 8, mail 4.8, reception 1.8.
// Without options the optimum is prep + mail: 18 h, 12.8 productive hours.

const date = '2026-01-01';
const employer = parseVacancies([kitchen, facility]);
const candidateWith = (changes: Partial<CandidateInput> = {}) =>
  parseCandidates([{ ...person, ...changes }])[0]!;
const taskIds = (r: ReturnType<typeof carveJob>) => r.job?.tasks.map((t) => t.taskId);
const verdictOf = (r: ReturnType<typeof carveJob>, taskId: string) =>
  r.tasks.find((t) => t.taskId === taskId);

describe('carveJob options', () => {
  it('maxHours caps the job: 14 h leaves only mail + reception (6.6 productive hours)', () => {
    const r = carveJob(candidateWith(), employer, { date, maxHours: 14 });
    // prep + mail = 18 h and prep + reception = 16 h no longer fit; mail + reception = 14 h does.
    expect(taskIds(r)).toEqual(['mail', 'desk']);
    expect(r.job!.hoursPerWeek).toBe(14);
    expect(r.job!.objectiveValue).toBeCloseTo(6.6, 10);
    expect(verdictOf(r, 'prep')!.status).toBe('eligible');
  });

  it('site keeps only the vacancies at that site, and says why the others are left out', () => {
    const r = carveJob(candidateWith(), employer, { date, site: 'Noord' });
    expect(taskIds(r)).toEqual(['mail', 'desk']);
    for (const id of ['cook', 'prep', 'dish']) {
      expect(verdictOf(r, id)).toMatchObject({ status: 'excluded', reason: 'andere vestiging (onbekend)' });
    }
    const south = carveJob(candidateWith(), employer, { date, site: 'Zuid' });
    expect(south.job).toBeNull();
    expect(verdictOf(south, 'mail')!.reason).toBe('andere vestiging (Noord)');
  });

  it("objective 'hours' counts hours, a custom objective its own values", () => {
    const hours = carveJob(candidateWith(), employer, { date, objective: 'hours' });
    expect(taskIds(hours)).toEqual(['prep', 'mail']);
    expect(hours.job!.objectiveValue).toBe(18);
    // prep 10, reception 2, the rest 1: prep + reception (12) beats prep + mail (11).
    const custom = carveJob(candidateWith(), employer, {
      date,
      objective: (t) => (t.taskId === 'prep' ? 10 : t.taskId === 'desk' ? 2 : 1),
    });
    expect(taskIds(custom)).toEqual(['prep', 'desk']);
    expect(custom.job!.objectiveValue).toBe(12);
  });

  it('among equal values takes the tasks of fewer vacancies', () => {
    // Every task worth 1: the pairs prep + mail, prep + reception (two vacancies) and mail + reception
    // (one vacancy) all score 2; three tasks exceed 20 h. The one-vacancy pair wins.
    const r = carveJob(candidateWith(), employer, { date, objective: () => 1 });
    expect(taskIds(r)).toEqual(['mail', 'desk']);
    expect(r.job!.freedHours).toEqual([{ vacancyId: 'v2', hoursPerWeek: 14 }]);
  });

  it('daysPerWeek turns FML VI.2 (hours a day) into hours a week', () => {
    const limited = { capabilities: { 'IV.13': 2, 'V.4': 1, 'VI.2': 3 } }; // ~4 hours a day
    expect(carveJob(candidateWith(limited), employer, { date }).job!.hoursPerWeek).toBe(18); // 4 × 5 = 20
    const four = carveJob(candidateWith(limited), employer, { date, daysPerWeek: 4 }); // 16 h
    expect(taskIds(four)).toEqual(['prep', 'desk']);
    const three = carveJob(candidateWith(limited), employer, { date, daysPerWeek: 3 }); // 12 h
    expect(three.job).toBeNull();
    expect(three.reason).toContain('FML VI.2: ~4 uur per dag × 3 dagen');
  });

  it('leaves out the task kinds the candidate avoids, saying so', () => {
    const r = carveJob(candidateWith({ preferences: { avoidTaskKinds: ['food-prep'] } }), employer, { date });
    expect(taskIds(r)).toEqual(['mail', 'desk']);
    expect(verdictOf(r, 'prep')).toMatchObject({
      status: 'excluded',
      reason: 'kandidaat wil deze taak liever niet doen',
    });
  });

  it('never uses the tasks of a vacancy the employer did not open for carving', () => {
    const closed = parseVacancies([{ ...kitchen, carvable: false }, facility]);
    const r = carveJob(candidateWith(), closed, { date });
    expect(taskIds(r)).toEqual(['mail', 'desk']);
    expect(verdictOf(r, 'prep')).toMatchObject({
      status: 'excluded',
      reason: 'de werkgever stelt deze vacature niet open voor jobcarving',
    });
  });
});

describe('carveJob: what the job counts for', () => {
  it("takes the employer's sector by its vacancy hours (the quota counts per sector)", () => {
    const gov = (v: VacancyInput): VacancyInput => ({ ...v, sector: 'government' });
    // A closed government vacancy: adds hours to the sector's side, no tasks to the job.
    const office: VacancyInput = {
      ...facility,
      id: 'v3',
      sector: 'government',
      hoursPerWeek: 20,
      carvable: false,
      tasks: [{ id: 'admin', kind: 'mail-sorting', hoursPerWeek: 20 }],
    };
    expect(
      carveJob(candidateWith(), parseVacancies([gov(kitchen), gov(facility)]), { date }).job!.sector,
    ).toBe('government');
    // Market 36 h against government 24 h: market; government 24 + 20 h against market 36 h: government.
    expect(carveJob(candidateWith(), parseVacancies([kitchen, gov(facility)]), { date }).job!.sector).toBe(
      'market',
    );
    expect(
      carveJob(candidateWith(), parseVacancies([kitchen, gov(facility), office]), { date }).job!.sector,
    ).toBe('government');
  });

  it('counts hours / 25.5 jobs, and none for sheltered work (beschut)', () => {
    const regular = carveJob(candidateWith(), employer, { date });
    expect(regular.job!.jobs).toBeCloseTo(18 / 25.5, 12);
    expect(regular.reason).toBe('2 taken uit 2 vacatures, 18 uur per week (0,71 baan)');
    const sheltered = carveJob(candidateWith({ targetGroup: 'beschut' }), employer, { date });
    expect(sheltered.job!.hoursPerWeek).toBe(18);
    expect(sheltered.job!.jobs).toBe(0);
    expect(sheltered.reason).toContain('beschut werk telt niet mee');
  });

  it('refuses an invalid FML profile with the path of the code, not a wrong job', () => {
    const c = candidateWith();
    const broken = { ...c, capabilities: { 'IV.13': 9 } };
    let caught: unknown;
    try {
      carveJob(broken, employer, { date });
    } catch (e) {
      caught = e;
    }
    expect(isValidationError(caught)).toBe(true);
    expect((caught as { issues: { path: (string | number)[] }[] }).issues[0]!.path).toEqual([
      'candidates',
      0,
      'capabilities',
      'IV.13',
    ]);
  });
});
