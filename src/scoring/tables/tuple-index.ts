import { FloatColumn, IntColumn } from '../store.js';

/** Scratch for a number's bits (see `TupleIndex.end`). */
const BITS = new Float64Array(1);
const WORDS = new Int32Array(BITS.buffer);

/** `h` with the 32-bit word `x` mixed in (murmur-style). */
function mix(h: number, x: number): number {
  const m = Math.imul(h ^ x, 0x5bd1e995);
  return m ^ (m >>> 15);
}

/**
 * @internal Tuples of numbers interned: ids 0, 1, … in the order first met, one id for tuples equal
 * number by number (0 and −0 equal, NaN equal to NaN). What a `Map<string, number>` keyed by the
 * numbers written out (`${x}`, with separators) does, without writing a string: a tuple is pushed a
 * number at a time (`begin`, `push`, `end`) and found by a hash of its numbers' bits.
 *
 * @example
 * const index = new TupleIndex();
 * index.begin(); index.push(24); index.push(-0); index.end(); // 0
 * index.begin(); index.push(24); index.push(0); index.end(); // 0
 * index.size; // 1
 */
export class TupleIndex {
  /** The tuples' numbers: tuple `id` from `start[id]` to `start[id + 1]`. */
  private readonly values = new FloatColumn();
  private readonly start = new IntColumn();
  /** The first tuple of each hash, and the next tuple of the same hash (−1: none). */
  private readonly first = new Map<number, number>();
  private readonly next = new IntColumn();
  private count = 0;
  /** The end of the tuple being pushed: `values` from `start[count]` (0 for the first) on. */
  private top = 0;

  /**
   * @param mask - the bits of a tuple's hash that pick its chain (@default 2^30 − 1: a small integer
   * key; tests pass 0 to put every tuple in one chain)
   */
  constructor(private readonly mask = 0x3fffffff) {}

  /** Tuples interned. */
  get size(): number {
    return this.count;
  }

  /** Starts a new tuple. */
  begin(): void {
    this.top = this.start.data[this.count]!;
  }

  /** Appends `x` to the tuple being pushed (−0 as 0). */
  push(x: number): void {
    // `+ 0` turns −0 into 0, as `${-0}` is "0".
    this.values.set(this.top++, x + 0);
  }

  /** The id of the tuple pushed since `begin`: the equal one's met before, else the next id. */
  end(): number {
    const data = this.values.data;
    const from = this.start.data[this.count]!;
    const length = this.top - from;
    let h = length;
    for (let k = from; k < this.top; k++) {
      BITS[0] = data[k]!;
      h = mix(mix(h, WORDS[0]!), WORDS[1]!);
    }
    // A small integer: a map keyed by it stores no boxed number.
    // Stryker disable next-line AssignmentOperator: `|=` keeps more bits set, a key per hash all the same: fewer or other chains, never a wrong id (the chain is compared number by number)
    h &= this.mask;
    const head = this.first.get(h);
    for (let id = head ?? -1; id >= 0; id = this.next.data[id]!) {
      if (this.equal(id, from, length)) return id;
    }
    const id = this.count++;
    this.start.set(this.count, this.top);
    this.next.set(id, head ?? -1);
    this.first.set(h, id);
    return id;
  }

  /** Whether tuple `id` holds the `length` numbers from `from` on. */
  private equal(id: number, from: number, length: number): boolean {
    const data = this.values.data;
    const at = this.start.data[id]!;
    if (this.start.data[id + 1]! - at !== length) return false;
    for (let k = 0; k < length; k++) {
      const a = data[at + k]!;
      const b = data[from + k]!;
      if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) return false;
    }
    return true;
  }
}
