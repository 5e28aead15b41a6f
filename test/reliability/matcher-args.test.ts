import {
  assign,
  commuteLimitKm,
  compareSkills,
  createMatcher,
  createSkillVocabulary,
  generateRegion,
  haversineKm,
  mapSkill,
  reassign,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../helpers/errors.js';

const region = generateRegion({ seed: 3, candidates: 15, vacancies: 20 });
const matcher = createMatcher(region);

describe('matcher, assignment and helpers at their public entry', () => {
  it('arbitrary arguments give a coded error or a result, never a TypeError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        codeOf(() => createMatcher(a as never));
        codeOf(() => createMatcher(region, a as never));
        codeOf(() => matcher.rank(a as never, b as never));
        codeOf(() => matcher.rankCandidates(a as never, b as never));
        codeOf(() => matcher.score(a as never, b as never));
        codeOf(() => matcher.shortlist(a as never));
        codeOf(() => assign(a as never));
        codeOf(() => assign(matcher, { k: a } as never));
        codeOf(() => reassign(a as never, matcher));
        codeOf(() => commuteLimitKm(a as never));
        codeOf(() => haversineKm(a as never, 5, 52, 5));
        codeOf(() => createSkillVocabulary(a as never));
        codeOf(() => mapSkill(createSkillVocabulary(), a as never));
        codeOf(() => compareSkills(createSkillVocabulary(), a as never, b as never));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the expected codes for the cases the fuzzer found', () => {
    expect(codeOf(() => createMatcher(null as never))).toBe('VALIDATION');
    expect(codeOf(() => matcher.rank(null as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => matcher.rank('c-00001', { k: 1e308 }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => matcher.rankAll({ k: 2 ** 31 }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => matcher.rank('c-00001', null as never))).toBe('ok');
    expect(codeOf(() => assign(matcher, null))).toBe('ok');
    expect(codeOf(() => assign({} as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => haversineKm(Number.NaN, 5, 52, 5))).toBe('NAN_INPUT');
    expect(codeOf(() => commuteLimitKm({ maxCommuteKm: Number.NaN, capabilities: {} }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      codeOf(() =>
        compareSkills(createSkillVocabulary(), ['a'], [{ skills: ['a'], hoursPerWeek: Number.NaN }]),
      ),
    ).toBe('INVALID_ARGUMENT');
  });
});
