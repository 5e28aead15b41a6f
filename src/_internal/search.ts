/** @internal First index k with `sorted[k] ≥ x` (`sorted.length` when none); `sorted` ascending. */
export function lowerBound(sorted: Float64Array | Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
