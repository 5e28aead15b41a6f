import {
  compareJob,
  fmlIssues,
  isBanenmatchError,
  isValidationError,
  maxHoursFromProfile,
  type TaskDemands,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';

// What a caller reads when an FML map, a job or its tasks are wrong: every message word for word
// (a message names the item and the expected codes, never the code given), and compareJob's hours
// and margin at their limits.

const failure = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (isValidationError(e)) return { message: e.message.split('\n')[0], issues: e.issues };
    return isBanenmatchError(e) ? `${e.code} ${e.message}` : e;
  }
  return 'none';
};

describe('fmlIssues messages', () => {
  it('says what each item takes', () => {
    expect(
      fmlIssues(
        { 'IV.99': 1, 'IV.13': 4, 'V.4': [1], 'I.8': 4, 'II.12': [1, 0, 1], 'IV.3': [10] },
        'profile',
      ),
    ).toEqual([
      { path: ['IV.99'], message: '"IV.99" is not an FML item id', code: 'unknown_fml_item' },
      { path: ['IV.13'], message: "code is not one of item IV.13's codes 0–3", code: 'invalid_fml_code' },
      { path: ['V.4'], message: 'item V.4 takes one code 0–3, not a list', code: 'fml_number_expected' },
      { path: ['I.8'], message: 'item I.8 takes a list of condition codes 1–7', code: 'fml_list_expected' },
      {
        path: ['II.12', 1],
        message: "entry is not one of item II.12's condition codes 1–6",
        code: 'invalid_fml_code',
      },
      { path: ['II.12', 2], message: 'item II.12 lists the same code twice', code: 'duplicate_fml_code' },
      {
        path: ['IV.3', 0],
        message: "entry is not one of item IV.3's kind codes 1–9",
        code: 'invalid_fml_code',
      },
    ]);
    expect(fmlIssues({ 'IV.2': 1 }, 'demands')).toEqual([
      {
        path: ['IV.2'],
        message: 'item IV.2 describes a side, tasks make no demands on it',
        code: 'fml_item_not_demandable',
      },
    ]);
  });

  it('accepts the highest code and refuses one above it, codes that are not integers or numbers', () => {
    expect(fmlIssues({ 'IV.13': 3, 'IV.3': [9], 'I.8': [7] }, 'profile')).toEqual([]);
    for (const bad of [4, -1, 1.5, '1', null]) {
      expect(fmlIssues({ 'IV.13': bad as number }, 'demands').map((i) => i.code)).toEqual([
        'invalid_fml_code',
      ]);
    }
    // a repeated invalid entry is reported as invalid each time, not as a repeat
    expect(fmlIssues({ 'I.8': [9, 9] }, 'profile').map((i) => i.code)).toEqual([
      'invalid_fml_code',
      'invalid_fml_code',
    ]);
  });

  it('refuses a side other than profile or demands', () => {
    expect(failure(() => fmlIssues({}, 'task' as never))).toBe(
      "INVALID_ARGUMENT fmlIssues: expected `side` to be 'profile' or 'demands'",
    );
  });

  it('refuses a map that is not an object', () => {
    for (const bad of [null, [1], 'IV.13']) {
      expect(fmlIssues(bad as never, 'profile')).toEqual([
        { path: [], message: 'expected an object of FML item ids and codes', code: 'invalid_type' },
      ]);
    }
  });
});

describe('maxHoursFromProfile', () => {
  it('reads every code of VI.2 and VI.3', () => {
    expect(maxHoursFromProfile({ 'VI.3': 1, 'VI.2': 1 })).toEqual({ perWeek: 40, perDay: 8 });
    expect(maxHoursFromProfile({ 'VI.3': 3, 'VI.2': 3 })).toEqual({ perWeek: 20, perDay: 4 });
    expect(maxHoursFromProfile({ 'VI.3': 0, 'IV.13': 3 })).toEqual({ perWeek: Infinity, perDay: Infinity });
  });

  it('reads every level of VI.2 and VI.3 as its hours, "ten minste" as no limit', () => {
    expect([0, 1, 2, 3, 4].map((code) => maxHoursFromProfile({ 'VI.3': code, 'VI.2': code }))).toEqual([
      { perWeek: Infinity, perDay: Infinity },
      { perWeek: 40, perDay: 8 },
      { perWeek: 30, perDay: 6 },
      { perWeek: 20, perDay: 4 },
      { perWeek: 10, perDay: 2 },
    ]);
  });

  it('reads a value that is not one code (invalid: fmlIssues refuses it) as no limit, like an absent item', () => {
    expect(fmlIssues({ 'VI.3': [3] }, 'profile').map((i) => i.code)).toEqual(['fml_number_expected']);
    expect(maxHoursFromProfile({ 'VI.3': [3], 'VI.2': [2] })).toEqual({
      perWeek: Infinity,
      perDay: Infinity,
    });
    expect(maxHoursFromProfile({ 'VI.3': 5, 'VI.2': -1 })).toEqual({ perWeek: Infinity, perDay: Infinity });
  });

  it('refuses a profile that is not an object', () => {
    expect(failure(() => maxHoursFromProfile(null as never))).toBe(
      'INVALID_ARGUMENT maxHoursFromProfile: expected `profile` to be an object',
    );
  });
});

describe('compareJob: limits and messages', () => {
  const tasks: TaskDemands[] = [
    { id: 'a', hoursPerWeek: 12, demands: { 'IV.13': 3 } },
    { id: 'b', hoursPerWeek: 8, demands: { 'IV.13': 2 } },
  ];

  it('sums only the kept tasks’ hours; hours on the cap signal and leave no margin', () => {
    const r = compareJob({ 'VI.3': 4, 'IV.13': 1 }, tasks, { taskIds: ['b'] });
    expect(r.hoursPerWeek).toBe(8);
    expect(r.hoursPerDay).toBe(1.6);
    expect(r.fits).toBe(true);
    // lifting room (2 − 1) / (3 − 1) = 0.5; hours (10 − 8) / 10 = 0.2
    expect(r.margin).toBe((10 - 8) / 10);
    const onCap = compareJob({ 'VI.3': 3 }, tasks);
    expect(onCap.hoursPerWeek).toBe(20);
    expect(onCap.fits).toBe(true);
    expect(onCap.hours).toEqual({
      exceedances: [],
      signals: [
        {
          itemId: 'VI.3',
          rule: 'hours',
          reason: 'uren per week: kan ~20 uur per week, baan vraagt 20 uur (op de grens)',
        },
      ],
    });
    expect(onCap.margin).toBe(0);
  });

  it('takes the margin of the tightest kept task, and 0 when the job does not fit', () => {
    expect(compareJob({ 'IV.13': 1 }, tasks).margin).toBe(0.5);
    // a task that is not kept does not count, however tight
    expect(compareJob({ 'IV.13': 1 }, tasks, { taskIds: ['a'] }).margin).toBe(1);
    const over = compareJob({ 'IV.13': 1, 'VI.2': 4 }, tasks, { hoursPerDay: 3 });
    expect(over.fits).toBe(false);
    expect(over.margin).toBe(0);
    expect(over.hours.exceedances.map((f) => f.reason)).toEqual([
      'uren per dag: kan ~2 uur per dag, baan vraagt 3 uur',
    ]);
  });

  it('takes hours per day as given, or from the week over the days', () => {
    expect(compareJob({}, tasks, { hoursPerDay: 7 }).hoursPerDay).toBe(7);
    expect(compareJob({}, tasks, { daysPerWeek: 4 }).hoursPerDay).toBe(5);
    expect(compareJob({}, tasks, { hoursPerWeek: 0 }).hoursPerDay).toBe(0);
  });

  it('names every problem with its path and message', () => {
    expect(
      failure(() =>
        compareJob({}, [{ id: 3, hoursPerWeek: Number.NaN, demands: {} } as never, tasks[1] as TaskDemands], {
          taskIds: [7 as never, 'c'],
          hoursPerDay: -1,
          daysPerWeek: 0,
        }),
      ),
    ).toEqual({
      message: 'compareJob: 6 problems',
      issues: [
        { path: ['tasks', 0, 'id'], message: 'id must be a string', code: 'invalid_type' },
        {
          path: ['tasks', 0, 'hoursPerWeek'],
          message: 'hoursPerWeek must be a finite number ≥ 0',
          code: 'invalid_hours',
        },
        { path: ['job', 'taskIds', 0], message: 'task id must be a string', code: 'invalid_type' },
        { path: ['job', 'taskIds', 1], message: 'task "c" is not among the tasks', code: 'not_found' },
        {
          path: ['job', 'hoursPerDay'],
          message: 'hoursPerDay must be a finite number ≥ 0 (days > 0)',
          code: 'invalid_hours',
        },
        {
          path: ['job', 'daysPerWeek'],
          message: 'daysPerWeek must be a finite number ≥ 0 (days > 0)',
          code: 'invalid_hours',
        },
      ],
    });
    // a profile may say which side is dominant (IV.1), a task cannot demand it
    expect(
      failure(() => compareJob({ 'IV.1': 1 }, [{ id: 't', hoursPerWeek: 1, demands: { 'IV.1': 1 } }])),
    ).toEqual({
      message: 'compareJob: 1 problem',
      issues: [
        {
          path: ['tasks', 0, 'demands', 'IV.1'],
          message: 'item IV.1 describes a side, tasks make no demands on it',
          code: 'fml_item_not_demandable',
        },
      ],
    });
    expect(failure(() => compareJob({}, [{ id: 't', hoursPerWeek: -1, demands: {} }]))).toMatchObject({
      issues: [{ path: ['tasks', 0, 'hoursPerWeek'] }],
    });
    expect(
      failure(() => compareJob({}, [{ id: 't', hoursPerWeek: 0, demands: {} }], { daysPerWeek: 0.5 })),
    ).toBe('none');
  });

  it('refuses arguments of the wrong type, naming the argument', () => {
    expect(failure(() => compareJob({}, {} as never))).toBe(
      'INVALID_ARGUMENT compareJob: expected `tasks` to be an array',
    );
    expect(failure(() => compareJob({}, [], 5 as never))).toBe(
      'INVALID_ARGUMENT compareJob: expected `job` to be an object',
    );
    expect(failure(() => compareJob({}, [], { taskIds: 't' as never }))).toBe(
      'INVALID_ARGUMENT compareJob: expected `job.taskIds` to be an array',
    );
  });
});
