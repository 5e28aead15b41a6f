import { assign, assignInParallel, createMatcher, generateRegion, isBanenmatchError } from 'banenmatch';
import { describe, expect, it } from 'vitest';

describe('assign({ whyUnplaced: true })', () => {
  const region = generateRegion({ seed: 11, candidates: 60, vacancies: 40 });
  const matcher = createMatcher(region);

  it('gives every unplaced candidate its tally and best three near misses, the rest unchanged', () => {
    const plain = assign(matcher);
    const why = assign(matcher, { whyUnplaced: true });
    expect(why.unplaced.length).toBeGreaterThan(0);
    expect(why.placements).toEqual(plain.placements);
    expect(why.unplaced.map(({ candidateId, reason }) => ({ candidateId, reason }))).toEqual(plain.unplaced);
    for (const u of plain.unplaced) expect(Object.keys(u)).toEqual(['candidateId', 'reason']);
    for (const u of why.unplaced) {
      const w = matcher.whyNot(u.candidateId, { k: 3 });
      expect(u.summary).toBe(w.summary);
      expect(u.tally).toEqual(w.tally);
      expect(u.nearMisses).toEqual(w.nearMisses);
      expect(u.nearMisses!.length).toBeLessThanOrEqual(3);
    }
  });

  it('is refused by assignInParallel, whose workers hold parts of the region', async () => {
    let error: unknown;
    try {
      await assignInParallel(region, { whyUnplaced: true, workers: 1 });
    } catch (e) {
      error = e;
    }
    expect(isBanenmatchError(error) && error.code === 'INVALID_ARGUMENT').toBe(true);
  });
});
