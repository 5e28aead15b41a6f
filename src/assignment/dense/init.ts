import { lowerColumnMinima, rowMin, twoLeast } from './row-scans.js';

/**
 * Row reduction for a rectangular matrix: a row whose cheapest column is still free takes it. With
 * `v = 0` every assigned pair is then tight and every reduced cost `c[i][j] - min_j c[i][j] - v[j]` is
 * non-negative, the state {@link augment} starts from.
 * @returns the number of rows still free, listed at the start of `free`
 */
export function reduceRows(
  nr: number,
  nc: number,
  cost: Float64Array,
  c4r: Int32Array,
  r4c: Int32Array,
  free: Int32Array,
): number {
  let numFree = 0;
  for (let i = 0; i < nr; i++) {
    const base = i * nc;
    let best = cost[base]!;
    let arg = 0;
    for (let j = 1; j < nc; j++) {
      const c = cost[base + j]!;
      // Stryker disable next-line EqualityOperator: the last of equal least columns is as good a start
      if (c < best) {
        best = c;
        arg = j;
      }
    }
    // Stryker disable next-line ConditionalExpression: a row left free here is matched by the search (a weaker start, the same optimum)
    if (r4c[arg] === -1) {
      r4c[arg] = i;
      c4r[i] = arg;
    } else {
      free[numFree++] = i;
    }
  }
  return numFree;
}

/**
 * Initialisation of Jonker & Volgenant (1987) for a square matrix: column reduction, reduction
 * transfer and two passes of augmenting row reduction (an auction-like step). Leaves prices `v` such
 * that every assigned row's column has its least reduced cost `c[i][j] - v[j]`. Each row pass is a
 * small function, which V8 optimises after a few calls even on the first solve.
 * @returns the number of rows still free, listed at the start of `free`
 */
export function initSquare(
  n: number,
  cost: Float64Array,
  v: Float64Array,
  c4r: Int32Array,
  r4c: Int32Array,
  free: Int32Array,
): number {
  const matches = new Int32Array(n);
  // Column minima, read row by row for memory locality.
  const argmin = new Int32Array(n);
  // Stryker disable next-line EqualityOperator: one write past the end of v, ignored (`<=`; `>=` is killed)
  for (let j = 0; j < n; j++) v[j] = cost[j]!;
  // Stryker disable next-line EqualityOperator: a row past the end reads undefined, which lowers no minimum (`<=`; `>=` is killed)
  for (let i = 1; i < n; i++) lowerColumnMinima(cost, i * n, i, v, argmin, n);
  // Stryker disable next-line ArithmeticOperator: a start at n + 1 reads undefined there (no row matches it, no comparison holds), then runs as before
  for (let j = n - 1; j >= 0; j--) {
    const min = v[j]!;
    const imin = argmin[j]!;
    matches[imin] = matches[imin]! + 1;
    if (matches[imin] === 1) {
      c4r[imin] = j;
      r4c[j] = imin;
    } else if (
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a row least in several columns may keep any of them, each is tight
      min < v[c4r[imin]!]!
    ) {
      r4c[c4r[imin]!] = -1;
      c4r[imin] = j;
      r4c[j] = imin;
    }
  }
  // Reduction transfer: the least reduced cost of a row over the other columns comes off its column's
  // price. The row's own column is left out of the scan by giving it price -Infinity meanwhile.
  let numFree = 0;
  // Stryker disable next-line EqualityOperator: one row past the end has matches undefined, neither 0 nor 1 (`<=`; `>=` is killed)
  for (let i = 0; i < n; i++) {
    const m = matches[i]!;
    if (m === 0) {
      free[numFree++] = i;
    } else if (
      // Stryker disable next-line ConditionalExpression,EqualityOperator: reduction transfer only improves the start; for a row least in several columns it moves no price
      m === 1
    ) {
      const j1 = c4r[i]!;
      const v1 = v[j1]!;
      v[j1] = Number.NEGATIVE_INFINITY;
      const min = rowMin(cost, i * n, v, n);
      v[j1] = min === Number.POSITIVE_INFINITY ? v1 : v1 - min;
    }
  }
  // Augmenting row reduction; the budget stops price cycling at rounding level from running long.
  const out = new Float64Array(3);
  // Stryker disable next-line ArithmeticOperator: the budget only bounds the time this step may take; the search finishes what it leaves
  let budget = 16 * n;
  // Stryker disable next-line EqualityOperator,ConditionalExpression: fewer or more passes only change how much the search has left
  for (let pass = 0; pass < 2 && numFree > 0; pass++) {
    let k = 0;
    const previous = numFree;
    numFree = 0;
    while (k < previous) {
      // Stryker disable next-line EqualityOperator,ConditionalExpression,UpdateOperator: as the budget above (`++budget`: no budget)
      if (--budget < 0) {
        while (k < previous) free[numFree++] = free[k++]!;
        break;
      }
      const i = free[k++]!;
      let j1 = twoLeast(cost, i * n, v, n, out);
      const umin = out[0]!;
      const usubmin = out[1]!;
      const j2 = out[2]!;
      let i0 = r4c[j1]!;
      // Stryker disable next-line EqualityOperator,ConditionalExpression: on a tie the price drop is 0 and the row still takes a least column (`<=`, `true`; `false` is killed)
      if (umin < usubmin) {
        v[j1] = v[j1]! - (usubmin - umin);
      } else if (
        // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: on a tie the row may take either least column; the second only spares a displaced row
        i0 !== -1
      ) {
        j1 = j2;
        i0 = r4c[j2]!;
      }
      c4r[i] = j1;
      r4c[j1] = i;
      if (i0 !== -1) {
        c4r[i0] = -1;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a displaced row is taken up now or in the next pass (or by the search): the order only changes the start
        if (umin < usubmin) free[--k] = i0;
        else free[numFree++] = i0;
      }
    }
  }
  return numFree;
}
