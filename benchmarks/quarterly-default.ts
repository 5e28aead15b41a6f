/**
 * Which default for quarterly series? (issue 17, session 11.) The calibration study's quarterly series
 * (drawn exactly as benchmarks/calibration.ts draws them with `CALIBRATION_ONLY=quarterly`, so a seed
 * gives the same series), forecast by candidate point forecasts, each with `empirical` intervals and
 * P(reach) from its own rolling-origin errors (the library's rule, src/quota/rolling-errors.ts), beside
 * drift-normal (forecast::rwf, the Brier peer). Per candidate: coverage of the 80% and 95% intervals
 * at the year ends, Brier score of P(reach) at the true quantiles, MASE. Quick, because it fits only
 * the candidates; `QD_DEFAULT=1` adds the library default (rows "default, chose …": the forecasts where
 * the Diebold–Mariano test left the benchmark), `QD_SINGLES=1` the single models' MASE, `QD_KINDS=1`
 * rows per process; `QD_ONLY` (candidate names, comma-separated; `none`) and `QD_RULES` (interval rules,
 * below) pick the rows.
 * Run: CALIBRATION_SEED=… node --import tsx benchmarks/quarterly-default.ts [series per process, default 200]
 */
import { createRandom, type Random } from '../src/_internal/random.js';
import { type FitOptions, fitModel, medianOf } from '../src/quota/fit-model.js';
import { profileOf, selectAndFit } from '../src/quota/forecast-series.js';
import { forecastVariance, type ModelName, minimumLength } from '../src/quota/model.js';
import { normalQuantile } from '../src/quota/normal-quantile.js';
import {
  type ErrorProfile,
  errorProfile,
  maseScale,
  profileDf,
  standardDraw,
  standardHalfWidth,
} from '../src/quota/rolling-errors.js';
import { studentQuantile } from '../src/quota/student-t.js';
import { normalCdf } from '../src/report/normal-cdf.js';
import { drawSeries, makeProcess, PROCESS_KINDS, simulateOn } from './_calibration-processes.js';
import { type Forecast, forecastFromProfile } from './_forecast-one.js';

const H = 5;
const m = 4;
const QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9];
const TRUE_SIMS = 400;
const DRAWS = 1000;
const perKind = Number(process.argv[2] ?? 200);
const steps = Array.from({ length: H }, (_, k) => (k + 1) * m);
const z80 = 1.2815515655446004;
const z95 = 1.959963984540054;

const fitOptions: FitOptions = { seasonLength: m, seasonal: 'auto', combine: ['ses', 'holt', 'damped'] };
const single =
  (model: ModelName) =>
  (y: Float64Array, h: number): Float64Array =>
    fitModel(y, model, fitOptions).mean(h);
const median =
  (parts: ModelName[]) =>
  (y: Float64Array, h: number): Float64Array => {
    const each = parts.map((p) => fitModel(y, p, fitOptions).mean(h));
    return Float64Array.from({ length: h }, (_, k) => medianOf(each.map((f) => f[k]!)));
  };
const mean =
  (parts: ModelName[]) =>
  (y: Float64Array, h: number): Float64Array => {
    const out = new Float64Array(h);
    for (const p of parts) {
      const f = fitModel(y, p, fitOptions).mean(h);
      for (let k = 0; k < h; k++) out[k] = out[k]! + f[k]! / parts.length;
    }
    return out;
  };

interface Candidate {
  name: string;
  forecast: (y: Float64Array, h: number) => Float64Array;
  minTrain: number;
}
const need = (parts: ModelName[]): number => Math.max(2 * m, ...parts.map((p) => minimumLength(p, m)));
const CANDIDATES: Candidate[] = [
  { name: 'drift', forecast: single('drift'), minTrain: need(['drift']) },
  { name: 'holt', forecast: single('holt'), minTrain: need(['holt']) },
  {
    name: 'median(theta+drift+holt)',
    forecast: median(['theta', 'drift', 'holt']),
    minTrain: need(['theta', 'drift', 'holt']),
  },
  {
    name: 'mean(drift+holt+damped)',
    forecast: mean(['drift', 'holt', 'damped']),
    minTrain: need(['drift', 'holt', 'damped']),
  },
  { name: 'mean(drift+holt)', forecast: mean(['drift', 'holt']), minTrain: need(['drift', 'holt']) },
].filter((c) => process.env.QD_ONLY === undefined || process.env.QD_ONLY.split(',').includes(c.name));

class Score {
  n = 0;
  c80 = new Float64Array(H);
  c95 = new Float64Array(H);
  brier = 0;
  brierN = 0;
  mase = 0;
  add(f: Forecast, truth: number[], scale: number, targets: number[][]): void {
    this.n++;
    for (let k = 0; k < H; k++) {
      const y = truth[k]!;
      if (y >= f.l80[k]! && y <= f.u80[k]!) this.c80[k]!++;
      if (y >= f.l95[k]! && y <= f.u95[k]!) this.c95[k]!++;
      this.mase += Math.abs(y - f.mean[k]!) / scale / H;
      for (const target of targets[k]!) {
        const o = y >= target ? 1 : 0;
        const p = f.p(k, target);
        this.brier += (p - o) * (p - o);
        this.brierN++;
      }
    }
  }
  row(name: string): string {
    const pct = (a: Float64Array) => Array.from(a, (v) => ((100 * v) / this.n).toFixed(1)).join(' / ');
    return `| ${name} | ${pct(this.c80)} | ${pct(this.c95)} | ${(this.brier / this.brierN).toFixed(5)} | ${(this.mase / this.n).toFixed(3)} | ${this.n} |`;
  }
}

/** Intervals and P(reach) from a profile, as the library's `empirical` method makes them. */
/**
 * Interval rules on a profile: `library` the library's `empirical` (whatever src says), `classic-t`
 * rms·t(df), `unit-t` rms·t(max(3, df)) scaled to unit variance, `normal` rms·z, `conformal` the
 * library's conformal.
 */
type Rule = 'library' | 'classic-t' | 'unit-t' | 'normal' | 'conformal';
const RULES = (process.env.QD_RULES ?? 'library').split(',') as Rule[];
function fromProfile(
  y: Float64Array,
  f: Float64Array,
  profile: ErrorProfile,
  random: Random,
  rule: Rule,
): Forecast {
  const classic = profileDf(profile);
  const df = rule === 'unit-t' ? Math.max(3, classic) : classic;
  const unit = rule === 'unit-t' ? Math.sqrt((df - 2) / df) : 1;
  const quantile = (p: number): number =>
    rule === 'normal' ? normalQuantile(p) : unit * studentQuantile(p, df);
  const half = (level: number): number =>
    rule === 'library' || rule === 'conformal'
      ? standardHalfWidth(profile, level, rule === 'library' ? 'empirical' : 'conformal').q
      : profile.rms * quantile(0.5 + level / 200);
  const q80 = half(80);
  const q95 = half(95);
  const draws = Float64Array.from({ length: DRAWS }, () => {
    if (rule === 'library' || rule === 'conformal')
      return standardDraw(profile, rule === 'library' ? 'empirical' : 'conformal', random);
    let u = random();
    while (u === 0) u = random();
    return profile.rms * quantile(u);
  });
  return forecastFromProfile(y, f, profile, steps, m, { q80, q95, draws });
}

function driftNormal(y: Float64Array): Forecast {
  const fit = fitModel(y, 'drift', fitOptions);
  const f = fit.mean(H * m);
  const variance = forecastVariance(fit, H * m);
  const out: Forecast = { mean: [], l80: [], u80: [], l95: [], u95: [], p: () => 0 };
  const sd = steps.map((h) => Math.sqrt(variance[h - 1]!));
  steps.forEach((h, k) => {
    out.mean.push(f[h - 1]!);
    out.l80.push(f[h - 1]! - z80 * sd[k]!);
    out.u80.push(f[h - 1]! + z80 * sd[k]!);
    out.l95.push(f[h - 1]! - z95 * sd[k]!);
    out.u95.push(f[h - 1]! + z95 * sd[k]!);
  });
  out.p = (k, target) =>
    sd[k]! > 0 ? 1 - normalCdf((target - out.mean[k]!) / sd[k]!) : out.mean[k]! >= target ? 1 : 0;
  return out;
}

const seed = process.env.CALIBRATION_SEED ?? 'calibration-17';
const random = createRandom(seed);
const cases: { kind: string; y: Float64Array; truth: number[]; targets: number[][] }[] = [];
for (const kind of PROCESS_KINDS) {
  for (let i = 0; i < perKind; i++) {
    const p = makeProcess(kind, m, random);
    const years = 6 + Math.floor(random() * 6);
    const { values, states } = drawSeries(p, (years + 1 + H) * m, random);
    const origin = years * m;
    const sims = simulateOn(p, states[origin - 1]!, H * m, TRUE_SIMS, random);
    const targets = steps.map((h) => {
      const col = Float64Array.from({ length: TRUE_SIMS }, (_, j) => sims[j * H * m + h - 1]!).sort();
      return QUANTILES.map((q) => {
        const at = (col.length - 1) * q;
        const lo = Math.floor(at);
        return col[lo]! + (at - lo) * (col[Math.min(lo + 1, col.length - 1)]! - col[lo]!);
      });
    });
    cases.push({
      kind,
      y: Float64Array.from(values.slice(0, origin)),
      truth: steps.map((h) => values[origin + h - 1]!),
      targets,
    });
  }
}

const started = performance.now();
const scores = new Map<string, Score>();
const add = (name: string, f: Forecast, c: (typeof cases)[number], scale: number): void => {
  for (const key of [name, `${name} @${c.kind}`]) {
    if (!scores.has(key)) scores.set(key, new Score());
    scores.get(key)!.add(f, c.truth, scale, c.targets);
  }
};
const drawRandom = createRandom(`${seed}-draws`);
// QD_SINGLES=1: the MASE of the single models too (the "best single method" of issue 17).
const singles = new Map<string, { sum: number; n: number }>();
for (const c of cases) {
  const scale = maseScale(c.y, c.y.length, m);
  if (scale === 0) continue;
  add('drift-normal', driftNormal(c.y), c, scale);
  if (process.env.QD_DEFAULT === '1') {
    const sel = selectAndFit(c.y, { horizon: H * m, seasonLength: m }, 'bench');
    const profile = profileOf(c.y, sel, H * m);
    if (profile !== null) {
      const f = fromProfile(c.y, sel.fit.mean(H * m), profile, drawRandom, 'library');
      add('default', f, c, scale);
      if (sel.fit.model !== 'median') add(`default, chose ${sel.fit.model}`, f, c, scale);
    }
  }
  if (process.env.QD_SINGLES === '1') {
    for (const model of ['naive', 'drift', 'ses', 'theta', 'holt', 'damped', 'combination'] as const) {
      const f = fitModel(c.y, model, fitOptions).mean(H * m);
      const s = singles.get(model) ?? { sum: 0, n: 0 };
      for (const h of steps) s.sum += Math.abs(c.truth[steps.indexOf(h)]! - f[h - 1]!) / scale / H;
      s.n++;
      singles.set(model, s);
    }
  }
  for (const cand of CANDIDATES) {
    const profile = errorProfile(c.y, cand.forecast, m, H * m, cand.minTrain);
    if (profile === null) continue;
    const f = cand.forecast(c.y, H * m);
    for (const rule of RULES)
      add(`${cand.name} ${rule}`, fromProfile(c.y, f, profile, drawRandom, rule), c, scale);
  }
}
console.log(`Seed ${seed}: ${cases.length} quarterly forecasts, judged at the year ends.\n`);
console.log('| method | cover 80% h1..h5 | cover 95% h1..h5 | Brier | MASE | forecasts |');
console.log('|---|---|---|---:|---:|---:|');
for (const [name, s] of [...scores].filter(([k]) => !k.includes(' @'))) console.log(s.row(name));
if (singles.size > 0) {
  const row = [...singles].map(([model, s]) => `${model} ${(s.sum / s.n).toFixed(3)}`);
  console.log(`\nMASE of the single models: ${row.join(', ')}.`);
}
if (process.env.QD_KINDS === '1') {
  console.log('\nPer process:\n');
  for (const [name, s] of [...scores].filter(([k]) => k.includes(' @'))) console.log(s.row(name));
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
