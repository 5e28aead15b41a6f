import {
  carveAll,
  carveJob,
  commuteLimitKm,
  compareCapabilities,
  decomposeVacancy,
  generateRegion,
  haversineKm,
  parseCandidates,
  parseVacancies,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facility, kitchen, person } from './employer.js';

const vacancies = parseVacancies([kitchen, facility]);
const [candidate] = parseCandidates([person]);

describe('carveJob on a hand-made employer', () => {
  it('finds the known optimum: food prep + mail sorting, 18 h, 12.8 productive hours', () => {
    const { job, tasks } = carveJob(candidate!, vacancies, { date: '2026-01-01' });
    expect(job).not.toBeNull();
    expect(job!.tasks.map((t) => `${t.vacancyId}/${t.taskId}`)).toEqual(['v1/prep', 'v2/mail']);
    expect(job!.hoursPerWeek).toBe(18);
    expect(job!.objectiveValue).toBeCloseTo(10 * 0.8 + 8 * 0.6, 10);
    expect(job!.jobs).toBeCloseTo(18 / 25.5, 10);
    expect(job!.freedHours).toEqual([
      { vacancyId: 'v1', hoursPerWeek: 10 },
      { vacancyId: 'v2', hoursPerWeek: 8 },
    ]);
    // the wage value on the bundle is an estimate from task performance, weighted by hours
    expect(job!.wageValue.estimate).toBe(true);
    expect(job!.wageValue.wageValue).toBeCloseTo(12.8 / 18, 10);
    // lifting ~5 kg against a task that tolerates exactly that: a signal for the job coach
    expect(job!.signals).toEqual([
      { vacancyId: 'v1', taskId: 'prep', reason: expect.stringContaining('tillen') },
    ]);
    expect(job!.instruments.find((i) => i.id === 'wage-cost-subsidy')?.applies).toBe(true);
    const status = Object.fromEntries(tasks.map((t) => [t.taskId, t.status]));
    expect(status).toEqual({
      cook: 'excluded',
      prep: 'included',
      dish: 'excluded',
      mail: 'included',
      clean: 'excluded',
      desk: 'eligible',
    });
    const reason = Object.fromEntries(tasks.map((t) => [t.taskId, t.reason]));
    expect(reason.cook).toContain('kerntaak');
    expect(reason.clean).toContain('tillen');
  });

  it('counts hours instead when asked, taking all three tasks up to 24 h', () => {
    const { job } = carveJob({ ...candidate!, hoursPerWeek: { min: 12, max: 24 } }, vacancies, {
      objective: 'hours',
    });
    expect(job!.hoursPerWeek).toBe(24);
    expect(job!.tasks).toHaveLength(3);
  });

  it('prefers fewer source vacancies among equal values', () => {
    const twins = parseVacancies([
      {
        ...facility,
        id: 'a',
        tasks: [
          { id: 'x', kind: 'packing', hoursPerWeek: 12 },
          { id: 'y', kind: 'packing', hoursPerWeek: 12 },
        ],
      },
      {
        ...facility,
        id: 'b',
        tasks: [
          { id: 'z', kind: 'packing', hoursPerWeek: 12 },
          { id: 'w', kind: 'filing', hoursPerWeek: 12 },
        ],
      },
    ]);
    const { job } = carveJob(
      { ...candidate!, hoursPerWeek: { min: 12, max: 24 }, taskPerformance: {} },
      twins,
    );
    expect(job!.freedHours).toHaveLength(1);
    expect(job!.hoursPerWeek).toBe(24);
  });

  it('gives null with the reason when the candidate cannot work the minimum hours', () => {
    const limited = { ...candidate!, capabilities: { 'VI.3': 4 } };
    const result = carveJob(limited, vacancies);
    expect(result.job).toBeNull();
    expect(result.reason).toContain('10 uur');
  });

  it('gives null when the fitting tasks do not add up to the minimum', () => {
    const result = carveJob(candidate!, vacancies, { minHours: 30 });
    expect(result.job).toBeNull();
    expect(result.reason).toMatch(/24 uur|30 uur/);
  });

  it('decomposes a vacancy without tasks from the occupation catalogue, marked derived', () => {
    const [bare] = parseVacancies([
      { ...facility, id: 'v3', occupation: 'Schoonmaakster (m/v)', hoursPerWeek: 20, tasks: undefined },
    ]);
    const tasks = decomposeVacancy(bare!);
    expect(tasks.every((t) => t.derived)).toBe(true);
    expect(tasks.reduce((s, t) => s + t.hoursPerWeek, 0)).toBeCloseTo(20, 10);
    expect(tasks.map((t) => t.kind)).toEqual(['cleaning', 'litter-picking']);
  });

  it('rejects vacancies of more than one employer and bad options with typed errors', () => {
    const other = parseVacancies([{ ...facility, id: 'v9', employerId: 'e2' }]);
    expect(() => carveJob(candidate!, [...vacancies, ...other])).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => carveJob(candidate!, vacancies, { minHours: -1 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

/** Best objective over all subsets of the eligible tasks, by brute force. */
function bruteForce(tasks: { hoursPerWeek: number; value: number }[], min: number, max: number): number {
  let best = -1;
  for (let mask = 0; mask < 1 << tasks.length; mask++) {
    let h = 0;
    let v = 0;
    tasks.forEach((t, i) => {
      if (mask & (1 << i)) {
        h += Math.round(t.hoursPerWeek * 4) / 4;
        v += t.value;
      }
    });
    if (h >= min - 1e-9 && h <= max + 1e-9 && v > best) best = v;
  }
  return best;
}

describe('carving properties on generated employers', () => {
  const region = generateRegion({ seed: 21, candidates: 60, vacancies: 400 });
  const byEmployer = new Map<string, typeof region.vacancies>();
  for (const v of region.vacancies)
    byEmployer.set(v.employerId, [...(byEmployer.get(v.employerId) ?? []), v]);
  const employers = [...byEmployer.values()];

  it('never holds an infeasible or core task, never leaves the hours window, and equals brute force', () => {
    fc.assert(
      fc.property(fc.nat(region.candidates.length - 1), fc.nat(employers.length - 1), (ci, ei) => {
        const c = region.candidates[ci]!;
        const vs = employers[ei]!;
        const result = carveJob(c, vs, { objective: 'hours' });
        const max = Math.min(
          c.hoursPerWeek.max,
          [Infinity, 40, 30, 20, 10][(c.capabilities['VI.3'] as number) ?? 0]!,
        );
        const open = result.tasks.filter((t) => t.status !== 'excluded');
        if (open.length <= 12) {
          const best = bruteForce(
            open.map((t) => ({ hoursPerWeek: t.hoursPerWeek, value: t.hoursPerWeek })),
            12,
            max,
          );
          expect(result.job === null ? -1 : result.job.objectiveValue).toBeCloseTo(best, 6);
        }
        if (result.job === null) return;
        expect(result.job.hoursPerWeek).toBeGreaterThanOrEqual(12);
        expect(result.job.hoursPerWeek).toBeLessThanOrEqual(max);
        for (const t of result.job.tasks) {
          const task = decomposeVacancy(vs.find((v) => v.id === t.vacancyId)!).find(
            (x) => x.id === t.taskId,
          )!;
          expect(task.core).toBe(false);
          expect(compareCapabilities(c.capabilities, task.demands).fits).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('carveAll uses each task at most once, each candidate at most once, and only employers in reach', () => {
    const result = carveAll(region.candidates, region.vacancies);
    const used = new Set<string>();
    for (const j of result.jobs) {
      for (const t of j.tasks) {
        const key = `${t.vacancyId}/${t.taskId}`;
        expect(used.has(key)).toBe(false);
        used.add(key);
        const c = region.candidates.find((x) => x.id === j.candidateId)!;
        const v = region.vacancies.find((x) => x.id === t.vacancyId)!;
        expect(haversineKm(c.home.lat, c.home.lon, v.location.lat, v.location.lon)).toBeLessThanOrEqual(
          commuteLimitKm(c),
        );
      }
    }
    expect(new Set(result.jobs.map((j) => j.candidateId)).size).toBe(result.jobs.length);
    expect(result.jobs.length + result.unplaced.length).toBe(region.candidates.length);
    for (const r of result.vacancies) {
      expect(r.carvedHours + r.remainingHours).toBeCloseTo(r.hoursPerWeek, 6);
      expect(r.remainingTasks.every((t) => !used.has(`${r.vacancyId}/${t.taskId}`))).toBe(true);
    }
    const sum = result.jobs.reduce((s, j) => s + j.jobs, 0);
    expect(result.totals.market + result.totals.government).toBeCloseTo(sum, 9);
    expect(JSON.stringify(carveAll(region.candidates, region.vacancies))).toBe(JSON.stringify(result));
  });

  it('carveAll stops on an aborted signal with a typed error', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => carveAll(region.candidates, region.vacancies, { signal: controller.signal })).toThrowError(
      expect.objectContaining({ code: 'ABORTED' }),
    );
  });
});
