import {
  type CandidateInput,
  compareSkills,
  createMatcher,
  createSkillVocabulary,
  employerEconomics,
  generateRegion,
  type Match,
  MINIMUM_WAGE_TABLE,
  type VacancyInput,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topVacanciesByScoring } from '../helpers/oracle.js';
import { cleaner, hilversum, huizen } from '../helpers/places.js';

// Huizen is ≈ 9.5 km from Hilversum.
const base: CandidateInput = { ...cleaner, skills: ['schoonmaken', 'dweilen'], wageValue: 0.6 };
const cleaning: VacancyInput = {
  id: 'v1',
  employerId: 'e1',
  sector: 'market',
  occupation: 'schoonmaker',
  location: huizen,
  hoursPerWeek: 20,
  wagePerHour: 14.71,
  carvable: false,
  tasks: [
    {
      id: 't1',
      kind: 'cleaning',
      hoursPerWeek: 20,
      demands: { 'IV.13': 1 },
      skills: ['schoonmaken', 'stofzuigen', 'dweilen'],
    },
  ],
};

function pair(c: Partial<CandidateInput>, v: Partial<VacancyInput>, options = {}) {
  const m = createMatcher({ candidates: [{ ...base, ...c }], vacancies: [{ ...cleaning, ...v }] }, options);
  return m.score('c1', 'v1');
}

describe('hard rules exclude with a reason', () => {
  it('commute beyond the candidate limit', () => {
    const r = pair({ maxCommuteKm: 5 }, {});
    expect(r.excluded).toBe(true);
    expect(r.reasons[0]).toMatch(/woon-werkafstand 9,5\d? km, meer dan de 5 km/);
  });

  it('a task beyond the FML profile, without carving', () => {
    const r = pair({ capabilities: { 'IV.13': 2 } }, {});
    expect(r.excluded).toBe(true);
    expect(r.reasons.join(' ')).toContain('tillen: kan ~5 kg, taak vraagt ~10 kg');
    expect(r.reasons.join(' ')).toContain('niet open voor jobcarving');
  });

  it('more hours than the candidate can work (FML VI.3 ~10 h), without carving', () => {
    const r = pair({ capabilities: { 'VI.3': 4 }, hoursPerWeek: { min: 8, max: 10 } }, {});
    expect(r.excluded).toBe(true);
    expect(r.reasons.join(' ')).toContain('20 uur is te veel');
  });

  it('never ranks an excluded pair', () => {
    const m = createMatcher({ candidates: [{ ...base, maxCommuteKm: 5 }], vacancies: [cleaning] });
    expect(m.rank('c1')).toEqual([]);
    expect(m.rankCandidates('v1')).toEqual([]);
  });
});

describe('carving inside a vacancy', () => {
  it('gives the carved job when the whole vacancy does not fit', () => {
    const v: Partial<VacancyInput> = {
      carvable: true,
      hoursPerWeek: 36,
      tasks: [
        { id: 'lead', kind: 'team-lead', hoursPerWeek: 16, core: true, demands: { 'I.9': 0 } },
        { id: 'clean', kind: 'cleaning', hoursPerWeek: 14, demands: { 'IV.13': 2 }, skills: ['schoonmaken'] },
        { id: 'lift', kind: 'order-picking', hoursPerWeek: 6, demands: { 'IV.13': 0 } },
      ],
    };
    const r = pair({ capabilities: { 'IV.13': 2, 'I.9': 1 } }, v);
    expect(r.excluded).toBe(false);
    const m = r as Match;
    expect(m.job).toEqual({
      kind: 'carved',
      tasks: [{ taskId: 'clean', kind: 'cleaning', hoursPerWeek: 14 }],
      hoursPerWeek: 14,
      freedHoursPerWeek: 14,
    });
    expect(m.hoursPerWeek).toBe(14);
    expect(m.extraJobs).toBeCloseTo(14 / 25.5, 10);
    expect(m.signals.join(' ')).toContain('tillen'); // IV.13 at the limit: a signal
    expect(m.reasons[0]).toContain('gecreëerde baan');
  });
});

describe('components', () => {
  it('are each in [0, 1] with a reason, and the total is their weighted mean', () => {
    const r = pair({}, {}) as Match;
    expect(r.excluded).toBe(false);
    const total =
      r.components.reduce((s, c) => s + c.weight * c.value, 0) /
      r.components.reduce((s, c) => s + c.weight, 0);
    expect(r.score).toBeCloseTo(total, 12);
    for (const c of r.components) {
      expect(c.value).toBeGreaterThanOrEqual(0);
      expect(c.value).toBeLessThanOrEqual(1);
      expect(c.reason.length).toBeGreaterThan(5);
    }
  });

  it('skills name the matched and the missing ones', () => {
    const r = pair({}, {}) as Match;
    const skills = r.components.find((c) => c.name === 'skills')!;
    // equal hours: by name; experience in the task kind is one more skill of the task
    expect(skills.reason).toBe('heeft dweilen, schoonmaken; mist ervaring met schoonmaken, stofzuigen');
    // coverage: 2 of the 4 skills of 20 hours each = 40 / 80
    expect(skills.value).toBe(0.5);
  });

  it('skills: experience counts, breadth is not punished, unknown is no better than unrelated (issue 18)', () => {
    const value = (c: Partial<CandidateInput>): number =>
      (pair(c, {}) as Match).components.find((x) => x.name === 'skills')!.value;
    const withExperience = pair({ taskPerformance: { cleaning: 0.7 } }, {}) as Match;
    const skills = withExperience.components.find((x) => x.name === 'skills')!;
    expect(skills.value).toBe(0.75); // 60 of 80
    expect(skills.reason).toBe('heeft dweilen, ervaring met schoonmaken, schoonmaken; mist stofzuigen');
    // A broad CV: ten more skills the job does not ask leave the score as it is (the cosine fell).
    expect(
      value({ skills: ['schoonmaken', 'dweilen', 'kassa', 'koken', 'tillen', 'bedienen', 'plannen'] }),
    ).toBe(0.5);
    // No known skill scores exactly as unrelated skills, never higher.
    expect(value({ skills: [] })).toBe(0);
    expect(value({ skills: ['koken', 'bedienen'] })).toBe(0);
    expect((pair({ skills: [] }, {}) as Match).components.find((x) => x.name === 'skills')!.reason).toBe(
      'geen vaardigheden of ervaring bekend: telt als geen van de gevraagde',
    );
  });

  it('commute is 1 − distance / scoreKm, the same scale for everyone; the limit is a hard rule only (issue 18)', () => {
    const commute = (c: Partial<CandidateInput>, options = {}) =>
      (pair(c, {}, options) as Match).components.find((x) => x.name === 'commute')!.value;
    const r = pair({ maxCommuteKm: 19 }, {}) as Match;
    expect(r.distanceKm).toBeCloseTo(9.5, 0);
    // default scoreKm = defaultKm = 15
    expect(commute({ maxCommuteKm: 19 })).toBeCloseTo(1 - r.distanceKm / 15, 12);
    // a person who can travel only 10 km is not scored lower than one who can travel 40
    expect(commute({ maxCommuteKm: 10 })).toBe(commute({ maxCommuteKm: 40 }));
    expect(
      commute({ maxCommuteKm: 40 }, { commute: { defaultKm: 15, travelLimitedKm: 5, scoreKm: 30 } }),
    ).toBeCloseTo(1 - r.distanceKm / 30, 12);
    // beyond scoreKm the component is 0, never negative
    expect(
      commute({ maxCommuteKm: 40 }, { commute: { defaultKm: 15, travelLimitedKm: 5, scoreKm: 5 } }),
    ).toBe(0);
  });

  it('hours fall below the wanted minimum pro rata', () => {
    const r = pair({ hoursPerWeek: { min: 24, max: 32 } }, {}) as Match;
    expect(r.components.find((c) => c.name === 'hours')!.value).toBeCloseTo(20 / 24, 12);
  });

  it('economics is 1 / (net cost per productive hour ÷ regular hire), capped at 1', () => {
    const regular = pair({ targetGroup: 'other', wageValue: 1 }, {}) as Match;
    expect(regular.components.find((c) => c.name === 'economics')!.value).toBeCloseTo(1, 9);
    const wajongHigh = pair({ targetGroup: 'wajong', wageValue: 0.8 }, {}) as Match;
    expect(wajongHigh.components.find((c) => c.name === 'economics')!.value).toBeLessThan(1);
  });

  it('a sector the candidate does not prefer halves the preferences component', () => {
    const r = pair({ preferences: { sectors: ['government'] } }, {}) as Match;
    const p = r.components.find((c) => c.name === 'preferences')!;
    expect(p.value).toBe(0.5);
    expect(p.reason).toContain('andere sector');
  });
});

describe('priority groups', () => {
  it('rank priority candidates first among acceptable matches when asked, not by a hidden bonus', () => {
    const candidates = [
      { ...base, id: 'near', skills: ['schoonmaken', 'dweilen', 'stofzuigen'] },
      { ...base, id: 'prio', priority: true, skills: [] },
    ];
    const plain = createMatcher({ candidates, vacancies: [cleaning] });
    const first = createMatcher({ candidates, vacancies: [cleaning] }, { priorityFirst: true });
    expect(plain.rankCandidates('v1').map((m) => m.candidateId)).toEqual(['near', 'prio']);
    expect(first.rankCandidates('v1').map((m) => m.candidateId)).toEqual(['prio', 'near']);
    // the scores themselves do not change
    expect(first.score('prio', 'v1').score).toBe(plain.score('prio', 'v1').score);
  });
});

describe('validation', () => {
  it('rejects bad weights and unknown ids with typed errors', () => {
    expect(() =>
      createMatcher({ candidates: [base], vacancies: [cleaning] }, { weights: { skills: -1 } }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    const m = createMatcher({ candidates: [base], vacancies: [cleaning] });
    expect(() => m.rank('nobody')).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => m.rank('c1', { k: -1 })).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('properties on generated regions', () => {
  const region = generateRegion({ seed: 77, candidates: 40, vacancies: 120 });
  const matcher = createMatcher(region);

  it('rank equals the brute-force top k of score(), and every ranked pair is a scored, non-excluded pair', () => {
    fc.assert(
      fc.property(fc.nat(region.candidates.length - 1), fc.integer({ min: 1, max: 15 }), (ci, k) => {
        const c = region.candidates[ci]!;
        const all = topVacanciesByScoring(matcher, c.id, k);
        const ranked = matcher.rank(c.id, { k });
        expect(ranked.map((m) => m.vacancyId)).toEqual(all.map((vi) => region.vacancies[vi]!.id));
        for (const m of ranked) {
          expect(m.score).toBe(matcher.score(c.id, m.vacancyId).score);
          expect(m.score).toBeGreaterThanOrEqual(0);
          expect(m.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('rankCandidates equals the brute-force top k of score()', () => {
    fc.assert(
      fc.property(fc.nat(region.vacancies.length - 1), fc.integer({ min: 1, max: 10 }), (vi, k) => {
        const v = region.vacancies[vi]!;
        const all = region.candidates
          .map((c, ci) => ({ r: matcher.score(c.id, v.id), ci }))
          .filter((x) => !x.r.excluded)
          .sort((a, b) => b.r.score - a.r.score || a.ci - b.ci)
          .slice(0, k);
        expect(matcher.rankCandidates(v.id, { k }).map((m) => m.candidateId)).toEqual(
          all.map((x) => x.r.candidateId),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('with priority first and a minimum score, the early cut-off of top-k searches loses nothing', () => {
    const m = createMatcher(region, { priorityFirst: true, minScore: 0.55 });
    const key = (r: ReturnType<typeof m.score>, prio: boolean) =>
      r.excluded ? -1 : r.score + (prio ? 2 : 0);
    fc.assert(
      fc.property(fc.nat(region.vacancies.length - 1), fc.integer({ min: 1, max: 8 }), (vi, k) => {
        const v = region.vacancies[vi]!;
        const all = region.candidates
          .map((c, ci) => ({ r: m.score(c.id, v.id), ci, prio: c.priority === true }))
          .filter((x) => !x.r.excluded && x.r.score >= 0.55)
          .sort((a, b) => key(b.r, b.prio) - key(a.r, a.prio) || a.ci - b.ci)
          .slice(0, k);
        expect(m.rankCandidates(v.id, { k }).map((x) => x.candidateId)).toEqual(
          all.map((x) => x.r.candidateId),
        );
      }),
      { numRuns: 40 },
    );
    const list = m.shortlist({ k: 3 });
    region.candidates.forEach((c, ci) => {
      expect([...list.vacancies.subarray(list.offsets[ci], list.offsets[ci + 1])]).toEqual(
        topVacanciesByScoring(m, c.id, 3),
      );
    });
  });

  it('rankAll equals rank and rankCandidates for every candidate and vacancy', () => {
    for (const options of [{}, { priorityFirst: true, minScore: 0.5 }]) {
      const m = createMatcher(region, options);
      const all = m.rankAll({ k: 5 });
      region.candidates.forEach((c, ci) => {
        expect(all.byCandidate[ci]).toEqual(m.rank(c.id, { k: 5 }));
      });
      region.vacancies.forEach((v, vi) => {
        expect(all.byVacancy[vi]).toEqual(m.rankCandidates(v.id, { k: 5 }));
      });
    }
  });

  it('the economics component equals the wage-value module on the same job', () => {
    for (let ci = 0; ci < region.candidates.length; ci++) {
      for (let vi = 0; vi < region.vacancies.length; vi += 5) {
        const c = region.candidates[ci]!;
        const v = region.vacancies[vi]!;
        const r = matcher.score(c.id, v.id);
        if (r.excluded) continue;
        const taskIds = r.job === 'full' ? undefined : new Set(r.job.tasks.map((t) => t.taskId));
        const tasks = (v.tasks ?? []).filter((t) => taskIds === undefined || taskIds.has(t.id));
        const e = employerEconomics(
          c,
          {
            hoursPerWeek: r.hoursPerWeek,
            tasks: tasks.map((t) => ({ kind: t.kind, hoursPerWeek: t.hoursPerWeek })),
            wagePerHour: v.wagePerHour,
          },
          MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom,
        );
        const expected = Number.isFinite(e.ratio) ? (e.ratio <= 1 ? 1 : 1 / e.ratio) : 0;
        expect(r.components.find((x) => x.name === 'economics')!.value).toBeCloseTo(expected, 12);
      }
    }
  });

  it('the skills component is the coverage of compareSkills on the same job, task experience included', () => {
    const vocab = createSkillVocabulary();
    for (let ci = 0; ci < region.candidates.length; ci++) {
      for (let vi = 0; vi < region.vacancies.length; vi += 3) {
        const c = region.candidates[ci]!;
        const v = region.vacancies[vi]!;
        const r = matcher.score(c.id, v.id);
        if (r.excluded) continue;
        const ids = r.job === 'full' ? undefined : new Set(r.job.tasks.map((t) => t.taskId));
        const tasks = (v.tasks ?? []).filter((t) => ids === undefined || ids.has(t.id));
        const experience = Object.keys(c.taskPerformance ?? {});
        const expected =
          compareSkills(vocab, c.skills, tasks, experience).coverage ?? matcher.options.unknownSkills;
        expect(r.components.find((x) => x.name === 'skills')!.value).toBeCloseTo(expected, 12);
      }
    }
  });

  it('screen agrees with score on exclusion', () => {
    for (let ci = 0; ci < region.candidates.length; ci++) {
      for (let vi = 0; vi < region.vacancies.length; vi += 7) {
        const r = matcher.score(region.candidates[ci]!.id, region.vacancies[vi]!.id);
        expect(matcher.screen(ci, vi)).toBe(!r.excluded);
      }
    }
  });

  it('a closer vacancy never scores lower on commute', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        (a, b) => {
          const [near, far] = [Math.min(a, b), Math.max(a, b)];
          const at = (id: string, dLat: number) => ({
            ...cleaning,
            id,
            location: { lat: hilversum.lat + dLat, lon: hilversum.lon },
          });
          const m = createMatcher({
            candidates: [{ ...base, maxCommuteKm: 30 }],
            vacancies: [at('near', near), at('far', far)],
          });
          const rn = m.score('c1', 'near') as Match;
          const rf = m.score('c1', 'far') as Match;
          const commute = (r: Match) => r.components.find((c) => c.name === 'commute')!.value;
          expect(commute(rn)).toBeGreaterThanOrEqual(commute(rf));
        },
      ),
      { numRuns: 30 },
    );
  });
});
