/**
 * The sparse solver by shape (issue 24) beside scipy's `min_weight_full_bipartite_matching` on the same
 * seeded graphs: tall (many candidates, few vacancies, the shape the engine makes), square and wide.
 * Goal: no slower than scipy on any shape, with the same optimal total. scipy gets our problem exactly
 * (a private zero-weight dummy column a row, see scipy_sparse.py) and is timed inside python, solve
 * only; it is skipped when python3 with numpy and scipy is missing.
 * Run: node --expose-gc --import tsx benchmarks/sparse-shapes.ts [--quick]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { solveSparseAssignment } from '../src/assignment/index.js';
import { machine, median, sparseGraph } from './_util.js';

const quick = process.argv.includes('--quick');
const here = dirname(fileURLToPath(import.meta.url));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

type Graph = ReturnType<typeof sparseGraph>;

/** scipy's median solve time and total on `g`, or why it was skipped. */
function scipy(g: Graph, repeats: number): { ms: number; total: number; version: string } | string {
  const dir = mkdtempSync(join(tmpdir(), 'banenmatch-sparse-'));
  try {
    writeFileSync(join(dir, 'offsets.i32'), g.offsets);
    writeFileSync(join(dir, 'targets.i32'), g.targets);
    writeFileSync(join(dir, 'weights.f64'), g.weights);
    const out = execFileSync(
      'python3',
      [join(here, 'scipy_sparse.py'), dir, String(g.rows), String(g.cols), String(repeats)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const r = JSON.parse(out) as { times_ms: number[]; total: number; scipy: string };
    return { ms: median(r.times_ms), total: r.total, version: r.scipy };
  } catch (e) {
    return `skipped: python3 with numpy and scipy not available (${(e as Error).message.split('\n')[0]})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** [rows, cols, edges a row, integer weights in 1..this (0: real weights in [0, 1))]. */
const shapes: [number, number, number, number][] = quick
  ? [
      [20_000, 2_000, 100, 0],
      [2_000, 20_000, 100, 0],
    ]
  : [
      [20_000, 2_000, 100, 0],
      [20_000, 2_000, 100, 100],
      [50_000, 5_000, 100, 0],
      [50_000, 50_000, 50, 0],
      [2_000, 20_000, 100, 0],
    ];

// Warm-up so the JIT has compiled the solver before timing.
for (let k = 0; k < 3; k++) solveSparseAssignment(sparseGraph(5_000, 500, 50, k));

const lines: string[] = [];
for (const [rows, cols, deg, integers] of shapes) {
  const g = sparseGraph(rows, cols, deg, rows + cols + deg + integers, integers);
  const repeats = rows * deg >= 2_500_000 ? 3 : 5;
  const times: number[] = [];
  let total = 0;
  let matched = 0;
  for (let rep = 0; rep < repeats; rep++) {
    gc();
    const start = performance.now();
    const r = solveSparseAssignment(g);
    times.push(performance.now() - start);
    total = r.total;
    matched = r.rowToCol.reduce((n, x) => (x === -1 ? n : n + 1), 0);
  }
  const ours = median(times);
  const peer = scipy(g, repeats);
  const shape = `${rows.toLocaleString('en')} × ${cols.toLocaleString('en')}, ${deg} a row, ${
    integers > 0 ? `integer weights 1–${integers}` : 'real weights'
  }`;
  const head = `| ${shape} | ${matched.toLocaleString('en')} | ${total.toFixed(integers > 0 ? 0 : 4)} | ${ours.toFixed(0)}`;
  if (typeof peer === 'string') {
    lines.push(`${head} | ${peer} | | |`);
    continue;
  }
  const same =
    Math.abs(peer.total - total) <= 1e-9 * Math.max(1, Math.abs(total)) ? 'yes' : `NO (${peer.total})`;
  lines.push(`${head} | ${peer.ms.toFixed(0)} | ${(ours / peer.ms).toFixed(2)} | ${same} |`);
}

console.log(
  `\nMachine: ${machine()}; load average at the end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}\n`,
);
console.log(
  '| shape | matched | total weight | ours, median ms | scipy, median ms | ours / scipy | same total |',
);
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const l of lines) console.log(l);
