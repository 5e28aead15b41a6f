/**
 * Daily flow on the default region (2,000 candidates × 3,000 vacancies, seed 42): the latency of
 * adding a vacancy and filling it (`addVacancy` + `rankCandidates` top 10; goal < 5 ms; in a fresh
 * process and after 1,000 more calls), of removing
 * it again, of adding a candidate and ranking their jobs, and of re-assigning with stickiness.
 *
 * Run: node --expose-gc --import tsx benchmarks/daily-flow.ts
 */
import { assign, createMatcher, generateRegion, reassign } from '../dist/index.js';
import { machine, median } from './_util.js';

const region = generateRegion({ seed: 42 });
const fresh = generateRegion({ seed: 43, candidates: 200, vacancies: 200 });
const matcher = createMatcher(region);

function latency(n: number, f: (i: number) => void): { median: number; p95: number } {
  for (let i = 0; i < 5; i++) f(i); // warm-up
  const ms: number[] = [];
  for (let i = 5; i < n; i++) {
    const t0 = performance.now();
    f(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { median: median(ms), p95: ms[Math.floor(ms.length * 0.95)]! };
}

const addAndFill = (i: number): void => {
  const v = { ...fresh.vacancies[i % fresh.vacancies.length]!, id: `new-${i}` };
  matcher.addVacancy(v);
  matcher.rankCandidates(v.id, { k: 10 });
};
// The first 200 calls of a fresh process (the compiler still at work: its tail is warm-up), then the
// same after 1,000 more (a service that has run for a while); the warm vacancies are removed again.
const fill = latency(200, addAndFill);
for (let i = 200; i < 1200; i++) addAndFill(i);
const warmFill = latency(200, (i) => addAndFill(1200 + i));
for (let i = 200; i < 1400; i++) matcher.removeVacancy(`new-${i}`);
const remove = latency(200, (i) => matcher.removeVacancy(`new-${i}`));
const join = latency(200, (i) => {
  const c = { ...fresh.candidates[i]!, id: `new-c-${i}` };
  matcher.addCandidate(c);
  matcher.rank(c.id, { k: 10 });
});
const previous = assign(matcher);
for (let i = 0; i < 20; i++) matcher.addVacancy({ ...fresh.vacancies[i]!, id: `day-${i}` });
const t0 = performance.now();
const next = reassign(previous, matcher, { stickiness: 0.1 });
const reassignMs = performance.now() - t0;

console.log(`${machine()}\n`);
console.log('| what | median | p95 | goal |');
console.log('|---|---|---|---|');
console.log(
  `| addVacancy + rankCandidates top 10, first 200 calls | ${fill.median.toFixed(2)} ms | ${fill.p95.toFixed(2)} ms | < 5 ms |`,
);
console.log(
  `| addVacancy + rankCandidates top 10, after 1,000 more | ${warmFill.median.toFixed(2)} ms | ${warmFill.p95.toFixed(2)} ms | < 5 ms |`,
);
console.log(`| removeVacancy | ${remove.median.toFixed(3)} ms | ${remove.p95.toFixed(3)} ms | — |`);
console.log(`| addCandidate + rank top 10 | ${join.median.toFixed(2)} ms | ${join.p95.toFixed(2)} ms | — |`);
console.log(
  `| reassign after 20 new vacancies (stickiness 0.1: ${next.counts.kept} kept, ${next.counts.moved} moved, ${next.counts.placed} placed) | ${reassignMs.toFixed(0)} ms | — | — |`,
);
