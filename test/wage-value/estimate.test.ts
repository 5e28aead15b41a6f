import { estimateWageValue, isValidationError, WAGE_RULES } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('estimateWageValue', () => {
  it('weights task performance by hours and falls back to the default for unknown kinds', () => {
    const e = estimateWageValue({ id: 'c1', targetGroup: 'wajong', taskPerformance: { cleaning: 0.8 } }, [
      { kind: 'cleaning', hoursPerWeek: 12 },
      { kind: 'dishwashing', hoursPerWeek: 4 },
    ]);
    // (12 × 0.8 + 4 × 0.5) / 16 = 0.725
    expect(e.wageValue).toBeCloseTo(0.725, 12);
    expect(e.basis).toBe('default');
    expect(e.estimate).toBe(true);
    expect(e.perTask.map((t) => [t.kind, t.basis, t.share])).toEqual([
      ['cleaning', 'task-performance', 0.75],
      ['dishwashing', 'default', 0.25],
    ]);
  });

  it('a measured wage value wins over the task estimates, on every task (issue 18: 0.66 measured, not 0.73 estimated)', () => {
    const e = estimateWageValue(
      { id: 'c2', targetGroup: 'participatiewet', wageValue: 0.55, taskPerformance: { cleaning: 0.9 } },
      [
        { kind: 'cleaning', hoursPerWeek: 10 },
        { kind: 'sorting', hoursPerWeek: 10 },
      ],
    );
    expect(e.wageValue).toBe(0.55); // not (10 × 0.9 + 10 × 0.55) / 20 = 0.725
    expect(e.basis).toBe('measured');
    expect(e.perTask.map((t) => t.wageValue)).toEqual([0.55, 0.55]);
  });

  it('is task-performance based when every task with hours has performance (a zero-hour task does not count)', () => {
    const e = estimateWageValue({ id: 'c3', targetGroup: 'wsw', taskPerformance: { a: 0.4, b: 0.6 } }, [
      { kind: 'a', hoursPerWeek: 6 },
      { kind: 'b', hoursPerWeek: 18 },
      { kind: 'c', hoursPerWeek: 0 },
    ]);
    expect(e.wageValue).toBeCloseTo(0.55, 12);
    expect(e.basis).toBe('task-performance');
  });

  it('without tasks takes the measurement, else the default of the rules', () => {
    expect(estimateWageValue({ id: 'c4', targetGroup: 'wajong', wageValue: 0.42 }).wageValue).toBe(0.42);
    const d = estimateWageValue({ id: 'c5', targetGroup: 'wajong' });
    expect([d.wageValue, d.basis]).toEqual([WAGE_RULES.defaultWageValue, 'default']);
    expect(
      estimateWageValue({ id: 'c5', targetGroup: 'wajong' }, [], { rules: { defaultWageValue: 0.35 } })
        .wageValue,
    ).toBe(0.35);
  });

  it('rejects negative hours and a performance outside [0, 1], naming the paths', () => {
    try {
      estimateWageValue({ id: 'c6', targetGroup: 'wajong', taskPerformance: { a: 1.3 } }, [
        { kind: 'a', hoursPerWeek: -2 },
      ]);
      expect.unreachable();
    } catch (e) {
      expect(isValidationError(e)).toBe(true);
      if (isValidationError(e)) {
        expect(e.issues.map((i) => i.path.join('.'))).toEqual([
          'candidate.taskPerformance.a',
          'tasks.0.hoursPerWeek',
        ]);
      }
    }
  });

  const kinds = ['cleaning', 'sorting', 'packing', 'gardening'];
  const tasks = fc.array(
    fc.record({
      kind: fc.constantFrom(...kinds),
      // Zero or a realistic number of hours (subnormal hours would only test float underflow).
      hoursPerWeek: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 20, noNaN: true })),
    }),
    { minLength: 1, maxLength: 6 },
  );
  const perf = fc.dictionary(fc.constantFrom(...kinds), fc.double({ min: 0, max: 1, noNaN: true }));
  const measured = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined });

  it('property: the estimate lies between the lowest and highest per-task value, inside [0, 1]', () => {
    fc.assert(
      fc.property(tasks, perf, measured, (ts, p, m) => {
        const e = estimateWageValue({ id: 'c', targetGroup: 'wajong', taskPerformance: p, wageValue: m }, ts);
        const used = e.perTask.length > 0 ? e.perTask.filter((t) => t.hoursPerWeek > 0) : [];
        const values = used.length > 0 ? used.map((t) => t.wageValue) : [e.wageValue];
        return (
          e.wageValue >= Math.min(...values) - 1e-12 &&
          e.wageValue <= Math.max(...values) + 1e-12 &&
          e.wageValue >= 0 &&
          e.wageValue <= 1
        );
      }),
    );
  });

  it('property: scaling every task’s hours by the same factor leaves the estimate unchanged', () => {
    fc.assert(
      fc.property(tasks, perf, fc.double({ min: 0.1, max: 3, noNaN: true }), (ts, p, k) => {
        const c = { id: 'c', targetGroup: 'participatiewet' as const, taskPerformance: p };
        const a = estimateWageValue(c, ts).wageValue;
        const b = estimateWageValue(
          c,
          ts.map((t) => ({ ...t, hoursPerWeek: t.hoursPerWeek * k })),
        ).wageValue;
        expect(b).toBeCloseTo(a, 9);
      }),
    );
  });
});
