import {
  employerEconomics,
  estimateWageValue,
  instrumentsFor,
  isBanenmatchError,
  isValidationError,
  type JobTerms,
  type WageCandidate,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The job terms and the candidate fields that instrumentsFor and employerEconomics check before any
// money is computed: every rule at its limit (at most 60 hours a week, money below 2^53 cents, a
// contract of 0 months up to open-ended) and every message with its path, word for word.

const C: WageCandidate = { id: 'c1', targetGroup: 'participatiewet', wageValue: 0.5 };
const DATE = '2026-01-01';

type Outcome = string | { what: string; issues: [string, string, string][] };

function outcome(fn: () => unknown): Outcome {
  try {
    fn();
  } catch (e) {
    if (isValidationError(e)) {
      return {
        what: e.message.split('\n')[0] as string,
        issues: e.issues.map((i) => [i.path.join('.'), i.code, i.message]),
      };
    }
    if (isBanenmatchError(e)) return `${e.code} ${e.message}`;
    throw e;
  }
  return 'ok';
}

const instruments = (job: unknown, candidate: unknown = C): Outcome =>
  outcome(() => instrumentsFor(candidate as WageCandidate, job as JobTerms, DATE));
const economics = (job: unknown, candidate: unknown = C): Outcome =>
  outcome(() => employerEconomics(candidate as WageCandidate, job as JobTerms, DATE));

const FINITE = 'must be a finite number ≥ 0';

describe('job terms (validateJob)', () => {
  it('lists every problem of a job with its path, in both functions', () => {
    const job = {
      hoursPerWeek: -1,
      wagePerHour: Number.NaN,
      contractMonths: -1,
      tasks: [
        { kind: 5, hoursPerWeek: Number.POSITIVE_INFINITY },
        { kind: 'cleaning', hoursPerWeek: -0.5 },
      ],
    };
    const issues: [string, string, string][] = [
      ['hoursPerWeek', 'out_of_range', FINITE],
      ['wagePerHour', 'out_of_range', FINITE],
      ['contractMonths', 'out_of_range', 'must be ≥ 0 (Infinity = open-ended)'],
      ['tasks.0.hoursPerWeek', 'out_of_range', FINITE],
      ['tasks.0.kind', 'invalid_type', 'must be a string'],
      ['tasks.1.hoursPerWeek', 'out_of_range', FINITE],
    ];
    expect(instruments(job)).toEqual({ what: 'instrumentsFor(c1): 6 problems', issues });
    expect(economics(job)).toEqual({ what: 'employerEconomics(c1): 6 problems', issues });
  });

  it('allows at most 60 hours a week', () => {
    expect(instruments({ hoursPerWeek: 60 })).toBe('ok');
    expect(instruments({ hoursPerWeek: 0 })).toBe('ok');
    expect(instruments({ hoursPerWeek: 60.25 })).toEqual({
      what: 'instrumentsFor(c1): 1 problem',
      issues: [['hoursPerWeek', 'out_of_range', 'must be at most 60']],
    });
    // not finite: both rules are broken
    expect(economics({ hoursPerWeek: Number.POSITIVE_INFINITY })).toEqual({
      what: 'employerEconomics(c1): 2 problems',
      issues: [
        ['hoursPerWeek', 'out_of_range', FINITE],
        ['hoursPerWeek', 'out_of_range', 'must be at most 60'],
      ],
    });
    // a string is not a number, however large it reads
    expect(instruments({ hoursPerWeek: '100' })).toEqual({
      what: 'instrumentsFor(c1): 1 problem',
      issues: [['hoursPerWeek', 'out_of_range', FINITE]],
    });
  });

  it('keeps the wage exact to the cent: below 2^53 cents', () => {
    // 90,071,992,547,409.90 × 100 = 2^53 − 1 exactly; the next double above it is 2^53
    expect(instruments({ hoursPerWeek: 8, wagePerHour: 90071992547409.9 })).toBe('ok');
    expect(instruments({ hoursPerWeek: 8, wagePerHour: 90071992547409.92 })).toEqual({
      what: 'instrumentsFor(c1): 1 problem',
      issues: [['wagePerHour', 'out_of_range', 'must be below 2^53 cents']],
    });
    expect(instruments({ hoursPerWeek: 8, wagePerHour: 0 })).toBe('ok');
    expect(instruments({ hoursPerWeek: 8, wagePerHour: -0.01 })).toEqual({
      what: 'instrumentsFor(c1): 1 problem',
      issues: [['wagePerHour', 'out_of_range', FINITE]],
    });
    expect(economics({ hoursPerWeek: 8, wagePerHour: Number.POSITIVE_INFINITY })).toEqual({
      what: 'employerEconomics(c1): 2 problems',
      issues: [
        ['wagePerHour', 'out_of_range', FINITE],
        ['wagePerHour', 'out_of_range', 'must be below 2^53 cents'],
      ],
    });
    expect(instruments({ hoursPerWeek: 8, wagePerHour: '1e20' })).toEqual({
      what: 'instrumentsFor(c1): 1 problem',
      issues: [['wagePerHour', 'out_of_range', FINITE]],
    });
  });

  it('takes a contract of 0 months up to open-ended, never a negative, NaN or a string', () => {
    for (const months of [0, 6, Number.POSITIVE_INFINITY, undefined]) {
      expect(instruments({ hoursPerWeek: 8, contractMonths: months })).toBe('ok');
    }
    for (const months of [-1, Number.NaN, '6']) {
      expect(economics({ hoursPerWeek: 8, contractMonths: months })).toEqual({
        what: 'employerEconomics(c1): 1 problem',
        issues: [['contractMonths', 'out_of_range', 'must be ≥ 0 (Infinity = open-ended)']],
      });
    }
  });

  it('checks each task’s hours and kind; a task of 0 hours is fine', () => {
    expect(instruments({ hoursPerWeek: 8, tasks: [{ kind: 'cleaning', hoursPerWeek: 0 }] })).toBe('ok');
    expect(instruments({ hoursPerWeek: 8, tasks: [{ kind: 'cleaning', hoursPerWeek: '3' }] })).toEqual({
      what: 'instrumentsFor(c1): 1 problem',
      issues: [['tasks.0.hoursPerWeek', 'out_of_range', FINITE]],
    });
    expect(instruments({ hoursPerWeek: 8, tasks: [{ hoursPerWeek: 3 }] })).toEqual({
      what: 'instrumentsFor(c1): 1 problem',
      issues: [['tasks.0.kind', 'invalid_type', 'must be a string']],
    });
  });

  it('refuses a job, or its tasks, of the wrong shape, naming the argument', () => {
    expect(instruments(null)).toBe('INVALID_ARGUMENT instrumentsFor(c1): expected `job` to be an object');
    expect(economics([8])).toBe('INVALID_ARGUMENT employerEconomics(c1): expected `job` to be an object');
    expect(instruments({ hoursPerWeek: 8, tasks: 'cleaning' })).toBe(
      'INVALID_ARGUMENT instrumentsFor(c1): expected `job.tasks` to be an array',
    );
    expect(economics({ hoursPerWeek: 8, tasks: [null] })).toBe(
      'INVALID_ARGUMENT employerEconomics(c1): expected `job.tasks[0]` to be an object',
    );
  });
});

describe('candidate fields (checkWageCandidate)', () => {
  const job = { hoursPerWeek: 8 };
  const wrong = (fn: string, field: string) =>
    `INVALID_ARGUMENT ${fn}: \`candidate.${field}\` has the wrong type`;

  it('names each field of the wrong type, in every function that reads a candidate', () => {
    expect(instruments(job, null)).toBe(
      'INVALID_ARGUMENT instrumentsFor: expected `candidate` to be an object',
    );
    expect(instruments(job, { ...C, id: 5 })).toBe(wrong('instrumentsFor', 'id'));
    expect(instruments(job, { ...C, targetGroup: 5 })).toBe(wrong('instrumentsFor', 'targetGroup'));
    expect(economics(job, { ...C, wageValue: '0.5' })).toBe(wrong('employerEconomics', 'wageValue'));
    expect(economics(job, { id: 'c1', targetGroup: 'wajong', taskPerformance: [0.5] })).toBe(
      wrong('employerEconomics', 'taskPerformance'),
    );
    expect(
      outcome(() =>
        estimateWageValue({ id: 'c1', targetGroup: 'wajong', taskPerformance: { cleaning: '0.8' } } as never),
      ),
    ).toBe(wrong('estimateWageValue', 'taskPerformance'));
    expect(outcome(() => estimateWageValue('c1' as never))).toBe(
      'INVALID_ARGUMENT estimateWageValue: expected `candidate` to be an object',
    );
  });

  it('accepts a candidate without wage value or task performance, or with an empty one', () => {
    expect(instruments(job, { id: 'c1', targetGroup: 'wajong' })).toBe('ok');
    expect(instruments(job, { id: 'c1', targetGroup: 'wajong', taskPerformance: {} })).toBe('ok');
    expect(instruments(job, { id: 'c1', targetGroup: 'wajong', taskPerformance: { cleaning: 0.8 } })).toBe(
      'ok',
    );
  });
});
