import type { Shortlist } from '../types.js';

/**
 * Lists of at most this many entries get a fixed slot each (`k` entries a candidate, filled where the
 * row belongs): no room to grow, and `finish` moves the rows into place without a second copy (at
 * the country's size, k = 50, that second copy was ≈ 75 MB a worker at the shortlist's end).
 */
const SLOT_MAX_K = 64;

/**
 * @internal The rows of a shortlist as they are found, in any order of the candidates (a serpentine
 * over the grid keeps neighbours' cells in the processor's cache), put back in candidate order by
 * {@link ShortlistRows.finish}.
 */
export class ShortlistRows {
  private readonly rowStart: Int32Array;
  private readonly rowLength: Int32Array;
  /** Entries a candidate's fixed slot holds (k), or 0: rows appended, the room grown as needed. */
  private readonly slot: number;
  private cap: number;
  private vacancies: Int32Array;
  private scores: Float64Array;
  private n = 0;

  /**
   * Rows of `nC` candidates, at most `k` entries each: a fixed slot of `k` each when k ≤ 64, else
   * appended (room for at most 16 each at first; the rest grows).
   */
  constructor(
    private readonly nC: number,
    k: number,
  ) {
    this.rowStart = new Int32Array(nC);
    this.rowLength = new Int32Array(nC);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: memory only: fixed slots for a larger k (`true`, `<`: at 64) give the same rows, copied at the end when short (the slots' room is not observable)
    this.slot = k <= SLOT_MAX_K ? Math.max(0, k) : 0;
    // Stryker disable next-line MethodExpression,ConditionalExpression,EqualityOperator: the first room only (any size grows in `put`); with no slot (`true`, `>=`) a room of 0 that grows (`false`, `<=` and `nC / slot` are killed: a row in a slot of 20 returned as a view)
    this.cap = this.slot > 0 ? nC * this.slot : Math.max(16, nC * Math.min(k, 16));
    this.vacancies = new Int32Array(this.cap);
    this.scores = new Float64Array(this.cap);
  }

  /**
   * The row of live candidate `li`: the first `got` (≤ k) of a top-k list (`idx` internal, `live`
   * maps them).
   */
  put(li: number, got: number, idx: Int32Array, keys: Float64Array, live: Int32Array): void {
    let n = this.slot > 0 ? li * this.slot : this.n;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: growing also when not needed (`true`, `>=`) keeps the rows; `false`, `<=` and `n - got` are killed (shortlist-rows test, 10 + 40 rows in 16)
    if (n + got > this.cap) {
      // Stryker disable next-line ArithmeticOperator: `this.cap / 2` still gives room for `n + got`; `n - got` is killed (shortlist-rows test)
      this.cap = Math.max(this.cap * 2, n + got);
      const a = new Int32Array(this.cap);
      a.set(this.vacancies);
      this.vacancies = a;
      const b = new Float64Array(this.cap);
      b.set(this.scores);
      this.scores = b;
    }
    this.rowStart[li] = n;
    this.rowLength[li] = got;
    for (let r = 0; r < got; r++) {
      this.vacancies[n] = live[idx[r]!]!;
      this.scores[n] = keys[r]!;
      n++;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: appended rows start at `this.n`, so `n` is `this.n + got` as well
    this.n = this.slot > 0 ? this.n + got : n;
  }

  /** The shortlist in candidate order (CSR). */
  finish(): Shortlist {
    const { nC, n, rowStart, rowLength } = this;
    const offsets = new Int32Array(nC + 1);
    if (this.slot > 0) return this.inPlace(offsets);
    const vacancies = new Int32Array(n);
    const scores = new Float64Array(n);
    // Stryker disable next-line EqualityOperator: `<=` passes once more past the rows: an empty copy at the end and a write past `offsets`, both dropped by the typed arrays
    for (let li = 0; li < nC; li++) {
      const from = rowStart[li]!;
      const got = rowLength[li]!;
      const at = offsets[li]!;
      vacancies.set(this.vacancies.subarray(from, from + got), at);
      scores.set(this.scores.subarray(from, from + got), at);
      offsets[li + 1] = at + got;
    }
    return { offsets, vacancies, scores };
  }

  /**
   * The fixed slots' rows moved forward into candidate order within the same arrays (a row's place
   * is never after its slot, so no row is overwritten before it is moved); the arrays returned as
   * views when the rows fill at least 7/8 of them, else copied to their length (memory not held
   * for short lists).
   */
  private inPlace(offsets: Int32Array): Shortlist {
    const { nC, n, rowStart, rowLength, vacancies, scores } = this;
    // Stryker disable next-line EqualityOperator: `<=` passes once more past the rows: `copyWithin` from an undefined start to NaN moves nothing, and the write past `offsets` is dropped
    for (let li = 0; li < nC; li++) {
      const from = rowStart[li]!;
      const got = rowLength[li]!;
      const at = offsets[li]!;
      vacancies.copyWithin(at, from, from + got);
      scores.copyWithin(at, from, from + got);
      offsets[li + 1] = at + got;
    }
    const view = 8 * n >= 7 * this.cap;
    return {
      offsets,
      vacancies: view ? vacancies.subarray(0, n) : vacancies.slice(0, n),
      scores: view ? scores.subarray(0, n) : scores.slice(0, n),
    };
  }
}
