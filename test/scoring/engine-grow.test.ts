import {
  type CandidateInput,
  generateRegion,
  safeParseCandidates,
  safeParseVacancies,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { decomposeVacancy } from '../../src/catalogue/decompose.js';
import { evaluate } from '../../src/scoring/engine/evaluator.js';
import { settleAll } from '../../src/scoring/engine/settle.js';
import { type Engine, SHAPE_VALUES } from '../../src/scoring/engine/state.js';
import { EXCLUDED_CAPABILITY } from '../../src/scoring/rules.js';
import type { VacancyTable } from '../../src/scoring/tables/vacancies.js';
import { settledCarveOnly, settledExcluded, tablesOf } from '../helpers/engine.js';
import { cleaner, hilversum } from '../helpers/places.js';

// `Engine.fitCaches` (engine/state.ts): the caches sized to twice the interned classes, shapes,
// contents, signatures, occupations and skills, grown when candidates and vacancies are added after
// pairs were evaluated. One engine starts with three candidates and two vacancies, evaluates every
// pair, then takes the rest of a region in two steps, each past twice the sizes before; after each
// step every pair (candidate 1 first, whose skills were the last marked) scores as in a fresh engine
// built from the same records. A cache left too short drops its writes and reads `undefined`.

/** The result of evaluating (`ci`, `vi`) with no floor: score, job hours, carved, skills; or the exclusion. */
function result(e: Engine, ci: number, vi: number): unknown[] {
  return evaluate(e, ci, vi, Number.NEGATIVE_INFINITY)
    ? [e.ev.score, e.ev.jobHours, e.ev.carved, e.ev.skills, e.ev.capability, e.ev.preferences]
    : ['excluded', e.ev.excluded];
}

/** Every pair's result, candidate by candidate from `order`, each candidate's vacancies twice (cache hits). */
function allPairs(e: Engine, order: readonly number[], nV: number): unknown[][] {
  const out: unknown[][] = [];
  for (const ci of order) {
    for (let round = 0; round < 2; round++)
      for (let vi = 0; vi < nV; vi++) out.push([ci, vi, ...result(e, ci, vi)]);
  }
  return out;
}

/** The sizes `fitCaches` grows to: classes, shapes, contents, signatures, occupations, skills. */
function sizes(v: VacancyTable, e: Engine): number[] {
  return [
    v.classIndex.size,
    v.shapeIndex.size,
    v.contentIndex.size,
    v.skillSignatureIndex.size,
    e.occupationNames.length,
    (e as unknown as { skillNames: readonly string[] }).skillNames.length,
  ];
}

/** Every cache `fitCaches` sizes, by name, with the number of entries it must hold. */
function caches(v: VacancyTable, e: Engine): [string, ArrayLike<number>, number][] {
  const [nc, ns, nct, nsig, no, nk] = sizes(v, e) as [number, number, number, number, number, number];
  return [
    ['classStamp', e.classStamp, nc],
    ['classStatus', e.classStatus, nc],
    ['marginStamp', e.marginStamp, nc],
    ['classMargin', e.classMargin, nc],
    ['shapeStamp', e.shapeStamp, ns],
    ['shapeOutcome', e.shapeOutcome, ns],
    ['shapeCarved', e.shapeCarved, ns],
    ['shapeMask', e.shapeMask, ns],
    ['shapeSignals', e.shapeSignals, ns],
    ['shapeValues', e.shapeValues, ns * SHAPE_VALUES],
    ['shapeBound', e.shapeBound, ns],
    ['shapeCarveOnly', e.shapeCarveOnly, ns],
    ['contentStamp', e.contentStamp, nct],
    ['contentSkills', e.contentSkills, nct],
    ['signatureStamp', e.signatureStamp, nsig],
    ['signatureSkills', e.signatureSkills, nsig],
    ['occupationStamp', e.occupationStamp, no],
    ['occupationFit', e.occupationFit, no],
    ['skillMark', e.skillMark, nk],
    ['skillAcc', e.skillAcc, nk],
    ['skillTouched', e.skillTouched, nk],
  ];
}

function inputOf(): { candidates: CandidateInput[]; vacancies: VacancyInput[] } {
  const region = generateRegion({ seed: 20, candidates: 9, vacancies: 48 });
  // Within reach of every vacancy, so that no commute exclusion hides the caches' work.
  // The first three with one skill, so that the skills interned at the start are few.
  const candidates = region.candidates.map((c, i) => ({
    ...c,
    maxCommuteKm: 300,
    ...(i < 3 ? { skills: [c.skills?.[0] ?? 'schoonmaken'] } : {}),
    // The last four with six skills no vacancy asks, past the 64 of the first skill scratch.
    ...(i >= 5
      ? { skills: [...(c.skills ?? []), ...Array.from({ length: 6 }, (_, k) => `extra-${i}-${k}`)] }
      : {}),
  }));
  const vacancies = region.vacancies.map((v, j) => ({ ...v, carvable: j % 3 !== 0 }));
  return { candidates, vacancies };
}

describe('fitCaches: caches grown past their first size score as a fresh engine', () => {
  it('three steps of candidates and vacancies, each pair against a fresh engine', () => {
    const { candidates, vacancies } = inputOf();
    const steps = [
      { c: 3, v: 2 },
      { c: 5, v: 12 },
      { c: 9, v: 48 },
    ];
    const first = { candidates: candidates.slice(0, 3), vacancies: vacancies.slice(0, 2) };
    const { engine: e, cTable, vTable } = tablesOf(first);
    const start = sizes(vTable, e);
    let before = start;
    let prev = steps[0]!;
    const seen: unknown[][] = [];
    for (const step of steps) {
      if (step !== prev) {
        const addC = safeParseCandidates(candidates.slice(prev.c, step.c));
        const addV = safeParseVacancies(vacancies.slice(prev.v, step.v));
        if (!addC.success || !addV.success) throw new Error('input does not parse');
        // Nothing interned yet: every cache kept (a cache reallocated would lose the results it holds).
        const kept = caches(vTable, e);
        e.fitCaches();
        expect(caches(vTable, e)).toEqual(kept);
        caches(vTable, e).forEach(([name, array], k) => {
          expect(array, name).toBe(kept[k]![1]);
        });
        // The records interned: every cache holds an entry per class, shape, content, ... and skill.
        cTable.add(addC.data);
        vTable.add(addV.data.map((v) => ({ ...v, tasks: decomposeVacancy(v) })));
        e.fitCaches();
        for (const [name, array, n] of caches(vTable, e))
          expect(array.length, name).toBeGreaterThanOrEqual(n);
        const after = sizes(vTable, e);
        // Each size larger than before.
        for (let k = 0; k < after.length; k++) expect(after[k]).toBeGreaterThan(before[k]!);
        before = after;
      }
      const fresh = tablesOf({
        candidates: candidates.slice(0, step.c),
        vacancies: vacancies.slice(0, step.v),
      });
      // Candidate 1 first: its skills were marked last, before the skill marks were reallocated.
      const order = [1, ...Array.from({ length: step.c }, (_, ci) => ci).filter((ci) => ci !== 1)];
      const got = allPairs(e, order, step.v);
      expect(got).toEqual(allPairs(fresh.engine, order, step.v));
      seen.push(...got);
      for (let ci = 0; ci < step.c; ci++) settleAll(e, ci);
      prev = step;
    }
    // Each size past twice the first (every cache reallocated at least once, its first size too
    // short), and the skills past the 64 of the first skill scratch.
    for (let k = 0; k < start.length; k++) expect(before[k]).toBeGreaterThan(2 * start[k]!);
    expect(before[5]).toBeGreaterThan(64);
    // Some pairs of each kind: scored whole, scored carved, excluded; some with skills.
    expect(seen.some((r) => r[4] === true)).toBe(true);
    expect(seen.some((r) => r[4] === false)).toBe(true);
    expect(seen.some((r) => r[2] === 'excluded')).toBe(true);
    expect(seen.some((r) => typeof r[5] === 'number' && r[5] > 0)).toBe(true);
  });
});

describe('settleAll on an engine of one job shape', () => {
  it('lists the one shape and settles the exclusion the masks decide', () => {
    // Lifting ~10 kg (IV.13 code 1) on the only task, which the candidate (code 2) cannot, the job not
    // carvable: the class masks exclude the candidate on the shape before any pair is evaluated.
    const item = 'IV.13';
    const job: VacancyInput = {
      id: 'v1',
      employerId: 'e1',
      sector: 'market',
      occupation: 'schoonmaker',
      location: hilversum,
      hoursPerWeek: 20,
      carvable: false,
      tasks: [{ id: 't1', kind: 'cleaning', hoursPerWeek: 20, demands: { [item]: 1 } }],
    };
    const { engine: e } = tablesOf({
      candidates: [{ ...cleaner, capabilities: { [item]: 2 } }],
      vacancies: [job],
    });
    expect(e.shapeCount()).toBe(1);
    settleAll(e, 0);
    expect([e.settled.count, settledExcluded(e, 0), settledCarveOnly(e, 0)]).toEqual([1, true, false]);
    expect(result(e, 0, 0)).toEqual(['excluded', EXCLUDED_CAPABILITY]);
  });
});
