/**
 * Which point forecast should the quota forecaster's default be? (issue 17.) Rolling-origin MASE of
 * the single models, equal-weight combinations, medians and backtest-weighted combinations (weights
 * ∝ 1/MASE, as the `weighted` default) on fresh simulated series (seed `combinations-17`, not the
 * calibration study's, so a default tuned there is checked out of sample) and on the real national
 * annual series (origins after 4–8 years, h ≤ 3). Seeded; ~20 s.
 * Run: node --import tsx benchmarks/forecast-combinations.ts
 */
import { createRandom } from '../src/_internal/random.js';
import { type FitOptions, fitModel, medianOf } from '../src/quota/fit-model.js';
import { type ModelName, WEIGHTED_DEFAULTS } from '../src/quota/model.js';
import { maseScale } from '../src/quota/rolling-errors.js';
import { nationalSeries } from './_calibration-national.js';
import { drawSeries, makeProcess, PROCESS_KINDS } from './_calibration-processes.js';

const H = 5;
const YEARLY_PER_KIND = 400;
const QUARTERLY_PER_KIND = 50;

interface Variant {
  name: string;
  forecast: (y: Float64Array, m: number, h: number) => Float64Array;
}

const options = (m: number, combine: readonly ModelName[] = ['ses', 'holt', 'damped']): FitOptions => ({
  seasonLength: m,
  seasonal: 'auto',
  combine,
});
const single = (model: ModelName): Variant => ({
  name: model === 'combination' ? 'M4 Comb (SES+Holt+damped)' : model,
  forecast: (y, m, h) => fitModel(y, model, options(m)).mean(h),
});
const equal = (parts: ModelName[]): Variant => ({
  name: `mean(${parts.join('+')})`,
  forecast: (y, m, h) => fitModel(y, 'combination', options(m, parts)).mean(h),
});
const median = (parts: ModelName[]): Variant => ({
  name: `median(${parts.join('+')})`,
  forecast: (y, m, h) => {
    const each = parts.map((p) => fitModel(y, p, options(m)).mean(h));
    return Float64Array.from({ length: h }, (_, k) => medianOf(each.map((f) => f[k]!)));
  },
});
const defaultParts = [...WEIGHTED_DEFAULTS.parts];
const weighted = (parts: ModelName[]): Variant => ({
  name: `weighted(${parts.join('+')})${parts.join() === defaultParts.join() ? ' = default' : ''}`,
  forecast: (y, m, h) => {
    // The benchmark swaps the parts of `weighted` in place; restored after the run.
    (WEIGHTED_DEFAULTS as { parts: readonly ModelName[] }).parts = parts;
    return fitModel(y, 'weighted', options(m)).mean(h);
  },
});

/**
 * Theta with the weight of its trend line chosen per series (in the spirit of the optimised Theta
 * method, Fiorucci et al. 2016): ŷ = SES + (1 − 1/θ)·b̂·[(h − 1) + (1 − (1 − α)^T)/α], θ = 2 the
 * standard Theta (half the OLS slope), θ = ∞ the whole slope (added to the seasonally adjusted
 * forecast alike: the decomposition is additive); θ from `thetas` by the lowest mean MASE
 * over the last 8 rolling origins (h ≤ 5), as `weighted` scores its parts; the standard θ = 2 when
 * no origin can be scored.
 */
function thetaLine(y: Float64Array, m: number, h: number, theta: number): Float64Array {
  const fit = fitModel(y, 'theta', options(m));
  const out = fit.mean(h);
  const alpha = fit.params.alpha!;
  const offset = (1 - (1 - alpha) ** y.length) / alpha;
  const extra = fit.params.slope! * (0.5 - 1 / theta);
  for (let k = 0; k < h; k++) out[k] = out[k]! + extra * (k + offset);
  return out;
}
const optimisedTheta = (thetas: number[]): Variant => ({
  name: `theta, θ ∈ {${thetas.map((t) => (Number.isFinite(t) ? t : '∞')).join(', ')}} by backtest`,
  forecast: (y, m, h) => {
    let best = 2;
    let bestError = Number.POSITIVE_INFINITY;
    for (const theta of thetas) {
      let error = 0;
      let origins = 0;
      for (let o = Math.max(3, y.length - 8); o < y.length; o++) {
        const scale = maseScale(y, o, m);
        if (!(scale > 0)) continue;
        const steps = Math.min(5, y.length - o);
        const f = thetaLine(y.subarray(0, o), m, steps, theta);
        let e = 0;
        for (let k = 0; k < steps; k++) e += Math.abs(y[o + k]! - f[k]!) / scale;
        error += e / steps;
        origins++;
      }
      if (origins > 0 && error / origins < bestError) {
        bestError = error / origins;
        best = theta;
      }
    }
    return thetaLine(y, m, h, best);
  },
});

const ALL_VARIANTS: Variant[] = [
  ...(['naive', 'drift', 'theta', 'holt', 'damped', 'combination'] as const).map(single),
  weighted(defaultParts),
  weighted(['theta', 'drift', 'holt', 'damped']),
  weighted(['theta', 'drift', 'holt', 'combination']),
  weighted(['theta', 'holt', 'combination']),
  weighted(['theta', 'drift', 'damped']),
  equal(['theta', 'drift']),
  equal(['theta', 'drift', 'holt']),
  equal(['theta', 'drift', 'damped']),
  equal(['drift', 'holt', 'damped']),
  equal(['theta', 'drift', 'holt', 'damped']),
  median(['theta', 'drift', 'holt']),
  median(['theta', 'drift', 'holt', 'damped']),
  optimisedTheta([2, Number.POSITIVE_INFINITY]),
  optimisedTheta([1.5, 2, 3, Number.POSITIVE_INFINITY]),
];
// COMBINATIONS_ONLY=<text>: the single models and the variants whose name contains it (quick checks).
const only = process.env.COMBINATIONS_ONLY;
const VARIANTS = ALL_VARIANTS.filter((v, i) => i < 6 || only === undefined || v.name.includes(only));

/** Mean MASE (h = 1..H steps of m) per variant over fresh simulated series. */
function simulated(m: 1 | 4): number[] {
  // COMBINATIONS_SEED picks other fresh series; the recorded run uses `combinations-17`.
  const random = createRandom(`${process.env.COMBINATIONS_SEED ?? 'combinations-17'}-${m}`);
  const sum = new Float64Array(VARIANTS.length);
  let n = 0;
  const steps = Array.from({ length: H }, (_, k) => (k + 1) * m);
  for (const kind of PROCESS_KINDS) {
    for (let i = 0; i < (m === 1 ? YEARLY_PER_KIND : QUARTERLY_PER_KIND); i++) {
      const p = makeProcess(kind, m, random);
      const years = 6 + Math.floor(random() * 6);
      const { values } = drawSeries(p, (years + 1 + H) * m, random);
      for (const o of m === 1 ? [years, years + 1] : [years]) {
        const y = Float64Array.from(values.slice(0, o * m));
        const scale = maseScale(y, y.length, m);
        if (!(scale > 0)) continue;
        n++;
        VARIANTS.forEach((v, i) => {
          const f = v.forecast(y, m, H * m);
          let e = 0;
          for (const h of steps) e += Math.abs(values[o * m + h - 1]! - f[h - 1]!) / scale;
          sum[i]! += e / H;
        });
      }
    }
  }
  return Array.from(sum, (s) => s / n);
}

/** Mean MASE per variant on one national series, origins after 4..8 years, h ≤ 3. */
function national(values: readonly number[]): number[] {
  return VARIANTS.map((v) => {
    let s = 0;
    const origins = [4, 5, 6, 7, 8];
    for (const o of origins) {
      const y = Float64Array.from(values.slice(0, o));
      const scale = maseScale(y, y.length, 1);
      const steps = Math.min(3, values.length - o);
      const f = v.forecast(y, 1, 3);
      let e = 0;
      for (let k = 0; k < steps; k++) e += Math.abs(values[o + k]! - f[k]!) / scale;
      s += e / steps;
    }
    return s / origins.length;
  });
}

const started = performance.now();
const yearly = simulated(1);
const quarterly = simulated(4);
const { source, series } = nationalSeries();
const real = Object.values(series).map(national);
(WEIGHTED_DEFAULTS as { parts: readonly ModelName[] }).parts = defaultParts;

const cols = [yearly, quarterly, ...real];
const best = cols.map((c) => Math.min(...c.slice(0, 6)));
console.log(
  `MASE, fresh seeds: ${YEARLY_PER_KIND * 5 * 2} yearly and ${QUARTERLY_PER_KIND * 5} quarterly forecasts (h = 1–5 years); national (${source}): origins 4–8, h ≤ 3. * = beats the best single model of its column.\n`,
);
console.log(`| point forecast | yearly | quarterly | ${Object.keys(series).join(' | ')} |`);
console.log(`|---|${cols.map(() => '---:').join('|')}|`);
VARIANTS.forEach((v, i) => {
  const cells = cols.map((c, j) => `${c[i]!.toFixed(3)}${i >= 6 && c[i]! < best[j]! ? '*' : ''}`);
  console.log(`| ${v.name} | ${cells.join(' | ')} |`);
});
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
