import { createMatcher, generateRegion } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The explanation remembers per candidate the readable FML comparison per demand class and the marks on
// its skills, and per skill signature the order of its skills; rankAll explains its pairs candidate by
// candidate. An explanation must not depend on which pairs were explained before it.

describe('explanations do not depend on the order pairs are explained in', () => {
  const region = generateRegion({ seed: 7, candidates: 120, vacancies: 200 });

  it('rankAll gives each listed pair the result score gives it on a fresh matcher', () => {
    const ranked = createMatcher(region).rankAll({ k: 5 });
    const fresh = createMatcher(region);
    const seen = [...ranked.byCandidate.flat(), ...ranked.byVacancy.flat()];
    expect(seen.length).toBeGreaterThan(100);
    // Every other pair, from the last: a different candidate after each, and back again.
    for (let r = seen.length - 1; r >= 0; r -= 2) {
      const m = seen[r]!;
      expect(fresh.score(m.candidateId, m.vacancyId)).toEqual(m);
    }
  });

  it("reads the same for a pair explained again after other candidates' pairs", () => {
    const m = createMatcher(region);
    const ids = m.candidates.slice(0, 30).map((c) => c.id);
    const v = m.vacancies.map((x) => x.id);
    const first = ids.map((c, i) => m.score(c, v[i % v.length]!));
    // Other pairs of other candidates in between, in reverse order.
    for (let i = ids.length - 1; i >= 0; i--) m.score(ids[i]!, v[(i + 7) % v.length]!);
    const again = ids.map((c, i) => m.score(c, v[i % v.length]!));
    expect(again).toEqual(first);
  });

  it('writes the texts of a rankAll afresh: an updated candidate reads its new hours after a ranking', () => {
    const m = createMatcher(region);
    const first = m.rankAll({ k: 5 });
    const listed = first.byCandidate.find((l) => l.length > 0)![0]!;
    const c = m.candidates.find((x) => x.id === listed.candidateId)!;
    m.updateCandidate({ ...c, hoursPerWeek: { ...c.hoursPerWeek, min: 0 } } as typeof c);
    const again = m.rankAll({ k: 5 });
    const mine = again.byCandidate.flat().filter((x) => x.candidateId === c.id);
    for (const x of mine) expect(x).toEqual(m.score(x.candidateId, x.vacancyId));
    expect(
      mine.some((x) => x.components.find((k) => k.name === 'hours')!.reason.includes('past in 0–')),
    ).toBe(true);
  });
});
