import { createMatcher, generateRegion } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../src/advice/apply-change.js';

// whyNot sizes each change on the engine itself (src/scoring/why-not/probe.ts: a longer commute limit
// written over the candidate's column, a changed candidate over its columns, a changed vacancy compiled
// once and shared by the vacancies of the same job): every near miss must score as the matcher built on
// the input with the change applied, and the caches one candidate leaves must change no other's answer.
// A small region, so that the file runs in seconds (issue 20, mutation testing).

const region = generateRegion({ seed: 4, candidates: 12, vacancies: 30 });

describe('whyNot on a small region against rebuilt matchers (oracle)', () => {
  it('every near miss, applied to a copy of the input, is a match with the stated score', () => {
    const m = createMatcher(region);
    const kinds = new Map<string, number>();
    for (const c of m.candidates) {
      for (const miss of m.whyNot(c.id, { k: 3 }).nearMisses) {
        kinds.set(miss.change.kind, (kinds.get(miss.change.kind) ?? 0) + 1);
        const changed = applyChange(region, miss.change, { commute: m.options.commute });
        const r = createMatcher(changed).score(c.id, miss.vacancyId);
        expect(r.excluded).toBe(false);
        expect(r.score).toBeCloseTo(miss.score, 9);
      }
    }
    // Every change the engine sizes in place but a training (worked in why-not-worked.test.ts).
    expect([...kinds.keys()].sort()).toEqual(['adaptation', 'commute', 'dropTask', 'hours']);
  });

  it('each candidate’s answer on one matcher, after the others’, is a fresh matcher’s', () => {
    const m = createMatcher(region);
    const ids = m.candidates.map((c) => c.id);
    const first = ids.map((id) => m.whyNot(id, { k: 6 }));
    ids.forEach((id, r) => {
      expect(createMatcher(region).whyNot(id, { k: 6 })).toEqual(first[r]);
    });
    // Scores and rankings as they were.
    expect(m.rankAll({ k: 3 })).toEqual(createMatcher(region).rankAll({ k: 3 }));
  });
});
