// Scans of one cost row against column prices, unrolled by four: the kernels of the initialisation.

/**
 * Lowers the column minima `v` with row `i` (cells from `base`), recording the row in `argmin`; strict
 * `<` keeps the first row on ties. Unrolled by four like {@link relaxRow}.
 */
export function lowerColumnMinima(
  cost: Float64Array,
  base: number,
  i: number,
  v: Float64Array,
  argmin: Int32Array,
  n: number,
): void {
  // Stryker disable next-line ArithmeticOperator: where the unrolled steps end only decides which columns the remainder loop takes; steps past the end read undefined and change nothing
  const n4 = n - (n % 4);
  let j = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the unrolled steps' bound, as above (fewer steps leave the columns to the remainder loop; `true` and `>=` on fewer than four columns never end)
  for (; j < n4; j += 4) {
    const c0 = cost[base + j]!;
    const c1 = cost[base + j + 1]!;
    const c2 = cost[base + j + 2]!;
    const c3 = cost[base + j + 3]!;
    // Stryker disable next-line EqualityOperator: on a tie the later row is as least in the column; column reduction only picks the start
    if (c0 < v[j]!) {
      v[j] = c0;
      argmin[j] = i;
    }
    // Stryker disable next-line EqualityOperator: on a tie the later row is as least in the column; column reduction only picks the start
    if (c1 < v[j + 1]!) {
      v[j + 1] = c1;
      argmin[j + 1] = i;
    }
    // Stryker disable next-line EqualityOperator: on a tie the later row is as least in the column; column reduction only picks the start
    if (c2 < v[j + 2]!) {
      v[j + 2] = c2;
      argmin[j + 2] = i;
    }
    // Stryker disable next-line EqualityOperator: on a tie the later row is as least in the column; column reduction only picks the start
    if (c3 < v[j + 3]!) {
      v[j + 3] = c3;
      argmin[j + 3] = i;
    }
  }
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which compares false (`>=` skips or loops)
  for (; j < n; j++) {
    const c = cost[base + j]!;
    // Stryker disable next-line EqualityOperator: on a tie the later row is as least in the column; column reduction only picks the start
    if (c < v[j]!) {
      v[j] = c;
      argmin[j] = i;
    }
  }
}

/** The least reduced cost `cost[base + j] - v[j]` of a row, `Infinity` when every term is. */
export function rowMin(cost: Float64Array, base: number, v: Float64Array, n: number): number {
  // Stryker disable next-line ArithmeticOperator: where the unrolled steps end only decides which columns the remainder loop takes; steps past the end read undefined and change nothing
  const n4 = n - (n % 4);
  // Two running minima halve the chain of dependent comparisons.
  let min0 = Number.POSITIVE_INFINITY;
  let min1 = Number.POSITIVE_INFINITY;
  let j = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the unrolled steps' bound, as above (fewer steps leave the columns to the remainder loop; `true` and `>=` on fewer than four columns never end)
  for (; j < n4; j += 4) {
    const h0 = cost[base + j]! - v[j]!;
    const h1 = cost[base + j + 1]! - v[j + 1]!;
    const h2 = cost[base + j + 2]! - v[j + 2]!;
    const h3 = cost[base + j + 3]! - v[j + 3]!;
    // Stryker disable next-line EqualityOperator: on a tie `<=` stores the same value
    if (h0 < min0) min0 = h0;
    // Stryker disable next-line EqualityOperator: on a tie `<=` stores the same value
    if (h1 < min1) min1 = h1;
    // Stryker disable next-line EqualityOperator: on a tie `<=` stores the same value
    if (h2 < min0) min0 = h2;
    // Stryker disable next-line EqualityOperator: on a tie `<=` stores the same value
    if (h3 < min1) min1 = h3;
  }
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which compares false (`>=` skips or loops)
  for (; j < n; j++) {
    const h = cost[base + j]! - v[j]!;
    // Stryker disable next-line EqualityOperator: on a tie `<=` stores the same value
    if (h < min0) min0 = h;
  }
  return Math.min(min0, min1);
}

/**
 * The least and second least reduced cost `cost[base + j] - v[j]` of a row, for augmenting row
 * reduction: returns the column of the least (the first on ties) and writes the least, the second
 * least and the second's column (`-1` when the row has one column) to `out[0..2]`.
 */
export function twoLeast(
  cost: Float64Array,
  base: number,
  v: Float64Array,
  n: number,
  out: Float64Array,
): number {
  let umin = cost[base]! - v[0]!;
  let j1 = 0;
  let j2 = -1;
  let usubmin = Number.POSITIVE_INFINITY;
  let j = 1;
  // Stryker disable next-line ArithmeticOperator,ConditionalExpression,EqualityOperator: the unrolled steps' bound, as above (fewer steps leave the columns to the remainder loop; `true` and `>=` on fewer than four columns never end)
  for (; j + 3 < n; j += 4) {
    const h0 = cost[base + j]! - v[j]!;
    const h1 = cost[base + j + 1]! - v[j + 1]!;
    const h2 = cost[base + j + 2]! - v[j + 2]!;
    const h3 = cost[base + j + 3]! - v[j + 3]!;
    // Stryker disable next-line EqualityOperator: on a tie with the second least the later column becomes second; augmenting row reduction only picks the start
    if (h0 < usubmin) {
      // Stryker disable next-line EqualityOperator: on a tie with the least the later column becomes least; augmenting row reduction only picks the start
      if (h0 >= umin) {
        usubmin = h0;
        j2 = j;
      } else {
        usubmin = umin;
        umin = h0;
        j2 = j1;
        j1 = j;
      }
    }
    // Stryker disable next-line EqualityOperator: on a tie with the second least the later column becomes second; augmenting row reduction only picks the start
    if (h1 < usubmin) {
      // Stryker disable next-line EqualityOperator: on a tie with the least the later column becomes least; augmenting row reduction only picks the start
      if (h1 >= umin) {
        usubmin = h1;
        j2 = j + 1;
      } else {
        usubmin = umin;
        umin = h1;
        j2 = j1;
        j1 = j + 1;
      }
    }
    // Stryker disable next-line EqualityOperator: on a tie with the second least the later column becomes second; augmenting row reduction only picks the start
    if (h2 < usubmin) {
      // Stryker disable next-line EqualityOperator: on a tie with the least the later column becomes least; augmenting row reduction only picks the start
      if (h2 >= umin) {
        usubmin = h2;
        j2 = j + 2;
      } else {
        usubmin = umin;
        umin = h2;
        j2 = j1;
        j1 = j + 2;
      }
    }
    // Stryker disable next-line EqualityOperator: on a tie with the second least the later column becomes second; augmenting row reduction only picks the start
    if (h3 < usubmin) {
      // Stryker disable next-line EqualityOperator: on a tie with the least the later column becomes least; augmenting row reduction only picks the start
      if (h3 >= umin) {
        usubmin = h3;
        j2 = j + 3;
      } else {
        usubmin = umin;
        umin = h3;
        j2 = j1;
        j1 = j + 3;
      }
    }
  }
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which compares false (`>=` skips or loops)
  for (; j < n; j++) {
    const h = cost[base + j]! - v[j]!;
    // Stryker disable next-line EqualityOperator: on a tie with the second least the later column becomes second; augmenting row reduction only picks the start
    if (h < usubmin) {
      // Stryker disable next-line EqualityOperator: on a tie with the least the later column becomes least; augmenting row reduction only picks the start
      if (h >= umin) {
        usubmin = h;
        j2 = j;
      } else {
        usubmin = umin;
        umin = h;
        j2 = j1;
        j1 = j;
      }
    }
  }
  out[0] = umin;
  out[1] = usubmin;
  out[2] = j2;
  return j1;
}
