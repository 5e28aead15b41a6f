import {
  assign,
  type CandidateInput,
  createMatcher,
  hasPriority,
  PRIORITY_RULES,
  type PriorityRule,
  reassign,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { hilversum, huizen } from '../helpers/places.js';

describe('hasPriority (covenant art. 1.1: in 2015 and 2016 Wajong and the Wsw waiting list go first)', () => {
  it('art. 1.1: Wajong in 2015–2016 (inclusive), not before nor after', () => {
    const wajong = { targetGroup: 'wajong', priority: false } as const;
    expect(
      ['2014-12-31', '2015-01-01', '2016-12-31', '2017-01-01'].map((d) => hasPriority(wajong, d)),
    ).toEqual([false, true, true, false]);
  });

  it('art. 1.1: Wsw only on the waiting list; other groups not; the own flag always wins', () => {
    expect(hasPriority({ targetGroup: 'wsw', priority: false, wswWaitingList: true }, '2015-06-01')).toBe(
      true,
    );
    expect(hasPriority({ targetGroup: 'wsw', priority: false }, '2015-06-01')).toBe(false);
    expect(hasPriority({ targetGroup: 'participatiewet', priority: false }, '2016-06-01')).toBe(false);
    expect(hasPriority({ targetGroup: 'participatiewet', priority: true }, '2024-06-01')).toBe(true);
    expect(PRIORITY_RULES[0]?.source).toContain('art. 1.1');
  });

  it('takes other rules as data, and rejects a bad date or rule with codes', () => {
    const rules: PriorityRule[] = [
      {
        id: 'jongeren',
        from: '2020-01-01',
        to: '2021-12-31',
        targetGroups: ['vso-pro'],
        source: 'regional plan 2020',
      },
    ];
    expect(hasPriority({ targetGroup: 'vso-pro', priority: false }, '2021-03-01', rules)).toBe(true);
    expect(hasPriority({ targetGroup: 'wajong', priority: false }, '2015-03-01', rules)).toBe(false);
    expect(() => hasPriority({ targetGroup: 'wajong', priority: false }, '1-3-2015')).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    const backwards = [{ ...rules[0]!, from: '2022-01-01' }];
    expect(() =>
      hasPriority({ targetGroup: 'wajong', priority: false }, '2015-03-01', backwards),
    ).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION',
        issues: [expect.objectContaining({ path: ['rules', 0, 'from'] })],
      }),
    );
  });
});

describe('assign with a date applies the priority rules (covenant art. 1.1)', () => {
  // One position; the Participatiewet candidate lives next door, the Wajong candidate farther away.
  const vacancy: VacancyInput = {
    id: 'v1',
    employerId: 'e1',
    sector: 'market',
    occupation: 'schoonmaker',
    location: hilversum,
    hoursPerWeek: 20,
    tasks: [{ id: 't', kind: 'cleaning', hoursPerWeek: 20 }],
  };
  const near: CandidateInput = {
    id: 'near',
    targetGroup: 'participatiewet',
    home: hilversum,
    hoursPerWeek: { min: 16, max: 24 },
  };
  const far: CandidateInput = {
    id: 'far',
    targetGroup: 'wajong',
    home: huizen,
    hoursPerWeek: { min: 16, max: 24 },
  };
  const matcher = createMatcher({ candidates: [near, far], vacancies: [vacancy] }, { priorityFirst: true });
  const placed = (options: Parameters<typeof assign>[1]) =>
    assign(matcher, options).placements.map((p) => p.candidateId);

  it('art. 1.1: in 2015 the Wajong candidate goes first; in 2017 the better score wins; no date = own flags only', () => {
    expect(matcher.score('near', 'v1').score).toBeGreaterThan(matcher.score('far', 'v1').score);
    expect(placed({ date: '2015-06-01' })).toEqual(['far']);
    expect(placed({ date: '2017-06-01' })).toEqual(['near']);
    expect(placed({})).toEqual(['near']);
  });

  it('art. 1.1: reassign applies the rules on its date too (stickiness 0 re-optimises)', () => {
    const before = assign(matcher, { date: '2017-06-01' });
    const after = reassign(before, matcher, { date: '2015-06-01', stickiness: 0 });
    expect(after.placements.map((p) => p.candidateId)).toEqual(['far']);
  });

  it('art. 1.1: assignInParallel applies the rules on its date exactly as assign does', async () => {
    // assignInParallel runs dist/worker.js: the built package (npm test builds first).
    const { assignInParallel } = await import('../../dist/index.js');
    const input = { candidates: [near, far], vacancies: [vacancy] };
    for (const date of ['2015-06-01', '2017-06-01']) {
      for (const mode of ['optimal', 'stable'] as const) {
        const parallel = await assignInParallel(input, {
          date,
          mode,
          priorityFirst: true,
          workers: 2,
          matcher: { priorityFirst: true },
        });
        expect(parallel.placements.map((p) => p.candidateId)).toEqual(placed({ date, mode }));
      }
    }
    await expect(assignInParallel(input, { priorityRules: PRIORITY_RULES, workers: 1 })).rejects.toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('art. 1.1: a matcher made for a day applies the rules in its rankings, and assign uses that day', () => {
    const on2015 = createMatcher(
      { candidates: [near, far], vacancies: [vacancy] },
      { priorityFirst: true, date: '2015-06-01' },
    );
    expect(on2015.rankCandidates('v1').map((m) => [m.candidateId, m.priority])).toEqual([
      ['far', true],
      ['near', false],
    ]);
    expect(assign(on2015).placements.map((p) => p.candidateId)).toEqual(['far']);
    // assign's own day wins over the matcher's
    expect(assign(on2015, { date: '2017-06-01' }).placements.map((p) => p.candidateId)).toEqual(['near']);
    const on2017 = createMatcher(
      { candidates: [near, far], vacancies: [vacancy] },
      { priorityFirst: true, date: '2017-06-01' },
    );
    expect(on2017.rankCandidates('v1').map((m) => m.candidateId)).toEqual(['near', 'far']);
    expect(() =>
      createMatcher({ candidates: [near], vacancies: [vacancy] }, { priorityRules: [{ id: 'x' }] as never }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('art. 1.1: the own flag wins over the rules; rules without a date are refused', () => {
    const flagged = createMatcher(
      { candidates: [{ ...near, priority: true }, far], vacancies: [vacancy] },
      { priorityFirst: true },
    );
    // Both have priority in 2015: the better score wins again.
    expect(assign(flagged, { date: '2015-06-01' }).placements.map((p) => p.candidateId)).toEqual(['near']);
    expect(assign(flagged, { date: '2017-06-01' }).placements.map((p) => p.candidateId)).toEqual(['near']);
    expect(() => assign(matcher, { priorityRules: PRIORITY_RULES })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
