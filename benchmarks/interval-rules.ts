/**
 * Compares interval rules on dumps of benchmarks/interval-errors.ts: coverage of the 80% and 95%
 * intervals per horizon (years) and per process, with the current rule of src/quota/rolling-errors.ts
 * re-implemented here (`current`) beside variants. No refitting: seconds per dump.
 * Run: node --import tsx benchmarks/interval-rules.ts errors-a.json [errors-b.json …]
 */
import { readFileSync } from 'node:fs';
import { logChiSquareBias } from '../src/quota/rolling-errors.js';
import { studentQuantile } from '../src/quota/student-t.js';
import type { Dumped } from './interval-errors.js';

/** A rule: the growth fit, its bounds, and the degrees of freedom. */
interface Rule {
  name: string;
  floor: number;
  /** Take the log-χ² bias off the growth fit (seasonal data). */
  bias: boolean;
  df: (origins: number, m: number) => number;
  /**
   * Fit the error's growth with the training length too: log e² on log x and log(T/n_o) per error
   * (n_o the origin's training length, T the series'), and standardise the scores to n = T.
   */
  length?: boolean;
}

const H = 5;
const seasons = (h: number, m: number): number => Math.max(1, h / m);

function growth(d: Dumped, m: number, rule: Rule): number {
  const horizon = H * m;
  const sum2 = new Float64Array(horizon + 1);
  const count = new Float64Array(horizon + 1);
  for (const [h, e] of d.errors) {
    sum2[h]! += e * e;
    count[h]!++;
  }
  let sw = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let h = m; h <= horizon; h++) {
    const n = count[h]!;
    if (n === 0 || sum2[h]! === 0) continue;
    const x = Math.log(h / m);
    const b = rule.bias && m > 1 ? logChiSquareBias(Math.max(1, n / (1 + (2 * (h - 1)) / 3))) : 0;
    const v = 0.5 * (Math.log(sum2[h]! / n) - b);
    sw += n;
    sx += n * x;
    sy += n * v;
    sxx += n * x * x;
    sxy += n * x * v;
  }
  const det = sw * sxx - sx * sx;
  const slope = sw > 0 && det > 1e-12 * sw * sw ? (sw * sxy - sx * sy) / det : 0.5;
  return Math.min(1, Math.max(rule.floor, slope));
}

/** γ and δ from a per-error least-squares fit of log e² + 1.27 on log x and log(T/n) (quarterly: n_o = 2m + index). */
function growthAndLength(
  d: Dumped,
  m: number,
  rule: Rule,
): { g: number; delta: number; n: (o: number) => number } {
  const minTrain = m > 1 ? 2 * m : 3;
  const T = minTrain + d.origins;
  const n = (o: number): number => minTrain + o;
  // Normal equations for y = a + γ·x1 + δ·x2.
  const A = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const b = [0, 0, 0];
  for (const [h, e, o] of d.errors) {
    if (e === 0) continue;
    const x = [1, Math.log(seasons(h, m)), Math.log(T / n(o))];
    const y = Math.log(e * e) + 1.2704;
    for (let i = 0; i < 3; i++) {
      b[i]! += x[i]! * y;
      for (let j = 0; j < 3; j++) A[i]![j]! += x[i]! * x[j]!;
    }
  }
  const sol = solve3(A, b);
  // log e² = 2 log σ: halve the slopes.
  const g = sol === null ? 0.5 : Math.min(1, Math.max(rule.floor, sol[1]! / 2));
  const delta = sol === null ? 0 : Math.min(1.5, Math.max(0, sol[2]! / 2));
  return { g, delta, n };
}

function solve3(A: number[][], b: number[]): number[] | null {
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < 3; c++) {
    let p = c;
    for (let r = c + 1; r < 3; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    if (Math.abs(M[p]![c]!) < 1e-12) return null;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < 3; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k < 4; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return [0, 1, 2].map((i) => M[i]![3]! / M[i]![i]!);
}

/** Half-widths (before nothing: in the series' units) at 80% and 95% per step h = 1..5m. */
function halfWidths(d: Dumped, m: number, rule: Rule): { w80: number[]; w95: number[]; g: number } {
  let g: number;
  let ss = 0;
  if (rule.length === true) {
    const fit = growthAndLength(d, m, rule);
    g = fit.g;
    const T = fit.n(d.origins);
    for (const [h, e, o] of d.errors) ss += (e / (seasons(h, m) ** g * (T / fit.n(o)) ** fit.delta)) ** 2;
  } else {
    g = growth(d, m, rule);
    for (const [h, e] of d.errors) ss += (e / seasons(h, m) ** g) ** 2;
  }
  const rms = Math.sqrt(ss / d.errors.length);
  const df = rule.df(d.origins, m);
  const q80 = rms * studentQuantile(0.9, df);
  const q95 = rms * studentQuantile(0.975, df);
  const w80: number[] = [];
  const w95: number[] = [];
  for (let h = 1; h <= H * m; h++) {
    const s = d.scale * seasons(h, m) ** g;
    w80.push(q80 * s);
    w95.push(q95 * s);
  }
  return { w80, w95, g };
}

const current: Rule = {
  name: 'current',
  floor: 0.5,
  bias: true,
  df: (o, m) => Math.max(2, Math.floor(o / m) - 1),
};
const seasonDf = current.df;
const RULES: Rule[] = [
  current,
  { name: 'floor 0.25 (seasonal)', floor: 0.25, bias: true, df: seasonDf },
  { name: 'floor 0 (seasonal)', floor: 0, bias: true, df: seasonDf },
  { name: 'no log-χ² bias', floor: 0.5, bias: false, df: seasonDf },
  {
    name: 'df = origins/2 − 1',
    floor: 0.5,
    bias: true,
    df: (o, m) => Math.max(2, Math.floor((2 * o) / m) - 1),
  },
  { name: 'df − 1', floor: 0.5, bias: true, df: (o, m) => Math.max(2, Math.floor(o / m) - 2) },
  { name: 'growth with training length', floor: 0.5, bias: true, df: seasonDf, length: true },
  { name: 'growth with training length, γ ≥ 0', floor: 0, bias: true, df: seasonDf, length: true },
];

const files = process.argv.slice(2);
// `npm run bench` runs every script without arguments: nothing to compare then.
if (files.length === 0) console.log('usage: node --import tsx benchmarks/interval-rules.ts errors.json …');
for (const file of files) {
  const dumps = JSON.parse(readFileSync(file, 'utf8')) as Dumped[];
  const m = dumps[0]!.errors.some(([h]) => h > 5) ? 4 : 1;
  console.log(`\n## ${file}: ${dumps.length} forecasts, m = ${m}`);
  for (const rule of RULES) {
    const groups = new Map<string, { n: number; c80: number[]; c95: number[]; floor: number; g: number }>();
    const perStep = { c80: new Float64Array(H * m), c95: new Float64Array(H * m) };
    for (const d of dumps) {
      const { w80, w95, g } = halfWidths(d, m, rule);
      for (let h = 0; h < H * m; h++) {
        const miss = Math.abs(d.truth[h]! - d.mean[h]!);
        if (miss <= w80[h]!) perStep.c80[h]!++;
        if (miss <= w95[h]!) perStep.c95[h]!++;
      }
      for (const key of ['all', d.kind]) {
        if (!groups.has(key))
          groups.set(key, { n: 0, c80: [0, 0, 0, 0, 0], c95: [0, 0, 0, 0, 0], floor: 0, g: 0 });
        const s = groups.get(key)!;
        s.n++;
        if (g <= rule.floor) s.floor++;
        s.g += g;
        for (let k = 0; k < H; k++) {
          const h = (k + 1) * m - 1;
          const miss = Math.abs(d.truth[h]! - d.mean[h]!);
          if (miss <= w80[h]!) s.c80[k]!++;
          if (miss <= w95[h]!) s.c95[k]!++;
        }
      }
    }
    console.log(`\n${rule.name} (at the year ends)`);
    for (const [key, s] of groups) {
      const f = (a: number[]) => a.map((v) => ((100 * v) / s.n).toFixed(1)).join(' / ');
      console.log(
        `  ${key.padEnd(10)} n ${s.n}  80% ${f(s.c80)}  95% ${f(s.c95)}  γ at floor ${((100 * s.floor) / s.n).toFixed(0)}%, mean γ ${(s.g / s.n).toFixed(2)}`,
      );
    }
    if (m > 1) {
      const f = (a: Float64Array) => Array.from(a, (v) => ((100 * v) / dumps.length).toFixed(0)).join(' ');
      console.log(`  every step 80%: ${f(perStep.c80)}\n  every step 95%: ${f(perStep.c95)}`);
    }
  }
}
