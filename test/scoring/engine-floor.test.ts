import {
  type CandidateInput,
  createMatcher,
  type Matcher,
  type MatcherOptions,
  type VacancyInput,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, kmOfHav } from '../../src/geo/distance.js';
import { commuteUpperBound, evaluate, snapshotOf, verdict } from '../../src/scoring/engine/evaluator.js';
import type { PairSnapshot } from '../../src/scoring/explain/context.js';
import {
  type ReferenceContext,
  referenceContext,
  referenceScore,
} from '../../src/scoring/reference/index.js';
import { EXCLUDED_COMMUTE, PRUNED } from '../../src/scoring/rules.js';
import { tablesOf } from '../helpers/engine.js';

// The engine's caches and its pruning (`engine/evaluator.ts`, `engine/shape.ts`): one engine that
// evaluates pairs in any order, with and without a floor, against a fresh engine per pair (no cache,
// no floor), itself checked against the reference scorer. Small inputs, so that it runs for every mutant.

const here = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
/** About 4.4 km north of `here`. */
const north = { municipality: 'Hilversum', lat: 52.24, lon: 5.2 };
const KINDS = ['cleaning', 'dishwashing', 'packing', 'filing'];
const SKILLS = ['schoonmaken', 'afwassen', 'inpakken', 'archiveren'];

const taskArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  hoursPerWeek: fc.constantFrom<number>(0, 1, 2, 4, 6, 8, 10.3),
  lift: fc.constantFrom(0, 0, 1, 2),
  skills: fc.subarray(SKILLS, { maxLength: 2 }),
  core: fc.constantFrom(false, false, true),
});
const candidateArb = fc.record({
  north: fc.boolean(),
  /** 0 km: a vacancy at home is within reach; 2 km: the one 4.4 km away is not. */
  limit: fc.constantFrom<number | undefined>(undefined, undefined, 2, 0),
  min: fc.constantFrom(0, 4, 12, 16),
  extra: fc.constantFrom(0, 6, 24),
  lift: fc.constantFrom(0, 1, 2),
  /** An FML item no task states: one unassessed item. */
  unassessed: fc.constantFrom(false, false, true),
  skills: fc.subarray(SKILLS),
  wageValue: fc.constantFrom(undefined, 0.3, 0.9),
  avoid: fc.subarray(KINDS, { maxLength: 1 }),
  sectors: fc.constantFrom<('market' | 'government')[] | undefined>(undefined, ['market'], ['government']),
  occupations: fc.constantFrom<string[] | undefined>(undefined, ['schoonmaker'], ['kok']),
  vca: fc.boolean(),
});
const vacancyArb = fc.record({
  tasks: fc.array(taskArb, { minLength: 1, maxLength: 4 }),
  slack: fc.constantFrom(0, 0, 0.45),
  carvable: fc.constantFrom(true, true, false),
  skills: fc.subarray(SKILLS, { maxLength: 2 }),
  vca: fc.boolean(),
  /** Each job twice: at its own sector, occupation and wage, and at another's (one job shape). */
  twin: fc.record({
    sector: fc.constantFrom<'market' | 'government'>('market', 'government'),
    occupation: fc.constantFrom('schoonmaker', 'kok'),
    wage: fc.constantFrom<number | undefined>(undefined, 12, 40),
  }),
  sector: fc.constantFrom<'market' | 'government'>('market', 'government'),
  occupation: fc.constantFrom('schoonmaker', 'kok'),
  wage: fc.constantFrom<number | undefined>(undefined, 12, 40),
});

type CandidateDraw = typeof candidateArb extends fc.Arbitrary<infer T> ? T : never;
type VacancyDraw = typeof vacancyArb extends fc.Arbitrary<infer T> ? T : never;

function inputOf(cs: readonly CandidateDraw[], vs: readonly VacancyDraw[]) {
  const candidates = cs.map(
    (c, i): CandidateInput => ({
      id: `c${i}`,
      targetGroup: 'participatiewet',
      home: c.north ? north : here,
      ...(c.limit === undefined ? {} : { maxCommuteKm: c.limit }),
      hoursPerWeek: { min: c.min, max: c.min + c.extra },
      capabilities: {
        ...(c.lift > 0 ? { 'IV.13': c.lift } : {}),
        ...(c.unassessed ? { 'I.9': 2 } : {}),
      },
      skills: c.skills,
      qualifications: c.vca ? ['VCA'] : [],
      ...(c.wageValue === undefined ? {} : { wageValue: c.wageValue }),
      preferences: {
        avoidTaskKinds: c.avoid,
        ...(c.sectors === undefined ? {} : { sectors: c.sectors }),
        ...(c.occupations === undefined ? {} : { occupations: c.occupations }),
      },
    }),
  );
  const vacancies = vs.flatMap((v, j): VacancyInput[] => {
    const sum = v.tasks.reduce((s, t) => s + t.hoursPerWeek, 0);
    const job = {
      employerId: 'e1',
      location: here,
      hoursPerWeek: Math.max(0.25, sum + v.slack),
      carvable: v.carvable,
      skills: v.skills,
      ...(v.vca ? { qualification: 'VCA' } : {}),
      tasks: v.tasks.map((t, a) => ({
        id: `t${a}`,
        kind: t.kind,
        hoursPerWeek: t.hoursPerWeek,
        core: t.core,
        skills: t.skills,
        demands: t.lift > 0 ? { 'IV.13': t.lift } : {},
      })),
    };
    const at = (id: string, w: VacancyDraw['twin']): VacancyInput => ({
      ...job,
      id,
      sector: w.sector,
      occupation: w.occupation,
      ...(w.wage === undefined ? {} : { wagePerHour: w.wage }),
    });
    return [at(`v${j}`, v), at(`w${j}`, v.twin)];
  });
  return { candidates, vacancies };
}

/**
 * A pair as a fresh engine (no cache, no floor) evaluates it, checked against the reference scorer:
 * exclusion, distance, score, components and the job's hours. A carving tie (the same hours from
 * other tasks) may go either way: then only the exclusion is checked.
 */
function freshSnapshot(
  input: ReturnType<typeof inputOf>,
  options: MatcherOptions,
  reference: { matcher: Matcher; context: ReferenceContext },
  ci: number,
  vi: number,
): PairSnapshot {
  const { engine } = tablesOf(input, options);
  const snapshot = snapshotOf(engine, ci, vi, evaluate(engine, ci, vi));
  const v = reference.matcher.vacancies[vi]!;
  const ref = referenceScore(reference.context, reference.matcher.candidates[ci]!, v);
  const pair = `c${ci} × ${v.id}`;
  expect(snapshot.excluded !== 0, pair).toBe(ref.excluded);
  // Out by the commute: the distance kept as −hav(d/R), for the reason.
  if (snapshot.excluded === EXCLUDED_COMMUTE)
    expect(kmOfHav(-snapshot.distance), pair).toBeCloseTo(ref.distanceKm, 9);
  if (ref.excluded) return snapshot;
  const job = ref.job!;
  const tasks = (v.tasks ?? []).filter((_, a) => snapshot.inJob[a] === 1).map((t) => t.id);
  if (job.kind === 'carved' && tasks.join() !== job.tasks.map((t) => t.taskId).join()) {
    expect(snapshot.jobHours, pair).toBe(job.hoursPerWeek);
    return snapshot;
  }
  expect(snapshot.distance, pair).toBeCloseTo(ref.distanceKm, 9);
  expect(snapshot.score, pair).toBeCloseTo(ref.score, 12);
  for (const name of ['capability', 'skills', 'commute', 'hours', 'economics', 'preferences'] as const)
    expect(snapshot[name], `${pair} ${name}`).toBeCloseTo(job.components[name], 12);
  expect(snapshot.jobHours, pair).toBe(job.hoursPerWeek);
  expect(snapshot.carved, pair).toBe(job.kind !== 'full');
  expect(snapshot.reduced, pair).toBe(job.kind === 'reduced-hours');
  return snapshot;
}

const stepArb = fc.record({
  ci: fc.nat(2),
  vi: fc.nat(7),
  /** none: no floor; own: the pair's own score; above: just above it; any: a random floor; verdict. */
  kind: fc.constantFrom('none', 'own', 'own', 'above', 'above', 'any', 'verdict'),
  any: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('the engine’s caches and floors against a fresh engine per pair', () => {
  it('property: any order of pairs, with or without a floor, scores as a fresh engine; a pair at or above the floor is never pruned, one just below it is where the bound is exact', () => {
    let ownKept = 0;
    let tightPruned = 0;
    fc.assert(
      fc.property(
        fc.array(candidateArb, { minLength: 1, maxLength: 3 }),
        fc.array(vacancyArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom<MatcherOptions['carving']>(false, { minHours: 0 }, { minHours: 4 }),
        fc.array(stepArb, { minLength: 1, maxLength: 30 }),
        (cs, vs, carving, steps) => {
          const input = inputOf(cs, vs);
          const options: MatcherOptions = { carving };
          const { engine: e } = tablesOf(input, options);
          const matcher = createMatcher(input, options);
          const reference = { matcher, context: referenceContext(matcher.vacancies, matcher.options) };
          const fresh = new Map<number, PairSnapshot>();
          for (const step of steps) {
            const ci = step.ci % cs.length;
            const vi = step.vi % input.vacancies.length;
            const key = ci * 64 + vi;
            let want = fresh.get(key);
            if (want === undefined) {
              want = freshSnapshot(input, options, reference, ci, vi);
              fresh.set(key, want);
            }
            const pair = `c${ci} × ${input.vacancies[vi]!.id} (${step.kind})`;
            if (step.kind === 'verdict') {
              expect(verdict(e, ci, vi), pair).toBe(want.excluded);
              continue;
            }
            const floor =
              step.kind === 'none'
                ? Number.NEGATIVE_INFINITY
                : step.kind === 'any'
                  ? step.any
                  : want.excluded !== 0
                    ? 0.5
                    : step.kind === 'own'
                      ? want.score
                      : want.score + 1e-6;
            const ok = evaluate(e, ci, vi, floor);
            const got = snapshotOf(e, ci, vi, ok);
            if (ok) expect(got, pair).toEqual(want);
            else if (got.excluded === PRUNED) {
              // Pruned: the pair is out, or scores below the floor.
              if (want.excluded === 0) expect(want.score, pair).toBeLessThan(floor);
            } else expect(got.excluded, pair).toBe(want.excluded);
            if (want.excluded === 0 && want.score >= floor) {
              expect(ok, pair).toBe(true);
              if (step.kind === 'own') ownKept++;
            }
            // At the pair's place, economics at 1 and no unassessed item, the last bound is the score: a floor
            // above it prunes the pair (the bound's components are exact).
            if (
              step.kind === 'above' &&
              want.excluded === 0 &&
              want.distance === 0 &&
              want.economics === 1 &&
              want.unassessed === 0
            ) {
              expect(got.excluded, pair).toBe(PRUNED);
              tightPruned++;
            }
          }
        },
      ),
      { numRuns: 40, seed: 20 },
    );
    expect(ownKept).toBeGreaterThan(30);
    expect(tightPruned).toBeGreaterThan(8);
  });
});

describe('commuteUpperBound: the commute component from hav(d/R) by the chord', () => {
  /** hav(d/R) of a distance of `km`. */
  const hav = (km: number) => Math.sin(km / (2 * EARTH_RADIUS_KM)) ** 2;
  const none = { candidates: [], vacancies: [] };

  it('is 1 at home, about 1 − d/scale on the way, 0 from the scale on; never below the component', () => {
    // The scale: `commute.scoreKm`, else `commute.defaultKm` (15 km by default).
    for (const [options, scale] of [
      [{}, 15],
      [{ commute: { defaultKm: 15, travelLimitedKm: 5, scoreKm: 30 } }, 30],
    ] as const) {
      const e = tablesOf(none, options).engine;
      expect(commuteUpperBound(e, 0)).toBe(1);
      for (const km of [1, 7.5, 14]) {
        const bound = commuteUpperBound(e, hav(km));
        expect(bound).toBeGreaterThanOrEqual(1 - km / scale);
        expect(bound).toBeCloseTo(1 - km / scale, 6);
      }
      expect(commuteUpperBound(e, hav(scale + 0.001))).toBe(0);
      expect(commuteUpperBound(e, hav(200))).toBe(0);
    }
  });
});

describe('worked: floors at a pair’s exact bound, on a carved job and a full one (candidates at home)', () => {
  // No demands, experience in every task kind (the job's only skills), no wage, no preferences, the vacancy at home:
  // capability, skills, commute, economics and preferences are 1, so every bound the engine prunes by
  // is the score itself (economics and skills at 1 are exact, the chord of 0 km is the commute).
  const candidate = (id: string, min: number, max: number): CandidateInput => ({
    id,
    targetGroup: 'participatiewet',
    home: here,
    hoursPerWeek: { min, max },
    capabilities: {},
    skills: [],
    taskPerformance: { [KINDS[0]!]: 1, [KINDS[1]!]: 1 },
    qualifications: [],
    preferences: { avoidTaskKinds: [] },
  });
  const vacancy = (id: string, hours: readonly number[]): VacancyInput => ({
    id,
    employerId: 'e1',
    location: here,
    hoursPerWeek: hours.reduce((s, h) => s + h, 0),
    carvable: true,
    skills: [],
    sector: 'market',
    occupation: 'schoonmaker',
    tasks: hours.map((h, a) => ({
      id: `t${a}`,
      kind: KINDS[a]!,
      hoursPerWeek: h,
      core: false,
      skills: [],
      demands: {},
    })),
  });
  const input = {
    // c0: at most 8 h; c1: 8 to 16 h.
    candidates: [candidate('c0', 0, 8), candidate('c1', 8, 16)],
    // v0: 6 h + 10 h, 16 h too many for c0: the carved job is the 6 h task, 1 × the carved factor 0.85.
    // v1: 6 h, the full job for c0: 1. v2: 4 h, the full job for c1 (at least 8 h): hours 4 / 8,
    // 1 − 0.1 × 0.5 = 0.95.
    vacancies: [vacancy('v0', [6, 10]), vacancy('v1', [6]), vacancy('v2', [4])],
  };
  const options: MatcherOptions = { carving: { minHours: 4 } };
  const fresh = (o: MatcherOptions = options) => tablesOf(input, o).engine;
  type Engine = ReturnType<typeof fresh>;
  /** `evaluate` with a floor (−∞: none): whether kept, the exclusion, the score, whether carved. */
  const run = (e: Engine, ci: number, vi: number, floor = Number.NEGATIVE_INFINITY) => {
    const ok = evaluate(e, ci, vi, floor);
    const { excluded, score, carved } = snapshotOf(e, ci, vi, ok);
    return { ok, excluded, score: ok ? score : Number.NaN, carved };
  };
  const kept = (score: number, carved: boolean) => ({
    ok: true,
    excluded: 0,
    score: expect.closeTo(score, 12),
    carved,
  });
  const pruned = { ok: false, excluded: PRUNED, score: Number.NaN, carved: expect.any(Boolean) };

  it('a carved job met again: pruned just above its score, kept at it', () => {
    const e = fresh();
    expect(run(e, 0, 0)).toEqual(kept(0.85, true));
    // The known carved shape's bound (every component known but commute, skills and economics) is 0.85.
    expect(run(e, 0, 0, 0.85 + 1e-6)).toEqual(pruned);
    expect(run(e, 0, 0, 0.85)).toEqual(kept(0.85, true));
  });

  it('a carved job met first at a floor of its score: kept (every bound before carving exact)', () => {
    expect(run(fresh(), 0, 0, 0.85)).toEqual(kept(0.85, true));
    expect(run(fresh(), 0, 0, 0.85 + 1e-6)).toEqual(pruned);
  });

  it('a whole job out whose carving is pruned: met again, kept at its score and without a floor', () => {
    // Floor 0.9: the first bound (1) passes; the whole job is out by its hours and its carving's bound
    // 1 × 0.85 stays below the floor: pruned in `evaluateShape`, the shape marked as carve-only.
    const e = fresh();
    expect(run(e, 0, 0, 0.9)).toEqual(pruned);
    // Met again: the carve-only shortcut prunes above 0.85 only.
    expect(run(e, 0, 0, 0.9)).toEqual(pruned);
    expect(run(e, 0, 0, 0.85)).toEqual(kept(0.85, true));
    // A pruned shape is not remembered as out: without a floor the carved job is scored.
    const e2 = fresh();
    expect(run(e2, 0, 0, 0.9)).toEqual(pruned);
    expect(run(e2, 0, 0)).toEqual(kept(0.85, true));
  });

  it('a full job met first: the first bound is exact at 1, the bound with the job known at 0.95', () => {
    expect(run(fresh(), 0, 1, 1)).toEqual(kept(1, false));
    expect(run(fresh(), 0, 1, 1 + 1e-6)).toEqual(pruned);
    // v2 for c1: the first bound (hours at 1) is 1; with the job known (hours 0.5) 0.95.
    expect(run(fresh(), 1, 2, 0.95 + 1e-6)).toEqual(pruned);
    expect(run(fresh(), 1, 2, 0.95)).toEqual(kept(0.95, false));
  });

  it('weights that sum to 0.5 (each halved): the same scores, the same exact bounds', () => {
    // Every score and bound is divided by the weights' total: halved weights score as the defaults.
    const halved: MatcherOptions = {
      ...options,
      weights: {
        capability: 0.15,
        skills: 0.1,
        commute: 0.075,
        hours: 0.05,
        economics: 0.075,
        preferences: 0.05,
      },
    };
    expect(run(fresh(halved), 1, 2)).toEqual(kept(0.95, false));
    expect(run(fresh(halved), 1, 2, 0.95)).toEqual(kept(0.95, false));
    expect(run(fresh(halved), 1, 2, 0.95 + 1e-6)).toEqual(pruned);
    expect(run(fresh(halved), 0, 1, 1)).toEqual(kept(1, false));
    const e = fresh(halved);
    expect(run(e, 0, 0)).toEqual(kept(0.85, true));
    expect(run(e, 0, 0, 0.85)).toEqual(kept(0.85, true));
    expect(run(e, 0, 0, 0.85 + 1e-6)).toEqual(pruned);
  });
});
