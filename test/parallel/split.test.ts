import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitByComponents as splitSteps } from '../../src/parallel/split.js';

/** Runs the split to its end. */
function splitByComponents(...args: Parameters<typeof splitSteps>) {
  const split = splitSteps(...args);
  let step = split.next();
  while (!step.done) step = split.next();
  return step.value;
}

/** A shortlist from rows of [vacancy, score] pairs. */
function listOf(rows: [number, number][][]) {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((row, c) => {
    offsets[c + 1] = offsets[c]! + row.length;
  });
  return {
    offsets,
    vacancies: Int32Array.from(rows.flat(), ([v]) => v),
    scores: Float64Array.from(rows.flat(), ([, s]) => s),
  };
}

describe('splitByComponents', () => {
  it('keeps connected candidates and vacancies together, largest component first into the emptiest part', () => {
    // Components: {c0, c1, v0, v1} (3 pairs), {c2, v2} (1 pair), {c4, v3} (2 pairs); c3 has only a
    // pair below minScore and is in no part; vacancy 4 is in no pair.
    const list = listOf([
      [
        [0, 0.9],
        [1, 0.8],
      ],
      [[1, 0.7]],
      [[2, 0.6]],
      [[2, 0.1]],
      [
        [3, 0.9],
        [3, 0.5],
      ],
    ]);
    const parts = splitByComponents(list, 5, 0.3, 2);
    expect(parts.map((p) => [Array.from(p.candidates), Array.from(p.vacancies), p.pairs])).toEqual([
      [[0, 1], [0, 1], 3],
      [[2, 4], [2, 3], 3],
    ]);
    expect(splitByComponents(list, 5, 0.3, 1)[0]!.pairs).toBe(6);
    expect(splitByComponents(listOf([[], []]), 2, 0, 3)).toEqual([
      { candidates: new Int32Array(0), vacancies: new Int32Array(0), pairs: 0 },
    ]);
  });

  it('splits into disjoint parts that hold every pair above minScore whole', () => {
    const rows = fc.array(
      fc.array(fc.tuple(fc.nat(11), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 4 }),
      {
        maxLength: 14,
      },
    );
    fc.assert(
      fc.property(
        rows,
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (r, count, minScore) => {
          const list = listOf(r);
          const parts = splitByComponents(list, 12, minScore, count);
          expect(parts.length).toBeLessThanOrEqual(count);
          const partOfC = new Map<number, number>();
          const partOfV = new Map<number, number>();
          parts.forEach((p, i) => {
            for (const c of p.candidates) {
              expect(partOfC.has(c)).toBe(false);
              partOfC.set(c, i);
            }
            for (const v of p.vacancies) {
              expect(partOfV.has(v)).toBe(false);
              partOfV.set(v, i);
            }
            expect([...p.candidates]).toEqual([...p.candidates].sort((a, b) => a - b));
            expect([...p.vacancies]).toEqual([...p.vacancies].sort((a, b) => a - b));
          });
          let pairs = 0;
          r.forEach((row, c) => {
            for (const [v, score] of row) {
              if (score < minScore) continue;
              pairs++;
              expect(partOfC.get(c)).toBeDefined();
              expect(partOfV.get(v)).toBe(partOfC.get(c));
            }
          });
          expect(parts.reduce((sum, p) => sum + p.pairs, 0)).toBe(pairs);
        },
      ),
      { numRuns: 300 },
    );
  });
});
