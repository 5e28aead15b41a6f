import {
  type CandidateInput,
  createMatcher,
  employerEconomics,
  type Match,
  type MatcherOptions,
  MINIMUM_WAGE_TABLE,
  type PairResult,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The reasons a job coach reads, word for word (issue 20, mutation testing of src/scoring/explain/):
// each component's reason at each of its branches, the job's line (whole, carved, at fewer hours, the
// job coach and sheltered-work notes) and why an excluded pair is out. The wording is the behaviour.

/** The matcher's day of the economics: the newest minimum-wage figure's. */
const TODAY = MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom;
const HOME = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
const candidate: CandidateInput = {
  id: 'c',
  targetGroup: 'wajong',
  home: HOME,
  maxCommuteKm: 20,
  hoursPerWeek: { min: 0, max: 32 },
  skills: ['schoonmaken'],
};
const clean = {
  id: 'clean',
  kind: 'cleaning',
  hoursPerWeek: 12,
  demands: {},
  skills: ['schoonmaken', 'dweilen'],
};
const file = { id: 'file', kind: 'filing', hoursPerWeek: 4, demands: {}, skills: ['archiveren'] };
const vacancy: VacancyInput = {
  id: 'v',
  employerId: 'e',
  sector: 'market',
  occupation: 'schoonmaker',
  location: HOME,
  hoursPerWeek: 16,
  wagePerHour: 16,
  carvable: true,
  tasks: [clean, file],
};
/** The cleaning task lifts ~10 kg (IV.13 code 1): a candidate with IV.13 code 3 (~2 kg) cannot do it. */
const lifting = { ...clean, demands: { 'IV.13': 1 } };

function explain(
  c: Partial<CandidateInput>,
  v: Partial<VacancyInput> = {},
  options: MatcherOptions = {},
): PairResult {
  const m = createMatcher(
    { candidates: [{ ...candidate, ...c }], vacancies: [{ ...vacancy, ...v }] },
    options,
  );
  return m.score('c', 'v');
}

function match(
  c: Partial<CandidateInput>,
  v: Partial<VacancyInput> = {},
  options: MatcherOptions = {},
): Match {
  const r = explain(c, v, options);
  if (r.excluded) throw new Error(`excluded: ${r.reasons.join(' / ')}`);
  return r;
}

const reason = (r: Match, name: string) => r.components.find((x) => x.name === name)!.reason;

describe('the reasons of a whole job', () => {
  it('every line of a plain match', () => {
    const r = match({});
    expect(r.job).toBe('full');
    expect(r.reasons).toEqual([
      'de hele vacature (16 uur)',
      'capability: past bij de functionele mogelijkheden (ruimte 100%)',
      // 12 h each (by name): dweilen, ervaring met schoonmaken, schoonmaken; then 4 h: archiveren, ervaring met archiveren
      'skills: heeft schoonmaken; mist dweilen, ervaring met schoonmaken, archiveren, ervaring met archiveren',
      'commute: 0 km van huis (grens 20 km)',
      'hours: 16 uur past in 0–32 uur',
      'economics: kost de werkgever per productief uur 91% van een reguliere kracht (loondispensatie (UWV), LKV ~€ 840 per jaar, no-riskpolis; geschatte loonwaarde 50%)',
      'preferences: past bij de voorkeuren',
    ]);
    expect(r.signals).toEqual([]);
    expect(r.components.map((x) => [x.name, x.weight])).toEqual([
      ['capability', 0.3],
      ['skills', 0.2],
      ['commute', 0.15],
      ['hours', 0.1],
      ['economics', 0.15],
      ['preferences', 0.1],
    ]);
    // 16 h of 25.5 count as a job of the banenafspraak.
    expect(r.extraJobs).toBeCloseTo(16 / 25.5, 12);
    expect(r.hoursPerWeek).toBe(16);
    expect(r.sector).toBe('market');
    expect(r.priority).toBe(false);
    expect(match({ priority: true }).priority).toBe(true);
  });

  it('capability: the room, or the points to check on the limit and not judged, with the room on the others', () => {
    // IV.13 code 1 against a demand of 2: room 0.5, capability 0.75.
    const room = match(
      { capabilities: { 'IV.13': 1 } },
      { tasks: [{ ...clean, demands: { 'IV.13': 2 } }, file] },
    );
    expect(reason(room, 'capability')).toBe('past bij de functionele mogelijkheden (ruimte 50%)');
    // IV.13 code 2 against 2: on the limit. With V.1 limited, which no task judges, a second point.
    const onLimit = { tasks: [{ ...clean, demands: { 'IV.13': 2 } }, file] };
    const one = match({ capabilities: { 'IV.13': 2 } }, onLimit);
    expect(reason(one, 'capability')).toBe(
      'past, met 1 punt om na te gaan (1 op de grens; ruimte op de andere punten 100%)',
    );
    expect(one.signals).toEqual(['schoonmaken (clean): tillen: kan ~5 kg, taak vraagt ~5 kg (op de grens)']);
    const two = match({ capabilities: { 'IV.13': 2, 'V.1': 2 } }, onLimit);
    expect(reason(two, 'capability')).toBe(
      'past, met 2 punten om na te gaan (1 op de grens, 1 niet beoordeeld; ruimte op de andere punten 100%)',
    );
    expect(two.signals).toEqual([
      'schoonmaken (clean): tillen: kan ~5 kg, taak vraagt ~5 kg (op de grens)',
      'zitten (V.1): niet beoordeeld bij deze taken (geen vacature noemt een eis op dit punt): nagaan',
    ]);
    // Only not judged, with room 0.5 on IV.13: 0.75 × 0.95, and the room read back as 50%.
    const unjudged = match(
      { capabilities: { 'IV.13': 1, 'V.1': 2 } },
      { tasks: [{ ...clean, demands: { 'IV.13': 2 } }, file] },
    );
    expect(unjudged.components[0]!.value).toBeCloseTo(0.75 * 0.95, 12);
    expect(reason(unjudged, 'capability')).toBe(
      'past, met 1 punt om na te gaan (1 niet beoordeeld; ruimte op de andere punten 50%)',
    );
    expect(unjudged.signals).toEqual([
      'zitten (V.1): niet beoordeeld bij deze taken (geen vacature noemt een eis op dit punt): nagaan',
    ]);
  });

  it('skills: none known, none of those asked, all of them; the vacancy naming none', () => {
    expect(reason(match({ skills: [] }), 'skills')).toBe(
      'geen vaardigheden of ervaring bekend: telt als geen van de gevraagde',
    );
    expect(reason(match({ skills: ['koken'] }), 'skills')).toBe(
      'heeft geen van de gevraagde vaardigheden; mist dweilen, ervaring met schoonmaken, schoonmaken, archiveren, ervaring met archiveren',
    );
    const all = match({
      skills: ['schoonmaken', 'dweilen', 'archiveren'],
      taskPerformance: { cleaning: 1, filing: 1 },
    });
    expect(reason(all, 'skills')).toBe(
      'heeft dweilen, ervaring met schoonmaken, schoonmaken, archiveren, ervaring met archiveren',
    );
    // Tasks that name no skill: the experience of their kinds only.
    expect(
      reason(
        match(
          {},
          {
            tasks: [
              { ...clean, skills: [] },
              { ...file, skills: [] },
            ],
          },
        ),
        'skills',
      ),
    ).toBe(
      'heeft geen van de gevraagde vaardigheden; mist ervaring met schoonmaken, ervaring met archiveren',
    );
  });

  it('skills: a job whose tasks have 0 hours weighs no skill: unknownSkills for everyone, and said so', () => {
    // 0.5 h with a task of 0 h (within the 0.5 h tolerance): the whole job, and the job at 0.25 h.
    const v = { hoursPerWeek: 0.5, tasks: [{ ...clean, hoursPerWeek: 0 }] };
    const none = 'de vacature noemt geen vaardigheden: voor iedereen gelijk gewaardeerd';
    const whole = match({}, v, { unknownSkills: 0.3 });
    expect(whole.job).toBe('full');
    expect(whole.components[1]).toEqual({ name: 'skills', value: 0.3, weight: 0.2, reason: none });
    const fewer = match({ hoursPerWeek: { min: 0, max: 0.25 } }, v, { carving: { minHours: 0 } });
    expect(fewer.job).toMatchObject({ kind: 'carved', hoursPerWeek: 0.25, reducedFromHoursPerWeek: 0.5 });
    expect(fewer.components[1]).toEqual({ name: 'skills', value: 0.5, weight: 0.2, reason: none });
  });

  it('commute and hours: the distance against the limit; the hours within the window or below the minimum', () => {
    const r = match({ hoursPerWeek: { min: 20, max: 32 } }, { location: { ...HOME, lat: HOME.lat + 0.05 } });
    expect(reason(r, 'commute')).toBe('5,56 km van huis (grens 20 km)');
    expect(reason(r, 'hours')).toBe('16 uur, minder dan de gewenste 20 uur');
    expect(reason(match({ hoursPerWeek: { min: 16, max: 16 } }), 'hours')).toBe('16 uur past in 16–16 uur');
  });

  it('economics: the support of each regime, measured or estimated wage value, and no productive hours', () => {
    const econ = (c: Partial<CandidateInput>) => reason(match(c), 'economics');
    const cost = (c: Partial<CandidateInput>) => {
      const m = createMatcher({ candidates: [{ ...candidate, ...c }], vacancies: [vacancy] });
      const e = employerEconomics(m.candidates[0]!, { hoursPerWeek: 16, wagePerHour: 16 }, TODAY);
      const lks = e.subsidies.find((s) => s.id === 'wage-cost-subsidy')?.amountPerMonth ?? 0;
      return { pct: `${Math.round(e.ratio * 100)}%`, lks: `€ ${Math.round(lks)}` };
    };
    const p = cost({ targetGroup: 'participatiewet', wageValue: 0.6 });
    expect(econ({ targetGroup: 'participatiewet', wageValue: 0.6 })).toBe(
      `kost de werkgever per productief uur ${p.pct} van een reguliere kracht (loonkostensubsidie ~${p.lks} per maand, LKV ~€ 840 per jaar, no-riskpolis; gemeten loonwaarde 60%)`,
    );
    // Not in the register: no LKV; and no other support for `other` either.
    const b = cost({ targetGroup: 'beschut', wageValue: 0.4 });
    expect(econ({ targetGroup: 'beschut', wageValue: 0.4 })).toBe(
      `kost de werkgever per productief uur ${b.pct} van een reguliere kracht (loonkostensubsidie ~${b.lks} per maand, no-riskpolis; gemeten loonwaarde 40%)`,
    );
    expect(econ({ targetGroup: 'other', wageValue: 0.8 })).toBe(
      'kost de werkgever per productief uur 125% van een reguliere kracht (zonder loonsubsidie; gemeten loonwaarde 80%)',
    );
    expect(econ({ targetGroup: 'participatiewet', wageValue: 0 })).toBe(
      'gemeten loonwaarde 0: geen productieve uren',
    );
  });

  it('preferences: sector and occupation named; avoided tasks only when nothing else is', () => {
    const other = { sectors: ['government' as const], occupations: ['kok'] };
    expect(reason(match({ preferences: other }), 'preferences')).toBe(
      'andere sector dan de voorkeur; ander beroep dan de voorkeur',
    );
    expect(reason(match({ preferences: { occupations: ['kok'] } }), 'preferences')).toBe(
      'ander beroep dan de voorkeur',
    );
    expect(reason(match({ preferences: { sectors: ['government'] } }), 'preferences')).toBe(
      'andere sector dan de voorkeur',
    );
    expect(
      reason(match({ preferences: { sectors: ['government'], avoidTaskKinds: ['filing'] } }), 'preferences'),
    ).toBe('andere sector dan de voorkeur');
    expect(reason(match({ preferences: { avoidTaskKinds: ['filing'] } }), 'preferences')).toBe(
      'bevat taken die de kandidaat liever niet doet',
    );
    const own = { sectors: ['market' as const], occupations: ['schoonmaker'] };
    expect(reason(match({ preferences: own }), 'preferences')).toBe('past bij de voorkeuren');
  });

  it('the job line: the met qualification, the job coach below 12 hours, sheltered work', () => {
    const asks = { qualification: 'VCA', tasks: [{ ...clean, core: true }, file] };
    expect(match({ qualifications: ['VCA'] }, asks).reasons[0]).toBe(
      'de hele vacature (16 uur); diploma voor de kerntaak schoonmaken: VCA voldoet aan VCA',
    );
    const job = (hours: number) => ({ hoursPerWeek: hours, tasks: [{ ...clean, hoursPerWeek: hours }] });
    expect(match({}, job(12)).reasons[0]).toBe('de hele vacature (12 uur)');
    expect(match({}, job(11.75)).reasons[0]).toBe(
      'de hele vacature (11,75 uur); onder 12 uur per week: geen jobcoach van UWV (voorwaarde contract ≥ 12 uur)',
    );
    expect(match({ targetGroup: 'participatiewet' }, job(11.75)).reasons[0]).toBe(
      'de hele vacature (11,75 uur); onder 12 uur per week: geen jobcoach van UWV, jobcoaching via de gemeente (Pwet art. 10da) volgens haar verordening',
    );
    const sheltered = match({ targetGroup: 'beschut', wageValue: 0.4 });
    expect(sheltered.reasons[0]).toBe(
      'de hele vacature (16 uur); beschut werk (Pwet art. 10b) telt geen baan voor de banenafspraak: bij een vacature komt de kandidaat na wie wel meetelt',
    );
    expect(sheltered.extraJobs).toBe(0);
  });
});

describe('the reasons of a carved job', () => {
  const cannotLift = { capabilities: { 'IV.13': 3 } };

  it('one task or several, the whole vacancy’s reason, the job’s own skills heaviest first', () => {
    const one = match(
      { ...cannotLift, skills: ['archiveren'] },
      {
        hoursPerWeek: 26,
        tasks: [lifting, { ...file, hoursPerWeek: 14 }],
      },
    );
    expect(one.job).toEqual({
      kind: 'carved',
      tasks: [{ taskId: 'file', kind: 'filing', hoursPerWeek: 14 }],
      hoursPerWeek: 14,
      freedHoursPerWeek: 14,
    });
    expect(one.reasons[0]).toBe(
      'gecreëerde baan van 1 taak, 14 uur: de hele vacature past niet (schoonmaken niet: tillen: kan ~2 kg, taak vraagt ~10 kg)',
    );
    expect(reason(one, 'skills')).toBe('heeft archiveren; mist ervaring met archiveren');
    expect(one.extraJobs).toBeCloseTo(14 / 25.5, 12);
    // A qualification the candidate has is no reason the whole vacancy does not fit.
    const asks = {
      hoursPerWeek: 26,
      qualification: 'VCA',
      tasks: [
        { ...lifting, core: true },
        { ...file, hoursPerWeek: 14 },
      ],
    };
    expect(match({ ...cannotLift, qualifications: ['VCA'] }, asks).reasons[0]).toBe(
      'gecreëerde baan van 1 taak, 14 uur: de hele vacature past niet (schoonmaken niet: tillen: kan ~2 kg, taak vraagt ~10 kg)',
    );
    const wash = {
      id: 'wash',
      kind: 'dishwashing',
      hoursPerWeek: 4,
      demands: {},
      skills: ['afwassen', 'archiveren'],
    };
    const two = match(
      { ...cannotLift, skills: ['afwassen'] },
      {
        hoursPerWeek: 30,
        tasks: [lifting, { ...file, hoursPerWeek: 14 }, wash],
      },
    );
    expect(two.job !== 'full' && two.job.tasks.map((t) => t.taskId)).toEqual(['file', 'wash']);
    expect(two.reasons[0]).toMatch(/^gecreëerde baan van 2 taken, 18 uur: de hele vacature past niet \(/);
    // archiveren on both tasks (18 h), its experience 14 h, dishwashing's 4 h (by name); no cleaning skill.
    expect(reason(two, 'skills')).toBe(
      'heeft afwassen; mist archiveren, ervaring met archiveren, ervaring met afwassen',
    );
  });

  it('the whole vacancy at fewer hours: every task pro rata, the other hours left open', () => {
    const r = match(
      { hoursPerWeek: { min: 10, max: 12.75 } },
      {
        hoursPerWeek: 30,
        tasks: [
          { ...clean, hoursPerWeek: 13 },
          { ...file, hoursPerWeek: 17 },
        ],
      },
    );
    expect(r.job).toEqual({
      kind: 'carved',
      tasks: [
        { taskId: 'clean', kind: 'cleaning', hoursPerWeek: 5.5 },
        { taskId: 'file', kind: 'filing', hoursPerWeek: 7.25 },
      ],
      hoursPerWeek: 12.75,
      freedHoursPerWeek: 0,
      reducedFromHoursPerWeek: 30,
    });
    expect(r.reasons[0]).toBe(
      'de hele vacature voor 12,75 in plaats van 30 uur (alle taken naar verhouding; de andere uren blijven open): de hele vacature past niet (30 uur is te veel (wil ten hoogste 12,75 uur))',
    );
    // The skills weighed by the tasks' own hours: filing 17, cleaning 13.
    expect(reason(r, 'skills')).toBe(
      'heeft schoonmaken; mist archiveren, ervaring met archiveren, dweilen, ervaring met schoonmaken',
    );
    expect(reason(r, 'hours')).toBe('12,75 uur past in 10–12,75 uur');
    expect(r.extraJobs).toBe(0.5);
  });
});

describe('why an excluded pair is out', () => {
  const out = (c: Partial<CandidateInput>, v: Partial<VacancyInput> = {}, options: MatcherOptions = {}) => {
    const r = explain(c, v, options);
    expect(r.excluded).toBe(true);
    expect(r.score).toBe(0);
    return r.reasons;
  };
  const cannotLift = { capabilities: { 'IV.13': 3 } };
  const whole = 'de hele vacature past niet (schoonmaken niet: tillen: kan ~2 kg, taak vraagt ~10 kg)';

  it('the commute: the distance and the candidate’s limit', () => {
    expect(out({}, { location: { ...HOME, lat: 52.5 } })).toEqual([
      'woon-werkafstand 33,36 km, meer dan de 20 km die de kandidaat kan reizen',
    ]);
  });

  it('the whole vacancy, then carving off, not open to it, or no bundle between the floor and the most hours', () => {
    const tasks = [lifting, file];
    expect(out(cannotLift, { tasks }, { carving: false })).toEqual([whole, 'jobcarving staat uit']);
    expect(out(cannotLift, { tasks, carvable: false })).toEqual([
      whole,
      'de werkgever stelt deze vacature niet open voor jobcarving',
    ]);
    expect(out({ ...cannotLift, hoursPerWeek: { min: 0, max: 20 } }, { tasks })).toEqual([
      whole,
      'ook een gecreëerde baan lukt niet: geen combinatie van passende taken (geen kerntaken) tussen 12 en 20 uur',
    ]);
    // Exactly the most hours is not too many.
    expect(out({ ...cannotLift, hoursPerWeek: { min: 0, max: 16 } }, { tasks })).toEqual([
      whole,
      'ook een gecreëerde baan lukt niet: geen combinatie van passende taken (geen kerntaken) tussen 12 en 16 uur',
    ]);
    // Below the carving minimum the floor is the candidate's own minimum.
    expect(out({ ...cannotLift, hoursPerWeek: { min: 3, max: 3.5 } }, { tasks })).toEqual([
      'de hele vacature past niet (schoonmaken niet: tillen: kan ~2 kg, taak vraagt ~10 kg; 16 uur is te veel (wil ten hoogste 3,5 uur))',
      'ook een gecreëerde baan lukt niet: geen combinatie van passende taken (geen kerntaken) tussen 3 en 3,5 uur',
    ]);
    // At a floor equal to the most hours, a bundle of exactly those hours is still sought.
    expect(out({ ...cannotLift, hoursPerWeek: { min: 0, max: 12 } }, { tasks })).toEqual([
      'de hele vacature past niet (schoonmaken niet: tillen: kan ~2 kg, taak vraagt ~10 kg; 16 uur is te veel (wil ten hoogste 12 uur))',
      'ook een gecreëerde baan lukt niet: geen combinatie van passende taken (geen kerntaken) tussen 12 en 12 uur',
    ]);
    // Below a quarter hour (a job's fewest hours) no job at all, said so, even with carving from 0 h.
    expect(out({ hoursPerWeek: { min: 0, max: 0.2 } }, { tasks }, { carving: { minHours: 0 } })).toEqual([
      'de hele vacature past niet (16 uur is te veel (wil ten hoogste 0,2 uur))',
      'ook een gecreëerde baan lukt niet: de kandidaat kan ten hoogste 0,2 uur werken, minder dan een kwartier per week',
    ]);
  });

  it('too many hours, and an unmet qualification', () => {
    expect(out({ hoursPerWeek: { min: 0, max: 10 } }, { carvable: false })).toEqual([
      'de hele vacature past niet (16 uur is te veel (wil ten hoogste 10 uur))',
      'de werkgever stelt deze vacature niet open voor jobcarving',
    ]);
    expect(
      out(
        { qualifications: [] },
        { qualification: 'VCA', carvable: false, tasks: [{ ...clean, core: true }, file] },
      ),
    ).toEqual([
      "de hele vacature vraagt VCA (kerntaak schoonmaken); de kandidaat heeft dat niet (geen diploma's of certificaten opgegeven; gevraagd: VCA)",
      'de werkgever stelt deze vacature niet open voor jobcarving',
    ]);
  });
});
