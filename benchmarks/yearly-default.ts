/**
 * Which default for yearly series? (issue 17, session 12.) Rolling-origin MASE (h = 1–5) of the single
 * models, `weighted` (the 0.2 default), `median` (the quarterly default) and `blend` (`weighted` and
 * `median` weighted by their backtest MASE to a power) on simulated yearly series of the calibration
 * processes (6–12 points, two origins each, as benchmarks/calibration.ts forecasts them; drawn from
 * `CALIBRATION_SEED`, so a tuning seed and fresh seeds give other series), and on the real national
 * series (origins after 4–8 years, h ≤ 3, as in the study). `YD_POWERS` (comma-separated) and
 * `YD_MIN_ORIGINS` add `blend` rows with other settings. Seeded; about 30 s CPU per 4,000 forecasts.
 * Run: CALIBRATION_SEED=… node --import tsx benchmarks/yearly-default.ts [series per process, default 400]
 */
import { createRandom } from '../src/_internal/random.js';
import { type FitOptions, fitModel } from '../src/quota/fit-model.js';
import { BLEND_DEFAULTS, type ModelName } from '../src/quota/model.js';
import { maseScale } from '../src/quota/rolling-errors.js';
import { nationalSeries } from './_calibration-national.js';
import { drawSeries, makeProcess, PROCESS_KINDS } from './_calibration-processes.js';

const H = 5;
const perKind = Number(process.argv[2] ?? 400);
const seed = process.env.CALIBRATION_SEED ?? 'calibration-17';
const SINGLES: ModelName[] = ['naive', 'drift', 'ses', 'theta', 'holt', 'damped', 'combination'];
const fo: FitOptions = { seasonLength: 1, seasonal: 'auto', combine: ['ses', 'holt', 'damped'] };

interface Row {
  name: string;
  forecast: (y: Float64Array, h: number) => Float64Array;
}
const defaults = { ...BLEND_DEFAULTS };
/** `blend` with other settings (the benchmark swaps them in place; restored after each call). */
const blendWith = (power: number, minOrigins: number): Row => ({
  name: `blend, power ${power}, ≥ ${minOrigins} origins${power === defaults.power && minOrigins === defaults.minOrigins ? ' = default' : ''}`,
  forecast: (y, h) => {
    Object.assign(BLEND_DEFAULTS, { power, minOrigins });
    const f = fitModel(y, 'blend', fo).mean(h);
    Object.assign(BLEND_DEFAULTS, defaults);
    return f;
  },
});
const powers = (process.env.YD_POWERS ?? `${defaults.power}`).split(',').map(Number);
const minOrigins = (process.env.YD_MIN_ORIGINS ?? `${defaults.minOrigins}`).split(',').map(Number);
const ROWS: Row[] = [
  ...[...SINGLES, 'weighted' as const, 'median' as const].map((model) => ({
    name: model,
    forecast: (y: Float64Array, h: number) => fitModel(y, model, fo).mean(h),
  })),
  ...powers.flatMap((p) => minOrigins.map((k) => blendWith(p, k))),
];

/** Mean MASE per row over forecasts (train, truth). */
function score(cases: { y: Float64Array; truth: number[] }[]): number[] {
  const sum = new Float64Array(ROWS.length);
  let n = 0;
  for (const { y, truth } of cases) {
    const scale = maseScale(y, y.length, 1);
    if (!(scale > 0)) continue;
    n++;
    ROWS.forEach((row, i) => {
      const f = row.forecast(y, truth.length);
      let e = 0;
      for (let k = 0; k < truth.length; k++) e += Math.abs(truth[k]! - f[k]!) / scale;
      sum[i]! += e / truth.length;
    });
  }
  return Array.from(sum, (s) => s / n);
}

const started = performance.now();
const random = createRandom(seed);
const simulated: { y: Float64Array; truth: number[] }[] = [];
for (const kind of PROCESS_KINDS) {
  for (let i = 0; i < perKind; i++) {
    const p = makeProcess(kind, 1, random);
    const years = 6 + Math.floor(random() * 6);
    const { values } = drawSeries(p, years + 1 + H, random);
    for (const o of [years, years + 1])
      simulated.push({ y: Float64Array.from(values.slice(0, o)), truth: values.slice(o, o + H) });
  }
}
const { source, series } = nationalSeries();
const national = Object.values(series).map((v) =>
  [4, 5, 6, 7, 8].map((o) => ({ y: Float64Array.from(v.slice(0, o)), truth: v.slice(o, o + 3) })),
);
const cols = [score(simulated), ...national.map(score)];
console.log(
  `Seed ${seed}: ${simulated.length} simulated yearly forecasts (h = 1–5); national (${source}): origins 4–8, h ≤ 3. MASE; * = below every single model of its column.\n`,
);
console.log(`| point forecast | simulated | ${Object.keys(series).join(' | ')} |`);
console.log(`|---|${cols.map(() => '---:').join('|')}|`);
const best = cols.map((c) => Math.min(...c.slice(0, SINGLES.length)));
ROWS.forEach((row, i) => {
  const cells = cols.map((c, j) => `${c[i]!.toFixed(3)}${c[i]! < best[j]! ? '*' : ''}`);
  console.log(`| ${row.name} | ${cells.join(' | ')} |`);
});
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
