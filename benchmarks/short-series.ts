/**
 * The default on short yearly series (issue 17, session 21): MASE at h = 1–3 of the default (`'auto'`:
 * `blend`, which with too few origins falls back to `weighted`, with none to its parts in equal
 * shares), the single models and the combinations, on
 * - the real national series at the issue's own origins (after 4 and 5 years), beside the study's
 *   origins 4–8 (benchmarks/calibration.ts);
 * - the calibration study's processes with 4–8 training values (one origin a series, a random burn-in
 *   of 0–4 steps so that a series does not always start at the process's start; `per` series a
 *   process and length, drawn from `SHORT_SEED`).
 * Seeded; about a minute.
 * Run: SHORT_SEED=… node --import tsx benchmarks/short-series.ts [per, default 400]
 */
import { createRandom } from '../src/_internal/random.js';
import { mase } from '../src/quota/accuracy.js';
import { type FitOptions, fitModel } from '../src/quota/fit-model.js';
import { selectAndFit } from '../src/quota/forecast-series.js';
import { MODEL_NAMES } from '../src/quota/model.js';
import { nationalSeries } from './_calibration-national.js';
import { drawSeries, makeProcess, PROCESS_KINDS } from './_calibration-processes.js';

const H = 3;
const per = Number(process.argv[2] ?? 400);
const seed = process.env.SHORT_SEED ?? 'short-1';
// Every model but the seasonal naive (yearly series).
const MODELS = MODEL_NAMES.filter((m) => m !== 'snaive');
const fo: FitOptions = { seasonLength: 1, seasonal: 'auto', combine: ['ses', 'holt', 'damped'] };

/** Mean MASE (h = 1…3) of every method over `cases`, leaving out those whose training values never change. */
function meanMase(cases: { y: Float64Array; future: readonly number[] }[]): Map<string, number> {
  const sum = new Map<string, number>();
  let n = 0;
  for (const { y, future } of cases) {
    if (y.every((v) => v === y[0])) continue;
    const actual = future.slice(0, H);
    const score = (mean: Float64Array): number => mase(actual, mean.subarray(0, actual.length), y);
    const add = (name: string, v: number): void => {
      sum.set(name, (sum.get(name) ?? 0) + v);
    };
    add('default', score(selectAndFit(y, { horizon: H }, 'short-series').fit.mean(H)));
    for (const m of MODELS) add(m, score(fitModel(y, m, fo).mean(H)));
    n++;
  }
  return new Map([...sum].map(([k, v]) => [k, v / n]));
}

const header = `| | default | ${MODELS.join(' | ')} | best single |`;
const rule = `|---|${'---:|'.repeat(MODELS.length + 1)}---|`;
const SINGLES = new Set<string>(['naive', 'drift', 'ses', 'theta', 'holt', 'damped']);
function row(label: string, m: Map<string, number>): string {
  const best = [...m].filter(([k]) => SINGLES.has(k)).sort((a, b) => a[1] - b[1])[0]!;
  const cells = ['default', ...MODELS].map((k) => m.get(k)!.toFixed(3));
  return `| ${label} | ${cells.join(' | ')} | ${best[0]} ${best[1].toFixed(3)} |`;
}

const { source, series } = nationalSeries();
console.log(`### The national series (${source}), h ≤ ${H}\n`);
console.log(header.replace('| |', '| series, origins |'));
console.log(rule);
for (const origins of [
  [4, 5],
  [4, 5, 6, 7, 8],
]) {
  for (const [name, values] of Object.entries(series)) {
    const cases = origins.map((o) => ({ y: Float64Array.from(values.slice(0, o)), future: values.slice(o) }));
    console.log(row(`${name}, after ${origins.join(', ')} years`, meanMase(cases)));
  }
}

console.log(`\n### The calibration processes, one origin, h = 1–${H} (seed ${seed}, ${per} a process)\n`);
console.log(header.replace('| |', '| training values |'));
console.log(rule);
for (const T of [4, 5, 6, 7, 8]) {
  const random = createRandom(`${seed}-${T}`);
  const cases: { y: Float64Array; future: number[] }[] = [];
  for (let i = 0; i < per * PROCESS_KINDS.length; i++) {
    const p = makeProcess(PROCESS_KINDS[i % PROCESS_KINDS.length]!, 1, random);
    const burn = Math.floor(random() * 5);
    const v = drawSeries(p, burn + T + H, random).values.slice(burn);
    cases.push({ y: Float64Array.from(v.slice(0, T)), future: v.slice(T) });
  }
  console.log(row(String(T), meanMase(cases)));
}
