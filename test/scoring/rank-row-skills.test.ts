import {
  type CandidateInput,
  createMatcher,
  type Match,
  type MatcherOptions,
  type VacancyInput,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topVacanciesByScoring } from '../helpers/oracle.js';

// The scan skips a row of a job shape the candidate has met by the row's own bound: the shape's, with
// the skills of the row's job when they are known for the candidate (a full job's by its skill
// signature, a carved job's by its content; src/scoring/rank/search.ts, `skillsLoss`). Known means
// computed for *this* candidate: the caches keep other candidates' skills. Here every shape comes at
// several vacancies with other skills (so other signatures), candidates differ in skills only where
// it matters, and each ranking must be the brute-force top k of `score()` over every pair.

/** Places about 0, 1.1, 2.2 and 3.3 km north of the candidates: the scan meets them in that order. */
const place = (step: number) => ({ municipality: 'Hilversum', lat: 52.2 + 0.01 * step, lon: 5.2 });
const SKILLS = ['schoonmaken', 'afwassen', 'inpakken', 'archiveren'];

const shapeArb = fc.record({
  /** Hours of a light task and of a heavy one (IV.13 code 0 needed: a limited candidate carves). */
  light: fc.constantFrom(4, 6, 8, 12),
  heavy: fc.constantFrom(0, 4, 10),
  carvable: fc.boolean(),
});
const vacancyArb = fc.record({
  shape: fc.nat(2),
  at: fc.nat(3),
  /** The job's skills and the light task's: the signature and the carved job's content. */
  skills: fc.subarray(SKILLS, { maxLength: 2 }),
  taskSkills: fc.subarray(SKILLS, { maxLength: 2 }),
});
const candidateArb = fc.record({
  skills: fc.subarray(SKILLS),
  limited: fc.boolean(),
  max: fc.constantFrom(8, 40),
});

type Shape = typeof shapeArb extends fc.Arbitrary<infer T> ? T : never;
type VacancyDraw = typeof vacancyArb extends fc.Arbitrary<infer T> ? T : never;
type CandidateDraw = typeof candidateArb extends fc.Arbitrary<infer T> ? T : never;

function inputOf(shapes: readonly Shape[], vs: readonly VacancyDraw[], cs: readonly CandidateDraw[]) {
  const vacancies = vs.map((v, j): VacancyInput => {
    const s = shapes[v.shape % shapes.length]!;
    const tasks = [
      { id: 't0', kind: 'cleaning', hoursPerWeek: s.light, core: false, skills: v.taskSkills, demands: {} },
      ...(s.heavy > 0
        ? [
            {
              id: 't1',
              kind: 'loading',
              hoursPerWeek: s.heavy,
              core: false,
              skills: [],
              demands: { 'IV.13': 0 },
            },
          ]
        : []),
    ];
    return {
      id: `v${j}`,
      employerId: 'e1',
      location: place(v.at),
      hoursPerWeek: s.light + s.heavy,
      carvable: s.carvable,
      skills: v.skills,
      sector: 'market',
      occupation: 'schoonmaker',
      tasks,
    };
  });
  const candidates = cs.map(
    (c, i): CandidateInput => ({
      id: `c${i}`,
      targetGroup: 'participatiewet',
      home: place(0),
      hoursPerWeek: { min: 0, max: c.max },
      capabilities: c.limited ? { 'IV.13': 2 } : {},
      skills: c.skills,
      qualifications: [],
      preferences: { avoidTaskKinds: [] },
    }),
  );
  return { candidates, vacancies };
}

describe('a known job shape’s rows skipped by their own skills', () => {
  it('property: rank, rankAll and shortlist are the brute-force top k of score(), candidates reading only their own skills', () => {
    fc.assert(
      fc.property(
        fc.array(shapeArb, { minLength: 1, maxLength: 3 }),
        fc.array(vacancyArb, { minLength: 2, maxLength: 10 }),
        fc.array(candidateArb, { minLength: 2, maxLength: 4 }),
        fc.constantFrom(1, 2),
        fc.constantFrom<MatcherOptions>(
          { carving: { minHours: 4 } },
          {
            carving: { minHours: 4 },
            weights: { skills: 4, capability: 1, commute: 1, hours: 1, economics: 1, preferences: 1 },
          },
        ),
        (shapes, vs, cs, k, options) => {
          const input = inputOf(shapes, vs, cs);
          const m = createMatcher(input, options);
          const short = m.shortlist({ k });
          const all = m.rankAll({ k });
          for (let ci = 0; ci < cs.length; ci++) {
            const want = topVacanciesByScoring(m, `c${ci}`, k);
            const from = short.offsets[ci]!;
            expect([...short.vacancies.subarray(from, short.offsets[ci + 1])], `c${ci}`).toEqual(want);
            expect(
              all.byCandidate[ci]!.map((x) => m.vacancyIndex(x.vacancyId)),
              `c${ci}`,
            ).toEqual(want);
            expect(m.rank(m.candidates[ci]!.id, { k }), `c${ci}`).toEqual(all.byCandidate[ci]);
          }
        },
      ),
      { numRuns: 300, seed: 24 },
    );
  });

  it('worked: a carved job’s row is skipped by its content’s skills less the carved factor, not by the full job’s', () => {
    // Three jobs of an 8 h cleaning task with two skills and a 4 h loading task: the same skills, so one
    // skill signature. v1's loading is light: the full job for a candidate of at most 12 h who lifts
    // little and has one of the skills; its signature's skills are known first. v2 and v3 lift heavy
    // (another job shape): carved to the cleaning task, whose skills (the content's) count × the carved
    // factor (0.85). v2, 0.44 km away, meets the shape; v3, at the candidate's place, is a row of the
    // known shape with its content's skills known.
    const cleaning = {
      id: 't0',
      kind: 'cleaning',
      hoursPerWeek: 8,
      core: false,
      skills: ['schoonmaken', 'afwassen'],
      demands: {},
    };
    const job = (id: string, lat: number, heavy: boolean): VacancyInput => ({
      id,
      employerId: 'e1',
      location: { municipality: 'Hilversum', lat, lon: 5.2 },
      hoursPerWeek: 12,
      carvable: true,
      skills: [],
      sector: 'market',
      occupation: 'schoonmaker',
      tasks: [
        cleaning,
        {
          id: 't1',
          kind: 'loading',
          hoursPerWeek: 4,
          core: false,
          skills: [],
          demands: heavy ? { 'IV.13': 0 } : {},
        },
      ],
    });
    const candidate: CandidateInput = {
      id: 'c0',
      targetGroup: 'participatiewet',
      home: place(0),
      hoursPerWeek: { min: 0, max: 12 },
      capabilities: { 'IV.13': 2 },
      skills: ['schoonmaken'],
      qualifications: [],
      preferences: { avoidTaskKinds: [] },
    };
    const input = {
      candidates: [candidate],
      vacancies: [job('v1', 52.2, false), job('v2', 52.204, true), job('v3', 52.2, true)],
    };
    const options: MatcherOptions = {
      carving: { minHours: 4 },
      weights: { skills: 4, capability: 1, commute: 1, hours: 1, economics: 1, preferences: 1 },
    };
    const m = createMatcher(input, options);
    const [v1, v2, v3] = ['v1', 'v2', 'v3'].map((id) => m.score('c0', id) as Match);
    const skills = (r: Match) => r.components.find((c) => c.name === 'skills')!.value;
    expect(v1!.job).toBe('full');
    expect(v2!.job).toMatchObject({ kind: 'carved', hoursPerWeek: 8 });
    expect(v3!.job).toMatchObject({ kind: 'carved', hoursPerWeek: 8 });
    // The kind counts as a skill too: the full job's skills are 8 of 28 hours-weighted, the carved job's 8 of 24.
    expect([skills(v1!), skills(v2!), skills(v3!)]).toEqual([8 / 28, 1 / 3, 1 / 3]);
    // v3 scores above v2 by the commute alone, by less than the full job's skills without the factor would take off it.
    expect(v3!.score).toBeGreaterThan(v2!.score);
    const short = m.shortlist({ k: 2 });
    expect([...short.vacancies].map((vi) => m.vacancies[vi]!.id)).toEqual(['v1', 'v3']);
    expect(m.rank('c0', { k: 2 }).map((x) => x.vacancyId)).toEqual(['v1', 'v3']);
  });
});
