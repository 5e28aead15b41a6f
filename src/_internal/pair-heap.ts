/**
 * @internal A binary max-heap of (value, a, b, tag) records in parallel typed arrays, ordered by
 * value descending, then tag descending, then a ascending, then b ascending: a total order, so
 * pops are deterministic. Grows by doubling; no allocation per push once grown.
 */
export class PairHeap {
  private value: Float64Array;
  private a: Int32Array;
  private b: Int32Array;
  private tag: Int32Array;
  size = 0;

  constructor(capacity = 1024) {
    const c = Math.max(16, capacity);
    this.value = new Float64Array(c);
    this.a = new Int32Array(c);
    this.b = new Int32Array(c);
    this.tag = new Int32Array(c);
  }

  /** True when record i should be above record j. */
  private above(i: number, j: number): boolean {
    const vi = this.value[i]!;
    const vj = this.value[j]!;
    if (vi !== vj) return vi > vj;
    const ti = this.tag[i]!;
    const tj = this.tag[j]!;
    if (ti !== tj) return ti > tj;
    const ai = this.a[i]!;
    const aj = this.a[j]!;
    if (ai !== aj) return ai < aj;
    return this.b[i]! < this.b[j]!;
  }

  private swap(i: number, j: number): void {
    let t = this.value[i]!;
    this.value[i] = this.value[j]!;
    this.value[j] = t;
    t = this.a[i]!;
    this.a[i] = this.a[j]!;
    this.a[j] = t;
    t = this.b[i]!;
    this.b[i] = this.b[j]!;
    this.b[j] = t;
    t = this.tag[i]!;
    this.tag[i] = this.tag[j]!;
    this.tag[j] = t;
  }

  private grow(): void {
    const c = this.value.length * 2;
    const v = new Float64Array(c);
    v.set(this.value);
    this.value = v;
    const a = new Int32Array(c);
    a.set(this.a);
    this.a = a;
    const b = new Int32Array(c);
    b.set(this.b);
    this.b = b;
    const t = new Int32Array(c);
    t.set(this.tag);
    this.tag = t;
  }

  push(value: number, a: number, b: number, tag: number): void {
    if (this.size === this.value.length) this.grow();
    let i = this.size++;
    this.value[i] = value;
    this.a[i] = a;
    this.b[i] = b;
    this.tag[i] = tag;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.above(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  /** Fields of the top record (only valid while size > 0). */
  topValue(): number {
    return this.value[0]!;
  }
  topA(): number {
    return this.a[0]!;
  }
  topB(): number {
    return this.b[0]!;
  }
  topTag(): number {
    return this.tag[0]!;
  }

  /** Removes the top record. */
  pop(): void {
    const last = --this.size;
    if (last === 0) return;
    this.value[0] = this.value[last]!;
    this.a[0] = this.a[last]!;
    this.b[0] = this.b[last]!;
    this.tag[0] = this.tag[last]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= last) break;
      const r = l + 1;
      const c = r < last && this.above(r, l) ? r : l;
      if (!this.above(c, i)) break;
      this.swap(c, i);
      i = c;
    }
  }
}
