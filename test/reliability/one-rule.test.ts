/**
 * One rule for errors (issue 21): a bad option is `INVALID_ARGUMENT` naming the option from every
 * entry point that takes it; bad records are a `ValidationError` (`VALIDATION`) with paths, and every
 * issue code is one of the closed union `ValidationIssueCode`.
 */
import { readFileSync } from 'node:fs';
import {
  addPlacement,
  againstBaseline,
  assign,
  assignInParallel,
  backtest,
  carveAll,
  carveJob,
  caseloadGaps,
  checkDisplacement,
  createLedger,
  createMatcher,
  createRunRecord,
  decomposeVacancy,
  employerEconomics,
  estimateWageValue,
  extraJobs,
  extraJobsAt,
  extraJobsByQuarter,
  extraJobsByYear,
  fairnessAudit,
  findOccupation,
  forecastQuota,
  fromJobPosting,
  generateRegion,
  instrumentsFor,
  isBanenmatchError,
  isValidationError,
  marketAnalysis,
  matchOccupation,
  NATIONAL_REALISATIONS,
  parseCandidates,
  parseLedger,
  progressReport,
  pseudonymizeBsn,
  reassign,
  retention,
  safeParseCandidates,
  safeParseLedger,
  safeParseRegion,
  safeParseVacancies,
  solveAssignment,
  solveSparseAssignment,
  stableMatch,
  TARGET_PLANS,
  toObserved,
  type ValidationIssue,
  type ValidationIssueCode,
  validateTargetPlan,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { VALIDATION_ISSUE_CODES } from '../../src/errors.js';

const region = generateRegion({ seed: 5, candidates: 12, vacancies: 15 });
const matcher = createMatcher(region);
const placed = assign(matcher);
const candidate = region.candidates[0]!;
/** The built worker (the sources have none): `npm run build` first, as for the parallel tests. */
const workerUrl = new URL('../../dist/worker.js', import.meta.url);
const employerVacancies = region.vacancies.filter((v) => v.employerId === region.vacancies[0]!.employerId);

/** What `f` threw: its code and message, or 'ok'. */
async function thrown(f: () => unknown): Promise<{ code: string; message: string } | 'ok'> {
  try {
    await f();
    return 'ok';
  } catch (e) {
    expect(isBanenmatchError(e), String(e)).toBe(true);
    return { code: (e as { code: string }).code, message: (e as Error).message };
  }
}

/** `options` added to the required ones in `base`; anything but an object as it is. */
const withBase = (base: object, options: unknown): never =>
  (typeof options === 'object' && options !== null ? { ...base, ...options } : options) as never;
const report = { plan: TARGET_PLANS.national2013, observed: NATIONAL_REALISATIONS, period: '2023' };
const ledger = createLedger([
  { id: 'p1', candidateId: 'c1', sector: 'market', hoursPerWeek: 25.5, start: '2024-01-01' },
]);
const stock = { date: '2023-12-31', market: 10, government: 4 };
const job = { hoursPerWeek: 24, wagePerHour: 14.71 };
const POSTING = readFileSync(new URL('../job-posting/fixtures/gemeente-groen.json', import.meta.url), 'utf8');
const series = [21057, 22554, 36904, 51957, 61615, 66097, 72809, 81117, 85665];

/** Every entry point that takes the option, called with `options` added to a good call. */
const entries: Record<string, (options: Record<string, unknown>) => unknown> = {
  createMatcher: (o) => createMatcher(region, o as never),
  assign: (o) => assign(matcher, o as never),
  reassign: (o) => reassign(placed, matcher, o as never),
  assignInParallel: (o) => assignInParallel(region, o as never),
  'assignInParallel matcher': (o) => assignInParallel(region, { workers: 1, matcher: o } as never),
  carveJob: (o) => carveJob(candidate, employerVacancies, o as never),
  carveAll: (o) => carveAll(region.candidates, region.vacancies, o as never),
  forecastQuota: (o) =>
    forecastQuota({ plan: TARGET_PLANS.national2013, observed: NATIONAL_REALISATIONS, paths: 10, ...o }),
  createLedger: (o) => createLedger([], o as never),
  parseLedger: (o) => parseLedger([], o as never),
  safeParseLedger: (o) => safeParseLedger([], o as never),
  shortlist: (o) => matcher.shortlist(o as never),
  rankAll: (o) => matcher.rankAll(o as never),
  whyNot: (o) => matcher.whyNot(candidate.id, o as never),
  caseloadGaps: (o) => caseloadGaps(matcher, o as never),
  progressReport: (o) => progressReport(withBase(report, o)),
  fairnessAudit: (o) => fairnessAudit({ placements: [], unplaced: [] }, {}, o as never),
  'progressReport fairness': (o) => progressReport({ ...report, fairness: o as never }),
  backtest: (o) => backtest(series, withBase({ horizon: 1 }, o)),
  retention: (o) => retention(createLedger([]), withBase({ asOf: '2025-01-01' }, o)),
  marketAnalysis: (o) => marketAnalysis(region.candidates, region.vacancies, o as never),
  extraJobsAt: (o) => extraJobsAt(ledger, '2025-01-01', o as never),
  extraJobsByQuarter: (o) => extraJobsByQuarter(ledger, o as never),
  extraJobsByYear: (o) => extraJobsByYear(ledger, o as never),
  toObserved: (o) => toObserved(ledger, withBase({ frequency: 'year' }, o)),
  againstBaseline: (o) => againstBaseline(ledger, stock, '2025-01-01', o as never),
  // The opening stock is an argument of againstBaseline, checked as toObserved's option of that name.
  'againstBaseline openingStock': (o) =>
    againstBaseline(ledger, (o as { openingStock?: never }).openingStock as never, '2025-01-01'),
  addPlacement: (o) =>
    addPlacement(ledger, { ...ledger.placements[0]!, id: 'p2', candidateId: 'c2' }, o as never),
  extraJobs: (o) => extraJobs([], o as never),
  validateTargetPlan: (o) => validateTargetPlan(TARGET_PLANS.national2013, o as never),
  generateRegion: (o) => generateRegion(withBase({ candidates: 2, vacancies: 2 }, o)),
  instrumentsFor: (o) => instrumentsFor(candidate, job, '2025-01-01', o as never),
  employerEconomics: (o) => employerEconomics(candidate, job, '2025-01-01', o as never),
  estimateWageValue: (o) => estimateWageValue(candidate, undefined, o as never),
  solveAssignment: (o) =>
    solveAssignment(
      [
        [1, 2],
        [3, 4],
      ],
      o as never,
    ),
  solveSparseAssignment: (o) =>
    solveSparseAssignment({ rows: 1, cols: 1, offsets: [0, 1], targets: [0], weights: [1] }, o as never),
  stableMatch: (o) => stableMatch({ candidatePrefs: [[0]], vacancyPrefs: [[0]] }, o as never),
  'marketAnalysis matcher': (o) =>
    marketAnalysis(region.candidates, region.vacancies, { matcher: o as never }),
  findOccupation: (o) => findOccupation('schoonmaker', o as never),
  matchOccupation: (o) => matchOccupation('schoonmaker', o as never),
  // Checked also when the vacancy has tasks of its own and the options are not needed.
  decomposeVacancy: (o) => decomposeVacancy(region.vacancies[0]!, o as never),
  checkDisplacement: (o) => checkDisplacement([], [], o as never),
  fromJobPosting: (o) => fromJobPosting(POSTING, o as never),
  parseCandidates: (o) => parseCandidates([], o as never),
  safeParseRegion: (o) => safeParseRegion(region, o as never),
  pseudonymizeBsn: (o) => pseudonymizeBsn('111222333', 'a key of at least thirty-two bytes!', o as never),
  createRunRecord: (o) =>
    createRunRecord(withBase({ operation: 'assign', parameters: {}, input: [], output: [] }, o)),
};

/** A mistake, the option it is about, and the entry points that take that option. */
const mistakes: [Record<string, unknown>, string, string[]][] = [
  [
    { minScore: 2 },
    'minScore',
    [
      'createMatcher',
      'assign',
      'reassign',
      'assignInParallel',
      'assignInParallel matcher',
      'marketAnalysis matcher',
    ],
  ],
  [{ minScore: Number.NaN }, 'minScore', ['createMatcher', 'assign', 'reassign', 'assignInParallel']],
  [{ priorityFirst: 'yes' }, 'priorityFirst', ['createMatcher', 'assign', 'reassign', 'assignInParallel']],
  // A shortlist of k = 0 is empty, not a mistake; an assignment needs k ≥ 1.
  [{ k: 0 }, 'k', ['assign', 'reassign', 'assignInParallel']],
  [
    { k: 2.5 },
    'k',
    ['assign', 'reassign', 'assignInParallel', 'shortlist', 'rankAll', 'whyNot', 'caseloadGaps'],
  ],
  [{ extraKm: -1 }, 'extraKm', ['whyNot', 'caseloadGaps']],
  [{ candidateIds: 'c1' }, 'candidateIds', ['caseloadGaps']],
  [
    { date: '1-3-2015' },
    'date',
    ['createMatcher', 'assign', 'reassign', 'assignInParallel', 'carveJob', 'carveAll'],
  ],
  [
    { weights: { skills: -1 } },
    'weights.skills',
    ['createMatcher', 'assignInParallel matcher', 'marketAnalysis matcher'],
  ],
  [{ minHours: -1 }, 'minHours', ['carveJob', 'carveAll']],
  [{ maxHoursPerWeek: 0 }, 'maxHoursPerWeek', ['createLedger', 'parseLedger', 'safeParseLedger']],
  [
    { secondmentsCountAt: 'agency' },
    'secondmentsCountAt',
    ['createLedger', 'parseLedger', 'safeParseLedger'],
  ],
  [{ minGroupSize: 0 }, 'minGroupSize', ['fairnessAudit', 'progressReport fairness']],
  [{ minGroupSize: 2.5 }, 'minGroupSize', ['fairnessAudit', 'progressReport fairness']],
  [{ threshold: 1.5 }, 'threshold', ['fairnessAudit', 'progressReport fairness']],
  [{ alpha: 0 }, 'alpha', ['fairnessAudit', 'progressReport fairness']],
  [{ region: 3 }, 'region', ['progressReport']],
  [{ forecast: 'fan' }, 'forecast', ['progressReport']],
  [{ placements: 'p1' }, 'placements', ['progressReport']],
  [{ unplaced: 'c1' }, 'unplaced', ['progressReport']],
  [{ groups: { c1: 'v' } }, 'groups.c1', ['progressReport']],
  [{ gaps: { candidates: 3 } }, 'gaps', ['progressReport', 'marketAnalysis']],
  [{ topItems: -1 }, 'topItems', ['marketAnalysis']],
  [{ horizon: 0 }, 'horizon', ['backtest']],
  [{ seasonLength: 0 }, 'seasonLength', ['backtest']],
  [{ models: ['arima'] }, 'models', ['backtest']],
  [{ minTrain: 2 }, 'minTrain', ['backtest']],
  [{ combine: ['weighted'] }, 'combine', ['backtest']],
  [{ seasonal: 'sometimes' }, 'seasonal', ['backtest']],
  [{ smapeOffset: 'baseline' }, 'smapeOffset', ['backtest']],
  [{ asOf: '2025-02-30' }, 'asOf', ['retention']],
  [{ months: [0] }, 'months', ['retention']],
  [{ months: [] }, 'months', ['retention']],
  [{ scope: 'person' }, 'scope', ['retention']],
  [
    { unitHours: 0 },
    'unitHours',
    ['extraJobs', 'extraJobsAt', 'extraJobsByQuarter', 'extraJobsByYear', 'toObserved', 'againstBaseline'],
  ],
  [{ shareTolerance: -0.1 }, 'shareTolerance', ['validateTargetPlan']],
  [{ candidates: -1 }, 'candidates', ['generateRegion']],
  [{ vacancies: 2.5 }, 'vacancies', ['generateRegion']],
  [{ seed: {} }, 'seed', ['generateRegion']],
  [{ name: 3 }, 'name', ['generateRegion']],
  [{ municipalities: [] }, 'municipalities', ['generateRegion']],
  [
    { municipalities: [{ name: 'Laren', lat: 52.26, lon: 5.23, population: 0 }] },
    'municipalities[0].population',
    ['generateRegion'],
  ],
  [{ rules: 'strict' }, 'rules', ['instrumentsFor', 'employerEconomics', 'estimateWageValue']],
  [{ minimumWageTable: { 2025: 14.4 } }, 'minimumWageTable', ['instrumentsFor', 'employerEconomics']],
  [{ maximize: 'yes' }, 'maximize', ['solveAssignment']],
  [{ duals: 1 }, 'duals', ['solveAssignment']],
  [{ proposing: 'employers' }, 'proposing', ['stableMatch']],
  [{ measure: 'median' }, 'measure', ['extraJobsByQuarter', 'extraJobsByYear', 'toObserved']],
  [{ from: '2024Q5' }, 'from', ['extraJobsByQuarter', 'toObserved']],
  [{ to: 1980 }, 'to', ['extraJobsByYear']],
  [{ frequency: 'month' }, 'frequency', ['toObserved']],
  [{ baseline: { market: '12' } }, 'baseline.market', ['toObserved']],
  [
    { openingStock: { date: '2012-02-30', market: 1, government: 0 } },
    'openingStock.date',
    ['toObserved', 'againstBaseline openingStock'],
  ],
  [
    { allowBsnLikeIds: 'yes' },
    'allowBsnLikeIds',
    ['createLedger', 'parseLedger', 'safeParseLedger', 'addPlacement'],
  ],
  [
    { signal: 'stop' },
    'signal',
    [
      'createMatcher',
      'assign',
      'reassign',
      'assignInParallel',
      'carveAll',
      'forecastQuota',
      'shortlist',
      'rankAll',
      'caseloadGaps',
      'backtest',
      'generateRegion',
      'solveAssignment',
      'solveSparseAssignment',
      'stableMatch',
    ],
  ],
  [
    { onProgress: 3 },
    'onProgress',
    [
      'createMatcher',
      'assign',
      'reassign',
      'assignInParallel',
      'carveAll',
      'forecastQuota',
      'shortlist',
      'rankAll',
      'caseloadGaps',
      'backtest',
      'generateRegion',
      'solveAssignment',
      'solveSparseAssignment',
      'stableMatch',
    ],
  ],
  [{ minScore: 1.5 }, 'minScore', ['findOccupation']],
  [{ maxTypoDistance: 0.6 }, 'maxTypoDistance', ['findOccupation']],
  [{ minMargin: -0.1 }, 'minMargin', ['findOccupation']],
  [{ occupations: 'cleaner' }, 'occupations', ['findOccupation', 'matchOccupation', 'decomposeVacancy']],
  [{ occupations: [{ name: 'x' }] }, 'occupations[0]', ['findOccupation', 'matchOccupation']],
  [{ maxRelativeDistance: -1 }, 'maxRelativeDistance', ['matchOccupation', 'decomposeVacancy']],
  [{ filled: { v1: 1.5 } }, 'filled.v1', ['checkDisplacement']],
  [{ hoursFromRange: 'avg' }, 'hoursFromRange', ['fromJobPosting']],
  [{ fullTimeHours: 0 }, 'fullTimeHours', ['fromJobPosting']],
  [{ sector: 'public' }, 'sector', ['fromJobPosting']],
  [{ carvable: 'yes' }, 'carvable', ['fromJobPosting']],
  [{ encoding: 'base32' }, 'encoding', ['pseudonymizeBsn']],
  [{ operation: ' ' }, 'operation', ['createRunRecord']],
  [{ counts: { placed: -1 } }, 'counts.placed', ['createRunRecord']],
  [{ createdAt: 'yesterday' }, 'createdAt', ['createRunRecord']],
  [{ unknownFields: 'drop' }, 'unknownFields', ['parseCandidates', 'safeParseRegion']],
  [{ allowBsnLikeIds: 'yes' }, 'allowBsnLikeIds', ['parseCandidates', 'safeParseRegion']],
];

describe('one mistake, one code', () => {
  for (const [options, name, where] of mistakes) {
    it(`${JSON.stringify(options)} is INVALID_ARGUMENT naming \`${name}\` from ${where.join(', ')}`, async () => {
      for (const entry of where) {
        const got = await thrown(() => entries[entry]!(options));
        expect(got, entry).not.toBe('ok');
        if (got === 'ok') continue;
        expect(got.code, `${entry}: ${got.message}`).toBe('INVALID_ARGUMENT');
        // The option's own name, not only its parent's, where the entry names it by its path.
        expect(got.message, entry).toContain(name.split('.').pop()!);
      }
    });
  }

  it('options that are not an object are INVALID_ARGUMENT everywhere', async () => {
    for (const [entry, call] of Object.entries(entries)) {
      // forecastQuota's options hold its records.
      if (entry === 'forecastQuota') continue;
      const got = await thrown(() => call('fast' as never));
      expect(got === 'ok' ? 'ok' : got.code, entry).toBe('INVALID_ARGUMENT');
    }
  });

  it('bad records are VALIDATION with a path, from every entry point that reads records', async () => {
    const bad = { ...candidate, hoursPerWeek: -4 } as unknown as typeof candidate;
    const calls: [string, () => unknown][] = [
      ['createMatcher', () => createMatcher({ candidates: [bad], vacancies: region.vacancies })],
      [
        'assignInParallel',
        () => assignInParallel({ candidates: [bad], vacancies: region.vacancies }, { workers: 1, workerUrl }),
      ],
      ['carveJob', () => carveJob(bad, employerVacancies)],
      ['carveAll', () => carveAll([bad], region.vacancies)],
      ['addCandidate', () => createMatcher(region).addCandidate(bad)],
    ];
    for (const [entry, call] of calls) {
      try {
        await call();
        expect.unreachable(entry);
      } catch (e) {
        expect(isValidationError(e), `${entry}: ${String(e)}`).toBe(true);
        const paths = (e as { issues: ValidationIssue[] }).issues.map((i) => i.path);
        expect(
          paths.some((p) => p.includes('hoursPerWeek')),
          `${entry}: ${JSON.stringify(paths)}`,
        ).toBe(true);
      }
    }
  });
});

describe('issue codes form a closed union', () => {
  const known = new Set<string>(VALIDATION_ISSUE_CODES);
  const codesOf = (issues: readonly ValidationIssue[]) => issues.map((i) => i.code);

  it('is the type of ValidationIssue.code', () => {
    expectTypeOf<ValidationIssue['code']>().toEqualTypeOf<ValidationIssueCode>();
    expectTypeOf<'required'>().toMatchTypeOf<ValidationIssueCode>();
    expectTypeOf<'missing'>().not.toMatchTypeOf<ValidationIssueCode>();
  });

  it('every code produced for broken records, ledgers and job postings is in it', () => {
    const fixtures = ['gemeente-groen', 'onvolledig', 'schoonmaak-graph', 'supermarkt-string'].map((f) =>
      JSON.parse(readFileSync(new URL(`../job-posting/fixtures/${f}.json`, import.meta.url), 'utf8')),
    );
    const seen = new Set<string>();
    const note = (codes: readonly string[]) => {
      for (const c of codes) {
        seen.add(c);
        expect(known.has(c), c).toBe(true);
      }
    };
    /** A record with one field replaced by anything (or removed). */
    const broken = <T extends object>(record: T) =>
      fc
        .tuple(fc.constantFrom(...Object.keys(record)), fc.option(fc.anything(), { nil: undefined }))
        .map(([key, value]) => ({ ...record, [key]: value }));
    fc.assert(
      fc.property(
        broken(candidate),
        broken(region.vacancies[0]!),
        broken(fixtures[0]),
        fc.anything(),
        (c, v, posting, junk) => {
          for (const r of [safeParseCandidates([c, junk]), safeParseVacancies([v, junk])]) {
            note(codesOf(r.warnings));
            if (!r.success) note(codesOf(r.error.issues));
          }
          const ledger = safeParseLedger([junk]);
          if (!ledger.success) note(codesOf(ledger.error.issues));
          for (const input of [posting, junk]) {
            try {
              note(codesOf(fromJobPosting(input).warnings));
            } catch (e) {
              if (!isValidationError(e)) throw e;
              note(codesOf(e.issues));
            }
          }
        },
      ),
      { numRuns: 150 },
    );
    for (const f of fixtures) {
      try {
        note(codesOf(fromJobPosting(f).warnings));
      } catch (e) {
        if (!isValidationError(e)) throw e;
        note(codesOf(e.issues));
      }
    }
    // The one name for a missing field.
    expect(seen.has('missing')).toBe(false);
    expect(seen.has('required')).toBe(true);
  });
});
