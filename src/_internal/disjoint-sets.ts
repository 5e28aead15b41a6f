/**
 * @internal Disjoint sets over 0 .. n − 1 (union-find with path compression). The root of each set is
 * its smallest member, so sets are numbered the same whatever order they were joined in.
 *
 * @example
 * const sets = new DisjointSets(4);
 * sets.union(3, 1);
 * sets.find(3); // 1
 */
export class DisjointSets {
  private readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let x = 0; x < n; x++) this.parent[x] = x;
  }

  /** The root (smallest member) of the set holding `x`. */
  find(x: number): number {
    const parent = this.parent;
    let r = x;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[x] !== r) {
      const next = parent[x]!;
      parent[x] = r;
      x = next;
    }
    return r;
  }

  /** Joins the sets holding `a` and `b`. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
