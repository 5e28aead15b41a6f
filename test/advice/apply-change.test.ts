import {
  type CandidateInput,
  createMatcher,
  generateRegion,
  isBanenmatchError,
  parseVacancies,
  type VacancyInput,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AdviceInput, applyChange } from '../../src/advice/apply-change.js';
import type { NearMissChange } from '../../src/advice/change.js';
import { ADAPTATIONS } from '../../src/catalogue/adaptations.js';
import { TRAININGS } from '../../src/catalogue/trainings.js';
import { hilversum, supermarket } from '../helpers/places.js';

// A supermarket: shelf stocking lifts ~10 kg (IV.13 code 1), the till needs no lifting.
const shop = supermarket('v1');
// A person who lifts ~5 kg (code 2) and wants 12–20 hours.
const person: CandidateInput = {
  id: 'c1',
  targetGroup: 'wajong',
  home: hilversum,
  maxCommuteKm: 10,
  hoursPerWeek: { min: 12, max: 20 },
  capabilities: { 'IV.13': 2 },
  skills: ['afrekenen'],
};
const input: AdviceInput = { candidates: [person], vacancies: [shop] };
const noCarving = { carving: false } as const;

function fits(next: AdviceInput): boolean {
  return !createMatcher(next, noCarving).score('c1', 'v1').excluded;
}

describe('applyChange: worked examples', () => {
  it('a lifting aid on shelf stocking lets a person who lifts ~5 kg do the whole job', () => {
    expect(fits(input)).toBe(false);
    const next = applyChange(input, {
      kind: 'adaptation',
      vacancyId: 'v1',
      taskId: 't1',
      item: 'IV.13',
      adaptationId: 'tilhulp',
    });
    expect(next.vacancies[0]!.tasks![0]!.demands).toEqual({ 'IV.13': 3 });
    expect(next.vacancies[0]!.tasks![1]).toBe(shop.tasks![1]);
    expect(next.candidates[0]).toBe(person);
    expect(fits(next)).toBe(true);
  });

  it('handing shelf stocking to a colleague leaves the till, 6 hours, which the person can do', () => {
    const next = applyChange(input, { kind: 'dropTask', vacancyId: 'v1', taskId: 't1', hoursPerWeek: 14 });
    expect(next.vacancies[0]!.hoursPerWeek).toBe(6);
    expect(next.vacancies[0]!.tasks!.map((t) => t.id)).toEqual(['t2']);
    expect(next.vacancies[0]!.tasks![0]).toBe(shop.tasks![1]);
    expect(fits(next)).toBe(true);
  });

  it('a wider hours window changes one end, keeps the other, and the job then fits', () => {
    const short: AdviceInput = {
      candidates: [{ ...person, capabilities: {}, hoursPerWeek: { min: 12, max: 16 } }],
      vacancies: [shop],
    };
    expect(fits(short)).toBe(false);
    const next = applyChange(short, { kind: 'hours', candidateId: 'c1', maxHoursPerWeek: 20 });
    expect(next.candidates[0]!.hoursPerWeek).toEqual({ min: 12, max: 20 });
    expect(fits(next)).toBe(true);
  });

  it('5 km more brings a vacancy in Huizen (~9.5 km) within reach of a person who travels 5 km', () => {
    const huizen = { municipality: 'Huizen', lat: 52.2992, lon: 5.2417 };
    const far: AdviceInput = {
      candidates: [{ ...person, capabilities: {}, maxCommuteKm: 5 }],
      vacancies: [{ ...shop, location: huizen }],
    };
    expect(fits(far)).toBe(false);
    expect(fits(applyChange(far, { kind: 'commute', candidateId: 'c1', extraKm: 4 }))).toBe(false);
    expect(fits(applyChange(far, { kind: 'commute', candidateId: 'c1', extraKm: 5 }))).toBe(true);
  });

  it('a longer commute adds to the limit that applied: own, default, or the travel-limited default', () => {
    const own = applyChange(input, { kind: 'commute', candidateId: 'c1', extraKm: 4 });
    expect(own.candidates[0]!.maxCommuteKm).toBe(14);
    const { maxCommuteKm: _, ...rest } = person;
    const noLimit: CandidateInput = rest;
    const free = applyChange(
      { candidates: [noLimit], vacancies: [] },
      { kind: 'commute', candidateId: 'c1', extraKm: 4 },
    );
    expect(free.candidates[0]!.maxCommuteKm).toBe(19);
    const limited: CandidateInput = { ...noLimit, capabilities: { 'II.10': 1 } };
    const near = applyChange(
      { candidates: [limited], vacancies: [] },
      { kind: 'commute', candidateId: 'c1', extraKm: 4 },
    );
    expect(near.candidates[0]!.maxCommuteKm).toBe(9);
    const other = applyChange(
      { candidates: [noLimit], vacancies: [] },
      { kind: 'commute', candidateId: 'c1', extraKm: 4 },
      { commute: { defaultKm: 20, travelLimitedKm: 5 } },
    );
    expect(other.candidates[0]!.maxCommuteKm).toBe(24);
  });

  it('a training adds its skills and certificate once', () => {
    const next = applyChange(input, {
      kind: 'training',
      candidateId: 'c1',
      trainingId: 'heftruckcertificaat',
      skill: 'heftruck rijden',
    });
    expect(next.candidates[0]!.skills).toEqual(['afrekenen', 'heftruck rijden', 'heftruckcertificaat']);
    expect(next.candidates[0]!.qualifications).toEqual(['heftruckcertificaat']);
    const again = applyChange(next, {
      kind: 'training',
      candidateId: 'c1',
      trainingId: 'heftruckcertificaat',
    });
    expect(again.candidates[0]!.skills).toEqual(next.candidates[0]!.skills);
    expect(again.candidates[0]!.qualifications).toEqual(['heftruckcertificaat']);
    const kassa = applyChange(input, { kind: 'training', candidateId: 'c1', trainingId: 'kassatraining' });
    expect(kassa.candidates[0]!.skills).toEqual(['afrekenen', 'kassa bedienen']);
  });

  it('an adapted roster on one task survives the vacancy’s own condition on the item', () => {
    const nights: VacancyInput = { ...shop, conditions: { 'VI.1': [] } };
    const next = applyChange(
      { candidates: [], vacancies: [nights] },
      {
        kind: 'adaptation',
        vacancyId: 'v1',
        taskId: 't1',
        item: 'VI.1',
        adaptationId: 'aangepast-rooster',
      },
    );
    const v = next.vacancies[0]!;
    expect(v.conditions).toEqual({});
    expect(v.tasks!.map((t) => t.demands?.['VI.1'])).toEqual([[1, 2], []]);
    const parsed = parseVacancies([v])[0]!;
    expect(parsed.tasks!.map((t) => t.demands['VI.1'])).toEqual([[1, 2], []]);
  });

  it('a vacancy without tasks gets the tasks the matcher derives, then the change', () => {
    const bare: VacancyInput = { ...shop, id: 'v9', occupation: 'schoonmaker', tasks: undefined };
    const derivedIds = createMatcher({ candidates: [], vacancies: [bare] }).vacancies[0]!.tasks!.map(
      (t) => t.id,
    );
    expect(derivedIds).toContain('cleaning');
    const next = applyChange(
      { candidates: [], vacancies: [bare] },
      {
        kind: 'adaptation',
        vacancyId: 'v9',
        taskId: 'cleaning',
        item: 'IV.13',
        adaptationId: 'tilhulp',
      },
    );
    expect(next.vacancies[0]!.tasks!.map((t) => t.id)).toEqual(derivedIds);
    expect(next.vacancies[0]!.tasks!.find((t) => t.id === 'cleaning')!.demands!['IV.13']).toBe(3);
  });
});

describe('applyChange: refusals', () => {
  const code = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (e) {
      return isBanenmatchError(e) ? e.code : 'OTHER';
    }
    return undefined;
  };

  it('names what is missing (NOT_FOUND) and what cannot be done (INVALID_ARGUMENT)', () => {
    const a = {
      kind: 'adaptation',
      vacancyId: 'v1',
      taskId: 't1',
      item: 'IV.13',
      adaptationId: 'tilhulp',
    } as const;
    expect(code(() => applyChange(input, { ...a, vacancyId: 'v0' }))).toBe('NOT_FOUND');
    expect(code(() => applyChange(input, { ...a, taskId: 't0' }))).toBe('NOT_FOUND');
    expect(code(() => applyChange(input, { ...a, adaptationId: 'hoist' }))).toBe('NOT_FOUND');
    expect(code(() => applyChange(input, { ...a, item: 'IV.14' }))).toBe('INVALID_ARGUMENT');
    expect(
      code(() => applyChange(input, { ...a, taskId: 't2', item: 'VI.1', adaptationId: 'aangepast-rooster' })),
    ).toBe(undefined);
    const loading: VacancyInput = {
      ...shop,
      tasks: [{ id: 't1', kind: 'loading', hoursPerWeek: 20, demands: { 'IV.13': 0 } }],
    };
    expect(code(() => applyChange({ candidates: [], vacancies: [loading] }, a))).toBe('INVALID_ARGUMENT');
    const drop = { kind: 'dropTask', vacancyId: 'v1', taskId: 't1', hoursPerWeek: 14 } as const;
    expect(code(() => applyChange(input, { ...drop, hoursPerWeek: 10 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => applyChange({ candidates: [], vacancies: [{ ...shop, carvable: false }] }, drop))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(code(() => applyChange(input, { kind: 'hours', candidateId: 'c1', minHoursPerWeek: 30 }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(code(() => applyChange(input, { kind: 'commute', candidateId: 'c2', extraKm: 3 }))).toBe(
      'NOT_FOUND',
    );
    expect(
      code(() =>
        applyChange(input, { kind: 'training', candidateId: 'c1', trainingId: 'bhv', skill: 'koken' }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });

  it('checks the change with its schema and reports every issue with its path', () => {
    try {
      applyChange(input, { kind: 'commute', candidateId: '', extraKm: -1 } as NearMissChange);
      expect.unreachable();
    } catch (e) {
      expect(isBanenmatchError(e) && e.code).toBe('VALIDATION');
      const paths = (e as { issues: { path: unknown[] }[] }).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(['change.candidateId', 'change.extraKm']);
    }
  });
});

describe('applyChange: property', () => {
  // Changes drawn from the records of a small synthetic region: valid ones and ones that are refused.
  const regions = new Map<number, AdviceInput>();
  const region = (seed: number): AdviceInput => {
    let got = regions.get(seed);
    if (got === undefined) {
      const r = generateRegion({ seed, candidates: 5, vacancies: 5 });
      // one vacancy without tasks, so derivation is exercised too
      got = {
        candidates: r.candidates,
        vacancies: r.vacancies.map((v, j) => (j === 0 ? { ...v, tasks: undefined } : v)),
      };
      regions.set(seed, got);
    }
    return got;
  };
  const changeFor = (input: AdviceInput): fc.Arbitrary<NearMissChange> => {
    const cid = fc.constantFrom(...input.candidates.map((c) => c.id));
    const vid = fc.constantFrom(...input.vacancies.map((v) => v.id));
    const tid = fc.constantFrom('t1', 't2', 't3', 'cleaning', 'shelf-stocking');
    const tasks = input.vacancies.flatMap((v) =>
      (v.tasks ?? []).map((t) => [v.id, t.id, t.hoursPerWeek] as const),
    );
    const effects = ADAPTATIONS.flatMap((a) => a.effects.map((e) => ({ adaptationId: a.id, item: e.item })));
    return fc.oneof(
      fc
        .record({ kind: fc.constant('adaptation' as const), vacancyId: vid, taskId: tid })
        .chain((c) => fc.constantFrom(...effects).map((e) => ({ ...c, ...e }))),
      fc.tuple(fc.constantFrom(...tasks), fc.boolean()).map(([[vacancyId, taskId, hours], wrong]) => ({
        kind: 'dropTask' as const,
        vacancyId,
        taskId,
        hoursPerWeek: wrong ? hours + 1 : hours,
      })),
      fc.record(
        {
          kind: fc.constant('hours' as const),
          candidateId: cid,
          minHoursPerWeek: fc.integer({ min: 0, max: 30 }),
          maxHoursPerWeek: fc.integer({ min: 30, max: 40 }),
        },
        { requiredKeys: ['kind', 'candidateId', 'minHoursPerWeek'] },
      ),
      fc.record({
        kind: fc.constant('commute' as const),
        candidateId: cid,
        extraKm: fc.integer({ min: 1, max: 30 }),
      }),
      fc.record({
        kind: fc.constant('training' as const),
        candidateId: cid,
        trainingId: fc.constantFrom(...TRAININGS.map((t) => t.id)),
      }),
    );
  };

  it('never mutates its input and replaces only the one record the change names', () => {
    const applied = { adaptation: 0, dropTask: 0, hours: 0, commute: 0, training: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }).chain((seed) => {
          const inp = region(seed);
          return fc.tuple(fc.constant(inp), changeFor(inp));
        }),
        ([inp, change]) => {
          const before = structuredClone(inp);
          let next: AdviceInput | undefined;
          try {
            next = applyChange(inp, change);
            applied[change.kind]++;
          } catch (e) {
            expect(isBanenmatchError(e), String(e)).toBe(true);
          }
          expect(inp).toEqual(before);
          if (next === undefined) return;
          expect(next.candidates).not.toBe(inp.candidates);
          expect(next.vacancies).not.toBe(inp.vacancies);
          const onVacancy = change.kind === 'adaptation' || change.kind === 'dropTask';
          const named = onVacancy ? change.vacancyId : change.candidateId;
          const pairs = [
            ...inp.candidates.map((c, i) => [c, next!.candidates[i], !onVacancy && c.id === named] as const),
            ...inp.vacancies.map((v, j) => [v, next!.vacancies[j], onVacancy && v.id === named] as const),
          ];
          expect(next.candidates.length + next.vacancies.length).toBe(pairs.length);
          for (const [old, now, isNamed] of pairs) {
            if (isNamed) expect(now).not.toBe(old);
            else expect(now).toBe(old);
          }
        },
      ),
      { numRuns: 200 },
    );
    // every kind of change was applied at least once, not only refused
    for (const n of Object.values(applied)) expect(n).toBeGreaterThan(0);
  });
});
