import { describe, expect, it } from 'vitest';
import { type NelderMeadOptions, nelderMead, OPTIMISE_DEFAULTS } from '../../src/quota/optimise.js';

/** The points `nelderMead` evaluates, in order, and its result or error message. */
function trace(
  f: (x: Float64Array) => number,
  x0: number[],
  options: NelderMeadOptions,
): { seen: number[][]; result?: ReturnType<typeof nelderMead>; error?: string } {
  const seen: number[][] = [];
  const g = (x: Float64Array): number => {
    seen.push(Array.from(x));
    return f(x);
  };
  try {
    return { seen, result: nelderMead(g, x0, options) };
  } catch (e) {
    return { seen, error: (e as Error).message };
  }
}

const NOT_CONVERGED_1 = 'nelderMead: no convergence in 1 iterations (tolerance 1e-12, xTolerance 1e-9)';

describe('nelderMead step by step (coefficients 1, 2, ½, ½)', () => {
  it('reflects and contracts outside, then inside, on (x − 1.2)² from 0 with step 1', () => {
    // simplex 0 (1.44), 1 (0.04); reflect 2 (0.64): worse than the best, better than the worst, so an
    // outside contraction 1.5 (0.09) replaces 0; then reflect 0.5 (0.49) is worse than the worst 1.5,
    // so an inside contraction 1.25 (0.0025); then reflect 1.5, inside 1.125.
    const t = trace((x) => (x[0]! - 1.2) ** 2, [0], { step: 1 });
    expect(t.seen.slice(0, 8)).toEqual([[0], [1], [2], [1.5], [0.5], [1.25], [1.5], [1.125]]);
    expect(t.result!.x[0]).toBeCloseTo(1.2, 8);
    expect(t.result!.evaluations).toBe(t.seen.length);
    expect(t.result!.iterations).toBe(30);
    expect(t.result!.evaluations).toBe(62);
  });

  it('keeps the reflection when the expansion is not better, on (x − 2)²', () => {
    // simplex 0 (4), 1 (1); reflect 2 (0) is the best so far; expand 3 (1) is worse: keep 2; then
    // reflect 3 (1) is no better than the worst 1 (1): inside contraction 1.5
    const t = trace((x) => (x[0]! - 2) ** 2, [0], { step: 1 });
    expect(t.seen.slice(0, 6)).toEqual([[0], [1], [2], [3], [3], [1.5]]);
    expect(t.result!.x).toEqual([2]);
    expect(t.result!.value).toBe(0);
  });

  it('reflects through the centroid of all but the worst vertex in two dimensions', () => {
    // (x − 3)² + (y − 2)² from (0, 0), step 1: vertices (0, 0) 13, (1, 0) 8, (0, 1) 10; centroid of the
    // best two (0.5, 0.5); reflect (1, 1) 5, expand (1.5, 1.5) 2.5 kept. Then centroid (1.25, 0.75)
    // of (1.5, 1.5) and (1, 0), worst (0, 1): reflect (2.5, 0.5) 2.5, not below the best but below
    // the second worst: kept, after the old vertex of equal value. Centroid (2, 1), worst (1, 0):
    // reflect (3, 2) 0, expand (4, 3) 2 not better. Centroid (2.25, 1.75) of (3, 2) and (1.5, 1.5),
    // the older of the two at 2.5, so the worst is (2.5, 0.5): reflect (2, 3).
    const t = trace((x) => (x[0]! - 3) ** 2 + (x[1]! - 2) ** 2, [0, 0], { step: 1 });
    expect(t.seen.slice(0, 9)).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
      [1.5, 1.5],
      [2.5, 0.5],
      [3, 2],
      [4, 3],
      [2, 3],
    ]);
    expect(t.result!.x).toEqual([3, 2]);
    expect(t.result!.iterations).toBe(65);
  });

  it('shrinks towards the best vertex when neither reflection nor contraction helps', () => {
    // f(0) = 1, f(1) = 0, 5 elsewhere: reflect 2 and contract to 0.5 are both worse, so 0 moves
    // halfway to 1
    const t = trace((x) => (x[0] === 0 ? 1 : x[0] === 1 ? 0 : 5), [0], {
      step: 1,
      maxIterations: 1,
    });
    expect(t.seen).toEqual([[0], [1], [2], [0.5], [0.5]]);
    expect(t.error).toBe(NOT_CONVERGED_1);
  });

  it('starts the simplex at x0 + step, or x0 − step when that passes the upper bound', () => {
    // exactly on the bound is inside: 0.5 + 0.5 = 1; then reflect 0 and expand −0.5, clamped to 0
    expect(trace((x) => x[0]!, [0.5], { step: 0.5, lower: [0], upper: [1], maxIterations: 1 }).seen).toEqual([
      [0.5],
      [1],
      [0],
      [0],
    ]);
    // 1 + 0.25 passes 1: 0.75; reflect 1.25 clamped to 1, then contract inside to 0.875
    expect(trace((x) => -x[0]!, [1], { step: 0.25, lower: [0], upper: [1], maxIterations: 1 }).seen).toEqual([
      [1],
      [0.75],
      [1],
      [1],
      [0.875],
    ]);
    // a step per coordinate, and the default step 0.1
    expect(trace(() => 0, [1, 2], { step: [0.5, -1], maxIterations: 1 }).seen.slice(0, 3)).toEqual([
      [1, 2],
      [1.5, 2],
      [1, 1],
    ]);
    expect(trace(() => 0, [1], { maxIterations: 1 }).seen[1]![0]).toBeCloseTo(
      1 + OPTIMISE_DEFAULTS.initialStep,
      15,
    );
  });

  it('stops with both tolerances at 0 once the simplex has collapsed onto a constant', () => {
    const t = trace(() => 7, [1], { tolerance: 0, xTolerance: 0 });
    expect(t.result).toEqual({ x: [1], value: 7, iterations: 50, evaluations: 152 });
  });

  it('measures the spread of values relative to 1 + |best|: a minimum of −10⁶ converges', () => {
    const r = nelderMead((x) => (x[0]! - 1) ** 2 - 1e6, [0]);
    expect(r.value).toBe(-1e6);
    expect(r.x[0]).toBeCloseTo(1, 7);
    const big = nelderMead((x) => (x[0]! - 1) ** 2 + 1e6, [0]);
    expect(big.x[0]).toBeCloseTo(1, 7);
  });

  it('needs the points close too: on a flat valley it stops when the vertices are within xTolerance', () => {
    // f is 0 on [1, 3]: from 2 with step 0.5 the values agree at once; the vertices 0.5 apart stop
    // at once when xTolerance is 0.5 (the bound included), after 1 and 9 iterations when tighter
    const f = (x: Float64Array) => Math.max(0, 1 - x[0]!, x[0]! - 3);
    const iterations = [1, 0.5, 0.25, 1e-3].map(
      (xTolerance) => nelderMead(f, [2], { step: 0.5, xTolerance }).iterations,
    );
    expect(iterations).toEqual([0, 0, 1, 9]);
  });

  it('scales the tolerance on values by 1 + |best|: 0.5 stops at once when the best value is 100, not at 0', () => {
    // values 100 and 101 at 0 and 1: the spread 1 is within 0.5 × (1 + 100) = 50.5; for x² (0 and 1) it
    // is not within 0.5 × (1 + 0)
    const options = { step: 1, tolerance: 0.5, xTolerance: 1 };
    expect(nelderMead((x) => 100 + x[0]! ** 2, [0], options)).toEqual({
      x: [0],
      value: 100,
      iterations: 0,
      evaluations: 2,
    });
    expect(nelderMead((x) => x[0]! ** 2, [0], options).iterations).toBeGreaterThan(0);
  });

  it('keeps the reflection when the expansion is only as good (Lagarias et al. 1998: expand if fe < fr)', () => {
    // f = 2 from 0.5 up, 1 on [−0.5, 0.5), 0 below: simplex 0 (1), 1 (2); reflect −1 (0) beats the best,
    // expand −2 (0) is equal: keep −1. Then the worst is 0, the centroid −1: reflect −2 (0) and
    // contract outside −1.5 (0) are not better than the best −1 (0): shrink 0 to −0.5 (1).
    const f = (x: Float64Array) => (x[0]! >= 0.5 ? 2 : x[0]! >= -0.5 ? 1 : 0);
    const t = trace(f, [0], { step: 1, maxIterations: 2 });
    expect(t.seen).toEqual([[0], [1], [-1], [-2], [-2], [-1.5], [-0.5]]);
  });

  it('measures the spread and shrinks per coordinate from the best vertex, the first one here', () => {
    // a constant from (0, 0), (1e-10, 0), (0, 1): the centroid of the first two is (5e-11, 0); reflect
    // (1e-10, −1) and contract inside (2.5e-11, 0.5) are no better, so both other vertices move halfway
    // to (0, 0). The spread in the second coordinate, 1, halves until it is within 1e-9: 2⁻³⁰ after 30
    // iterations
    const t = trace(() => 7, [0, 0], { step: [1e-10, 1], tolerance: 0, xTolerance: 1e-9 });
    expect(t.result).toEqual({ x: [0, 0], value: 7, iterations: 30, evaluations: 3 + 30 * 4 });
    expect(t.seen.slice(3, 7)).toEqual([
      [1e-10, -1],
      [2.5e-11, 0.5],
      [5e-11, 0],
      [0, 0.5],
    ]);
    expect(t.seen.flat().every(Number.isFinite)).toBe(true);
  });

  it('measures the spread from the best vertex only, not between two others', () => {
    // |x − 2.25| + 1.25·|y − 1.25| from (−0.5, 0), steps 1.75 and 0.25: reflect (1.25, 0.25), expand
    // (2.125, 0.375) kept; reflect (3.875, 0.125), outside contraction (2.78125, 0.15625) kept. Then the
    // best (2.125, 0.375) has (1.25, 0) within 0.875 and (2.78125, 0.15625) within 0.65625: it stops at
    // xTolerance 1.25 (values within 1 × (1 + 1.21875)), though those two are 1.53125 apart
    const f = (x: Float64Array) => Math.abs(x[0]! - 2.25) + 1.25 * Math.abs(x[1]! - 1.25);
    const t = trace(f, [-0.5, 0], { step: [1.75, 0.25], tolerance: 1, xTolerance: 1.25 });
    expect(t.seen.slice(3)).toEqual([
      [1.25, 0.25],
      [2.125, 0.375],
      [3.875, 0.125],
      [2.78125, 0.15625],
    ]);
    expect(t.result).toEqual({ x: [2.125, 0.375], value: 1.21875, iterations: 2, evaluations: 7 });
  });

  it('counts −∞ and NaN as +∞', () => {
    const r = nelderMead((x) => (x[0]! < 0 ? Number.NEGATIVE_INFINITY : (x[0]! - 2) ** 2), [0.05]);
    expect(r.x[0]).toBeCloseTo(2, 7);
    expect(Number.isFinite(r.value)).toBe(true);
  });

  it('names the iteration limit and tolerances when it gives up', () => {
    expect(trace((x) => -x[0]!, [5], { maxIterations: 3, tolerance: 0.5, xTolerance: 0.0625 }).error).toBe(
      'nelderMead: no convergence in 3 iterations (tolerance 0.5, xTolerance 0.0625)',
    );
  });
});

describe('nelderMead refuses bad input with a message', () => {
  const f = (x: Float64Array) => x[0]! ** 2;
  const cases: [string, () => unknown, string][] = [
    ['f', () => nelderMead(5 as never, [0]), 'nelderMead: expected `f` to be a function'],
    ['x0', () => nelderMead(f, 'x' as never), 'nelderMead: expected `x0` to be an array'],
    ['empty x0', () => nelderMead(f, []), 'nelderMead: x0 must be a non-empty array of finite numbers'],
    [
      'infinite x0',
      () => nelderMead(f, [0, Infinity]),
      'nelderMead: x0 must be a non-empty array of finite numbers',
    ],
    ['options', () => nelderMead(f, [0], 5 as never), 'nelderMead: expected `options` to be an object'],
    [
      'lower',
      () => nelderMead(f, [0], { lower: 0 as never }),
      'nelderMead: expected `options.lower` to be an array',
    ],
    [
      'upper',
      () => nelderMead(f, [0], { upper: 1 as never }),
      'nelderMead: expected `options.upper` to be an array',
    ],
    [
      'lower[1]',
      () => nelderMead(f, [0, 0], { lower: [0, '1' as never] }),
      'nelderMead: options.lower[1] must be a number',
    ],
    [
      'upper[0]',
      () => nelderMead(f, [0], { upper: [null as never] }),
      'nelderMead: options.upper[0] must be a number',
    ],
    [
      'step[0]',
      () => nelderMead(f, [0], { step: ['x' as never] }),
      'nelderMead: options.step[0] must be a number',
    ],
    [
      'crossed',
      () => nelderMead(f, [0, 0], { lower: [0, 2], upper: [1, 1] }),
      'nelderMead: bounds of coordinate 1 need lower ≤ upper',
    ],
    [
      'NaN lower',
      () => nelderMead(f, [0], { lower: [Number.NaN] }),
      'nelderMead: bounds of coordinate 0 need lower ≤ upper',
    ],
    [
      'NaN upper',
      () => nelderMead(f, [0], { upper: [Number.NaN] }),
      'nelderMead: bounds of coordinate 0 need lower ≤ upper',
    ],
    [
      'step 0',
      () => nelderMead(f, [0], { step: 0 }),
      'nelderMead: step of coordinate 0 must be finite and non-zero',
    ],
    [
      'step ∞',
      () => nelderMead(f, [0, 0], { step: [1, Infinity] }),
      'nelderMead: step of coordinate 1 must be finite and non-zero',
    ],
    [
      'maxIterations',
      () => nelderMead(f, [0], { maxIterations: 0 }),
      'nelderMead: maxIterations must be an integer in 1..9007199254740991, got 0',
    ],
    [
      'tolerance',
      () => nelderMead(f, [0], { tolerance: -1 }),
      'nelderMead: tolerance must be a finite number ≥ 0',
    ],
    [
      'tolerance NaN',
      () => nelderMead(f, [0], { tolerance: Number.NaN }),
      'nelderMead: tolerance must be a finite number ≥ 0',
    ],
    [
      'xTolerance',
      () => nelderMead(f, [0], { xTolerance: Infinity }),
      'nelderMead: xTolerance must be a finite number ≥ 0',
    ],
  ];
  it.each(cases)('%s', (_, call, message) => {
    expect(call).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message }));
  });

  it('accepts equal bounds, a negative step and a bound left undefined', () => {
    const r = nelderMead((x) => (x[0]! - 3) ** 2 + (x[1]! - 1) ** 2, [2, 0], {
      lower: [2, undefined as never],
      upper: [2],
      step: -0.5,
    });
    expect(r.x[0]).toBe(2);
    expect(r.x[1]).toBeCloseTo(1, 7);
  });
});
