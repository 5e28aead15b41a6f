import type { CandidateInput, VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { cannotCarve } from '../../src/scoring/engine/carve.js';
import { evaluate } from '../../src/scoring/engine/evaluator.js';
import { profileWords } from '../../src/scoring/engine/shape.js';
import { tablesOf } from '../helpers/engine.js';
import { cleaner, hilversum } from '../helpers/places.js';

// `engine/carve.ts` on worked cases: `cannotCarve` from a candidate's own numbers (its most hours,
// carving's floor for it, the classes its profile exceeds); `carveWithin` at the edges of its window,
// with nothing to carve, at productive hours below 1, and with the bundle solver finding no job.

const task = (id: string, hoursPerWeek: number, demands: Record<string, number> = {}) => ({
  id,
  kind: 'cleaning',
  hoursPerWeek,
  demands,
});

describe('cannotCarve: carving ruled out for a candidate from masks and hours', () => {
  it('the candidate’s most hours, its carved floor and exceeded classes, worked', () => {
    // One carvable vacancy (shape 0): lifting 2 h, then 3 h and 2 h without demands. Carving's floor 4 h.
    const vacancy: VacancyInput = {
      id: 'v1',
      employerId: 'e1',
      sector: 'market',
      occupation: 'schoonmaker',
      location: hilversum,
      hoursPerWeek: 7,
      carvable: true,
      tasks: [task('lift', 2, { 'IV.13': 1 }), task('b', 3), task('c', 2)],
    };
    const who = (min: number, max: number, lifts: boolean): CandidateInput => ({
      ...cleaner,
      id: `c${min}-${max}-${lifts}`,
      hoursPerWeek: { min, max },
      capabilities: lifts ? {} : { 'IV.13': 2 },
    });
    const candidates = [
      // 12–24 h, no lifting (floor 4): 3 + 2 h left — carving may succeed.
      who(12, 24, false),
      // At most 2.5 h (floor 2.5): lifting and the 2 h task, 4 h — not ruled out.
      who(0, 2.5, true),
      // The same without lifting: the 2 h task alone, below 2.5 — ruled out.
      who(0, 2.5, false),
      // At most 1.5 h: no task that short — ruled out.
      who(0, 1.5, true),
      // 1.5–2.5 h, no lifting: the floor is their minimum (1.5), the 2 h task reaches it.
      who(1.5, 2.5, false),
      // At most 3 h, no lifting (floor 3): the task of 3 h is not over the most — not ruled out.
      who(0, 3, false),
    ];
    const { engine: e } = tablesOf({ candidates, vacancies: [vacancy] }, { carving: { minHours: 4 } });
    e.carvable.list(e.shapeCount(), true, e.layouts, e.shapeLayout, e.shapeBits, e.shapeTop);
    expect(e.vShape.data[0]).toBe(0);
    const verdicts = candidates.map((_, ci) => {
      const w = profileWords(e, ci, e.shapeTop.data[0]!);
      const exceed = e.profileMasks.exceed.data;
      return cannotCarve(e, ci, 0, exceed[w]!, exceed[w + 1]!);
    });
    expect(verdicts).toEqual([false, false, true, true, false, false]);
    // A shape not listed: false.
    expect(cannotCarve(e, 1, 1, 0, 0)).toBe(false);
  });
});

/**
 * The tasks of the carved job the engine finds for `candidate` in a carvable vacancy of `tasks` (with
 * a task of 30 h no one takes unless `rest` is false), carving's floor at `floor`; `reduced` for the whole vacancy at fewer
 * hours, null when excluded.
 */
function carved(
  candidate: CandidateInput,
  tasks: VacancyInput['tasks'],
  floor = 4,
  rest = true,
): string[] | 'reduced' | null {
  const all = rest ? [...tasks!, task('rest', 30)] : tasks!;
  const vacancy: VacancyInput = {
    id: 'v1',
    employerId: 'e1',
    sector: 'market',
    occupation: 'schoonmaker',
    location: hilversum,
    hoursPerWeek: all.reduce((sum, t) => sum + t.hoursPerWeek, 0),
    carvable: true,
    tasks: all,
  };
  const { engine: e } = tablesOf(
    { candidates: [candidate], vacancies: [vacancy] },
    { carving: { minHours: floor } },
  );
  if (!evaluate(e, 0, 0)) return null;
  expect(e.ev.carved).toBe(true);
  if (e.ev.reduced) return 'reduced';
  return all.filter((_, a) => e.inJob[a] === 1).map((t) => t.id);
}

describe('carveWithin: worked edges', () => {
  const worker = (min: number, max: number, performance: Record<string, number> = {}): CandidateInput => ({
    ...cleaner,
    hoursPerWeek: { min, max },
    taskPerformance: performance,
  });

  it('a task of the candidate’s most hours, at a floor equal to them (at most 3 h: floor 3)', () => {
    // 3 h exactly is the one job: 2 + 2 h is over, 2 h alone under the floor.
    expect(carved(worker(0, 3), [task('a', 2), task('b', 3), task('c', 2)])).toEqual(['b']);
  });

  it('no task short enough: none carved, the whole job at the most hours', () => {
    expect(carved(worker(0, 12), [task('a', 13)])).toBe('reduced');
  });

  it('the fewer hours among equal productive hours, the shorter task listed first', () => {
    // Cleaning 6 h at 1 and packing 12 h at 0.5: 6 productive hours each; the 6 h job.
    const tasks = [
      { ...task('clean', 6), kind: 'cleaning' },
      { ...task('pack', 12), kind: 'packing' },
    ];
    expect(carved(worker(4, 12, { cleaning: 1, packing: 0.5 }), tasks)).toEqual(['clean']);
  });

  it('a job of less than one productive hour (1 h at 0.5; at most 1 h, floor 1)', () => {
    expect(carved(worker(0, 1, { cleaning: 0.5 }), [task('a', 1)])).toEqual(['a']);
  });

  it('more than 16 tasks, none reaching the floor together: none carved (the bundle solver finds none)', () => {
    // 17 tasks of 0.25 h (4.25 h) and a floor of 8 h: the whole job at 24 h.
    const tasks = Array.from({ length: 17 }, (_, a) => task(`q${a}`, 0.25));
    expect(carved(worker(12, 24), tasks, 8)).toBe('reduced');
  });

  it('carving’s floor at 0: a task of 0 h is no job', () => {
    expect(carved(worker(0, 2), [task('zero', 0), task('big', 5)], 0)).toBe('reduced');
  });

  it('carving’s floor at 0, a task of no productive hours (wage value 0): a job of that task, never none', () => {
    // The empty subset would reach a floor of 0 at the same 0 productive hours; it is no job.
    expect(carved(worker(0, 12, { cleaning: 0 }), [task('a', 4)], 0)).toEqual(['a']);
    // More than 16 such tasks (the bundle solver): the same, a job of one of them (the fewest hours, the
    // first listed): a job has at least a quarter hour, so the empty bundle never reaches the floor.
    const tasks = Array.from({ length: 17 }, (_, a) => task(`z${a}`, 1));
    expect(carved(worker(0, 12, { cleaning: 0 }), tasks, 0)).toEqual(['z0']);
  });

  it('more than 16 tasks and a candidate of at most 0.2 h: no job of a quarter hour, none (the bundle solver is not asked)', () => {
    // 17 tasks of 0.1 h, each within the candidate's most: the floor (a quarter hour) is above that
    // most, so no job; the solver would refuse that window.
    const tasks = Array.from({ length: 17 }, (_, a) => task(`s${a}`, 0.1));
    expect(carved(worker(0, 0.2), tasks, 0)).toBeNull();
  });

  it('32 tasks to choose from: the bundle solver, not an enumeration of 2^32 subsets', () => {
    // 32 tasks of 1 h (32 h, over the 12 most): any 12 of them; the first 12 listed.
    const tasks = Array.from({ length: 32 }, (_, a) => task(`h${a}`, 1));
    expect(carved(worker(4, 12), tasks, 4, false)).toEqual(tasks.slice(0, 12).map((t) => t.id));
  });
});
