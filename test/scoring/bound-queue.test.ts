import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../src/geo/grid.js';
import { BoundQueue, BUCKETS, bucketOf, edgeOf } from '../../src/scoring/rank/bound-queue.js';

// The buckets `rankCandidates` takes a vacancy's candidates from, best bounds first: keys (a bound in
// [0, 1] plus a lift of −2, 0 or 2) from −2 to 3.01 over 4,096 buckets of equal width.
const WIDTH = (3.01 - -2) / BUCKETS;

describe('bucketOf and edgeOf', () => {
  it('put the least key in the lowest bucket, +∞ and keys past 3.01 in the highest, each bucket of width 5.01 / 4096', () => {
    expect(BUCKETS).toBe(4096);
    expect(bucketOf(-2)).toBe(0);
    expect(bucketOf(-7)).toBe(0);
    expect(bucketOf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(bucketOf(-2 + WIDTH * 0.999)).toBe(0);
    expect(bucketOf(-2 + WIDTH * 1.001)).toBe(1);
    expect(bucketOf(0)).toBe(Math.floor(2 / WIDTH));
    expect(bucketOf(1)).toBe(Math.floor(3 / WIDTH));
    expect(bucketOf(3)).toBe(Math.floor(5 / WIDTH));
    expect(bucketOf(3.0099)).toBe(BUCKETS - 1);
    expect(bucketOf(3.01)).toBe(BUCKETS - 1);
    expect(bucketOf(9)).toBe(BUCKETS - 1);
    expect(bucketOf(Number.POSITIVE_INFINITY)).toBe(BUCKETS - 1);
    expect(edgeOf(0)).toBeCloseTo(-2 + WIDTH, 12);
    expect(edgeOf(BUCKETS - 1)).toBeCloseTo(3.01, 12);
    expect(edgeOf(1000)).toBeCloseTo(-2 + 1001 * WIDTH, 12);
  });

  it('keep keys in order, and every key of a bucket below its edge and at or above the edge below (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 3, noNaN: true }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        (a, b) => {
          if (a <= b) expect(bucketOf(a)).toBeLessThanOrEqual(bucketOf(b));
          const at = bucketOf(a);
          expect(a).toBeLessThan(edgeOf(at));
          if (at > 0) expect(a).toBeGreaterThanOrEqual(edgeOf(at - 1) - 1e-12);
        },
      ),
      { seed: 20, numRuns: 500 },
    );
  });
});

/** The entries of `queue` bucket by bucket from the top, each bucket last pushed first. */
function drain(queue: BoundQueue): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let b = queue.top; b >= 0; b--)
    for (let j = queue.head[b]!; j >= 0; j = queue.link[j]!)
      out.push([b, queue.cellOf[j]!, queue.rowOf[j]!, queue.loose[j]!]);
  return out;
}

describe('BoundQueue', () => {
  it('gives the entries pushed by bucket from the highest, last pushed first, past its first room of 1,024 (oracle)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cell: fc.nat(5),
            row: fc.nat(3000),
            bucket: fc.nat(BUCKETS - 1),
            loose: fc.nat(1),
          }),
          { minLength: 0, maxLength: 2600 },
        ),
        fc.nat(3),
        (entries, rounds) => {
          const queue = new BoundQueue();
          for (let r = 0; r <= rounds; r++) {
            queue.reset();
            expect(queue.top).toBe(-1);
            expect(queue.cells).toEqual([]);
            expect(drain(queue)).toEqual([]);
            const cells = [0, 1, 2, 3, 4, 5].map((k) => ({ k }) as unknown as GridCell);
            for (const [k, cell] of cells.entries()) expect(queue.addCell(cell)).toBe(k);
            expect(queue.cells).toEqual(cells);
            const some = entries.slice(0, entries.length >> r);
            for (const e of some) queue.push(e.cell, e.row, e.bucket, e.loose);
            const expected = some
              .map((e, at) => ({ ...e, at }))
              .sort((x, y) => y.bucket - x.bucket || y.at - x.at)
              .map((e) => [e.bucket, e.cell, e.row, e.loose]);
            expect(drain(queue)).toEqual(expected);
            expect(queue.top).toBe(some.length === 0 ? -1 : Math.max(...some.map((e) => e.bucket)));
          }
        },
      ),
      { seed: 20, numRuns: 40 },
    );
  });

  it('starts empty without a reset: no cell, no entry, every head −1', () => {
    const queue = new BoundQueue();
    expect(queue.cells).toEqual([]);
    expect(queue.top).toBe(-1);
    expect(queue.head.every((h) => h === -1)).toBe(true);
    expect(queue.addCell({} as GridCell)).toBe(0);
    queue.push(0, 4, 9, 1);
    queue.push(0, 6, 2, 0);
    expect(drain(queue)).toEqual([
      [9, 0, 4, 1],
      [2, 0, 6, 0],
    ]);
  });

  it('empties every bucket on reset, also after 3,000 entries in one bucket', () => {
    const queue = new BoundQueue();
    for (let j = 0; j < 3000; j++) queue.push(0, j, 7, j & 1);
    expect(queue.link.length).toBeGreaterThanOrEqual(3000);
    expect(drain(queue).map((e) => e[2])).toEqual(Array.from({ length: 3000 }, (_, j) => 2999 - j));
    queue.reset();
    expect(queue.head.every((h) => h === -1)).toBe(true);
    queue.push(1, 5, 3, 0);
    expect(drain(queue)).toEqual([[3, 1, 5, 0]]);
  });
});
