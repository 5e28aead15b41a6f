/**
 * The national daily fill one vacancy at a time (issue 24): the 105 fills of `national.ts … fill`
 * (a copy of an existing vacancy added, then `rankCandidates` top 10; the first 5 a warm-up), each
 * with its wall and CPU time split into `addVacancy` and `rankCandidates`, the GC pauses that fell
 * inside it (`PerformanceObserver` 'gc' entries), and the vacancy's town. Prints the distribution
 * (median, p90, p95, max), the ten slowest fills, and a digest of the 100 rankings (ids and scores),
 * which must be the same for two builds.
 *
 * Run: node --expose-gc --max-old-space-size=12288 --import tsx benchmarks/fill-tail.ts <dist dir> [scale] [rounds]
 * (`rounds` > 1 repeats the 105 fills on the same matcher with new ids, and reports every round.)
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { nationalRegionOptions, TOWNS } from './_towns.js';
import { machine } from './_util.js';

const dir = process.argv[2] ?? 'dist';
const scale = Number(process.argv[3] ?? 0.25);
const rounds = Number(process.argv[4] ?? 1);
const lib = (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as typeof import('../dist/index.js');
const region = lib.generateRegion(nationalRegionOptions(scale));
const nC = region.candidates.length;
const nV = region.vacancies.length;
const t0 = performance.now();
const matcher = lib.createMatcher(region);
const compileMs = performance.now() - t0;

const gcs: { start: number; end: number; kind: string }[] = [];
const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0;
    gcs.push({ start: e.startTime, end: e.startTime + e.duration, kind: GC_KINDS[kind] ?? String(kind) });
  }
}).observe({ entryTypes: ['gc'] });

/** CPU µs of this process so far. */
const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
/** The nearest town to a place. */
const townOf = (lat: number, lon: number): string => {
  let best = '';
  let d = Number.POSITIVE_INFINITY;
  for (const [name, tl, tn] of TOWNS) {
    const dd = (lat - tl) ** 2 + ((lon - tn) * 0.6) ** 2;
    if (dd < d) [best, d] = [name, dd];
  }
  return best;
};

interface Fill {
  i: number;
  town: string;
  addMs: number;
  rankMs: number;
  totalMs: number;
  cpuMs: number;
  addCpuMs: number;
  gcMs: number;
}
const q = (s: readonly number[], p: number): number => s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
console.log(`${machine()}\n`);
console.log(
  `scale ${scale}: ${nC.toLocaleString('en')} × ${nV.toLocaleString('en')}, compile ${(compileMs / 1000).toFixed(1)} s\n`,
);
for (let round = 0; round < rounds; round++) {
  const fills: Fill[] = [];
  const hash = createHash('sha256');
  // Let the observer's entries of the compile and the GC above arrive before the fills start.
  await new Promise((r) => setTimeout(r, 50));
  gcs.length = 0;
  const spans: { i: number; a: number; b: number; c: number; cpu: number; addCpu: number; town: string }[] =
    [];
  for (let i = 0; i < 105; i++) {
    const src = region.vacancies[(i * 7919) % nV]!;
    const v = { ...src, id: `new-${round}-${i}` };
    const c0 = cpu();
    const a = performance.now();
    matcher.addVacancy(v);
    const b = performance.now();
    const cb = cpu();
    const ranked = matcher.rankCandidates(v.id, { k: 10 });
    const c = performance.now();
    const c1 = cpu();
    if (i >= 5) {
      spans.push({
        i,
        a,
        b,
        c,
        cpu: (c1 - c0) / 1000,
        addCpu: (cb - c0) / 1000,
        town: townOf(src.location.lat, src.location.lon),
      });
      for (const m of ranked) hash.update(`${m.candidateId}:${m.score};`);
      hash.update('|');
    }
  }
  await new Promise((r) => setTimeout(r, 50));
  for (const s of spans) {
    let gcMs = 0;
    for (const g of gcs) gcMs += Math.max(0, Math.min(g.end, s.c) - Math.max(g.start, s.a));
    fills.push({
      i: s.i,
      town: s.town,
      addMs: s.b - s.a,
      rankMs: s.c - s.b,
      totalMs: s.c - s.a,
      cpuMs: s.cpu,
      addCpuMs: s.addCpu,
      gcMs,
    });
  }
  const total = fills.map((f) => f.totalMs).sort((x, y) => x - y);
  const cpuSorted = fills.map((f) => f.cpuMs).sort((x, y) => x - y);
  const add = fills.map((f) => f.addMs).sort((x, y) => x - y);
  const addCpu = fills.map((f) => f.addCpuMs).sort((x, y) => x - y);
  const gcTotal = fills.reduce((s, f) => s + f.gcMs, 0);
  const fmt = (s: readonly number[]) =>
    `${q(s, 0.5).toFixed(2)} / ${q(s, 0.9).toFixed(2)} / ${q(s, 0.95).toFixed(2)} / ${s[s.length - 1]!.toFixed(2)}`;
  console.log(`round ${round + 1}, digest ${hash.digest('hex').slice(0, 16)}`);
  console.log(`| fill (100) | median / p90 / p95 / max ms |`);
  console.log('|---|---|');
  console.log(`| wall | ${fmt(total)} |`);
  console.log(`| CPU | ${fmt(cpuSorted)} |`);
  console.log(`| addVacancy wall | ${fmt(add)} |`);
  console.log(`| addVacancy CPU | ${fmt(addCpu)} |`);
  console.log(
    `| GC inside fills, total ms | ${gcTotal.toFixed(1)} (${gcs.length} GC events in the round) |\n`,
  );
  const t0Round = spans[0]!.a;
  console.log(
    `GC events (kind, ms, at ms into the fills): ${gcs.map((g) => `${g.kind} ${(g.end - g.start).toFixed(1)} @${(g.start - t0Round).toFixed(0)}`).join(', ')}\n`,
  );
  console.log('slowest by CPU: i town, wall total (add + rank), CPU (add), GC');
  for (const f of [...fills].sort((x, y) => y.cpuMs - x.cpuMs).slice(0, 10))
    console.log(
      `  ${f.i} ${f.town}: ${f.totalMs.toFixed(2)} (${f.addMs.toFixed(2)} + ${f.rankMs.toFixed(2)}), CPU ${f.cpuMs.toFixed(2)} (${f.addCpuMs.toFixed(2)}), GC ${f.gcMs.toFixed(2)}`,
    );
}
