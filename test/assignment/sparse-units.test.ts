import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { components } from '../../src/assignment/sparse/components.js';
import type { Compact } from '../../src/assignment/sparse/graph.js';
import { SortedRows } from '../../src/assignment/sparse/sort-rows.js';

// Two parts of the sparse solver checked on their own contract (issue 20), so that a mutant of the
// sort or of the component split fails here even where the solver's optimum would hide it: each
// row's edges sorted by cost, stably, a long row only its 64 best up front; and the components of a
// graph numbered by their first row, with their rows, columns and edges.

/** Rows given as lists of costs; each edge's target is its index in the whole graph (to see order). */
function graphOf(rows: readonly (readonly number[])[]): Compact {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((r, y) => {
    offsets[y + 1] = offsets[y]! + r.length;
  });
  const costs = Float64Array.from(rows.flat());
  const targets = Int32Array.from(costs, (_, k) => k);
  return { offsets, targets, costs };
}

/** A row's edges as [cost, target] pairs from `from` to `to`. */
function edgesOf(g: Compact, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = from; k < to; k++) out.push([g.costs[k]!, g.targets[k]!]);
  return out;
}

/** The edges of row `y` before sorting, stably sorted by cost (Array.prototype.sort is stable). */
function stableSorted(rows: readonly (readonly number[])[], y: number): [number, number][] {
  const start = rows.slice(0, y).reduce((s, r) => s + r.length, 0);
  return rows[y]!.map((c, i): [number, number] => [c, start + i]).sort((a, b) => a[0] - b[0]);
}

/** Row lengths around the sort's edges: one run of 32, the long-row threshold 128, its prefix 64. */
const lengthArb = fc.oneof(
  fc.constantFrom(0, 1, 2, 31, 32, 33, 63, 64, 65, 96, 127, 128, 129, 130, 192, 193, 257, 300),
  fc.integer({ min: 0, max: 300 }),
);

/** Costs from a few values (many ties, so stability matters) or spread out. */
const rowArb = fc
  .record({
    length: lengthArb,
    values: fc.constantFrom(2, 5, 1000),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 2 }),
  })
  .map(({ length, values, seed }) => {
    let s = seed;
    const row: number[] = [];
    for (let i = 0; i < length; i++) {
      s = (Math.imul(s, 48271) >>> 0) % 2147483647;
      row.push(-(s % values));
    }
    return row;
  });

describe('SortedRows: each row sorted by cost, stably', () => {
  it('sorts rows of up to 128 edges at once and the 64 best of a longer row, the rest in order', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 4 }), (rows) => {
        const g = graphOf(rows);
        const sorted = new SortedRows(g);
        rows.forEach((row, y) => {
          const start = g.offsets[y]!;
          const end = g.offsets[y + 1]!;
          const want = stableSorted(rows, y);
          if (row.length <= 128) {
            expect(sorted.sortedEnd[y]).toBe(end);
            expect(edgesOf(g, start, end)).toEqual(want);
            return;
          }
          expect(sorted.sortedEnd[y]).toBe(start + 64);
          expect(edgesOf(g, start, start + 64)).toEqual(want.slice(0, 64));
          // The rest keeps the caller's order.
          const restWant = want.slice(64).sort((a, b) => a[1] - b[1]);
          expect(edgesOf(g, start + 64, end)).toEqual(restWant);
        });
        // Finishing a row sorts the rest of it and leaves the other rows as they are.
        rows.forEach((row, y) => {
          const before = edgesOf(g, 0, g.costs.length);
          sorted.finish(y);
          const start = g.offsets[y]!;
          const end = g.offsets[y + 1]!;
          expect(sorted.sortedEnd[y]).toBe(end);
          expect(edgesOf(g, start, end)).toEqual(stableSorted(rows, y));
          const after = edgesOf(g, 0, g.costs.length);
          expect(after.slice(0, start)).toEqual(before.slice(0, start));
          expect(after.slice(end)).toEqual(before.slice(end));
          expect(row.length).toBe(end - start);
        });
      }),
      { numRuns: 80, seed: 20 },
    );
  });

  it('keeps equal costs in their order across runs and merges (a worked row of 70)', () => {
    // Costs −(k mod 3) for k = 0 … 69: the best (−2) are k = 2, 5, …, 68, in that order.
    const row = Array.from({ length: 70 }, (_, k) => -(k % 3));
    const g = graphOf([[-1], row]);
    const sorted = new SortedRows(g);
    expect(sorted.sortedEnd).toEqual(Int32Array.from([1, 71]));
    const targets = Array.from(g.targets.subarray(1));
    const by = (m: number) => Array.from({ length: 70 }, (_, k) => k).filter((k) => k % 3 === m);
    expect(targets).toEqual([...by(2), ...by(1), ...by(0)].map((k) => k + 1));
    expect(g.targets[0]).toBe(0);
  });

  it('takes the first of equal costs at the 64th place into the prefix of a long row', () => {
    // 130 edges: 40 of cost −9 (at 0, 2, …, 78) and 90 of cost −5 (the others); the prefix is the
    // 40 and the first 24 of the −5s, the tie at the 64th place going to the earlier edges.
    const mixed: number[] = [];
    for (let k = 0; k < 130; k++) mixed.push(k % 2 === 0 && k / 2 < 40 ? -9 : -5);
    expect(mixed.filter((c) => c === -9)).toHaveLength(40);
    const g = graphOf([mixed]);
    const sorted = new SortedRows(g);
    expect(sorted.sortedEnd[0]).toBe(64);
    const nines = Array.from({ length: 40 }, (_, i) => 2 * i);
    const fives = mixed.map((c, k) => (c === -5 ? k : -1)).filter((k) => k >= 0);
    expect(Array.from(g.targets.subarray(0, 64))).toEqual([...nines, ...fives.slice(0, 24)]);
    expect(Array.from(g.targets.subarray(64))).toEqual(fives.slice(24));
    sorted.finish(0);
    expect(Array.from(g.costs)).toEqual([...nines.map(() => -9), ...fives.map(() => -5)]);
    expect(Array.from(g.targets)).toEqual([...nines, ...fives]);
  });
});

/** Components by a plain search: each a list of rows and a list of columns, ascending. */
function naiveComponents(rows: number, cols: number, edges: readonly (readonly number[])[]) {
  const seenRow = new Array<boolean>(rows).fill(false);
  const seenCol = new Array<boolean>(cols).fill(false);
  const out: { rowIds: number[]; colIds: number[] }[] = [];
  for (let start = 0; start < rows; start++) {
    if (seenRow[start] || edges[start]!.length === 0) continue;
    const rowIds: number[] = [];
    const colIds: number[] = [];
    const stack = [start];
    seenRow[start] = true;
    while (stack.length > 0) {
      const y = stack.pop()!;
      rowIds.push(y);
      for (const x of edges[y]!) {
        if (seenCol[x]) continue;
        seenCol[x] = true;
        colIds.push(x);
        for (let z = 0; z < rows; z++) {
          if (!seenRow[z] && edges[z]!.includes(x)) {
            seenRow[z] = true;
            stack.push(z);
          }
        }
      }
    }
    out.push({ rowIds: rowIds.sort((a, b) => a - b), colIds: colIds.sort((a, b) => a - b) });
  }
  return out;
}

const componentsArb = fc
  .record({ rows: fc.integer({ min: 0, max: 9 }), cols: fc.integer({ min: 0, max: 9 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      edges: fc.array(
        cols === 0
          ? fc.constant<number[]>([])
          : fc.uniqueArray(fc.integer({ min: 0, max: cols - 1 }), { maxLength: Math.min(cols, 3) }),
        { minLength: rows, maxLength: rows },
      ),
    }),
  );

describe('components: the connected parts of a graph with an edge', () => {
  it('numbers them by their first row, with their rows, columns and edges (against a plain search)', () => {
    fc.assert(
      fc.property(componentsArb, ({ rows, cols, edges }) => {
        const offsets = new Int32Array(rows + 1);
        edges.forEach((r, y) => {
          offsets[y + 1] = offsets[y]! + r.length;
        });
        const targets = Int32Array.from(edges.flat());
        // Each edge's cost names it: −(100 · row + column).
        const costs = Float64Array.from(edges.flatMap((r, y) => r.map((x) => -(100 * y + x))));
        const parts = components({ offsets, targets, costs }, cols);
        const want = naiveComponents(rows, cols, edges);
        expect(parts.count).toBe(want.length);
        want.forEach((w, c) => {
          const { graph, rowIds, colIds } = parts.extract(c);
          expect(Array.from(rowIds)).toEqual(w.rowIds);
          expect(Array.from(colIds)).toEqual(w.colIds);
          expect(graph.offsets).toHaveLength(w.rowIds.length + 1);
          const seen: number[][] = [];
          w.rowIds.forEach((y, i) => {
            const mine: number[] = [];
            for (let k = graph.offsets[i]!; k < graph.offsets[i + 1]!; k++) {
              const x = colIds[graph.targets[k]!]!;
              expect(graph.costs[k]).toBe(-(100 * y + x));
              mine.push(x);
            }
            seen.push(mine);
          });
          expect(seen).toEqual(w.rowIds.map((y) => edges[y]));
        });
      }),
      { numRuns: 400, seed: 20 },
    );
  });

  it('splits a worked graph into three parts and leaves out a row and a column of no edge', () => {
    // Row 0 → 4, 2; row 1 → 0; row 2 → 3; row 3 → 4; row 4 → 1, 3; row 5 → 2; row 6 none; column 5 none.
    const edges = [[4, 2], [0], [3], [4], [1, 3], [2], []];
    const g = graphOf(edges.map((r) => r.map(() => 0)));
    g.targets.set(edges.flat());
    g.costs.set(edges.flat().map((x) => -x - 1));
    const parts = components(g, 6);
    expect(parts.count).toBe(3);
    const a = parts.extract(0);
    expect([Array.from(a.rowIds), Array.from(a.colIds)]).toEqual([
      [0, 3, 5],
      [2, 4],
    ]);
    expect(Array.from(a.graph.offsets)).toEqual([0, 2, 3, 4]);
    expect(Array.from(a.graph.targets)).toEqual([1, 0, 1, 0]);
    expect(Array.from(a.graph.costs)).toEqual([-5, -3, -5, -3]);
    const b = parts.extract(1);
    expect([Array.from(b.rowIds), Array.from(b.colIds), Array.from(b.graph.targets)]).toEqual([
      [1],
      [0],
      [0],
    ]);
    const c = parts.extract(2);
    expect([Array.from(c.rowIds), Array.from(c.colIds)]).toEqual([
      [2, 4],
      [1, 3],
    ]);
    expect(Array.from(c.graph.offsets)).toEqual([0, 1, 3]);
    expect(Array.from(c.graph.targets)).toEqual([1, 0, 1]);
    expect(Array.from(c.graph.costs)).toEqual([-4, -2, -4]);
  });
});
