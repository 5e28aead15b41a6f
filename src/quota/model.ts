/**
 * Forecasting models of the quota module (Hyndman & Athanasopoulos, *Forecasting: Principles and
 * Practice*, 3rd ed. (FPP3), §5.2 and §8.1–8.2; Hyndman & Billah 2003 for Theta):
 * - `naive`: last value; `snaive`: value one season back; `drift`: naive plus the mean change
 * - `ses`: simple exponential smoothing; `holt`: Holt's linear trend; `damped`: additive damped trend
 * - `theta`: the standard Theta method (SES with drift half the OLS slope, forecast::thetaf)
 * - `combination`: the mean of several models' forecasts (default SES, Holt, damped: the M4 "Comb")
 * - `weighted`: Theta, drift and the M4 Comb averaged with weights ∝ 1/(their rolling-origin MASE on
 *   the series), equal weights when the series is too short to backtest (Bates & Granger 1969; FPP3
 *   §13.4; the default of `'auto'` for yearly data before `blend`, and a part of it)
 * - `median`: at each step the median of the Theta, drift and Holt forecasts (the default of `'auto'`
 *   for seasonal data: on the calibration study's quarterly series it forecast better than drift, the
 *   best single model, and than `weighted`; benchmarks/quarterly-default.ts, benchmarks/RESULTS.md)
 * - `blend`: `weighted` and `median` averaged with weights ∝ 1/(their rolling-origin MASE)³, `weighted`
 *   alone with fewer than 2 scored origins (the default of `'auto'` for yearly data, with conformal
 *   intervals: on simulated yearly series it forecast better than drift, the best single model, and on
 *   the national series better than Theta; benchmarks/yearly-default.ts, benchmarks/RESULTS.md,
 *   "A default for yearly series" and "Session 13"; not at 4–5 values, where it is `weighted` and the
 *   simulated series favour drift, the national total and market Theta: benchmarks/short-series.ts)
 */
export type ModelName =
  | 'naive'
  | 'snaive'
  | 'drift'
  | 'ses'
  | 'holt'
  | 'damped'
  | 'theta'
  | 'combination'
  | 'weighted'
  | 'median'
  | 'blend';

/** Every model, simplest first (the order in which ties are broken). */
export const MODEL_NAMES: readonly ModelName[] = [
  'naive',
  'snaive',
  'drift',
  'ses',
  'theta',
  'holt',
  'damped',
  'combination',
  'weighted',
  'median',
  'blend',
];

/** The parts of `weighted` and how far ahead their backtest errors are scored. */
export const WEIGHTED_DEFAULTS: {
  readonly parts: readonly ModelName[];
  readonly horizon: number;
  readonly maxOrigins: number;
} = { parts: ['theta', 'drift', 'combination'], horizon: 5, maxOrigins: 8 };

/** The parts of `median`, whose forecasts it takes the median of at each step. */
export const MEDIAN_PARTS: readonly ModelName[] = ['theta', 'drift', 'holt'];

/**
 * The parts of `blend`, the power of their backtest MASE in the weights, and the scored origins
 * (of the same backtest as `weighted`'s: the last {@link WEIGHTED_DEFAULTS}.maxOrigins, h ≤ its
 * horizon) below which `blend` is its first part alone: one origin's error tells two forecasts apart
 * by luck.
 */
export const BLEND_DEFAULTS: {
  readonly parts: readonly ModelName[];
  readonly power: number;
  readonly minOrigins: number;
} = { parts: ['weighted', 'median'], power: 3, minOrigins: 2 };

/**
 * @internal A fitted model in innovations form: point forecasts plus the weights ψ_k with which an
 * innovation at step j moves the value at step j + k (ψ_0 = 1). For these linear additive models the
 * forecast variance is σ²·Σ_{k<h} ψ_k² (Hyndman et al. 2008, ch. 6), and a simulated path is the mean
 * plus Σ ψ_{h−j}·ε_j.
 */
export interface ModelFit {
  readonly model: ModelName;
  readonly params: Readonly<Record<string, number>>;
  /** One-step fitted values on the input scale; NaN where the model has none. */
  readonly fitted: Float64Array;
  /** y − fitted; NaN where the model has none. */
  readonly residuals: Float64Array;
  /** Innovation variance σ². */
  readonly sigma2: number;
  /** Standard error of an estimated per-step slope, added to the variance as (h·se)² (drift only). */
  readonly slopeSe: number;
  /** Point forecasts for steps 1..h. */
  readonly mean: (h: number) => Float64Array;
  /** ψ_0..ψ_{h−1}. */
  readonly psi: (h: number) => Float64Array;
}

/**
 * @internal The first training length a yearly backtest of `parts` scores (each part's shortest
 * series): `weighted` and `blend` weigh their parts by the origins from here on.
 */
export function firstOrigin(parts: readonly ModelName[]): number {
  let first = 0;
  for (const m of parts) first = Math.max(first, minimumLength(m, 1));
  return first;
}

/** @internal Shortest series each model is fitted on (`m` = season length). */
export function minimumLength(model: ModelName, m: number): number {
  switch (model) {
    case 'naive':
      return 2;
    case 'snaive':
      return m + 1;
    case 'drift':
    case 'ses':
    case 'theta':
      return 3;
    case 'holt':
    case 'damped':
    case 'combination':
    case 'weighted':
    case 'median':
    case 'blend':
      return 4;
  }
}

/** @internal σ²·Σ_{k<h} ψ_k² + (h·slopeSe)² for h = 1..H. */
export function forecastVariance(fit: ModelFit, horizon: number): Float64Array {
  const psi = fit.psi(horizon);
  const out = new Float64Array(horizon);
  let cumulative = 0;
  // Stryker disable next-line EqualityOperator: h = horizon writes past the end of a typed array (ignored); the cumulative sum is not read after
  for (let h = 0; h < horizon; h++) {
    const p = psi[h]!;
    cumulative += p * p;
    const slope = (h + 1) * fit.slopeSe;
    out[h] = fit.sigma2 * cumulative + slope * slope;
  }
  return out;
}
