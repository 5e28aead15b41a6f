import type { BacktestRow } from './backtest.js';
import { BLEND_DEFAULTS, firstOrigin, type ModelName, WEIGHTED_DEFAULTS } from './model.js';
import { studentQuantile } from './student-t.js';

/**
 * How `'auto'` chooses a model. `evidence` keeps the benchmark (the `weighted` combination of Theta,
 * drift and the M4 Comb: combinations and Theta are hard to beat on short yearly series, Makridakis &
 * Hibon 2000, Makridakis et al. 2020; see benchmarks/RESULTS.md for the calibration study) unless a candidate's
 * rolling-origin MASE is lower by a one-sided Diebold–Mariano test with the Harvey–Leybourne–Newbold
 * small-sample correction at level {@link SELECTION_DEFAULTS}.alpha over at least
 * {@link SELECTION_DEFAULTS}.minOrigins origins (seasonal data: seasons of origins, {@link countedOrigins}); `lowest-mase` takes the lowest mean MASE (the 0.1
 * behaviour, which on a handful of origins mostly chooses noise).
 */
export type SelectionRule = 'evidence' | 'lowest-mase';

/** Defaults of the `evidence` rule. */
export const SELECTION_DEFAULTS: { readonly minOrigins: number; readonly alpha: number } = {
  minOrigins: 8,
  alpha: 0.05,
};

/** @internal A Diebold–Mariano comparison of a candidate against the benchmark. */
export interface DmResult {
  model: ModelName;
  /** Origins compared. */
  n: number;
  /** Mean loss difference benchmark − candidate (positive: the candidate is better). */
  meanGain: number;
  /** HLN-corrected statistic, compared with t(n − 1). */
  statistic: number;
  significant: boolean;
}

/**
 * @internal Diebold & Mariano (1995) with the Harvey, Leybourne & Newbold (1997) correction: d_o the
 * loss difference at origin o, variance from autocovariances up to lag h − 1 (h the comparison
 * horizon, at most n/3), statistic × √((n + 1 − 2h + h(h − 1)/n)/n), one-sided against t(n − 1).
 */
export function dieboldMariano(d: Float64Array, horizon: number, alpha: number): Omit<DmResult, 'model'> {
  const n = d.length;
  let mean = 0;
  for (const v of d) mean += v / n;
  if (n < 2) return { n, meanGain: mean, statistic: 0, significant: false };
  const h = Math.max(1, Math.min(horizon, Math.floor(n / 3)));
  const autocov = (lag: number): number => {
    let s = 0;
    for (let t = lag; t < n; t++) s += (d[t]! - mean) * (d[t - lag]! - mean);
    return s / n;
  };
  let variance = autocov(0);
  for (let lag = 1; lag < h; lag++) variance += 2 * autocov(lag);
  if (!(variance > 0)) variance = autocov(0);
  if (!(variance > 0)) {
    // Identical losses everywhere: no evidence; a constant gain is (degenerate) evidence.
    return { n, meanGain: mean, statistic: mean > 0 ? Number.POSITIVE_INFINITY : 0, significant: mean > 0 };
  }
  const dm = mean / Math.sqrt(variance / n);
  const correction = Math.sqrt(Math.max(0, (n + 1 - 2 * h + (h * (h - 1)) / n) / n));
  const statistic = dm * correction;
  // Stryker disable next-line EqualityOperator: a statistic exactly equal to the t quantile (an irrational value) does not occur, so > and >= agree
  return { n, meanGain: mean, statistic, significant: statistic > studentQuantile(1 - alpha, n - 1) };
}

/**
 * @internal Origins that count towards the test's minimum: every origin for yearly data, one per
 * season for seasonal data (origins a step apart share most of their errors' window, so a quarter of
 * them is nearer the independent evidence; counted alike, the test left the benchmark for another
 * model in a third of the calibration study's quarterly series, with no gain in MASE and intervals
 * from the winner's own errors too narrow: benchmarks/RESULTS.md, "A default for quarterly series").
 */
export function countedOrigins(origins: number, seasonLength: number): number {
  return Math.floor(origins / seasonLength);
}

/**
 * @internal What `blend` is on a series of `values` values too short for its own weights (fewer than
 * `BLEND_DEFAULTS.minOrigins` scored origins: under 6 values), and what the evidence says at that
 * length, as a clause of a reason; '' for a longer series. Below 6 values the calibration study's
 * processes forecast best with drift and the national total and market with Theta
 * (benchmarks/short-series.ts, benchmarks/RESULTS.md "Session 21: the national series at the issue's
 * own origins"), so the mix is a hedge between them, not a choice the evidence made.
 *
 * @example
 * shortBlendNote(4); // '; with 4 values blend is Theta, drift and the combination in equal shares, …'
 */
export function shortBlendNote(values: number): string {
  if (values - firstOrigin(BLEND_DEFAULTS.parts) >= BLEND_DEFAULTS.minOrigins) return '';
  // `weighted`'s own origins: none gives equal shares (see `backtestWeights`).
  const origins = values - firstOrigin(WEIGHTED_DEFAULTS.parts);
  const mix = origins <= 0 ? 'in equal shares' : "weighted by one backtest origin's errors";
  return `; with ${values} values blend is Theta, drift and the combination ${mix}, a hedge: at this length drift forecast best on the calibration study's simulated series and Theta on the national total and market`;
}

/**
 * @internal The reason given when there are too few origins for the test; `values`, the series'
 * length, adds {@link shortBlendNote} for `blend` in place of why it is the benchmark.
 */
export function tooFewOrigins(
  benchmark: ModelName,
  origins: number,
  seasonLength = 1,
  values?: number,
): string {
  const counted =
    seasonLength === 1
      ? `${origins} backtest origins`
      : `${origins} backtest origins (${countedOrigins(origins, seasonLength)} seasons of origins)`;
  const why =
    benchmark === 'median'
      ? 'it forecast quarterly series best in the calibration study'
      : benchmark === 'blend'
        ? 'it forecast yearly series best in the calibration study and the national series better than Theta'
        : 'combinations are hard to beat on short series: M3, M4, and the calibration study';
  const note = benchmark === 'blend' && values !== undefined ? shortBlendNote(values) : '';
  return `${benchmark}: ${counted}, fewer than ${SELECTION_DEFAULTS.minOrigins}, too few to tell models apart beyond noise; ${benchmark} is the default benchmark${note === '' ? ` (${why})` : note}`;
}

/**
 * @internal Applies the `evidence` rule to backtest rows: the benchmark unless candidates beat it
 * significantly (then the one with the largest mean gain among those), with the reason in words.
 */
export function chooseByEvidence(
  rows: readonly BacktestRow[],
  candidates: readonly ModelName[],
  benchmark: ModelName,
  horizon: number,
  seasonLength = 1,
): { model: ModelName; reason: string } {
  const lossOf = new Map<string, number>();
  const origins = new Set<number>();
  for (const r of rows) {
    lossOf.set(`${r.model}@${r.origin}`, r.mase);
    origins.add(r.origin);
  }
  const list = [...origins].sort((a, b) => a - b);
  const { minOrigins, alpha } = SELECTION_DEFAULTS;
  if (countedOrigins(list.length, seasonLength) < minOrigins) {
    return { model: benchmark, reason: tooFewOrigins(benchmark, list.length, seasonLength) };
  }
  let best: DmResult | null = null;
  for (const model of candidates) {
    // Stryker disable next-line ConditionalExpression: the benchmark against itself has d = 0 everywhere, which is never significant
    if (model === benchmark) continue;
    const d = Float64Array.from(
      list,
      (o) => (lossOf.get(`${benchmark}@${o}`) ?? Number.NaN) - (lossOf.get(`${model}@${o}`) ?? Number.NaN),
    ).filter((v) => Number.isFinite(v));
    const result = { model, ...dieboldMariano(d, horizon, alpha) };
    if (result.significant && (best === null || result.meanGain > best.meanGain)) best = result;
  }
  if (best === null) {
    return {
      model: benchmark,
      reason: `${benchmark}: no candidate beat it on ${list.length} backtest origins (Diebold–Mariano, one-sided ${alpha * 100}%)`,
    };
  }
  return {
    model: best.model,
    reason: `${best.model}: beat ${benchmark} on ${best.n} backtest origins by ${best.meanGain.toFixed(3)} MASE (Diebold–Mariano statistic ${best.statistic.toFixed(2)}, one-sided ${alpha * 100}%)`,
  };
}
