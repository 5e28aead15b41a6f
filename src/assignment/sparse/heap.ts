/** A binary min-heap of (key, node) in typed arrays that grows by doubling; equal keys pop lower node first. */
export class Heap {
  keys: Float64Array = new Float64Array(1024);
  nodes: Int32Array = new Int32Array(1024);
  size = 0;

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    const keys = this.keys;
    const nodes = this.nodes;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p]!;
      if (pk < key || (pk === key && nodes[p]! < node)) break;
      keys[i] = pk;
      nodes[i] = nodes[p]!;
      i = p;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes the top entry; read it from `keys[0]`, `nodes[0]` first. */
  pop(): void {
    const keys = this.keys;
    const nodes = this.nodes;
    const n = --this.size;
    const key = keys[n]!;
    const node = nodes[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      let ck = keys[c]!;
      const r = c + 1;
      if (r < n) {
        const rk = keys[r]!;
        if (rk < ck || (rk === ck && nodes[r]! < nodes[c]!)) {
          c = r;
          ck = rk;
        }
      }
      if (key < ck || (key === ck && node < nodes[c]!)) break;
      keys[i] = ck;
      nodes[i] = nodes[c]!;
      i = c;
    }
    keys[i] = key;
    nodes[i] = node;
  }
}
