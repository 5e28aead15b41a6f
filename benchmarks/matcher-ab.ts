/**
 * One side of a paired old/new comparison of the matcher (issue 24): run it alternately on two built
 * bundles in the same window, so that the load of a shared machine falls on both alike.
 * - the default region (2,000 × 3,000, seed 42): screening over all pairs (one round after a warm-up),
 *   `rankAll` top-10 and `shortlist` top-50 (medians of 2 rounds after a warm-up; CPU: the mean of all 3);
 * - a national-shaped region at `scale` (default 0.1: 25,000 × 40,000 over the towns of
 *   `national.ts`): the compile, `shortlist` top-50, and the daily fill (addVacancy + rankCandidates
 *   top 10, 100 times, median and p95);
 * - `dense`: the towns around Utrecht with the jobs the full run gives them (≈ 42,000 vacancies, the
 *   country's density, so a candidate meets as many vacancies and job shapes as in the full run) and
 *   a quarter of its people (≈ 6,500 candidates, to keep the run short): compile, shortlist, fill.
 * Times are wall-clock ms; `…Cpu` figures are this process's CPU ms for the same step (less
 * sensitive to other work on a shared machine).
 * Prints one JSON line.
 *
 * Run: node --expose-gc --import tsx benchmarks/matcher-ab.ts <dist dir> [scale] [parts: region,national,dense]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TOWNS } from './_towns.js';
import { median, time } from './_util.js';

const dir = process.argv[2] ?? 'dist';
const scale = Number(process.argv[3] ?? 0.1);
const parts = (process.argv[4] ?? 'region,national').split(',');
const lib = (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as typeof import('../dist/index.js');
const out: Record<string, number | string> = { dist: dir };
/** CPU ms of this process so far (user + system). */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

if (parts.includes('region')) {
  const region = lib.generateRegion({ seed: 42 });
  const nC = region.candidates.length;
  const nV = region.vacancies.length;
  const build = time(() => lib.createMatcher(region), 3);
  const m = build.result;
  const screen = time(() => {
    let pass = 0;
    for (let i = 0; i < nC; i++) for (let j = 0; j < nV; j++) if (m.screen(i, j)) pass++;
    return pass;
  }, 1);
  out.buildMs = Math.round(build.ms);
  out.screenMps = Number(((nC * nV) / screen.ms / 1e3).toFixed(2));
  let c = cpuMs();
  out.rankAllMs = Math.round(time(() => m.rankAll({ k: 10 }), 2).ms);
  out.rankAllCpu = Math.round((cpuMs() - c) / 3);
  c = cpuMs();
  out.shortlistMs = Math.round(time(() => m.shortlist({ k: 50 }), 2).ms);
  out.shortlistCpu = Math.round((cpuMs() - c) / 3);
}

/** Compile, shortlist top-50 and the daily fill on `towns` with `nC` × `nV`; figures under `prefix`. */
function national(prefix: string, towns: typeof TOWNS, nC: number, nV: number): void {
  const region = lib.generateRegion({
    seed: 2026,
    candidates: nC,
    vacancies: nV,
    municipalities: towns.map(([name, lat, lon, k]) => ({ name, lat, lon, population: k * 1000 })),
    name: 'Nederland (synthetic)',
  });
  (globalThis as { gc?: () => void }).gc?.();
  const c0 = cpuMs();
  const t0 = performance.now();
  const m = lib.createMatcher(region);
  const t1 = performance.now();
  const c1 = cpuMs();
  const list = m.shortlist({ k: 50 });
  const t2 = performance.now();
  const c2 = cpuMs();
  const fill: number[] = [];
  for (let i = 0; i < 105; i++) {
    const v = { ...region.vacancies[(i * 7919) % nV]!, id: `new-${i}` };
    const t = performance.now();
    m.addVacancy(v);
    m.rankCandidates(v.id, { k: 10 });
    if (i >= 5) fill.push(performance.now() - t);
  }
  fill.sort((a, b) => a - b);
  out[`${prefix}CompileMs`] = Math.round(t1 - t0);
  out[`${prefix}ShortlistMs`] = Math.round(t2 - t1);
  out[`${prefix}CompileCpu`] = Math.round(c1 - c0);
  out[`${prefix}ShortlistCpu`] = Math.round(c2 - c1);
  out[`${prefix}Edges`] = list.vacancies.length;
  out[`${prefix}FillMedianMs`] = Number(median(fill).toFixed(2));
  out[`${prefix}FillP95Ms`] = Number(fill[Math.floor(fill.length * 0.95)]!.toFixed(2));
}

if (parts.includes('national'))
  national('n', TOWNS, Math.round(250_000 * scale), Math.round(400_000 * scale));
if (parts.includes('dense')) {
  const towns = TOWNS.filter(([name]) => ['Utrecht', 'Amersfoort', 'Hilversum', 'Gouda'].includes(name));
  const share = towns.reduce((s, t) => s + t[3], 0) / TOWNS.reduce((s, t) => s + t[3], 0);
  national('d', towns, Math.round((250_000 * share) / 4), Math.round(400_000 * share));
}
console.log(JSON.stringify(out));
