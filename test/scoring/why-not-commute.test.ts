import { type CandidateInput, createMatcher } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { hilversum } from '../helpers/places.js';
import { expectSizedRight, misses, person, till, why } from '../helpers/why-not.js';

// whyNot's commute near misses on small worked inputs (issue 20, mutation testing of
// src/scoring/why-not/): how many km more, the 300 km cap, the rounding at the limit, the reach.

describe('whyNot: too far', () => {
  // From the south (50.8° N) to vacancies due north: 290.2, 299.5 and 300.5 km; a commute limit of 290 km.
  const R = 6371.0088;
  const south = { municipality: 'Maastricht', lat: 50.8, lon: 5.7 };
  const north = (km: number) => ({
    municipality: 'Groningen',
    lat: 50.8 + ((km / R) * 180) / Math.PI,
    lon: 5.7,
  });
  const far: CandidateInput = { ...person, home: south, maxCommuteKm: 290, capabilities: {} };
  const vacancies = [
    till('v-290', { location: north(290.2) }),
    till('v-299', { location: north(299.5) }),
    till('v-300', { location: north(300.5) }),
  ];

  it('the whole km more, at least 1; never a limit past 300 km', () => {
    const w = createMatcher({ candidates: [far], vacancies }).whyNot('c1', { k: 10, extraKm: 20 });
    expectSizedRight({ candidates: [far], vacancies }, {}, w);
    expect(w.tally).toMatchObject({ commute: 3 });
    expect(misses(w)).toEqual([
      ['v-290', 'commute', { kind: 'commute', candidateId: 'c1', extraKm: 1 }, '1 km verder reizen'],
      ['v-299', 'commute', { kind: 'commute', candidateId: 'c1', extraKm: 10 }, '10 km verder reizen'],
    ]);
  });

  it('one km more where the whole km rounds down at the limit', () => {
    // 41 km due east of Hilversum (found by search): the distance from the unit vectors gives 31 km
    // past the 10 km limit, but a limit of 41 km leaves the pair just outside, so 32 km more.
    const v = till('v-41', { location: { ...hilversum, lon: hilversum.lon + 0.6019115727497071 } });
    const home: CandidateInput = { ...person, capabilities: {} };
    const w = createMatcher({ candidates: [home], vacancies: [v] }).whyNot('c1', { extraKm: 40 });
    expect(misses(w)).toEqual([
      ['v-41', 'commute', { kind: 'commute', candidateId: 'c1', extraKm: 32 }, '32 km verder reizen'],
    ]);
  });

  it('a vacancy at home with a commute limit of 0 km is within it', () => {
    const home: CandidateInput = { ...person, maxCommuteKm: 0, capabilities: {} };
    const w = why([till('v-home')], home);
    expect(w.summary).toBe('1 vacature binnen bereik; 1 past');
    // Also with no extra km: the reach is the limit, and a vacancy exactly at it is in reach.
    const m = createMatcher({ candidates: [home], vacancies: [till('v-home')] });
    expect(m.whyNot('c1', { extraKm: 0 }).inReach).toBe(1);
  });

  it('more vacancies in reach than the first room (256) holds: every one counted', () => {
    const many = Array.from({ length: 300 }, (_, i) => till(`v${String(i).padStart(3, '0')}`));
    const w = why(many);
    expect(w.summary).toBe('300 vacatures binnen bereik; 300 passen');
  });

  it('only the vacancies within the limit and the extra km are in reach', () => {
    const m = createMatcher({ candidates: [far], vacancies });
    expect(m.whyNot('c1', { extraKm: 0 }).summary).toBe('0 vacatures binnen bereik; 0 passen');
    expect(m.whyNot('c1', { extraKm: 9.6 }).inReach).toBe(2);
  });
});
