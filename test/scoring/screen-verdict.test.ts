import {
  type CandidateInput,
  createMatcher,
  generateRegion,
  type Matcher,
  type MatcherOptions,
  type VacancyInput,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCEEDED_ITEM_IDS, LEVEL_STRIDE } from '../../src/capability/compiled.js';
import { verdict } from '../../src/scoring/engine/evaluator.js';
import { ScreenMemo, screenVerdict } from '../../src/scoring/engine/screen.js';
import type { Engine } from '../../src/scoring/engine/state.js';
import {
  EXCLUDED_CAPABILITY,
  EXCLUDED_COMMUTE,
  EXCLUDED_HOURS,
  EXCLUDED_QUALIFICATION,
} from '../../src/scoring/rules.js';
import { MASK_CLASSES } from '../../src/scoring/tables/profile-masks.js';
import { tablesOf } from '../helpers/engine.js';
import { hilversum } from '../helpers/places.js';

// `screenVerdict` (engine/screen.ts) answers a screening's pairs from class masks, the diploma and the
// hours, asking carving only whether a carved job exists, and remembers each shape's verdict apart
// from the engine: every code must be the one `verdict` (a full `evaluateShape`) gives on a fresh
// engine, in any order of pairs, and on the paths carving takes (a subset at the window's edges, none,
// the whole job at fewer hours, the bundle solver's many tasks, a job of no shape).

const LEVEL_IDS = EXCEEDED_ITEM_IDS.slice(0, LEVEL_STRIDE);
const X = LEVEL_IDS[0]!;
const DIPLOMA = 'MBO-2 logistiek';

/** A candidate in Hilversum of 4–8 h a week, exceeding demand {X: 0} when `limited`. */
function person(id: string, limited: boolean): CandidateInput {
  return {
    id,
    targetGroup: 'wajong',
    home: hilversum,
    maxCommuteKm: 30,
    hoursPerWeek: { min: 4, max: 8 },
    capabilities: limited ? { [X]: 1 } : {},
    skills: [],
  };
}

/** A carvable vacancy in Hilversum of tasks of `hours` each (none core), the first demanding {X: 0} when `exceeded`. */
function carvable(id: string, hours: readonly number[], exceeded: boolean, kind = 'cleaning'): VacancyInput {
  return {
    id,
    employerId: 'e',
    sector: 'market',
    occupation: 'x',
    location: hilversum,
    carvable: true,
    hoursPerWeek: hours.reduce((s, h) => s + h, 0),
    tasks: hours.map((h, a) => ({
      id: `t${a}`,
      kind: a === 0 ? 'cleaning' : kind,
      hoursPerWeek: h,
      demands: exceeded && a === 0 ? { [X]: 0 } : {},
    })),
  };
}

/** The verdict of every pair of `input` by `screenVerdict` in the order `pairs`, and by `verdict` on a fresh engine. */
function bothVerdicts(
  input: { candidates: CandidateInput[]; vacancies: VacancyInput[] },
  options: MatcherOptions,
  pairs: readonly (readonly [number, number])[],
): { screened: number[]; expected: number[] } {
  const { engine: e } = tablesOf(input, options);
  const { engine: fresh } = tablesOf(input, options);
  const memo = new ScreenMemo();
  return {
    screened: pairs.map(([ci, vi]) => screenVerdict(e, memo, ci, vi)),
    expected: pairs.map(([ci, vi]) => verdict(fresh, ci, vi)),
  };
}

/** `count` one-task vacancies of distinct demands none of which names X: X's class comes after theirs. */
function fillers(count: number): VacancyInput[] {
  const out: VacancyInput[] = [];
  for (let code = 0; out.length < count; code++)
    for (let k = 1; k < LEVEL_IDS.length && out.length < count; k++)
      out.push({
        ...carvable(`f${out.length}`, [2], false),
        tasks: [{ id: 't0', kind: 'cleaning', hoursPerWeek: 2, demands: { [LEVEL_IDS[k]!]: code } }],
      });
  return out;
}

/**
 * `screenVerdict` and `verdict` (fresh engine) for candidate `c` and the vacancy `v` placed after
 * `before` fillers, and whether the screening left the engine's shape memory alone (masks decided).
 */
function worked(
  c: CandidateInput,
  v: VacancyInput,
  before: number,
  options: MatcherOptions,
): { screened: number; expected: number; engineUntouched: boolean; remembered: boolean; e: Engine } {
  const input = { candidates: [c], vacancies: [...fillers(before), v] };
  const { engine: e } = tablesOf(input, options);
  const { engine: fresh } = tablesOf(input, options);
  const memo = new ScreenMemo();
  const screened = screenVerdict(e, memo, 0, before);
  const sid = e.vShape.data[before]!;
  return {
    screened,
    expected: verdict(fresh, 0, before),
    engineUntouched: e.shapeStamp[sid] !== 1,
    remembered:
      memo.stamp[sid] === 1 &&
      memo.outcome[sid] === screened &&
      screenVerdict(e, memo, 0, before) === screened,
    e,
  };
}

describe('screenVerdict: carving asked only whether a job exists (worked cases, carving from 7 h)', () => {
  const options: MatcherOptions = { carving: { minHours: 7 } };
  // The limited candidate exceeds each vacancy's first task (1 h): carving takes the others, within 7–8 h.
  const cases: [string, number[], number][] = [
    ['3 + 6 h: 3, 6 or 9, none within 7–8 h', [1, 3, 6], EXCLUDED_CAPABILITY],
    ['3 + 5 h: 8 h, the window top', [1, 3, 5], 0],
    ['3 + 4 h: 7 h, the window bottom', [1, 3, 4], 0],
    ['2 + 4 h: 6 h at most, below 7', [1, 2, 4], EXCLUDED_CAPABILITY],
    ['9 + 9 h: each above the candidate most, the whole job out', [1, 9, 9], EXCLUDED_CAPABILITY],
    ['3 + 3 + 3 h: 9 h in all, no two of them within 7–8 h', [1, 3, 3, 3], EXCLUDED_CAPABILITY],
    ['3 + 4 + 9 h: 7 h without the 9 h task', [1, 3, 4, 9], 0],
    ['8 h alone: the candidate most', [1, 8], 0],
    ['8.1 h: above the candidate most, though 32 quarter hours rounded', [1, 8.1], EXCLUDED_CAPABILITY],
  ];
  // X's class first (0, the masks' first word) or after 32 or 40 fillers (the second word).
  for (const before of [0, 32, 40])
    for (const [name, hours, want] of cases) {
      it(`${name} (X's class ${before})`, () => {
        const r = worked(person('c', true), carvable('v', hours, true), before, options);
        expect(r.e.vShape.data[before]).toBeGreaterThanOrEqual(0);
        expect([r.expected, r.screened, r.engineUntouched, r.remembered]).toEqual([want, want, true, true]);
      });
    }

  it('an avoided kind is no task to carve: 3 + 5 h of packing for a candidate who avoids packing', () => {
    const avoider = { ...person('c', true), preferences: { avoidTaskKinds: ['packing'] } };
    const r = worked(avoider, carvable('v', [1, 3, 5], true, 'packing'), 0, options);
    expect([r.expected, r.screened, r.engineUntouched]).toEqual([
      EXCLUDED_CAPABILITY,
      EXCLUDED_CAPABILITY,
      true,
    ]);
    const ok = worked(person('c', true), carvable('v', [1, 3, 5], true, 'packing'), 0, options);
    expect([ok.expected, ok.screened]).toEqual([0, 0]);
    // Each task's own kind: 3 h and 2 h of cleaning (5 h) are left, not 3 + 4 h (the packing between).
    const kinds = carvable('v', [1, 3, 4, 2], true);
    kinds.tasks = kinds.tasks!.map((t, a) => (a === 2 ? { ...t, kind: 'packing' } : t));
    const mixed = worked(avoider, kinds, 0, options);
    expect([mixed.expected, mixed.screened]).toEqual([EXCLUDED_CAPABILITY, EXCLUDED_CAPABILITY]);
  });

  it('a whole job that fits but for its hours: offered at the candidate most (8 h), no carving needed', () => {
    const r = worked(person('c', false), carvable('v', [9, 9], false), 0, options);
    expect([r.expected, r.screened, r.engineUntouched]).toEqual([0, 0, true]);
  });

  it('the whole job at fewer hours only when they reach carving minimum: 7.75 h of 7.75, not 7.75 of 7.9', () => {
    const at = (h: number): CandidateInput => ({ ...person('c', false), hoursPerWeek: { min: h, max: h } });
    // Carving from 12 h, above the candidate most: carving's minimum is then the candidate's least.
    const high: MatcherOptions = { carving: { minHours: 12 } };
    const fits = worked(at(7.75), carvable('v', [10, 10], false), 0, high);
    expect([fits.expected, fits.screened, fits.engineUntouched]).toEqual([0, 0, true]);
    const short = worked(at(7.9), carvable('v', [10, 10], false), 0, high);
    expect([short.expected, short.screened, short.engineUntouched]).toEqual([
      EXCLUDED_HOURS,
      EXCLUDED_HOURS,
      true,
    ]);
  });

  it('more eligible tasks than carving enumerates go to verdict (the bundle solver): 17 or 18 of 1 h, 17 of 0.5 h', () => {
    const many = (id: string, h: number, n: number, exceeded: boolean): VacancyInput =>
      carvable(id, [1, ...Array.from({ length: n }, () => h)], exceeded);
    // 17 tasks of 0.5 h: 2 quarter hours each, no sum within 7.25 h exactly (29).
    const odd: CandidateInput = { ...person('c', true), hoursPerWeek: { min: 4, max: 7.25 } };
    // 16 of 1 h: enumerated (8 of them make 8 h), the engine's shape memory left alone.
    const sixteen = worked(person('c', true), many('m16', 1, 16, true), 0, { carving: { minHours: 7.25 } });
    expect([sixteen.expected, sixteen.screened, sixteen.engineUntouched]).toEqual([0, 0, true]);
    const rows: [CandidateInput, VacancyInput, number][] = [
      [person('c', true), many('m17', 1, 17, true), 0],
      [person('c', false), many('m18', 1, 17, false), 0],
      [odd, many('half', 0.5, 17, true), EXCLUDED_CAPABILITY],
    ];
    for (const [c, v, want] of rows) {
      const r = worked(c, v, 0, { carving: { minHours: 7.25 } });
      expect([r.expected, r.screened, r.engineUntouched], v.id).toEqual([want, want, false]);
    }
  });

  it('a job of no shape (32 tasks) and one with a class past the masks go to verdict', () => {
    const wide = carvable(
      'wide',
      Array.from({ length: 32 }, () => 0.5),
      true,
    );
    const r = worked(person('c', true), wide, 0, options);
    expect(r.e.vShape.data[0]).toBe(-1);
    expect(r.screened).toBe(r.expected);
    // X's class after 70 fillers: past the 64 the masks hold.
    const past = worked(person('c', true), carvable('v', [1, 3, 5], true), 70, options);
    expect(past.e.shapeTop.data[past.e.vShape.data[70]!]).toBeGreaterThan(MASK_CLASSES);
    expect([past.expected, past.screened, past.engineUntouched]).toEqual([0, 0, false]);
  });
});

describe('screenVerdict: every pair of a region as verdict gives it, in any order', () => {
  const region = generateRegion({ seed: 24, candidates: 12, vacancies: 80 });
  const input = {
    candidates: region.candidates.map((c, i) => (i % 3 === 0 ? { ...c, qualifications: [DIPLOMA] } : c)),
    vacancies: region.vacancies.map((v, j) => ({
      ...v,
      carvable: j % 3 !== 0,
      ...(j % 4 === 1 ? { qualification: DIPLOMA } : {}),
    })),
  };
  const nC = input.candidates.length;
  const nV = input.vacancies.length;
  const byCandidate = Array.from({ length: nC * nV }, (_, k) => [Math.floor(k / nV), k % nV] as const);
  const byVacancy = byCandidate.map(
    ([ci, vi]) => [(ci * nV + vi) % nC, Math.floor((ci * nV + vi) / nC)] as const,
  );
  const options: MatcherOptions[] = [{}, { carving: false }, { carving: { minHours: 12 } }];
  for (const option of options) {
    it(`candidate by candidate, vacancy by vacancy, and in seeded random orders (carving ${JSON.stringify(option.carving)})`, () => {
      const { screened, expected } = bothVerdicts(input, option, [...byCandidate, ...byVacancy]);
      expect(screened).toEqual(expected);
      // Every shape of the region is decided by masks (few tasks, classes below 64): verdict never ran.
      const { engine: e } = tablesOf(input, option);
      const memo = new ScreenMemo();
      for (const [ci, vi] of byCandidate) screenVerdict(e, memo, ci, vi);
      for (let sid = 0; sid < e.shapeCount(); sid++) {
        expect(e.shapeTop.data[sid]).toBeLessThanOrEqual(MASK_CLASSES);
        expect(e.shapeStamp[sid], `shape ${sid}`).toBe(0);
      }
      // Every code occurs, so the comparison is not vacuous.
      for (const code of [0, EXCLUDED_COMMUTE, EXCLUDED_CAPABILITY, EXCLUDED_QUALIFICATION, EXCLUDED_HOURS])
        expect(expected, `code ${code}`).toContain(code);
      fc.assert(
        fc.property(fc.array(fc.nat(nC * nV - 1), { minLength: 50, maxLength: 300 }), (keys) => {
          const pairs = keys.map((k) => byCandidate[k]!);
          const both = bothVerdicts(input, option, pairs);
          expect(both.screened).toEqual(both.expected);
        }),
        { numRuns: 20 },
      );
    });
  }
});

/** Every pair's screening against `score`'s exclusion, by live index. */
function screenAgreesWithScore(m: Matcher): void {
  m.candidates.forEach((c, ci) => {
    m.vacancies.forEach((v, vi) => {
      expect(m.screen(ci, vi), `${c.id} ${v.id}`).toBe(!m.score(c.id, v.id).excluded);
    });
  });
}

describe('screen after edits: the screening memory never answers for a record edited since', () => {
  it('a candidate updated (new hours and limits), vacancies added (new job shapes) and removed', () => {
    const region = generateRegion({ seed: 25, candidates: 8, vacancies: 40 });
    const m = createMatcher(region);
    screenAgreesWithScore(m);
    const c0 = region.candidates[0]!;
    m.updateCandidate({ ...c0, hoursPerWeek: { min: 4, max: 8 }, capabilities: { [X]: 1 } });
    m.addVacancy(carvable('new-a', [1, 3, 5], true));
    m.addVacancy(carvable('new-b', [1, 9, 9], true));
    m.removeVacancy(region.vacancies[3]!.id);
    screenAgreesWithScore(m);
    // The updated candidate is last now: 3 + 5 h carved from new-a; new-b's tasks are each above 8 h.
    const last = m.candidates.length - 1;
    const at = (id: string): number => m.vacancyIndex(id);
    expect([m.screen(last, at('new-a')), m.screen(last, at('new-b'))]).toEqual([true, false]);
  });
});
