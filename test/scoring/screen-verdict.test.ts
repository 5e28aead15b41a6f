import { type CandidateInput, generateRegion, type MatcherOptions, type VacancyInput } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCEEDED_ITEM_IDS, LEVEL_STRIDE } from '../../src/capability/compiled.js';
import { verdict } from '../../src/scoring/engine/evaluator.js';
import { ScreenMemo, screenVerdict } from '../../src/scoring/engine/screen.js';
import {
  EXCLUDED_CAPABILITY,
  EXCLUDED_COMMUTE,
  EXCLUDED_HOURS,
  EXCLUDED_QUALIFICATION,
} from '../../src/scoring/rules.js';
import { tablesOf } from '../helpers/engine.js';
import { hilversum } from '../helpers/places.js';

// `screenVerdict` (engine/screen.ts) answers a screening's pairs from class masks, the diploma and the
// hours, asking carving only whether a carved job exists, and remembers each shape's verdict apart
// from the engine: every code must be the one `verdict` (a full `evaluateShape`) gives on a fresh
// engine, in any order of pairs, and on the paths carving takes (a subset at the window's edges, none,
// the whole job at fewer hours, the bundle solver's many tasks, a job of no shape).

const X = EXCEEDED_ITEM_IDS.slice(0, LEVEL_STRIDE)[0]!;
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
function carvable(id: string, hours: readonly number[], exceeded: boolean): VacancyInput {
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
      kind: 'cleaning',
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
  ];
  for (const [name, hours, want] of cases) {
    it(name, () => {
      const input = { candidates: [person('c', true)], vacancies: [carvable('v', hours, true)] };
      const { screened, expected } = bothVerdicts(input, options, [[0, 0]]);
      expect(expected).toEqual([want]);
      expect(screened).toEqual([want]);
    });
  }

  it('a whole job that fits but for its hours: offered at the candidate most (8 h), no carving needed', () => {
    const input = { candidates: [person('c', false)], vacancies: [carvable('v', [9, 9], false)] };
    const { screened, expected } = bothVerdicts(input, options, [[0, 0]]);
    expect(expected).toEqual([0]);
    expect(screened).toEqual([0]);
  });

  it('more eligible tasks than carving enumerates (17 of 1 h: the bundle solver), and a job of no shape (32 tasks)', () => {
    const many = carvable(
      'many',
      Array.from({ length: 18 }, () => 1),
      true,
    );
    const wide = carvable(
      'wide',
      Array.from({ length: 32 }, () => 0.5),
      true,
    );
    const input = { candidates: [person('c', true), person('d', false)], vacancies: [many, wide] };
    const { screened, expected } = bothVerdicts(input, options, [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(expected).toEqual([0, 0, 0, 0]);
    expect(screened).toEqual(expected);
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
