import { createMatcher, generateRegion } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// `rankCandidates` ranks a vacancy's candidates best bound first, and once its list is full after the
// nearest cells, leaves the rows of later cells below the k-th key unqueued: on a region with many
// candidates a cell (a few towns, so a vacancy's reach spans many cells), its list must still be the
// brute-force top k of `score()` over every candidate, with carving on and off and a least score.
const region = generateRegion({ seed: 2024, candidates: 360, vacancies: 40 });

describe('rankCandidates on a dense region: the brute-force top k', () => {
  for (const options of [{}, { carving: false as const }, { minScore: 0.5, priorityFirst: true }]) {
    const matcher = createMatcher(region, options);
    const least = 'minScore' in options ? options.minScore : 0;
    // Sheltered work (beschut) counts no banenafspraak job: below every counting candidate.
    const lift = (c: (typeof region.candidates)[number]) =>
      c.targetGroup === 'beschut' ? -2 : 'priorityFirst' in options && c.priority === true ? 2 : 0;
    it(`the same list as scoring every candidate (${JSON.stringify(options)})`, () => {
      fc.assert(
        fc.property(fc.nat(region.vacancies.length - 1), fc.integer({ min: 1, max: 25 }), (vi, k) => {
          const v = region.vacancies[vi]!;
          const all = region.candidates
            .map((c, ci) => ({ r: matcher.score(c.id, v.id), ci, key: 0 }))
            .filter((x) => !x.r.excluded && x.r.score >= least)
            .map((x) => ({ ...x, key: x.r.score + lift(region.candidates[x.ci]!) }))
            .sort((a, b) => b.key - a.key || a.ci - b.ci)
            .slice(0, k);
          const ranked = matcher.rankCandidates(v.id, { k });
          expect(ranked.map((m) => m.candidateId)).toEqual(all.map((x) => x.r.candidateId));
          expect(ranked.map((m) => m.score)).toEqual(all.map((x) => x.r.score));
        }),
        { numRuns: 40 },
      );
    });
  }
});
