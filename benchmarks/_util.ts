/** Shared helpers of the benchmark scripts: timing with warm-up and medians, machine line. */
import { cpus } from 'node:os';

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
