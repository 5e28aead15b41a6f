import { compareCapabilities, compareJob, isValidationError, type TaskDemands } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmlMap, POOL } from './arbitraries.js';

const tasks: TaskDemands[] = [
  { id: 'clean', hoursPerWeek: 16, demands: { 'IV.13': 2, 'I.8': [4], 'II.12': [1] } },
  { id: 'stock', hoursPerWeek: 8, demands: { 'IV.13': 1, 'I.8': [4], 'II.12': [1] } },
  { id: 'till', hoursPerWeek: 8, demands: { 'IV.13': 3, 'I.8': [1] } },
];
const person = { 'IV.13': 2, 'VI.3': 3, 'I.8': [4], 'II.12': [1] };

describe('compareJob', () => {
  it('fits a carved job only when every kept task fits and its hours stay within VI.3', () => {
    const whole = compareJob(person, tasks, { hoursPerWeek: 32 });
    expect(whole.fits).toBe(false);
    expect(whole.tasks.map((t) => [t.taskId, t.fits, t.kept])).toEqual([
      ['clean', true, true],
      ['stock', false, true],
      ['till', false, true],
    ]);
    expect(whole.hours.exceedances.map((f) => f.reason)).toEqual([
      'uren per week: kan ~20 uur per week, baan vraagt 32 uur',
    ]);
    expect(whole.margin).toBe(0);

    const carved = compareJob(person, tasks, { taskIds: ['clean'] });
    expect(carved.fits).toBe(true);
    expect(carved.hoursPerWeek).toBe(16);
    expect(carved.hoursPerDay).toBe(3.2);
    expect(carved.tasks.find((t) => t.taskId === 'stock')).toMatchObject({ kept: false, fits: false });
    expect(carved.tasks[0]?.signals.map((f) => f.itemId)).toEqual(['IV.13']); // ~5 kg on a ~5 kg task
    expect(carved.margin).toBe(0);

    // 16 + 8 hours: the task 'stock' is out for lifting, and 24 hours exceed ~20
    const two = compareJob(person, tasks, { taskIds: ['clean', 'stock'] });
    expect(two.hoursPerWeek).toBe(24);
    expect(two.hours.exceedances.map((f) => f.itemId)).toEqual(['VI.3']);
  });

  it('takes the job hours of a vacancy as given, and hours per day from it', () => {
    const r = compareJob({ 'VI.2': 3 }, [{ id: 't', hoursPerWeek: 20, demands: {} }], {
      hoursPerWeek: 20,
      daysPerWeek: 4,
    });
    expect(r.hoursPerDay).toBe(5);
    expect(r.fits).toBe(false);
    expect(r.hours.exceedances.map((f) => f.reason)).toEqual([
      'uren per dag: kan ~4 uur per dag, baan vraagt 5 uur',
    ]);
  });

  it('reports unknown kept task ids, bad hours and bad FML with their paths', () => {
    let error: unknown;
    try {
      compareJob({ 'IV.13': 5 }, [{ id: 't', hoursPerWeek: 1, demands: { 'I.8': 1 } }], {
        taskIds: ['x'],
        hoursPerWeek: -2,
      });
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error)).toBe(true);
    if (!isValidationError(error)) return;
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      [['profile', 'IV.13'], 'invalid_fml_code'],
      [['tasks', 0, 'demands', 'I.8'], 'fml_list_expected'],
      [['job', 'taskIds', 0], 'not_found'],
      [['job', 'hoursPerWeek'], 'invalid_hours'],
    ]);
  });

  it('fits ⇔ every kept task fits alone and the job hours fit; margin is the least', () => {
    const taskArb = fc.record({ hoursPerWeek: fc.integer({ min: 0, max: 20 }), demands: fmlMap(POOL) });
    fc.assert(
      fc.property(
        fmlMap(POOL),
        fc.array(taskArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        (p, ts, keepFlags) => {
          const list = ts.map((t, k) => ({ id: `t${k}`, ...t }));
          const taskIds = list.filter((_, k) => keepFlags[k]).map((t) => t.id);
          const r = compareJob(p, list, { taskIds });
          const hoursPerWeek = list
            .filter((t) => taskIds.includes(t.id))
            .reduce((s, t) => s + t.hoursPerWeek, 0);
          const hoursProfile = Object.fromEntries(
            Object.entries(p).filter(([id]) => id === 'VI.2' || id === 'VI.3'),
          );
          const hoursOnly = compareCapabilities(hoursProfile, {}, { jobHoursPerWeek: hoursPerWeek });
          const alone = list
            .filter((t) => taskIds.includes(t.id))
            .map((t) => compareCapabilities(p, t.demands));
          expect(r.fits).toBe(hoursOnly.fits && alone.every((a) => a.fits));
          expect(r.margin).toBe(r.fits ? Math.min(hoursOnly.margin, ...alone.map((a) => a.margin)) : 0);
        },
      ),
    );
  });
});
