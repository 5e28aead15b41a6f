import {
  type Candidate,
  type CandidateInput,
  type CarveAllOptions,
  type CarveAllResult,
  carveAll,
  carveJob,
  commuteLimitKm,
  haversineKm,
  parseCandidates,
  parseVacancies,
  type Vacancy,
  type VacancyInput,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carveFromSetup } from '../../src/carving/carve.js';
import { carvingSetup, hoursWindow, taskKey } from '../../src/carving/setup.js';
import { here } from './employer.js';

// carveAll against the greedy it documents, on small random caseloads: each committed job is the best
// carved job left at that moment (carveJob's value on the tasks still free, at any employer within the
// candidate's reach), no candidate left unplaced could still be given one, and no job breaks a limit
// (the candidate's window, each task once, what remains of a vacancy).

const date = '2026-01-01';
const EPS = 1e-9;

/** A place `km` north of Hilversum (a degree of latitude is about 111 km). */
const north = (km: number) => ({ municipality: 'Hilversum', lat: here.lat + km / 111.2, lon: here.lon });

/** The value carveJob's optimiser gives (candidate, employer) on the tasks not in `taken`, or null. */
function bestLeft(
  c: Candidate,
  employerId: string,
  vacancies: readonly Vacancy[],
  options: CarveAllOptions,
  taken: ReadonlySet<string>,
): number | null {
  const limit = commuteLimitKm(c);
  const reach = vacancies.filter(
    (v) =>
      v.employerId === employerId &&
      haversineKm(c.home.lat, c.home.lon, v.location.lat, v.location.lon) <= limit,
  );
  if (reach.length === 0) return null;
  const setup = carvingSetup(c, reach, options, taken);
  return carveFromSetup(c, employerId, setup, options, 'test').job?.objectiveValue ?? null;
}

/** Checks `r` against the greedy and the limits (see the file's comment). */
function expectGreedy(
  candidates: readonly Candidate[],
  vacancies: readonly Vacancy[],
  options: CarveAllOptions,
  r: CarveAllResult,
): void {
  const employers = [...new Set(vacancies.map((v) => v.employerId))];
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const taken = new Set<string>();
  const placed = new Set<string>();
  let previous = Number.POSITIVE_INFINITY;
  for (const job of r.jobs) {
    const c = byId.get(job.candidateId)!;
    expect(placed.has(c.id)).toBe(false);
    // Its value is carveJob's best at its employer on the tasks left, and no pair left does better.
    expect(bestLeft(c, job.employerId, vacancies, options, taken)).toBeCloseTo(job.objectiveValue, 9);
    for (const other of candidates) {
      if (placed.has(other.id)) continue;
      for (const e of employers) {
        const value = bestLeft(other, e, vacancies, options, taken);
        if (value !== null) expect(value).toBeLessThanOrEqual(job.objectiveValue + EPS);
      }
    }
    expect(job.objectiveValue).toBeLessThanOrEqual(previous + EPS);
    previous = job.objectiveValue;
    // Within the candidate's window, each task free until now.
    const w = hoursWindow(c, options);
    expect(job.hoursPerWeek).toBeGreaterThanOrEqual(w.min - EPS);
    expect(job.hoursPerWeek).toBeLessThanOrEqual(w.max + EPS);
    for (const t of job.tasks) {
      const key = taskKey(t.vacancyId, t.taskId);
      expect(taken.has(key)).toBe(false);
      taken.add(key);
    }
    placed.add(c.id);
  }
  // Nobody left could still be given a job.
  for (const c of candidates) {
    if (placed.has(c.id)) continue;
    for (const e of employers) expect(bestLeft(c, e, vacancies, options, taken)).toBeNull();
  }
  expect(r.unplaced.map((u) => u.candidateId)).toEqual(
    candidates.filter((c) => !placed.has(c.id)).map((c) => c.id),
  );
  // What remains of each vacancy carved from.
  const carved = new Map<string, number>();
  for (const j of r.jobs)
    for (const f of j.freedHours) carved.set(f.vacancyId, (carved.get(f.vacancyId) ?? 0) + f.hoursPerWeek);
  expect(r.vacancies.map((v) => v.vacancyId).sort()).toEqual([...carved.keys()].sort());
  for (const rest of r.vacancies) {
    const v = vacancies.find((x) => x.id === rest.vacancyId)!;
    expect(rest.carvedHours).toBeCloseTo(carved.get(v.id)!, 9);
    expect(rest.remainingHours).toBeCloseTo(Math.max(0, v.hoursPerWeek - rest.carvedHours), 9);
    expect(rest.remainingTasks.map((t) => t.taskId)).toEqual(
      (v.tasks ?? []).filter((t) => !taken.has(taskKey(v.id, t.id))).map((t) => t.id),
    );
  }
  const sum = (f: (j: CarveAllResult['jobs'][number]) => number) => r.jobs.reduce((s, j) => s + f(j), 0);
  expect(r.totals.hoursPerWeek).toBeCloseTo(
    sum((j) => j.hoursPerWeek),
    9,
  );
  expect(r.totals.jobs).toBeCloseTo(
    sum((j) => j.jobs),
    9,
  );
  expect(r.totals.market + r.totals.government).toBeCloseTo(r.totals.jobs, 9);
  expect(r.totals.government).toBeCloseTo(
    sum((j) => (j.sector === 'government' ? j.jobs : 0)),
    9,
  );
}

const KINDS: string[] = ['cleaning', 'filing', 'mail-sorting', 'packing'];

const taskArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  hoursPerWeek: fc.constantFrom(0, 2, 3.5, 6, 8, 10, 12.25),
  core: fc.constantFrom(false, false, false, false, true),
  lift: fc.constantFrom(0, 1, 2, 3),
});
const vacancyArb = fc.record({
  employer: fc.constantFrom('e1', 'e2', 'e3'),
  km: fc.constantFrom(0, 8, 30),
  sector: fc.constantFrom('market', 'government'),
  carvable: fc.constantFrom(true, true, true, false),
  site: fc.constantFrom('a', 'b'),
  tasks: fc.array(taskArb, { minLength: 1, maxLength: 5 }),
});
const candidateArb = fc.record({
  km: fc.constantFrom(0, 8, 30),
  maxCommuteKm: fc.constantFrom(undefined, 5, 12, 40),
  min: fc.constantFrom(0, 4, 8),
  extra: fc.constantFrom(0, 4, 8, 16),
  lift: fc.constantFrom(0, 1, 2, 3),
  wageValue: fc.constantFrom(undefined, 0.3, 0.9),
  performance: fc.subarray(KINDS),
  avoid: fc.subarray(KINDS, { maxLength: 1 }),
});
const optionsArb = fc.record({
  minHours: fc.constantFrom(4, 8, 12),
  objective: fc.constantFrom('hours', 'productive-hours', 'custom'),
  site: fc.constantFrom(undefined, 'a'),
});

describe('carveAll: the greedy it documents, on random caseloads', () => {
  it('each job is the best carved job left when made; nobody unplaced could get one; no limit broken', () => {
    let jobs = 0;
    fc.assert(
      fc.property(
        fc.array(candidateArb, { minLength: 1, maxLength: 4 }),
        fc.array(vacancyArb, { minLength: 1, maxLength: 5 }),
        optionsArb,
        (cs, vs, o) => {
          const candidates = parseCandidates(
            cs.map(
              (c, i): CandidateInput => ({
                id: `c${i}`,
                targetGroup: 'participatiewet',
                home: north(c.km),
                hoursPerWeek: { min: c.min, max: c.min + c.extra },
                capabilities: { 'IV.13': c.lift },
                ...(c.maxCommuteKm === undefined ? {} : { maxCommuteKm: c.maxCommuteKm }),
                ...(c.wageValue === undefined ? {} : { wageValue: c.wageValue }),
                taskPerformance: Object.fromEntries(c.performance.map((k, j) => [k, 0.4 + 0.2 * j])),
                preferences: { avoidTaskKinds: c.avoid },
              }),
            ),
          );
          const vacancies = parseVacancies(
            vs.map(
              (v, j): VacancyInput => ({
                id: `v${j}`,
                employerId: v.employer,
                sector: v.sector,
                occupation: 'medewerker',
                location: north(v.km),
                site: v.site,
                carvable: v.carvable,
                hoursPerWeek: Math.max(
                  0.25,
                  v.tasks.reduce((s, t) => s + t.hoursPerWeek, 0),
                ),
                tasks: v.tasks.map((t, a) => ({
                  id: `t${a}`,
                  kind: t.kind,
                  hoursPerWeek: t.hoursPerWeek,
                  core: t.core,
                  demands: t.lift > 0 ? { 'IV.13': t.lift } : {},
                })),
              }),
            ),
          );
          const options: CarveAllOptions = {
            date,
            minHours: o.minHours,
            objective:
              o.objective === 'custom'
                ? (t) => t.hoursPerWeek * (t.kind === 'cleaning' ? 2 : 1)
                : (o.objective as 'hours' | 'productive-hours'),
            ...(o.site === undefined ? {} : { site: o.site }),
          };
          const r = carveAll(candidates, vacancies, options);
          jobs += r.jobs.length;
          expectGreedy(candidates, vacancies, options, r);
        },
      ),
      { numRuns: 100, seed: 20 },
    );
    // The draws made jobs.
    expect(jobs).toBeGreaterThan(30);
  });
});

describe('carveAll: the wage value of a task, as carveJob takes it', () => {
  it('a measured wage value wins over task performance: the job where carveJob values it most', () => {
    // Measured 0.3 on every task; task performance (1.0) on cleaning is then no more than an estimate.
    // At e1 cleaning 12 h is worth 12 × 0.3 = 3.6, at e2 mail 20 h is worth 20 × 0.3 = 6: e2.
    const vacancy = (id: string, employerId: string, kind: string, hoursPerWeek: number): VacancyInput => ({
      id,
      employerId,
      sector: 'market',
      occupation: 'medewerker',
      location: here,
      hoursPerWeek,
      carvable: true,
      tasks: [{ id: 't', kind, hoursPerWeek, demands: {} }],
    });
    const [c] = parseCandidates([
      {
        id: 'c1',
        targetGroup: 'participatiewet',
        home: here,
        hoursPerWeek: { min: 12, max: 20 },
        wageValue: 0.3,
        taskPerformance: { cleaning: 1 },
      },
    ]);
    const vacancies = parseVacancies([
      vacancy('v1', 'e1', 'cleaning', 12),
      vacancy('v2', 'e2', 'mail-sorting', 20),
    ]);
    const r = carveAll([c!], vacancies, { date });
    expect(r.jobs.map((j) => [j.employerId, j.hoursPerWeek, j.objectiveValue])).toEqual([['e2', 20, 6]]);
    expect(carveJob(c!, [vacancies[1]!], { date }).job!.objectiveValue).toBe(6);
  });
});
