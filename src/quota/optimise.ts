import { expectArray, expectFunction, expectOptionalArray, optionsOf } from '../_internal/guard.js';
import { BanenmatchError } from '../errors.js';
import { checkInteger } from './check-input.js';

/** @internal Defaults of {@link nelderMead}. */
export const OPTIMISE_DEFAULTS: {
  readonly maxIterations: number;
  readonly tolerance: number;
  readonly xTolerance: number;
  readonly initialStep: number;
  readonly noise: number;
} = {
  /** Iterations before giving up with `NOT_CONVERGED`. */
  maxIterations: 2000,
  /** Stop when the spread of function values over the simplex ≤ tolerance × (1 + |best|). */
  tolerance: 1e-12,
  /** … and every vertex is within this distance (per coordinate) of the best one. */
  xTolerance: 1e-9,
  /** Edge length of the starting simplex per coordinate. */
  initialStep: 0.1,
  /**
   * Function differences up to this are rounding noise: when the iterations run out with every vertex's
   * value within `noise` of the best, the best vertex is returned instead of `NOT_CONVERGED` (a surface
   * flat within its rounding, where the simplex wanders and never shrinks).
   */
  noise: 0,
};

/** @internal Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Lower bound per coordinate; points are clamped into the box. @default -Infinity */
  lower?: readonly number[] | undefined;
  /** Upper bound per coordinate. @default Infinity */
  upper?: readonly number[] | undefined;
  /** Starting simplex edge per coordinate. @default OPTIMISE_DEFAULTS.initialStep */
  step?: number | readonly number[] | undefined;
  /** @default OPTIMISE_DEFAULTS.maxIterations */
  maxIterations?: number | undefined;
  /** @default OPTIMISE_DEFAULTS.tolerance */
  tolerance?: number | undefined;
  /** @default OPTIMISE_DEFAULTS.xTolerance */
  xTolerance?: number | undefined;
  /** @default OPTIMISE_DEFAULTS.noise */
  noise?: number | undefined;
}

/** @internal Result of {@link nelderMead}. */
export interface NelderMeadResult {
  /** The best point found. */
  x: number[];
  /** The function value there. */
  value: number;
  iterations: number;
  evaluations: number;
}

/** An option's entry for coordinate `j` as a number, or `INVALID_ARGUMENT` (never a TypeError from a typed array). */
function numberAt(v: unknown, name: string, j: number): number {
  if (typeof v !== 'number')
    throw new BanenmatchError('INVALID_ARGUMENT', `nelderMead: options.${name}[${j}] must be a number`);
  return v;
}

/**
 * @internal
 * Minimises a function with the Nelder–Mead simplex method (Nelder & Mead 1965, Computer Journal 7:308;
 * coefficients 1, 2, ½, ½ as in Lagarias et al. 1998), bounds handled by clamping every trial point
 * into the box. Non-finite function values count as +∞.
 *
 * @param f - the function of a point (the array is reused: copy it to keep it)
 * @param x0 - the starting point
 * @param options - bounds, starting step, iteration limit and tolerances
 * @returns the best point, its value and the work done
 * @throws BanenmatchError `NOT_CONVERGED` when `maxIterations` is reached with the simplex's values more than
 *   `noise` apart; `INVALID_ARGUMENT` for an empty or
 *   non-finite start, a non-function `f`, NaN or crossed bounds, a zero or non-finite step, or a bad tolerance
 * @example
 * nelderMead((x) => (x[0]! - 1) ** 2 + (x[1]! + 2) ** 2, [0, 0]).x // ≈ [1, -2]
 */
export function nelderMead(
  f: (x: Float64Array) => number,
  x0: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadResult {
  expectFunction(f, 'nelderMead', 'f');
  expectArray(x0, 'nelderMead', 'x0');
  optionsOf(options, 'nelderMead');
  expectOptionalArray(options.lower, 'nelderMead', 'options.lower');
  expectOptionalArray(options.upper, 'nelderMead', 'options.upper');
  const n = x0.length;
  if (n === 0 || x0.some((v) => !Number.isFinite(v))) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      'nelderMead: x0 must be a non-empty array of finite numbers',
    );
  }
  const maxIterations = options.maxIterations ?? OPTIMISE_DEFAULTS.maxIterations;
  const tolerance = options.tolerance ?? OPTIMISE_DEFAULTS.tolerance;
  const xTolerance = options.xTolerance ?? OPTIMISE_DEFAULTS.xTolerance;
  const noise = options.noise ?? OPTIMISE_DEFAULTS.noise;
  checkInteger(maxIterations, 'nelderMead: maxIterations', 1);
  for (const [name, v] of [
    ['tolerance', tolerance],
    ['xTolerance', xTolerance],
    ['noise', noise],
  ] as const) {
    if (!(Number.isFinite(v) && v >= 0))
      throw new BanenmatchError('INVALID_ARGUMENT', `nelderMead: ${name} must be a finite number ≥ 0`);
  }
  const lower = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const upper = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const steps = new Float64Array(n).fill(OPTIMISE_DEFAULTS.initialStep);
  for (let j = 0; j < n; j++) {
    if (options.lower?.[j] !== undefined) lower[j] = numberAt(options.lower[j], 'lower', j);
    if (options.upper?.[j] !== undefined) upper[j] = numberAt(options.upper[j], 'upper', j);
    const s = options.step;
    if (typeof s === 'number') steps[j] = s;
    else if (s?.[j] !== undefined) steps[j] = numberAt(s[j], 'step', j);
    // NaN on either side fails the comparison too.
    if (!(lower[j]! <= upper[j]!))
      throw new BanenmatchError(
        'INVALID_ARGUMENT',
        `nelderMead: bounds of coordinate ${j} need lower ≤ upper`,
      );
    if (!(Number.isFinite(steps[j]) && steps[j] !== 0))
      throw new BanenmatchError(
        'INVALID_ARGUMENT',
        `nelderMead: step of coordinate ${j} must be finite and non-zero`,
      );
  }

  const simplex = new Float64Array((n + 1) * n);
  const values = new Float64Array(n + 1);
  const order = new Int32Array(n + 1);
  const centroid = new Float64Array(n);
  const trial = new Float64Array(n);
  const trial2 = new Float64Array(n);
  let evaluations = 0;

  const clamp = (p: Float64Array): void => {
    // Stryker disable next-line EqualityOperator: j = n reads and writes past the end of a typed array (ignored)
    for (let j = 0; j < n; j++) {
      const v = p[j]!;
      p[j] = Math.min(Math.max(v, lower[j]!), upper[j]!);
    }
  };
  const evaluate = (p: Float64Array): number => {
    evaluations++;
    const v = f(p);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const point = new Float64Array(n);
  for (let i = 0; i <= n; i++) {
    // Stryker disable next-line EqualityOperator: j = n writes past the end of a typed array (ignored)
    for (let j = 0; j < n; j++) point[j] = x0[j]!;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at i = 0, j = −1 is no index of a typed array: the write is ignored and undefined > undefined is false
    if (i > 0) {
      const j = i - 1;
      point[j] = point[j]! + steps[j]!;
      // Step inward when the start lies on the upper bound.
      if (point[j]! > upper[j]!) point[j] = x0[j]! - steps[j]!;
    }
    clamp(point);
    simplex.set(point, i * n);
    values[i] = evaluate(point);
    order[i] = i;
  }

  const sortOrder = (): void => {
    // Insertion sort: n is tiny.
    for (let i = 1; i <= n; i++) {
      const k = order[i]!;
      const v = values[k]!;
      let j = i - 1;
      // Stryker disable next-line ConditionalExpression: at j = −1 order[j] is undefined, values[undefined] too, and undefined > v is false
      while (j >= 0 && values[order[j]!]! > v) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = k;
    }
  };
  const along = (out: Float64Array, worst: number, coefficient: number): void => {
    // out = centroid + coefficient × (centroid − worst vertex)
    // Stryker disable next-line EqualityOperator: j = n writes past the end of out (a typed array: ignored)
    for (let j = 0; j < n; j++) {
      const c = centroid[j]!;
      out[j] = c + coefficient * (c - simplex[worst * n + j]!);
    }
    clamp(out);
  };

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    sortOrder();
    const best = order[0]!;
    const worst = order[n]!;
    const fBest = values[best]!;
    const fWorst = values[worst]!;
    let spread = 0;
    for (let i = 1; i <= n; i++) {
      const v = order[i]!;
      for (let j = 0; j < n; j++) {
        const d = Math.abs(simplex[v * n + j]! - simplex[best * n + j]!);
        // Stryker disable next-line EqualityOperator: at d = spread both keep the same value
        if (d > spread) spread = d;
      }
    }
    if (fWorst - fBest <= tolerance * (1 + Math.abs(fBest)) && spread <= xTolerance) {
      return {
        x: Array.from(simplex.subarray(best * n, best * n + n)),
        value: fBest,
        iterations: iteration,
        evaluations,
      };
    }

    centroid.fill(0);
    for (let i = 0; i < n; i++) {
      const v = order[i]!;
      // Stryker disable next-line EqualityOperator: j = n writes past the end of centroid (a typed array: ignored)
      for (let j = 0; j < n; j++) centroid[j] = centroid[j]! + simplex[v * n + j]! / n;
    }
    const fSecondWorst = values[order[n - 1]!]!;
    along(trial, worst, 1);
    const fReflect = evaluate(trial);
    if (fReflect < fBest) {
      along(trial2, worst, 2);
      const fExpand = evaluate(trial2);
      if (fExpand < fReflect) {
        simplex.set(trial2, worst * n);
        values[worst] = fExpand;
      } else {
        simplex.set(trial, worst * n);
        values[worst] = fReflect;
      }
      continue;
    }
    if (fReflect < fSecondWorst) {
      simplex.set(trial, worst * n);
      values[worst] = fReflect;
      continue;
    }
    // Contract outside (towards the reflected point) or inside (towards the worst vertex).
    const outside = fReflect < fWorst;
    along(trial2, worst, outside ? 0.5 : -0.5);
    const fContract = evaluate(trial2);
    if (fContract < (outside ? fReflect : fWorst)) {
      simplex.set(trial2, worst * n);
      values[worst] = fContract;
      continue;
    }
    // Shrink every vertex halfway towards the best one.
    for (let i = 1; i <= n; i++) {
      const v = order[i]!;
      // Stryker disable next-line EqualityOperator: j = n writes past the end of point (a typed array: ignored)
      for (let j = 0; j < n; j++) {
        const b = simplex[best * n + j]!;
        point[j] = b + 0.5 * (simplex[v * n + j]! - b);
      }
      clamp(point);
      simplex.set(point, v * n);
      values[v] = evaluate(point);
    }
  }
  sortOrder();
  const best = order[0]!;
  if (values[order[n]!]! - values[best]! <= noise) {
    return {
      x: Array.from(simplex.subarray(best * n, best * n + n)),
      value: values[best]!,
      iterations: maxIterations,
      evaluations,
    };
  }
  throw new BanenmatchError(
    'NOT_CONVERGED',
    `nelderMead: no convergence in ${maxIterations} iterations (tolerance ${tolerance}, xTolerance ${xTolerance})`,
  );
}
