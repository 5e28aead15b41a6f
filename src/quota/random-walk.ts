import type { ModelFit } from './model.js';

/**
 * @internal Naive, seasonal naive and drift, as forecast::lagwalk / rwf (R package forecast, Hyndman
 * et al.; FPP3 §5.2): with d_t = y_t − y_{t−lag}, drift b = mean(d), σ = sd(d) (denominator n − 1,
 * centred, as R's `sd` and `lm` sigma), se(b) = σ/√n for drift. Forecast at step h: y_{T−lag+1+((h−1) mod lag)}
 * + h·b; variance σ²·⌈h/lag⌉ + (h·se(b))².
 */
export function fitLagWalk(y: Float64Array, lag: number, drift: boolean): ModelFit {
  const T = y.length;
  const n = T - lag;
  let mean = 0;
  for (let t = lag; t < T; t++) mean += (y[t]! - y[t - lag]!) / n;
  let ss = 0;
  for (let t = lag; t < T; t++) {
    const d = y[t]! - y[t - lag]! - mean;
    ss += d * d;
  }
  const sigma2 = ss / Math.max(1, n - 1);
  const b = drift ? mean : 0;
  const fitted = new Float64Array(T).fill(Number.NaN);
  const residuals = new Float64Array(T).fill(Number.NaN);
  // Stryker disable next-line EqualityOperator: t = T writes past the end of two typed arrays (ignored); the reads feed only those writes
  for (let t = lag; t < T; t++) {
    fitted[t] = y[t - lag]! + b;
    residuals[t] = y[t]! - fitted[t]!;
  }
  const lastSeason = y.slice(T - lag);
  return {
    model: drift ? 'drift' : lag === 1 ? 'naive' : 'snaive',
    params: drift ? { drift: b } : {},
    fitted,
    residuals,
    sigma2,
    slopeSe: drift ? Math.sqrt(sigma2 / n) : 0,
    mean: (h) => {
      const out = new Float64Array(h);
      // Stryker disable next-line EqualityOperator: k = h writes past the end of a typed array (ignored)
      for (let k = 0; k < h; k++) out[k] = lastSeason[k % lag]! + (k + 1) * b;
      return out;
    },
    psi: (h) => {
      const out = new Float64Array(h);
      // Stryker disable next-line EqualityOperator: k = h writes past the end of a typed array (ignored)
      for (let k = 0; k < h; k++) out[k] = k % lag === 0 ? 1 : 0;
      return out;
    },
  };
}
