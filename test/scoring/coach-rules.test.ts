import { assign, type CandidateInput, createMatcher, type Match, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { cleaner, hilversum } from '../helpers/places.js';

// Hand-made cases for the rules of issue 18 a job coach must be able to defend.
const person: CandidateInput = cleaner;
const office: VacancyInput = {
  id: 'v1',
  employerId: 'e1',
  sector: 'market',
  occupation: 'schoonmaker',
  location: hilversum,
  hoursPerWeek: 28,
  wagePerHour: 14.71,
  carvable: true,
  tasks: [{ id: 't1', kind: 'cleaning', hoursPerWeek: 28, demands: {}, skills: ['schoonmaken'] }],
};

function score(c: Partial<CandidateInput>, v: Partial<VacancyInput> = {}) {
  return createMatcher({ candidates: [{ ...person, ...c }], vacancies: [{ ...office, ...v }] }).score(
    'c1',
    'v1',
  );
}

const component = (r: Match, name: string) => r.components.find((x) => x.name === name)!;

describe('hours (issue 18)', () => {
  it('a carvable 28-hour job is offered at the 16 hours the candidate can work, every task pro rata', () => {
    const r = score({ hoursPerWeek: { min: 12, max: 16 } }) as Match;
    expect(r.excluded).toBe(false);
    expect(r.hoursPerWeek).toBe(16);
    expect(r.job).toEqual({
      kind: 'carved',
      tasks: [{ taskId: 't1', kind: 'cleaning', hoursPerWeek: 16 }],
      hoursPerWeek: 16,
      freedHoursPerWeek: 0,
      reducedFromHoursPerWeek: 28,
    });
    expect(r.reasons[0]).toMatch(/^de hele vacature voor 16 in plaats van 28 uur/);
  });

  it('not when the employer did not open the vacancy for carving', () => {
    const r = score({ hoursPerWeek: { min: 12, max: 16 } }, { carvable: false });
    expect(r.excluded).toBe(true);
    expect(r.reasons.join(' ')).toContain('28 uur is te veel');
  });

  it('a candidate who can work at most 8 hours (FML VI.3 ~10 h, wants 6–8) gets a job of 8 hours, with the job coach rule stated', () => {
    const r = score({ hoursPerWeek: { min: 6, max: 8 }, capabilities: { 'VI.3': 4 } }) as Match;
    expect(r.excluded).toBe(false);
    expect(r.hoursPerWeek).toBe(8);
    expect(r.extraJobs).toBeCloseTo(8 / 25.5, 12);
    expect(r.reasons[0]).toContain('onder 12 uur per week: geen jobcoach van UWV');
    expect(r.reasons[0]).toContain('via de gemeente (Pwet art. 10da)');
    // Wajong: the UWV job coach needs a contract of at least 12 hours.
    const wajong = score({ targetGroup: 'wajong', hoursPerWeek: { min: 6, max: 8 } }) as Match;
    expect(wajong.reasons[0]).toContain('geen jobcoach van UWV (voorwaarde contract ≥ 12 uur)');
  });

  it('a carved job of two tasks below 12 hours for a candidate whose maximum is 10', () => {
    const v: Partial<VacancyInput> = {
      hoursPerWeek: 30,
      tasks: [
        { id: 'lead', kind: 'team-lead', hoursPerWeek: 20, core: true, demands: { 'I.9': 0 } },
        { id: 'wash', kind: 'dishwashing', hoursPerWeek: 6, demands: {} },
        { id: 'clean', kind: 'cleaning', hoursPerWeek: 4, demands: {} },
      ],
    };
    const r = score({ hoursPerWeek: { min: 8, max: 10 }, capabilities: { 'I.9': 1 } }, v) as Match;
    expect(r.excluded).toBe(false);
    expect(r.hoursPerWeek).toBe(10);
    expect(r.job !== 'full' && r.job.tasks.map((t) => t.taskId)).toEqual(['wash', 'clean']);
    // A candidate who can work 12 hours or more keeps the 12-hour minimum: 10 hours is not offered.
    const more = score({ hoursPerWeek: { min: 12, max: 16 }, capabilities: { 'I.9': 1 } }, v);
    expect(more.excluded).toBe(true);
    expect(more.reasons.join(' ')).toContain('tussen 12 en 16 uur');
  });
});

describe('economics by the law, not the label (issue 18)', () => {
  it('a Wsw-indicated candidate outside a Wsw job is costed with the Participatiewet LKS, like a Participatiewet client', () => {
    const wsw = score({ targetGroup: 'wsw', wageValue: 0.6 }) as Match;
    const pw = score({ targetGroup: 'participatiewet', wageValue: 0.6 }) as Match;
    expect(component(wsw, 'economics').value).toBe(component(pw, 'economics').value);
    expect(component(wsw, 'economics').reason).toContain('loonkostensubsidie ~€');
    expect(component(wsw, 'economics').value).toBeGreaterThan(0.9);
  });

  it('a measured wage value wins over the task estimate, and the reason says it is measured', () => {
    const measured = score({ wageValue: 0.66, taskPerformance: { cleaning: 0.73 } }) as Match;
    const alone = score({ wageValue: 0.66 }) as Match;
    expect(component(measured, 'economics').value).toBe(component(alone, 'economics').value);
    expect(component(measured, 'economics').reason).toContain('gemeten loonwaarde 66%');
    expect(component(score({ taskPerformance: { cleaning: 0.73 } }) as Match, 'economics').reason).toContain(
      'geschatte loonwaarde 73%',
    );
  });

  it('the support is named in euros: LKS a month, LKV a year, the no-risk policy', () => {
    const r = score({ wageValue: 0.6, hoursPerWeek: { min: 24, max: 28 } }) as Match;
    // LKS: WML €14.71 × 36 h × 52 / 12 = €2,294.76 a month; gap 40% × 1.08 holiday pay = €991.34,
    // × 28/36 hours × 1.235 employer charges = €952.2. LKV: €1.01 × 28 h × 52 weeks = €1,470.56.
    expect(component(r, 'economics').reason).toMatch(
      /loonkostensubsidie ~€ 952 per maand, LKV ~€ 1\.471 per jaar, no-riskpolis; gemeten loonwaarde 60%/,
    );
  });
});

describe('a point on the limit is a check, not a cliff (issue 18)', () => {
  it('one signal costs 5% of the capability component; the room is that of the other items', () => {
    const onLimit = score(
      { capabilities: { 'IV.13': 1 } },
      { tasks: [{ ...office.tasks![0]!, demands: { 'IV.13': 1 } }] },
    );
    expect(onLimit.excluded).toBe(false);
    expect(component(onLimit as Match, 'capability').value).toBeCloseTo(0.95, 12);
    expect((onLimit as Match).signals.join(' ')).toContain('tillen');
  });
});

describe('sheltered work comes last on a regular vacancy (issue 18)', () => {
  const near = { municipality: 'Hilversum', lat: 52.2269, lon: 5.1764 }; // ≈ 0.4 km
  const far = { municipality: 'Hilversum', lat: 52.27, lon: 5.1764 }; // ≈ 5.2 km
  const region = {
    candidates: [
      { ...person, id: 'beschut', targetGroup: 'beschut' as const, home: near, skills: ['schoonmaken'] },
      {
        ...person,
        id: 'wajong',
        targetGroup: 'wajong' as const,
        home: far,
        skills: [],
        registeredSince: '2016-03-01',
      },
    ],
    vacancies: [{ ...office, hoursPerWeek: 20, tasks: [{ ...office.tasks![0]!, hoursPerWeek: 20 }] }],
  };

  it('the vacancy ranks the counting candidate first though the sheltered one scores higher, and says why', () => {
    const m = createMatcher(region);
    const b = m.score('beschut', 'v1') as Match;
    const w = m.score('wajong', 'v1') as Match;
    expect(b.score).toBeGreaterThan(w.score);
    expect(m.rankCandidates('v1').map((r) => r.candidateId)).toEqual(['wajong', 'beschut']);
    expect(b.extraJobs).toBe(0);
    expect(b.reasons[0]).toContain('beschut werk (Pwet art. 10b) telt geen baan voor de banenafspraak');
  });

  it('optimal and stable assignment place the counting candidate; the sheltered one gets what is left', () => {
    for (const mode of ['optimal', 'stable'] as const) {
      const placed = assign(createMatcher(region), { mode }).placements.map((p) => p.candidateId);
      expect(placed).toEqual(['wajong']);
      const two = { ...region, vacancies: [{ ...region.vacancies[0]!, positions: 2 }] };
      expect(
        assign(createMatcher(two), { mode })
          .placements.map((p) => p.candidateId)
          .sort(),
      ).toEqual(['beschut', 'wajong']);
    }
  });
});

describe('an FML item no task judges is a point to check, never full room (issue 18)', () => {
  const nights = { capabilities: { 'VI.1': 2 } }; // cannot work at night

  it('no vacancy states VI.1: the match carries "niet beoordeeld" and the check costs 5%', () => {
    const r = score(nights) as Match;
    expect(r.excluded).toBe(false);
    expect(r.signals).toEqual([
      'perioden van het etmaal (VI.1): niet beoordeeld bij deze taken (geen vacature noemt een eis op dit punt): nagaan',
    ]);
    const capability = component(r, 'capability');
    expect(capability.value).toBeCloseTo(0.95, 12);
    expect(capability.reason).toBe(
      'past, met 1 punt om na te gaan (1 niet beoordeeld; ruimte op de andere punten 100%)',
    );
    expect(capability.reason).not.toContain('ruimte 100%');
  });

  it('once a vacancy states VI.1, an absent demand means the task asks nothing there, also after an update', () => {
    const judged: VacancyInput = {
      ...office,
      id: 'v2',
      tasks: [{ ...office.tasks![0]!, id: 't2', demands: { 'VI.1': [1, 2] } }],
    };
    const fresh = createMatcher({ candidates: [{ ...person, ...nights }], vacancies: [office, judged] });
    const r = fresh.score('c1', 'v1') as Match;
    expect(r.signals).toEqual([]);
    expect(component(r, 'capability').value).toBe(1);
    const updated = createMatcher({ candidates: [{ ...person, ...nights }], vacancies: [office] });
    expect((updated.score('c1', 'v1') as Match).signals).toHaveLength(1);
    updated.addVacancy(judged);
    expect(updated.score('c1', 'v1')).toEqual(r);
    updated.removeVacancy('v2');
    expect((updated.score('c1', 'v1') as Match).signals).toHaveLength(1);
  });
});

describe('waiting time breaks a tie (issue 18)', () => {
  // Two candidates a vacancy scores exactly alike: the one registered earlier gets the one position in
  // stable mode, whatever their order in the input (and in parallel, the same).
  const twin = (id: string, since?: string): CandidateInput => ({
    ...person,
    id,
    ...(since === undefined ? {} : { registeredSince: since }),
  });
  for (const order of [
    ['later', 'earlier'],
    ['earlier', 'later'],
  ]) {
    it(`stable mode places the candidate waiting longer (input order ${order.join(', ')})`, async () => {
      // assignInParallel runs dist/worker.js: the built package (npm test builds first).
      const { assignInParallel } = await import('../../dist/index.js');
      const made = { later: twin('later', '2020-05-01'), earlier: twin('earlier', '2016-03-01') };
      const region = {
        candidates: order.map((k) => made[k as keyof typeof made]),
        vacancies: [{ ...office, hoursPerWeek: 20, tasks: [{ ...office.tasks![0]!, hoursPerWeek: 20 }] }],
      };
      const m = createMatcher(region);
      expect((m.score('later', 'v1') as Match).score).toBe((m.score('earlier', 'v1') as Match).score);
      const placed = assign(m, { mode: 'stable' }).placements.map((p) => p.candidateId);
      expect(placed).toEqual(['earlier']);
      const parallel = await assignInParallel(region, { mode: 'stable', workers: 2 });
      expect(parallel.placements.map((p) => p.candidateId)).toEqual(['earlier']);
      // Unknown waiting time comes after a known one.
      const unknown = createMatcher({ ...region, candidates: [twin('x'), twin('y', '2024-01-01')] });
      expect(assign(unknown, { mode: 'stable' }).placements.map((p) => p.candidateId)).toEqual(['y']);
    });
  }
});
