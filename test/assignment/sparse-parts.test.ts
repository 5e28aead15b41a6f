import { solveSparseAssignment } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap } from '../../src/assignment/sparse/heap.js';
import { solveCompact } from '../../src/assignment/sparse/solve.js';
import { denseOracle, type Edge, toCsr, usedTotal } from '../helpers/sparse.js';

// The sparse solver's parts on the patterns where they matter (issue 20): graphs of several
// components whose rows and columns interleave (each solved on its own, some wide, some tall, and
// mapped back), the same loop on a graph given in the solver's form (`solveCompact`), and the binary heap of the searches (key order, ties by node, growth past 1,024).

/** Rows and columns dealt to 1–4 blocks at random; edges only inside a block. */
const blocksArb = fc
  .record({
    rows: fc.integer({ min: 1, max: 10 }),
    cols: fc.integer({ min: 1, max: 10 }),
    blocks: fc.integer({ min: 1, max: 4 }),
    density: fc.constantFrom(0.3, 0.6, 1),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 2 }),
  })
  .map(({ rows, cols, blocks, density, seed }) => {
    let s = seed;
    const next = () => {
      s = (Math.imul(s, 48271) >>> 0) % 2147483647;
      return s / 2147483647;
    };
    const rowBlock = Array.from({ length: rows }, () => Math.floor(next() * blocks));
    const colBlock = Array.from({ length: cols }, () => Math.floor(next() * blocks));
    const edges: Edge[] = [];
    for (let y = 0; y < rows; y++) {
      for (let x = 0; x < cols; x++) {
        if (rowBlock[y] === colBlock[x] && next() < density) {
          edges.push({ y, x, w: Math.floor(next() * 12) - 2 });
        }
      }
    }
    return { rows, cols, edges };
  });

describe('solveSparseAssignment: components', () => {
  it('matches the dense optimum on interleaved components, in both orientations', () => {
    fc.assert(
      fc.property(blocksArb, ({ rows, cols, edges }) => {
        const r = solveSparseAssignment(toCsr(rows, cols, edges));
        const total = usedTotal(edges, r);
        expect(r.total).toBe(total);
        expect(total).toBe(denseOracle(rows, cols, edges));
        const swapped = edges.map((e) => ({ y: e.x, x: e.y, w: e.w }));
        expect(solveSparseAssignment(toCsr(cols, rows, swapped)).total).toBe(total);
      }),
      { numRuns: 300 },
    );
  });

  it('maps each component back to the caller’s rows and columns', () => {
    // Components {rows 0, 3; columns 2, 4} (tall after row 5 joins), {row 1; column 0} and
    // {rows 2, 4; column 1, 3}; column 5 and row 6 have no edge.
    const g = toCsr(7, 6, [
      { y: 0, x: 4, w: 5 },
      { y: 0, x: 2, w: 4 },
      { y: 3, x: 4, w: 6 },
      { y: 5, x: 2, w: 1 },
      { y: 5, x: 4, w: 9 },
      { y: 1, x: 0, w: 2 },
      { y: 2, x: 3, w: 3 },
      { y: 4, x: 3, w: 7 },
      { y: 4, x: 1, w: 1 },
    ]);
    const r = solveSparseAssignment(g);
    // The first: 0→2 (4) + 5→4 (9) = 13 beats 0→2 + 3→4 (10); the second: 1→0 (2); the last:
    // 4→3 alone (7) beats 2→3 + 4→1 (3 + 1), so row 2 stays unmatched.
    expect([...r.rowToCol]).toEqual([2, 0, -1, -1, 3, 4, -1]);
    expect([...r.colToRow]).toEqual([1, -1, 0, 4, 5, -1]);
    expect(r.total).toBe(13 + 2 + 7);
    // Exactly these typed arrays, nothing else on them: a loop one row past the end would write the
    // column of row `undefined` as a property named "undefined" (an index out of range is ignored).
    expect(r.rowToCol).toStrictEqual(Int32Array.of(2, 0, -1, -1, 3, 4, -1));
    expect(r.colToRow).toStrictEqual(Int32Array.of(1, -1, 0, 4, 5, -1));
    expect(Object.keys(r)).toEqual(['rowToCol', 'colToRow', 'total']);
  });
});

describe('solveCompact (the placements’ path, the graph already in the solver’s form)', () => {
  it('gives the rows the columns solveSparseAssignment gives, ties included, and reports rows of rows last', () => {
    fc.assert(
      fc.property(blocksArb, ({ rows, cols, edges }) => {
        const g = toCsr(rows, cols, edges);
        const kept = edges.filter((e) => e.w > 0).sort((a, b) => a.y - b.y);
        const offsets = new Int32Array(rows + 1);
        for (const e of kept) offsets[e.y + 1]!++;
        for (let y = 0; y < rows; y++) offsets[y + 1]! += offsets[y]!;
        const compactGraph = {
          offsets,
          targets: Int32Array.from(kept, (e) => e.x),
          costs: Float64Array.from(kept, (e) => -e.w),
        };
        const calls: [number, number][] = [];
        const rowToCol = solveCompact(compactGraph, cols, undefined, (done, total) =>
          calls.push([done, total]),
        );
        expect([...rowToCol]).toEqual([...solveSparseAssignment(g).rowToCol]);
        expect(calls.at(-1)).toEqual([rows, rows]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Heap (the searches’ priority queue)', () => {
  it('pops by key, equal keys by the lower node, also after growing past 1,024 entries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 50 })), {
          maxLength: 3000,
        }),
        (entries) => {
          const heap = new Heap();
          for (const [key, node] of entries) heap.push(key, node);
          expect(heap.size).toBe(entries.length);
          const popped: [number, number][] = [];
          while (heap.size > 0) {
            popped.push([heap.keys[0]!, heap.nodes[0]!]);
            heap.pop();
          }
          const sorted = [...entries].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
          expect(popped).toEqual(sorted);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps working when pushes and pops interleave', () => {
    const heap = new Heap();
    const held: [number, number][] = [];
    let s = 7;
    for (let step = 0; step < 4000; step++) {
      s = (Math.imul(s, 48271) >>> 0) % 2147483647;
      if (s % 3 !== 0 || heap.size === 0) {
        const entry: [number, number] = [s % 17, s % 5];
        heap.push(entry[0], entry[1]);
        held.push(entry);
      } else {
        held.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect([heap.keys[0], heap.nodes[0]]).toEqual(held.shift());
        heap.pop();
      }
    }
    expect(heap.size).toBe(held.length);
  });
});
