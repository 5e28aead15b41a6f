import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carvedJobSkills, loadSignatureSkills, tasksBelowSkills } from '../../src/scoring/engine/skills.js';
import type { Engine } from '../../src/scoring/engine/state.js';
import { engineOf } from '../helpers/engine.js';

// A carved job is pruned before carving when no job of the vacancy's tasks can reach the skills the
// floor needs (`tasksBelowSkills`, src/scoring/engine/skills.ts, called by `evaluateShape`): the test
// is exact, not only safe — no job reaches `need` exactly when the best job of any of the tasks (the
// whole job, a carved one, or the job at fewer hours, all of the same tasks) stays below it.

const here = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
const SKILLS = ['schoonmaken', 'afwassen', 'inpakken', 'archiveren'];

function vacancy(id: string, tasks: { hours: number; kind: string; skills: string[] }[]) {
  const hours = tasks.reduce((sum, t) => sum + t.hours, 0);
  return {
    id,
    employerId: 'e1',
    location: here,
    // Tasks of 0 hours only: a quarter hour, within the tasks' tolerance (0.5).
    hoursPerWeek: hours > 0 ? hours : 0.25,
    carvable: true,
    sector: 'market',
    occupation: 'schoonmaker',
    tasks: tasks.map((t, a) => ({ id: `t${a}`, kind: t.kind, hoursPerWeek: t.hours, skills: t.skills })),
  };
}

function candidate(id: string, skills: string[]) {
  return {
    id,
    targetGroup: 'participatiewet',
    home: here,
    hoursPerWeek: { min: 0, max: 40 },
    capabilities: {},
    skills,
    qualifications: [],
  };
}

/** The best skills of any job of vacancy `vi`'s `m` tasks for candidate `ci`, each subset as the engine scores a carved job. */
function bestJobSkills(e: Engine, ci: number, vi: number, m: number): number {
  const from = e.vTaskStart.data[vi]!;
  let best = Number.NEGATIVE_INFINITY;
  for (let sub = 1; sub < 1 << m; sub++) {
    let weighed = false;
    for (let a = 0; a < m; a++) {
      e.inJob[a] = (sub >> a) & 1;
      if (e.inJob[a] === 1 && e.tHours.data[from + a]! > 0) weighed = true;
    }
    // A job of only 0-hour tasks is no job (carving takes tasks of more than 0 hours), unless no task has hours.
    if (!weighed && sub !== (1 << m) - 1) continue;
    carvedJobSkills(e, ci, vi, m, -1);
    best = Math.max(best, e.ev.skills);
  }
  return best;
}

describe('tasksBelowSkills', () => {
  it('worked: tasks asking {schoonmaken, afwassen, experience} and {inpakken, experience}, the candidate having schoonmaken — the best share ⅓', () => {
    // Every task also asks experience in its kind (VacancyTable): three skills, then two.
    const e = engineOf({
      candidates: [candidate('c1', ['schoonmaken']), candidate('c2', [])],
      vacancies: [
        vacancy('v1', [
          { hours: 10, kind: 'cleaning', skills: ['schoonmaken', 'afwassen'] },
          { hours: 6, kind: 'packing', skills: ['inpakken'] },
        ]),
        // Tasks of 0 hours only: every job scores `unknownSkills` (0.5 by default).
        vacancy('v2', [{ hours: 0, kind: 'cleaning', skills: ['schoonmaken'] }]),
      ],
    });
    expect(tasksBelowSkills(e, 0, 0, 2, -1, 0.34)).toBe(true);
    expect(tasksBelowSkills(e, 0, 0, 2, -1, 1 / 3)).toBe(false);
    // No skills at all: every task's share is 0.
    expect(tasksBelowSkills(e, 1, 0, 2, -1, 0.01)).toBe(true);
    expect(tasksBelowSkills(e, 1, 0, 2, -1, 0)).toBe(false);
    // The 0-hour task's share (⅓ for c1) does not count; `unknownSkills` does.
    expect(tasksBelowSkills(e, 0, 1, 1, -1, 0.5)).toBe(false);
    expect(tasksBelowSkills(e, 0, 1, 1, -1, 0.51)).toBe(true);
    // The whole job's skills (its signature): 10 × 1 / (10 × 3 + 6 × 2) = 10 / 42, below the best share.
    loadSignatureSkills(e, 0, e.vSkillSignature.data[0]!);
    expect(e.ev.skills).toBeCloseTo(10 / 42, 12);
  });

  it('property: below `need` exactly when every job of the tasks is (tasks of 0 hours and of no skill included)', () => {
    const task = fc.record({
      hours: fc.constantFrom(0, 2, 4, 8),
      kind: fc.constantFrom('cleaning', 'packing'),
      skills: fc.subarray(SKILLS, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(task, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.subarray(SKILLS), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(0.05, 0.25, 1 / 3, 0.5, 0.6, 2 / 3, 0.75, 0.99, 1),
        (vs, cs, need) => {
          const e = engineOf({
            candidates: cs.map((skills, i) => candidate(`c${i}`, skills)),
            vacancies: vs.map((tasks, j) => vacancy(`v${j}`, tasks)),
          });
          for (let ci = 0; ci < cs.length; ci++)
            for (let vi = 0; vi < vs.length; vi++) {
              const m = vs[vi]!.length;
              const best = bestJobSkills(e, ci, vi, m);
              expect(tasksBelowSkills(e, ci, vi, m, -1, need), `c${ci} × v${vi}`).toBe(best < need);
              loadSignatureSkills(e, ci, e.vSkillSignature.data[vi]!);
              expect(e.ev.skills).toBeLessThanOrEqual(best + 1e-12);
            }
        },
      ),
      { numRuns: 200 },
    );
  });
});
