import { createMatcher, generateRegion } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// rankCandidates takes a vacancy's candidates in reach by their bound (`VacancyBounds`, `BoundQueue`:
// the best buckets first, stopping at the first bucket whose keys all stay below the k-th key): its
// lists must be those of scoring every pair.

describe('rankCandidates, which skips candidates by these bounds, against scoring every pair (oracle)', () => {
  it('gives every vacancy’s top k as sorting all its scored candidates would, with lifts, minScore and carving off', () => {
    const input = generateRegion({ seed: 29, candidates: 90, vacancies: 30 });
    // Every pair's score, once with carving and once without (priorityFirst and minScore change no score).
    const scoresOf = (options: object) => {
      const m = createMatcher(input, options);
      return m.vacancies.map((v) => m.candidates.map((c) => m.score(c.id, v.id)));
    };
    const scores = { on: scoresOf({}), off: scoresOf({ carving: false }) };
    const configs = [
      { k: 3, options: {}, minScore: 0, priorityFirst: false },
      { k: 1, options: { priorityFirst: true }, minScore: 0, priorityFirst: true },
      { k: 5, options: { minScore: 0.55, priorityFirst: true }, minScore: 0.55, priorityFirst: true },
      { k: 4, options: { carving: false as const }, minScore: 0, priorityFirst: false },
    ];
    for (const { k, options, minScore, priorityFirst } of configs) {
      const m = createMatcher(input, options);
      const pairs = 'carving' in options ? scores.off : scores.on;
      const lift = m.candidates.map((c) =>
        c.targetGroup === 'beschut' ? -2 : priorityFirst && c.priority ? 2 : 0,
      );
      expect(lift.includes(-2)).toBe(true);
      if (priorityFirst) expect(lift.includes(2)).toBe(true);
      let listed = 0;
      m.vacancies.forEach((v, vi) => {
        const want = pairs[vi]!.map((r, i) => ({ i, r }))
          .filter((x) => !x.r.excluded && x.r.score >= minScore)
          .map((x) => ({ i: x.i, key: x.r.score + lift[x.i]!, score: x.r.score }))
          .sort((a, b) => b.key - a.key || a.i - b.i)
          .slice(0, k);
        const got = m.rankCandidates(v.id, { k });
        expect(got.map((r) => r.candidateId)).toEqual(want.map((x) => m.candidates[x.i]!.id));
        expect(got.map((r) => r.score)).toEqual(want.map((x) => x.score));
        listed += got.length;
      });
      expect(listed).toBeGreaterThan(m.vacancies.length / 2);
    }
  });
});
