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
});
