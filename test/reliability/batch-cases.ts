import {
  assign,
  backtest,
  carveAll,
  createMatcher,
  forecastQuota,
  generateRegion,
  type Matcher,
  NATIONAL_REALISATIONS,
  solveAssignment,
  solveSparseAssignment,
  stableMatch,
  TARGET_PLANS,
} from 'banenmatch';
import { createRandom } from '../../src/_internal/random.js';
import { checkAll, compileDemands, compileProfiles } from '../../src/capability/index.js';

/** The run options every batch function takes. */
export interface Run {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** A batch function on a problem large enough to take a few hundred milliseconds. */
export interface BatchCase {
  name: string;
  /** Prepares a fresh run (untimed: e.g. compiles a matcher), then the returned function does the work. */
  make: () => (options: Run) => unknown;
}

/** Builds the cases lazily (the data take a moment to generate). */
export function batchCases(): BatchCase[] {
  const region = generateRegion({ seed: 11, candidates: 700, vacancies: 900 });
  const profiles = compileProfiles(region.candidates.map((c) => c.capabilities));
  const demands = compileDemands(
    region.vacancies.flatMap((v) =>
      (v.tasks ?? []).map((t) => ({ demands: t.demands, jobHoursPerWeek: v.hoursPerWeek })),
    ),
  );
  const random = createRandom(5);
  const n = 700;
  const dense = Array.from({ length: n }, () => Array.from({ length: n }, () => Math.floor(random() * 1000)));
  const rows = 20_000;
  const degree = 12;
  const offsets = new Int32Array(rows + 1);
  const targets = new Int32Array(rows * degree);
  const weights = new Float64Array(rows * degree);
  for (let i = 0; i < rows; i++) {
    offsets[i + 1] = (i + 1) * degree;
    for (let d = 0; d < degree; d++) {
      targets[i * degree + d] = Math.floor(random() * rows);
      weights[i * degree + d] = Math.floor(random() * 100);
    }
  }
  // Distinct targets per row: shift duplicates to the next free column.
  for (let i = 0; i < rows; i++) {
    const seen = new Set<number>();
    for (let d = 0; d < degree; d++) {
      let t = targets[i * degree + d]!;
      while (seen.has(t)) t = (t + 1) % rows;
      seen.add(t);
      targets[i * degree + d] = t;
    }
  }
  const sparse = { rows, cols: rows, offsets, targets, weights };
  const people = 5000;
  const places = 1000;
  const shuffled = (m: number, take: number): number[] => {
    const a = Array.from({ length: m }, (_, i) => i);
    for (let i = m - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a.slice(0, take);
  };
  const stable = {
    candidatePrefs: Array.from({ length: people }, () => shuffled(places, 60)),
    vacancyPrefs: Array.from({ length: places }, () => shuffled(people, people)),
  };
  const series = [
    ...NATIONAL_REALISATIONS.map((r) => r.market),
    ...NATIONAL_REALISATIONS.map((r) => r.market),
  ];
  const observed = [
    { year: 2016, market: 40, government: 10 },
    { year: 2017, market: 90, government: 25 },
    { year: 2018, market: 130, government: 30 },
    { year: 2019, market: 170, government: 42 },
  ];
  const matcherRun = (work: (m: Matcher, o: Run) => unknown) => (): ((o: Run) => unknown) => {
    const m = createMatcher(region);
    return (o) => work(m, o);
  };
  return [
    { name: 'carveAll', make: () => (o) => carveAll(region.candidates, region.vacancies, o) },
    { name: 'checkAll', make: () => (o) => checkAll(profiles, demands, o) },
    {
      name: 'compileProfiles',
      make: () => {
        const many = Array.from({ length: 60 }, () => region.candidates.map((c) => c.capabilities)).flat();
        return (o) => compileProfiles(many, o);
      },
    },
    {
      name: 'compileDemands',
      make: () => {
        const tasks = region.vacancies.flatMap((v) => (v.tasks ?? []).map((t) => ({ demands: t.demands })));
        const many = Array.from({ length: 20 }, () => tasks).flat();
        return (o) => compileDemands(many, o);
      },
    },
    { name: 'solveAssignment', make: () => (o) => solveAssignment(dense, { ...o, maximize: true }) },
    { name: 'solveSparseAssignment', make: () => (o) => solveSparseAssignment(sparse, o) },
    { name: 'stableMatch', make: () => (o) => stableMatch(stable, o) },
    { name: 'backtest', make: () => (o) => backtest(series, { horizon: 2, minTrain: 6, ...o }) },
    {
      name: 'forecastQuota',
      make: () => (o) =>
        forecastQuota({ plan: TARGET_PLANS.gooiEnVechtstreek2015, observed, paths: 200_000, seed: 1, ...o }),
    },
    {
      name: 'matcher.rankAll',
      make: matcherRun((m, o) => m.rankAll({ k: 10, ...o })),
    },
    {
      name: 'matcher.shortlist',
      make: matcherRun((m, o) => m.shortlist({ k: 10, ...o })),
    },
    {
      name: 'assign (optimal)',
      make: matcherRun((m, o) => assign(m, { mode: 'optimal', ...o })),
    },
    {
      name: 'assign (stable)',
      make: matcherRun((m, o) => assign(m, { mode: 'stable', ...o })),
    },
  ];
}
