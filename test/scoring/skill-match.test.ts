import { compareSkills, createSkillVocabulary, mapSkill, type SkillVocabulary, skillLabel } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalSkill } from '../../src/scoring/skills.js';

// The skills component by hand (issue 20, mutation testing of src/scoring/skills.ts): the vocabulary,
// the fuzzy mapping at its threshold, and compareSkills' coverage, cosine and lists on worked cases.

let defaultVocab: SkillVocabulary | undefined;
/** The default vocabulary, made inside the tests: a broken vocabulary then fails them, not the file's import. */
const vocab = (): SkillVocabulary => (defaultVocab ??= createSkillVocabulary());
const SEED = Number(process.env.FC_SEED ?? 20);

describe('createSkillVocabulary', () => {
  it('normalises, merges duplicates, skips text without letters and keeps the first spelling as label', () => {
    const v = createSkillVocabulary(['Schoonmaken', 'schoonmaken', '  Hygiëne   Plus ', '!!', 'abcde']);
    expect(v.names).toEqual(['schoonmaken', 'hygiene plus', 'abcde']);
    expect(v.labels).toEqual(['schoonmaken', 'hygiëne plus', 'abcde']);
    expect([...v.index]).toEqual([
      ['schoonmaken', 0],
      ['hygiene plus', 1],
      ['abcde', 2],
    ]);
    expect(v.maxRelativeDistance).toBe(0.2);
  });

  it('by default holds every skill of the task-kind catalogue', () => {
    expect(vocab().names.length).toBe(115);
    expect(vocab().names.slice(0, 3)).toEqual(['schoonmaken', 'stofzuigen', 'dweilen']);
    expect(vocab().index.get('hygiene')).toBe(7);
  });

  it('refuses names that are not strings and a threshold outside [0, 1], naming the argument', () => {
    expect(() => createSkillVocabulary('x' as never)).toThrow(
      'createSkillVocabulary: expected `names` to be an array',
    );
    expect(() => createSkillVocabulary(['a', 5 as never])).toThrow(
      'createSkillVocabulary: expected `names[1]` to be a string',
    );
    expect(() => createSkillVocabulary(['a'], 2)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    for (const bad of [-0.01, 1.01, Number.NaN])
      expect(() => createSkillVocabulary(['a'], bad), String(bad)).toThrow(
        'createSkillVocabulary: `maxRelativeDistance` must be in [0, 1]',
      );
    expect(createSkillVocabulary(['a'], 0).maxRelativeDistance).toBe(0);
    expect(createSkillVocabulary(['a'], 1).maxRelativeDistance).toBe(1);
  });
});

describe('mapSkill', () => {
  const v = createSkillVocabulary(['abcde', 'abcdf', 'vouwen']);

  it('maps exactly after normalisation, else the closest name within the relative distance', () => {
    expect(mapSkill(v, ' VOUWEN ')).toBe(2);
    expect(mapSkill(v, 'vouwe')).toBe(2); // 1 edit / 6 letters
    expect(mapSkill(vocab(), 'stof zuigen')).toBe(vocab().index.get('stofzuigen'));
    expect(mapSkill(v, 'xyz')).toBe(-1);
  });

  it('accepts a distance exactly at the threshold and not above it', () => {
    expect(mapSkill(v, 'abcd')).toBe(0); // 1 / 5 = 0.2
    expect(mapSkill(v, 'abc')).toBe(-1); // 2 / 5
    expect(mapSkill(createSkillVocabulary(['abcde', 'abcdf', 'vouwen'], 0.19), 'abcd')).toBe(-1);
    expect(mapSkill(createSkillVocabulary(['abcde'], 0), 'abcdx')).toBe(-1);
  });

  it('breaks a tie toward the lower index and prefers the closer name wherever it stands', () => {
    expect(mapSkill(v, 'abcdx')).toBe(0); // 1 / 5 from both
    expect(mapSkill(createSkillVocabulary(['abcdf', 'abcde']), 'abcdx')).toBe(0);
    // 'abcdef' is 1 from 'abcdex' (1/6), 'abcxyz' 2 away (2/6): the closer one, listed second, wins.
    expect(mapSkill(createSkillVocabulary(['abcxyz', 'abcdef'], 0.4), 'abcdex')).toBe(1);
    expect(mapSkill(createSkillVocabulary(['abcdef', 'abcxyz'], 0.4), 'abcdex')).toBe(0);
  });

  it('answers the same on a second call (the cache) and refuses arguments of the wrong kind', () => {
    expect(mapSkill(v, 'abcdy')).toBe(0);
    expect(mapSkill(v, 'abcdy')).toBe(0);
    expect(mapSkill(v, 'qqqqq')).toBe(-1);
    expect(mapSkill(v, 'qqqqq')).toBe(-1);
    expect(() => mapSkill(null as never, 'a')).toThrow('mapSkill: expected `vocab` to be an object');
    expect(() => mapSkill(v, 5 as never)).toThrow('mapSkill: expected `text` to be a string');
  });

  it('canonicalSkill: the catalogue name, else the own normalised text, else empty', () => {
    expect(canonicalSkill(vocab(), 'Stof-zuigen')).toBe('stofzuigen');
    // 'schoonmaak' is 3 edits from 'schoonmaken' (3 / 11 > 0.2): its own text
    expect(canonicalSkill(vocab(), 'Schoonmaak')).toBe('schoonmaak');
    expect(canonicalSkill(vocab(), 'Bloemen-Schikken!')).toBe('bloemen schikken');
    expect(canonicalSkill(vocab(), '!!')).toBe('');
    // a fuzzy match to the first name of the catalogue (index 0)
    expect(canonicalSkill(vocab(), 'Schoonmakken')).toBe('schoonmaken');
    expect(skillLabel(vocab(), 'hygiene')).toBe('hygiëne');
    expect(skillLabel(vocab(), 'eigen vak')).toBe('eigen vak');
  });
});

describe('compareSkills on worked cases', () => {
  it('coverage, cosine, and the lists by hours then name, experience as one more skill', () => {
    // Job: schoonmaken 6 + 4 = 10 h, dweilen 6 h, experience in cleaning 6 h, afwassen 4 h: 26 h.
    // The candidate has schoonmaken, afwassen, the experience, and koken (not asked): 20 of 26 h.
    const r = compareSkills(
      vocab(),
      ['Schoonmaken', 'afwassen', 'koken'],
      [
        { skills: ['schoonmaken', 'Schoonmaken ', 'dweilen'], hoursPerWeek: 6, kind: 'cleaning' },
        { skills: ['afwassen', 'schoonmaken'], hoursPerWeek: 4 },
      ],
      ['cleaning'],
    );
    expect(r.coverage).toBeCloseTo(20 / 26, 15);
    // a = [1, 0, 1, 1, 1], b = [4, 6, 6, 0, 10] over afwassen, dweilen, ervaring, koken, schoonmaken
    expect(r.similarity).toBeCloseTo(20 / (2 * Math.sqrt(188)), 15);
    expect(r.matched).toEqual(['schoonmaken', 'ervaring met schoonmaken', 'afwassen']);
    expect(r.missing).toEqual(['dweilen']);
  });

  it('the example of the documentation, and a skill in two tasks counted with both hours', () => {
    const r = compareSkills(
      vocab(),
      ['schoonmaken'],
      [{ skills: ['schoonmaken', 'dweilen'], hoursPerWeek: 10 }],
    );
    expect(r.coverage).toBe(0.5);
    expect(r.similarity).toBeCloseTo(Math.SQRT1_2, 15);
    expect([r.matched, r.missing]).toEqual([['schoonmaken'], ['dweilen']]);
    const two = compareSkills(
      vocab(),
      ['dweilen'],
      [
        { skills: ['dweilen'], hoursPerWeek: 3 },
        { skills: ['dweilen', 'vouwen'], hoursPerWeek: 2 },
        { skills: ['schoonmaken'], hoursPerWeek: 4 },
      ],
    );
    expect(two.coverage).toBeCloseTo(5 / 11, 15); // dweilen 3 + 2 of 11 h
    expect(two.missing).toEqual(['schoonmaken', 'vouwen']);
  });

  it('a task of 0 hours weighs nothing and is not listed; a job of 0 hours has no coverage', () => {
    const r = compareSkills(
      vocab(),
      ['vouwen'],
      [
        { skills: ['schoonmaken'], hoursPerWeek: 8 },
        { skills: ['vouwen', 'dweilen'], hoursPerWeek: 0, kind: 'cleaning' },
      ],
    );
    expect(r.coverage).toBe(0);
    expect(r.similarity).toBe(0);
    expect(r.matched).toEqual([]);
    expect(r.missing).toEqual(['schoonmaken']);
    const none = compareSkills(vocab(), ['vouwen'], [{ skills: ['vouwen'], hoursPerWeek: 0 }]);
    expect(none).toEqual({ coverage: undefined, similarity: undefined, matched: [], missing: [] });
  });

  it('skills of equal hours listed by name; a skill without letters is no skill', () => {
    const r = compareSkills(
      vocab(),
      ['vouwen', 'dweilen', 'inpakken'],
      [
        { skills: ['vouwen', 'dweilen', '!!', 'afwassen', 'inpakken', 'koken'], hoursPerWeek: 4 },
        { skills: ['?'], hoursPerWeek: 4 },
      ],
    );
    expect(r.matched).toEqual(['dweilen', 'inpakken', 'vouwen']);
    expect(r.missing).toEqual(['afwassen', 'koken']);
    expect(r.coverage).toBeCloseTo(12 / 20, 15);
  });

  it('no comparison without skills on a side: no cosine, coverage 0 or none', () => {
    expect(compareSkills(vocab(), [], [{ skills: ['dweilen'], hoursPerWeek: 4 }])).toEqual({
      coverage: 0,
      similarity: undefined,
      matched: [],
      missing: ['dweilen'],
    });
    expect(compareSkills(vocab(), ['!!', ''], [{ skills: ['dweilen'], hoursPerWeek: 4 }]).similarity).toBe(
      undefined,
    );
    expect(compareSkills(vocab(), ['dweilen'], [])).toEqual({
      coverage: undefined,
      similarity: undefined,
      matched: [],
      missing: [],
    });
    // experience alone is a skill: the cosine is defined
    const exp = compareSkills(vocab(), [], [{ skills: [], hoursPerWeek: 4, kind: 'cleaning' }], ['cleaning']);
    expect(exp).toEqual({ coverage: 1, similarity: 1, matched: ['ervaring met schoonmaken'], missing: [] });
  });

  it('refuses tasks of the wrong shape and hours that are not finite and ≥ 0, naming the path', () => {
    const task = { skills: ['a'], hoursPerWeek: 1 };
    expect(() => compareSkills(vocab(), ['a'], [task], 'x' as never)).toThrow(
      'compareSkills: expected `experience` to be an array',
    );
    expect(() => compareSkills(vocab(), 'a' as never, [task])).toThrow(
      'compareSkills: expected `candidateSkills` to be an array',
    );
    expect(() => compareSkills(vocab(), ['a', 1 as never], [task])).toThrow(
      'compareSkills: expected `candidateSkills[1]` to be a string',
    );
    expect(() => compareSkills(vocab(), ['a'], {} as never)).toThrow(
      'compareSkills: expected `tasks` to be an array',
    );
    expect(() => compareSkills(vocab(), ['a'], [task, 3 as never])).toThrow(
      'compareSkills: expected `tasks[1]` to be an object',
    );
    expect(() => compareSkills(vocab(), ['a'], [{ skills: 'a' as never, hoursPerWeek: 1 }])).toThrow(
      'compareSkills: expected `tasks[0].skills` to be an array',
    );
    expect(() => compareSkills(vocab(), ['a'], [{ skills: ['a', 2 as never], hoursPerWeek: 1 }])).toThrow(
      'compareSkills: expected `tasks[0].skills[1]` to be a string',
    );
    for (const h of [-1, -0.001, Number.NaN, Number.POSITIVE_INFINITY, '4' as never])
      expect(
        () => compareSkills(vocab(), ['a'], [task, { skills: ['a'], hoursPerWeek: h }]),
        String(h),
      ).toThrow('compareSkills: tasks[1].hoursPerWeek must be a finite number ≥ 0');
    expect(() => compareSkills(vocab(), ['a'], [{ skills: ['a'], hoursPerWeek: -1 }])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(compareSkills(vocab(), ['a'], [{ skills: ['a'], hoursPerWeek: 0 }]).coverage).toBe(undefined);
  });
});

describe('compareSkills properties', () => {
  const SKILLS = ['schoonmaken', 'dweilen', 'afwassen', 'vouwen', 'koken', 'heftruckcertificaat'];
  const KINDS = ['cleaning', 'packing'];
  const taskArb = fc.record({
    skills: fc.subarray(SKILLS),
    hoursPerWeek: fc.integer({ min: 0, max: 16 }),
    kind: fc.option(fc.constantFrom(...KINDS), { nil: undefined }),
  });
  const arb = fc.record({
    cand: fc.subarray(SKILLS),
    more: fc.subarray(SKILLS),
    experience: fc.subarray(KINDS),
    tasks: fc.array(taskArb, { maxLength: 4 }),
  });

  it('coverage and cosine in [0, 1], coverage the covered hours over all hours, never lower with more skills', () => {
    fc.assert(
      fc.property(arb, ({ cand, more, experience, tasks }) => {
        const r = compareSkills(vocab(), cand, tasks, experience);
        const has = new Set<string>([...cand, ...experience.map((k) => `@${k}`)]);
        let total = 0;
        let covered = 0;
        for (const t of tasks) {
          const keys = [...new Set(t.skills), ...(t.kind === undefined ? [] : [`@${t.kind}`])];
          for (const k of keys) {
            total += t.hoursPerWeek;
            if (has.has(k)) covered += t.hoursPerWeek;
          }
        }
        if (total === 0) expect(r.coverage).toBe(undefined);
        else expect(r.coverage).toBeCloseTo(covered / total, 12);
        if (r.similarity !== undefined) {
          expect(r.similarity).toBeGreaterThanOrEqual(0);
          expect(r.similarity).toBeLessThanOrEqual(1);
        }
        expect(r.matched.length + r.missing.length).toBeLessThanOrEqual(SKILLS.length + KINDS.length);
        const broader = compareSkills(vocab(), [...cand, ...more], tasks, experience);
        expect(broader.coverage ?? 0).toBeGreaterThanOrEqual((r.coverage ?? 0) - 1e-12);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
