/**
 * Throughput of the wage-value module: calls per second of the functions scoring may call per
 * candidate–job pair. No peer library computes Dutch wage-cost subsidies, so there is no ratio.
 * Run: node --expose-gc --import tsx benchmarks/wage-value.ts
 */
import { Bench } from 'tinybench';
import { createRandom, integer } from '../src/_internal/random.js';
import type { TargetGroup } from '../src/domain/schemas.js';
import {
  assessWageValue,
  employerEconomics,
  estimateWageValue,
  instrumentsFor,
  type JobTerms,
  type WageCandidate,
  wageCostSubsidy,
} from '../src/wage-value/index.js';

const N = 1000;
const random = createRandom(42);
const groups: TargetGroup[] = [
  'wajong',
  'wsw',
  'participatiewet',
  'praktijkroute',
  'vso-pro',
  'beschut',
  'other',
];
const kinds = ['cleaning', 'dishwashing', 'sorting', 'packing', 'gardening', 'laundry'];

const candidates: WageCandidate[] = [];
const jobs: JobTerms[] = [];
const dates: string[] = [];
for (let i = 0; i < N; i++) {
  const performance: Record<string, number> = {};
  for (const k of kinds) if (random() < 0.5) performance[k] = 0.2 + 0.8 * random();
  candidates.push({
    id: `c-${i}`,
    targetGroup: groups[integer(random, 0, groups.length - 1)]!,
    taskPerformance: performance,
    ...(random() < 0.5 ? { wageValue: 0.1 + 0.9 * random() } : {}),
  });
  const nTasks = integer(random, 1, 4);
  const tasks = Array.from({ length: nTasks }, () => ({
    kind: kinds[integer(random, 0, kinds.length - 1)]!,
    hoursPerWeek: integer(random, 2, 12),
  }));
  jobs.push({ hoursPerWeek: tasks.reduce((s, t) => s + t.hoursPerWeek, 0), tasks, contractMonths: 12 });
  dates.push(`20${integer(random, 16, 26)}-0${integer(random, 1, 9)}-15`);
}

let sink = 0;
const bench = new Bench({ time: 500, warmupTime: 200 });
bench
  .add(`wageCostSubsidy × ${N}`, () => {
    for (let i = 0; i < N; i++) {
      sink += wageCostSubsidy({
        wageValue: (i % 100) / 100,
        hoursPerWeek: jobs[i]!.hoursPerWeek,
        date: dates[i]!,
      }).amountPerMonth;
    }
  })
  .add(`estimateWageValue × ${N}`, () => {
    for (let i = 0; i < N; i++) sink += estimateWageValue(candidates[i]!, jobs[i]!.tasks).wageValue;
  })
  .add(`employerEconomics × ${N}`, () => {
    for (let i = 0; i < N; i++) sink += employerEconomics(candidates[i]!, jobs[i]!, dates[i]!).ratio;
  })
  .add(`employerEconomics(one date) × ${N}`, () => {
    for (let i = 0; i < N; i++) sink += employerEconomics(candidates[i]!, jobs[i]!, '2026-01-01').ratio;
  })
  .add(`instrumentsFor × ${N}`, () => {
    for (let i = 0; i < N; i++) sink += instrumentsFor(candidates[i]!, jobs[i]!, dates[i]!).length;
  })
  .add(`assessWageValue × ${N}`, () => {
    for (let i = 0; i < N; i++) {
      sink += assessWageValue({
        tasks: [
          { share: 0.5, tempo: 0.8, quality: 0.9, netTime: (i % 10) / 10 },
          { share: 0.5, tempo: 1.1, quality: 1, netTime: 0.9 },
        ],
      }).wageValue;
    }
  });

globalThis.gc?.();
await bench.run();

console.log('| function | calls/s | mean µs per call | rme |');
console.log('|---|---:|---:|---:|');
for (const task of bench.tasks) {
  const r = task.result;
  if (r === undefined || r.error !== undefined) {
    console.log(`| ${task.name} | failed | | |`);
    continue;
  }
  const perCallUs = (r.latency.mean * 1000) / N;
  console.log(
    `| ${task.name.split(' × ')[0]} | ${Math.round(1e6 / perCallUs).toLocaleString('en-US')} | ${perCallUs.toFixed(2)} | ±${r.latency.rme.toFixed(1)}% |`,
  );
}
console.log(`\n(sink ${sink > 0 ? 'consumed' : 'zero'})`);
