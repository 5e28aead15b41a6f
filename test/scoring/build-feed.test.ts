import { type CandidateInput, createMatcher, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { matcherBuild } from '../../src/scoring/matcher.js';

// The matcher's build and its edits worked on a few hand-made records (issue 20, mutation testing of
// `build.ts`, `feed.ts`, `matcher.ts`): the arguments and ids each call accepts or refuses with its
// message, the progress steps and the abort, the paths of the issues and warnings of a chunked feed.

const HOME = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
const cand = (id: string, extra: Partial<CandidateInput> = {}): CandidateInput => ({
  id,
  targetGroup: 'wajong',
  home: HOME,
  maxCommuteKm: 30,
  hoursPerWeek: { min: 8, max: 32 },
  skills: ['schoonmaken'],
  ...extra,
});
const vac = (id: string, extra: Partial<VacancyInput> = {}): VacancyInput => ({
  id,
  employerId: 'e',
  sector: 'market',
  occupation: 'schoonmaker',
  location: HOME,
  hoursPerWeek: 16,
  wagePerHour: 16,
  tasks: [{ id: 'clean', kind: 'cleaning', hoursPerWeek: 16, demands: {}, skills: ['schoonmaken'] }],
  ...extra,
});
/** Too far for every candidate (about 111 km north). */
const far = (id: string) => vac(id, { location: { municipality: 'Groningen', lat: 53.2, lon: 5.2 } });

const errorOf = (f: () => unknown): { code?: string; message?: string; issues?: unknown[] } => {
  try {
    f();
  } catch (error) {
    return error as { code?: string; message?: string; issues?: unknown[] };
  }
  throw new Error('expected a throw');
};

describe('matcher calls: ids and arguments', () => {
  const matcher = () =>
    createMatcher({ candidates: [cand('c1'), cand('c2')], vacancies: [vac('v1'), far('v2')] });

  it('takes an id or a record with an id, and names what it expected otherwise', () => {
    const m = matcher();
    expect(m.rank({ id: 'c1' } as never)).toEqual(m.rank('c1'));
    expect(m.rankCandidates({ id: 'v1' } as never)).toEqual(m.rankCandidates('v1'));
    for (const bad of [42, null, undefined, {}, { id: 7 }]) {
      expect(errorOf(() => m.rank(bad as never))).toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: 'expected a candidate id or a candidate with an id',
      });
      expect(errorOf(() => m.rankCandidates(bad as never))).toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: 'expected a vacancy id or a vacancy with an id',
      });
    }
  });

  it('refuses an unknown id, never showing one that looks like a BSN', () => {
    const m = matcher();
    expect(errorOf(() => m.rank('c9'))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'candidate "c9" is not in this matcher',
    });
    expect(errorOf(() => m.score('111222333', 'v1'))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'candidate that looks like a BSN is not in this matcher',
    });
    expect(errorOf(() => m.score('c1', 'v9'))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'vacancy "v9" is not in this matcher',
    });
    expect(errorOf(() => m.removeVacancy('v9'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('names the call in an option error: rank, rankCandidates', () => {
    const m = matcher();
    expect(errorOf(() => m.rank('c1', { k: -1 })).message).toMatch(/^rank: `k`/);
    expect(errorOf(() => m.rankCandidates('v1', { k: -1 })).message).toMatch(/^rankCandidates: `k`/);
    expect(m.rank('c1').map((x) => x.vacancyId)).toEqual(['v1']);
    expect(m.rankCandidates('v1').map((x) => x.candidateId)).toEqual(['c1', 'c2']);
  });

  it('rankAll lists what rank lists, for every candidate', () => {
    const m = matcher();
    const all = m.rankAll({ k: 5 });
    expect(all.byCandidate).toEqual([m.rank('c1', { k: 5 }), m.rank('c2', { k: 5 })]);
    expect(all.byCandidate.map((list) => list.map((x) => x.vacancyId))).toEqual([['v1'], ['v1']]);
    expect(all.byVacancy).toEqual([m.rankCandidates('v1', { k: 5 }), []]);
  });

  it('whyNot and shortlist answer for the matcher’s records', () => {
    const m = matcher();
    const why = m.whyNot('c1');
    expect(why).toMatchObject({ candidateId: 'c1', inReach: 1, tally: { fits: 1, commute: 0 } });
    expect(why.nearMisses).toEqual([]);
    const short = m.shortlist({ k: 5 });
    expect(Array.from(short.offsets)).toEqual([0, 1, 2]);
    expect(Array.from(short.vacancies)).toEqual([0, 0]);
    expect(Array.from(short.scores)).toEqual([m.score('c1', 'v1').score, m.score('c2', 'v1').score]);
  });

  it('screen: the hard rules by live index; an index out of range on either side is refused', () => {
    const m = matcher();
    expect(m.screen(0, 0)).toBe(true);
    expect(m.screen(1, 0)).toBe(true);
    expect(m.screen(0, 1)).toBe(false);
    expect(m.score('c1', 'v2').excluded).toBe(true);
    expect(m.score('c1', 'v1').excluded).toBe(false);
    for (const [c, v] of [
      [2, 0],
      [0, 2],
      [-1, 0],
    ] as const) {
      expect(errorOf(() => m.screen(c, v))).toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: 'screen: index out of range',
      });
    }
  });

  it('live indexes and records follow removals; an unknown id has index −1', () => {
    const m = matcher();
    expect([
      m.candidateIndex('c2'),
      m.vacancyIndex('v2'),
      m.candidateIndex('c9'),
      m.vacancyIndex('v9'),
    ]).toEqual([1, 1, -1, -1]);
    m.removeCandidate('c1');
    m.removeVacancy('v1');
    expect([m.candidateIndex('c2'), m.vacancyIndex('v2')]).toEqual([0, 0]);
    expect(m.candidates.map((c) => c.id)).toEqual(['c2']);
    expect(m.vacancies.map((v) => v.id)).toEqual(['v2']);
    expect(m.screen(0, 0)).toBe(false);
  });
});

describe('matcher edits', () => {
  it('adds a new id, refuses one already in the matcher with its own issue', () => {
    const m = createMatcher({ candidates: [cand('c1')], vacancies: [vac('v1')] });
    m.addCandidate(cand('c2'));
    m.addVacancy(vac('v2'));
    expect(m.candidates.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(m.rank('c2').map((x) => x.vacancyId)).toEqual(['v1', 'v2']);
    const dupC = errorOf(() => m.addCandidate(cand('c1')));
    expect(dupC).toMatchObject({ code: 'VALIDATION', name: 'ValidationError' });
    expect(dupC.message).toBe(
      'addCandidate: 1 problem\n  - [0].id: duplicate id "c1": already in the matcher',
    );
    expect(dupC.issues).toEqual([
      { path: [0, 'id'], message: 'duplicate id "c1": already in the matcher', code: 'duplicate_id' },
    ]);
    const dupV = errorOf(() => m.addVacancy(vac('v2')));
    expect(dupV.message).toBe('addVacancy: 1 problem\n  - [0].id: duplicate id "v2": already in the matcher');
    expect(m.candidates).toHaveLength(2);
    expect(m.vacancies).toHaveLength(2);
  });

  it('updates a record in place of the old one; a vacancy without tasks gets them from the catalogue', () => {
    const m = createMatcher({ candidates: [cand('c1'), cand('c2')], vacancies: [vac('v1')] });
    m.updateCandidate(cand('c1', { maxCommuteKm: 0.5, home: { ...HOME, lat: 52.3 } }));
    expect(m.candidates.map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(m.rank('c1')).toEqual([]);
    m.updateVacancy(vac('v1', { tasks: undefined }));
    const tasks = m.vacancies[0]!.tasks!;
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.reduce((s, t) => s + t.hoursPerWeek, 0)).toBeCloseTo(16, 6);
    m.addVacancy(vac('v3', { tasks: undefined }));
    expect(m.vacancies[1]!.tasks).toEqual(tasks.map((t) => ({ ...t })));
    expect(m.rank('c2').map((x) => x.vacancyId)).toEqual(['v1', 'v3']);
    expect(errorOf(() => m.updateCandidate(cand('c9')))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(() => m.addCandidate({ id: 'c4' }))).toMatchObject({ code: 'VALIDATION' });
  });
});

describe('the build: progress, abort, order, chunks', () => {
  it('refuses input that is not two lists, and run options of the wrong type, under createMatcher', () => {
    const issue = {
      path: [],
      message: 'expected { candidates: [...], vacancies: [...] }',
      code: 'invalid_type',
    };
    for (const bad of [
      null,
      undefined,
      'x',
      { candidates: [] },
      { candidates: {}, vacancies: [] },
      { candidates: [], vacancies: 3 },
    ]) {
      const error = errorOf(() => createMatcher(bad as never));
      expect(error).toMatchObject({
        code: 'VALIDATION',
        message: expect.stringMatching(/^createMatcher: 1 problem\n/),
      });
      expect(error.issues).toEqual([issue]);
    }
    expect(errorOf(() => createMatcher({ candidates: [], vacancies: [] }, 'fast' as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'createMatcher: expected `options` to be an object',
    });
    expect(
      errorOf(() => createMatcher({ candidates: [], vacancies: [] }, { onProgress: 3 as never })),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'createMatcher: expected `onProgress` to be a function',
    });
  });

  it('validates and compiles more than 4096 records a chunk of 4096 at a time', () => {
    const candidates = Array.from({ length: 4097 }, (_, i) => cand(`c${i}`));
    const vacancies = Array.from({ length: 4097 }, (_, i) => vac(`v${i}`));
    const steps: number[][] = [];
    const m = createMatcher(
      { candidates, vacancies },
      { onProgress: (done, total) => steps.push([done, total]) },
    );
    expect(steps).toEqual([
      [4096, 16388],
      [8192, 16388],
      [8193, 16388],
      [8194, 16388],
      [12290, 16388],
      [16386, 16388],
      [16387, 16388],
      [16388, 16388],
    ]);
    expect([m.candidateIndex('c4096'), m.vacancyIndex('v4096')]).toEqual([4096, 4096]);
    // The feed cuts a longer list itself.
    const fed: number[] = [];
    const build = matcherBuild({ onProgress: (done) => fed.push(done) }, 4097);
    build.addCandidates(candidates);
    expect(fed).toEqual([4096, 8192, 8193, 8194]);
    expect(build.finish().candidates).toHaveLength(4097);
  });

  it('a clean build has no failed vacancy, nor one whose build has an issue', () => {
    const build = matcherBuild({}, 0);
    build.addCandidates([cand('c1')]);
    build.addVacancies([vac('v1')]);
    expect(build.failedVacancy).toBe(-1);
    const bad = matcherBuild({}, 0);
    bad.addCandidates([cand('c1')]);
    bad.addVacancies([vac('v0'), vac('v1', { tasks: undefined, occupation: 'onbekend beroep' })]);
    expect(bad.failedVacancy).toBe(1);
    bad.addVacancies([{ ...vac('v2'), employerId: 5 }]);
    expect(bad.failedVacancy).toBe(-1);
    expect(errorOf(() => bad.finish())).toMatchObject({ code: 'VALIDATION' });
  });

  it('an empty list reports no step', () => {
    const steps: number[][] = [];
    const build = matcherBuild({ onProgress: (done, total) => steps.push([done, total]) }, 1);
    build.addCandidates([]);
    build.addVacancies([]);
    expect(steps).toEqual([]);
    build.addVacancies([vac('v1')]);
    expect(steps).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('the first vacancy whose tasks cannot be derived is the failure, in its chunk or a later one', () => {
    const unknown = (id: string) => vac(id, { tasks: undefined, occupation: 'onbekend beroep' });
    for (const chunks of [
      [[vac('v0'), unknown('v1'), unknown('v2')]],
      [
        [vac('v0'), unknown('v1')],
        [vac('v2'), unknown('v3')],
      ],
    ]) {
      const build = matcherBuild({}, 0);
      build.addCandidates([cand('c1')]);
      for (const chunk of chunks) build.addVacancies(chunk);
      expect(build.failedVacancy).toBe(1);
      expect(errorOf(() => build.finish())).toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining('vacancy "v1"'),
      });
    }
  });

  it('shares equal parts only when asked (a build whose records are never handed out)', () => {
    const input = { candidates: [cand('c1'), cand('c2')], vacancies: [vac('v1'), vac('v2')] };
    const own = createMatcher(input);
    expect(own.vacancies[0]!.tasks).toEqual(own.vacancies[1]!.tasks);
    expect(own.vacancies[0]!.tasks).not.toBe(own.vacancies[1]!.tasks);
    expect(own.candidates[0]!.skills).not.toBe(own.candidates[1]!.skills);
    const build = matcherBuild({}, 4, true);
    build.addCandidates(input.candidates);
    build.addVacancies(input.vacancies);
    const shared = build.finish();
    expect(shared.vacancies[0]!.tasks).toBe(shared.vacancies[1]!.tasks);
    expect(shared.candidates[0]!.skills).toBe(shared.candidates[1]!.skills);
    expect(shared.rank('c1')).toEqual(own.rank('c1'));
  });

  it('reports a step for validating and one for compiling each chunk, out of 2 × records', () => {
    const steps: number[][] = [];
    createMatcher(
      { candidates: [cand('c1'), cand('c2')], vacancies: [vac('v1'), vac('v2'), vac('v3')] },
      { onProgress: (done, total) => steps.push([done, total]) },
    );
    expect(steps).toEqual([
      [2, 10],
      [4, 10],
      [7, 10],
      [10, 10],
    ]);
  });

  it('stops at the next step after an abort, and before anything when aborted already', () => {
    const controller = new AbortController();
    const steps: number[] = [];
    const error = errorOf(() =>
      createMatcher(
        { candidates: [cand('c1')], vacancies: [vac('v1')] },
        {
          signal: controller.signal,
          onProgress: (done) => {
            steps.push(done);
            controller.abort();
          },
        },
      ),
    );
    expect(error).toMatchObject({ code: 'ABORTED', message: 'createMatcher was aborted' });
    expect(steps).toEqual([1]);
    expect(errorOf(() => matcherBuild({ signal: controller.signal }))).toMatchObject({
      code: 'ABORTED',
      message: 'createMatcher was aborted',
    });
  });

  it('takes candidates while no vacancy has been fed (an empty list feeds none)', () => {
    const build = matcherBuild(null as never, 0);
    build.addVacancies([]);
    build.addCandidates([cand('c1')]);
    build.addVacancies([vac('v1')]);
    expect(errorOf(() => build.addCandidates([cand('c2')]))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'createMatcher: candidates fed after vacancies',
    });
    expect(
      build
        .finish()
        .rank('c1')
        .map((x) => x.vacancyId),
    ).toEqual(['v1']);
  });

  it('names issues, duplicates and warnings by their index in the whole list, across chunks', () => {
    const build = matcherBuild({}, 0);
    build.addCandidates([cand('c1'), cand('c2')]);
    build.addCandidates([cand('c3'), { ...cand('c1'), hoursperweek: 3 }, cand('c2')]);
    build.addVacancies([vac('v1')]);
    build.addVacancies([vac('v2'), { ...vac('v3'), employerId: 5 }]);
    expect(build.failedVacancy).toBe(-1);
    const error = errorOf(() => build.finish());
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect((error.issues as { path: unknown[]; message: string }[]).map((i) => [i.path, i.message])).toEqual([
      [['candidates', 3, 'id'], 'duplicate id "c1" (first at index 0)'],
      [['candidates', 4, 'id'], 'duplicate id "c2" (first at index 1)'],
      [['vacancies', 2, 'employerId'], expect.any(String)],
    ]);
    expect(error.message).toMatch(/^createMatcher: 3 problems\n/);
  });

  it('keeps the warnings of a chunked build and of the edits, each under its name', () => {
    const build = matcherBuild({}, 0);
    build.addCandidates([cand('c1')]);
    build.addCandidates([cand('c2'), { ...cand('c3'), hoursperweek: 3 }]);
    build.addVacancies([vac('v1'), { ...vac('v2'), sectr: 'x' }]);
    const m = build.finish();
    m.updateVacancy({ ...vac('v1'), wagePerhour: 3 });
    m.updateCandidate({ ...cand('c1'), hoursperweek: 3 });
    expect(m.warnings.map((w) => w.path)).toEqual([
      ['candidates', 2, 'hoursperweek'],
      ['vacancies', 1, 'sectr'],
      ['updateVacancy', 'wagePerhour'],
      ['updateCandidate', 'hoursperweek'],
    ]);
  });

  it('states the FML items the vacancies state, and more when told', () => {
    const build = matcherBuild({}, 0);
    build.addCandidates([cand('c1')]);
    build.addVacancies([
      vac('v1', {
        tasks: [{ id: 't', kind: 'cleaning', hoursPerWeek: 16, demands: { 'IV.13': 1 }, skills: [] }],
      }),
    ]);
    expect(build.statedItems()).toEqual(['IV.13']);
    build.judgeAlso(['I.9']);
    expect(build.statedItems()).toEqual(['I.9', 'IV.13']);
  });
});
