import type { CandidateInput, VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/scoring/engine/evaluator.js';
import { tablesOf } from '../helpers/engine.js';
import { cleaner, hilversum } from '../helpers/places.js';

// `carveWithin` (engine/carve.ts) on ties the reference comparison of engine-carving counts but does
// not compare: equal productive hours go to the fewer hours, then to the smaller subset (the tasks
// listed first); and the window of a carved job to the quarter hour.

/**
 * The tasks of the carved job the engine finds for `candidate` in a carvable vacancy of `tasks`, with
 * carving's floor at 4 h; `reduced` for the whole vacancy at fewer hours, null when excluded.
 */
function carvedTasks(candidate: CandidateInput, tasks: VacancyInput['tasks']): string[] | 'reduced' | null {
  const vacancy: VacancyInput = {
    id: 'v1',
    employerId: 'e1',
    sector: 'market',
    occupation: 'schoonmaker',
    location: hilversum,
    hoursPerWeek: tasks!.reduce((sum, t) => sum + t.hoursPerWeek, 0),
    carvable: true,
    tasks,
  };
  const input = { candidates: [candidate], vacancies: [vacancy] };
  const { engine: e } = tablesOf(input, { carving: { minHours: 4 } });
  if (!evaluate(e, 0, 0)) return null;
  expect(e.ev.carved).toBe(true);
  if (e.ev.reduced) return 'reduced';
  return tasks!.filter((_, a) => e.inJob[a] === 1).map((t) => t.id);
}

const task = (id: string, kind: string, hoursPerWeek: number) => ({ id, kind, hoursPerWeek, demands: {} });

describe('carveWithin: the carved job among equal productive hours', () => {
  // Cleaning at wage value 1, packing at 0.5 (measured per kind); 12 h at most, 4 at least.
  const candidate: CandidateInput = {
    ...cleaner,
    hoursPerWeek: { min: 4, max: 12 },
    taskPerformance: { cleaning: 1, packing: 0.5 },
  };

  it('the fewer hours: 6 h of cleaning before 12 h of packing (6 productive hours each)', () => {
    expect(
      carvedTasks(candidate, [
        task('pack', 'packing', 12),
        task('clean', 'cleaning', 6),
        task('rest', 'filing', 20),
      ]),
    ).toEqual(['clean']);
  });

  it('the same hours: the tasks listed first', () => {
    expect(
      carvedTasks(candidate, [
        task('b', 'packing', 4),
        task('a', 'cleaning', 8),
        task('c', 'cleaning', 8),
        task('d', 'packing', 4),
        task('rest', 'filing', 20),
      ]),
    ).toEqual(['b', 'a']);
  });

  it('the window to the quarter hour: 12 h exactly at the top, 4 h exactly at the floor', () => {
    // 8 + 4 = 12 h fits, 8 + 4.25 does not.
    expect(
      carvedTasks(candidate, [
        task('a', 'cleaning', 8),
        task('b', 'cleaning', 4.25),
        task('c', 'cleaning', 4),
        task('rest', 'filing', 20),
      ]),
    ).toEqual(['a', 'c']);
    // Carving's floor at 4 h: 4 h of tasks is a job, 3.75 h is not (the whole vacancy at 12 h then).
    expect(carvedTasks(candidate, [task('a', 'cleaning', 4), task('rest', 'filing', 20)])).toEqual(['a']);
    expect(carvedTasks(candidate, [task('a', 'cleaning', 3.75), task('rest', 'filing', 20)])).toBe('reduced');
  });

  it('never a core task, a task over the candidate’s limits or most hours, a kind avoided, a task of 0 h', () => {
    const tasks: VacancyInput['tasks'] = [
      { ...task('core', 'cleaning', 6), core: true },
      { ...task('lift', 'cleaning', 6), demands: { 'IV.13': 1 } },
      task('long', 'cleaning', 13),
      task('avoided', 'filing', 6),
      task('none', 'cleaning', 0),
      task('pack', 'packing', 5),
    ];
    const limited: CandidateInput = {
      ...candidate,
      capabilities: { 'IV.13': 2 },
      preferences: { avoidTaskKinds: ['filing'] },
    };
    expect(carvedTasks(limited, tasks)).toEqual(['pack']);
    // Without the limits and the avoided kind: cleaning 6 h and filing 6 h (12 h, the most value).
    expect(carvedTasks(candidate, tasks)).toEqual(['lift', 'avoided']);
  });

  it('more than 16 tasks to choose from (the bundle solver): the 12 of cleaning before any packing', () => {
    const tasks = [
      ...Array.from({ length: 5 }, (_, a) => task(`p${a}`, 'packing', 1)),
      ...Array.from({ length: 12 }, (_, a) => task(`c${a}`, 'cleaning', 1)),
      task('rest', 'filing', 20),
    ];
    expect(carvedTasks(candidate, tasks)).toEqual(Array.from({ length: 12 }, (_, a) => `c${a}`));
  });
});
