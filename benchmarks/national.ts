/**
 * A national-shaped synthetic run: candidates and vacancies spread over 35 large Dutch towns
 * (approximate town-centre coordinates, populations in thousands, rounded), matched with retrieval
 * (grid, commute radius), shortlisted top-50 per candidate with carving, and assigned (sparse, exact).
 * The full national batch is 250,000 candidates × 400,000 vacancies (goal < 5 min, < 6 GB); pass a
 * scale as the first argument (default 0.1 = 25,000 × 40,000). The number of pairs within reach grows
 * with the square of the scale (the same towns get denser), so the script also prints the time per
 * pair in reach, from which the full run can be estimated.
 *
 * With `fill` as second argument it only measures the daily-flow latency at that scale (issue 11):
 * add a vacancy and rank its best candidates (goal < 50 ms nationally).
 *
 * With `parallel` as second argument it runs `assignInParallel` instead (issues 6, 10), on the given
 * number of worker threads (third argument; default min(cores, 8)), timing its phases; peak memory is
 * the process's, which covers the worker threads. With `compare` as fourth argument it then also runs
 * `assign(createMatcher(region))` on this thread and checks that both results are the same JSON.
 * With `memory` among the arguments after the workers it also prints where the memory is, per phase,
 * in the main thread and in each worker (see `_memory.ts`; run with `--expose-gc` for retained sizes).
 *
 * Run: node --expose-gc --max-old-space-size=12288 --import tsx benchmarks/national.ts [scale] [fill]
 *      node --max-old-space-size=12288 --import tsx benchmarks/national.ts [scale] parallel [workers] [compare] [memory]
 */

import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { assign, assignInParallel, createMatcher, generateRegion } from '../dist/index.js';
import { memoryDiagnostic } from './_memory.js';
import { nationalRegionOptions, TOWNS } from './_towns.js';
import { machine, peakRssMb } from './_util.js';

const scale = Number(process.argv[2] ?? 0.1);
const t0 = performance.now();
const region = generateRegion(nationalRegionOptions(scale));
const nC = region.candidates.length;
const nV = region.vacancies.length;
const tGen = performance.now();
const header = `scale ${scale}: ${nC.toLocaleString('en')} candidates × ${nV.toLocaleString('en')} vacancies over ${TOWNS.length} towns\n`;

if (process.argv[3] === 'parallel') {
  const workers = Number(process.argv[4] ?? Math.min(availableParallelism(), 8));
  const memory = process.argv.slice(5).includes('memory') ? memoryDiagnostic() : undefined;
  memory?.mark('generate the region');
  // Phase starts from the progress callback (of 4000): workers compile and shortlist (2000), solve, explain.
  const starts = [performance.now()];
  const result = await assignInParallel(region, {
    k: 50,
    workers,
    ...(memory === undefined ? {} : { workerUrl: memory.workerUrl }),
    onProgress: (done) => {
      memory?.progress(done);
      while (starts.length <= Math.floor(done / 1000)) starts.push(performance.now());
    },
  });
  const tEnd = performance.now();
  const peakParallel = peakRssMb();
  memory?.mark('assignInParallel (the result held)');
  const s = (a: number, b: number) => ((b - a) / 1000).toFixed(1);
  console.log(`${machine()}\n`);
  console.log(header);
  console.log('| step | figure |');
  console.log('|---|---|');
  console.log(`| generate and validate the region | ${s(t0, tGen)} s |`);
  console.log(
    `| assignInParallel, ${workers} workers, top-50 (${result.placements.length.toLocaleString('en')} placed) | ${s(tGen, tEnd)} s |`,
  );
  console.log(`| — send the records; each worker compiles and shortlists | ${s(starts[0]!, starts[2]!)} s |`);
  // The workers' mean progress passes 1000 once every worker has compiled (the shortlists wait for all).
  console.log(`| — — until every worker has compiled its part | ${s(starts[0]!, starts[1]!)} s |`);
  console.log(`| — — the shortlists | ${s(starts[1]!, starts[2]!)} s |`);
  console.log(`| — solve (components shared over the workers) | ${s(starts[2]!, starts[3]!)} s |`);
  console.log(`| — explain, build the result | ${s(starts[3]!, tEnd)} s |`);
  console.log(`| peak resident memory (all threads) | ${(peakParallel / 1024).toFixed(2)} GB |`);
  // A digest of the result, so that two builds' runs (and `compare` below) compare without keeping it.
  const digestOf = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex');
  const digest = digestOf(result);
  console.log(`| the result's JSON, sha256 | \`${digest.slice(0, 12)}\` |`);
  if (memory !== undefined) console.log(`\n${memory.report()}`);
  if (process.argv[5] === 'compare') {
    const t1 = performance.now();
    const matcher = createMatcher(region);
    const tCompiled = performance.now();
    const serial = assign(matcher, { k: 50 });
    const t2 = performance.now();
    const equal = digestOf(serial) === digest;
    console.log(`| assign(createMatcher(region)) on this thread, for comparison | ${s(t1, t2)} s |`);
    console.log(`| — createMatcher / assign | ${s(t1, tCompiled)} / ${s(tCompiled, t2)} s |`);
    console.log(`| ratio parallel / single thread | ${((tEnd - tGen) / (t2 - t1)).toFixed(2)} |`);
    console.log(`| results the same JSON | ${equal ? 'yes' : '**no**'} |`);
  }
  process.exit(0);
}

const matcher = createMatcher(region);
const tBuild = performance.now();

// Daily flow: a new vacancy (a copy of an existing one, new id) added and filled, 100 times.
const fill: number[] = [];
for (let i = 0; i < 105; i++) {
  const v = { ...region.vacancies[(i * 7919) % nV]!, id: `new-${i}` };
  const t = performance.now();
  matcher.addVacancy(v);
  matcher.rankCandidates(v.id, { k: 10 });
  if (i >= 5) fill.push(performance.now() - t);
}
fill.sort((a, b) => a - b);
const fillMedian = fill[Math.floor(fill.length / 2)]!;
const fillP95 = fill[Math.floor(fill.length * 0.95)]!;
if (process.argv[3] === 'fill') {
  console.log(`${machine()}\n`);
  console.log(header);
  console.log('| step | figure |');
  console.log('|---|---|');
  console.log(`| generate and validate the region | ${((tGen - t0) / 1000).toFixed(1)} s |`);
  console.log(`| compile the matcher | ${((tBuild - tGen) / 1000).toFixed(1)} s |`);
  console.log(
    `| addVacancy + rankCandidates top 10 (100 new vacancies) | median ${fillMedian.toFixed(1)} ms, p95 ${fillP95.toFixed(1)} ms (goal < 50 ms) |`,
  );
  console.log(`| peak resident memory | ${(peakRssMb() / 1024).toFixed(2)} GB |`);
  process.exit(0);
}
for (let i = 0; i < 105; i++) matcher.removeVacancy(`new-${i}`);
const list = matcher.shortlist({ k: 50 });
const tShort = performance.now();
const result = assign(matcher, { k: 50 });
const tAssign = performance.now();

console.log(`${machine()}\n`);
console.log(header);
console.log('| step | seconds |');
console.log('|---|---|');
console.log(`| generate and validate the region | ${((tGen - t0) / 1000).toFixed(1)} |`);
console.log(`| compile the matcher | ${((tBuild - tGen) / 1000).toFixed(1)} |`);
console.log(
  `| shortlist top-50 per candidate (${list.vacancies.length.toLocaleString('en')} edges) | ${((tShort - tBuild) / 1000).toFixed(1)} |`,
);
console.log(
  `| assign (shortlist again + sparse assignment, ${result.placements.length.toLocaleString('en')} placed) | ${((tAssign - tShort) / 1000).toFixed(1)} |`,
);
console.log(
  `| addVacancy + rankCandidates top 10, median / p95 | ${(fillMedian / 1000).toFixed(4)} / ${(fillP95 / 1000).toFixed(4)} |`,
);
console.log(`| peak resident memory | ${(peakRssMb() / 1024).toFixed(2)} GB |`);
