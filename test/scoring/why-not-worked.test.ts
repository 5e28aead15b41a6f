import { type CandidateInput, createMatcher, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { huizen, supermarket } from '../helpers/places.js';
import {
  cashier,
  east,
  expectSizedRight,
  gains,
  misses,
  person,
  shop,
  till,
  vacancy,
  why,
} from '../helpers/why-not.js';

// whyNot on small worked inputs (issue 20, mutation testing of src/scoring/why-not/): each rule that
// shuts a vacancy, the one change proposed for it (or none, and why), the order of the near misses,
// their gain, and the tally and Dutch summary word for word. Fast: no generated region. The commute's
// cases are in why-not-commute.test.ts.

describe('whyNot: each rule that shuts, and the one change it proposes', () => {
  const vacancies = [
    till('v-ok'),
    shop,
    // Loading: no adaptation lifts it; the till stays (a core task).
    vacancy('v-load', [
      { id: 'l1', kind: 'loading', hoursPerWeek: 4, demands: { 'IV.13': 0 } },
      cashier('l2', 16, { core: true }),
    ]),
    // One task over two items: no one adaptation, dropping the task (the till alone is below the
    // carving minimum, so no job is carved).
    vacancy('v-two', [
      { id: 'w1', kind: 'shelf-stocking', hoursPerWeek: 4, demands: { 'IV.13': 1, 'IV.14': 1 } },
      cashier('w2', 8),
    ]),
    // Two tasks over the same item: counted once, and no one change.
    vacancy('v-both', [
      { id: 'b1', kind: 'shelf-stocking', hoursPerWeek: 10, demands: { 'IV.13': 1 } },
      { id: 'b2', kind: 'shelf-stocking', hoursPerWeek: 10, demands: { 'IV.13': 1 } },
    ]),
    till('v-far', { location: east }),
    till('v-vca', { qualification: 'VCA', tasks: [cashier('k1', 20, { core: true })] }),
    till('v-32', { hoursPerWeek: 32, carvable: false, tasks: [cashier('k1', 32)] }),
  ];

  it('the tally and its line; the near misses by gain, then vacancy id; who pays', () => {
    const w = why(vacancies);
    expect(w.candidateId).toBe('c1');
    expect(w.inReach).toBe(8);
    expect(w.tally).toEqual({
      fits: 1,
      commute: 1,
      capability: 4,
      qualification: 1,
      hours: 1,
      minScore: 0,
      capabilityItems: { 'IV.13': 4, 'IV.14': 1 },
    });
    expect(w.summary).toBe(
      '8 vacatures binnen bereik; 4 vallen af op mogelijkheden (IV.13 tillen 4, IV.14 dragen 1; een vacature ' +
        'kan op meer items afvallen), 1 op reisafstand, 1 op diploma, 1 op uren; 1 past',
    );
    expect(misses(w)).toEqual([
      [
        'v-32',
        'hours',
        { kind: 'hours', candidateId: 'c1', maxHoursPerWeek: 32 },
        'tot 32 uur per week willen werken',
      ],
      [
        'v-load',
        'capability',
        { kind: 'dropTask', vacancyId: 'v-load', taskId: 'l1', hoursPerWeek: 4 },
        'taak laden en lossen (4 uur per week) overdragen aan een collega',
      ],
      [
        'v-shop',
        'capability',
        { kind: 'adaptation', vacancyId: 'v-shop', taskId: 't1', item: 'IV.13', adaptationId: 'tilhulp' },
        'tilhulp bij taak vakken vullen (IV.13 tillen)',
      ],
      [
        'v-vca',
        'qualification',
        { kind: 'training', candidateId: 'c1', trainingId: 'vca-basis' },
        'VCA basis (Basisveiligheid VCA) halen',
      ],
      [
        'v-two',
        'capability',
        { kind: 'dropTask', vacancyId: 'v-two', taskId: 'w1', hoursPerWeek: 4 },
        'taak vakken vullen (4 uur per week) overdragen aan een collega',
      ],
      ['v-far', 'commute', { kind: 'commute', candidateId: 'c1', extraKm: 10 }, '10 km verder reizen'],
    ]);
    // Nothing is scored today (no minimum score): the gain is the changed pair's score.
    for (const [score, gain] of gains(w)) expect(gain).toBe(score);
    // 0.3 × capability + 0.2 × skills (none: no cashier experience) + 0.15 × commute + 0.1 × hours + 0.25:
    // 1, 0, 1, 1 (20 h or 32 h) → 0.8; v-two without its 4 h: 8 of 12 h, and IV.14, stated by the
    // dropped task only, no longer judged in the changed region (capability 0.95); v-far at its limit.
    const v2 = 0.3 * 0.95 + 0.15 + 0.1 * (8 / 12) + 0.25;
    expect(w.nearMisses.map((n) => n.score)).toEqual(
      [0.8, 0.8, 0.8, 0.8, v2, 0.65].map((x) => expect.closeTo(x, 9)),
    );
    const payers = Object.fromEntries(w.nearMisses.map((n) => [n.vacancyId, n.payers]));
    expect(payers['v-32']).toEqual([]);
    expect(payers['v-load']).toEqual([]);
    expect(payers['v-far']).toEqual([]);
    expect(payers['v-shop']!.map((p) => p.who)).toEqual(['uwv', 'gemeente', 'werkgever']);
    expect(payers['v-shop']![0]).toEqual({
      who: 'uwv',
      basis: 'Wet WIA art. 35 lid 2 onder c; Wajong art. 2:22 (Wajong met arbeidsondersteuning)',
      when: 'WIA-, ZW- of Wajong-klant; meeneembaar, niet algemeen gebruikelijk, boven het drempelbedrag',
    });
    // A training's funders: the instrument with its basis in brackets.
    expect(payers['v-vca']).toEqual([
      {
        who: 'werkgever',
        basis:
          'VCA-diploma voor medewerkers van een VCA-gecertificeerd bedrijf (VCA-stelsel (SSVV): uitvoerende medewerkers halen het diploma kort na indiensttreding)',
        when: 'de werkgever is VCA-gecertificeerd of de opdrachtgever vraagt VCA',
      },
      {
        who: 'gemeente',
        basis:
          'scholing als voorziening gericht op arbeidsinschakeling (Participatiewet art. 10 lid 1, naar de re-integratieverordening (art. 8a))',
        when: 'Participatiewet-klant; of en hoeveel bepaalt de verordening',
      },
    ]);
  });

  it('each near miss scores on the changed input as stated; whyNot changes no score or ranking', () => {
    const input = { candidates: [person], vacancies };
    const m = createMatcher(input);
    for (const v of vacancies) m.score('c1', v.id);
    const w = m.whyNot('c1', { k: 10 });
    expectSizedRight(input, {}, w);
    const fresh = createMatcher(input);
    for (const v of vacancies) expect(m.score('c1', v.id)).toEqual(fresh.score('c1', v.id));
    expect(m.rank('c1')).toEqual(fresh.rank('c1'));
    expect(m.whyNot('c1', { k: 10 })).toEqual(w);
    expect(fresh.whyNot('c1', { k: 10 })).toEqual(w);
  });

  it('the same job at two places: each near miss sized at its own place and wage, and a stated condition', () => {
    // The supermarket's job in Huizen (9.5 km), better paid; and shelf stocking alone, IV.13 stated as
    // a condition of the whole vacancy (its changed job is its own).
    const there: VacancyInput = { ...supermarket('v-there'), location: huizen, wagePerHour: 16 };
    const stated: VacancyInput = {
      ...supermarket('v-cond'),
      conditions: { 'IV.13': 1 },
      tasks: [{ ...supermarket('v-cond').tasks![0]!, hoursPerWeek: 20, demands: {} }],
    };
    const input = { candidates: [person], vacancies: [shop, there, stated] };
    const w = why(input.vacancies);
    expect(w.nearMisses.map((n) => [n.vacancyId, n.change.kind])).toEqual([
      ['v-cond', 'adaptation'],
      ['v-shop', 'adaptation'],
      ['v-there', 'adaptation'],
    ]);
    expect(w.nearMisses[1]!.score).not.toBe(w.nearMisses[2]!.score);
    expectSizedRight(input, {}, w);
    for (const v of input.vacancies)
      expect(why([v]).nearMisses).toEqual(w.nearMisses.filter((n) => n.vacancyId === v.id));
  });

  it('the best k only: the first of the longer list', () => {
    const all = why(vacancies).nearMisses;
    expect(why(vacancies, person, {}, 2).nearMisses).toEqual(all.slice(0, 2));
    expect(why(vacancies, person, {}, 1).nearMisses).toEqual(all.slice(0, 1));
    const none = why(vacancies, person, {}, 0);
    expect(none.nearMisses).toEqual([]);
    expect(none.tally).toEqual(why(vacancies).tally);
  });

  it('the payers of an adaptation are copies: changing one changes no later answer', () => {
    const m = createMatcher({ candidates: [person], vacancies: [shop] });
    const first = m.whyNot('c1');
    first.nearMisses[0]!.payers[0]!.who = 'changed';
    expect(m.whyNot('c1').nearMisses[0]!.payers[0]!.who).toBe('uwv');
  });

  it('a vacancy with one task cannot drop it; a task of 0 h is not dropped; a vacancy closed to carving keeps its tasks', () => {
    const w = why(
      [
        till('v-one', { tasks: [{ id: 'x', kind: 'loading', hoursPerWeek: 20, demands: { 'IV.13': 0 } }] }),
        vacancy('v-zero', [
          { id: 'z', kind: 'loading', hoursPerWeek: 0, demands: { 'IV.13': 0 } },
          cashier('k1', 20),
        ]),
        vacancy(
          'v-closed',
          [{ id: 'l1', kind: 'loading', hoursPerWeek: 4, demands: { 'IV.13': 0 } }, cashier('l2', 16)],
          { carvable: false },
        ),
      ],
      person,
      { carving: false },
    );
    expect(w.tally).toMatchObject({ capability: 3, capabilityItems: { 'IV.13': 3 } });
    expect(w.nearMisses).toEqual([]);
  });
});

describe('whyNot: too many hours', () => {
  // At most 16 h wished, and the FML caps the week at 20 h (VI.3 code 3).
  const capped: CandidateInput = {
    ...person,
    hoursPerWeek: { min: 12, max: 16 },
    capabilities: { 'VI.3': 3 },
    skills: [],
  };

  it('a wider window up to what the FML allows; else dropping a task that brings the job within the most hours', () => {
    const vacancies = [
      // 20 h: exactly the FML's most, so a window up to 20 h is proposed.
      vacancy('v-20', [cashier('k1', 20)], { carvable: false }),
      // 21 h: above it, and one task: nothing.
      vacancy('v-21', [cashier('k1', 21)], { carvable: false }),
      // 26 h: dropping the 10 h task leaves exactly 16 h; dropping the 16 h task leaves 10 h.
      vacancy('v-26', [cashier('a', 10), cashier('b', 16)]),
      // Closed to carving: no task dropped.
      vacancy('v-30', [cashier('a', 20), cashier('b', 10)], { carvable: false }),
    ];
    const w = why(vacancies, capped, { carving: false });
    expectSizedRight({ candidates: [capped], vacancies }, { carving: false }, w);
    expect(w.tally).toMatchObject({ hours: 4, fits: 0 });
    expect(w.summary).toBe('4 vacatures binnen bereik; 4 vallen af op uren; 0 passen');
    expect(misses(w)).toEqual([
      [
        'v-20',
        'hours',
        { kind: 'hours', candidateId: 'c1', maxHoursPerWeek: 20 },
        'tot 20 uur per week willen werken',
      ],
      [
        'v-26',
        'hours',
        { kind: 'dropTask', vacancyId: 'v-26', taskId: 'a', hoursPerWeek: 10 },
        'taak kassawerk (10 uur per week) overdragen aan een collega',
      ],
    ]);
  });
});

describe('whyNot: below the minimum score', () => {
  const vacancies = [
    // 16 h: 'afrekenen' missing (written with a leading space and a capital), 'kassa bedienen' known.
    till('v-a', {
      hoursPerWeek: 16,
      tasks: [cashier('a', 16, { skills: [' Afrekenen', 'kassa bedienen'] })],
    }),
    // 8 h, below the 12 h wished: more hours.
    till('v-b', { hoursPerWeek: 8, tasks: [cashier('a', 8, { skills: ['kassa bedienen'] })] }),
    // 8 h and no skill known: one training or more hours is not enough.
    till('v-c', { hoursPerWeek: 8, tasks: [cashier('a', 8, { skills: ['Afrekenen', 'Schoonmaken'] })] }),
  ];
  const known: CandidateInput = { ...person, capabilities: {}, skills: ['Kassa bedienen'] };

  it('a training for a missing skill, or a window from the job’s hours; the gain above today’s score', () => {
    const m = createMatcher({ candidates: [known], vacancies }, { minScore: 0.88 });
    const today = vacancies.map((v) => m.score('c1', v.id).score);
    // 0.3 (capability 1: no item stated) + 0.2 × skills + 0.15 + 0.1 × hours + 0.15 + 0.1.
    expect(today).toEqual(
      [0.3 + 0.2 / 3 + 0.5, 0.3 + 0.1 + 0.15 + 0.1 / 1.5 + 0.25, 0.3 + 0.4 + 0.2 / 3].map((x) =>
        expect.closeTo(x, 9),
      ),
    );
    const w = m.whyNot('c1', { k: 10 });
    expectSizedRight({ candidates: [known], vacancies }, { minScore: 0.88 }, w);
    expect(w.tally).toMatchObject({ minScore: 3, fits: 0 });
    expect(w.summary).toBe('3 vacatures binnen bereik; 3 vallen af op de minimumscore; 0 passen');
    expect(misses(w)).toEqual([
      [
        'v-a',
        'minScore',
        { kind: 'training', candidateId: 'c1', trainingId: 'kassatraining', skill: 'afrekenen' },
        'kassatraining halen (voor afrekenen)',
      ],
      [
        'v-b',
        'minScore',
        { kind: 'hours', candidateId: 'c1', minHoursPerWeek: 8 },
        'minimaal 8 uur per week willen werken',
      ],
    ]);
    // v-a: skills 1/3 → 2/3 (+0.2/3); v-b: hours 8/12 → 1 (+0.1/3).
    expect(gains(w)).toEqual([
      [expect.closeTo(today[0]! + 0.2 / 3), expect.closeTo(0.2 / 3)],
      [expect.closeTo(today[1]! + 0.1 / 3), expect.closeTo(0.1 / 3)],
    ]);
    expect(w.nearMisses[0]!.payers.map((p) => p.who)).toEqual(['werkgever', 'gemeente']);
  });

  it('a pair exactly at the minimum score fits; a near miss exactly at it is kept', () => {
    const first = createMatcher({ candidates: [known], vacancies }, { minScore: 0.88 }).whyNot('c1');
    const atA = createMatcher({ candidates: [known], vacancies }, { minScore: first.nearMisses[0]!.score });
    expect(atA.whyNot('c1').tally).toMatchObject({ fits: 0, minScore: 3 });
    expect(atA.whyNot('c1').nearMisses.map((n) => n.vacancyId)).toEqual(['v-a']);
    const score = createMatcher({ candidates: [known], vacancies }).score('c1', 'v-a').score;
    const at = createMatcher({ candidates: [known], vacancies }, { minScore: score }).whyNot('c1');
    expect(at.tally).toMatchObject({ fits: 2, minScore: 1 });
  });

  it('at a minimum score every pair reaches, all fit; at 0 no pair is scored below it', () => {
    for (const minScore of [0, 0.75]) {
      const w = createMatcher({ candidates: [known], vacancies }, { minScore }).whyNot('c1');
      expect(w.tally).toMatchObject({ fits: 3, minScore: 0 });
      expect(w.nearMisses).toEqual([]);
    }
  });
});
