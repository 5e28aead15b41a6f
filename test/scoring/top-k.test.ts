import { createMatcher, generateRegion, type Matcher } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShortlistRows } from '../../src/scoring/rank/shortlist-rows.js';
import { floorOf, insertTop } from '../../src/scoring/rank/top-k.js';
import { topVacanciesByScoring } from '../helpers/oracle.js';

describe('top-k lists of the matcher (rank/top-k)', () => {
  it('keeps the k best by key, ties to the smaller index, as sorting everything would (oracle)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.nat(1), fc.integer({ min: 0, max: 5 }), fc.nat(50)), { maxLength: 40 }),
        (k, pairs) => {
          const keys = new Float64Array(2 * k);
          const idx = new Int32Array(2 * k);
          const count = new Int32Array(2);
          // Two lists side by side, filled in turns: a full list must not spill into its neighbour.
          for (const [at, key, index] of pairs) insertTop(keys, idx, count, at, k, key / 4, index);
          for (const at of [0, 1]) {
            const want = pairs
              .filter((p) => p[0] === at)
              .map(([, key, index]) => [key / 4, index] as const)
              .sort((a, b) => b[0] - a[0] || a[1] - b[1])
              .slice(0, k);
            const n = count[at]!;
            expect(Array.from({ length: n }, (_, r) => [keys[at * k + r], idx[at * k + r]])).toEqual(want);
          }
        },
      ),
    );
  });

  it('gives the floor a pair must reach: minScore until the list is full, then the k-th key less the lift', () => {
    const keys = Float64Array.of(0.9, 0.6);
    const count = Int32Array.of(1);
    expect(floorOf(keys, count, 0, 2, 0, 0.1)).toBe(0.1);
    count[0] = 2;
    expect(floorOf(keys, count, 0, 2, 0, 0.1)).toBe(0.6);
    expect(floorOf(keys, count, 0, 2, 2, 0.1)).toBe(0.1);
    // The second of two lists of k = 2: its own k-th key.
    const two = Float64Array.of(0.9, 0.6, 0.8, 0.3);
    expect(floorOf(two, Int32Array.of(2, 2), 1, 2, 0, 0.1)).toBe(0.3);
    expect(floorOf(two, Int32Array.of(2, 2), 1, 2, 0.1, 0.1)).toBe(0.19999999999999998);
    expect(floorOf(two, Int32Array.of(2, 1), 1, 2, 0, 0.1)).toBe(0.1);
  });

  it('puts shortlist rows found in any order back in candidate order', () => {
    const rows = new ShortlistRows(3, 1);
    const live = Int32Array.of(0, 10, 20, 30);
    rows.put(2, 2, Int32Array.of(3, 1), Float64Array.of(0.8, 0.7), live);
    rows.put(0, 1, Int32Array.of(2), Float64Array.of(0.5), live);
    rows.put(1, 0, new Int32Array(0), new Float64Array(0), live);
    const s = rows.finish();
    expect([...s.offsets]).toEqual([0, 1, 1, 3]);
    expect([...s.vacancies]).toEqual([20, 30, 10]);
    expect([...s.scores]).toEqual([0.5, 0.8, 0.7]);
  });
});

/** A vacancy's top k by scoring every live candidate (no grid, no bound): the order `rankCandidates` promises. */
function rankCandidatesByScoring(m: Matcher, vacancyId: string, k: number, priorityFirst: boolean) {
  const lift = (id: string): number => {
    const c = m.candidates.find((x) => x.id === id)!;
    return c.targetGroup === 'beschut' ? -2 : priorityFirst && c.priority ? 2 : 0;
  };
  return m.candidates
    .map((c, i) => ({ i, r: m.score(c.id, vacancyId) }))
    .filter((x) => !x.r.excluded && x.r.score >= m.options.minScore)
    .map((x) => ({ id: x.r.candidateId, i: x.i, key: x.r.score + lift(x.r.candidateId) }))
    .sort((a, b) => b.key - a.key || a.i - b.i)
    .slice(0, k)
    .map((x) => x.id);
}

describe('top-k searches skip grid cells by bounds, with the same lists (oracle)', () => {
  it('rankCandidates and rank equal scoring every pair, with priority and sheltered lifts and minScore', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(1, 3, 10),
        fc.boolean(),
        fc.constantFrom(0, 0.5),
        (seed, k, priorityFirst, minScore) => {
          const m = createMatcher(generateRegion({ seed, candidates: 60, vacancies: 40 }), {
            priorityFirst,
            minScore,
          });
          for (const v of m.vacancies.slice(0, 8))
            expect(m.rankCandidates(v.id, { k }).map((r) => r.candidateId)).toEqual(
              rankCandidatesByScoring(m, v.id, k, priorityFirst),
            );
          for (const c of m.candidates.slice(0, 8)) {
            const want = topVacanciesByScoring(m, c.id, k).map((vi) => m.vacancies[vi]!.id);
            expect(m.rank(c.id, { k }).map((r) => r.vacancyId)).toEqual(want);
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
