import { assign, createMatcher, generateRegion, reassign } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const region = generateRegion({ seed: 41, candidates: 40, vacancies: 30 });
const extra = generateRegion({ seed: 42, candidates: 6, vacancies: 8 });

/** A matcher after some changes: a few vacancies removed and new ones and candidates added. */
function changed(removeEvery: number) {
  const matcher = createMatcher(region);
  const previous = assign(matcher, { k: 30 });
  region.vacancies.forEach((v, i) => {
    if (i % removeEvery === 0) matcher.removeVacancy(v.id);
  });
  for (const v of extra.vacancies) matcher.addVacancy({ ...v, id: `n${v.id}` });
  for (const c of extra.candidates) matcher.addCandidate({ ...c, id: `n${c.id}` });
  return { matcher, previous };
}

describe('reassign', () => {
  it('with infinite stickiness moves nothing that is still possible', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9 }), (every) => {
        const { matcher, previous } = changed(every);
        const next = reassign(previous, matcher, { stickiness: Number.POSITIVE_INFINITY, k: 30 });
        expect(next.counts.moved).toBe(0);
        expect(next.counts.unplaced).toBe(0);
        for (const ch of next.changes) {
          if (ch.change === 'released') expect(ch.reason).toMatch(/niet meer|minder plaatsen|ondergrens/);
        }
        const before = new Map(previous.placements.map((p) => [p.candidateId, p.vacancyId]));
        for (const ch of next.changes.filter((c) => c.change === 'kept'))
          expect(before.get(ch.candidateId)).toBe(ch.to);
      }),
      { numRuns: 8 },
    );
  });

  it('with zero stickiness equals a fresh optimal assignment', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9 }), (every) => {
        const { matcher, previous } = changed(every);
        const next = reassign(previous, matcher, { stickiness: 0, k: 30 });
        const fresh = assign(matcher, { k: 30 });
        expect(next.totalScore).toBeCloseTo(fresh.totalScore, 9);
        expect(next.placements.map((p) => [p.candidateId, p.vacancyId])).toEqual(
          fresh.placements.map((p) => [p.candidateId, p.vacancyId]),
        );
      }),
      { numRuns: 8 },
    );
  });

  it('a larger stickiness never moves more placements and never gains total score', () => {
    const { matcher, previous } = changed(4);
    let movedBefore = Number.POSITIVE_INFINITY;
    let scoreBefore = Number.POSITIVE_INFINITY;
    for (const stickiness of [0, 0.05, 0.2, 1, Number.POSITIVE_INFINITY]) {
      const next = reassign(previous, matcher, { stickiness, k: 30 });
      expect(next.counts.moved).toBeLessThanOrEqual(movedBefore);
      expect(next.totalScore).toBeLessThanOrEqual(scoreBefore + 1e-9);
      movedBefore = next.counts.moved;
      scoreBefore = next.totalScore;
      for (const ch of next.changes) expect(ch.reason.length).toBeGreaterThan(5);
    }
  });

  it('rejects a negative stickiness', () => {
    const matcher = createMatcher(region);
    const previous = assign(matcher, { k: 5 });
    expect(() => reassign(previous, matcher, { stickiness: -1 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
