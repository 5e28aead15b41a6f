/**
 * Quota simulation: forecastQuota with 10,000 simulated paths over 12 target years (goal < 200 ms,
 * design brief §5): the 0.1 analytic paths for a cheap-to-fit model (drift: the time is the
 * simulation), a fitted model (damped Holt), the 0.1 automatic choice (rolling-origin backtest of 7
 * models first), bootstrapped residuals and quarterly data (48 steps); and the default since issue 17
 * (paths from rolling-origin errors; the model: the weighted combination yearly, since session 11 the
 * median of Theta, drift and Holt quarterly), yearly and quarterly. No peer library does this in JS, so there is no ratio.
 * Run: node --expose-gc --import tsx benchmarks/quota.ts
 */
import { Bench } from 'tinybench';
import { createRandom, normal } from '../src/_internal/random.js';
import {
  type ForecastQuotaOptions,
  forecastQuota,
  NATIONAL_REALISATIONS,
  type Observation,
  type TargetPlan,
} from '../src/quota/index.js';

const PATHS = 10_000;
const YEARS = 12;
const plan: TargetPlan = {
  id: 'bench',
  name: 'benchmark plan: national path extended by 10,000 market jobs a year',
  source: 'synthetic',
  unitHours: 25.5,
  years: Array.from({ length: YEARS }, (_, i) => ({
    year: 2024 + i,
    market: 90000 + 10000 * i,
    government: 25000,
  })),
};

// Seeded quarterly series: trend, Q4 high / Q1 low, noise.
const random = createRandom(42);
const quarterly: Observation[] = [];
for (let i = 0; i < 36; i++) {
  const year = 2015 + Math.floor(i / 4);
  const season = [-3000, 500, 800, 1700][i % 4]!;
  quarterly.push({
    quarter: `${year}Q${(i % 4) + 1}`,
    market: 15000 + 1800 * i + season + 600 * normal(random),
    government: 5000 + 200 * i + season / 5 + 200 * normal(random),
  });
}

// The analytic cases are the 0.1 paths (ψ-weighted innovations, O(paths × H²)); the default since
// issue 17 draws paths from rolling-origin errors (refits at every origin, then O(paths × H)).
const analytic = { intervals: 'analytic' as const };
const cases: [string, ForecastQuotaOptions][] = [
  [
    'yearly, drift, analytic normal',
    { plan, observed: NATIONAL_REALISATIONS, model: 'drift', paths: PATHS, seed: 1, ...analytic },
  ],
  [
    'yearly, damped Holt, analytic normal',
    { plan, observed: NATIONAL_REALISATIONS, model: 'damped', paths: PATHS, seed: 1, ...analytic },
  ],
  [
    'yearly, 0.1 auto (lowest MASE), analytic normal',
    { plan, observed: NATIONAL_REALISATIONS, paths: PATHS, seed: 1, select: 'lowest-mase', ...analytic },
  ],
  [
    'yearly, drift, analytic bootstrap',
    {
      plan,
      observed: NATIONAL_REALISATIONS,
      model: 'drift',
      paths: PATHS,
      seed: 1,
      residuals: 'bootstrap',
      ...analytic,
    },
  ],
  [
    'quarterly (48 steps), drift, analytic normal',
    { plan, observed: quarterly, model: 'drift', paths: PATHS, seed: 1, ...analytic },
  ],
  ['yearly, default (weighted, empirical)', { plan, observed: NATIONAL_REALISATIONS, paths: PATHS, seed: 1 }],
  [
    'yearly, default, conformal',
    { plan, observed: NATIONAL_REALISATIONS, paths: PATHS, seed: 1, intervals: 'conformal' },
  ],
  ['quarterly (48 steps), default (median, empirical)', { plan, observed: quarterly, paths: PATHS, seed: 1 }],
];

let sink = 0;
const bench = new Bench({ time: 2000, warmupTime: 500 });
for (const [name, options] of cases) {
  bench.add(name, () => {
    const r = forecastQuota(options);
    sink += r.years[YEARS - 1]!.total.probability + r.years[0]!.market.forecast;
  });
}
globalThis.gc?.();
await bench.run();

// Same seed, same output: checked once here as well.
const a = JSON.stringify(forecastQuota(cases[0]![1]));
const b = JSON.stringify(forecastQuota(cases[0]![1]));

console.log(
  `forecastQuota, ${PATHS.toLocaleString('en')} paths × ${YEARS} years, market + government + total\n`,
);
console.log('| case | mean ms | p50 ms | p99 ms | samples | < 200 ms |');
console.log('|---|---:|---:|---:|---:|---|');
for (const task of bench.tasks) {
  const r = task.result;
  if (r === undefined || !('latency' in r)) continue;
  const l = r.latency;
  console.log(
    `| ${task.name} | ${l.mean.toFixed(1)} | ${(l.p50 ?? l.mean).toFixed(1)} | ${(l.p99 ?? Number.NaN).toFixed(1)} | ${l.samples.length} | ${l.mean < 200 ? 'yes' : 'no'} |`,
  );
}
console.log(`\nidentical output for the same seed: ${a === b}; (sink ${sink.toFixed(3)})`);
