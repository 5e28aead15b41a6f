/**
 * The solve phase alone (issue 24) on a shortlist written by `benchmarks/solve-dump.ts`: the optimal
 * placements as `assign` computes them (`solvePlacements`, one thread), timed in CPU and wall time,
 * `rounds` times in one process; prints the placed count, the total score of the placements and a
 * digest of the assignment, so that two builds can be compared run for run. With `parallel` as third
 * argument it times the solve phase of `assignInParallel` instead (`solveInParts`: components shared
 * over two workers running the built package, `npm run build` first), CPU time of the main thread.
 * Run: node --import tsx benchmarks/solve-national.ts [folder] [rounds] [parallel]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { resolveOptions } from '../src/parallel/options.js';
import { inOnePart } from '../src/parallel/parted.js';
import { Pool } from '../src/parallel/pool.js';
import { solveInParts } from '../src/parallel/solve-parts.js';
import { solvePlacements } from '../src/placement/assign.js';
import { machine } from './_util.js';

const folder = process.argv[2] ?? '/tmp/banenmatch-solve-0.25';
const rounds = Number(process.argv[3] ?? 3);
const parallel = process.argv[4] === 'parallel';
const read = (name: string) => {
  const b = readFileSync(join(folder, name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};
const list = {
  offsets: new Int32Array(read('offsets.i32')),
  vacancies: new Int32Array(read('vacancies.i32')),
  scores: new Float64Array(read('scores.f64')),
};
const data = {
  positions: new Int32Array(read('positions.i32')),
  priority: new Uint8Array(read('priority.u8')),
  waiting: new Float64Array(read('waiting.f64')),
};
const o = JSON.parse(readFileSync(join(folder, 'options.json'), 'utf8')) as {
  minScore: number;
  priorityFirst: boolean;
};
console.log(
  `${machine()}; ${folder}: ${data.priority.length} candidates, ${data.positions.length} vacancies, ${list.vacancies.length} pairs`,
);
const pool = parallel ? new Pool(new URL('../dist/worker.js', import.meta.url), 2, () => {}) : undefined;
const resolved = resolveOptions({ workers: 2, minScore: o.minScore, priorityFirst: o.priorityFirst });
const solve = async () =>
  pool === undefined
    ? solvePlacements(data, list, { mode: 'optimal', minScore: o.minScore, priorityFirst: o.priorityFirst })
    : await solveInParts(
        pool,
        inOnePart(list),
        data.positions,
        data.priority,
        data.waiting,
        resolved,
        () => {},
      );
for (let r = 0; r < rounds; r++) {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const { candidateToVacancy } = await solve();
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  let placed = 0;
  let total = 0;
  candidateToVacancy.forEach((v, c) => {
    if (v < 0) return;
    placed++;
    for (let e = list.offsets[c]!; e < list.offsets[c + 1]!; e++)
      if (list.vacancies[e] === v) total += list.scores[e]!;
  });
  const digest = createHash('sha256').update(candidateToVacancy).digest('hex').slice(0, 12);
  console.log(
    `round ${r}: cpu ${((used.user + used.system) / 1000).toFixed(0)} ms, wall ${wall.toFixed(0)} ms, ${placed} placed, total ${total.toFixed(6)}, digest ${digest}, load ${loadavg()[0]!.toFixed(1)}`,
  );
}
await pool?.close();
