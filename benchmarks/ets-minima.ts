/**
 * Do the SES, Holt and damped-Holt fits find the lowest SSE? (test/MUTATION.md, "Holt and damped fits
 * stop in local minima".) On 200 seeded series a seed (100 of the calibration study's yearly processes, 6–14
 * points; 100 random walks with a wandering drift, 8–40 points) the fitted SSE is compared with the
 * best point of a fine grid over the smoothing parameters (α, β* step 0.01 for Holt, 0.025 with φ step
 * 0.02 for damped; α step 0.001 for SES). "Before" is the 0.1 search (one Nelder–Mead start at α 0.5,
 * β* 0.2, φ 0.9, trial points clamped into the box); "now" is fitEts. The seeds `ets-minima-choose`,
 * `-check` and `-third` chose the start grid and the number of starts (session 21: α and β* in eighths,
 * three starts), `-fourth` and `-fifth` check them. Counts the series whose fitted SSE is above the
 * grid's best by more than 1e-6 (relative). ~8 min.
 * Run: node --import tsx benchmarks/ets-minima.ts
 */
import { createRandom, normal } from '../src/_internal/random.js';
import { ETS_BOUNDS, fitEts } from '../src/quota/exponential-smoothing.js';
import { nelderMead } from '../src/quota/optimise.js';
import { drawSeries, makeProcess, PROCESS_KINDS } from './_calibration-processes.js';

type Kind = 'ses' | 'holt' | 'damped';
const sumSq = (r: Float64Array): number => r.reduce((s, e) => s + e * e, 0);
const sseAt = (y: Float64Array, kind: Kind, x: readonly number[]): number =>
  sumSq(fitEts(y, kind, { alpha: x[0], beta: x[1], phi: x[2] }).residuals);

function seriesOf(seed: string): Float64Array[] {
  const random = createRandom(seed);
  const out: Float64Array[] = [];
  for (let i = 0; i < 100; i++) {
    const p = makeProcess(PROCESS_KINDS[i % PROCESS_KINDS.length]!, 1, random);
    out.push(Float64Array.from(drawSeries(p, 6 + Math.floor(random() * 9), random).values));
  }
  for (let i = 0; i < 100; i++) {
    const n = 8 + Math.floor(random() * 33);
    const sd = 0.2 + random() * 3;
    let drift = random() * 4 - 1;
    let v = 10;
    const y = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      if (random() < 0.5) drift += 0.3 * sd * normal(random);
      v += drift + sd * normal(random);
      y[t] = v;
    }
    out.push(y);
  }
  return out;
}

const steps = (lo: number, hi: number, step: number): number[] => {
  const out = [lo];
  for (let k = Math.floor(lo / step) + 1; k * step < hi - 1e-9; k++)
    out.push(Math.round(k * step * 1e6) / 1e6);
  out.push(hi);
  return out;
};
const [aLo, aHi] = ETS_BOUNDS.alpha;
const [pLo, pHi] = ETS_BOUNDS.phi;
const fineGrid: Record<Kind, number[][]> = {
  ses: steps(aLo, aHi, 0.001).map((a) => [a]),
  holt: steps(aLo, aHi, 0.01).flatMap((a) => steps(aLo, aHi, 0.01).map((b) => [a, b])),
  damped: steps(aLo, aHi, 0.025).flatMap((a) =>
    steps(aLo, aHi, 0.025).flatMap((b) => steps(pLo, pHi, 0.02).map((p) => [a, b, p])),
  ),
};
const start: Record<Kind, number[]> = { ses: [0.5], holt: [0.5, 0.2], damped: [0.5, 0.2, 0.9] };

/** The 0.1 search: one clamped Nelder–Mead start. */
function before(y: Float64Array, kind: Kind): number {
  const n = start[kind].length;
  const lower = [aLo, aLo, pLo].slice(0, n);
  const upper = [aHi, aHi, pHi].slice(0, n);
  return nelderMead((x) => sseAt(y, kind, Array.from(x)), start[kind], {
    lower,
    upper,
    step: [0.1, 0.1, 0.05].slice(0, n),
  }).value;
}
const now = (y: Float64Array, kind: Kind): number => sumSq(fitEts(y, kind).residuals);

for (const seed of [
  'ets-minima-choose',
  'ets-minima-check',
  'ets-minima-third',
  'ets-minima-fourth',
  'ets-minima-fifth',
]) {
  const series = seriesOf(seed);
  for (const kind of ['ses', 'holt', 'damped'] as const) {
    const grid = fineGrid[kind];
    const best = series.map((y) => Math.min(...grid.map((x) => sseAt(y, kind, x))));
    const row = (name: string, search: (y: Float64Array, kind: Kind) => number): string => {
      let above = 0;
      let worst = 0;
      series.forEach((y, i) => {
        const v = search(y, kind);
        const b = best[i]!;
        if (v > b * (1 + 1e-6) + 1e-9) {
          above++;
          worst = Math.max(worst, v / b - 1);
        }
      });
      return `${name}: ${above}/${series.length} above the grid (worst +${(100 * worst).toFixed(1)}% SSE)`;
    };
    console.log(`${seed} ${kind} | ${row('before', before)} | ${row('now', now)}`);
  }
}
