import {
  againstBaseline,
  assessWageValue,
  backtest,
  blockingPairs,
  carveAll,
  carvedJobWage,
  carveJob,
  checkDisplacement,
  compareCapabilities,
  compareJob,
  createLedger,
  createMatcher,
  decomposeVacancy,
  employerEconomics,
  estimateWageValue,
  extraJobs,
  fmlIssues,
  forecastQuota,
  forecastSeries,
  generateRegion,
  hasPriority,
  instrumentsFor,
  isValidationError,
  jobsFromHours,
  mase,
  matchOccupation,
  maxHoursFromProfile,
  minimumWageOn,
  NATIONAL_REALISATIONS,
  parseCandidates,
  parseEmployers,
  parseRegion,
  parseVacancies,
  planOn,
  safeParseCandidates,
  safeParseEmployers,
  safeParseRegion,
  safeParseVacancies,
  smape,
  solveAssignment,
  solveBundle,
  solveSparseAssignment,
  stableMatch,
  TARGET_PLANS,
  validateTargetPlan,
  wageCostSubsidy,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAll, compileDemands, compileProfiles } from '../../src/capability/index.js';
import { nelderMead } from '../../src/quota/index.js';
import { codeOf } from '../helpers/errors.js';
import { clonePlain, expectSafe, mutate, mutation, pathsOf, weird } from './harness.js';

// Bad input at every public entry: the only error that escapes is a BanenmatchError with a code,
// and no NaN leaves the library. Each entry is fuzzed twice: one argument replaced by an arbitrary
// value, and a valid call with one field replaced, deleted, emptied or duplicated (duplicate ids).

const region = generateRegion({ seed: 7, candidates: 4, vacancies: 5 });
const candidate = region.candidates[0]!;
const vacancy = region.vacancies[0]!;
const tasks = vacancy.tasks ?? [];
const plan = TARGET_PLANS.gooiEnVechtstreek2015;
const observed = [
  { year: 2016, market: 40, government: 10 },
  { year: 2017, market: 90, government: 25 },
  { year: 2018, market: 130, government: 30 },
  { year: 2019, market: 170, government: 42 },
];
const series = NATIONAL_REALISATIONS.map((r) => r.market);
const measurement = (share: number) => ({ share, tempo: 0.8, quality: 0.9, netTime: 0.95, name: 'x' });

// FUZZ_SCALE=10 multiplies every run count for a deeper search (fast-check's FC_SEED replays a failure).
const scale = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number): number => Math.max(1, Math.round(n * scale));

interface Entry {
  name: string;
  args: readonly unknown[];
  call: (...args: unknown[]) => unknown;
  runs?: number;
}

// biome-ignore lint/suspicious/noExplicitAny: the fuzzer calls each entry with arbitrary values on purpose
type AnyFn = (...args: any[]) => unknown;
const entry = (name: string, fn: AnyFn, args: readonly unknown[], runs?: number): Entry => ({
  name,
  args,
  call: (...a) => fn(...a),
  ...(runs === undefined ? {} : { runs }),
});

const entries: Entry[] = [
  entry('parseCandidates', parseCandidates, [region.candidates]),
  entry('parseVacancies', parseVacancies, [region.vacancies]),
  entry('parseEmployers', parseEmployers, [region.employers]),
  entry('parseRegion', parseRegion, [region]),
  entry('safeParseCandidates', safeParseCandidates, [region.candidates]),
  entry('safeParseVacancies', safeParseVacancies, [region.vacancies]),
  entry('safeParseEmployers', safeParseEmployers, [region.employers]),
  entry('safeParseRegion', safeParseRegion, [region]),
  entry('compareCapabilities', compareCapabilities, [
    { 'IV.13': 2, 'I.8': 1 },
    { 'IV.13': 1, 'I.8': [1, 2] },
    { jobHoursPerWeek: 32, jobHoursPerDay: 8, daysPerWeek: 4 },
  ]),
  entry('compareJob', compareJob, [
    candidate.capabilities,
    tasks.map((t) => ({ id: t.id, hoursPerWeek: t.hoursPerWeek, demands: t.demands })),
    { taskIds: [tasks[0]!.id], hoursPerWeek: 24, hoursPerDay: 6, daysPerWeek: 4 },
  ]),
  entry('fmlIssues', fmlIssues, [candidate.capabilities, 'profile']),
  entry('maxHoursFromProfile', maxHoursFromProfile, [{ 'VI.3': 2, 'VI.2': 1 }]),
  entry('compileProfiles', compileProfiles, [region.candidates.map((c) => c.capabilities)]),
  entry('compileDemands', compileDemands, [
    tasks.map((t) => ({ demands: t.demands, jobHoursPerWeek: vacancy.hoursPerWeek })),
  ]),
  entry('assessWageValue', assessWageValue, [
    { tasks: [measurement(0.6), measurement(0.4)], hoursPerWeek: 32, daysPerWeek: 4 },
  ]),
  entry('estimateWageValue', estimateWageValue, [
    candidate,
    [
      { kind: 'shelf-stocking', hoursPerWeek: 16 },
      { kind: 'cleaning', hoursPerWeek: 8 },
    ],
    { rules: {} },
  ]),
  entry('wageCostSubsidy', wageCostSubsidy, [
    { wageValue: 0.6, hoursPerWeek: 36, date: '2026-01-01', flatRate: false, rules: {} },
  ]),
  entry('instrumentsFor', instrumentsFor, [
    candidate,
    { hoursPerWeek: 24, wagePerHour: 15, contractMonths: 12, sector: 'market', tasks: [] },
    '2026-01-01',
    { rules: {} },
  ]),
  entry('employerEconomics', employerEconomics, [
    candidate,
    { hoursPerWeek: 24, wagePerHour: 15, contractMonths: 12, sector: 'market' },
    '2026-01-01',
    {},
  ]),
  entry('minimumWageOn', minimumWageOn, ['2026-01-01']),
  entry(
    'carveJob',
    carveJob,
    [candidate, region.vacancies, { minHours: 12, maxHours: 32, resolution: 0.5 }],
    40,
  ),
  entry('carveAll', carveAll, [region.candidates, region.vacancies, { minHours: 12 }], 40),
  entry('decomposeVacancy', decomposeVacancy, [vacancy, { maxRelativeDistance: 0.3 }]),
  entry('matchOccupation', matchOccupation, ['schoonmaker', { maxRelativeDistance: 0.3 }]),
  entry('solveBundle', solveBundle, [
    {
      items: [
        { hours: 4, value: 1, group: 0 },
        { hours: 8, value: 2, group: 1 },
        { hours: 6, value: 1.5, group: 1 },
      ],
      minHours: 4,
      maxHours: 12,
      resolution: 0.5,
    },
  ]),
  entry('solveAssignment', solveAssignment, [
    [
      [1, 2, 3],
      [4, 5, Number.POSITIVE_INFINITY],
    ],
    { maximize: false, duals: true },
  ]),
  entry('solveAssignment (flat)', solveAssignment, [
    { rows: 2, cols: 2, data: new Float64Array([1, 2, 3, 4]) },
    { maximize: true },
  ]),
  entry('solveSparseAssignment', solveSparseAssignment, [
    { rows: 2, cols: 3, offsets: [0, 2, 3], targets: [0, 2, 1], weights: [1, 2, 3] },
    {},
  ]),
  entry('stableMatch', stableMatch, [
    {
      candidatePrefs: [[0, 1], [1, 0], [0]],
      vacancyPrefs: [
        [0, 1, 2],
        [1, 0],
      ],
      capacities: [1, 2],
    },
    { proposing: 'vacancies' },
  ]),
  entry('blockingPairs', blockingPairs, [
    {
      candidatePrefs: [[0, 1], [1, 0], [0]],
      vacancyPrefs: [
        [0, 1, 2],
        [1, 0],
      ],
      capacities: [1, 2],
    },
    [0, 1, -1],
  ]),
  entry('jobsFromHours', jobsFromHours, [25.5, 25.5]),
  entry('extraJobs', extraJobs, [
    [
      { sector: 'market', hoursPerWeek: 20, probability: 0.5 },
      { sector: 'government', hoursPerWeek: 30 },
    ],
    { unitHours: 25.5 },
  ]),
  entry('forecastSeries', forecastSeries, [series, { horizon: 2, levels: [0.8], model: 'auto' }], 30),
  entry('backtest', backtest, [series, { horizon: 1, models: ['naive', 'drift'], minTrain: 4 }], 30),
  entry('forecastQuota', forecastQuota, [{ plan, observed, seed: 1, paths: 40, levels: [0.8] }], 30),
  entry('validateTargetPlan', validateTargetPlan, [plan, { shareTolerance: 0.05 }]),
  entry('mase', mase, [
    [3, 4],
    [3.5, 4.5],
    [1, 2, 3],
  ]),
  entry('smape', smape, [[3, 4], [3.5, 4.5], 1]),
  // Issue 23: the covenant's rules.
  entry('hasPriority', hasPriority, [
    { targetGroup: 'wsw', priority: false, wswWaitingList: true },
    '2015-06-01',
    [
      {
        id: 'r',
        from: '2015-01-01',
        to: '2016-12-31',
        targetGroups: ['wajong'],
        wswWaitingList: true,
        source: 'x',
      },
    ],
  ]),
  entry('againstBaseline', againstBaseline, [
    createLedger([
      {
        id: 'b',
        candidateId: 'c1',
        sector: 'market',
        hoursPerWeek: 25.5,
        start: '2012-01-01',
        end: '2014-06-30',
      },
      { id: 'n', candidateId: 'c2', sector: 'government', hoursPerWeek: 12.75, start: '2013-03-01' },
    ]),
    { date: '2012-12-31', market: 3, government: 1 },
    '2014-12-31',
    { unitHours: 25.5 },
  ]),
  entry('planOn', planOn, [
    {
      ...plan,
      revisions: [
        { review: '2016-10', effective: '2017-01-01', years: [{ year: 2018, market: 1, government: 2 }] },
      ],
    },
    '2018-01-01',
  ]),
  entry('carvedJobWage', carvedJobWage, [
    'schoonmaker',
    '2026-01-01',
    [{ occupation: 'cleaner', cao: 'c', scale: 'A', wagePerHour: 16, validFrom: '2025-01-01' }],
  ]),
  entry('checkDisplacement', checkDisplacement, [
    region.vacancies,
    [{ employerId: vacancy.employerId, freedHours: [{ vacancyId: vacancy.id, hoursPerWeek: 4 }] }],
    { filled: { [vacancy.id]: 0 } },
  ]),
  entry('generateRegion', generateRegion, [{ seed: 3, candidates: 3, vacancies: 3, name: 'x' }], 15),
];

describe('fuzz: every public entry point', () => {
  for (const e of entries) {
    it(`${e.name}: the valid call works and returns no NaN`, () => {
      expect(() => expectSafe(e.name, () => e.call(...e.args))).not.toThrow();
    });

    it(`${e.name}: one argument replaced by an arbitrary value`, () => {
      fc.assert(
        fc.property(fc.nat(e.args.length - 1), weird, (i, value) => {
          const args = [...e.args];
          args[i] = value;
          expectSafe(e.name, () => e.call(...args));
        }),
        { numRuns: runs(e.runs ?? 60) },
      );
    });

    it(`${e.name}: every field set to a value that cannot become a primitive`, () => {
      // Comparing such a value (`x > 0`) throws a TypeError unless its type is checked first.
      for (const value of [{ toString: {} }, Object.create(null) as object]) {
        const paths = pathsOf(clonePlain([...e.args])).slice(0, 400);
        for (let pick = 0; pick < paths.length; pick++) {
          const { args } = mutate(e.args, { pick, op: 'set', value });
          expectSafe(e.name, () => e.call(...args));
        }
      }
    });

    it(`${e.name}: a valid call with one field mutated`, () => {
      fc.assert(
        fc.property(mutation, (m) => {
          const { args } = mutate(e.args, m);
          expectSafe(e.name, () => e.call(...args));
        }),
        { numRuns: runs(e.runs ?? 100) },
      );
    });
  }

  it('safeParse* never throw, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(weird, fc.anything()), (value) => {
        for (const f of [safeParseCandidates, safeParseVacancies, safeParseEmployers, safeParseRegion]) {
          const r = f(value);
          expect(typeof r.success).toBe('boolean');
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it('checkAll: wrong compiled inputs or options', () => {
    const profiles = compileProfiles(region.candidates.map((c) => c.capabilities));
    const demands = compileDemands(tasks.map((t) => ({ demands: t.demands })));
    fc.assert(
      fc.property(fc.nat(2), weird, (i, value) => {
        const args: unknown[] = [profiles, demands, { out: new Uint8Array(4 * tasks.length) }];
        args[i] = value;
        expectSafe('checkAll', () => (checkAll as AnyFn)(...args));
      }),
      { numRuns: runs(60) },
    );
  });

  it('nelderMead: bad start, options and an objective returning NaN', () => {
    const f = (x: Float64Array) => (x[0]! - 1) ** 2 + (x[1]! + 2) ** 2;
    const valid = [
      f,
      [0, 0],
      { lower: [-5, -5], upper: [5, 5], step: 0.5, maxIterations: 200, tolerance: 1e-8, xTolerance: 1e-8 },
    ];
    fc.assert(
      fc.property(mutation, (m) => {
        const { args } = mutate(valid, m);
        // A start of thousands of coordinates is valid but costs O(n²) per iteration: not a fuzz case.
        fc.pre(!(Array.isArray(args[1]) && args[1].length > 50));
        expectSafe('nelderMead', () => (nelderMead as AnyFn)(...args));
      }),
      { numRuns: runs(100) },
    );
    expectSafe('nelderMead', () => nelderMead(() => Number.NaN, [0, 0], { maxIterations: 50 }));
  });
});

// The matcher (src/scoring) and assign (src/placement) are fuzzed on their input contract only: a
// whole argument of the wrong type still escapes as a TypeError there (listed in the reliability report).
describe('fuzz: createMatcher on its input contract', () => {
  const valid = [{ candidates: region.candidates, vacancies: region.vacancies }];
  it('a valid region with one field mutated', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const { args } = mutate(valid, m, 2);
        const matcher = expectSafe('createMatcher', () => (createMatcher as AnyFn)(...args)) as
          | ReturnType<typeof createMatcher>
          | undefined;
        if (matcher !== undefined) expectSafe('rankAll', () => matcher.rankAll({ k: 3 }));
      }),
      { numRuns: runs(40) },
    );
  });
});

function issuesOf(run: () => unknown): { path: readonly (string | number)[]; code: string }[] {
  try {
    run();
  } catch (e) {
    if (isValidationError(e)) return e.issues.map((i) => ({ path: i.path, code: i.code }));
    throw e;
  }
  return [];
}

// Each case was a TypeError or a NaN found by the fuzzer above; now a coded error at the public entry.
describe('fuzz findings, fixed at the entry', () => {
  const g =
    (f: AnyFn, ...args: unknown[]) =>
    () =>
      f(...args);

  it('capability: non-object profiles and job hours, non-array task lists, task hours NaN', () => {
    expect(issuesOf(g(compareCapabilities, null, {}))).toEqual([{ path: ['profile'], code: 'invalid_type' }]);
    expect(issuesOf(g(compareCapabilities, {}, {}, null))).toEqual([{ path: ['job'], code: 'invalid_type' }]);
    expect(issuesOf(g(compareJob, {}, [{ id: 't', hoursPerWeek: Number.NaN, demands: {} }]))).toEqual([
      { path: ['tasks', 0, 'hoursPerWeek'], code: 'invalid_hours' },
    ]);
    expect(codeOf(g(compareJob, {}, 0))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(maxHoursFromProfile, null))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(compileProfiles, {}))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(compileDemands, [null]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(checkAll, {}, {}))).toBe('INVALID_ARGUMENT');
  });

  it('wage value: missing inputs, non-string names and kinds, an hours figure beyond a week', () => {
    expect(codeOf(g(assessWageValue, undefined))).toBe('INVALID_ARGUMENT');
    expect(issuesOf(g(assessWageValue, { tasks: [{ ...measurement(1), name: Number.NaN }] }))).toEqual([
      { path: ['tasks', 0, 'name'], code: 'invalid_type' },
    ]);
    expect(codeOf(g(wageCostSubsidy, undefined))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(instrumentsFor, null, { hoursPerWeek: 24 }, '2026-01-01'))).toBe('INVALID_ARGUMENT');
    // 1e308 hours made the cost per productive hour Infinity / Infinity = NaN
    expect(issuesOf(g(employerEconomics, candidate, { hoursPerWeek: 1e308 }, '2026-01-01'))).toEqual([
      { path: ['hoursPerWeek'], code: 'out_of_range' },
    ]);
  });

  it('carving: candidates and vacancies checked against the input contract', () => {
    expect(codeOf(g(carveAll, 0, region.vacancies))).toBe('VALIDATION');
    const dup = [...region.candidates, region.candidates[0]];
    expect(issuesOf(g(carveAll, dup, region.vacancies)).map((i) => i.code)).toContain('duplicate_id');
    expect(issuesOf(g(decomposeVacancy, { ...vacancy, hoursPerWeek: Number.NaN }))[0]?.path).toEqual([
      'vacancy',
      'hoursPerWeek',
    ]);
    expect(codeOf(g(matchOccupation, 42))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(solveBundle, { items: [], minHours: 0, maxHours: 1e308 }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(solveBundle, { items: [null], minHours: 0, maxHours: 8 }))).toBe('INVALID_ARGUMENT');
  });

  it('assignment: null options and a non-array matching', () => {
    expect(codeOf(g(solveAssignment, [[1]], null))).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(g(solveSparseAssignment, { rows: 0, cols: 0, offsets: [0], targets: [], weights: [] }, null)),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(stableMatch, { candidatePrefs: [], vacancyPrefs: [] }, null))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(blockingPairs, { candidatePrefs: [], vacancyPrefs: [] }, null))).toBe('INVALID_ARGUMENT');
  });

  it('quota: NaN accuracy, overflowing counts, a constant backtest, bad optimiser options', () => {
    expect(codeOf(g(mase, [1], [1], [1, 2], Number.NaN))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(mase, [Number.NaN], [1], [1, 2]))).toBe('NAN_INPUT');
    expect(codeOf(g(smape, [1], [1], Number.POSITIVE_INFINITY))).toBe('INVALID_ARGUMENT');
    const huge = [{ year: 2016, market: 1e308, government: 10 }, ...observed.slice(1)];
    expect(codeOf(g(forecastQuota, { plan, observed: huge, paths: 10 }))).toBe('VALIDATION');
    // every origin's training data constant: MASE undefined (was a NaN summary)
    expect(codeOf(g(backtest, [5, 5, 5, 5, 5, 5], { horizon: 1, models: ['naive'], minTrain: 4 }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(g(backtest, series, { horizon: 1, models: 0 }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(forecastSeries, series, { horizon: 1, levels: 0 }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(nelderMead, 'f', [0]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(nelderMead, () => 0, [0], { upper: [Number.NaN] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(extraJobs, null))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(validateTargetPlan, plan, null))).toBe('INVALID_ARGUMENT');
    expect(codeOf(g(generateRegion, null))).toBe('INVALID_ARGUMENT');
  });
});
