import {
  assessWageValue,
  isValidationError,
  type MainTaskMeasurement,
  type ValidationError,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function issueCodes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(isValidationError(e)).toBe(true);
    return (e as ValidationError).issues.map((i) => i.code);
  }
  throw new Error('expected a ValidationError');
}

/** 1 to 5 tasks whose shares sum to 1 and are each ≥ 1/16 (integer weights 1..3 over at most 5 tasks). */
const validTasks: fc.Arbitrary<MainTaskMeasurement[]> = fc
  .array(
    fc.record({
      weight: fc.integer({ min: 1, max: 3 }),
      tempo: fc.double({ min: 0, max: 2, noNaN: true }),
      quality: fc.double({ min: 0, max: 1, noNaN: true }),
      netTime: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((ts) => {
    const total = ts.reduce((s, t) => s + t.weight, 0);
    return ts.map((t) => ({
      share: t.weight / total,
      tempo: t.tempo,
      quality: t.quality,
      netTime: t.netTime,
    }));
  });

describe('assessWageValue', () => {
  it('weights per-task tempo × quality × net time by share (hand-computed)', () => {
    // Laundry example (AKC Cahier 24 style): ironing/folding 50%, sorting 30%, packing 20%.
    const r = assessWageValue({
      tasks: [
        { share: 0.5, tempo: 0.875, quality: 0.9, netTime: 0.8, name: 'strijken en vouwen' },
        { share: 0.3, tempo: 1.2, quality: 1, netTime: 0.9, name: 'sorteren' },
        { share: 0.2, tempo: 0.5, quality: 1, netTime: 1, name: 'inpakken' },
      ],
    });
    // 0.5 × 0.63 + 0.3 × (1 × 0.9) + 0.2 × 0.5 = 0.315 + 0.27 + 0.1 = 0.685
    expect(r.wageValue).toBeCloseTo(0.685, 12);
    expect(r.tasks[1]?.countedTempo).toBe(1);
    expect(r.tasks[0]?.contribution).toBeCloseTo(0.315, 12);
    expect(r.tasks[2]?.name).toBe('inpakken');
  });

  it('gives 100% for regular performance on one task', () => {
    expect(assessWageValue({ tasks: [{ share: 1, tempo: 1, quality: 1, netTime: 1 }] }).wageValue).toBe(1);
  });

  it('accepts a main task of exactly 1/16 of the week', () => {
    const r = assessWageValue({
      tasks: [
        { share: 1 / 16, tempo: 1, quality: 1, netTime: 1 },
        { share: 15 / 16, tempo: 0, quality: 1, netTime: 1 },
      ],
    });
    expect(r.wageValue).toBeCloseTo(1 / 16, 12);
  });

  it('names the broken rule: too many tasks, share too small, shares not summing to one, none', () => {
    const six = Array.from({ length: 6 }, () => ({ share: 1 / 6, tempo: 1, quality: 1, netTime: 1 }));
    expect(issueCodes(() => assessWageValue({ tasks: six }))).toEqual(['too_many_tasks']);
    expect(
      issueCodes(() =>
        assessWageValue({
          tasks: [
            { share: 0.05, tempo: 1, quality: 1, netTime: 1 },
            { share: 0.95, tempo: 1, quality: 1, netTime: 1 },
          ],
        }),
      ),
    ).toEqual(['share_too_small']);
    expect(
      issueCodes(() =>
        assessWageValue({
          tasks: [
            { share: 0.5, tempo: 1, quality: 1, netTime: 1 },
            { share: 0.4, tempo: 1, quality: 1, netTime: 1 },
          ],
        }),
      ),
    ).toEqual(['shares_do_not_sum_to_one']);
    expect(issueCodes(() => assessWageValue({ tasks: [] }))).toEqual(['no_tasks']);
  });

  it('checks 30 minutes a working day when hours and days are given', () => {
    const tasks = [
      { share: 0.1, tempo: 1, quality: 1, netTime: 1 },
      { share: 0.9, tempo: 1, quality: 1, netTime: 1 },
    ];
    // 0.1 × 20 h / 5 days = 0.4 h < 0.5 h; at 25 h it is exactly 0.5 h.
    expect(issueCodes(() => assessWageValue({ tasks, hoursPerWeek: 20, daysPerWeek: 5 }))).toEqual([
      'under_30_minutes_a_day',
    ]);
    expect(assessWageValue({ tasks, hoursPerWeek: 25, daysPerWeek: 5 }).wageValue).toBe(1);
    expect(assessWageValue({ tasks }).wageValue).toBe(1);
  });

  it('lists every issue with its path at once', () => {
    try {
      assessWageValue({ tasks: [{ share: 1, tempo: Number.NaN, quality: 1.5, netTime: -0.1 }] });
      expect.unreachable();
    } catch (e) {
      const err = e as ValidationError;
      expect(err.code).toBe('VALIDATION');
      expect(err.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['tasks.0.tempo', 'not_a_number'],
        ['tasks.0.quality', 'out_of_range'],
        ['tasks.0.netTime', 'out_of_range'],
      ]);
    }
  });

  it('property: the wage value lies in [0, 1]', () => {
    fc.assert(
      fc.property(validTasks, (tasks) => {
        const w = assessWageValue({ tasks }).wageValue;
        return w >= 0 && w <= 1;
      }),
    );
  });

  it('property: the order of the tasks does not matter (metamorphic)', () => {
    fc.assert(
      fc.property(validTasks, (tasks) => {
        const a = assessWageValue({ tasks }).wageValue;
        const b = assessWageValue({ tasks: [...tasks].reverse() }).wageValue;
        expect(b).toBeCloseTo(a, 12);
      }),
    );
  });

  it('property: tempo above 100% counts as 100% (the cap)', () => {
    fc.assert(
      fc.property(validTasks, fc.double({ min: 1, max: 5, noNaN: true }), (tasks, tempo) => {
        const atOne = tasks.map((t) => ({ ...t, tempo: 1 }));
        const above = tasks.map((t) => ({ ...t, tempo }));
        expect(assessWageValue({ tasks: above }).wageValue).toBeCloseTo(
          assessWageValue({ tasks: atOne }).wageValue,
          12,
        );
      }),
    );
  });

  it('property: better quality on a task never lowers the wage value', () => {
    fc.assert(
      fc.property(validTasks, fc.nat(4), (tasks, pick) => {
        const i = pick % tasks.length;
        const better = tasks.map((t, j) => (j === i ? { ...t, quality: Math.min(1, t.quality + 0.1) } : t));
        return assessWageValue({ tasks: better }).wageValue >= assessWageValue({ tasks }).wageValue - 1e-12;
      }),
    );
  });
});
