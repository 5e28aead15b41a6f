/**
 * @internal Classical additive decomposition (Hyndman & Athanasopoulos, FPP3 §3.4): trend by a centred
 * moving average of order m (2×m for even m), seasonal index per position = mean of the detrended
 * values there, normalised to sum to zero. Additive rather than multiplicative (as forecast::thetaf
 * and the M4 benchmarks use) because extra-jobs series can be zero or negative.
 * @returns m indices; index k belongs to time points t with t mod m = k (t counted from the first value)
 */
export function seasonalIndices(y: Float64Array, m: number): Float64Array {
  const T = y.length;
  const sums = new Float64Array(m);
  const counts = new Float64Array(m);
  const half = m >> 1;
  for (let t = half; t + half < T; t++) {
    let trend: number;
    if (m % 2 === 0) {
      let s = 0.5 * (y[t - half]! + y[t + half]!);
      for (let k = t - half + 1; k < t + half; k++) s += y[k]!;
      trend = s / m;
    } else {
      let s = 0;
      for (let k = t - half; k <= t + half; k++) s += y[k]!;
      trend = s / m;
    }
    const k = t % m;
    sums[k] = sums[k]! + (y[t]! - trend);
    counts[k] = counts[k]! + 1;
  }
  const out = new Float64Array(m);
  let mean = 0;
  for (let k = 0; k < m; k++) {
    out[k] = counts[k]! > 0 ? sums[k]! / counts[k]! : 0;
    mean += out[k]! / m;
  }
  // Stryker disable next-line EqualityOperator: k = m writes past the end of a typed array (ignored)
  for (let k = 0; k < m; k++) out[k] = out[k]! - mean;
  return out;
}

/**
 * @internal The seasonality test of the M4 benchmarks (`seasonality_test` in Mcompetitions/M4-methods,
 * after Assimakopoulos & Nikolopoulos 2000): seasonal when |r_m| > 1.645·√((1 + 2·Σ_{i<m} r_i²) / T),
 * r_k the lag-k autocorrelation, and the series holds at least three seasons.
 */
export function isSeasonal(y: Float64Array, m: number): boolean {
  const T = y.length;
  if (m <= 1 || T < 3 * m) return false;
  let mean = 0;
  for (let t = 0; t < T; t++) mean += y[t]! / T;
  let denominator = 0;
  // Stryker disable next-line AssignmentOperator: a negative denominator flips the sign of every r, and the test reads only |r_m| and r_i²
  for (let t = 0; t < T; t++) denominator += (y[t]! - mean) * (y[t]! - mean);
  // Stryker disable next-line ConditionalExpression: without this return every r is 0/0 = NaN and NaN > NaN is false: the same answer
  if (denominator === 0) return false;
  const acf = (k: number): number => {
    let s = 0;
    // Stryker disable next-line AssignmentOperator: s -= flips the sign of every r, and the test reads only |r_m| and r_i²
    for (let t = k; t < T; t++) s += (y[t]! - mean) * (y[t - k]! - mean);
    return s / denominator;
  };
  let sumSquares = 0;
  for (let i = 1; i < m; i++) {
    const r = acf(i);
    sumSquares += r * r;
  }
  const limit = 1.645 * Math.sqrt((1 + 2 * sumSquares) / T);
  // Stryker disable next-line EqualityOperator: |r_m| equal to a limit with a square root in it is a tie of measure zero
  return Math.abs(acf(m)) > limit;
}
