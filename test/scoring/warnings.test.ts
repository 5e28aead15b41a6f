import { createMatcher, generateRegion } from 'banenmatch';
import { describe, expect, it } from 'vitest';

describe('matcher.warnings: unknown fields are ignored, never in silence', () => {
  const region = generateRegion({ seed: 9, candidates: 5, vacancies: 12 });

  it('lists unknown fields of the build with their whole-list paths and the nearest known field', () => {
    const candidates = JSON.parse(JSON.stringify(region.candidates)) as Record<string, unknown>[];
    candidates[3]!.preferedSectors = ['market'];
    const vacancies = JSON.parse(JSON.stringify(region.vacancies)) as Record<string, unknown>[];
    (vacancies[7]!.location as Record<string, unknown>).muncipality = 'Huizen';
    const matcher = createMatcher({ candidates, vacancies });
    expect(matcher.warnings.map((w) => [w.path, w.code])).toEqual([
      [['candidates', 3, 'preferedSectors'], 'unknown_field'],
      [['vacancies', 7, 'location', 'muncipality'], 'unknown_field'],
    ]);
    expect(matcher.warnings[0]!.message).toContain('preferences.sectors');
    expect(matcher.warnings[1]!.message).toContain('municipality');
    // The same results as without the typo fields.
    const clean = createMatcher(region);
    expect(matcher.rank(region.candidates[3]!.id, { k: 5 })).toEqual(
      clean.rank(region.candidates[3]!.id, { k: 5 }),
    );
  });

  it('adds the warnings of incremental edits under the edit’s name; a clean region has none', () => {
    const matcher = createMatcher(region);
    expect(matcher.warnings).toEqual([]);
    const extra = { ...JSON.parse(JSON.stringify(region.candidates[0])), id: 'c-extra', hoursperweek: 3 };
    matcher.addCandidate(extra);
    expect(matcher.warnings.map((w) => w.path)).toEqual([['addCandidate', 'hoursperweek']]);
    expect(matcher.candidateIndex('c-extra')).toBe(region.candidates.length);
  });
});
