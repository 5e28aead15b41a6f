import { type CandidateInput, createMatcher, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, havOfKm } from '../../src/geo/distance.js';
import { type LayoutLift, WhyNotScratch } from '../../src/scoring/why-not/scratch.js';
import { cashier, east, expectSizedRight, person, shop, vacancy } from '../helpers/why-not.js';

// whyNot's buffers (src/scoring/why-not/scratch.ts) and `havOfKm` (geo/distance.ts), issue 20: the buffers
// sized per matcher and grown when the matcher grows, the stamps per candidate, the keys of the
// per-matcher caches. Each case fails on a mutant the oracle files leave alive (layouts and demand
// classes past the first half of the buffers, a matcher grown between two calls, a second candidate
// on the same job, more than 1024 exceeded points). Fast: no generated region.

const shelf = (id: string, hoursPerWeek: number, demands: Record<string, number>) => ({
  id,
  kind: 'shelf-stocking',
  hoursPerWeek,
  demands,
});
const tilhulp = (vacancyId: string, taskId = 't1') => ({
  kind: 'adaptation',
  vacancyId,
  taskId,
  item: 'IV.13',
  adaptationId: 'tilhulp',
});

describe('havOfKm', () => {
  it('is hav(km / R), and 1 from half the earth’s circumference on', () => {
    expect(havOfKm(0)).toBe(0);
    expect(havOfKm(10)).toBe(Math.sin(10 / (2 * EARTH_RADIUS_KM)) ** 2);
    expect(havOfKm(Math.PI * EARTH_RADIUS_KM)).toBe(1);
    // Past half the circumference the sine falls again: the limit still covers the whole earth.
    expect(havOfKm(1.9 * Math.PI * EARTH_RADIUS_KM)).toBe(1);
  });
});

describe('WhyNotScratch: the per-matcher caches', () => {
  it('keeps the lift options of each layout, task and item code apart', () => {
    const s = new WhyNotScratch();
    const lift = (demand: number): LayoutLift => ({ demand, options: [], byCode: new Map() });
    const keys = [
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ] as const;
    keys.forEach(([layout, a, code], k) => {
      s.setLiftOptions(layout, a, code, lift(k));
    });
    expect(keys.map(([layout, a, code]) => s.liftOptions(layout, a, code)?.demand)).toEqual([0, 1, 2, 3]);
    expect(s.liftOptions(0, 2, 0)).toBeUndefined();
  });
});

describe('whyNot: the buffers of one matcher', () => {
  it('layouts and demand classes after the others: every capability-shut vacancy counted and lifted', () => {
    // Five vacancies that fit first (each its own layout and demand class), then three shut on IV.13:
    // two of one job (one layout) and one of the same task at other hours (same class, another layout).
    const fitting = (id: string, demands: Record<string, number>): VacancyInput =>
      vacancy(id, [shelf('t1', 20, demands)]);
    const vacancies = [
      fitting('v-1', { 'IV.13': 2 }),
      fitting('v-2', { 'IV.13': 3 }),
      fitting('v-3', { 'IV.14': 2 }),
      fitting('v-4', { 'IV.14': 3 }),
      fitting('v-5', { 'IV.13': 2, 'IV.14': 2 }),
      { ...shop, id: 'v-x1' },
      { ...shop, id: 'v-x2' },
      vacancy('v-y', [shelf('t1', 10, { 'IV.13': 1 }), cashier('t2', 10)]),
    ];
    const w = createMatcher({ candidates: [person], vacancies }).whyNot('c1', { k: 10 });
    expect(w.tally.fits).toBe(5);
    expect(w.tally.capability).toBe(3);
    expect(w.tally.capabilityItems).toEqual({ 'IV.13': 3 });
    const lifted = w.nearMisses.filter((n) => n.change.kind === 'adaptation').map((n) => n.change);
    expect(lifted).toEqual([tilhulp('v-x1'), tilhulp('v-x2'), tilhulp('v-y')]);
  });

  it('a second candidate on the same job gets its own lifts (a lifting aid relaxes by 2 codes)', () => {
    // The task lifts ~15 kg (code 0): with the aid it tolerates code 2, not code 3.
    const heavy = vacancy('v-h', [shelf('t1', 14, { 'IV.13': 0 }), cashier('t2', 6)]);
    const c2: CandidateInput = { ...person, id: 'c2', capabilities: { 'IV.13': 2 } };
    const c3: CandidateInput = { ...person, id: 'c3', capabilities: { 'IV.13': 3 } };
    const input = { candidates: [c2, c3], vacancies: [heavy] };
    const m = createMatcher(input);
    const adaptations = (id: string, on = m) =>
      on.whyNot(id, { k: 10 }).nearMisses.filter((n) => n.change.kind === 'adaptation');
    expect(adaptations('c3')).toEqual([]);
    const second = m.whyNot('c2', { k: 10 });
    expect(second.nearMisses.map((n) => n.change)).toContainEqual(tilhulp('v-h'));
    expect(second).toEqual(createMatcher(input).whyNot('c2', { k: 10 }));
  });

  it('a matcher grown between two calls: more job layouts, the same demand classes', () => {
    // The first call is for a candidate who fits (nothing compiled): 2 classes (shelf, till).
    const fits: CandidateInput = { ...person, id: 'c0', capabilities: { 'IV.13': 1 } };
    const first = [{ ...shop, id: 'v-0' }];
    const more = [10, 12, 11, 9, 13].map((h) =>
      vacancy(`v-${h}`, [shelf('t1', h, { 'IV.13': 1 }), cashier('t2', 20 - h)]),
    );
    const m = createMatcher({ candidates: [fits, person], vacancies: first });
    expect(m.whyNot('c0').tally.fits).toBe(1);
    for (const v of more) m.addVacancy(v);
    const w = m.whyNot('c1', { k: 10 });
    // 4 layout rows at the first call (buffers for 8), 16 with three vacancies more: the buffers must
    // grow although no demand class is new.
    expect(w.tally.capabilityItems).toEqual({ 'IV.13': 6 });
    expect(w).toEqual(
      createMatcher({ candidates: [fits, person], vacancies: [...first, ...more] }).whyNot('c1', { k: 10 }),
    );
  });

  it('a matcher grown between two calls: more demand classes in few layout rows', () => {
    // First one vacancy of five till tasks (6 layout rows, one class), then two of one task each.
    const tills = vacancy(
      'v-0',
      [1, 2, 3, 4, 5].map((k) => cashier(`k${k}`, 4)),
    );
    const more = [
      vacancy('v-13', [shelf('t1', 20, { 'IV.13': 1 })]),
      vacancy('v-14', [shelf('t1', 20, { 'IV.14': 1 })]),
    ];
    const fits: CandidateInput = { ...person, id: 'c0', capabilities: {} };
    const m = createMatcher({ candidates: [fits, person], vacancies: [tills] });
    expect(m.whyNot('c0').tally.fits).toBe(1);
    for (const v of more) m.addVacancy(v);
    const w = m.whyNot('c1', { k: 10 });
    expect(w.tally.capabilityItems).toEqual({ 'IV.13': 1, 'IV.14': 1 });
    expect(w).toEqual(
      createMatcher({ candidates: [fits, person], vacancies: [tills, ...more] }).whyNot('c1', { k: 10 }),
    );
  });

  // A vacancy of `n` tasks, each its own demand class (values on V.1–V.4, which the candidate does not
  // state), each over the 17 lifting and moving items IV.4–IV.20 (code 0); the last also over IV.21.
  const items = Array.from({ length: 17 }, (_, k) => `IV.${k + 4}`);
  const over = Object.fromEntries(items.map((item) => [item, 0]));
  const many = (n: number): VacancyInput =>
    vacancy(
      'v-1',
      Array.from({ length: n }, (_, k) => ({
        id: `t${k}`,
        kind: 'shelf-stocking',
        hoursPerWeek: 0.5,
        demands: {
          ...over,
          ...(k === n - 1 ? { 'IV.21': 0 } : {}),
          'V.1': k % 3,
          'V.2': Math.floor(k / 3) % 3,
          'V.3': Math.floor(k / 9) % 3,
          'V.4': Math.floor(k / 27),
        },
      })),
    );
  // Code 1 on each item; IV.13 at code 2, which the lifting aid (relaxing by 2) lifts from code 0.
  const limited: CandidateInput = {
    ...person,
    maxCommuteKm: 30,
    capabilities: { ...Object.fromEntries([...items, 'IV.21'].map((item) => [item, 1])), 'IV.13': 2 },
  };
  const run = (vacancies: VacancyInput[]) =>
    createMatcher({ candidates: [limited], vacancies }).whyNot('c1', { k: 10 });

  it('more than 1024 exceeded points: the item only the last task exceeds, the one task of a later job', () => {
    // 65 × 17 + 1 points; then, farther (visited later), the supermarket's one task over IV.13.
    const far = vacancy('v-far', [shelf('t1', 14, { 'IV.13': 0 }), cashier('t2', 6)], { location: east });
    const w = run([many(65), far]);
    expect(w.tally.capability).toBe(2);
    expect(w.tally.capabilityItems).toEqual({
      ...Object.fromEntries([...items, 'IV.21'].map((item) => [item, 1])),
      'IV.13': 2,
    });
    expect(w.nearMisses.map((n) => n.change)).toContainEqual(tilhulp('v-far'));
  });

  it('a later job whose one task’s points cross the first 1024', () => {
    // 60 × 17 + 1 = 1021 points, then the far job's one task over 17 items: points 1021 to 1037.
    const far = vacancy('v-far', [shelf('t1', 14, over), cashier('t2', 6)], { location: east });
    const w = run([many(60), far]);
    expect(w.tally.capability).toBe(2);
    expect(w.nearMisses.map((n) => n.change)).toContainEqual({
      kind: 'dropTask',
      vacancyId: 'v-far',
      taskId: 't1',
      hoursPerWeek: 14,
    });
  });
});

describe('whyNot: a dropped task’s changed job shared only where it is the same job', () => {
  it('the only task naming skills dropped: the rest takes each vacancy’s own skills', () => {
    // Two vacancies of one job (same tasks and task skills), each with its own skills. Loading over
    // IV.13 (no aid lifts it) is the only task naming a skill: without it the till task takes the
    // vacancy's skills, known to the candidate in v-b only, so the two changed jobs score apart (the till
    // is a core task: no carved job without loading).
    const job = (id: string, skills: string[]): VacancyInput =>
      vacancy(
        id,
        [
          {
            id: 'l1',
            kind: 'loading',
            hoursPerWeek: 4,
            demands: { 'IV.13': 0 },
            skills: ['vrachtwagen laden'],
          } as never,
          cashier('l2', 16, { core: true }),
        ],
        { skills },
      );
    const input = {
      candidates: [person],
      vacancies: [job('v-a', ['schoonmaken']), job('v-b', ['afrekenen'])],
    };
    const w = createMatcher(input).whyNot('c1', { k: 10 });
    const drops = w.nearMisses.filter((n) => n.change.kind === 'dropTask');
    expect(drops.map((n) => n.vacancyId).sort()).toEqual(['v-a', 'v-b']);
    expectSizedRight(input, {}, w);
    const [a, b] = ['v-a', 'v-b'].map((id) => drops.find((n) => n.vacancyId === id)!.score);
    expect(b).toBeGreaterThan(a!);
  });
});

describe('whyNot: a dropped task pruned by its changed job’s bound', () => {
  it('k = 1: the floor from a better near miss keeps a later drop whose carved bound is below it out', () => {
    // The shop (vacancy 0) is sized first: its `tilhulp` scores 0.785, the floor for k = 1. v-a, 7.8 km
    // north (0.07° of latitude), loses loading (IV.13, no aid) and keeps a 30 h till task: above the
    // candidate's 20 h, so only a carved job, whose bound (0.784 = the bound at v-a × the carved factor)
    // is below 0.785: pruned, not offered. Sized at k = 10 it scores 0.601.
    const far = { municipality: 'Hilversum', lat: 52.2233 + 0.07, lon: 5.1764 };
    const input = {
      candidates: [person],
      vacancies: [
        shop,
        vacancy(
          'v-a',
          [{ id: 'l1', kind: 'loading', hoursPerWeek: 4, demands: { 'IV.13': 0 } }, cashier('l2', 30)],
          { location: far },
        ),
      ],
    };
    const all = createMatcher(input).whyNot('c1', { k: 10 });
    expect(all.nearMisses.map((n) => [n.vacancyId, n.change.kind])).toEqual([
      ['v-shop', 'adaptation'],
      ['v-a', 'dropTask'],
    ]);
    expect(all.nearMisses[0]!.score).toBeCloseTo(0.785, 9);
    expect(all.nearMisses[1]!.score).toBeLessThan(0.7);
    const one = createMatcher(input).whyNot('c1', { k: 1 });
    // A pruned drop offered anyway would carry the shop's evaluation (0.785) and, tied, v-a's id first.
    expect(one.nearMisses).toEqual(all.nearMisses.slice(0, 1));
    expectSizedRight(input, {}, one);
  });
});

describe('whyNot: jobs of more than 31 tasks have no job content', () => {
  it('each such vacancy’s adaptation compiles its own changed job', () => {
    // Two jobs of 32 tasks (past the masks: no shape, content −1), each shut by the shelf task's IV.13
    // (lifted by the `tilhulp`) of 8 h and 4 h, with 31 till tasks of 0.25 h: 15.75 h and 11.75 h. Shared
    // by the content −1, the second would be sized as the first's changed job.
    const big = (id: string, shelfHours: number): VacancyInput =>
      vacancy(id, [
        shelf('t1', shelfHours, { 'IV.13': 1 }),
        ...Array.from({ length: 31 }, (_, k) => cashier(`k${k}`, 0.25)),
      ]);
    const input = { candidates: [person], vacancies: [big('v-x', 8), big('v-y', 4)] };
    const w = createMatcher(input).whyNot('c1', { k: 10 });
    expect(w.nearMisses.map((n) => [n.vacancyId, n.change])).toEqual(
      expect.arrayContaining([
        ['v-x', tilhulp('v-x')],
        ['v-y', tilhulp('v-y')],
      ]),
    );
    expectSizedRight(input, {}, w);
  });
});

describe('whyNot: the changed copies of one vacancy kept apart by adaptation', () => {
  it('a second candidate’s other aid on the same task gets its own copy', () => {
    // The shelf task asks IV.13 and IV.14 at code 1: c-13 exceeds IV.13 only (the `tilhulp`), c-14 IV.14
    // only (the `transporthulp`). Asked after c-13 on the same matcher, c-14's answer is a fresh
    // matcher's (the key without the adaptation's index gave it c-13's copy, still over IV.14).
    const v = vacancy('v-h', [shelf('t1', 14, { 'IV.13': 1, 'IV.14': 1 }), cashier('t2', 6)]);
    const c13 = { ...person, id: 'c-13', capabilities: { 'IV.13': 2 } };
    const c14 = { ...person, id: 'c-14', capabilities: { 'IV.14': 2 } };
    const input = { candidates: [c13, c14], vacancies: [v] };
    const m = createMatcher(input);
    expect(m.whyNot('c-13').nearMisses.map((n) => n.change)).toEqual([tilhulp('v-h')]);
    const fresh = createMatcher(input).whyNot('c-14');
    expect(fresh.nearMisses.map((n) => n.change)).toEqual([
      { ...tilhulp('v-h'), adaptationId: 'transporthulp', item: 'IV.14' },
    ]);
    expect(m.whyNot('c-14')).toEqual(fresh);
  });
});
