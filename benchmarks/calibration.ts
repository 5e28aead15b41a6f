/**
 * Calibration study of the quota forecaster (issue 17): do its intervals cover what they claim, and
 * can its probabilities of reaching a target be trusted? Seeded; ~2–10 minutes (the 1,000 quarterly forecasts take most of it).
 *
 * Short series (6–12 yearly points, and quarterly ones) from known processes shaped like the
 * banenafspraak (benchmarks/_calibration-processes.ts), forecast 5 years ahead from two rolling origins
 * each (quarterly: one, judged at the year ends). Per method and horizon: coverage of the 80% and 95%
 * intervals, the Winkler interval score (scaled by the MASE scale; Gneiting & Raftery 2007 §6.2),
 * the width at h = 5 over h = 1, MASE; and for targets at known quantiles of the true distribution
 * (simulated from the process's state at the origin) the Brier score of P(reach) and a reliability
 * table. Methods: `'auto'` (`blend` yearly, `median` quarterly) with `empirical` or `conformal` intervals
 * (the default: conformal yearly, empirical quarterly), the yearly default before session 13
 * (`weighted` with empirical intervals), the 0.1 default (lowest-MASE `'auto'`
 * with analytic intervals), drift with its normal interval (forecast::rwf), and R's ets, thetaf and
 * auto.arima on a subset when Rscript with the forecast package is installed. Then the real national
 * series. Run: node --import tsx benchmarks/calibration.ts
 */
import { createRandom, type Random } from '../src/_internal/random.js';
import { type FitOptions, fitModel } from '../src/quota/fit-model.js';
import { profileOf, type Selected, selectAndFit } from '../src/quota/forecast-series.js';
import { forecastVariance, type ModelName } from '../src/quota/model.js';
import {
  defaultIntervalMethod,
  maseScale,
  standardDraw,
  standardHalfWidth,
} from '../src/quota/rolling-errors.js';
import { normalCdf } from '../src/report/normal-cdf.js';
import { nationalStudy } from './_calibration-national.js';
import {
  drawSeries,
  makeProcess,
  PROCESS_KINDS,
  type Process,
  simulateOn,
} from './_calibration-processes.js';
import { R_METHODS, type RForecast, rAvailable, startR } from './_calibration-r.js';
import { type Forecast, forecastFromProfile } from './_forecast-one.js';

// CALIBRATION_SCALE=0.25 runs a quarter of the series (for quick checks); the recorded run uses 1.
const SIZE = Number(process.env.CALIBRATION_SCALE ?? 1);
const YEARLY_PER_KIND = Math.round(400 * SIZE);
// 1,000 quarterly forecasts: one coverage figure then has a standard error of 1.3 points at 80%.
const QUARTERLY_PER_KIND = Math.round(200 * SIZE);
const H = 5;
const QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9];
const TRUE_SIMS = 400;
const DRAWS = 1000;
const R_EVERY = 4;
const SINGLES: ModelName[] = ['naive', 'drift', 'ses', 'theta', 'holt', 'damped', 'combination'];
const z80 = 1.2815515655446004;
const z95 = 1.959963984540054;

class Score {
  n = new Float64Array(H);
  c80 = new Float64Array(H);
  c95 = new Float64Array(H);
  w80 = new Float64Array(H);
  w95 = new Float64Array(H);
  width80 = new Float64Array(H);
  brier = 0;
  brierN = 0;
  mase = 0;
  maseN = 0;
  add(f: Forecast, truth: number[], scale: number, targets: number[][]): void {
    for (let k = 0; k < H; k++) {
      const y = truth[k]!;
      this.n[k]!++;
      if (y >= f.l80[k]! && y <= f.u80[k]!) this.c80[k]!++;
      if (y >= f.l95[k]! && y <= f.u95[k]!) this.c95[k]!++;
      this.w80[k]! += winkler(f.l80[k]!, f.u80[k]!, y, 0.2) / scale;
      this.w95[k]! += winkler(f.l95[k]!, f.u95[k]!, y, 0.05) / scale;
      this.width80[k]! += (f.u80[k]! - f.l80[k]!) / scale;
      this.mase += Math.abs(y - f.mean[k]!) / scale;
      this.maseN++;
      for (const target of targets[k]!) {
        const p = f.p(k, target);
        const o = y >= target ? 1 : 0;
        this.brier += (p - o) * (p - o);
        this.brierN++;
      }
    }
  }
}

/** Winkler (1972) interval score at miss rate α: width plus 2/α times the miss. */
function winkler(l: number, u: number, y: number, alpha: number): number {
  return u - l + (y < l ? (2 / alpha) * (l - y) : 0) + (y > u ? (2 / alpha) * (y - u) : 0);
}

function quantileOf(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - sorted[lo]!);
}

/** The basis of the last probability `honest` gave (to count how the certainty rules fare). */
let lastBasis = 'simulated';
const rules = { 'out-of-reach': { n: 0, hit: 0 }, reached: { n: 0, hit: 0 } };

/** `empirical` or `conformal` intervals and P(reach) from a selection and its rolling-origin errors. */
function honest(
  y: Float64Array,
  sel: Selected,
  steps: number[],
  method: 'empirical' | 'conformal',
  random: Random,
  m: number,
): Forecast {
  const horizon = steps[steps.length - 1]!;
  const mean = sel.fit.mean(horizon);
  const profile = profileOf(y, sel, horizon);
  if (profile === null) return normalForecast(sel.fit, steps);
  const q80 = standardHalfWidth(profile, 80, method).q;
  const q95 = standardHalfWidth(profile, 95, method).q;
  const draws = Float64Array.from({ length: DRAWS }, () => standardDraw(profile, method, random));
  return forecastFromProfile(y, mean, profile, steps, m, { q80, q95, draws }, (basis) => {
    lastBasis = basis;
  });
}

/** A given model, selected as `forecastSeries` selects it. */
function given(y: Float64Array, model: ModelName): Selected {
  return selectAndFit(y, { horizon: H, model }, 'calibration');
}

/** Normal intervals and probabilities from a fit's analytic σ_h (the 0.1 method, and rwf's drift). */
function normalForecast(fit: ReturnType<typeof fitModel>, steps: number[]): Forecast {
  const horizon = steps[steps.length - 1]!;
  const mean = fit.mean(horizon);
  const variance = forecastVariance(fit, horizon);
  const f: Forecast = { mean: [], l80: [], u80: [], l95: [], u95: [], p: () => 0 };
  const sd: number[] = [];
  for (const h of steps) {
    const s = Math.sqrt(variance[h - 1]!);
    sd.push(s);
    f.mean.push(mean[h - 1]!);
    f.l80.push(mean[h - 1]! - z80 * s);
    f.u80.push(mean[h - 1]! + z80 * s);
    f.l95.push(mean[h - 1]! - z95 * s);
    f.u95.push(mean[h - 1]! + z95 * s);
  }
  f.p = (k, target) =>
    sd[k]! > 0 ? 1 - normalCdf((target - f.mean[k]!) / sd[k]!) : f.mean[k]! >= target ? 1 : 0;
  return f;
}

function fromR(r: RForecast, steps: number[]): Forecast {
  const at = (a: number[]) => steps.map((h) => a[h - 1]!);
  const f: Forecast = {
    mean: at(r.mean),
    l80: at(r.lower80),
    u80: at(r.upper80),
    l95: at(r.lower95),
    u95: at(r.upper95),
    p: () => 0,
  };
  f.p = (k, target) => {
    const sd = (f.u95[k]! - f.l95[k]!) / (2 * z95);
    return sd > 0 ? 1 - normalCdf((target - f.mean[k]!) / sd) : f.mean[k]! >= target ? 1 : 0;
  };
  return f;
}

interface Case {
  key: string;
  kind: string;
  m: 1 | 4;
  train: Float64Array;
  truth: number[];
  targets: number[][];
  steps: number[];
  r: boolean;
}

const started = performance.now();
// CALIBRATION_SEED picks fresh series (to choose a change on them, then check it on this seed);
// CALIBRATION_ONLY=yearly|quarterly runs one frequency. The recorded run uses neither.
const random = createRandom(process.env.CALIBRATION_SEED ?? 'calibration-17');
// Its own stream for the weighted-empirical row's draws, so the other rows draw as before it was added.
const oldRandom = createRandom(`${process.env.CALIBRATION_SEED ?? 'calibration-17'}/weighted-empirical`);
const only = process.env.CALIBRATION_ONLY;
const cases: Case[] = [];
for (const m of ([1, 4] as const).filter(
  (f) => only === undefined || only === (f === 1 ? 'yearly' : 'quarterly'),
)) {
  const perKind = m === 1 ? YEARLY_PER_KIND : QUARTERLY_PER_KIND;
  const steps = Array.from({ length: H }, (_, k) => (k + 1) * m);
  for (const kind of PROCESS_KINDS) {
    for (let i = 0; i < perKind; i++) {
      const p: Process = makeProcess(kind, m, random);
      const years = 6 + Math.floor(random() * 6); // 6..11, origins after 6..12 years
      const { values, states } = drawSeries(p, (years + 1 + H) * m, random);
      for (const o of m === 1 ? [years, years + 1] : [years]) {
        const origin = o * m;
        const sims = simulateOn(p, states[origin - 1]!, H * m, TRUE_SIMS, random);
        const targets = steps.map((h) => {
          const col = Float64Array.from({ length: TRUE_SIMS }, (_, j) => sims[j * H * m + h - 1]!).sort();
          return QUANTILES.map((q) => quantileOf(col, q));
        });
        cases.push({
          key: `${m}-${kind}-${i}-${o}`,
          kind,
          m,
          train: Float64Array.from(values.slice(0, origin)),
          truth: steps.map((h) => values[origin + h - 1]!),
          targets,
          steps,
          r: i % (m === 1 ? R_EVERY : 5) === 0,
        });
      }
    }
  }
}

const national = nationalStudy();
const withR = process.env.CALIBRATION_NO_R !== '1' && rAvailable();
const rRun = withR
  ? startR([
      ...cases.filter((c) => c.r).map((c) => ({ key: c.key, m: c.m, h: H * c.m, y: Array.from(c.train) })),
      ...national.rJobs,
    ])
  : null;

// `empirical` and `conformal`: 'auto' (blend yearly, median quarterly) with either interval rule; the
// default is `conformal` for yearly and `empirical` for quarterly data (defaultIntervalMethod).
// `weighted-empirical`: the yearly default before session 13 (yearly series only).
const METHODS = [
  'empirical',
  'conformal',
  'weighted-empirical',
  'old-auto-analytic',
  'drift-normal',
  ...R_METHODS,
] as const;
type Method = (typeof METHODS)[number];
const groups = new Map<string, Map<Method | `mase:${string}`, Score>>();
const score = (group: string, method: Method | `mase:${string}`): Score => {
  if (!groups.has(group)) groups.set(group, new Map());
  const g = groups.get(group)!;
  if (!g.has(method)) g.set(method, new Score());
  return g.get(method)!;
};
const reliability = Array.from({ length: 10 }, () => ({ p: 0, o: 0, n: 0 }));

for (const c of cases) {
  const { train: y, m, steps } = c;
  const horizon = H * m;
  const scale = maseScale(y, y.length, m);
  if (scale === 0) continue;
  const freq = m === 1 ? 'yearly' : 'quarterly';
  const sel = selectAndFit(y, { horizon, seasonLength: m }, 'calibration');
  const old = selectAndFit(y, { horizon, seasonLength: m, select: 'lowest-mase' }, 'calibration');
  const fitOptions: FitOptions = { seasonLength: m, seasonal: 'auto', combine: ['ses', 'holt', 'damped'] };
  const byMethod = new Map<Method, Forecast>([
    ['empirical', honest(y, sel, steps, 'empirical', random, m)],
    ['conformal', honest(y, sel, steps, 'conformal', random, m)],
    ...(m === 1
      ? ([['weighted-empirical', honest(y, given(y, 'weighted'), steps, 'empirical', oldRandom, m)]] as const)
      : []),
    ['old-auto-analytic', normalForecast(old.fit, steps)],
    ['drift-normal', normalForecast(fitModel(y, 'drift', fitOptions), steps)],
  ]);
  for (const [method, f] of byMethod) {
    score(freq, method).add(f, c.truth, scale, c.targets);
    score(`${freq}:${c.kind}`, method).add(f, c.truth, scale, c.targets);
    if (c.r) score(`${freq}:R-subset`, method).add(f, c.truth, scale, c.targets);
  }
  const e = byMethod.get(defaultIntervalMethod(m))!;
  for (let k = 0; k < H; k++) {
    for (const target of c.targets[k]!) {
      const p = e.p(k, target);
      if (lastBasis !== 'simulated') {
        const rule = rules[lastBasis as keyof typeof rules];
        rule.n++;
        if (c.truth[k]! >= target) rule.hit++;
      }
      const bin = reliability[Math.min(9, Math.floor(p * 10))]!;
      bin.p += p;
      bin.o += c.truth[k]! >= target ? 1 : 0;
      bin.n++;
    }
  }
  for (const model of SINGLES) {
    const mean = fitModel(y, model, fitOptions).mean(horizon);
    const s = score(freq, `mase:${model}`);
    for (let k = 0; k < H; k++) {
      s.mase += Math.abs(c.truth[k]! - mean[steps[k]! - 1]!) / scale;
      s.maseN++;
    }
  }
}
const jsSeconds = (performance.now() - started) / 1000;
const rResults = rRun === null ? null : await rRun.collect();
if (rResults !== null) {
  for (const c of cases) {
    const got = rResults.get(c.key);
    if (!c.r || got === undefined) continue;
    const scale = maseScale(c.train, c.train.length, c.m);
    if (scale === 0) continue;
    const freq = c.m === 1 ? 'yearly' : 'quarterly';
    for (const method of R_METHODS) {
      const r = got.get(method);
      if (r !== undefined)
        score(`${freq}:R-subset`, method).add(fromR(r, c.steps), c.truth, scale, c.targets);
    }
  }
}

const pct = (a: number, n: number): string => (n === 0 ? '–' : `${((100 * a) / n).toFixed(1)}`);
function table(group: string, title: string): void {
  const g = groups.get(group);
  if (g === undefined) return;
  console.log(`\n### ${title}\n`);
  console.log(
    '| method | cover 80% h1..h5 | cover 95% h1..h5 | Winkler 80% (mean) | Winkler 95% (mean) | width h5/h1 | Brier | MASE | forecasts |',
  );
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|');
  for (const method of METHODS) {
    const s = g.get(method);
    if (s === undefined || s.n[0] === 0) continue;
    const c80 = Array.from(s.c80, (v, k) => pct(v, s.n[k]!)).join(' / ');
    const c95 = Array.from(s.c95, (v, k) => pct(v, s.n[k]!)).join(' / ');
    const mean = (a: Float64Array) => Array.from(a, (v, k) => v / s.n[k]!).reduce((x, y) => x + y, 0) / H;
    console.log(
      `| ${method} | ${c80} | ${c95} | ${mean(s.w80).toFixed(2)} | ${mean(s.w95).toFixed(2)} | ${(s.width80[H - 1]! / s.width80[0]!).toFixed(2)} | ${(s.brier / s.brierN).toFixed(5)} | ${(s.mase / s.maseN).toFixed(3)} | ${s.n[0]} |`,
    );
  }
  // Binomial standard error of one coverage figure of a calibrated method over these forecasts.
  const n = g.get('empirical')?.n[0] ?? 0;
  const se = (p: number): string => (100 * Math.sqrt((p * (1 - p)) / n)).toFixed(1);
  if (n > 0)
    console.log(`\nOne coverage figure over ${n} forecasts: ±${se(0.8)} points at 80%, ±${se(0.95)} at 95%.`);
}

console.log(
  `Calibration study: ${cases.filter((c) => c.m === 1).length} yearly forecasts (${YEARLY_PER_KIND * PROCESS_KINDS.length} series × 2 origins, 6–12 points) and ${cases.filter((c) => c.m === 4).length} quarterly (${QUARTERLY_PER_KIND * PROCESS_KINDS.length} series, 24–44 quarters), horizons 1–5 years; targets at the true ${QUANTILES.join('/')} quantiles. R peers: ${withR ? `on every ${R_EVERY}th yearly and 5th quarterly series` : 'skipped (Rscript with forecast not found)'}.`,
);
console.log('Coverage in %, Winkler scaled by the MASE scale of the training data.');
table('yearly', 'Yearly, all processes');
for (const kind of PROCESS_KINDS) table(`yearly:${kind}`, `Yearly, ${kind}`);
table('yearly:R-subset', 'Yearly, the series R also forecast (same series for every row)');
table('quarterly', 'Quarterly, all processes (at the year ends)');
for (const kind of PROCESS_KINDS) table(`quarterly:${kind}`, `Quarterly, ${kind}`);
table('quarterly:R-subset', 'Quarterly, the series R also forecast');

for (const freq of ['yearly', 'quarterly']) {
  const g = groups.get(freq);
  if (g === undefined) continue;
  const row = SINGLES.map((m) => `${m} ${(g.get(`mase:${m}`)!.mase / g.get(`mase:${m}`)!.maseN).toFixed(3)}`);
  const d = g.get(defaultIntervalMethod(freq === 'yearly' ? 1 : 4))!;
  console.log(
    `\nMASE of the single methods, ${freq}: ${row.join(', ')}; default (auto by evidence) ${(d.mase / d.maseN).toFixed(3)}; 0.1 auto (lowest MASE) ${(g.get('old-auto-analytic')!.mase / g.get('old-auto-analytic')!.maseN).toFixed(3)}.`,
  );
}

console.log('\n### Reliability of P(reach), default method (yearly conformal, quarterly empirical)\n');
console.log('| predicted | mean predicted | observed share | targets |');
console.log('|---|---:|---:|---:|');
reliability.forEach((b, i) => {
  if (b.n > 0)
    console.log(
      `| ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)} | ${(b.p / b.n).toFixed(3)} | ${(b.o / b.n).toFixed(3)} | ${b.n} |`,
    );
});

console.log(
  `\nCertainty rules of the default: ${rules['out-of-reach'].n} targets out of reach at the best historic pace (P = 0), of which ${rules['out-of-reach'].hit} were reached (${pct(rules['out-of-reach'].hit, rules['out-of-reach'].n)}%); ${rules.reached.n} already reached (P = 1), of which ${rules.reached.hit} still held at the horizon (${pct(rules.reached.hit, rules.reached.n)}%).`,
);

national.print(rResults);
console.log(
  `\n(${jsSeconds.toFixed(1)} s JavaScript, ${((performance.now() - started) / 1000).toFixed(1)} s in all)`,
);
