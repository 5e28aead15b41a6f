/**
 * Memory diagnostic of `benchmarks/national.ts … parallel … memory` (issue 24): the main thread's heap
 * at each phase of `assignInParallel` (after a GC when `--expose-gc` is given) and the process's
 * resident memory sampled every 50 ms (all threads), the peak per phase; the workers run
 * `_memory-worker.mjs`, which writes their own figures to files read back here.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;
const PHASES = ['send records, compile', 'shortlist', 'solve', 'explain'];

interface Heap {
  heapUsed: number;
  heapTotal: number;
  arrayBuffers: number;
  external: number;
  rss: number;
}

function heap(): Heap {
  const m = process.memoryUsage();
  return {
    heapUsed: m.heapUsed / MB,
    heapTotal: m.heapTotal / MB,
    arrayBuffers: m.arrayBuffers / MB,
    external: m.external / MB,
    rss: m.rss / MB,
  };
}

const f = (x: number) => Math.round(x).toLocaleString('en');
const row = (name: string, m: Heap) =>
  `| ${name} | ${f(m.heapUsed)} | ${f(m.arrayBuffers)} | ${f(m.external)} | ${f(m.rss)} |`;

/** Starts the diagnostic: returns the worker URL to pass, the progress hook and the report. */
export function memoryDiagnostic() {
  const out = join(tmpdir(), `banenmatch-memory-${process.pid}`);
  process.env.BANENMATCH_MEMORY_OUT = out;
  const marks: { name: string; m: Heap }[] = [];
  const mark = (name: string) => {
    gc?.();
    marks.push({ name, m: heap() });
  };
  const peaks = new Float64Array(PHASES.length);
  let phase = 0;
  const timer = setInterval(() => {
    peaks[phase] = Math.max(peaks[phase]!, process.memoryUsage.rss() / MB);
  }, 50);
  return {
    workerUrl: new URL('./_memory-worker.mjs', import.meta.url),
    mark,
    /** Call from `onProgress`: the phase of `done` (of 4000). */
    progress(done: number) {
      const next = Math.min(PHASES.length - 1, Math.floor(done / 1000));
      if (next > phase) peaks[next] = process.memoryUsage.rss() / MB;
      phase = Math.max(phase, next);
    },
    report(): string {
      clearInterval(timer);
      const lines = [
        `Main thread (MB${gc === undefined ? ', no GC forced: run with --expose-gc' : ', after a forced GC'}):`,
        '',
        '| after | heap used | array buffers | external | process resident |',
        '|---|---:|---:|---:|---:|',
        ...marks.map((x) => row(x.name, x.m)),
        '',
        'Peak resident memory of the process per phase (MB, sampled every 50 ms):',
        '',
        `| ${PHASES.join(' | ')} |`,
        `|${PHASES.map(() => '---:').join('|')}|`,
        `| ${Array.from(peaks, f).join(' | ')} |`,
      ];
      const prefix = `${basename(out)}.`;
      for (const name of readdirSync(tmpdir())
        .filter((n) => n.startsWith(prefix))
        .sort()) {
        const file = join(tmpdir(), name);
        const id = name.slice(prefix.length, -'.json'.length);
        const w = JSON.parse(readFileSync(file, 'utf8')) as {
          marks: ({ name: string; cpu: number } & Heap)[];
          peaks: Record<string, { heapUsed: number; heapTotal: number; arrayBuffers: number }>;
        };
        rmSync(file);
        lines.push(
          '',
          `Worker thread ${id} (MB, after a forced GC at each step; the thread's CPU time):`,
          '',
        );
        lines.push(
          '| after | heap used | array buffers | external | process resident | thread CPU s |',
          '|---|---:|---:|---:|---:|---:|',
        );
        for (const m of w.marks) lines.push(`${row(m.name, m)} ${m.cpu.toFixed(2)} |`);
        lines.push(
          '',
          '| phase | peak heap used | peak heap total | peak array buffers |',
          '|---|---:|---:|---:|',
        );
        for (const [name, p] of Object.entries(w.peaks))
          lines.push(`| ${name} | ${f(p.heapUsed)} | ${f(p.heapTotal)} | ${f(p.arrayBuffers)} |`);
      }
      return lines.join('\n');
    },
  };
}
