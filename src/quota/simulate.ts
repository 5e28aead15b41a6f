import { integer, normal, type Random } from '../_internal/random.js';
import { BanenmatchError } from '../errors.js';
import type { ModelFit } from './model.js';
import { type ErrorProfile, standardDraw, stepScale } from './rolling-errors.js';

/** @internal Paths simulated between two `onChunk` calls (a few milliseconds of work). */
export const PATH_CHUNK = 8192;

/** How future innovations are drawn. */
export type ResidualMethod = 'normal' | 'bootstrap';

/**
 * @internal Simulates sample paths of a fitted model into `out` (path-major, `paths × horizon`):
 * y_{T+k} = ŷ_{T+k} + Σ_{j≤k} ψ_{k−j}·ε_j (+ k·z·se(b) for drift's slope uncertainty, z ~ N(0, 1)).
 * Innovations are N(0, σ²), or drawn with replacement from the in-sample residuals centred on zero so
 * the paths keep the point forecast as their mean (FPP3 §5.5 "bootstrapped residuals").
 * `onChunk(pathsDone)` runs every {@link PATH_CHUNK} paths (to check an abort signal, report progress).
 */
export function simulatePaths(
  fit: ModelFit,
  horizon: number,
  paths: number,
  random: Random,
  method: ResidualMethod,
  out: Float64Array,
  onChunk?: (pathsDone: number) => void,
): void {
  const mean = fit.mean(horizon);
  const psi = fit.psi(horizon);
  const sigma = Math.sqrt(fit.sigma2);
  const slopeSe = fit.slopeSe;
  let pool = new Float64Array(0);
  if (method === 'bootstrap') {
    const finite = Array.from(fit.residuals).filter((r) => Number.isFinite(r));
    if (finite.length < 2) {
      throw new BanenmatchError(
        'INVALID_ARGUMENT',
        'bootstrap residuals need at least 2 in-sample residuals',
      );
    }
    let centre = 0;
    for (const r of finite) centre += r / finite.length;
    pool = Float64Array.from(finite, (r) => r - centre);
  }
  const last = pool.length - 1;
  const shocks = new Float64Array(horizon);
  for (let p = 0; p < paths; p++) {
    if (p > 0 && p % PATH_CHUNK === 0) onChunk?.(p);
    for (let k = 0; k < horizon; k++) {
      shocks[k] = method === 'normal' ? sigma * normal(random) : pool[integer(random, 0, last)]!;
    }
    const slope = slopeSe > 0 ? slopeSe * normal(random) : 0;
    const base = p * horizon;
    // Stryker disable next-line EqualityOperator: `k <= horizon` writes NaN into the next path's first value, which that path overwrites (past the end of `out` for the last path)
    for (let k = 0; k < horizon; k++) {
      let v = mean[k]! + (k + 1) * slope;
      for (let j = 0; j <= k; j++) v += psi[k - j]! * shocks[j]!;
      out[base + k] = v;
    }
  }
}

/** @internal The k-th smallest value (0-based), by Hoare quickselect with a median-of-three pivot; reorders `a`. */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  // Stryker disable next-line EqualityOperator: `>=` adds one pass over a one-value range, which ends returning a[k] as the exit below does
  while (right > left) {
    const mid = (left + right) >> 1;
    const x = a[left]!;
    const y = a[mid]!;
    const z = a[right]!;
    // Stryker disable next-line MethodExpression: any of the three values is a correct pivot (both scans stop at it); the median only avoids quadratic time
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    // Stryker disable next-line ConditionalExpression: `true` narrows to [i, right] when a[k] is already in place between j and i; the exit returns it unchanged
    else if (k >= i) left = i;
    else return a[k]!;
  }
  return a[k]!;
}

/**
 * @internal Quantile (R type 7, linear interpolation) of the values in `a`, in O(n) by quickselect
 * instead of a sort; reorders `a` (still the same values, so it can be called again).
 */
export function quantile(a: Float64Array, q: number): number {
  const n = a.length;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const low = select(a, lo);
  // q = 1 ends here too (h = lo = n − 1: no value lies right of the last).
  if (h === lo) return low;
  // After the selection every value right of `lo` is ≥ low: the next order statistic is their minimum.
  let next = Number.POSITIVE_INFINITY;
  // Stryker disable next-line EqualityOperator: `i <= n` reads past the end (undefined is never < next); `<=` takes an equal value
  for (let i = lo + 1; i < n; i++) if (a[i]! < next) next = a[i]!;
  return low + (h - lo) * (next - low);
}

/**
 * @internal Paths from rolling-origin errors (`empirical` or `conformal`, see `IntervalMethod`): one
 * standardised draw Z per path, y_{T+k} = ŷ_{T+k} + Z·scale·k^γ, so the paths' quantiles at every
 * step are the intervals of `forecastSeries` (for `conformal` also at levels beyond the pooled scores'
 * reach, where both take the same t quantile) and their spread grows with the horizon.
 */
export function simulateProfilePaths(
  mean: Float64Array,
  profile: ErrorProfile,
  method: 'empirical' | 'conformal',
  paths: number,
  random: Random,
  out: Float64Array,
  onChunk?: (pathsDone: number) => void,
): void {
  const horizon = mean.length;
  const steps = new Float64Array(horizon);
  // Stryker disable next-line EqualityOperator: `k <= horizon` writes past the end of `steps`, which a typed array ignores
  for (let k = 0; k < horizon; k++) steps[k] = stepScale(profile, k + 1);
  for (let p = 0; p < paths; p++) {
    if (p > 0 && p % PATH_CHUNK === 0) onChunk?.(p);
    const z = standardDraw(profile, method, random);
    const base = p * horizon;
    // Stryker disable next-line EqualityOperator: `k <= horizon` writes NaN into the next path's first value, which that path overwrites (past the end of `out` for the last path)
    for (let k = 0; k < horizon; k++) out[base + k] = mean[k]! + z * steps[k]!;
  }
}
