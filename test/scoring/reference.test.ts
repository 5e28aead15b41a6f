import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, generateRegion, type Matcher, type MatcherOptions } from '../../src/index.js';
import { type ReferenceResult, referenceContext, referenceScore } from '../../src/scoring/reference/index.js';

// The matcher (the fast engine) against the reference scorer (the slow, readable one built from the
// library's public modules): for every pair, excluded or not, the score, each component, the job's
// tasks and hours, and whether the pair is ranked (minScore).

/** Every pair of the matcher scored both ways; the reference results, for the caller's own checks. */
function expectAgreement(matcher: Matcher): ReferenceResult[] {
  const context = referenceContext(matcher.vacancies, matcher.options);
  const out: ReferenceResult[] = [];
  for (const c of matcher.candidates) {
    const ranked = new Set(matcher.rank(c.id, { k: matcher.vacancies.length }).map((m) => m.vacancyId));
    for (const v of matcher.vacancies) {
      const engine = matcher.score(c.id, v.id);
      const ref = referenceScore(context, c, v);
      const pair = `${c.id} × ${v.id}`;
      expect(engine.excluded, pair).toBe(ref.excluded);
      expect(ranked.has(v.id), pair).toBe(ref.ranked);
      out.push(ref);
      if (engine.excluded) {
        expect(ref.shutBy, pair).toBeDefined();
        continue;
      }
      const job = ref.job!;
      expect(engine.score, pair).toBeCloseTo(ref.score, 12);
      for (const comp of engine.components)
        expect(comp.value, `${pair} ${comp.name}`).toBeCloseTo(job.components[comp.name], 12);
      expect(engine.hoursPerWeek, pair).toBe(job.hoursPerWeek);
      expect(engine.distanceKm, pair).toBeCloseTo(ref.distanceKm, 9);
      if (engine.job === 'full') expect(job.kind, pair).toBe('full');
      else {
        expect(job.kind, pair).not.toBe('full');
        expect(
          engine.job.tasks.map((t) => [t.taskId, t.hoursPerWeek]),
          pair,
        ).toEqual(job.tasks.map((t) => [t.taskId, t.hoursPerWeek]));
        expect(engine.job.reducedFromHoursPerWeek !== undefined, pair).toBe(job.kind === 'reduced-hours');
      }
    }
  }
  return out;
}

describe('reference scorer against the matcher on generated regions', () => {
  it('a fixed region: every outcome occurs, and the engine equals the reference on all 600 pairs', () => {
    const results = expectAgreement(
      createMatcher(generateRegion({ seed: 21, candidates: 20, vacancies: 30 })),
    );
    const codes = new Set(results.map((r) => r.shutBy ?? r.carving));
    // The region exercises each hard rule and each way of finding a job.
    for (const code of [
      'commute',
      'capability',
      'qualification',
      'hours',
      'whole',
      'carved',
      'reduced-hours',
    ])
      expect(codes, code).toContain(code);
  });

  it('property: small regions under varied options', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.record({
          minScore: fc.constantFrom(0, 0.45, 0.6),
          carving: fc.constantFrom(false as const, { minHours: 12 }, { minHours: 6 }),
          carvedFactor: fc.constantFrom(0.85, 1),
          weights: fc.constantFrom(
            {},
            { capability: 1, skills: 0, commute: 2, hours: 0.5, economics: 0, preferences: 1 },
          ),
        }),
        (seed, options: MatcherOptions) => {
          expectAgreement(createMatcher(generateRegion({ seed, candidates: 6, vacancies: 10 }), options));
        },
      ),
      { numRuns: 12 },
    );
  });
});
