import { type CandidateInput, parseCandidates, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { openingBound } from '../../src/scoring/engine/changed.js';
import { evaluate } from '../../src/scoring/engine/evaluator.js';
import { forgetPairs } from '../../src/scoring/engine/exceeded.js';
import type { Engine } from '../../src/scoring/engine/state.js';
import { PRUNED } from '../../src/scoring/rules.js';
import { tablesOf } from '../helpers/engine.js';
import { cleaner, hilversum } from '../helpers/places.js';

// `forgetPairs` (engine/exceeded.ts) around a changed copy of a candidate, as `whyNot` sizes a change
// of hours or skills: worked cases, one per cache an evaluation reads, where the candidate's entry
// from before the change gives the copy another result than a fresh engine does. One vacancy, so
// that its job shape, content and skill signature are each the first (0); the changed candidate is
// the second (index 1), another candidate beside it.

/** The result of evaluating (`ci`, vacancy 0) above `floor`: score, hours, carved, skills; or the exclusion. */
function result(e: Engine, ci: number, floor = Number.NEGATIVE_INFINITY): unknown[] {
  return evaluate(e, ci, 0, floor)
    ? [e.ev.score, e.ev.jobHours, e.ev.carved, e.ev.skills]
    : ['excluded', e.ev.excluded];
}

/**
 * The engine over `other`, `candidate` and `vacancy`: evaluates the candidate (index 1) as it is
 * (`floor`), then its copy changed by `change` after `forgetPairs` over its columns, then the
 * candidate again after a second `forgetPairs`. Returns the three results and the copy's in a fresh
 * engine.
 */
function changedCopy(
  candidate: CandidateInput,
  change: Partial<CandidateInput>,
  vacancy: VacancyInput,
  options: object = {},
  floor = Number.NEGATIVE_INFINITY,
): { before: unknown[]; copy: unknown[]; fresh: unknown[]; after: unknown[]; e: Engine } {
  const other = { ...cleaner, id: 'c0', skills: ['schoonmaken', 'inpakken'] };
  const input = { candidates: [other, candidate], vacancies: [vacancy] };
  const { engine: e, cTable } = tablesOf(input, options);
  expect([e.vShape.data[0], e.vContent.data[0], e.vSkillSignature.data[0]]).toEqual([0, 0, 0]);
  const [, record] = parseCandidates(input.candidates);
  const [, changed] = parseCandidates([other, { ...candidate, ...change }]);
  const before = result(e, 1, floor);
  forgetPairs(e, 1, [{ vi: 0 }]);
  cTable.put(1, changed!);
  e.fitCaches();
  const copy = result(e, 1, floor);
  forgetPairs(e, 1, [{ vi: 0 }]);
  cTable.put(1, record!);
  e.fitCaches();
  const after = result(e, 1, floor);
  const fresh = result(
    tablesOf({ ...input, candidates: [other, { ...candidate, ...change }] }, options).engine,
    1,
    floor,
  );
  return { before, copy, fresh, after, e };
}

/** A vacancy in Hilversum of `hours` with the given tasks (cleaning, no demands unless stated). */
function vacancy(
  hours: number,
  carvable: boolean,
  tasks: Partial<VacancyInput['tasks'] & object>,
): VacancyInput {
  return {
    id: 'v1',
    employerId: 'e1',
    sector: 'market',
    occupation: 'schoonmaker',
    location: hilversum,
    hoursPerWeek: hours,
    carvable,
    tasks: tasks as VacancyInput['tasks'],
  };
}

describe('forgetPairs: the changed copy scores as a fresh engine, the candidate afterwards as before', () => {
  it('the job shape: 16 h at most is out for a job of 20 h, 24 h at most takes it whole', () => {
    const job = vacancy(20, false, [{ id: 't1', kind: 'cleaning', hoursPerWeek: 20, demands: {} }]);
    const { before, copy, fresh, after } = changedCopy(
      { ...cleaner, hoursPerWeek: { min: 12, max: 16 } },
      { hoursPerWeek: { min: 12, max: 24 } },
      job,
    );
    expect(before[0]).toBe('excluded');
    expect(copy).toEqual(fresh);
    expect(copy[1]).toBe(20);
    expect(after).toEqual(before);
  });

  it('the shape pruned as carved only: the copy that takes the whole job is not pruned by it', () => {
    // The hours component alone: the whole job scores 1, a carved job at most the carved factor; the
    // floor between the two prunes the candidate of 16 h at most before its carving (the shape marked
    // carved-only), not the copy of 24 h.
    const weights = { capability: 0, skills: 0, commute: 0, economics: 0, preferences: 0, hours: 1 };
    const job = vacancy(20, true, [
      { id: 't1', kind: 'cleaning', hoursPerWeek: 10, demands: {} },
      { id: 't2', kind: 'cleaning', hoursPerWeek: 10, demands: {} },
    ]);
    const { before, copy, fresh, after, e } = changedCopy(
      { ...cleaner, hoursPerWeek: { min: 12, max: 16 } },
      { hoursPerWeek: { min: 12, max: 24 } },
      job,
      { weights },
      0.99,
    );
    expect(e.carvedFactor * openingBound(e, 1, 0)).toBeLessThan(0.99);
    expect(before).toEqual(['excluded', PRUNED]);
    expect(fresh.slice(0, 3)).toEqual([1, 20, false]);
    expect(copy).toEqual(fresh);
    expect(after).toEqual(before);
  });

  it('the skill signature and the skill marks: the whole job’s skills of the copy’s skills', () => {
    // 14 h of cleaning, 6 h of packing: the candidate has the one, the copy the other.
    const job = vacancy(20, false, [
      { id: 't1', kind: 'cleaning', hoursPerWeek: 14, skills: ['schoonmaken'], demands: {} },
      { id: 't2', kind: 'packing', hoursPerWeek: 6, skills: ['inpakken'], demands: {} },
    ]);
    const { before, copy, fresh, after } = changedCopy(
      { ...cleaner, skills: ['schoonmaken'] },
      { skills: ['inpakken'] },
      job,
    );
    expect(copy).toEqual(fresh);
    expect(fresh[3]).toBeLessThan(before[3] as number);
    expect(fresh[3]).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  it('the job content: a carved job’s skills of the copy’s skills', () => {
    // Packing lifts ~10 kg, which the candidate cannot: the carved job is cleaning 10 h and filing 4 h.
    const job = vacancy(24, true, [
      { id: 't1', kind: 'cleaning', hoursPerWeek: 10, skills: ['schoonmaken'], demands: {} },
      { id: 't2', kind: 'packing', hoursPerWeek: 10, skills: ['inpakken'], demands: { 'IV.13': 1 } },
      { id: 't3', kind: 'filing', hoursPerWeek: 4, skills: ['inpakken'], demands: {} },
    ]);
    const { before, copy, fresh, after } = changedCopy(
      { ...cleaner, capabilities: { 'IV.13': 2 }, skills: ['schoonmaken'] },
      { skills: ['inpakken'] },
      job,
    );
    expect(before[1]).toBe(14);
    expect(before[2]).toBe(true);
    expect(copy).toEqual(fresh);
    expect(fresh[3]).toBeLessThan(before[3] as number);
    expect(fresh[3]).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });
});
