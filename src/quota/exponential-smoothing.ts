import type { ModelFit } from './model.js';
import { minimiseInBox } from './multi-start.js';

/**
 * Bounds of the smoothing parameters, as in R forecast::ets and Nixtla statsforecast `ets.py`
 * (α, β* in [1e-4, 0.9999]; φ in [0.8, 0.98], `_PHI_LOWER`/`_PHI_UPPER`).
 */
export const ETS_BOUNDS: {
  readonly alpha: readonly [number, number];
  readonly beta: readonly [number, number];
  readonly phi: readonly [number, number];
} = { alpha: [1e-4, 0.9999], beta: [1e-4, 0.9999], phi: [0.8, 0.98] };

/** Both bounds and seven inner points an eighth of the way apart (0.125, 0.25, …, 0.875). */
const EIGHTHS = [0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875];

/**
 * The coarse grid the search starts from: both bounds and seven inner points for α and β*, φ at its
 * bounds and middle. Chosen on 600 seeded series and checked on 400 more (benchmarks/ets-minima.ts):
 * with three inner points, Holt's SSE surface can hide a narrow valley between two grid points (a
 * flat series with a late jump: the fit stopped at the corner α = β* = 1e-4 with an SSE 3% above the
 * minimum near α = 0.32 on the β* ≈ 1 edge). With three inner points and two starts, 21 of 2,000 Holt
 * and damped fits ended above a fine grid's best point; with seven and three starts
 * (`MULTI_START_DEFAULTS.starts`), 1 (+0.33% SSE).
 */
const START_GRID = {
  alpha: [ETS_BOUNDS.alpha[0], ...EIGHTHS, ETS_BOUNDS.alpha[1]],
  beta: [ETS_BOUNDS.beta[0], ...EIGHTHS, ETS_BOUNDS.beta[1]],
  phi: [ETS_BOUNDS.phi[0], 0.89, ETS_BOUNDS.phi[1]],
} as const;

/** Parameters to hold fixed instead of fitting (FPP3 notation: β is β*, the trend smoothing). */
export interface EtsFixed {
  alpha?: number | undefined;
  beta?: number | undefined;
  phi?: number | undefined;
  level0?: number | undefined;
  trend0?: number | undefined;
}

/** @internal The exponential smoothing models: SES, Holt's linear trend, damped Holt. */
export type EtsKind = 'ses' | 'holt' | 'damped';

/**
 * @internal Error-correction recursions of ETS(A,N,N) / ETS(A,A,N) / ETS(A,Ad,N) (FPP3 §8.2; Hyndman
 * et al. 2008 Table 2.1): ŷ_t = ℓ_{t−1} + φb_{t−1}, e_t = y_t − ŷ_t, ℓ_t = ŷ_t + αe_t,
 * b_t = φb_{t−1} + αβ*e_t. Writes e_t into `errors`, the final level and trend into `state`.
 */
function run(
  y: Float64Array,
  alpha: number,
  gain: number,
  phi: number,
  level0: number,
  trend0: number,
  errors: Float64Array,
  state: Float64Array,
): void {
  let level = level0;
  let trend = trend0;
  for (let t = 0; t < y.length; t++) {
    const forecast = level + phi * trend;
    const e = y[t]! - forecast;
    errors[t] = e;
    level = forecast + alpha * e;
    trend = phi * trend + gain * e;
  }
  state[0] = level;
  state[1] = trend;
}

/**
 * The rounding noise of an SSE of one-step errors of `y`: ε² · T · Σ y² (ε the machine epsilon), a
 * generous bound on what rounding adds to it (measured on exactly linear series of 6–40 values, 1e10–1e15
 * in size: spreads of 0.003–0.2% of it over a simplex). An exactly linear series fits with zero
 * error at every smoothing parameter, so its SSE surface is flat but for that noise.
 */
function sseNoise(y: Float64Array): number {
  let sum = 0;
  for (const v of y) sum += v * v;
  return Number.EPSILON * Number.EPSILON * y.length * sum;
}

/**
 * @internal Fits SES, Holt or damped Holt by minimising the sum of squared one-step errors. The
 * smoothing parameters are searched within {@link ETS_BOUNDS} by a coarse grid and Nelder–Mead from its
 * best local minima ({@link minimiseInBox}: the SSE surface can have more than one minimum, and a
 * single start stopped in the wrong one in 36 of 200 seeded Holt fits); for given smoothing
 * parameters the errors are linear in the initial states, so ℓ_0 (and b_0) are solved exactly by least
 * squares. σ² = SSE / (T − k), k the number of estimated parameters and states (SSE / T when T ≤ k).
 */
export function fitEts(y: Float64Array, kind: EtsKind, fixed: EtsFixed = {}): ModelFit {
  const T = y.length;
  const hasTrend = kind !== 'ses';
  const e0 = new Float64Array(T);
  const eLevel = new Float64Array(T);
  const eTrend = new Float64Array(T);
  const state = new Float64Array(2);
  const solveLevel = fixed.level0 === undefined;
  const solveTrend = hasTrend && fixed.trend0 === undefined;
  const fixedLevel = fixed.level0 ?? 0;
  const fixedTrend = hasTrend ? (fixed.trend0 ?? 0) : 0;
  const initial = new Float64Array(2);

  // Solves the initial states by least squares and returns the SSE. One pass runs the recursions of
  // y from the fixed states and of zeros from ℓ0 = 1 and from b0 = 1 (the errors' derivatives in the
  // initial states) side by side and sums the normal equations: the same operations per element as
  // three runs and a sum, in one loop.
  const sse = (alpha: number, betaStar: number, phi: number): number => {
    const gain = hasTrend ? alpha * betaStar : 0;
    let level = fixedLevel;
    let trend = fixedTrend;
    let level1 = 1;
    let trend1 = 0;
    let level2 = 0;
    let trend2 = 1;
    let aa = 0;
    let ab = 0;
    let bb = 0;
    let ar = 0;
    let br = 0;
    for (let t = 0; t < T; t++) {
      const forecast = level + phi * trend;
      const r = y[t]! - forecast;
      e0[t] = r;
      level = forecast + alpha * r;
      trend = phi * trend + gain * r;
      let u = 0;
      let v = 0;
      // Stryker disable next-line ConditionalExpression: a held ℓ0 multiplies its column by 0 and no solve reads aa, ab, ar then; the test only saves the work
      if (solveLevel) {
        const f1 = level1 + phi * trend1;
        u = 0 - f1;
        level1 = f1 + alpha * u;
        trend1 = phi * trend1 + gain * u;
      }
      // Stryker disable next-line ConditionalExpression: a held b0 multiplies its column by 0 and no solve reads bb, ab, br then; the test only saves the work
      if (solveTrend) {
        const f2 = level2 + phi * trend2;
        v = 0 - f2;
        level2 = f2 + alpha * v;
        trend2 = phi * trend2 + gain * v;
      }
      eLevel[t] = u;
      eTrend[t] = v;
      aa += u * u;
      ab += u * v;
      bb += v * v;
      ar += u * r;
      br += v * r;
    }
    // The solved states (the run of y started from 0 in them); 0 for a held one, whose column is 0.
    let l = 0;
    let b = 0;
    if (solveLevel || solveTrend) {
      if (solveLevel && solveTrend) {
        const det = aa * bb - ab * ab;
        // Singular when the trend cannot be told from the level: one value, or φ = 0 (det and bb exactly 0).
        // Stryker disable next-line ArithmeticOperator: det is exactly 0 in the singular cases (aa = 1 for one value, bb = 0 for φ = 0), where the tolerance scaled by aa or bb either way agrees; elsewhere det is far from it
        if (Math.abs(det) > 1e-12 * aa * bb) {
          l = (-ar * bb + br * ab) / det;
          b = (-br * aa + ar * ab) / det;
        } else {
          l = -ar / aa;
        }
      } else if (solveLevel) {
        l = -ar / aa;
      } else {
        b = -br / bb;
      }
    }
    initial[0] = solveLevel ? l : fixedLevel;
    initial[1] = solveTrend ? b : fixedTrend;
    let total = 0;
    for (let t = 0; t < T; t++) {
      const e = e0[t]! + l * eLevel[t]! + b * eTrend[t]!;
      total += e * e;
    }
    return total;
  };

  // Free smoothing parameters, in the order alpha, beta*, phi.
  const names: ('alpha' | 'beta' | 'phi')[] = [];
  if (fixed.alpha === undefined) names.push('alpha');
  if (hasTrend && fixed.beta === undefined) names.push('beta');
  if (kind === 'damped' && fixed.phi === undefined) names.push('phi');
  const values = {
    alpha: fixed.alpha ?? 0.5,
    beta: fixed.beta ?? 0.2,
    phi: kind === 'damped' ? (fixed.phi ?? 0.9) : 1,
  };
  if (names.length > 0) {
    const result = minimiseInBox(
      (x) => {
        let alpha = values.alpha;
        let beta = values.beta;
        let phi = values.phi;
        for (let i = 0; i < names.length; i++) {
          const name = names[i]!;
          if (name === 'alpha') alpha = x[i]!;
          else if (name === 'beta') beta = x[i]!;
          else phi = x[i]!;
        }
        return sse(alpha, beta, phi);
      },
      names.map((name) => ETS_BOUNDS[name][0]),
      names.map((name) => ETS_BOUNDS[name][1]),
      names.map((name) => START_GRID[name]),
      sseNoise(y),
    );
    // Stryker disable next-line EqualityOperator: i = names.length sets a property named undefined, which nothing reads
    for (let i = 0; i < names.length; i++) values[names[i]!] = result.x[i]!;
  }
  const { alpha, beta, phi } = values;
  const total = sse(alpha, beta, phi);
  const level0 = initial[0]!;
  const trend0 = initial[1]!;
  const gain = hasTrend ? alpha * beta : 0;
  const residuals = new Float64Array(T);
  run(y, alpha, gain, phi, level0, trend0, residuals, state);
  const levelT = state[0]!;
  const trendT = state[1]!;
  const fitted = new Float64Array(T);
  // Stryker disable next-line EqualityOperator: t = T writes past the end of a typed array (ignored)
  for (let t = 0; t < T; t++) fitted[t] = y[t]! - residuals[t]!;
  const k = names.length + (solveLevel ? 1 : 0) + (solveTrend ? 1 : 0);
  const params: Record<string, number> = { alpha, level0 };
  if (hasTrend) {
    params.beta = beta;
    params.trend0 = trend0;
  }
  if (kind === 'damped') params.phi = phi;
  return {
    model: kind,
    params,
    fitted,
    residuals,
    sigma2: total / (T > k ? T - k : T),
    slopeSe: 0,
    mean: (h) => {
      const out = new Float64Array(h);
      let damp = 0;
      let power = 1;
      // Stryker disable next-line EqualityOperator: k2 = h writes past the end of a typed array (ignored)
      for (let k2 = 0; k2 < h; k2++) {
        power *= phi;
        damp += power;
        out[k2] = levelT + damp * trendT;
      }
      return out;
    },
    psi: (h) => {
      const out = new Float64Array(h);
      let damp = 0;
      let power = 1;
      // Stryker disable next-line EqualityOperator: j = h writes past the end of a typed array (ignored)
      for (let j = 0; j < h; j++) {
        if (j === 0) {
          out[0] = 1;
          continue;
        }
        power *= phi;
        damp += power;
        out[j] = alpha + gain * damp;
      }
      return out;
    },
  };
}
