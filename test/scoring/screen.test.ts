import { createMatcher, generateRegion, type Matcher } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Every pair's `!excluded` by `score` (the full evaluation and its explanation) on a fresh matcher, `ci × nV + vi`. */
function passesByScore(m: Matcher): Uint8Array {
  const nV = m.vacancies.length;
  const out = new Uint8Array(m.candidates.length * nV);
  m.candidates.forEach((c, ci) => {
    m.vacancies.forEach((v, vi) => {
      out[ci * nV + vi] = m.score(c.id, v.id).excluded ? 0 : 1;
    });
  });
  return out;
}

describe('screen: the hard rules alone, the same verdict as score in any order', () => {
  const cases = [
    { name: 'carving on', seed: 31, options: {} },
    { name: 'carving off', seed: 32, options: { carving: false } },
    { name: 'a minimum score (screen ignores it, as score does)', seed: 33, options: { minScore: 0.6 } },
  ] as const;

  for (const { name, seed, options } of cases) {
    it(`${name}: candidate by candidate, vacancy by vacancy, and in a seeded random order`, () => {
      const region = generateRegion({ seed, candidates: 30, vacancies: 90 });
      const expected = passesByScore(createMatcher(region, options));
      const nC = region.candidates.length;
      const nV = region.vacancies.length;
      // Some pairs of each kind, so the check is not vacuous.
      const passing = expected.reduce((n, b) => n + b, 0);
      expect(passing).toBeGreaterThan(0);
      expect(passing).toBeLessThan(nC * nV);

      const byCandidate = createMatcher(region, options);
      for (let ci = 0; ci < nC; ci++)
        for (let vi = 0; vi < nV; vi++)
          expect(byCandidate.screen(ci, vi), `pair ${ci}, ${vi}`).toBe(expected[ci * nV + vi] === 1);

      const byVacancy = createMatcher(region, options);
      for (let vi = 0; vi < nV; vi++)
        for (let ci = 0; ci < nC; ci++)
          expect(byVacancy.screen(ci, vi), `pair ${ci}, ${vi}`).toBe(expected[ci * nV + vi] === 1);

      // In a random order, interleaved with rankings and whyNot on the same matcher (shared caches).
      const mixed = createMatcher(region, options);
      fc.assert(
        fc.property(
          fc.array(fc.nat(nC * nV - 1), { minLength: 200, maxLength: 400 }),
          fc.nat(nC - 1),
          (keys, other) => {
            mixed.rank(region.candidates[other]!.id, { k: 3 });
            mixed.whyNot(region.candidates[(other * 7) % nC]!.id);
            for (const key of keys) {
              const vi = key % nV;
              const ci = (key - vi) / nV;
              expect(mixed.screen(ci, vi), `pair ${ci}, ${vi}`).toBe(expected[key] === 1);
            }
          },
        ),
        { seed, numRuns: 20 },
      );
    });
  }
});
