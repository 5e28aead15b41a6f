/**
 * @internal Whether a MASE scale (the mean absolute naive change) can be divided by: more than the
 * rounding error of the series' own magnitude (4ε · max |y|), so that a series and the same series
 * shifted by a constant agree (a change of 5.6e-309 among zeros is no change; after adding 484 it is
 * exactly 0), and finite when inverted.
 *
 * @example
 * usableScale(1e-3, Float64Array.of(0, 0.001)); // true
 * usableScale(5.6e-309, Float64Array.of(0, 8e-309, -0.0014)); // false
 */
export function usableScale(scale: number, y: ArrayLike<number>): boolean {
  let max = 0;
  for (let t = 0; t < y.length; t++) max = Math.max(max, Math.abs(y[t]!));
  return scale > 4 * Number.EPSILON * max && Number.isFinite(1 / scale);
}
