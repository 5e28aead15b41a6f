/** Shared helpers of the benchmark scripts: timing with warm-up and medians, machine line, seeded graphs. */
import { cpus } from 'node:os';
import { createRandom } from '../src/_internal/random.js';

const gc = (globalThis as { gc?: () => void }).gc;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Runs `f` once to warm up, then `rounds` times (GC between runs when exposed); median ms and last result. */
export function time<T>(f: () => T, rounds: number): { ms: number; result: T } {
  let result = f();
  const ms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    gc?.();
    const t0 = performance.now();
    result = f();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), result };
}

/** One line naming the machine: CPU model, cores, node version. */
export function machine(): string {
  return `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, node ${process.version}`;
}

/** Peak resident memory of this process so far, in MB (Linux: VmHWM). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Seeded CSR graph: `deg` distinct random columns a row, weights uniform in [0, 1) (or integers in
 * [1, `integers`] when given: many ties).
 */
export function sparseGraph(
  n: number,
  cols: number,
  deg: number,
  seed: number,
  integers = 0,
): { rows: number; cols: number; offsets: Int32Array; targets: Int32Array; weights: Float64Array } {
  const random = createRandom(seed);
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(n * deg);
  const weights = new Float64Array(n * deg);
  const mark = new Int32Array(cols);
  let k = 0;
  for (let y = 0; y < n; y++) {
    let placed = 0;
    while (placed < deg) {
      const x = Math.floor(random() * cols);
      if (mark[x] === y + 1) continue;
      mark[x] = y + 1;
      targets[k] = x;
      weights[k++] = integers > 0 ? 1 + Math.floor(random() * integers) : random();
      placed++;
    }
    offsets[y + 1] = k;
  }
  return { rows: n, cols, offsets, targets, weights };
}
