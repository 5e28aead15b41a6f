/**
 * How fast does long work stop after an abort? (The unit tests check that no progress step follows an
 * abort; the time it takes is a benchmark, so `npm test` cannot fail on a busy machine.) Every batch
 * function of test/reliability/batch-cases.ts, aborted from its first and its last intermediate
 * progress call, and `assignInParallel` (built package) aborted in each phase. Goal: < 100 ms.
 * Run: node --import tsx benchmarks/abort.ts
 */
import { assignInParallel } from '../dist/index.js';
import { generateRegion } from '../src/synthetic/index.js';
import { batchCases } from '../test/reliability/batch-cases.js';
import { machine, median } from './_util.js';

const ROUNDS = 5;
const GOAL_MS = 100;

/** Milliseconds from the abort to the throw, aborting at the `target`-th intermediate progress call. */
function stopTime(
  make: () => (o: { signal?: AbortSignal; onProgress?: (d: number, t: number) => void }) => unknown,
  target: number,
): number {
  const controller = new AbortController();
  let seen = 0;
  let firedAt = Number.NaN;
  const run = make();
  try {
    run({
      signal: controller.signal,
      onProgress: (done, total) => {
        if (done > 0 && done < total && ++seen === target) {
          firedAt = performance.now();
          controller.abort();
        }
      },
    });
  } catch {
    return performance.now() - firedAt;
  }
  return Number.NaN;
}

console.log(`Abort latency, ${machine()}; median and worst of ${ROUNDS} runs; goal < ${GOAL_MS} ms\n`);
console.log('| work | abort at | median ms | worst ms | goal met |');
console.log('|---|---|---:|---:|---|');
const row = (name: string, at: string, ms: number[]) => {
  const worst = Math.max(...ms);
  console.log(
    `| ${name} | ${at} | ${median(ms).toFixed(1)} | ${worst.toFixed(1)} | ${worst < GOAL_MS ? 'yes' : 'no'} |`,
  );
};
for (const c of batchCases()) {
  let intermediate = 0;
  c.make()({ onProgress: (done, total) => (intermediate += done > 0 && done < total ? 1 : 0) });
  for (const [at, target] of [
    ['first progress', 1],
    ['last progress', Math.max(1, intermediate)],
  ] as const) {
    const ms = Array.from({ length: ROUNDS }, () => stopTime(c.make, target));
    row(c.name, at, ms);
  }
}

const region = generateRegion({ seed: 17, candidates: 1500, vacancies: 2000 });
for (const at of [1001, 2001, 3001]) {
  const ms: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const controller = new AbortController();
    let firedAt = Number.NaN;
    const onProgress = (done: number) => {
      if (done >= at && Number.isNaN(firedAt)) {
        firedAt = performance.now();
        controller.abort();
      }
    };
    await assignInParallel(region, { workers: 2, signal: controller.signal, onProgress }).catch(
      () => undefined,
    );
    ms.push(performance.now() - firedAt);
  }
  row('assignInParallel (2 workers)', `progress ${at} of 4000`, ms);
}
