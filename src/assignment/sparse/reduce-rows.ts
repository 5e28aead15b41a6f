import type { SortedRows } from './sort-rows.js';

/**
 * Augmenting row reduction of Jonker & Volgenant (1987) on the sparse graph with private dummies (an
 * auction step with zero increment): a free row takes the column of least reduced cost `c - v`, lowers
 * that column's price to its second-best value and evicts the previous holder; a row whose best choice is
 * its dummy (0) stays unmatched for good. Prices only fall and free columns keep price 0, so the
 * potentials stay feasible for the shortest-path phase. A work budget bounds cycling on near-ties.
 * Column j's price is `v[4j]` (see {@link solveSparseAssignment}); rows are sorted by cost as far as
 * `lazy.sortedEnd`, and a scan that gets there has the rest sorted first.
 * @returns the number of rows still free, listed at the start of `free`
 */
export function reduceRows(
  lazy: SortedRows,
  rows: number,
  offsets: Int32Array,
  targets: Int32Array,
  costs: Float64Array,
  v: Float64Array,
  c4r: Int32Array,
  r4c: Int32Array,
  free: Int32Array,
  numFree: number,
): number {
  // Work budget in row steps. Measured on 100,000 × 100,000 with 50 edges a row (real and integer
  // weights): 16·rows 12.5 s, 64·rows 10.4 s, 256·rows 6.1 s, 1024·rows 9.8 s, 4096·rows 16.9 s — past
  // the best point the bids cycle on near-ties instead of freeing rows.
  let budget = 256 * rows;
  for (
    let pass = 0;
    // Stryker disable next-line EqualityOperator: a third pass only changes the start the searches finish from
    pass < 2 &&
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with no row free a pass does nothing
    numFree > 0;
    pass++
  ) {
    let k = 0;
    const previous = numFree;
    numFree = 0;
    while (k < previous) {
      // Stryker disable next-line BlockStatement,EqualityOperator: the budget only bounds the time; without it (`{}`) or a step shorter (`<=`) the bids go on or stop sooner, and the searches finish what they leave
      if (--budget < 0) {
        while (k < previous) free[numFree++] = free[k++]!;
        break;
      }
      const i = free[k++]!;
      // Best and second-best reduced cost; -1 stands for the row's dummy at 0.
      let umin = 0;
      let j1 = -1;
      let usub = Number.POSITIVE_INFINITY;
      // Stryker disable next-line UnaryOperator: every free row has an edge, and its first edge always sets j2
      let j2 = -1;
      for (let e = offsets[i]!, to = offsets[i + 1]!, unsorted = lazy.sortedEnd[i]!; e < to; e++) {
        // Stryker disable next-line EqualityOperator: sorting the rest at the first edge (`!==`) only sorts it sooner
        if (e === unsorted) lazy.finish(i);
        // Sorted by cost and prices <= 0: no later edge can beat the second best.
        // Stryker disable next-line ConditionalExpression,EqualityOperator: the stop only saves time; a later edge's reduced cost is at least its cost
        if (costs[e]! >= usub) break;
        const j = targets[e]!;
        const h = costs[e]! - v[4 * j]!;
        // Stryker disable next-line EqualityOperator: on a tie with the second best a later column becomes second; only the start changes
        if (h < usub) {
          // Stryker disable next-line EqualityOperator: on a tie with the best a later column becomes best; only the start changes
          if (h >= umin) {
            usub = h;
            j2 = j;
          } else {
            usub = umin;
            j2 = j1;
            umin = h;
            j1 = j;
          }
        }
      }
      if (j1 === -1) continue;
      let i0 = r4c[j1]!;
      // Stryker disable next-line BlockStatement: without the price drop rows bid in turn until the budget ends; each still holds its least column, so the searches reach the same optimum
      if (umin < usub) {
        v[4 * j1] = v[4 * j1]! - (usub - umin);
      } else if (i0 !== -1) {
        // A tie: umin = usub < 0, so the second best is a column (the dummy is 0), which the row takes.
        j1 = j2;
        i0 = r4c[j2]!;
      }
      c4r[i] = j1;
      r4c[j1] = i;
      if (i0 !== -1) {
        c4r[i0] = -1;
        if (umin < usub) free[--k] = i0;
        else free[numFree++] = i0;
      }
    }
  }
  return numFree;
}
