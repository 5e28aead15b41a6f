import { type CandidateInput, createMatcher, type Match, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The job's line and tasks where `explain/explain.ts` decides them (issue 20, the re-measured survivors of
// session 16, worktree k4): the whole job's line is remembered per candidate and job hours during
// `rankAll` only for a whole job whose vacancy asks no diploma; a reduced job's tasks of 0 h stay 0 h.

const HOME = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
const candidate: CandidateInput = {
  id: 'c',
  targetGroup: 'wajong',
  home: HOME,
  maxCommuteKm: 20,
  hoursPerWeek: { min: 0, max: 24 },
  skills: ['schoonmaken'],
  qualifications: ['VCA', 'heftruckcertificaat'],
};
const clean = { id: 'clean', kind: 'cleaning', hoursPerWeek: 12, demands: {}, skills: ['schoonmaken'] };
const file = { id: 'file', kind: 'filing', hoursPerWeek: 8, demands: {}, skills: ['archiveren'] };
const base = {
  employerId: 'e',
  sector: 'market',
  occupation: 'schoonmaker',
  location: HOME,
  wagePerHour: 16,
  carvable: true,
} as const;

describe('the job line during rankAll: remembered only for a whole job that asks no diploma', () => {
  // Five jobs of 20 h for one candidate (at most 24 h): a whole job asking nothing, two whole jobs
  // asking a diploma the candidate holds (VCA, heftruck), a carved job of one task (20 of 45 h: the
  // 25 h task is over 24 h) and one of two tasks (10 + 10 of 50 h: the 30 h task is over 24 h).
  const vacancies: VacancyInput[] = [
    { ...base, id: 'a', hoursPerWeek: 20, tasks: [clean, file] },
    { ...base, id: 'vca', hoursPerWeek: 20, qualification: 'VCA', tasks: [{ ...clean, core: true }, file] },
    {
      ...base,
      id: 'heftruck',
      hoursPerWeek: 20,
      qualification: 'heftruckcertificaat',
      tasks: [{ ...clean, core: true }, file],
    },
    {
      ...base,
      id: 'one',
      hoursPerWeek: 45,
      tasks: [
        { ...clean, hoursPerWeek: 20 },
        { ...file, hoursPerWeek: 25 },
      ],
    },
    {
      ...base,
      id: 'two',
      hoursPerWeek: 50,
      tasks: [
        { ...clean, hoursPerWeek: 10 },
        { ...file, hoursPerWeek: 10 },
        { ...file, id: 'big', hoursPerWeek: 30 },
      ],
    },
  ];
  const m = createMatcher({ candidates: [candidate], vacancies });
  const ranked = m.rankAll({ k: 10 }).byCandidate[0]!;
  const byId = new Map(ranked.map((r) => [r.vacancyId, r]));

  it('every job is ranked, each of 20 h, the carved ones of one and two tasks', () => {
    expect([...byId.keys()].sort()).toEqual(['a', 'heftruck', 'one', 'two', 'vca']);
    for (const r of ranked) expect(r.hoursPerWeek).toBe(20);
    expect(byId.get('a')!.job).toBe('full');
    expect(byId.get('vca')!.job).toBe('full');
    expect(byId.get('heftruck')!.job).toBe('full');
    expect(byId.get('one')!.job).toMatchObject({
      kind: 'carved',
      tasks: [{ taskId: 'clean', hoursPerWeek: 20 }],
    });
    expect(byId.get('two')!.job).toMatchObject({
      kind: 'carved',
      tasks: [
        { taskId: 'clean', hoursPerWeek: 10 },
        { taskId: 'file', hoursPerWeek: 10 },
      ],
    });
  });

  it('each job line is its own, word for word, and the one the pair alone gets', () => {
    const line = (id: string) => byId.get(id)!.reasons[0]!;
    expect(line('a')).toBe('de hele vacature (20 uur)');
    expect(line('vca')).toBe(
      'de hele vacature (20 uur); diploma voor de kerntaak schoonmaken: VCA voldoet aan VCA',
    );
    expect(line('heftruck')).toMatch(
      /^de hele vacature \(20 uur\); diploma voor de kerntaak schoonmaken: .*heftruck/,
    );
    expect(line('one')).toMatch(/^gecreëerde baan van 1 taak, 20 uur: /);
    expect(line('two')).toMatch(/^gecreëerde baan van 2 taken, 20 uur: /);
    // The oracle: outside rankAll nothing is remembered.
    for (const r of ranked) expect(r.reasons).toEqual((m.score('c', r.vacancyId) as Match).reasons);
  });
});

describe('the whole vacancy at fewer hours', () => {
  it('tasks of 0 h stay at 0 h (no share of no hours)', () => {
    // 0.5 h with one task of 0 h (within the 0.5 h tolerance); a candidate of at most 0.25 h: the whole
    // vacancy at 0.25 h, its only task still 0 h.
    const m = createMatcher(
      {
        candidates: [{ ...candidate, hoursPerWeek: { min: 0, max: 0.25 } }],
        vacancies: [{ ...base, id: 'v', hoursPerWeek: 0.5, tasks: [{ ...clean, hoursPerWeek: 0 }] }],
      },
      { carving: { minHours: 0 } },
    );
    const r = m.score('c', 'v') as Match;
    expect(r.job).toEqual({
      kind: 'carved',
      tasks: [{ taskId: 'clean', kind: 'cleaning', hoursPerWeek: 0 }],
      hoursPerWeek: 0.25,
      freedHoursPerWeek: 0,
      reducedFromHoursPerWeek: 0.5,
    });
  });
});
