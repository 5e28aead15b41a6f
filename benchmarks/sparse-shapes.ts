/**
 * The sparse solver by shape (issue 24) beside scipy's `min_weight_full_bipartite_matching` on the same
 * seeded graphs: tall (many candidates, few vacancies, the shape the engine makes), square and wide.
 * Goal: no slower than scipy on any shape, with the same optimal total. scipy gets our problem exactly
 * (a private zero-weight dummy column a row, see scipy_sparse.py) and is timed inside python, solve
 * only; it is skipped when python3 with numpy and scipy is missing. Each shape is solved up to eleven
 * times to warm up (the first run reported apart), then five timed runs; scipy likewise in its own
 * process (its slow square case once).
 * Run: node --import tsx benchmarks/sparse-shapes.ts [--quick]
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

type Graph = ReturnType<typeof sparseGraph>;
type Peer = { ms: number; total: number; version: string; runs: number } | string;

/** The graph in files for scipy_sparse.py, in a fresh folder. */
function writeGraph(g: Graph): string {
  const dir = mkdtempSync(join(tmpdir(), 'banenmatch-sparse-'));
  writeFileSync(join(dir, 'offsets.i32'), g.offsets);
  writeFileSync(join(dir, 'targets.i32'), g.targets);
  writeFileSync(join(dir, 'weights.f64'), g.weights);
  return dir;
}

/** scipy's median time of `repeats` solves of the graph in `dir` (after a warm-up), or why it was skipped. */
function scipy(dir: string, g: Graph, repeats: number): Peer {
  try {
    const out = execFileSync(
      'python3',
      [join(here, 'scipy_sparse.py'), dir, String(g.rows), String(g.cols), String(repeats)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const r = JSON.parse(out) as { times_ms: number[]; total: number; scipy: string };
    return { ms: median(r.times_ms), total: r.total, version: r.scipy, runs: r.times_ms.length };
  } catch (e) {
    return `skipped: python3 with numpy and scipy not available (${(e as Error).message.split('\n')[0]})`;
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

const lines: string[] = [];
let version = '';
for (const [rows, cols, deg, integers] of shapes) {
  const g = sparseGraph(rows, cols, deg, rows + cols + deg + integers, integers);
  const dir = writeGraph(g);
  // Warm-up: V8 needs several runs of this shape's path before its code is fully optimised (up to
  // ten, or 5 s); the first run is kept apart.
  const first = performance.now();
  let r = solveSparseAssignment(g);
  const firstMs = performance.now() - first;
  for (let w = 0; w < 10 && performance.now() - first < 5_000; w++) r = solveSparseAssignment(g);
  // Each solver warm and alone: five runs of ours back to back, then scipy's. No forced GC before a
  // run: the heap left to sweep after gc() made the next solve 3–5× slower (120 ms instead of 25 ms
  // on the wide shape), and so did interleaving the two (python's runs took the caches).
  const ours: number[] = [];
  for (let rep = 0; rep < 5; rep++) {
    const start = performance.now();
    r = solveSparseAssignment(g);
    ours.push(performance.now() - start);
  }
  const peer = scipy(dir, g, rows * cols > 1e9 ? 1 : 5);
  rmSync(dir, { recursive: true, force: true });
  const matched = r.rowToCol.reduce((n, x) => (x === -1 ? n : n + 1), 0);
  const kind = integers > 0 ? `integer weights 1–${integers}` : 'real weights';
  const shape = `${rows.toLocaleString('en')} × ${cols.toLocaleString('en')}, ${deg} a row, ${kind}`;
  const head = `| ${shape} | ${matched.toLocaleString('en')} | ${r.total.toFixed(integers > 0 ? 0 : 4)} | ${firstMs.toFixed(0)} | ${median(ours).toFixed(0)}`;
  if (typeof peer === 'string') {
    lines.push(`${head} | ${peer} | | |`);
    continue;
  }
  version = peer.version;
  const near = Math.abs(peer.total - r.total) <= 1e-9 * Math.max(1, Math.abs(r.total));
  lines.push(
    `${head} | ${peer.ms.toFixed(0)} (${peer.runs}×) | ${(median(ours) / peer.ms).toFixed(2)} | ${near ? 'yes' : `NO (${peer.total})`} |`,
  );
}

const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(', ');
console.log(`\nMachine: ${machine()}; load average at the end ${load}\n`);
console.log(
  `| shape | matched | total weight | ours, first run, ms | ours, median of 5, ms | scipy ${version}, median ms (runs) | ours / scipy | same total |`,
);
console.log('|---|---:|---:|---:|---:|---:|---:|---|');
for (const l of lines) console.log(l);
