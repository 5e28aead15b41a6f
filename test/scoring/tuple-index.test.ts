import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TupleIndex } from '../../src/scoring/tables/tuple-index.js';

/** Interns `tuple` in `index`. */
function put(index: TupleIndex, tuple: readonly number[]): number {
  index.begin();
  for (const x of tuple) index.push(x);
  return index.end();
}

describe('TupleIndex', () => {
  it('gives ids in the order first met, one id for equal tuples (0 and −0, NaN and NaN equal)', () => {
    const index = new TupleIndex();
    expect(put(index, [24, 1, 12, 0])).toBe(0);
    expect(put(index, [24, 1, 12])).toBe(1);
    expect(put(index, [24, 1, 12, -0])).toBe(0);
    expect(put(index, [])).toBe(2);
    expect(put(index, [Number.NaN, 1])).toBe(3);
    expect(put(index, [Number.NaN, 1])).toBe(3);
    expect(put(index, [1, Number.NaN])).toBe(4);
    expect(put(index, [1, 1])).toBe(5);
    expect(put(index, [Number.NaN, Number.NaN])).toBe(6);
    expect(put(index, [])).toBe(2);
    expect(put(index, [24, 1, 12])).toBe(1);
    expect(index.size).toBe(7);
  });

  it('a tuple begun and not ended is forgotten', () => {
    const index = new TupleIndex();
    index.begin();
    index.push(5);
    index.push(6);
    expect(put(index, [7])).toBe(0);
    expect(put(index, [5, 6])).toBe(1);
    expect(put(index, [7])).toBe(0);
  });

  it('does what a Map keyed by the numbers written out does (property)', () => {
    const num = fc.oneof(
      fc.constantFrom(0, -0, 1, 2, 0.5, Number.NaN, 1e300),
      fc.integer({ min: -3, max: 3 }),
      fc.double(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(num, { maxLength: 6 }), { maxLength: 60 }), (tuples) => {
        const index = new TupleIndex();
        const oracle = new Map<string, number>();
        for (const t of tuples) {
          const key = t.map((x) => `${x}`).join(',');
          if (!oracle.has(key)) oracle.set(key, oracle.size);
          expect(put(index, t)).toBe(oracle.get(key));
        }
        expect(index.size).toBe(oracle.size);
      }),
      { seed: 24, numRuns: 300 },
    );
  });

  it('one chain for every tuple (mask 0): each told apart number by number, by length, NaN from 1', () => {
    const index = new TupleIndex(0);
    const tuples = [[1], [Number.NaN], [1, 2], [1, 3], [], [2, 1], [Number.NaN, 1], [1, Number.NaN], [0]];
    tuples.forEach((t, id) => {
      expect(put(index, t)).toBe(id);
    });
    tuples.forEach((t, id) => {
      expect(put(index, t)).toBe(id);
    });
    expect(put(index, [-0])).toBe(8);
    expect(index.size).toBe(tuples.length);
  });

  it('does what the map does with every tuple in one chain or four (property)', () => {
    const num = fc.constantFrom(0, -0, 1, 2, Number.NaN);
    fc.assert(
      fc.property(
        fc.constantFrom(0, 3),
        fc.array(fc.array(num, { maxLength: 3 }), { maxLength: 40 }),
        (mask, tuples) => {
          const index = new TupleIndex(mask);
          const oracle = new Map<string, number>();
          for (const t of tuples) {
            const key = t.map((x) => `${x}`).join(',');
            if (!oracle.has(key)) oracle.set(key, oracle.size);
            expect(put(index, t)).toBe(oracle.get(key));
          }
        },
      ),
      { seed: 24, numRuns: 200 },
    );
  });

  it('finds every tuple among many with the same start (growth, hash chains)', () => {
    const index = new TupleIndex();
    for (let i = 0; i < 3000; i++) expect(put(index, [7, i % 1000, i])).toBe(i);
    for (let i = 2999; i >= 0; i--) expect(put(index, [7, i % 1000, i])).toBe(i);
    expect(index.size).toBe(3000);
  });
});
