/**
 * One side of a paired old/new comparison of `whyNot` and `caseloadGaps` beside `rankAll` (issue 22):
 * run it alternately on two built bundles in the same window, so that the load of a shared machine
 * falls on both alike. On the default region (2,000 × 3,000, seed 42): `rankAll` top-10 on a fresh
 * matcher (its warm-up), whyNot for every candidate (the first pass of that matcher: it compiles the
 * changed jobs it tries), `rankAll` again; `caseloadGaps` on a second fresh matcher (cold), `rankAll`
 * on it; a second whyNot pass and `caseloadGaps` on the first matcher (warm). Each step's CPU ms of
 * this process (`process.cpuUsage`, less sensitive to other work than the wall clock, `…W`), and each
 * whyNot or caseloadGaps figure divided by the mean of the two `rankAll` after the warm-up (`r…`).
 * Prints one JSON line.
 *
 * Run: node --expose-gc --import tsx benchmarks/why-not-ab.ts <dist dir>
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2] ?? 'dist';
const lib = (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as typeof import('../dist/index.js');
/** CPU ms of this process so far (user + system). */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const out: Record<string, number | string> = { dist: dir, load: loadavg()[0]!.toFixed(2) };
/** Runs `f` once after a collection; its CPU ms under `name`, its wall ms under `nameW`. */
const step = (name: string, f: () => unknown): number => {
  (globalThis as { gc?: () => void }).gc?.();
  const c = cpuMs();
  const t = performance.now();
  f();
  const ms = Math.round(cpuMs() - c);
  out[`${name}W`] = Math.round(performance.now() - t);
  out[name] = ms;
  return ms;
};

const region = lib.generateRegion({ seed: 42 });
const ids = region.candidates.map((c) => c.id);
const all = (m: ReturnType<typeof lib.createMatcher>): void => {
  for (const id of ids) m.whyNot(id);
};
const m1 = lib.createMatcher(region);
step('rankAll0', () => m1.rankAll({ k: 10 }));
const cold = step('whyNot1', () => all(m1));
const r1 = step('rankAll1', () => m1.rankAll({ k: 10 }));
const m2 = lib.createMatcher(region);
const gapsCold = step('gapsCold', () => lib.caseloadGaps(m2));
const r2 = step('rankAll2', () => m2.rankAll({ k: 10 }));
const warm = step('whyNot2', () => all(m1));
const gapsWarm = step('gapsWarm', () => lib.caseloadGaps(m1));
const r = (r1 + r2) / 2;
out.rW1 = Number((cold / r).toFixed(3));
out.rGc = Number((gapsCold / r).toFixed(3));
out.rW2 = Number((warm / r).toFixed(3));
out.rGw = Number((gapsWarm / r).toFixed(3));
out.loadEnd = loadavg()[0]!.toFixed(2);
console.log(JSON.stringify(out));
