import { describe, expect, it } from 'vitest';
import { rankAllOptions, rankOptions } from '../../src/scoring/rank/top-k.js';

// The options of the rankings (src/scoring/rank/top-k.ts), bound by bound (issue 20, mutation testing).

describe('rank options', () => {
  it('k is a whole number from 0 to 100,000, 10 by default (also for null and {})', () => {
    for (const o of [undefined, null, {}]) expect(rankOptions(o, 'rank')).toEqual({ k: 10 });
    expect(rankOptions({ k: 0 }, 'rank')).toEqual({ k: 0 });
    expect(rankOptions({ k: 100_000 }, 'rank')).toEqual({ k: 100_000 });
    expect(() => rankOptions({ k: -1 }, 'rank')).toThrow('rank: `k`: Too small: expected number to be >=0');
    expect(() => rankOptions({ k: 100_001 }, 'rankCandidates')).toThrow(
      'rankCandidates: `k`: Too big: expected number to be <=100000',
    );
    expect(() => rankOptions({ k: 1.5 }, 'rank')).toThrow(
      'rank: `k`: Invalid input: expected int, received number',
    );
  });

  it('rankAll and shortlist take the same k, a signal and a progress callback', () => {
    expect(rankAllOptions(undefined, 'rankAll').k).toBe(10);
    expect(rankAllOptions({ k: 100_000 }, 'rankAll').k).toBe(100_000);
    expect(() => rankAllOptions({ k: 100_001 }, 'shortlist')).toThrow(
      'shortlist: `k`: Too big: expected number to be <=100000',
    );
    expect(() => rankAllOptions({ k: -1 }, 'rankAll')).toThrow('rankAll: `k`: Too small');
    expect(() => rankAllOptions({ signal: 5 as never }, 'rankAll')).toThrow(
      'rankAll: `signal`: must be an AbortSignal',
    );
    expect(() => rankAllOptions({ onProgress: 1 as never }, 'rankAll')).toThrow(
      'rankAll: `onProgress`: must be a function',
    );
    const onProgress = (): void => {};
    expect(rankAllOptions({ k: 2, onProgress }, 'rankAll')).toMatchObject({ k: 2, onProgress });
  });
});
