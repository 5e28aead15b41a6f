import {
  compareCapabilities,
  createMatcher,
  findOccupation,
  generateRegion,
  meetsQualification,
  safeParseCandidates,
  wageCostSubsidy,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The README's API overview shows these results; keep them true.
describe('README examples', () => {
  it('compareCapabilities on lifting', () => {
    const r = compareCapabilities({ 'IV.13': 2 }, { 'IV.13': 1 });
    expect(r.fits).toBe(false);
    expect(r.exceedances[0]).toMatchObject({
      itemId: 'IV.13',
      reason: 'tillen: kan ~5 kg, taak vraagt ~10 kg',
    });
    expect(r.margin).toBe(0);
  });

  it('meetsQualification as the overview shows it', () => {
    expect(meetsQualification('MBO-2 logistiek', ['mbo niveau 3 Logistiek'])).toEqual({
      met: true,
      reason: 'mbo niveau 3 Logistiek voldoet aan MBO-2 logistiek',
    });
    expect(meetsQualification('MBO-3 schoonmaak', ['MBO-2 schoonmaak']).met).toBe(false);
  });

  it('wageCostSubsidy at 60% and 36 hours on 2026-01-01 is about €1,224 a month', () => {
    expect(
      wageCostSubsidy({ wageValue: 0.6, hoursPerWeek: 36, date: '2026-01-01' }).amountPerMonth,
    ).toBeCloseTo(1224, 0);
  });

  it('the matcher calls of the overview run on the demo region', () => {
    const region = generateRegion({ seed: 42, candidates: 50, vacancies: 80 });
    const matcher = createMatcher(region, { weights: { capability: 0.3, skills: 0.2 } });
    expect(Array.isArray(matcher.rank('c-00001', { k: 10 }))).toBe(true);
    expect(Array.isArray(matcher.rankCandidates('v-00001', { k: 10 }))).toBe(true);
    const r = matcher.score('c-00002', 'v-00006');
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  it('findOccupation and the unknown-field warning as the overview shows them', () => {
    const hit = findOccupation('Schoonmaakster (20 uur)');
    expect(hit).toMatchObject({
      occupation: { id: 'cleaner', isco08: '9112' },
      industry: 'cleaning',
      score: 1,
      how: 'normalised',
    });
    expect(findOccupation('Senior software engineer')).toEqual({
      occupation: null,
      reason: 'no-match',
      nearest: [],
    });
    const candidates = JSON.parse(
      JSON.stringify(generateRegion({ seed: 1, candidates: 3, vacancies: 3 }).candidates),
    );
    candidates[2].preferedSectors = ['market'];
    const [w] = safeParseCandidates(candidates).warnings;
    expect(w).toMatchObject({ path: [2, 'preferedSectors'], code: 'unknown_field' });
    expect(w?.message).toContain('did you mean "preferences.sectors"?');
  });
});
