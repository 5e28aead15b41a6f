import { type EtsFixed, fitEts } from './exponential-smoothing.js';
import type { ModelFit } from './model.js';

/**
 * @internal The standard Theta method (Assimakopoulos & Nikolopoulos 2000), in the form of Hyndman &
 * Billah (2003, IJF 19:287) and R forecast::thetaf: fit SES (α, ℓ_T), take b̂ the OLS slope of y_t on
 * t = 0..T−1, and forecast ŷ_{T+h} = ℓ_T + (b̂/2)·[(h − 1) + (1 − (1 − α)^T)/α]. Residuals, σ² and ψ
 * (variance σ²·(1 + (h−1)α²)) are those of the SES fit, `ses` (fitted here unless given: a caller
 * that has fitted SES on the same values passes it). R's `ets`, and so `thetaf`, fits a series of at
 * most 6 values (npars + 4) by `HoltWinters` from the first value instead of estimating ℓ₀ with α:
 * there the two differ (the national government series after 4 years: R α ≈ 0, ℓ₀ = y₁, a
 * forecast 412 lower; at every other origin of the three national series, 4–8 values, the two
 * forecasts are within 1 job of each other).
 */
export function fitTheta(
  y: Float64Array,
  fixed: EtsFixed = {},
  ses: ModelFit = fitEts(y, 'ses', fixed),
): ModelFit {
  const T = y.length;
  let meanT = 0;
  for (let t = 0; t < T; t++) meanT += t / T;
  // Σ(t − t̄)(y_t − ȳ) = Σ(t − t̄)·y_t, as Σ(t − t̄) = 0: ȳ is not needed.
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < T; t++) {
    const d = t - meanT;
    sxy += d * y[t]!;
    sxx += d * d;
  }
  const slope = sxy / sxx;
  const alpha = ses.params.alpha!;
  const offset = (1 - (1 - alpha) ** T) / alpha;
  return {
    ...ses,
    model: 'theta',
    params: { ...ses.params, slope },
    mean: (h) => {
      const out = ses.mean(h);
      // Stryker disable next-line EqualityOperator: `k <= h` only adds a write past the end of `out`, which a typed array ignores
      for (let k = 0; k < h; k++) out[k] = out[k]! + (slope / 2) * (k + offset);
      return out;
    },
  };
}
