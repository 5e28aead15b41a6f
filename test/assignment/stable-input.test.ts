import { blockingPairs, isBanenmatchError, type StableMatchInput, stableMatch } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// stableMatch and blockingPairs: each input check with the path it names, and the progress and
// abort protocol step by step (issue 20).

/** The message of the INVALID_ARGUMENT error `run` throws (anything else fails the test). */
function invalidMessage(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (isBanenmatchError(e) && e.code === 'INVALID_ARGUMENT') return e.message;
    throw e;
  }
  throw new Error('expected INVALID_ARGUMENT');
}

const asInput = (x: unknown) => x as StableMatchInput;

describe('stableMatch: input checks name the list and entry', () => {
  it('refuses a missing input, lists that are not arrays and bad entries', () => {
    for (const bad of [null, undefined, 5, 'x']) {
      for (const proposing of ['candidates', 'vacancies'] as const) {
        expect(invalidMessage(() => stableMatch(asInput(bad), { proposing }))).toBe(
          'stableMatch: expected { candidatePrefs, vacancyPrefs, capacities? }',
        );
      }
    }
    expect(invalidMessage(() => stableMatch(asInput({ candidatePrefs: 'ab', vacancyPrefs: [] })))).toBe(
      'stableMatch: expected `candidatePrefs` to be an array of index arrays',
    );
    // The candidates' lists are checked against the number of vacancies, which must be an array's length.
    expect(invalidMessage(() => stableMatch(asInput({ candidatePrefs: [[0]], vacancyPrefs: 'ab' })))).toBe(
      'stableMatch: candidatePrefs[0][0] = 0 is not an index in [0, 0)',
    );
    expect(invalidMessage(() => stableMatch(asInput({ candidatePrefs: [], vacancyPrefs: 'ab' })))).toBe(
      'stableMatch: expected `vacancyPrefs` to be an array of index arrays',
    );
    expect(invalidMessage(() => stableMatch(asInput({ candidatePrefs: [[0], 7], vacancyPrefs: [[]] })))).toBe(
      'stableMatch: candidatePrefs[1] is not an array',
    );
    const entry = (b: unknown) =>
      invalidMessage(() => stableMatch(asInput({ candidatePrefs: [[0, b]], vacancyPrefs: [[0], [0]] })));
    expect(entry('1')).toBe('stableMatch: candidatePrefs[0][1] = string is not an index in [0, 2)');
    expect(entry(0.5)).toBe('stableMatch: candidatePrefs[0][1] = 0.5 is not an index in [0, 2)');
    expect(entry(-1)).toBe('stableMatch: candidatePrefs[0][1] = -1 is not an index in [0, 2)');
    expect(entry(2)).toBe('stableMatch: candidatePrefs[0][1] = 2 is not an index in [0, 2)');
    expect(entry(0)).toBe('stableMatch: candidatePrefs[0] lists 0 twice');
    expect(invalidMessage(() => stableMatch({ candidatePrefs: [[0], [0]], vacancyPrefs: [[1, 2]] }))).toBe(
      'stableMatch: vacancyPrefs[0][1] = 2 is not an index in [0, 2)',
    );
  });

  it('accepts the first and last index and a capacity of 0 or 2^31 − 1', () => {
    const r = stableMatch({
      candidatePrefs: [[0, 1], [1]],
      vacancyPrefs: [[0], [1, 0]],
      capacities: [0, 2147483647],
    });
    expect([...r.candidateToVacancy]).toEqual([1, 1]);
  });

  it('refuses capacities of the wrong length or kind', () => {
    const cap = (capacities: unknown) =>
      invalidMessage(() =>
        stableMatch(asInput({ candidatePrefs: [[0]], vacancyPrefs: [[0], []], capacities })),
      );
    expect(cap('ab')).toBe('stableMatch: expected `capacities` to have one entry per vacancy (2)');
    expect(cap([1])).toBe('stableMatch: expected `capacities` to have one entry per vacancy (2)');
    expect(cap([1, '1'])).toBe('stableMatch: capacities[1] = string is not a non-negative integer');
    expect(cap([1, 1.5])).toBe('stableMatch: capacities[1] = 1.5 is not a non-negative integer');
    expect(cap([-1, 1])).toBe('stableMatch: capacities[0] = -1 is not a non-negative integer');
    expect(cap([1, 2147483648])).toBe(
      'stableMatch: capacities[1] = 2147483648 is not a non-negative integer',
    );
  });

  it('refuses a side other than candidates or vacancies', () => {
    const opts = { proposing: 'both' as unknown as 'candidates' };
    expect(invalidMessage(() => stableMatch({ candidatePrefs: [], vacancyPrefs: [] }, opts))).toBe(
      'stableMatch: `proposing`: Invalid option: expected one of "candidates"|"vacancies"',
    );
    expect(
      invalidMessage(() => stableMatch({ candidatePrefs: [], vacancyPrefs: [] }, { onProgress: 1 as never })),
    ).toBe('stableMatch: `onProgress`: must be a function');
  });
});

describe('blockingPairs: input checks', () => {
  const input: StableMatchInput = { candidatePrefs: [[0, 1], [0]], vacancyPrefs: [[0, 1], [1]] };

  it('refuses a matching that is not an array of one entry per candidate', () => {
    expect(invalidMessage(() => blockingPairs(input, 'ab' as never))).toBe(
      'blockingPairs: expected `candidateToVacancy` to be an array',
    );
    expect(invalidMessage(() => blockingPairs(input, [0]))).toBe(
      'blockingPairs: expected one entry per candidate (2), got 1',
    );
    expect(blockingPairs(input, [0, -1])).toEqual([]);
    expect(blockingPairs(input, Int32Array.of(-1, 0))).toEqual([{ candidate: 0, vacancy: 0 }]);
  });

  it('refuses a pair that is not mutually acceptable, naming the candidate and the vacancy', () => {
    const pair = (m: number[]) => invalidMessage(() => blockingPairs(input, m));
    // Vacancy 1 lists candidate 1, who does not list it; then candidate 1 lists vacancy 1, which does not list them.
    expect(pair([0, 1])).toBe(
      'blockingPairs: candidate 1 is matched to 1, not a mutually acceptable vacancy',
    );
    expect(
      invalidMessage(() => blockingPairs({ candidatePrefs: [[0], [1]], vacancyPrefs: [[0], [0]] }, [0, 1])),
    ).toBe('blockingPairs: candidate 1 is matched to 1, not a mutually acceptable vacancy');
    expect(pair([0.5, -1])).toBe(
      'blockingPairs: candidate 0 is matched to 0.5, not a mutually acceptable vacancy',
    );
    expect(pair([-2, -1])).toBe(
      'blockingPairs: candidate 0 is matched to -2, not a mutually acceptable vacancy',
    );
    expect(pair([2, -1])).toBe(
      'blockingPairs: candidate 0 is matched to 2, not a mutually acceptable vacancy',
    );
  });

  it('refuses a vacancy over its capacity', () => {
    const full: StableMatchInput = {
      candidatePrefs: [[0], [0], [0]],
      vacancyPrefs: [[0, 1, 2]],
      capacities: [2],
    };
    expect(invalidMessage(() => blockingPairs(full, [0, 0, 0]))).toBe(
      'blockingPairs: vacancy 0 holds 3 candidates, capacity 2',
    );
    // Two of three at a full vacancy: the third is ranked last, so nothing blocks; ranked first, it blocks.
    expect(blockingPairs(full, [0, 0, -1])).toEqual([]);
    expect(blockingPairs(full, [-1, 0, 0])).toEqual([{ candidate: 0, vacancy: 0 }]);
  });

  it('reads a large market without a progress callback', () => {
    // 257 × 256 list entries: past the point where stableMatch reports progress on its rank tables.
    const big: StableMatchInput = {
      candidatePrefs: Array.from({ length: 257 }, () => Array.from({ length: 256 }, (_, v) => v)),
      vacancyPrefs: Array.from({ length: 256 }, () => []),
    };
    expect(blockingPairs(big, new Int32Array(257).fill(-1))).toEqual([]);
  });
});

describe('stableMatch: progress and abort', () => {
  it('reports the rank tables read, then every proposal on a small market, and the end', () => {
    // Tables: 3 + 3 entries; then candidate 0 proposes to 0 (held), 1 to 0 (ranked higher: 0 is let
    // go), 0 to 1 (held): 3 proposals of at most 3 planned (the candidates' list entries).
    const input: StableMatchInput = { candidatePrefs: [[0, 1], [0]], vacancyPrefs: [[1, 0], [0]] };
    const seen: [number, number][] = [];
    const r = stableMatch(input, { onProgress: (d, t) => seen.push([d, t]) });
    expect([...r.candidateToVacancy]).toEqual([1, 0]);
    expect(seen).toEqual([
      [3, 9],
      [6, 9],
      [7, 9],
      [8, 9],
      [9, 9],
      [9, 9],
    ]);
  });

  it('plans the vacancies’ list entries when vacancies propose', () => {
    const input: StableMatchInput = { candidatePrefs: [[0, 1], [0]], vacancyPrefs: [[1, 0], []] };
    const seen: [number, number][] = [];
    stableMatch(input, { proposing: 'vacancies', onProgress: (d, t) => seen.push([d, t]) });
    // Tables 3 + 2, then vacancy 0 proposes to 1 (held; capacity 1, so it stops): 1 proposal of 2 planned.
    expect(seen).toEqual([
      [3, 7],
      [5, 7],
      [6, 7],
      [6, 6],
    ]);
  });

  it('reports after each 65,536 list entries read for the rank tables, at the list that reaches them', () => {
    // 257 candidates listing all 256 vacancies, which list nobody: the 256th list reaches 65,536.
    const input: StableMatchInput = {
      candidatePrefs: Array.from({ length: 257 }, () => Array.from({ length: 256 }, (_, v) => v)),
      vacancyPrefs: Array.from({ length: 256 }, () => []),
    };
    const seen: [number, number][] = [];
    const r = stableMatch(input, { onProgress: (d, t) => seen.push([d, t]) });
    expect(r.proposals).toBe(257 * 256);
    expect(seen.slice(0, 2)).toEqual([
      [65_536, 2 * 65_792],
      [65_792, 2 * 65_792],
    ]);
  });

  it('counts lists that are not arrays as empty when it plans, before it refuses them', () => {
    // 65,536 good entries are read (one report, whose total counts the bad list 'xyz' as empty).
    const good = Array.from({ length: 256 }, () => Array.from({ length: 256 }, (_, v) => v));
    const seen: [number, number][] = [];
    const bad = asInput({ candidatePrefs: [...good, 'xyz'], vacancyPrefs: good });
    expect(invalidMessage(() => stableMatch(bad, { onProgress: (d, t) => seen.push([d, t]) }))).toBe(
      'stableMatch: candidatePrefs[256] is not an array',
    );
    expect(seen).toEqual([[65_536, 3 * 65_536]]);
  });

  it('reports about a hundred times over the proposals, after each side’s rank table and at the end', () => {
    const n = 20;
    // Everyone ranks the same way: candidate c is accepted at its (c+1)-th choice, so proposals = n(n+1)/2.
    const same = Array.from({ length: n }, () => Array.from({ length: n }, (_, k) => k));
    const seen: number[] = [];
    const r = stableMatch({ candidatePrefs: same, vacancyPrefs: same }, { onProgress: (d) => seen.push(d) });
    expect(r.proposals).toBe((n * (n + 1)) / 2);
    const tables = 2 * n * n;
    expect(seen.filter((d) => d <= tables)).toEqual([n * n, tables]);
    // Step: 400 planned proposals / 100 = 4; then the end.
    const during = seen.filter((d) => d > tables);
    expect(during).toEqual([...Array.from({ length: 52 }, (_, k) => tables + 4 * (k + 1)), tables + 210]);
  });

  it('reports an abort before it checks the input', () => {
    const controller = new AbortController();
    controller.abort();
    let err: unknown;
    try {
      stableMatch(asInput({ candidatePrefs: [[5]], vacancyPrefs: [] }), { signal: controller.signal });
    } catch (e) {
      err = e;
    }
    expect(isBanenmatchError(err) && err.code).toBe('ABORTED');
    expect(
      invalidMessage(() =>
        stableMatch({ candidatePrefs: [], vacancyPrefs: [] }, { signal: {} as AbortSignal }),
      ),
    ).toBe('stableMatch: `signal`: must be an AbortSignal');
  });

  it('stops when the signal fires during the last report of the run', () => {
    const controller = new AbortController();
    const input: StableMatchInput = { candidatePrefs: [[0]], vacancyPrefs: [[0]] };
    const run = () =>
      stableMatch(input, {
        signal: controller.signal,
        onProgress: (d) => {
          if (d === 3) controller.abort();
        },
      });
    let err: unknown;
    try {
      run();
    } catch (e) {
      err = e;
    }
    expect(isBanenmatchError(err) && err.code).toBe('ABORTED');
  });

  it('stops when the signal fires while proposals are made', () => {
    for (const proposing of ['candidates', 'vacancies'] as const) {
      const controller = new AbortController();
      const input: StableMatchInput = { candidatePrefs: [[0], [0]], vacancyPrefs: [[0, 1]], capacities: [2] };
      let calls = 0;
      let err: unknown;
      try {
        stableMatch(input, {
          proposing,
          signal: controller.signal,
          onProgress: (d) => {
            calls++;
            // After the tables (2 + 2 or so entries), abort on the first proposal's report.
            if (d > 4) controller.abort();
          },
        });
      } catch (e) {
        err = e;
      }
      expect(isBanenmatchError(err) && err.code).toBe('ABORTED');
      expect(calls).toBe(3);
    }
  });
});
