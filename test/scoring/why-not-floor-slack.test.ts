import { type CandidateInput, createMatcher } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import {
  cashier,
  east,
  expectSizedRight,
  misses,
  person,
  shop,
  till,
  vacancy,
  why,
} from '../helpers/why-not.js';

// whyNot's skips of a change that cannot reach the floor (`CandidateRun.below`,
// src/scoring/why-not/candidate-run.ts, and the changed job's bound in `Probe.dropped` and
// `Probe.evaluateChanged`, probe.ts), issue 20: the slack is taken off the floor, never added to it,
// so a change whose pair scores exactly the floor (its bound equal to its score) is still sized.

describe('whyNot: a change scoring exactly the least score', () => {
  // Capability alone weighs: the score is the capability component, 1 without limitations, and the
  // opening bound (every component but commute and preferences at 1; those two weigh 0) is 1 as well.
  const weights = { capability: 1, skills: 0, commute: 0, hours: 0, economics: 0, preferences: 0 };
  const free: CandidateInput = { ...person, capabilities: {} };
  const far = till('v-far', { location: east });

  it('is proposed at minScore 1: 10 km more, score 1, gain 1', () => {
    // ~20 km east (19.75 km), a limit of 10 km: ⌈19.75 − 10⌉ = 10 km more; the pair then fits with
    // score 1 · 1 / 1 = 1 = minScore (the floor while no near miss is known). A skip at
    // `bound < floor + slack` (1 < 1 + 1e-9) would drop it.
    const options = { weights, minScore: 1 };
    const w = why([far], free, options);
    expect(w.tally).toMatchObject({ commute: 1, fits: 0 });
    expect(misses(w)).toEqual([
      ['v-far', 'commute', { kind: 'commute', candidateId: 'c1', extraKm: 10 }, '10 km verder reizen'],
    ]);
    expect(w.nearMisses.map((n) => [n.score, n.gain])).toEqual([[1, 1]]);
    expectSizedRight({ candidates: [free], vacancies: [far] }, options, w);
  });

  it('the same near miss at any least score up to 1', () => {
    for (const minScore of [0, 0.5, 1 - 1e-9, 1]) {
      const w = createMatcher({ candidates: [free], vacancies: [far] }, { weights, minScore }).whyNot('c1');
      expect(w.nearMisses.map((n) => [n.vacancyId, n.change.kind, n.score])).toEqual([
        ['v-far', 'commute', 1],
      ]);
    }
  });

  it('a dropped task and an adaptation scoring exactly minScore 1 are proposed', () => {
    const options = { weights, minScore: 1, carving: false as const };
    // Three tills of 8 h, 24 h, for 12–20 h: shut by hours; dropping one leaves 16 h, score 1. The
    // hours window up to 24 h scores 1 as well and comes after the dropped task (the order of kinds);
    // a changed-job bound skipped at `floor + slack` pruned the drop and left the window.
    const three = vacancy('v-24', [cashier('a', 8), cashier('b', 8), cashier('c', 8)]);
    const dropped = why([three], free, options);
    expect(dropped.tally).toMatchObject({ hours: 1 });
    expect(dropped.nearMisses.map((n) => [n.change, n.score])).toEqual([
      [{ kind: 'dropTask', vacancyId: 'v-24', taskId: 'a', hoursPerWeek: 8 }, 1],
    ]);
    // The shop's shelf task asks IV.13 at 1, over code 2: shut by capability; the lifting aid lifts it
    // and nothing else is limited: capability 1, score 1.
    const lifter: CandidateInput = { ...person, capabilities: { 'IV.13': 2 } };
    const adapted = why([shop], lifter, options);
    expect(adapted.tally).toMatchObject({ capability: 1 });
    expect(adapted.nearMisses.map((n) => [n.change, n.score])).toEqual([
      [{ kind: 'adaptation', vacancyId: 'v-shop', taskId: 't1', item: 'IV.13', adaptationId: 'tilhulp' }, 1],
    ]);
    expectSizedRight({ candidates: [lifter], vacancies: [shop] }, options, adapted);
  });
});
