import {
  type CandidateInput,
  createMatcher,
  employerEconomics,
  haversineKm,
  type Match,
  type MatcherOptions,
  MINIMUM_WAGE_TABLE,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { referenceContext, referenceScore } from '../../src/scoring/reference/index.js';

// The score formula worked by hand on small pairs (issue 20, mutation testing of the reference scorer
// and the engine): each component from its rule, the weighted mean, the carved factor and minScore.
// Both the reference scorer and the matcher must give these numbers.

const HOME = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
const candidate: CandidateInput = {
  id: 'c',
  targetGroup: 'wajong',
  home: HOME,
  maxCommuteKm: 30,
  hoursPerWeek: { min: 20, max: 32 },
  skills: ['schoonmaken'],
  wageValue: 0.6,
};
const vacancy: VacancyInput = {
  id: 'v',
  employerId: 'e',
  sector: 'market',
  occupation: 'schoonmaker',
  location: HOME,
  hoursPerWeek: 16,
  wagePerHour: 16,
  tasks: [
    { id: 'clean', kind: 'cleaning', hoursPerWeek: 12, demands: {}, skills: ['schoonmaken', 'dweilen'] },
    { id: 'file', kind: 'filing', hoursPerWeek: 4, demands: {}, skills: ['archiveren'] },
  ],
};

/** The reference result and the matcher's, with the components by name. */
function both(c: CandidateInput, v: VacancyInput, options: MatcherOptions = {}) {
  const matcher = createMatcher({ candidates: [c], vacancies: [v] }, options);
  const ref = referenceScore(
    referenceContext(matcher.vacancies, matcher.options),
    matcher.candidates[0]!,
    matcher.vacancies[0]!,
  );
  const engine = matcher.score(c.id, v.id);
  const components = (r: typeof engine) =>
    r.excluded ? {} : Object.fromEntries(r.components.map((x) => [x.name, x.value]));
  return { ref, engine, engineComponents: components(engine), matcher };
}

/** The economics component from employerEconomics: 1 up to a regular hire's cost, else 1 / ratio. */
function economicsOf(c: CandidateInput, v: VacancyInput, hours: number): number {
  const matcher = createMatcher({ candidates: [c], vacancies: [v] });
  const e = employerEconomics(
    matcher.candidates[0]!,
    {
      hoursPerWeek: hours,
      tasks: (matcher.vacancies[0]!.tasks ?? []).map((t) => ({ kind: t.kind, hoursPerWeek: t.hoursPerWeek })),
      wagePerHour: v.wagePerHour,
    },
    MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom,
  );
  return Number.isFinite(e.ratio) ? (e.ratio <= 1 ? 1 : 1 / e.ratio) : 0;
}

describe('the score by hand', () => {
  it('each component and the weighted mean (default weights 0.3, 0.2, 0.15, 0.1, 0.15, 0.1)', () => {
    const c: CandidateInput = {
      ...candidate,
      preferences: { sectors: ['government'], occupations: ['kok'], avoidTaskKinds: ['filing'] },
    };
    const v = { ...vacancy, location: { ...HOME, lat: HOME.lat + 0.05 } };
    const { ref, engineComponents, engine } = both(c, v);
    const d = haversineKm(HOME.lat, HOME.lon, HOME.lat + 0.05, HOME.lon);
    const economics = economicsOf(c, v, 16);
    const expected = {
      capability: 1, // no FML limits: room 1, nothing to check
      // schoonmaken 12 of: schoonmaken 12, dweilen 12, ervaring cleaning 12, archiveren 4, ervaring filing 4
      skills: 12 / 44,
      commute: 1 - d / 15,
      hours: 16 / 20, // 16 h against a minimum of 20
      economics,
      // another sector × 0.5, another occupation × 0.7, 4 of 16 h avoided: × (1 − 0.5 × 0.25)
      preferences: 0.5 * 0.7 * 0.875,
    };
    expect(ref.job!.components).toEqual(
      Object.fromEntries(Object.entries(ref.job!.components).map(([k]) => [k, expect.any(Number)])),
    );
    for (const [name, value] of Object.entries(expected)) {
      expect(ref.job!.components[name as keyof typeof expected], name).toBeCloseTo(value, 12);
      expect(engineComponents[name], name).toBeCloseTo(value, 12);
    }
    expect(economics).toBeGreaterThan(0);
    const total =
      0.3 * 1 + 0.2 * (12 / 44) + 0.15 * (1 - d / 15) + 0.1 * 0.8 + 0.15 * economics + 0.1 * 0.30625;
    expect(ref.score).toBeCloseTo(total, 12);
    expect(engine.score).toBeCloseTo(total, 12);
    expect(ref.job!.kind).toBe('full');
    expect(ref.job!.freedHoursPerWeek).toBe(0);
    expect(ref.job!.reducedFromHoursPerWeek).toBe(undefined);
  });

  it('weights other than the defaults: the mean divides by their sum', () => {
    const weights = { capability: 2, skills: 1, commute: 0, hours: 1, economics: 0, preferences: 0 };
    const { ref, engine } = both(candidate, vacancy, { weights });
    // capability 1, skills 12 / 44 (as above), hours 16 / 20
    const total = (2 * 1 + 12 / 44 + 0.8) / 4;
    expect(ref.score).toBeCloseTo(total, 12);
    expect(engine.score).toBeCloseTo(total, 12);
  });

  it('hours: 1 from the candidate’s minimum on, 1 without a minimum, else the share of the minimum', () => {
    const hours = (min: number, jobHours: number) => {
      const c = { ...candidate, hoursPerWeek: { min, max: 32 } };
      const tasks = [{ ...vacancy.tasks![0]!, hoursPerWeek: jobHours }];
      const { ref, engineComponents } = both(c, { ...vacancy, hoursPerWeek: jobHours, tasks });
      expect(engineComponents.hours).toBeCloseTo(ref.job!.components.hours, 12);
      return ref.job!.components.hours;
    };
    expect(hours(20, 20)).toBe(1);
    expect(hours(20, 24)).toBe(1);
    expect(hours(20, 15)).toBe(0.75);
    expect(hours(0, 15)).toBe(1);
  });

  it('commute: 1 − distance / 15 km (or scoreKm), 0 from there to the candidate’s own limit', () => {
    const commute = (dLat: number, options: MatcherOptions = {}) => {
      const { ref, engineComponents } = both(
        candidate,
        { ...vacancy, location: { ...HOME, lat: HOME.lat + dLat } },
        options,
      );
      expect(engineComponents.commute).toBeCloseTo(ref.job!.components.commute, 12);
      return ref.job!.components.commute;
    };
    const d = haversineKm(HOME.lat, HOME.lon, HOME.lat + 0.1, HOME.lon); // about 11 km
    expect(commute(0)).toBe(1);
    expect(commute(0.1)).toBeCloseTo(1 - d / 15, 12);
    expect(commute(0.1, { commute: { defaultKm: 15, travelLimitedKm: 5, scoreKm: 30 } })).toBeCloseTo(
      1 - d / 30,
      12,
    );
    expect(commute(0.2)).toBe(0); // about 22 km: within the candidate's 30 km, past the 15 km scale
  });

  it('economics: 1 up to a regular hire’s cost per productive hour, then 1 / ratio; 0 without productivity', () => {
    const econ = (wageValue: number, wagePerHour: number) => {
      const c: CandidateInput = { ...candidate, targetGroup: 'participatiewet', wageValue };
      const v = { ...vacancy, wagePerHour };
      const { ref, engineComponents } = both(c, v);
      expect(engineComponents.economics).toBeCloseTo(ref.job!.components.economics, 12);
      expect(ref.job!.components.economics).toBeCloseTo(economicsOf(c, v, 16), 12);
      return ref.job!.components.economics;
    };
    expect(econ(0.6, 14)).toBe(1);
    const dear = econ(0.3, 30); // the ratio is above 1: the component is its inverse
    expect(dear).toBeGreaterThan(0.4);
    expect(dear).toBeLessThan(0.6);
    expect(econ(0.6, 30)).toBeGreaterThan(dear);
    expect(econ(0, 14)).toBe(0); // an infinite cost per productive hour
  });

  it('capability: half plus half the room, less 5% for each item no task judges', () => {
    // IV.13 code 1 against a demand of 2: room 0.5 (see taskFit); V.1 limited but judged by no task.
    const c = { ...candidate, capabilities: { 'IV.13': 1, 'V.1': 2 } };
    const tasks = vacancy.tasks!.map((t) => ({ ...t, demands: { 'IV.13': 2 } }));
    const { ref, engineComponents } = both(c, { ...vacancy, tasks });
    expect(ref.job!.unassessedItems).toEqual(['V.1']);
    expect(ref.job!.signalTasks).toEqual([]);
    expect(ref.job!.components.capability).toBeCloseTo((0.5 + 0.5 * 0.5) * 0.95, 12);
    expect(engineComponents.capability).toBeCloseTo((0.5 + 0.5 * 0.5) * 0.95, 12);
  });

  it('a signal: its task named, 5% off; the vacancy’s skills stand for tasks that name none', () => {
    const c = { ...candidate, capabilities: { 'V.1': 2 } };
    const tasks = vacancy.tasks!.map((t, i) => ({ ...t, skills: [], demands: i === 0 ? { 'V.1': 2 } : {} }));
    const { ref, engineComponents } = both(c, { ...vacancy, tasks, skills: ['schoonmaken', 'dweilen'] });
    expect(ref.job!.signalTasks).toEqual(['clean']);
    expect(ref.job!.components.capability).toBeCloseTo(0.95, 12);
    expect(engineComponents.capability).toBeCloseTo(0.95, 12);
    // schoonmaken and dweilen on both tasks (16 h each) and the two experiences (12 h, 4 h): 16 of 48
    expect(ref.job!.components.skills).toBeCloseTo(16 / 48, 12);
    expect(engineComponents.skills).toBeCloseTo(16 / 48, 12);
  });

  it('preferences: the own sector and an occupation named inside the vacancy’s cost nothing', () => {
    const c: CandidateInput = {
      ...candidate,
      preferences: {
        sectors: ['market'],
        occupations: ['Schoonmaker'],
        avoidTaskKinds: ['filing', 'cleaning'],
      },
    };
    const { ref, engineComponents } = both(c, vacancy);
    // every hour avoided: × (1 − 0.5 × 1)
    expect(ref.job!.components.preferences).toBe(0.5);
    expect(engineComponents.preferences).toBeCloseTo(0.5, 12);
    const none = both({ ...candidate, preferences: { sectors: [], occupations: [] } }, vacancy);
    expect(none.ref.job!.components.preferences).toBe(1);
  });

  it('a carved job is scored × 0.85 (carvedFactor); minScore keeps a pair out of rankings below it, not at it', () => {
    // The candidate cannot lift (IV.13): the carved job is the filing task without the cleaning.
    const c = { ...candidate, hoursPerWeek: { min: 0, max: 32 }, capabilities: { 'IV.13': 3 } };
    const tasks = [
      { ...vacancy.tasks![0]!, hoursPerWeek: 12, demands: { 'IV.13': 1 } },
      { ...vacancy.tasks![1]!, hoursPerWeek: 14, skills: ['schoonmaken'] },
    ];
    const v = { ...vacancy, hoursPerWeek: 26, carvable: true, tasks };
    const { ref, engine } = both(c, v);
    expect(ref.carving).toBe('carved');
    expect(ref.job!.kind).toBe('carved');
    expect(ref.job!.hoursPerWeek).toBe(14);
    expect(ref.job!.freedHoursPerWeek).toBe(14);
    const k = ref.job!.components;
    const mean =
      0.3 * k.capability +
      0.2 * k.skills +
      0.15 * k.commute +
      0.1 * k.hours +
      0.15 * k.economics +
      0.1 * k.preferences;
    expect(ref.score).toBeCloseTo(mean * 0.85, 12);
    expect(engine.score).toBeCloseTo(mean * 0.85, 12);
    expect(both(c, v, { carvedFactor: 1 }).ref.score).toBeCloseTo(mean, 12);

    const at = both(c, v, { minScore: ref.score });
    expect(at.ref.ranked).toBe(true);
    expect(at.ref.verdicts).toEqual([{ code: 'capability', exceedances: expect.any(Array) }]);
    expect(at.matcher.rank('c', { k: 1 }).map((m: Match) => m.vacancyId)).toEqual(['v']);
    const above = both(c, v, { minScore: Math.min(1, ref.score + 1e-9) });
    expect(above.ref.ranked).toBe(false);
    expect(above.ref.excluded).toBe(false);
    expect(above.ref.verdicts.at(-1)).toEqual({
      code: 'minScore',
      score: ref.score,
      minScore: ref.score + 1e-9,
    });
    expect(above.matcher.rank('c', { k: 1 })).toEqual([]);
  });

  it('the verdicts: none for a pair that fits, the hours or the qualification rule that shuts one', () => {
    const fits = both(candidate, vacancy).ref;
    expect(fits).toMatchObject({
      excluded: false,
      shutBy: undefined,
      ranked: true,
      verdicts: [],
      carving: 'whole',
    });
    const hours = both({ ...candidate, hoursPerWeek: { min: 8, max: 12 } }, { ...vacancy, carvable: false });
    expect(hours.ref).toMatchObject({ excluded: true, shutBy: 'hours', score: 0, carving: 'not-carvable' });
    expect(hours.ref.verdicts).toEqual([
      { code: 'hours', jobHours: 16, maxHours: 12, limitBy: 'preference', overHours: 4 },
    ]);
    expect(hours.engine.excluded).toBe(true);
    const tasks = vacancy.tasks!.map((t, i) => ({ ...t, core: i === 0 }));
    const asks = both(candidate, { ...vacancy, qualification: 'VCA', tasks, carvable: false });
    expect(asks.ref).toMatchObject({ excluded: true, shutBy: 'qualification' });
    expect(asks.ref.verdicts).toEqual([{ code: 'qualification', asked: 'VCA', coreTaskIds: ['clean'] }]);
    expect(asks.engine.excluded).toBe(true);
  });

  it('an excluded pair: score 0, the first hard rule named, not ranked', () => {
    const far = { ...vacancy, location: { ...HOME, lat: HOME.lat + 0.5 } };
    const { ref, engine } = both(candidate, far);
    expect(ref).toMatchObject({ excluded: true, shutBy: 'commute', ranked: false, score: 0 });
    expect(engine.excluded).toBe(true);
    const verdict = ref.verdicts[0]!;
    expect(verdict.code).toBe('commute');
    if (verdict.code === 'commute') {
      expect(verdict.limitKm).toBe(30);
      expect(verdict.overKm).toBeCloseTo(verdict.distanceKm - 30, 12);
    }
  });
});
