import { isBanenmatchError } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { resolveMatcherOptions } from '../../src/scoring/options.js';

// The matcher's options (issue 20, mutation testing of src/scoring/options.ts): every default, and
// every bound refused with the option's path and the function that was called.

const refusal = (o: unknown, where?: string, prefix?: readonly string[]) => {
  try {
    resolveMatcherOptions(o, where, prefix);
  } catch (e) {
    return isBanenmatchError(e) ? `${e.code} ${e.message}` : String(e);
  }
  return 'accepted';
};

describe('resolveMatcherOptions', () => {
  it('the defaults, and an option given only in part keeps the others', () => {
    const defaults = {
      weights: { capability: 0.3, skills: 0.2, commute: 0.15, hours: 0.1, economics: 0.15, preferences: 0.1 },
      minScore: 0,
      priorityFirst: false,
      commute: { defaultKm: 15, travelLimitedKm: 5 },
      carving: { minHours: 12 },
      carvedFactor: 0.85,
      unknownSkills: 0.5,
      skillDistance: 0.2,
    };
    expect(resolveMatcherOptions(undefined)).toEqual(defaults);
    expect(resolveMatcherOptions({})).toEqual(defaults);
    expect(resolveMatcherOptions({ weights: { skills: 1 }, carving: {} })).toEqual({
      ...defaults,
      weights: { ...defaults.weights, skills: 1 },
    });
    expect(resolveMatcherOptions({ carving: false, minScore: 1, carvedFactor: 0 })).toMatchObject({
      carving: false,
      minScore: 1,
      carvedFactor: 0,
    });
  });

  it('each bound refused, naming the option under the caller’s prefix', () => {
    const zero = { capability: 0, skills: 0, commute: 0, hours: 0, economics: 0, preferences: 0 };
    expect(refusal({ weights: zero })).toBe(
      'INVALID_ARGUMENT createMatcher: `weights`: at least one weight must be more than 0',
    );
    expect(refusal({ weights: { ...zero, hours: 0.01 } })).toBe('accepted');
    expect(refusal({ minScore: 1.1 }, 'assignInParallel', ['matcher'])).toBe(
      'INVALID_ARGUMENT assignInParallel: `matcher.minScore`: Too big: expected number to be <=1',
    );
    const cases: [unknown, string][] = [
      [{ weights: { skills: -1 } }, '`weights.skills`: Too small: expected number to be >=0'],
      [{ minScore: -0.1 }, '`minScore`: Too small: expected number to be >=0'],
      [{ carvedFactor: 1.01 }, '`carvedFactor`: Too big: expected number to be <=1'],
      [{ unknownSkills: -0.01 }, '`unknownSkills`: Too small: expected number to be >=0'],
      [{ skillDistance: 1.5 }, '`skillDistance`: Too big: expected number to be <=1'],
      [{ carving: { minHours: -1 } }, '`carving.minHours`: Too small: expected number to be >=0'],
      [{ date: '2026-13-01' }, '`date`: Invalid ISO date'],
      [
        { commute: { defaultKm: 0, travelLimitedKm: 5 } },
        '`commute.defaultKm`: Too small: expected number to be >0',
      ],
    ];
    for (const [o, message] of cases) expect(refusal(o)).toBe(`INVALID_ARGUMENT createMatcher: ${message}`);
  });

  it('each weight alone may carry the score, at any size; none below 0', () => {
    const zero = { capability: 0, skills: 0, commute: 0, hours: 0, economics: 0, preferences: 0 };
    for (const name of Object.keys(zero)) {
      expect(refusal({ weights: { ...zero, [name]: 2 } })).toBe('accepted');
      expect(resolveMatcherOptions({ weights: { ...zero, [name]: 0.4 } }).weights).toEqual({
        ...zero,
        [name]: 0.4,
      });
      expect(refusal({ weights: { [name]: -0.5 } })).toBe(
        `INVALID_ARGUMENT createMatcher: \`weights.${name}\`: Too small: expected number to be >=0`,
      );
    }
  });

  it('the factors in [0, 1] take any value between', () => {
    for (const name of ['minScore', 'carvedFactor', 'unknownSkills', 'skillDistance']) {
      for (const x of [0, 0.37, 1]) expect(resolveMatcherOptions({ [name]: x })).toMatchObject({ [name]: x });
      expect(refusal({ [name]: 1.5 })).toBe(
        `INVALID_ARGUMENT createMatcher: \`${name}\`: Too big: expected number to be <=1`,
      );
      expect(refusal({ [name]: -0.5 })).toBe(
        `INVALID_ARGUMENT createMatcher: \`${name}\`: Too small: expected number to be >=0`,
      );
    }
  });
});
