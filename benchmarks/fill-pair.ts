/**
 * The daily fill of two builds side by side in one process (issue 24): each build compiles the same
 * region, then fill i (a copy of an existing vacancy added, `rankCandidates` top 10) runs on one build
 * and at once on the other, the first of the two alternating, so the load of a shared machine falls
 * on both alike. Per fill: this process's CPU ms and the bytes the fill allocated (heap used after
 * less before; run with a large young generation, e.g. `--max-semi-space-size=512`, so no scavenge
 * falls inside a fill — a fill with one is left out of the bytes and counted). Prints, per build, the
 * CPU ms per fill (median, p90, p95, max), the KB allocated per fill (median, p95) and a digest of the
 * rankings (ids and scores), which must be the same for the two builds.
 *
 * Region: `dense` (default) is the Amsterdam area (Amsterdam, Zaanstad, Almere, Haarlem, Hilversum,
 * Leiden, Alkmaar) with the candidates and vacancies the full country gives those towns, so a fill
 * meets the full run's dense cells (30,000–60,000 candidates) on a region a quarter of the country's
 * size (`dense:0.25`: a quarter of those vacancies, a shorter compile); a number is the national
 * region at that scale (`national.ts`).
 *
 * Run: node --expose-gc --max-semi-space-size=512 --max-old-space-size=12288 --import tsx
 *        benchmarks/fill-pair.ts <old dist> <new dist> [dense | scale] [fills] [rounds]
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nationalRegionOptions, TOWNS } from './_towns.js';
import { machine } from './_util.js';

type Lib = typeof import('../dist/index.js');
const dirs = [process.argv[2] ?? '/work/dist-s12', process.argv[3] ?? 'dist'];
const where = process.argv[4] ?? 'dense';
const nFills = Number(process.argv[5] ?? 100);
const rounds = Number(process.argv[6] ?? 1);
const DENSE = ['Amsterdam', 'Zaanstad', 'Almere', 'Haarlem', 'Hilversum', 'Leiden', 'Alkmaar'];
const WARM = 5;

/** The region's options: the dense towns at the country's density, or the national region at a scale. */
function regionOptions() {
  const [kind, share = '1'] = where.split(':');
  if (kind !== 'dense') return nationalRegionOptions(Number(where));
  const towns = TOWNS.filter(([name]) => DENSE.includes(name));
  const part = towns.reduce((s, t) => s + t[3], 0) / TOWNS.reduce((s, t) => s + t[3], 0);
  return {
    seed: 2026,
    candidates: Math.round(250_000 * part),
    vacancies: Math.round(400_000 * part * Number(share)),
    municipalities: towns.map(([name, lat, lon, k]) => ({ name, lat, lon, population: k * 1000 })),
    name: 'Amsterdam area (synthetic)',
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const q = (s: readonly number[], p: number): number => s[Math.min(s.length - 1, Math.floor(s.length * p))]!;

interface Side {
  dir: string;
  region: ReturnType<Lib['generateRegion']>;
  matcher: ReturnType<Lib['createMatcher']>;
  cpu: number[];
  kb: number[];
  gcFills: number;
  hash: ReturnType<typeof createHash>;
}
const sides: Side[] = [];
for (const dir of dirs) {
  const lib = (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as Lib;
  const region = lib.generateRegion(regionOptions());
  const t0 = performance.now();
  const matcher = lib.createMatcher(region);
  console.log(
    `${dir}: ${region.candidates.length.toLocaleString('en')} × ${region.vacancies.length.toLocaleString('en')}, compile ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  sides.push({ dir, region, matcher, cpu: [], kb: [], gcFills: 0, hash: createHash('sha256') });
}
console.log(`${machine()}; ${where}, ${nFills} fills (+${WARM} warm-up) × ${rounds} rounds\n`);

/** One fill on `s`: CPU ms and bytes allocated (−1 when the heap shrank: a GC fell inside). */
function fill(s: Side, id: string, i: number): void {
  const nV = s.region.vacancies.length;
  const v = { ...s.region.vacancies[(i * 7919) % nV]!, id };
  const h0 = process.memoryUsage().heapUsed;
  const c0 = cpu();
  s.matcher.addVacancy(v);
  const ranked = s.matcher.rankCandidates(v.id, { k: 10 });
  const c1 = cpu();
  const h1 = process.memoryUsage().heapUsed;
  if (i < WARM) return;
  s.cpu.push(c1 - c0);
  if (h1 >= h0) s.kb.push((h1 - h0) / 1024);
  else s.gcFills++;
  for (const m of ranked) s.hash.update(`${m.candidateId}:${m.score};`);
  s.hash.update('|');
}

gc?.();
for (let round = 0; round < rounds; round++)
  for (let i = 0; i < nFills + WARM; i++) {
    const first = i % 2;
    fill(sides[first]!, `new-${round}-${i}`, i);
    fill(sides[1 - first]!, `new-${round}-${i}`, i);
  }

const fmt = (xs: readonly number[], ps: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${ps.map((p) => q(s, p).toFixed(2)).join(' / ')} / ${s[s.length - 1]!.toFixed(2)}`;
};
console.log(
  '| build | CPU ms a fill: median / p90 / p95 / max | KB allocated a fill: median / p95 / max | fills with a GC | digest |',
);
console.log('|---|---|---|---|---|');
for (const s of sides)
  console.log(
    `| ${s.dir} | ${fmt(s.cpu, [0.5, 0.9, 0.95])} | ${fmt(s.kb, [0.5, 0.95])} | ${s.gcFills} | ${s.hash.digest('hex').slice(0, 16)} |`,
  );
const [a, b] = sides as [Side, Side];
const ratios = a.cpu.map((x, k) => b.cpu[k]! / x).sort((x, y) => x - y);
console.log(`\nnew / old CPU per fill, paired: median ${q(ratios, 0.5).toFixed(2)}`);
const heavy = a.cpu
  .map((x, k) => [x, b.cpu[k]!] as const)
  .sort((x, y) => y[0] - x[0])
  .slice(0, 10);
console.log(
  `the 10 heaviest fills of the old build, old → new CPU ms: ${heavy.map(([x, y]) => `${x.toFixed(1)} → ${y.toFixed(1)}`).join(', ')}`,
);
