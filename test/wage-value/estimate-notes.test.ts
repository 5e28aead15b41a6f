import { estimateWageValue, isValidationError, type ValidationError } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The note and basis of an estimate tell a job coach how far to trust it: asserted as text.

describe('estimateWageValue: basis and note', () => {
  it('task performance on every task with hours', () => {
    const e = estimateWageValue({ id: 'c', targetGroup: 'wajong', taskPerformance: { a: 0.6 } }, [
      { kind: 'a', hoursPerWeek: 10 },
    ]);
    expect([e.wageValue, e.basis]).toEqual([0.6, 'task-performance']);
    expect(e.note).toBe(
      'estimated from the candidate’s performance per task kind, weighted by task hours; not a measurement',
    );
  });

  it('a measurement elsewhere: basis measured, also without tasks or with zero hours', () => {
    const note =
      'the candidate’s measured wage value (a measurement wins over task estimates); measured on another job, not on this one';
    const c = { id: 'c', targetGroup: 'wajong' as const, wageValue: 0.7 };
    for (const tasks of [undefined, [{ kind: 'a', hoursPerWeek: 0 }]]) {
      const e = estimateWageValue(c, tasks);
      expect([e.wageValue, e.basis, e.note, e.perTask]).toEqual([0.7, 'measured', note, []]);
    }
  });

  it('the default, with the presumed share in the note (a rules override shows)', () => {
    const e = estimateWageValue({ id: 'c', targetGroup: 'wajong' }, [{ kind: 'a', hoursPerWeek: 8 }], {
      rules: { defaultWageValue: 0.4 },
    });
    expect([e.wageValue, e.basis]).toEqual([0.4, 'default']);
    expect(e.note).toBe(
      'no measurement or task performance for some tasks: assumed 40% (our default, as large as the flat-rate LKS of Pwet art. 10d lid 5, which presumes no wage value); a wage-value measurement is needed',
    );
    expect(e.perTask).toEqual([{ kind: 'a', hoursPerWeek: 8, share: 1, wageValue: 0.4, basis: 'default' }]);
  });

  it('a measurement wins over task performance on every task (issue 18)', () => {
    const e = estimateWageValue(
      { id: 'c', targetGroup: 'wajong', wageValue: 0.5, taskPerformance: { a: 1 } },
      [
        { kind: 'a', hoursPerWeek: 30 },
        { kind: 'b', hoursPerWeek: 10 },
      ],
    );
    expect([e.basis, e.wageValue]).toEqual(['measured', 0.5]); // not (30 × 1 + 10 × 0.5) / 40 = 0.875
    expect(e.perTask.map((t) => t.basis)).toEqual(['measured', 'measured']);
  });

  it('names the candidate and each bad field', () => {
    try {
      estimateWageValue(
        { id: 'c9', targetGroup: 'wajong', wageValue: 1.5 },
        [{ kind: 7 as never, hoursPerWeek: Number.POSITIVE_INFINITY }],
        { rules: { defaultWageValue: -0.1 } },
      );
      expect.unreachable();
    } catch (e) {
      expect(isValidationError(e)).toBe(true);
      const err = e as ValidationError;
      expect(err.message.startsWith('estimateWageValue(c9): 4 problems')).toBe(true);
      expect(err.issues.map((i) => [i.path.join('.'), i.code, i.message])).toEqual([
        ['candidate.wageValue', 'out_of_range', 'must be a fraction in [0, 1]'],
        ['rules.defaultWageValue', 'out_of_range', 'must be a fraction in [0, 1]'],
        ['tasks.0.kind', 'invalid_type', 'must be a string'],
        ['tasks.0.hoursPerWeek', 'out_of_range', 'must be a finite number ≥ 0'],
      ]);
    }
  });

  it('the ends 0 and 1 are valid fractions', () => {
    const e = estimateWageValue({ id: 'c', targetGroup: 'wajong', taskPerformance: { a: 1, b: 0 } }, [
      { kind: 'a', hoursPerWeek: 1 },
      { kind: 'b', hoursPerWeek: 1 },
    ]);
    expect(e.wageValue).toBe(0.5);
    expect(
      estimateWageValue({ id: 'c', targetGroup: 'wajong', wageValue: 0 }, [{ kind: 'a', hoursPerWeek: 1 }])
        .wageValue,
    ).toBe(0);
  });
});

describe('estimateWageValue: tasks without hours, the flag, the arguments', () => {
  const outcome = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      return e instanceof Error ? `${(e as { code?: string }).code} ${e.message}` : String(e);
    }
    return 'ok';
  };

  it('a task without hours does not lower the basis, nor weigh in the value', () => {
    const e = estimateWageValue({ id: 'c', targetGroup: 'wajong', taskPerformance: { a: 0.8 } }, [
      { kind: 'a', hoursPerWeek: 8 },
      { kind: 'b', hoursPerWeek: 0 },
    ]);
    expect([e.wageValue, e.basis]).toEqual([0.8, 'task-performance']);
    expect(e.perTask.map((t) => [t.kind, t.share, t.wageValue, t.basis])).toEqual([
      ['a', 1, 0.8, 'task-performance'],
      ['b', 0, 0.5, 'default'],
    ]);
  });

  it('is marked an estimate on every path, with or without tasks', () => {
    const c = { id: 'c', targetGroup: 'wajong' as const };
    expect(estimateWageValue(c).estimate).toBe(true);
    expect(estimateWageValue(c, []).estimate).toBe(true);
    expect(estimateWageValue(c, [{ kind: 'a', hoursPerWeek: 4 }]).estimate).toBe(true);
    expect([estimateWageValue(c).wageValue, estimateWageValue(c).basis]).toEqual([0.5, 'default']);
  });

  it('refuses tasks of the wrong shape and hours that are no number, naming them', () => {
    const c = { id: 'c9', targetGroup: 'wajong' as const };
    expect(outcome(() => estimateWageValue(c, 'cleaning' as never))).toBe(
      'INVALID_ARGUMENT estimateWageValue: expected `tasks` to be an array',
    );
    expect(outcome(() => estimateWageValue(c, [5] as never))).toBe(
      'INVALID_ARGUMENT estimateWageValue: expected `tasks[0]` to be an object',
    );
    expect(outcome(() => estimateWageValue(c, [{ kind: 'a', hoursPerWeek: '3' }] as never))).toBe(
      'VALIDATION estimateWageValue(c9): 1 problem\n  - tasks[0].hoursPerWeek: must be a finite number ≥ 0',
    );
  });
});
