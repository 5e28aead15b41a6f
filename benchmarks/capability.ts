/**
 * Capability screening speed: compiled task checks per second (goal ≥ 20 million on one thread),
 * against the readable `compareCapabilities` in the same run.
 *
 * Run: node --expose-gc --import tsx benchmarks/capability.ts
 * Data: the seeded synthetic region (Gooi en Vechtstreek, 2,000 candidates × 3,000 vacancies, every
 * vacancy task with its job's hours), plus a dense worst case where every task demands 12 items.
 */
import { cpus } from 'node:os';
import { createRandom, integer } from '../src/_internal/random.js';
import {
  checkAll,
  checkCompiled,
  compareCapabilities,
  compileDemands,
  compileProfiles,
  type DemandsInJob,
  FML,
  type FmlEntries,
  marginCompiled,
} from '../src/capability/index.js';
import { generateRegion } from '../src/synthetic/index.js';
import { time } from './_util.js';

const region = generateRegion({ seed: 42, candidates: 2000, vacancies: 3000 });
const profiles: FmlEntries[] = region.candidates.map((c) => c.capabilities);
const tasks: DemandsInJob[] = region.vacancies.flatMap((v) =>
  (v.tasks ?? []).map((t) => ({ demands: t.demands, jobHoursPerWeek: v.hoursPerWeek })),
);

// Dense worst case: 12 ordinal/flag demands per task and a limited profile on every item.
const random = createRandom(7);
const levelItems = FML.items.filter((i) => i.compared && (i.kind === 'ordinal' || i.kind === 'flag'));
const denseProfiles: FmlEntries[] = Array.from({ length: 2000 }, () =>
  Object.fromEntries(levelItems.map((i) => [i.id, integer(random, 0, 1)])),
);
const denseTasks: DemandsInJob[] = Array.from({ length: 5000 }, () => ({
  demands: Object.fromEntries(
    Array.from(
      { length: 12 },
      (_, k) => levelItems[(k * 5 + integer(random, 0, 4)) % levelItems.length]!,
    ).map((i) => [i.id, i.levels.length - 1]),
  ),
}));

const rows: string[] = [];
function row(name: string, pairs: number, ms: number, extra = ''): void {
  const perSec = pairs / (ms / 1000);
  rows.push(
    `| ${name} | ${pairs.toLocaleString('en')} | ${ms.toFixed(1)} | ${(perSec / 1e6).toFixed(2)} M | ${extra} |`,
  );
}

const compileP = time(() => compileProfiles(profiles), 5);
const compileD = time(() => compileDemands(tasks), 5);
const P = compileP.result;
const D = compileD.result;
row('compileProfiles (per profile)', profiles.length, compileP.ms);
row('compileDemands (per task)', tasks.length, compileD.ms);

const out = new Uint8Array(P.count * D.count);
const all = time(() => checkAll(P, D, { out }), 5);
let counts = [0, 0, 0];
for (const s of all.result) counts[s]! += 1;
const pairs = P.count * D.count;
row(
  'checkAll, region (candidates × tasks)',
  pairs,
  all.ms,
  `fits ${((100 * counts[0]!) / pairs).toFixed(1)}%, signal ${((100 * counts[1]!) / pairs).toFixed(1)}%, exceeds ${((100 * counts[2]!) / pairs).toFixed(1)}%`,
);

const loop = time(() => {
  let sum = 0;
  for (let i = 0; i < P.count; i++) for (let j = 0; j < D.count; j++) sum += checkCompiled(P, i, D, j);
  return sum;
}, 5);
row('checkCompiled loop, region', pairs, loop.ms, `checksum ${loop.result}`);

const margins = time(() => {
  let sum = 0;
  for (let i = 0; i < P.count; i++) for (let j = 0; j < D.count; j++) sum += marginCompiled(P, i, D, j);
  return sum;
}, 5);
row('marginCompiled loop, region', pairs, margins.ms, `mean margin ${(margins.result / pairs).toFixed(3)}`);

// checkAll again after the loops (A/B/A order), to see drift from other processes on the machine.
const allAgain = time(() => checkAll(P, D, { out }), 5);
row('checkAll, region, second run', pairs, allAgain.ms);

const DP = compileProfiles(denseProfiles);
const DD = compileDemands(denseTasks);
const denseOut = new Uint8Array(DP.count * DD.count);
const dense = time(() => checkAll(DP, DD, { out: denseOut }), 3);
counts = [0, 0, 0];
for (const s of dense.result) counts[s]! += 1;
row('checkAll, dense (12 demands a task)', DP.count * DD.count, dense.ms, `statuses ${counts.join('/')}`);

// Readable comparison on a sample of the same pairs, for the ratio.
const sampleP = profiles.slice(0, 100);
const sampleT = tasks.slice(0, 200);
const readable = time(() => {
  let fits = 0;
  for (const p of sampleP) for (const t of sampleT) if (compareCapabilities(p, t.demands, t).fits) fits++;
  return fits;
}, 3);
const readablePairs = sampleP.length * sampleT.length;
row('compareCapabilities (readable), region sample', readablePairs, readable.ms, `fits ${readable.result}`);
const ratio = readable.ms / readablePairs / (all.ms / pairs);

const cpu = cpus()[0]?.model ?? 'unknown';
process.stdout.write(
  [
    `## capability screening — node ${process.version}, ${cpus().length} cores, ${cpu}`,
    '',
    '| what | pairs / items | median ms | per second | notes |',
    '|---|---:|---:|---:|---|',
    ...rows,
    '',
    `compiled checkAll is ${ratio.toFixed(0)}× faster per pair than the readable compareCapabilities.`,
    '',
  ].join('\n'),
);
