/**
 * Job carving on the default region (2,000 candidates × 3,000 vacancies of 654 employers, seed 42):
 * - `carveAll`: every candidate against every employer within their commute limit, the whole caseload,
 *   each task used once (greedy with lazy evaluation) — the batch path;
 * - `carveJob` (the interactive path: validates its input, explains every task) for every 20th
 *   candidate against every employer in reach, with the time per pair.
 *
 * Run: node --expose-gc --import tsx benchmarks/carving.ts
 */
import {
  carveAll,
  carveJob,
  commuteLimitKm,
  generateRegion,
  haversineKm,
  type Vacancy,
} from '../src/index.js';
import { machine, time } from './_util.js';

const region = generateRegion({ seed: 42 });
const byEmployer = new Map<string, Vacancy[]>();
for (const v of region.vacancies) byEmployer.set(v.employerId, [...(byEmployer.get(v.employerId) ?? []), v]);
const employers = [...byEmployer.values()];

let pairs = 0;
const each = time(() => {
  let jobs = 0;
  pairs = 0;
  for (let ci = 0; ci < region.candidates.length; ci += 20) {
    const c = region.candidates[ci]!;
    const limit = commuteLimitKm(c);
    for (const vs of employers) {
      const near = vs.filter(
        (v) => haversineKm(c.home.lat, c.home.lon, v.location.lat, v.location.lon) <= limit,
      );
      if (near.length === 0) continue;
      pairs++;
      if (carveJob(c, near).job !== null) jobs++;
    }
  }
  return jobs;
}, 1);
const all = time(() => carveAll(region.candidates, region.vacancies), 3);

console.log(`${machine()}\n`);
console.log('| what | figure |');
console.log('|---|---|');
console.log(
  `| carveJob, every 20th candidate × employer in reach (${pairs.toLocaleString('en')} pairs, ${each.result.toLocaleString('en')} with a job) | ${(each.ms / 1000).toFixed(1)} s = ${((each.ms * 1000) / pairs).toFixed(0)} µs a pair |`,
);
console.log(
  `| carveAll, whole caseload (${all.result.jobs.length} jobs, ${all.result.totals.jobs.toFixed(1)} banenafspraak jobs) | ${(all.ms / 1000).toFixed(2)} s |`,
);
