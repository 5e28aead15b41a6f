import {
  type Candidate,
  createMatcher,
  generateRegion,
  type Match,
  type Matcher,
  type MatcherOptions,
  type Vacancy,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReferenceResult, referenceContext, referenceScore } from '../../src/scoring/reference/index.js';

// The matcher (the fast engine) against the reference scorer (the slow, readable one built from the
// library's public modules): for every pair, excluded or not, the score, each component, the job's
// tasks and hours, and whether the pair is ranked (minScore).

/** Pairs skipped as the engine's known carving tie-break (see `carvedTieBreak`), for the report. */
const ties = { count: 0 };

/** The candidate's productive hours on some of a vacancy's tasks (hours × wage value): carving's objective. */
function productive(c: Candidate, v: Vacancy, taskIds: readonly string[]): number {
  let sum = 0;
  for (const t of v.tasks ?? [])
    if (taskIds.includes(t.id)) sum += t.hoursPerWeek * (c.wageValue ?? c.taskPerformance?.[t.kind] ?? 0.5);
  return sum;
}

/**
 * Two bundles of the same hours and the same productive hours: the engine (the smaller subset mask)
 * and the kernel (its knapsack's order) may pick either. Only such pairs are skipped; a tie in value
 * at different hours must agree (both take the fewer hours), as must every other pair.
 */
function carvedTieBreak(engine: Match, ref: ReferenceResult, c: Candidate, v: Vacancy): boolean {
  if (engine.job === 'full' || ref.job === undefined || ref.job.kind !== 'carved') return false;
  const mine = engine.job.tasks.map((t) => t.taskId);
  const theirs = ref.job.tasks.map((t) => t.taskId);
  if (mine.join() === theirs.join() || engine.job.hoursPerWeek !== ref.job.hoursPerWeek) return false;
  return Math.abs(productive(c, v, mine) - productive(c, v, theirs)) <= 1e-9;
}

/** Every pair of the matcher scored both ways; the reference results, for the caller's own checks. */
function expectAgreement(matcher: Matcher): ReferenceResult[] {
  const context = referenceContext(matcher.vacancies, matcher.options);
  const out: ReferenceResult[] = [];
  for (const c of matcher.candidates) {
    const ranked = new Set(matcher.rank(c.id, { k: matcher.vacancies.length }).map((m) => m.vacancyId));
    for (const v of matcher.vacancies) {
      const engine = matcher.score(c.id, v.id);
      const ref = referenceScore(context, c, v);
      const pair = `${c.id} × ${v.id}`;
      expect(engine.excluded, pair).toBe(ref.excluded);
      out.push(ref);
      if (!engine.excluded && carvedTieBreak(engine, ref, c, v)) {
        ties.count++;
        continue;
      }
      expect(ranked.has(v.id), pair).toBe(ref.ranked);
      if (engine.excluded) {
        expect(ref.shutBy, pair).toBeDefined();
        continue;
      }
      const job = ref.job!;
      expect(engine.score, pair).toBeCloseTo(ref.score, 12);
      for (const comp of engine.components)
        expect(comp.value, `${pair} ${comp.name}`).toBeCloseTo(job.components[comp.name], 12);
      expect(engine.hoursPerWeek, pair).toBe(job.hoursPerWeek);
      expect(engine.distanceKm, pair).toBeCloseTo(ref.distanceKm, 9);
      if (engine.job === 'full') expect(job.kind, pair).toBe('full');
      else {
        expect(job.kind, pair).not.toBe('full');
        expect(
          engine.job.tasks.map((t) => [t.taskId, t.hoursPerWeek]),
          pair,
        ).toEqual(job.tasks.map((t) => [t.taskId, t.hoursPerWeek]));
      }
    }
  }
  return out;
}

describe('reference scorer against the matcher on generated regions', () => {
  it('a fixed region: every outcome occurs, and the engine equals the reference on all 600 pairs', () => {
    const results = expectAgreement(
      createMatcher(generateRegion({ seed: 21, candidates: 20, vacancies: 30 })),
    );
    const codes = new Set(results.map((r) => r.shutBy ?? r.carving));
    // The region exercises each hard rule and each way of finding a job.
    for (const code of [
      'commute',
      'capability',
      'qualification',
      'hours',
      'whole',
      'carved',
      'reduced-hours',
    ])
      expect(codes, code).toContain(code);
  });

  it('property: small regions under varied options', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.record({
          minScore: fc.constantFrom(0, 0.45, 0.6),
          carving: fc.constantFrom(false as const, { minHours: 12 }, { minHours: 6 }),
          carvedFactor: fc.constantFrom(0.85, 1),
          weights: fc.constantFrom(
            {},
            { capability: 1, skills: 0, commute: 2, hours: 0.5, economics: 0, preferences: 1 },
          ),
        }),
        (seed, options: MatcherOptions) => {
          expectAgreement(createMatcher(generateRegion({ seed, candidates: 6, vacancies: 10 }), options));
        },
      ),
      { numRuns: 12 },
    );
  });
});

const KINDS = ['cleaning', 'dishwashing', 'packing', 'filing'] as const;
const SKILLS = ['schoonmaken', 'afwassen', 'inpakken', 'archiveren', 'heftruckcertificaat'];
const DIPLOMAS = ['MBO-2 logistiek', 'heftruckcertificaat'];

/** Small FML maps on items with every kind of rule: ordinal, flag, nominal, conditions, hours. */
const profileArb = fc.record(
  {
    'IV.13': fc.integer({ min: 0, max: 3 }),
    'I.9': fc.integer({ min: 0, max: 2 }),
    'II.10': fc.integer({ min: 0, max: 1 }),
    'III.1': fc.subarray([1, 2], { minLength: 1 }),
    'I.8': fc.subarray([1, 2, 7], { minLength: 1 }),
    'V.1': fc.integer({ min: 0, max: 3 }),
    'VI.2': fc.integer({ min: 0, max: 4 }),
    'VI.3': fc.integer({ min: 0, max: 4 }),
  },
  { requiredKeys: [] },
);
const demandsArb = fc.record(
  {
    'IV.13': fc.integer({ min: 0, max: 3 }),
    'I.9': fc.integer({ min: 0, max: 2 }),
    'II.10': fc.integer({ min: 0, max: 1 }),
    'III.1': fc.subarray([1, 2]),
    'I.8': fc.subarray([1, 2, 7]),
  },
  { requiredKeys: [] },
);
const near = (d: number) => fc.double({ min: -d, max: d, noNaN: true });

const candidateArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    targetGroup: fc.constantFrom('wajong', 'participatiewet', 'beschut', 'other'),
    home: fc.record({ lat: near(0.1).map((d) => 52.2 + d), lon: near(0.1).map((d) => 5.2 + d) }),
    maxCommuteKm: fc.option(fc.constantFrom(0, 3, 8, 20), { nil: undefined }),
    hoursPerWeek: fc
      .tuple(fc.constantFrom(0, 6, 12, 16, 24), fc.constantFrom(4, 8, 12, 16, 20, 24, 30, 36, 40))
      .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
    capabilities: profileArb,
    skills: fc.subarray(SKILLS),
    qualifications: fc.subarray(DIPLOMAS),
    taskPerformance: fc.option(fc.dictionary(fc.constantFrom(...KINDS), fc.constantFrom(0, 0.4, 0.8, 1)), {
      nil: undefined,
    }),
    wageValue: fc.option(fc.constantFrom(0, 0.3, 0.7), { nil: undefined }),
    preferences: fc.record({
      sectors: fc.subarray(['market', 'government'] as const),
      occupations: fc.subarray(['schoonmaker', 'magazijnmedewerker']),
      avoidTaskKinds: fc.subarray([...KINDS], { maxLength: 2 }),
    }),
  });

const vacancyArb = (id: string) =>
  fc
    .record({
      tasks: fc.array(
        fc.record({
          kind: fc.constantFrom(...KINDS),
          hoursPerWeek: fc.constantFrom(0, 1, 2, 3.5, 4, 4, 6, 8, 8, 10.3),
          demands: demandsArb,
          skills: fc.subarray(SKILLS, { maxLength: 2 }),
          core: fc.constantFrom(false, false, false, true),
        }),
        { minLength: 1, maxLength: 5 },
      ),
      slack: fc.constantFrom(0, 0, 0.25, -0.45, 0.45),
      sector: fc.constantFrom('market', 'government'),
      occupation: fc.constantFrom('schoonmaker', 'magazijnmedewerker', 'afwasser'),
      location: fc.record({ lat: near(0.1).map((d) => 52.2 + d), lon: near(0.1).map((d) => 5.2 + d) }),
      carvable: fc.constantFrom(true, true, true, false),
      qualification: fc.option(fc.constantFrom(...DIPLOMAS), { nil: undefined }),
      wagePerHour: fc.option(fc.constantFrom(0, 15, 30), { nil: undefined }),
      skills: fc.subarray(SKILLS, { maxLength: 2 }),
    })
    .map(({ tasks, slack, ...v }) => {
      const sum = tasks.reduce((s, t) => s + t.hoursPerWeek, 0);
      return {
        ...v,
        id,
        employerId: `e-${id}`,
        hoursPerWeek: Math.max(0.25, sum + slack),
        tasks: tasks.map((t, a) => ({ ...t, id: `${id}-t${a + 1}` })),
      };
    });

describe('reference scorer against the matcher on hand-made pairs', () => {
  it('property: random small FML profiles, tasks, hours, preferences, diplomas and wages', () => {
    fc.assert(
      fc.property(
        fc.tuple(candidateArb('c1'), candidateArb('c2'), candidateArb('c3')),
        fc.tuple(vacancyArb('v1'), vacancyArb('v2'), vacancyArb('v3')),
        fc.record({
          minScore: fc.constantFrom(0, 0.5),
          carving: fc.constantFrom(false as const, { minHours: 12 }, { minHours: 4 }),
        }),
        (candidates, vacancies, options: MatcherOptions) => {
          expectAgreement(createMatcher({ candidates, vacancies }, options));
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) },
    );
  });
});

/** A vacancy of one employer near home, its tasks given. */
function vacancy(id: string, hoursPerWeek: number, tasks: Record<string, unknown>[], extra = {}) {
  return {
    id,
    employerId: 'e1',
    sector: 'market',
    occupation: 'schoonmaker',
    location: { lat: 52.2, lon: 5.2 },
    hoursPerWeek,
    tasks: tasks.map((t, a) => ({ id: `${id}-t${a + 1}`, kind: 'cleaning', ...t })),
    ...extra,
  };
}
function candidate(id: string, extra = {}) {
  return {
    id,
    targetGroup: 'participatiewet',
    home: { lat: 52.2, lon: 5.2 },
    hoursPerWeek: { min: 0, max: 40 },
    ...extra,
  };
}

describe('reference scorer against the matcher on edge pairs', () => {
  it('more than 16 carvable tasks (the engine hands them to the bundle kernel), at home with a 0 km limit', () => {
    const tasks = Array.from({ length: 18 }, (_x, a) => ({
      kind: a % 3 === 0 ? 'packing' : a % 3 === 1 ? 'filing' : 'cleaning',
      hoursPerWeek: 1 + (a % 4) * 0.75,
    }));
    const hours = tasks.reduce((s, t) => s + t.hoursPerWeek, 0);
    const c = candidate('c1', {
      maxCommuteKm: 0,
      hoursPerWeek: { min: 12, max: 15 },
      taskPerformance: { packing: 0.9, filing: 0.35 },
    });
    const results = expectAgreement(
      createMatcher({ candidates: [c], vacancies: [vacancy('v1', hours, tasks)] }),
    );
    expect(results[0]).toMatchObject({ excluded: false, carving: 'carved', verdicts: [{ code: 'hours' }] });
    expect(results[0]!.job!.tasks.length).toBeGreaterThan(4);
  });

  it('verdicts name the rule, the FML item and the task, with figures and no words', () => {
    const c = candidate('c1', {
      maxCommuteKm: 5,
      capabilities: { 'IV.13': 2, 'VI.3': 3 },
      hoursPerWeek: { min: 0, max: 32 },
    });
    const far = vacancy('v-far', 8, [{ hoursPerWeek: 8 }], { location: { lat: 52.3, lon: 5.2 } });
    const heavy = vacancy('v-heavy', 24, [{ hoursPerWeek: 24, demands: { 'IV.13': 1 }, core: true }], {
      qualification: 'heftruckcertificaat',
    });
    const results = expectAgreement(createMatcher({ candidates: [c], vacancies: [far, heavy] }));
    expect(results[0]!.shutBy).toBe('commute');
    expect(results[0]!.verdicts[0]).toMatchObject({ code: 'commute', limitKm: 5 });
    expect((results[0]!.verdicts[0] as { overKm: number }).overKm).toBeCloseTo(11.12 - 5, 1);
    expect(results[1]!.shutBy).toBe('capability');
    expect(results[1]!.verdicts).toEqual([
      { code: 'capability', exceedances: [{ taskId: 'v-heavy-t1', itemId: 'IV.13', rule: 'level' }] },
      { code: 'qualification', asked: 'heftruckcertificaat', coreTaskIds: ['v-heavy-t1'] },
      { code: 'hours', jobHours: 24, maxHours: 20, limitBy: 'VI.3', overHours: 4 },
    ]);
    expect(results[1]!.carving).toBe('no-bundle');
  });

  // Engine bug (issue 21, one rule for carving): with at most 16 eligible tasks the matcher enumerates
  // subsets itself and breaks ties in productive hours by the smaller subset mask; `carveJob`'s bundle
  // kernel (which the matcher itself calls above 16 tasks) takes the fewest hours first. Here packing
  // 4 h × 0.5 and cleaning 2 h × 1.0 are worth 2 productive hours each: the matcher carved packing
  // (4 h), `carveJob` cleaning (2 h), until `carveWithin` took the fewer hours among equal values.
  it('a carving tie in value goes to the fewer hours, as carveJob breaks it', () => {
    const c = candidate('c1', {
      hoursPerWeek: { min: 2, max: 4 },
      taskPerformance: { packing: 0.5, cleaning: 1 },
    });
    const v = vacancy('v1', 6, [
      { kind: 'packing', hoursPerWeek: 4 },
      { kind: 'cleaning', hoursPerWeek: 2 },
    ]);
    const matcher = createMatcher({ candidates: [c], vacancies: [v] });
    const engine = matcher.score('c1', 'v1') as Match;
    const ref = referenceScore(
      referenceContext(matcher.vacancies, matcher.options),
      matcher.candidates[0]!,
      matcher.vacancies[0]!,
    );
    expect(ref.job!.tasks.map((t) => t.taskId)).toEqual(['v1-t2']);
    expect(engine.job === 'full' ? [] : engine.job.tasks.map((t) => t.taskId)).toEqual(['v1-t2']);
  });

  // The whole vacancy offered at the candidate's most hours is told apart from a carved job by what
  // the evaluation did, not by comparing hours: a vacancy of 8.5 h whose tasks add up to 8 h (within
  // the 0.5 h tolerance), for a qualified candidate who can work 8 h, was reported as a carved job with
  // 8 freed hours (a "gecreëerde baan" holding the core task), and `reducedFromHoursPerWeek` was the
  // tasks' sum, not the vacancy's hours.
  it('the whole vacancy at fewer hours is reported as such, from the vacancy’s hours', () => {
    const c = candidate('c1', { hoursPerWeek: { min: 0, max: 8 }, qualifications: ['heftruckcertificaat'] });
    const v = vacancy(
      'v1',
      8.5,
      [
        { kind: 'packing', hoursPerWeek: 4, core: true },
        { kind: 'cleaning', hoursPerWeek: 4 },
      ],
      { qualification: 'heftruckcertificaat' },
    );
    const matcher = createMatcher({ candidates: [c], vacancies: [v] });
    const engine = matcher.score('c1', 'v1') as Match;
    const ref = referenceScore(
      referenceContext(matcher.vacancies, matcher.options),
      matcher.candidates[0]!,
      matcher.vacancies[0]!,
    );
    expect(ref.job).toMatchObject({
      kind: 'reduced-hours',
      reducedFromHoursPerWeek: 8.5,
      freedHoursPerWeek: 0,
    });
    expect(engine.job).toMatchObject({ kind: 'carved', reducedFromHoursPerWeek: 8.5, freedHoursPerWeek: 0 });
  });
});

describe('reference scorer against the matcher past the masked demand classes', () => {
  it('more than 64 demand classes: shapes with a later class are decided task by task, the rest by masks', () => {
    // 70 vacancies, each with two tasks of their own FML demands (140 classes), every third one not
    // carvable, so both the masks (classes 0–63) and the task-by-task check (64 on) decide shapes, in
    // the scan of `rank` and in `score`.
    const demands = (n: number) => ({
      'IV.13': n % 4,
      'I.9': Math.floor(n / 4) % 3,
      'II.10': Math.floor(n / 12) % 2,
      'I.8': [1, 2, 7].filter((_c, b) => (Math.floor(n / 24) >> b) & 1),
    });
    const vacancies = Array.from({ length: 70 }, (_x, v) =>
      vacancy(
        `v${v}`,
        18,
        [
          { hoursPerWeek: 6, demands: demands(2 * v) },
          { hoursPerWeek: 12, demands: demands(2 * v + 1), kind: 'packing' },
        ],
        { carvable: v % 3 !== 0 },
      ),
    );
    const candidates = [
      candidate('c1'),
      candidate('c2', { capabilities: { 'IV.13': 2 } }),
      candidate('c3', { capabilities: { 'IV.13': 1, 'I.9': 1, 'I.8': [2] } }),
      candidate('c4', { capabilities: { 'IV.13': 3, 'II.10': 1 }, hoursPerWeek: { min: 4, max: 12 } }),
    ];
    const results = expectAgreement(createMatcher({ candidates, vacancies }));
    const codes = new Set(results.map((r) => r.shutBy ?? r.carving));
    for (const code of ['capability', 'whole', 'carved']) expect(codes, code).toContain(code);
  });
});
