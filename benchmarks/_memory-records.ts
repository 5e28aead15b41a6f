/**
 * Memory diagnostic (issue 24): what a matcher keeps per record when its records come as a worker of
 * `assignInParallel` receives them — a structured clone of each chunk of 4,096 (`clone`), JSON text
 * parsed (`json`), or the generated objects themselves (`shared`, as `createMatcher` on the caller's
 * thread); `interned` and `json-interned`: the first two with every string replaced by one copy of
 * it — as heap deltas after forced GCs (heap used + array buffers), per candidate and per vacancy.
 *
 * Run: node --expose-gc --import tsx benchmarks/_memory-records.ts [scale] [clone|json|shared|interned|json-interned]
 */
import { generateRegion } from '../dist/index.js';
import { matcherBuild } from '../src/scoring/matcher.js';
import { nationalRegionOptions } from './_towns.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');
const used = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const scale = Number(process.argv[2] ?? 0.05);
const form = process.argv[3] ?? 'clone';
const region = generateRegion(nationalRegionOptions(scale));
const nC = region.candidates.length;
const nV = region.vacancies.length;
const strings = new Map<string, string>();
const intern = (x: unknown): unknown => {
  if (typeof x === 'string') {
    const known = strings.get(x);
    if (known !== undefined) return known;
    strings.set(x, x);
    return x;
  }
  if (Array.isArray(x)) for (let i = 0; i < x.length; i++) x[i] = intern(x[i]);
  else if (typeof x === 'object' && x !== null)
    for (const [k, v] of Object.entries(x)) (x as Record<string, unknown>)[k] = intern(v);
  return x;
};
const pass = (chunk: unknown[]): unknown[] =>
  form === 'clone'
    ? structuredClone(chunk)
    : form === 'json'
      ? JSON.parse(JSON.stringify(chunk))
      : form === 'json-interned'
        ? (intern(JSON.parse(JSON.stringify(chunk))) as unknown[])
        : form === 'interned'
          ? (intern(structuredClone(chunk)) as unknown[])
          : chunk;
const h0 = used();
const build = matcherBuild({}, nC + nV);
for (let i = 0; i < nC; i += 4096) build.addCandidates(pass(region.candidates.slice(i, i + 4096)));
const h1 = used();
for (let i = 0; i < nV; i += 4096) build.addVacancies(pass(region.vacancies.slice(i, i + 4096)));
const h2 = used();
const matcher = build.finish();
const h3 = used();
const kb = (bytes: number, n: number) => (bytes / n / 1024).toFixed(2);
console.log(
  `| ${scale} | ${form} | ${kb(h1 - h0, nC)} | ${kb(h2 - h1, nV)} | ${((h3 - h0) / 2 ** 20).toFixed(0)} |`,
);
void matcher;
