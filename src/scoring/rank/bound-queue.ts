import type { GridCell } from '../../geo/grid.js';
import { grow } from '../store.js';

/** Buckets of a {@link BoundQueue}, over keys from KEY_LOW to KEY_HIGH (score in [0, 1] plus a lift of −2, 0 or 2). */
export const BUCKETS = 4096;
const KEY_LOW = -2;
const KEY_HIGH = 3.01;
const SCALE = BUCKETS / (KEY_HIGH - KEY_LOW);

/** The bucket of `key` (bound plus lift): higher keys, higher buckets; +∞ in the highest. */
export function bucketOf(key: number): number {
  const b = Math.floor((key - KEY_LOW) * SCALE);
  return Math.min(BUCKETS - 1, Math.max(0, b));
}

/** The least key above every key of bucket `b`. */
export function edgeOf(b: number): number {
  return (b + 1) / SCALE + KEY_LOW;
}

/**
 * @internal The rows of a vacancy's candidates in reach (candidate grid cell, row) in buckets by
 * their bound plus lift, for a ranking that evaluates the best bounds first: the k-th key then rises
 * early, and the ranking stops at the first bucket whose keys all stay below it. A bucket is a linked
 * list (last pushed first); an entry may be pushed again into a lower bucket once its bound is known
 * more exactly (`loose`). Each entry keeps the bound it was pushed with, so a row is bounded once more
only when its bound was loose. Buffers are reused from one ranking to the next.
 */
export class BoundQueue {
  /** The cells the entries' rows are in, by the number `addCell` gave. */
  readonly cells: GridCell[] = [];
  /** Per entry: its cell's number, its row, its bound, 1 when that bound is a looser one, the next entry of its bucket. */
  cellOf = new Int32Array(1024);
  rowOf = new Int32Array(1024);
  bound = new Float64Array(1024);
  loose = new Uint8Array(1024);
  link = new Int32Array(1024);
  /** Per bucket: its last entry pushed, or −1. */
  readonly head = new Int32Array(BUCKETS).fill(-1);
  /** The highest bucket pushed to since `reset` (−1: none). */
  top = -1;
  /** The bound of the next entry pushed (see `push`). */
  value = 0;
  private size = 0;

  /** Empties the queue. */
  reset(): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with no entry every head is −1 already (new, or filled by the reset before the pushes)
    if (this.size > 0) this.head.fill(-1);
    this.cells.length = 0;
    this.size = 0;
    this.top = -1;
  }

  /** Adds a cell whose rows will be pushed; returns its number. */
  addCell(cell: GridCell): number {
    this.cells.push(cell);
    return this.cells.length - 1;
  }

  /**
   * Pushes row `row` of cell number `cell` with its bound into `bucket` (`loose` 1: a looser bound
   * than `VacancyBounds.bound` gives). The bound is passed in `value` (a double field: a double
   * argument of a call that is not inlined would be boxed).
   */
  push(cell: number, row: number, bucket: number, loose: number): void {
    const j = this.size++;
    if (j === this.link.length) this.grow();
    this.cellOf[j] = cell;
    this.rowOf[j] = row;
    this.bound[j] = this.value;
    this.loose[j] = loose;
    this.link[j] = this.head[bucket]!;
    this.head[bucket] = j;
    // Stryker disable next-line EqualityOperator: `>=` sets `top` to the value it has
    if (bucket > this.top) this.top = bucket;
  }

  private grow(): void {
    const n = 2 * this.link.length;
    this.cellOf = grow(this.cellOf, n);
    this.rowOf = grow(this.rowOf, n);
    this.bound = grow(this.bound, n);
    this.loose = grow(this.loose, n);
    this.link = grow(this.link, n);
  }
}
