import { type CandidateInput, createMatcher, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../src/advice/apply-change.js';
import { cashier, east, expectSizedRight, misses, person, till, vacancy, why } from '../helpers/why-not.js';

// whyNot's CandidateRun outside `kept` … `capability` (src/scoring/why-not/candidate-run.ts, issue 20):
// the bound cache's start, the FML hours cap, the keys that merge a change named by several vacancies,
// the carvable flag of a dropped task, and the skip of a candidate change none of whose pairs can reach
// the floor. Each case fails on the mutant named with it (applied by hand).

/** A vacancy of one till task of `hours` hours, not open to carving (so hours shut it whole). */
const whole = (id: string, hours: number, extra: Partial<VacancyInput> = {}): VacancyInput =>
  till(id, { hoursPerWeek: hours, carvable: false, tasks: [cashier('k1', hours)], ...extra });
const hoursWindow = (maxHoursPerWeek: number) => ({ kind: 'hours', candidateId: 'c1', maxHoursPerWeek });

describe('whyNot: the candidate run', () => {
  it('the first vacancy asked about the floor is vacancy 1: its bound is computed, not the initial 0', () => {
    // v-ok (vacancy 0) fits and is never asked; v-far (vacancy 1, ~20 km east, limit 10 km) is the first
    // `below` sees. A cache starting at vacancy 1 would read bound 0 < minScore 0.5 and skip it.
    const vacancies = [till('v-ok'), till('v-far', { location: east })];
    const w = why(vacancies, person, { minScore: 0.5 });
    expect(w.tally).toMatchObject({ fits: 1, commute: 1 });
    expect(misses(w)).toEqual([
      ['v-far', 'commute', { kind: 'commute', candidateId: 'c1', extraKm: 10 }, '10 km verder reizen'],
    ]);
    expectSizedRight({ candidates: [person], vacancies }, { minScore: 0.5 }, w);
  });

  it('the FML caps: 8 h a day allows 40 h a week, so a 24 h job gets a wider window', () => {
    // VI.2 code 1: 8 h a day × 5 days = 40 h ≥ 24 h (8 / 5 = 1.6 h would offer nothing).
    const daily: CandidateInput = { ...person, capabilities: { 'VI.2': 1 } };
    const vacancies = [whole('v-24', 24)];
    const w = why(vacancies, daily);
    expect(w.tally).toMatchObject({ hours: 1 });
    expect(w.nearMisses.map((n) => n.change)).toEqual([hoursWindow(24)]);
    expectSizedRight({ candidates: [daily], vacancies }, {}, w);
  });

  it('no window above the FML cap: a 24 h job open to carving gets the cap, 20 h by VI.3, carved to fit', () => {
    // Wants up to 10.1 h (off the quarter-hour grid: the whole job at 10 h is below the 10.1 h floor,
    // so hours shut it). A window of 24 h would be advice to want more than the FML allows (VI.3
    // code 3: at most 20 h a week); a window up to the cap, 20 h, lets carving offer the job at 20 h.
    const capped: CandidateInput = {
      ...person,
      capabilities: { 'VI.3': 3 },
      hoursPerWeek: { min: 0, max: 10.1 },
    };
    const vacancies = [till('v-24', { hoursPerWeek: 24, tasks: [cashier('k1', 24)] })];
    const w = why(vacancies, capped);
    expect(w.tally).toMatchObject({ hours: 1, fits: 0 });
    expect(misses(w)).toEqual([['v-24', 'hours', hoursWindow(20), 'tot 20 uur per week willen werken']]);
    expectSizedRight({ candidates: [capped], vacancies }, {}, w);
    const after = createMatcher(
      applyChange({ candidates: [capped], vacancies }, w.nearMisses[0]!.change),
    ).score('c1', 'v-24');
    expect(after).toMatchObject({ excluded: false, hoursPerWeek: 20 });
  });

  it('no window above the FML cap for a job not open to carving: nothing is proposed', () => {
    // The same candidate and job, but the job is taken whole or not at all: no window within the
    // FML's 20 h can hold 24 h (one task: nothing to drop).
    const capped: CandidateInput = {
      ...person,
      capabilities: { 'VI.3': 3 },
      hoursPerWeek: { min: 0, max: 10.1 },
    };
    const w = why([whole('v-24', 24)], capped);
    expect(w.tally).toMatchObject({ hours: 1, fits: 0 });
    expect(w.nearMisses).toEqual([]);
  });

  it('each qualification its own training (five vacancies, five layouts)', () => {
    // The trainings are remembered per qualification, read from each job layout's header: a key read
    // elsewhere (another row, or a fraction of the row: undefined) would give two of them one list.
    const core = [cashier('k1', 20, { core: true })];
    const asks = (id: string, qualification: string) => till(id, { qualification, tasks: core });
    const vacancies = [
      asks('v-vca', 'VCA'),
      asks('v-bhv', 'BHV'),
      asks('v-haccp', 'HACCP'),
      asks('v-heftruck', 'heftruckcertificaat'),
      asks('v-rijbewijs', 'rijbewijs B'),
    ];
    const w = why(vacancies);
    expect(w.tally).toMatchObject({ qualification: 5 });
    const training = (trainingId: string) => ({ kind: 'training', candidateId: 'c1', trainingId });
    expect(w.nearMisses.map((n) => [n.vacancyId, n.change])).toEqual([
      ['v-bhv', training('bhv')],
      ['v-haccp', training('hygienecode')],
      ['v-heftruck', training('heftruckcertificaat')],
      ['v-rijbewijs', training('rijbewijs-b')],
      ['v-vca', training('vca-basis')],
    ]);
    expectSizedRight({ candidates: [person], vacancies }, {}, w);
  });

  it('each job’s hours its own window: 24 h and 32 h', () => {
    const vacancies = [whole('v-24', 24), whole('v-32', 32)];
    const w = why(vacancies);
    expect(w.tally).toMatchObject({ hours: 2 });
    expect(w.nearMisses.map((n) => [n.vacancyId, n.change])).toEqual([
      ['v-24', hoursWindow(24)],
      ['v-32', hoursWindow(32)],
    ]);
    expectSizedRight({ candidates: [person], vacancies }, {}, w);
  });

  describe('below the least score (0.88)', () => {
    const known: CandidateInput = { ...person, capabilities: {}, skills: ['Kassa bedienen'] };
    const options = { minScore: 0.88 };

    it('each job’s hours its own lower minimum: 8 h and 6 h', () => {
      const short = (id: string, hours: number) =>
        till(id, { hoursPerWeek: hours, tasks: [cashier('a', hours, { skills: ['kassa bedienen'] })] });
      const vacancies = [short('v-8', 8), short('v-6', 6)];
      const w = createMatcher({ candidates: [known], vacancies }, options).whyNot('c1');
      expect(w.tally).toMatchObject({ minScore: 2 });
      expect(w.nearMisses.map((n) => [n.vacancyId, n.change])).toEqual(
        expect.arrayContaining([
          ['v-8', { kind: 'hours', candidateId: 'c1', minHoursPerWeek: 8 }],
          ['v-6', { kind: 'hours', candidateId: 'c1', minHoursPerWeek: 6 }],
        ]),
      );
      expect(w.nearMisses).toHaveLength(2);
      expectSizedRight({ candidates: [known], vacancies }, options, w);
    });

    it('each missing skill its own training: afrekenen and schoonmaken', () => {
      const skilled = (id: string, skill: string) =>
        till(id, { hoursPerWeek: 16, tasks: [cashier('a', 16, { skills: [skill, 'kassa bedienen'] })] });
      const vacancies = [skilled('v-a', 'Afrekenen'), skilled('v-s', 'Schoonmaken')];
      const w = createMatcher({ candidates: [known], vacancies }, options).whyNot('c1');
      expect(w.tally).toMatchObject({ minScore: 2 });
      expect(w.nearMisses.map((n) => [n.vacancyId, n.change])).toEqual([
        ['v-a', { kind: 'training', candidateId: 'c1', trainingId: 'kassatraining', skill: 'afrekenen' }],
        [
          'v-s',
          {
            kind: 'training',
            candidateId: 'c1',
            trainingId: 'basisopleiding-schoonmaken',
            skill: 'schoonmaken',
          },
        ],
      ]);
      expectSizedRight({ candidates: [known], vacancies }, options, w);
    });

    it('a skill the candidate has is not missing, even named first by the task', () => {
      // 'kassa bedienen' (known) and 'afrekenen' both lead to kassatraining; the change is named for
      // the missing one only, whatever the task's order.
      const vacancies = [
        till('v-k', {
          hoursPerWeek: 16,
          tasks: [cashier('a', 16, { skills: ['kassa bedienen', 'Afrekenen'] })],
        }),
      ];
      const w = createMatcher({ candidates: [known], vacancies }, options).whyNot('c1');
      expect(w.nearMisses.map((n) => n.change)).toEqual([
        { kind: 'training', candidateId: 'c1', trainingId: 'kassatraining', skill: 'afrekenen' },
      ]);
    });
  });

  it('no task dropped from a vacancy not open to carving', () => {
    // As whyNot's worked v-load (loading over IV.13, no adaptation lifts it), but not carvable: the
    // loading task may not be handed to a colleague, so nothing is proposed (`dropTask`'s test, and
    // `applyChange`'s refusal behind it).
    const tasks = [
      { id: 'l1', kind: 'loading', hoursPerWeek: 4, demands: { 'IV.13': 0 } },
      cashier('l2', 16, { core: true }),
    ];
    expect(why([vacancy('v-load', tasks, { carvable: false })]).nearMisses).toEqual([]);
    expect(why([vacancy('v-load', tasks)]).nearMisses.map((n) => n.change)).toEqual([
      { kind: 'dropTask', vacancyId: 'v-load', taskId: 'l1', hoursPerWeek: 4 },
    ]);
  });

  it('a window two vacancies share is sized when one of them can reach the floor', () => {
    // Two 24 h jobs, one at home, one ~9 km east (within the 10 km limit): the same window of 24 h.
    // Skills weigh 0, so the opening bound is the changed pair's score but for the economics (below 1
    // at both): at home 0.9625, the other's bound about 0.89, below minScore 0.9. The window is sized
    // for the pair at home; skipping it unless every pair can reach the floor would propose nothing.
    const near = { ...east, lon: east.lon - 0.16 };
    const vacancies = [whole('v-home', 24), whole('v-near', 24, { location: near })];
    const options = { weights: { skills: 0 }, minScore: 0.9 };
    const w = why(vacancies, person, options);
    expect(w.tally).toMatchObject({ hours: 2 });
    expect(w.nearMisses.map((n) => [n.vacancyId, n.change])).toEqual([['v-home', hoursWindow(24)]]);
    expectSizedRight({ candidates: [person], vacancies }, options, w);
  });

  it('a window scoring exactly the least score 1 is sized (the slack is taken off the floor)', () => {
    // Capability alone weighs (the opening bound is then 1, the score of a free candidate 1).
    const weights = { capability: 1, skills: 0, commute: 0, hours: 0, economics: 0, preferences: 0 };
    const free: CandidateInput = { ...person, capabilities: {} };
    const options = { weights, minScore: 1 };
    const w = why([whole('v-24', 24)], free, options);
    expect(w.nearMisses.map((n) => [n.change, n.score])).toEqual([[hoursWindow(24), 1]]);
  });
});
