import type { Compact } from './graph.js';

/** Rows longer than this are never re-sorted (their scans stop early by cost, see sort-rows.ts). */
const LONGEST = 256;

/**
 * Per edge a lower bound of its reduced cost without the row's potential, `cost − v[j]` as it was when
 * its row was last sorted (the cost itself before that): prices only fall during the searches, so the
 * bound stays valid. Each row is kept sorted by it, so a scan stops at the first edge whose bound is
 * too far, where a scan by cost alone reads on past columns whose prices have fallen. A row is sorted
 * again once its scans have read in vain (reduced cost past the search's bound) more than a quarter of
 * its edges: on the national test bed (`benchmarks/solve-national.ts`) that took 7.7% less CPU than
 * scans by cost, after all its edges 6.6%, after four times its edges nothing.
 *
 * The sort is stable, and a column never taken keeps its price 0 and so its cost as bound: columns
 * still free stay in their order by cost, the first of equal cost first, and every search ends at the
 * same sink as a scan by cost (the searches' results do not depend on the order of the other edges).
 */
export class RowBounds {
  /** The bound of each edge, in the order of the graph's edges. */
  readonly keys: Float64Array;
  /** Per row the edges its scans read in vain since it was last sorted. */
  readonly waste: Int32Array;
  private readonly g: Compact;

  /** The graph's rows sorted by cost: their bounds are their costs. */
  constructor(g: Compact) {
    this.g = g;
    this.keys = g.costs.slice();
    // Stryker disable next-line ArithmeticOperator: one count more (`+ 1`) is never read
    this.waste = new Int32Array(g.offsets.length - 1);
  }

  /** After the sorted part of row `y` grew from `from` (see `SortedRows.finish`): bounds are its costs. */
  sortedFrom(y: number, from: number): void {
    const to = this.g.offsets[y + 1]!;
    this.keys.set(this.g.costs.subarray(from, to), from);
  }

  /**
   * Row `y`'s bounds from the prices `v` (column j's at `v[4j]`), the row sorted by them, stably, unless
   * it is longer than {@link LONGEST}; its vain reads count from zero again.
   */
  resort(y: number, v: Float64Array): void {
    this.waste[y] = 0;
    const { offsets, targets, costs } = this.g;
    const from = offsets[y]!;
    const to = offsets[y + 1]!;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: which rows are re-sorted only decides how soon their scans stop (a row is re-sorted only once wholly sorted, and its bounds stay lower bounds in order): `false`, `>=`, `to + from` survive; the mark also hides `true` and `<=`, killed by the unit test
    if (to - from > LONGEST) return;
    const keys = this.keys;
    for (let k = from; k < to; k++) keys[k] = costs[k]! - v[4 * targets[k]!]!;
    // Stryker disable next-line ArithmeticOperator: starting at `from - 1` writes edge `from - 1` back in place (its shift stops at `b >= from`)
    for (let a = from + 1; a < to; a++) {
      const key = keys[a]!;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut only (`false`, `<`): for an edge in place the shift below moves nothing and writes it back; the mark also hides `true`, killed
      if (keys[a - 1]! <= key) continue;
      const c = costs[a]!;
      const t = targets[a]!;
      let b = a - 1;
      while (b >= from && keys[b]! > key) {
        keys[b + 1] = keys[b]!;
        costs[b + 1] = costs[b]!;
        targets[b + 1] = targets[b]!;
        b--;
      }
      keys[b + 1] = key;
      costs[b + 1] = c;
      targets[b + 1] = t;
    }
  }
}
