import {
  type CandidateInput,
  createMatcher,
  generateRegion,
  isBanenmatchError,
  type VacancyInput,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../src/advice/apply-change.js';
import { hilversum, huizen, supermarket } from '../helpers/places.js';

// ~20 km east of Hilversum (0.29° of longitude at 52.2° N).
const east = { municipality: 'Amersfoort', lat: 52.2233, lon: 5.1764 + 0.29 };

// A supermarket: shelf stocking lifts ~10 kg (IV.13 code 1), the till needs no lifting.
const shop = supermarket('v-shop');
// A person who lifts ~5 kg (code 2), wants 12–20 hours and travels 10 km.
const person: CandidateInput = {
  id: 'c1',
  targetGroup: 'wajong',
  home: hilversum,
  maxCommuteKm: 10,
  hoursPerWeek: { min: 12, max: 20 },
  capabilities: { 'IV.13': 2 },
  skills: ['afrekenen'],
};
const till = (id: string, extra: Partial<VacancyInput>): VacancyInput => ({
  ...shop,
  id,
  tasks: [{ id: 'k1', kind: 'cashier', hoursPerWeek: 20, demands: {} }],
  ...extra,
});

/** The near misses of `c1` on the input, and the tally. */
function why(vacancies: VacancyInput[], candidate: CandidateInput = person) {
  return createMatcher({ candidates: [candidate], vacancies }).whyNot('c1', { k: 10 });
}

/** `score` on the input with the near miss's change applied. */
function scoreAfter(
  input: { candidates: CandidateInput[]; vacancies: VacancyInput[] },
  miss: { change: never },
) {
  const m = createMatcher(input);
  return createMatcher(applyChange(input, miss.change, { commute: m.options.commute }));
}

describe('matcher.whyNot: the one thing that blocks, named', () => {
  it('one task over one FML item: a lifting aid on that task (the best change of the vacancy)', () => {
    const w = why([shop]);
    expect(w.inReach).toBe(1);
    expect(w.tally).toMatchObject({ fits: 0, capability: 1, capabilityItems: { 'IV.13': 1 } });
    expect(w.summary).toBe('1 vacature binnen bereik; 1 valt af op mogelijkheden (IV.13 tillen 1); 0 passen');
    expect(w.nearMisses).toHaveLength(1);
    const [miss] = w.nearMisses;
    expect(miss!.change).toEqual({
      kind: 'adaptation',
      vacancyId: 'v-shop',
      taskId: 't1',
      item: 'IV.13',
      adaptationId: 'tilhulp',
    });
    expect(miss!.shutBy).toBe('capability');
    expect(miss!.description).toContain('vakken vullen');
    expect(miss!.payers.map((p) => p.who)).toContain('uwv');
    const input = { candidates: [person], vacancies: [shop] };
    const after = scoreAfter(input, miss as never).score('c1', 'v-shop');
    expect(after.excluded).toBe(false);
    expect(after.score).toBeCloseTo(miss!.score, 9);
  });

  it('the item stated as a condition of the whole vacancy: the adaptation on its one task', () => {
    const stated: VacancyInput = {
      ...shop,
      id: 'v-cond',
      conditions: { 'IV.13': 1 },
      tasks: [
        { id: 's1', kind: 'shelf-stocking', description: 'vakken vullen', hoursPerWeek: 20, demands: {} },
      ],
    };
    const [miss] = why([stated]).nearMisses;
    expect(miss!.change).toMatchObject({
      kind: 'adaptation',
      taskId: 's1',
      item: 'IV.13',
      adaptationId: 'tilhulp',
    });
    const after = scoreAfter({ candidates: [person], vacancies: [stated] }, miss as never).score(
      'c1',
      'v-cond',
    );
    expect(after.excluded).toBe(false);
    expect(after.score).toBeCloseTo(miss!.score, 9);
  });

  it('a task no adaptation lifts: dropping that task', () => {
    // Loading: a lifting aid cannot help; the till stays, a core task (never carved on its own).
    const loading: VacancyInput = {
      ...shop,
      id: 'v-load',
      tasks: [
        {
          id: 'l1',
          kind: 'loading',
          description: 'laden en lossen',
          hoursPerWeek: 4,
          demands: { 'IV.13': 0 },
        },
        { id: 'l2', kind: 'cashier', hoursPerWeek: 16, demands: {}, core: true },
      ],
    };
    const w = why([loading]);
    expect(w.tally.capability).toBe(1);
    expect(w.nearMisses.map((n) => n.change)).toEqual([
      { kind: 'dropTask', vacancyId: 'v-load', taskId: 'l1', hoursPerWeek: 4 },
    ]);
  });

  it('the same job at two places: each near miss sized at its own place and wage', () => {
    // The supermarket's job in Huizen (9.5 km), better paid: the changed job is compiled once for both.
    const there: VacancyInput = {
      ...supermarket('v-there'),
      location: huizen,
      wagePerHour: 16,
      occupation: 'vakkenvuller',
    };
    const input = { candidates: [person], vacancies: [shop, there] };
    const both = why([shop, there]).nearMisses;
    expect(both.map((n) => n.vacancyId).sort()).toEqual(['v-shop', 'v-there']);
    expect(both[0]!.score).not.toBe(both[1]!.score);
    for (const v of [shop, there]) {
      const own = both.filter((n) => n.vacancyId === v.id);
      // What a matcher with that vacancy alone says, and what the changed input scores.
      expect(why([v]).nearMisses).toEqual(own);
      const after = scoreAfter(input, own[0] as never).score('c1', v.id);
      expect(after.excluded).toBe(false);
      expect(after.score).toBeCloseTo(own[0]!.score, 9);
    }
  });

  it('too many hours (a vacancy not open to carving): the hours window the job needs', () => {
    const w = why([
      till('v-32', {
        hoursPerWeek: 32,
        carvable: false,
        tasks: [{ id: 'k1', kind: 'cashier', hoursPerWeek: 32, demands: {} }],
      }),
    ]);
    expect(w.tally.hours).toBe(1);
    expect(w.nearMisses.map((n) => n.change)).toEqual([
      { kind: 'hours', candidateId: 'c1', maxHoursPerWeek: 32 },
    ]);
  });

  it('too far: how many km more', () => {
    const w = why([till('v-far', { location: east })]);
    expect(w.tally.commute).toBe(1);
    const [miss] = w.nearMisses;
    expect(miss!.change).toEqual({ kind: 'commute', candidateId: 'c1', extraKm: 10 });
    expect(miss!.description).toBe('10 km verder reizen');
  });

  it('a certificate the core task needs: the training that gives it', () => {
    const w = why([
      till('v-vca', {
        qualification: 'VCA',
        tasks: [{ id: 'k1', kind: 'cashier', hoursPerWeek: 20, demands: {}, core: true }],
      }),
    ]);
    expect(w.tally.qualification).toBe(1);
    expect(w.nearMisses.map((n) => n.change)).toEqual([
      { kind: 'training', candidateId: 'c1', trainingId: 'vca-basis' },
    ]);
    expect(w.nearMisses[0]!.payers.length).toBeGreaterThan(0);
  });

  it('sizing a change of the candidate (hours, a training) leaves its scores as they were', () => {
    const vacancies = [
      till('v-32', {
        hoursPerWeek: 32,
        carvable: false,
        tasks: [{ id: 'k1', kind: 'cashier', hoursPerWeek: 32, demands: {} }],
      }),
      till('v-vca', {
        qualification: 'VCA',
        tasks: [{ id: 'k1', kind: 'cashier', hoursPerWeek: 20, demands: {}, core: true }],
      }),
      till('v-ok', {}),
    ];
    const input = { candidates: [person], vacancies };
    const m = createMatcher(input);
    const fresh = createMatcher(input);
    // Scored first, so the candidate's caches hold its own results when the changed copies are sized.
    for (const v of vacancies) m.score('c1', v.id);
    const w = m.whyNot('c1', { k: 10 });
    expect(w.nearMisses.map((n) => n.change.kind).sort()).toEqual(['hours', 'training']);
    for (const v of vacancies) expect(m.score('c1', v.id)).toEqual(fresh.score('c1', v.id));
    expect(m.rank('c1')).toEqual(fresh.rank('c1'));
    expect(m.whyNot('c1', { k: 10 })).toEqual(w);
  });

  it('says nothing is shut when everything fits, and checks its options', () => {
    const m = createMatcher({ candidates: [person], vacancies: [till('v-ok', {})] });
    const w = m.whyNot('c1');
    expect(w.tally.fits).toBe(1);
    expect(w.nearMisses).toEqual([]);
    expect(w.summary).toBe('1 vacature binnen bereik; 1 past');
    for (const bad of [{ k: -1 }, { k: 1.5 }, { extraKm: -2 }, { extraKm: Number.NaN }]) {
      let error: unknown;
      try {
        m.whyNot('c1', bad);
      } catch (e) {
        error = e;
      }
      expect(isBanenmatchError(error) && error.code === 'INVALID_ARGUMENT').toBe(true);
    }
  });
});

describe('matcher.whyNot on generated regions', () => {
  it('tallies add up to the vacancies in reach; whyNot leaves rank and score as they were', () => {
    const region = generateRegion({ seed: 3, candidates: 40, vacancies: 80 });
    const m = createMatcher(region);
    const before = m.candidates.map((c) => m.rank(c.id, { k: 5 }));
    const all = m.rankAll({ k: 5 });
    for (const c of m.candidates) {
      const { inReach, tally: t } = m.whyNot(c.id);
      expect(t.fits + t.commute + t.capability + t.qualification + t.hours + t.minScore).toBe(inReach);
      expect(t.fits).toBeGreaterThanOrEqual(m.rank(c.id, { k: 1000 }).length);
    }
    expect(m.candidates.map((c) => m.rank(c.id, { k: 5 }))).toEqual(before);
    expect(m.rankAll({ k: 5 })).toEqual(all);
    expect(createMatcher(region).rankAll({ k: 5 })).toEqual(all);
    expect(m.vacancies.map((v) => v.id)).toEqual(region.vacancies.map((v) => v.id));
  });

  it('counts as fits the pairs score ranks, with or without a minimum score, whatever was asked before', () => {
    const region = generateRegion({ seed: 5, candidates: 30, vacancies: 70 });
    for (const minScore of [0, 0.6]) {
      const m = createMatcher(region, { minScore });
      const ids = m.candidates.map((c) => c.id);
      const first = ids.map((id) => m.whyNot(id));
      // Again in reverse, on the same matcher: the caches of the calls before change nothing.
      expect([...ids].reverse().map((id) => m.whyNot(id))).toEqual([...first].reverse());
      first.forEach((w, r) => {
        const fits = m.vacancies.filter((v) => {
          const s = m.score(ids[r]!, v.id);
          return !s.excluded && s.score >= minScore;
        }).length;
        expect(w.tally.fits).toBe(fits);
        // A fresh matcher, which has sized no change yet, says the same.
        if (r % 6 === 0) expect(createMatcher(region, { minScore }).whyNot(ids[r]!)).toEqual(w);
      });
    }
  });

  it('every near miss, applied to a copy of the input, is a match with the stated score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const region = generateRegion({ seed, candidates: 12, vacancies: 30 });
        const m = createMatcher(region);
        for (const c of m.candidates)
          for (const miss of m.whyNot(c.id, { k: 3 }).nearMisses) {
            const changed = applyChange(region, miss.change, { commute: m.options.commute });
            const r = createMatcher(changed).score(c.id, miss.vacancyId);
            expect(r.excluded).toBe(false);
            expect(Math.abs(r.score - miss.score)).toBeLessThanOrEqual(1e-9);
            expect(r.score).toBeGreaterThanOrEqual(m.options.minScore);
          }
      }),
      { numRuns: 6 },
    );
  });
});

describe('matcher.whyNot: records changed in place', () => {
  it('a vacancy changed in place and passed back by updateVacancy: whyNot and rank as on a fresh matcher', () => {
    const region = generateRegion({ seed: 7, candidates: 25, vacancies: 40 });
    const m = createMatcher(region);
    const ids = m.candidates.map((c) => c.id);
    // Changed copies of the vacancies are compiled first, sharing their records' demands objects.
    for (const id of ids) m.whyNot(id, { k: 20 });
    const withTasks = m.vacancies.filter((v) => (v.tasks?.length ?? 0) > 0);
    const [target, donor] = [withTasks[0]!, withTasks[withTasks.length - 1]!];
    expect(target.tasks![0]!.demands).not.toEqual(donor.tasks![0]!.demands);
    // The demands object of the record the matcher handed out, changed in place.
    const demands = target.tasks![0]!.demands as Record<string, unknown>;
    for (const key of Object.keys(demands)) delete demands[key];
    Object.assign(demands, donor.tasks![0]!.demands);
    m.updateVacancy(target);
    const fresh = createMatcher({ candidates: region.candidates, vacancies: m.vacancies });
    for (const id of ids) {
      expect(m.whyNot(id, { k: 20 })).toEqual(fresh.whyNot(id, { k: 20 }));
      expect(m.rank(id, { k: 10 })).toEqual(fresh.rank(id, { k: 10 }));
    }
  });
});

describe('matcher.whyNot: the cap', () => {
  it('the best k are the first k of a longer list (sizing skips only changes that cannot enter)', () => {
    const region = generateRegion({ seed: 2, candidates: 60, vacancies: 90 });
    const m = createMatcher(region);
    for (const c of m.candidates) {
      const long = m.whyNot(c.id, { k: 1000 }).nearMisses;
      expect(m.whyNot(c.id, { k: 3 }).nearMisses).toEqual(long.slice(0, 3));
      for (let r = 1; r < long.length; r++) expect(long[r - 1]!.gain).toBeGreaterThanOrEqual(long[r]!.gain);
    }
  });
});
