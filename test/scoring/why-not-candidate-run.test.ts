import { type CandidateInput, createMatcher } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { huizen } from '../helpers/places.js';
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

// whyNot's per-candidate sizing (src/scoring/why-not/candidate-run.ts), the three cases the mutation
// run of session 13 found untested (issue 20): the tie between one vacancy's equal changes, a job shape
// another candidate was shut out of, and an adaptation whose pair still scores below the least score.

describe('whyNot: the cases between the rules', () => {
  it('of one vacancy’s equal changes, the first tried is proposed (three tasks of 8 h, any one dropped)', () => {
    // At most 16 h wished and the FML's most 20 h (VI.3 code 3): 24 h is too many, the window up to 24 h
    // past the FML; dropping any one of three equal tasks leaves 16 h, the same score.
    const capped: CandidateInput = {
      ...person,
      hoursPerWeek: { min: 12, max: 16 },
      capabilities: { 'VI.3': 3 },
    };
    const w = why([vacancy('v-24', [cashier('a', 8), cashier('b', 8), cashier('c', 8)])], capped, {
      carving: false,
    });
    expect(misses(w)).toEqual([
      [
        'v-24',
        'hours',
        { kind: 'dropTask', vacancyId: 'v-24', taskId: 'a', hoursPerWeek: 8 },
        'taak kassawerk (8 uur per week) overdragen aan een collega',
      ],
    ]);
  });

  it('a job shape another candidate is shut out of does not shut this one: 10 km more', () => {
    // `lifter` (IV.13 code 2, ~20 km east) is shut out of the job by capability;
    // `able` (no limitations, at Hilversum, 10 km) is shut out by the commute only. The candidate in
    // between is never asked, so each of the two is two indices from the other.
    const lifter: CandidateInput = { ...person, id: 'lifter', home: east };
    const between: CandidateInput = { ...person, id: 'between', home: huizen };
    const able: CandidateInput = { ...person, id: 'able', capabilities: {} };
    // Two tasks over IV.13: no one change for `lifter`, so nothing is sized after its verdict.
    const lifting = { kind: 'shelf-stocking', hoursPerWeek: 10, demands: { 'IV.13': 1 } };
    const far = vacancy(
      'v-east',
      [
        { ...lifting, id: 'b1' },
        { ...lifting, id: 'b2' },
      ],
      { location: east },
    );
    const m = createMatcher({ candidates: [lifter, between, able], vacancies: [far] });
    expect(m.whyNot('lifter')).toMatchObject({ tally: { capability: 1 }, nearMisses: [] });
    const w = m.whyNot('able');
    expect(misses(w)).toEqual([
      ['v-east', 'commute', { kind: 'commute', candidateId: 'able', extraKm: 10 }, '10 km verder reizen'],
    ]);
    expect(w).toEqual(
      createMatcher({ candidates: [lifter, between, able], vacancies: [far] }).whyNot('able'),
    );
  });

  it('an adaptation whose pair scores below the least score is not proposed', () => {
    // The lifting aid makes the shop fit at 0.785 (alone, the shop's region judges fewer items), below 0.79.
    const w = why([shop], person, { minScore: 0.79 });
    expect(w.tally).toMatchObject({ capability: 1, fits: 0 });
    expect(w.nearMisses).toEqual([]);
    const at = why([shop], person, { minScore: 0.78 }).nearMisses;
    expect(at.map((n) => [n.change.kind, n.score])).toEqual([['adaptation', expect.closeTo(0.785, 9)]]);
  });

  it('a job shape the candidate met and passed does not shut a farther vacancy of that shape: 10 km more each', () => {
    // Three tills of the same job (one task of 20 h, no demands): one at home, which fits, and two
    // ~20 km east (0.29° of longitude at 52.2° N: 19.8 km; 0.01° further north: 19.8 km), shut by the
    // 10 km limit. Whichever is visited first meets the job's shape (passed, outcome 0); the others
    // must still be sized: ⌈19.8 − 10⌉ = 10 km more each.
    const home = till('v-home');
    const far1 = till('v-east-1', { location: east });
    const far2 = till('v-east-2', { location: { ...east, lat: east.lat + 0.01 } });
    const input = { candidates: [person], vacancies: [home, far1, far2] };
    const w = why(input.vacancies);
    expect(w.tally).toMatchObject({ fits: 1, commute: 2, capability: 0 });
    const commute = (id: string) => [
      id,
      'commute',
      { kind: 'commute', candidateId: 'c1', extraKm: 10 },
      '10 km verder reizen',
    ];
    expect(misses(w).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      commute('v-east-1'),
      commute('v-east-2'),
    ]);
    expectSizedRight(input, {}, w);
    // Each as sized with its vacancy alone, where no other vacancy has met the shape before.
    for (const v of [far1, far2])
      expect(why([v]).nearMisses).toEqual(w.nearMisses.filter((n) => n.vacancyId === v.id));
  });
});
