import type { Random } from '../_internal/random.js';
import { usableScale } from './scale.js';
import { studentQuantile } from './student-t.js';

/**
 * How prediction intervals (and the simulated paths of `forecastQuota`) are made:
 * - `empirical`: from the model's own out-of-sample errors at rolling origins, scaled by each
 *   origin's MASE scale and by x^γ, x = max(1, h/m) the horizon in seasons (γ fitted to how the errors
 *   grow with it, within {@link GROWTH_BOUNDS}), pooled over horizons, with a Student-t quantile (one
 *   degree of freedom per season of origins, less one) on the pooled root mean square (FPP3 §5.5 and
 *   §5.10; the errors include parameter and refit uncertainty); for seasonal data that t is scaled to
 *   unit variance ({@link tailShape}). For yearly data (m = 1) x is h;
 * - `conformal`: the same pooled scores, but the half-width is their split-conformal quantile, the
 *   ⌈(n + 1)·level⌉-th smallest (Vovk et al. 2005; Angelopoulos & Bates 2023; statsforecast
 *   `ConformalIntervals`, here pooled over horizons so that short series have enough scores);
 * - `analytic`: the model's normal σ_h (Hyndman et al. 2008 Table 6.1), which ignores parameter and
 *   model uncertainty.
 */
export type IntervalMethod = 'empirical' | 'conformal' | 'analytic';

/** Every interval method. */
export const INTERVAL_METHODS: readonly IntervalMethod[] = ['empirical', 'conformal', 'analytic'];

/**
 * @internal The interval method when none is given: `conformal` for yearly data, `empirical` for
 * seasonal data, each the one whose intervals covered their level at every horizon 1–5 in the
 * calibration study with the default model of that frequency (benchmarks/RESULTS.md, "Session 13"
 * and "A default for quarterly series").
 */
export function defaultIntervalMethod(seasonLength: number): 'empirical' | 'conformal' {
  return seasonLength > 1 ? 'empirical' : 'conformal';
}

/** @internal Why the default interval method was used, in words for a note. */
export function defaultIntervalReason(seasonLength: number): string {
  return seasonLength > 1
    ? 'the default for seasonal data: with median, its 80% and 95% intervals covered close to their level at every horizon in the calibration study (benchmarks/RESULTS.md)'
    : 'the default for yearly data: with blend, its 80% and 95% intervals covered close to their level at every horizon in the calibration study, where the empirical rule was too wide (benchmarks/RESULTS.md)';
}

/**
 * Bounds of γ, the growth exponent of the error with the horizon (x^γ, x in seasons): at least a
 * random walk's √x (a short series never pins its trend down; the calibration study under-covered at
 * h = 4–5 with 0.2), at most linear.
 */
export const GROWTH_BOUNDS: readonly [number, number] = [0.5, 1];

/** At most this many rolling origins (the latest ones) are used. */
const MAX_ORIGINS = 40;

/** @internal Out-of-sample errors of one model, scaled and pooled. */
export interface ErrorProfile {
  /** MASE scale of the whole series: the scores are multiplied back by it. */
  scale: number;
  /** γ: error ∝ x^γ, x = max(1, h/m) the horizon in seasons. */
  growth: number;
  /** m: steps per season (1 for yearly data). */
  seasonLength: number;
  /** Root mean square of the scores. */
  rms: number;
  /** |e_{o,h}| / (s_o·x^γ), ascending. */
  scores: Float64Array;
  /** Origins that gave at least one score. */
  origins: number;
}

/** @internal Mean absolute (seasonal) difference of y[0..n): the MASE scale. */
export function maseScale(y: Float64Array, n: number, m: number): number {
  let s = 0;
  for (let t = m; t < n; t++) s += Math.abs(y[t]! - y[t - m]!);
  return n > m ? s / (n - m) : 0;
}

/**
 * @internal Rolling-origin errors of `forecastAt` (which fits on a training prefix and returns the point
 * forecasts for 1..h) from every origin ≥ `minTrain` (the latest {@link MAX_ORIGINS}), up to `horizon`
 * steps ahead. `null` when no origin gives a score or the series never changes.
 */
export function errorProfile(
  y: Float64Array,
  forecastAt: (train: Float64Array, h: number) => Float64Array,
  seasonLength: number,
  horizon: number,
  minTrain: number,
): ErrorProfile | null {
  const T = y.length;
  const scale = maseScale(y, T, seasonLength);
  // A scale of (nearly) zero cannot be divided by: no profile, the caller falls back.
  if (!usableScale(scale, y)) return null;
  const first = Math.max(minTrain, T - MAX_ORIGINS);
  const raw: { h: number; e: number }[] = [];
  const sum2 = new Float64Array(horizon + 1);
  const count = new Float64Array(horizon + 1);
  let origins = 0;
  for (let o = first; o < T; o++) {
    const s = maseScale(y, o, seasonLength);
    if (!Number.isFinite(1 / s)) continue;
    const steps = Math.min(horizon, T - o);
    const f = forecastAt(y.subarray(0, o), steps);
    origins++;
    // Stryker disable next-line EqualityOperator: k = steps reads f past its end: undefined gives a NaN error, skipped below
    for (let k = 0; k < steps; k++) {
      const e = (y[o + k]! - f[k]!) / s;
      if (!Number.isFinite(e)) continue;
      raw.push({ h: k + 1, e });
      sum2[k + 1] = sum2[k + 1]! + e * e;
      count[k + 1] = count[k + 1]! + 1;
    }
  }
  // Stryker disable next-line ConditionalExpression: without it no score gives an RMS of 0/0 = NaN, refused below: the same null
  if (raw.length === 0) return null;
  const growth = fitGrowth(sum2, count, seasonLength);
  const scores = Float64Array.from(raw, (r) => Math.abs(r.e) / seasons(r.h, seasonLength) ** growth).sort();
  let ss = 0;
  for (const v of scores) ss += v * v;
  const rms = Math.sqrt(ss / scores.length);
  if (!Number.isFinite(rms) || !Number.isFinite(scores[scores.length - 1]! * scale)) return null;
  return { scale, growth, seasonLength, rms, scores, origins };
}

/** @internal How the errors grow, in words for a note: h^γ (yearly) or (h/m)^γ from one season on. */
export function growthText(p: ErrorProfile): string {
  const g = p.growth.toFixed(2);
  return p.seasonLength === 1 ? `h^${g}` : `(h/${p.seasonLength})^${g} from one season on`;
}

/** @internal The horizon in seasons, max(1, h/m): within the first season the error does not grow. */
function seasons(h: number, m: number): number {
  return Math.max(1, h / m);
}

/**
 * γ from a weighted least-squares line through log RMS_h on log x (x = h/m, horizons of a season or
 * more), clamped to {@link GROWTH_BOUNDS}.
 *
 * Seasonal data (m > 1): errors within the first season hardly grow (noise and the seasonal indices'
 * errors dominate them, and at whole seasons the index errors cancel), so growth is counted in
 * seasons, not steps. And the errors at a long horizon come from few origins whose windows overlap
 * (origins one step apart share h − 1 of their h steps), so their mean square has few effective
 * degrees of freedom k_h ≈ n_h / (1 + 2(h − 1)/3) (the squared correlations of overlapping sums add
 * up to about h/3), and its log is biased low by E[log(χ²_k/k)] = ψ(k/2) − log(k/2): that bias is
 * taken off, else γ comes out too flat (the calibration study: 95% coverage 86% at five years). Yearly
 * data keep the plain fit: there the floor γ ≥ 0.5 is the correction, and this one over-widened the
 * 80% interval at h = 3 (86%) in the study.
 */
function fitGrowth(sum2: Float64Array, count: Float64Array, m: number): number {
  let sw = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let h = m; h < count.length; h++) {
    const n = count[h]!;
    // No error at this horizon (count 0) leaves its sum 0 too: one test skips both.
    if (sum2[h]! === 0) continue;
    // Stryker disable next-line ArithmeticOperator: log(h·m) = log(h/m) + 2·log m shifts every x alike, which leaves the fitted slope unchanged
    const x = Math.log(h / m);
    const bias = m > 1 ? logChiSquareBias(Math.max(1, n / (1 + (2 * (h - 1)) / 3))) : 0;
    const v = 0.5 * (Math.log(sum2[h]! / n) - bias);
    sw += n;
    sx += n * x;
    sy += n * v;
    sxx += n * x * x;
    sxy += n * x * v;
  }
  const d = sw * sxx - sx * sx;
  // One horizon only (d is 0 or a rounding residue, below 1e-13·sw² for counts ≤ 40; two horizons give
  // d ≥ 1e-6·sw²; no horizon gives sw = d = 0): the random walk's √h.
  // Stryker disable next-line ArithmeticOperator: 1e-12 instead of 1e-12·sw² separates the two cases just as well (sw ≥ 1)
  const tiny = 1e-12 * sw * sw;
  // Stryker disable next-line EqualityOperator: d equal to the threshold is a tie of measure zero
  const slope = d > tiny ? (sw * sxy - sx * sy) / d : 0.5;
  return Math.min(GROWTH_BOUNDS[1], Math.max(GROWTH_BOUNDS[0], slope));
}

/** @internal E[log(χ²_k / k)] = ψ(k/2) − log(k/2) (ψ by recurrence and its asymptotic series). */
export function logChiSquareBias(k: number): number {
  let x = k / 2;
  let psi = 0;
  // Stryker disable next-line EqualityOperator: at x = 6 one more step of the recurrence moves the series to x = 7, a change near 1e-11, within the series' own error at 6
  while (x < 6) {
    psi -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  psi += Math.log(x) - 0.5 / x - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
  return psi - Math.log(k / 2);
}

/**
 * @internal Degrees of freedom of the t quantile: one per season of origins, less one, at least 2. The
 * scores of one origin share one fit and are strongly correlated, so the number of origins, not of
 * scores, is the sample size; and origins less than a season apart overlap in most of their window.
 */
export function profileDf(p: ErrorProfile): number {
  return Math.max(2, Math.floor(p.origins / p.seasonLength) - 1);
}

/**
 * @internal The t distribution of the `empirical` rule: its degrees of freedom and the factor on the
 * RMS. Yearly data: t(df) times the RMS, the classical predictive interval of a scale estimated from
 * df origins. Seasonal data: t(max(3, df)) scaled to unit variance, so that its spread equals the RMS
 * and only its tails are heavy: their pooled errors have the variance the RMS measures but heavier
 * tails than normal (a mixture over the series' fits), and the classical rule, which widens every
 * level alike, left the 80% interval too wide (85–86% at two years on three seeds of the calibration
 * study, the 95% in range); see benchmarks/RESULTS.md, "A default for quarterly series".
 */
export function tailShape(p: ErrorProfile): { df: number; factor: number } {
  const df = profileDf(p);
  if (p.seasonLength === 1) return { df, factor: 1 };
  const heavy = Math.max(3, df);
  return { df: heavy, factor: Math.sqrt((heavy - 2) / heavy) };
}

/**
 * @internal The standardised half-width q (before × scale × x^γ) at `level` percent; `conformal` falls
 * back to the t quantile when there are fewer than ⌈1/(1 − level)⌉ − 1 scores (`fellBack` true).
 */
export function standardHalfWidth(
  p: ErrorProfile,
  level: number,
  method: 'empirical' | 'conformal',
): { q: number; fellBack: boolean } {
  if (method === 'conformal') return conformalQuantile(p, level / 100);
  const { df, factor } = tailShape(p);
  return { q: p.rms * factor * twoSidedT(level / 100, df), fellBack: false };
}

/**
 * @internal The conformal |Z| at probability u (0 < u < 1): the ⌈(n + 1)·u⌉-th smallest of the n
 * scores; where that rank passes n (u > n/(n + 1): too few scores for the level), the t quantile of
 * {@link tailShape} at ½ + u/2 times the RMS, but never below the largest score (the interval at a
 * higher level is never narrower than one at a lower level, nor narrower than an error already seen).
 * The half-widths of `forecastSeries` and the draws of `forecastQuota` both come from here, so the
 * paths' quantiles are the intervals at every level.
 */
function conformalQuantile(p: ErrorProfile, u: number): { q: number; fellBack: boolean } {
  const n = p.scores.length;
  // At least rank 1: a level so small that (n + 1)·u rounds to 0 (5e-324 %) still takes the smallest score.
  const k = Math.max(1, Math.ceil((n + 1) * u));
  if (k <= n) return { q: p.scores[k - 1]!, fellBack: false };
  const { df, factor } = tailShape(p);
  const t = p.rms * factor * twoSidedT(u, df);
  return { q: Math.max(p.scores[n - 1]!, t), fellBack: true };
}

/**
 * The t quantile at ½ + u/2 (the half-width of a central interval of probability u), as the size of
 * the lower tail's (1 − u)/2 (≤ ½, so ≤ 0): ½ + u/2 loses digits near u = 1 and rounds to 1 (+∞) at
 * u = 0.9999999999999999. `Math.abs` gives +0, not −0, at u = 0.
 */
function twoSidedT(u: number, df: number): number {
  return Math.abs(studentQuantile((1 - u) / 2, df));
}

/** @internal Multiplier of the standardised half-width at step h (1-based): scale·x^γ, x in seasons. */
export function stepScale(p: ErrorProfile, h: number): number {
  return p.scale * seasons(h, p.seasonLength) ** p.growth;
}

/**
 * @internal One standardised draw Z, so that a path is mean_h + Z·scale·x^γ: the t of
 * {@link tailShape} times the RMS for `empirical`; for `conformal` |Z| is the conformal half-width at a
 * uniform u ({@link conformalQuantile}: a pooled score, or beyond the scores' reach the same t
 * quantile as the interval's fallback) with a random sign. Either way the quantiles of |Z| are
 * {@link standardHalfWidth} at every level, so the paths' 80% and 95% bands are the intervals.
 */
export function standardDraw(p: ErrorProfile, method: 'empirical' | 'conformal', random: Random): number {
  let u = random();
  while (u === 0) u = random();
  if (method === 'empirical') {
    const { df, factor } = tailShape(p);
    return p.rms * factor * studentQuantile(u, df);
  }
  const sign = random() < 0.5 ? -1 : 1;
  return sign * conformalQuantile(p, u).q;
}
