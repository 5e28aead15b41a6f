/**
 * `matcher.whyNot` for every candidate of the default region (2,000 candidates × 3,000 vacancies,
 * seed 42), and `caseloadGaps` over the caseload (one whyNot per candidate, counted per kind of
 * change), beside `rankAll` on the same matcher in the same run (goal: each < 2 s). The load average
 * is printed: on a shared machine it moves every figure.
 * A fresh matcher's first pass compiles each changed job it tries (an adaptation, a dropped task) once
 * per job content and change, shared by the vacancies with that job; a second pass finds them compiled.
 *
 * Run: node --expose-gc --import tsx benchmarks/why-not.ts
 */
import { loadavg } from 'node:os';
import { caseloadGaps, createMatcher, generateRegion } from '../dist/index.js';
import { machine, time } from './_util.js';

const region = generateRegion({ seed: 42 });
const ids = region.candidates.map((c) => c.id);
const rankAll = time(() => createMatcher(region).rankAll({ k: 10 }), 1);
const matcher = createMatcher(region);
const all = (): { nearMisses: number; withNone: number } => {
  let nearMisses = 0;
  let withNone = 0;
  for (const id of ids) {
    const w = matcher.whyNot(id);
    nearMisses += w.nearMisses.length;
    if (w.tally.fits === 0) withNone++;
  }
  return { nearMisses, withNone };
};
const t0 = performance.now();
const cold = all();
const coldMs = performance.now() - t0;
const warm = time(all, 1);
const rankAllWarm = time(() => matcher.rankAll({ k: 10 }), 1);
const gaps = time(() => caseloadGaps(matcher), 1);
const g = gaps.result;

console.log(
  `${machine()}; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}\n`,
);
console.log('| what | figure | goal |');
console.log('|---|---|---|');
console.log(
  `| rankAll top-10 both ways (fresh matcher, compile included) | ${rankAll.ms.toFixed(0)} ms | — |`,
);
console.log(
  `| rankAll top-10 both ways (same matcher as whyNot) | ${rankAllWarm.ms.toFixed(0)} ms | < 1,000 ms |`,
);
console.log(
  `| whyNot for all ${ids.length} candidates, first pass (${cold.nearMisses} near misses; ${cold.withNone} with no fit in reach) | ${coldMs.toFixed(0)} ms | < 2,000 ms |`,
);
console.log(
  `| whyNot for all ${ids.length} candidates, second pass | ${warm.ms.toFixed(0)} ms | < 2,000 ms |`,
);
console.log(
  `| caseloadGaps over all ${g.candidates} candidates, same matcher (${g.withNearMiss} with a near miss; ${g.adaptations.length} adaptation, ${g.trainings.length} training, ${g.commute.length} commute rows) | ${gaps.ms.toFixed(0)} ms | < 2,000 ms |`,
);
console.log(
  `\ntop adaptation: ${g.adaptations[0]?.market ?? '–'}\ntop training: ${g.trainings[0]?.market ?? '–'}`,
);
