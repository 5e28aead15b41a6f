/**
 * The matcher on the default region (2,000 candidates × 3,000 vacancies, seed 42):
 * - screening (`screen`: the hard rules alone, carving included; until session 14 it also scored every
 *   component) over all pairs, one thread (goal ≥ 5 million pairs a second; issue 24: ≥ 15 million);
 * - the region ranked top-10 both ways (goal < 1 s), as `rankAll` and as one `rank` / `rankCandidates`
 *   call per candidate and vacancy;
 * - one region end to end: compile, carving inside vacancies, optimal assignment (goal < 2 s).
 *
 * Run: node --expose-gc --import tsx benchmarks/matcher.ts
 */
import { assign, createMatcher, generateRegion } from '../dist/index.js';
import { machine, time } from './_util.js';

const region = generateRegion({ seed: 42 });
const nC = region.candidates.length;
const nV = region.vacancies.length;
const build = time(() => createMatcher(region), 3);
const matcher = build.result;

const screen = time(() => {
  let pass = 0;
  for (let i = 0; i < nC; i++) for (let j = 0; j < nV; j++) if (matcher.screen(i, j)) pass++;
  return pass;
}, 3);
const pairs = nC * nV;
const rankAll = time(() => matcher.rankAll({ k: 10 }), 3);
const rankEach = time(() => {
  let n = 0;
  for (const c of region.candidates) n += matcher.rank(c.id, { k: 10 }).length;
  for (const v of region.vacancies) n += matcher.rankCandidates(v.id, { k: 10 }).length;
  return n;
}, 1);
const endToEnd = time(() => {
  const m = createMatcher(region);
  return assign(m, { mode: 'optimal' });
}, 3);
const stable = time(() => assign(matcher, { mode: 'stable' }), 3);

console.log(`${machine()}\n`);
console.log('| what | figure | goal |');
console.log('|---|---|---|');
console.log(`| compile 2,000 × 3,000 (createMatcher) | ${build.ms.toFixed(0)} ms | — |`);
console.log(
  `| screening, all ${(pairs / 1e6).toFixed(0)} M pairs (${screen.result} pass) | ${(((pairs / screen.ms) * 1e3) / 1e6).toFixed(1)} M pairs/s | ≥ 5 M pairs/s |`,
);
console.log(`| rankAll top-10 both ways | ${rankAll.ms.toFixed(0)} ms | < 1,000 ms |`);
console.log(`| rank + rankCandidates for every candidate and vacancy | ${rankEach.ms.toFixed(0)} ms | — |`);
console.log(
  `| end to end: compile + shortlist (k = 50, carving) + optimal assignment (${endToEnd.result.placements.length} placed) | ${endToEnd.ms.toFixed(0)} ms | < 2,000 ms |`,
);
console.log(
  `| stable assignment on the compiled matcher (${stable.result.placements.length} placed) | ${stable.ms.toFixed(0)} ms | — |`,
);
