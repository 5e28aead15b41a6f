import { createMatcher, generateRegion } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matcherBuild } from '../../src/scoring/matcher.js';

const region = generateRegion({ seed: 41, candidates: 40, vacancies: 60 });

/** Feeds the region in chunks cut at `cuts` (candidates first, as assignInParallel's workers are fed). */
function fedInChunks(
  input: { candidates: readonly unknown[]; vacancies: readonly unknown[] },
  cuts: number[],
) {
  const build = matcherBuild({}, input.candidates.length + input.vacancies.length);
  for (const what of ['candidates', 'vacancies'] as const) {
    const list = input[what];
    let from = 0;
    for (const cut of [...cuts.filter((c) => c < list.length), list.length]) {
      if (cut <= from) continue;
      if (what === 'candidates') build.addCandidates(list.slice(from, cut));
      else build.addVacancies(list.slice(from, cut));
      from = cut;
    }
  }
  return build;
}

const errorOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('matcherBuild (a matcher fed in chunks)', () => {
  it('gives the same matcher as createMatcher, wherever the chunks are cut', () => {
    const whole = createMatcher(region).shortlist({ k: 8 });
    fc.assert(
      fc.property(fc.array(fc.nat(60), { maxLength: 5 }), (cuts) => {
        const fed = fedInChunks(
          region,
          cuts.sort((a, b) => a - b),
        ).finish();
        const list = fed.shortlist({ k: 8 });
        expect(Array.from(list.offsets)).toEqual(Array.from(whole.offsets));
        expect(Array.from(list.vacancies)).toEqual(Array.from(whole.vacancies));
        expect(Array.from(list.scores)).toEqual(Array.from(whole.scores));
      }),
      { numRuns: 20 },
    );
  });

  it('throws what createMatcher throws: every issue with its index in the whole list, before a failing vacancy', () => {
    const vacancies: unknown[] = region.vacancies.map((v) => ({ ...v }));
    // Vacancy 5 has no tasks and an occupation the catalogue does not know (NOT_FOUND when compiled).
    vacancies[5] = { ...region.vacancies[5]!, tasks: undefined, occupation: 'onbekend beroep' };
    const input = { candidates: region.candidates, vacancies };
    const fed = fedInChunks(input, [3, 7, 30]);
    expect(fed.failedVacancy).toBe(5);
    const expected = errorOf(() => createMatcher(input));
    expect(expected).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(() => fed.finish())).toEqual(expected);

    // A bad field after the failing vacancy, and a duplicate candidate id: validation wins.
    vacancies[40] = { ...region.vacancies[40]!, hoursPerWeek: -3 };
    const candidates = [...region.candidates, region.candidates[2]!];
    const bad = { candidates, vacancies };
    const fedBad = fedInChunks(bad, [3, 7, 30, 41]);
    expect(fedBad.failedVacancy).toBe(-1);
    const error = errorOf(() => fedBad.finish()) as { code: string; issues: { path: unknown[] }[] };
    expect(error).toEqual(errorOf(() => createMatcher(bad)));
    expect(error.code).toBe('VALIDATION');
    expect([...new Set(error.issues.map((i) => i.path.slice(0, 2).join('.')))]).toEqual([
      'candidates.40',
      'vacancies.40',
    ]);
  });

  it('refuses candidates after vacancies', () => {
    const build = matcherBuild({}, 0);
    build.addVacancies(region.vacancies.slice(0, 2));
    expect(errorOf(() => build.addCandidates(region.candidates.slice(0, 1)))).toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
