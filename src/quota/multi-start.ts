import { BanenmatchError } from '../errors.js';
import { nelderMead } from './optimise.js';

/** @internal Defaults of {@link minimiseInBox}, chosen on 600 seeded series and checked on 400 more (benchmarks/ets-minima.ts). */
export const MULTI_START_DEFAULTS: {
  readonly starts: number;
  readonly angleStep: number;
  readonly tolerance: number;
  readonly xTolerance: number;
} = {
  /**
   * Nelder–Mead runs, one from each of the best local minima of the grid (three: with two, 6 of 1,200
   * fits on the ETS start grid ended in a worse minimum, up to +5.8% SSE; with three, 1, +0.33%).
   */
  starts: 3,
  /** Starting simplex edge in the angle coordinates (radians; 0.3 ≈ 0.1 of the box near its middle). */
  angleStep: 0.3,
  /**
   * Nelder–Mead's tolerances, looser than its defaults: a point within 1e-6 radians (≤ 5e-7 of a
   * smoothing parameter) is as good for a forecast, and a quarterly forecastQuota needs a quarter fewer
   * evaluations (its forecasts moved by less than 1e-11 relative).
   */
  tolerance: 1e-10,
  xTolerance: 1e-6,
};

/** @internal Result of {@link minimiseInBox}. */
export interface BoxMinimum {
  x: number[];
  value: number;
}

/**
 * @internal
 * Minimises `f` over a box by a coarse grid and Nelder–Mead. The grid (every combination of
 * `grids[j]`, which should include both bounds) is evaluated first; Nelder–Mead then starts from each
 * of its best local minima (no better neighbour, diagonals included), up to
 * {@link MULTI_START_DEFAULTS}.starts, and the lowest end point is kept. Nelder–Mead searches in angle
 * coordinates, x = lower + (upper − lower)(1 − cos u)/2, so every trial point lies in the box and a
 * bound is reached smoothly: clamping trial points onto a bound, as a plain box search does, flattens
 * the simplex there and it stops on an edge short of the minimum. Deterministic: ties go to the first
 * grid point. Points where `f` is not finite count as +∞ and are never starts.
 *
 * @param f - the function of a point (the array is reused)
 * @param lower - lower bound per coordinate
 * @param upper - upper bound per coordinate
 * @param grids - the grid values per coordinate
 * @param noise - differences of `f` up to this are rounding noise (see `OPTIMISE_DEFAULTS.noise`)
 * @returns the best point found and its value
 * @throws BanenmatchError `NOT_CONVERGED` when `f` is finite at no grid point, or from Nelder–Mead
 * @example
 * minimiseInBox((x) => (x[0]! - 0.3) ** 2, [0], [1], [[0, 0.5, 1]]).x // ≈ [0.3]
 */
export function minimiseInBox(
  f: (x: Float64Array) => number,
  lower: readonly number[],
  upper: readonly number[],
  grids: readonly (readonly number[])[],
  noise = 0,
): BoxMinimum {
  const n = lower.length;
  const sizes = grids.map((g) => g.length);
  const count = sizes.reduce((a, b) => a * b, 1);
  const values = new Float64Array(count);
  const point = new Float64Array(n);
  const index = new Int32Array(n);
  const indexOf = (flat: number): void => {
    let rest = flat;
    for (let j = n - 1; j >= 0; j--) {
      index[j] = rest % sizes[j]!;
      rest = Math.floor(rest / sizes[j]!);
    }
  };
  for (let flat = 0; flat < count; flat++) {
    indexOf(flat);
    for (let j = 0; j < n; j++) point[j] = grids[j]![index[j]!]!;
    const v = f(point);
    values[flat] = Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  }
  // Local minima of the grid: no neighbour (any step of −1, 0, +1 per coordinate) strictly lower. A
  // point where f is not finite is no start: Nelder–Mead on a plateau of +∞ never converges.
  const minima: number[] = [];
  const neighbours = 3 ** n;
  for (let flat = 0; flat < count; flat++) {
    if (values[flat] === Number.POSITIVE_INFINITY) continue;
    indexOf(flat);
    let isMinimum = true;
    // Stryker disable next-line EqualityOperator: d = 3^n repeats the offset of d = 0 (every digit 0)
    for (let d = 0; d < neighbours && isMinimum; d++) {
      let other = 0;
      let rest = d;
      let inside = true;
      for (let j = 0; j < n; j++) {
        const k = index[j]! + (rest % 3) - 1;
        rest = Math.floor(rest / 3);
        if (k < 0 || k >= sizes[j]!) inside = false;
        other = other * sizes[j]! + k;
      }
      if (inside && values[other]! < values[flat]!) isMinimum = false;
    }
    if (isMinimum) minima.push(flat);
  }
  if (minima.length === 0) {
    throw new BanenmatchError('NOT_CONVERGED', 'minimiseInBox: the function is not finite at any grid point');
  }
  // A stable sort: of equal values, the first grid point stays first.
  minima.sort((a, b) => values[a]! - values[b]!);

  const toBox = (u: Float64Array, out: Float64Array): void => {
    // Stryker disable next-line EqualityOperator: j = n writes past the end of a typed array, a no-op
    for (let j = 0; j < n; j++) out[j] = lower[j]! + ((upper[j]! - lower[j]!) * (1 - Math.cos(u[j]!))) / 2;
  };
  const g = (u: Float64Array): number => {
    toBox(u, point);
    return f(point);
  };
  let best: BoxMinimum | undefined;
  for (const flat of minima.slice(0, MULTI_START_DEFAULTS.starts)) {
    indexOf(flat);
    const u0: number[] = [];
    for (let j = 0; j < n; j++) {
      const width = upper[j]! - lower[j]!;
      const share = width > 0 ? (grids[j]![index[j]!]! - lower[j]!) / width : 0;
      // Start a little inside a bound: at u = 0 or π the angle's slope is zero.
      const u = Math.acos(Math.min(1, Math.max(-1, 1 - 2 * share)));
      u0.push(Math.min(Math.max(u, 0.05), Math.PI - 0.05));
    }
    const result = nelderMead(g, u0, {
      step: MULTI_START_DEFAULTS.angleStep,
      tolerance: MULTI_START_DEFAULTS.tolerance,
      xTolerance: MULTI_START_DEFAULTS.xTolerance,
      noise,
    });
    if (best === undefined || result.value < best.value) {
      const x = new Float64Array(n);
      toBox(Float64Array.from(result.x), x);
      best = { x: Array.from(x), value: result.value };
    }
  }
  // At least one start ran: `minima` is not empty.
  return best!;
}
