import {
  assessWageValue,
  isValidationError,
  MAX_MAIN_TASKS,
  MIN_MAIN_TASK_HOURS_PER_DAY,
  MIN_MAIN_TASK_SHARE,
  type ValidationError,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The measurement rules of the Besluit LKS Participatiewet 2021 art. 1 at their exact limits, with the
// messages a job coach reads (they name the rule, never the person's tempo or quality).

function issues(fn: () => unknown): { path: string; code: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    expect(isValidationError(e)).toBe(true);
    return (e as ValidationError).issues.map((i) => ({
      path: i.path.join('.'),
      code: i.code,
      message: i.message,
    }));
  }
  throw new Error('expected a ValidationError');
}

const task = (share: number, tempo = 1) => ({ share, tempo, quality: 1, netTime: 1 });

describe('assessWageValue at the limits of the rules', () => {
  it('five main tasks are allowed, six are not, and the message says how many', () => {
    expect(MAX_MAIN_TASKS).toBe(5);
    expect(assessWageValue({ tasks: Array.from({ length: 5 }, () => task(0.2)) }).wageValue).toBeCloseTo(
      1,
      12,
    );
    expect(issues(() => assessWageValue({ tasks: Array.from({ length: 6 }, () => task(1 / 6)) }))).toEqual([
      { path: 'tasks', code: 'too_many_tasks', message: 'at most 5 main tasks are allowed, got 6' },
    ]);
    expect(issues(() => assessWageValue({ tasks: [] }))).toEqual([
      { path: 'tasks', code: 'no_tasks', message: 'at least one main task is needed' },
    ]);
  });

  it('a share just under 1/16 fails with the rule in the message; shares must sum to 1 within 1e-6', () => {
    expect(issues(() => assessWageValue({ tasks: [task(0.0624), task(0.9376)] }))).toEqual([
      {
        path: 'tasks.0.share',
        code: 'share_too_small',
        message: 'a main task takes at least 1/16 (0.0625) of the week, got 0.0624',
      },
    ]);
    expect(assessWageValue({ tasks: [task(0.5), task(0.5 + 5e-7)] }).wageValue).toBe(1);
    expect(issues(() => assessWageValue({ tasks: [task(0.5), task(0.625)] }))).toEqual([
      {
        path: 'tasks',
        code: 'shares_do_not_sum_to_one',
        message: 'the shares of the main tasks must sum to 1, got 1.125',
      },
    ]);
    expect(issues(() => assessWageValue({ tasks: [task(0.5), task(0.5 - 2e-6)] }))[0]?.code).toBe(
      'shares_do_not_sum_to_one',
    );
  });

  it('30 minutes a working day: exactly 0.5 h passes, less fails with the figures named', () => {
    const tasks = [task(0.1), task(0.9)];
    expect(assessWageValue({ tasks, hoursPerWeek: 25, daysPerWeek: 5 }).wageValue).toBe(1);
    expect(issues(() => assessWageValue({ tasks, hoursPerWeek: 24, daysPerWeek: 5 }))).toEqual([
      {
        path: 'tasks.0.share',
        code: 'under_30_minutes_a_day',
        message: 'a main task takes at least 30 minutes a working day; 0.1 of 24 h over 5 days is less',
      },
    ]);
    // Without a day count (or with 0 days) the rule cannot be checked and is skipped.
    expect(assessWageValue({ tasks, hoursPerWeek: 24 }).wageValue).toBe(1);
    expect(assessWageValue({ tasks, hoursPerWeek: 24, daysPerWeek: 0 }).wageValue).toBe(1);
  });

  it('range messages name the field and the range, never the value', () => {
    expect(
      issues(() =>
        assessWageValue({
          tasks: [
            {
              share: 1,
              tempo: -1,
              quality: Number.POSITIVE_INFINITY,
              netTime: '1' as never,
              name: 5 as never,
            },
          ],
          hoursPerWeek: -1,
          daysPerWeek: Number.NaN,
        }),
      ),
    ).toEqual([
      { path: 'hoursPerWeek', code: 'out_of_range', message: 'must be ≥ 0 and finite' },
      { path: 'daysPerWeek', code: 'not_a_number', message: 'must be a number' },
      { path: 'tasks.0.tempo', code: 'out_of_range', message: 'must be ≥ 0 and finite' },
      { path: 'tasks.0.quality', code: 'out_of_range', message: 'must be in [0, 1]' },
      { path: 'tasks.0.netTime', code: 'not_a_number', message: 'must be a number' },
      { path: 'tasks.0.name', code: 'invalid_type', message: 'must be a string' },
    ]);
  });

  it('the ends of each range are valid: tempo 0, quality and net time 0 and 1', () => {
    const r = assessWageValue({
      tasks: [
        { share: 0.5, tempo: 0, quality: 1, netTime: 1 },
        { share: 0.5, tempo: 1, quality: 0, netTime: 0 },
      ],
      hoursPerWeek: 5,
      daysPerWeek: 5,
    });
    expect(r.wageValue).toBe(0);
  });

  it('each task reports counted tempo, performance and contribution', () => {
    const r = assessWageValue({
      tasks: [{ share: 0.25, tempo: 1.5, quality: 0.8, netTime: 0.5 }, task(0.75, 0.6)],
    });
    expect(r.tasks[0]).toMatchObject({ countedTempo: 1, performance: 0.4, contribution: 0.1 });
    expect(r.tasks[1]?.contribution).toBeCloseTo(0.45, 12);
    expect(r.wageValue).toBeCloseTo(0.55, 12);
  });
});

describe('assessWageValue: the tolerances, the 30-minute rule only on valid figures, the arguments', () => {
  it('a share within 1e-6 of 1/16 passes, as the sum of the shares within 1e-6 of 1', () => {
    const least = MIN_MAIN_TASK_SHARE - 1e-6;
    expect(assessWageValue({ tasks: [task(least), task(1 - least)] }).tasks[0]?.share).toBe(least);
  });

  it('30 minutes a day within 1e-9 h passes, and not below it', () => {
    const least = MIN_MAIN_TASK_HOURS_PER_DAY - 1e-9;
    // one hour a week on one day: the share is the time a day
    expect(
      assessWageValue({ tasks: [task(least), task(1 - least)], hoursPerWeek: 1, daysPerWeek: 1 }).wageValue,
    ).toBe(1);
    expect(
      issues(() => assessWageValue({ tasks: [task(0.499), task(0.501)], hoursPerWeek: 1, daysPerWeek: 1 })),
    ).toEqual([
      {
        path: 'tasks.0.share',
        code: 'under_30_minutes_a_day',
        message: 'a main task takes at least 30 minutes a working day; 0.499 of 1 h over 1 days is less',
      },
    ]);
  });

  it('checks the 30 minutes only when the hours, the days and the share are valid figures', () => {
    const tasks = [task(0.5), task(0.5)];
    // each case breaks one range rule and nothing else: no 30-minute issue on top
    expect(
      issues(() => assessWageValue({ tasks, hoursPerWeek: Number.NEGATIVE_INFINITY, daysPerWeek: 5 })),
    ).toEqual([{ path: 'hoursPerWeek', code: 'out_of_range', message: 'must be ≥ 0 and finite' }]);
    expect(issues(() => assessWageValue({ tasks, hoursPerWeek: 36, daysPerWeek: -1 }))).toEqual([
      { path: 'daysPerWeek', code: 'out_of_range', message: 'must be ≥ 0 and finite' },
    ]);
    expect(issues(() => assessWageValue({ tasks, hoursPerWeek: -1, daysPerWeek: 0 }))).toEqual([
      { path: 'hoursPerWeek', code: 'out_of_range', message: 'must be ≥ 0 and finite' },
    ]);
    expect(
      issues(() =>
        assessWageValue({
          tasks: [task(Number.NEGATIVE_INFINITY), task(1)],
          hoursPerWeek: 36,
          daysPerWeek: 5,
        }),
      ),
    ).toEqual([{ path: 'tasks.0.share', code: 'out_of_range', message: 'must be in [0, 1]' }]);
    expect(issues(() => assessWageValue({ tasks: [task(Number.NaN), task(1)] }))).toEqual([
      { path: 'tasks.0.share', code: 'not_a_number', message: 'must be a number' },
    ]);
  });

  it('names the function and the argument', () => {
    const failure = (fn: () => unknown): string => {
      try {
        fn();
      } catch (e) {
        return (e as Error).message.split('\n')[0] as string;
      }
      return 'none';
    };
    expect(failure(() => assessWageValue(null as never))).toBe(
      'assessWageValue: expected `input` to be an object',
    );
    expect(failure(() => assessWageValue({ tasks: {} } as never))).toBe(
      'assessWageValue: expected `input.tasks` to be an array',
    );
    expect(failure(() => assessWageValue({ tasks: [] }))).toBe('assessWageValue: 1 problem');
  });
});
