import {
  isValidationError,
  type Observation,
  type ProgressReportOptions,
  progressReport,
  type ReportPlacement,
  type TargetPlan,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { testPlan } from '../helpers/plan.js';

// Issue 19: the run's placements per municipality and target group, its fairness, and a glossary.
const plan: TargetPlan = testPlan([
  { year: 2023, market: 200, government: 40 },
  { year: 2024, market: 300, government: 60 },
]);
const observed: Observation[] = [{ year: 2023, market: 210, government: 35 }];
const placements: ReportPlacement[] = [
  { sector: 'market', hoursPerWeek: 25.5, municipality: 'Huizen', targetGroup: 'wajong' },
  { sector: 'government', hoursPerWeek: 12.75, municipality: 'Huizen', targetGroup: 'participatiewet' },
  { sector: 'market', hoursPerWeek: 51, probability: 0.5, municipality: 'Bussum', targetGroup: 'wajong' },
  // Sheltered work: placed, but no job for the banenafspraak.
  { sector: 'market', hoursPerWeek: 25.5, municipality: 'Bussum', targetGroup: 'beschut' },
  { sector: 'market', hoursPerWeek: 25.5 },
];
const base: ProgressReportOptions = { plan, observed, period: '2023', placements };

describe('progressReport: breakdowns of the run', () => {
  const { json, markdown } = progressReport(base);

  it('counts placements and expected jobs per municipality, sorted by name, unknown last', () => {
    expect(json.byMunicipality).toEqual([
      { key: 'Bussum', placements: 2, jobs: 1, market: 1, government: 0 },
      { key: 'Huizen', placements: 2, jobs: 1.5, market: 1, government: 0.5 },
      { key: 'onbekend', placements: 1, jobs: 1, market: 1, government: 0 },
    ]);
  });

  it('counts per target group; sheltered work adds no jobs, here nor in the scenario', () => {
    expect(json.byTargetGroup?.map((r) => [r.key, r.placements, r.jobs])).toEqual([
      ['beschut', 1, 0],
      ['participatiewet', 1, 0.5],
      ['wajong', 2, 2],
      ['onbekend', 1, 1],
    ]);
    expect(json.scenario).toEqual({ market: 3, government: 0.5, total: 3.5 });
  });

  it('shows both tables in Dutch with a total row', () => {
    expect(markdown).toContain('## Plaatsingen per gemeente en per doelgroep');
    expect(markdown).toContain('| Huizen | 2 | 1,5 | 1 | 0,5 |');
    expect(markdown).toContain('| beschut werk | 1 | 0 | 0 | 0 |');
    expect(markdown).toContain('| Totaal | 5 | 3,5 | 3 | 0,5 |');
  });

  it('leaves a breakdown out when no placement names its key', () => {
    const r = progressReport({ ...base, placements: [{ sector: 'market', hoursPerWeek: 20 }] });
    expect([r.json.byMunicipality, r.json.byTargetGroup]).toEqual([null, null]);
    expect(r.markdown).not.toContain('Plaatsingen per gemeente');
  });
});

/** `n` candidates `prefix-i`, the first `placed` of them placed with score 0.5. */
function groupRun(prefix: string, n: number, placed: number) {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  return {
    placements: ids.slice(0, placed).map((candidateId) => ({
      candidateId,
      score: 0.5,
      sector: 'market' as const,
      hoursPerWeek: 25.5,
    })),
    unplaced: ids.slice(placed).map((candidateId) => ({ candidateId })),
    groups: Object.fromEntries(ids.map((id) => [id, { wachttijd: prefix }])),
  };
}

function fairnessReport(placedB: number) {
  const a = groupRun('a', 25, 20);
  const b = groupRun('b', 25, placedB);
  return progressReport({
    ...base,
    placements: [...a.placements, ...b.placements],
    unplaced: [...a.unplaced, ...b.unplaced],
    groups: { ...a.groups, ...b.groups },
  });
}

describe('progressReport: the fairness section', () => {
  it('judges 16 of 25 against 20 of 25 as exactly four fifths: no signal', () => {
    const r = fairnessReport(16);
    expect(r.json.fairness?.attributes[0]?.groups.map((g) => g.fourFifthsFlag)).toEqual([false, false]);
    expect(r.markdown).toContain('## Gelijke kansen');
    expect(r.markdown).toContain('| wachttijd | b | 25 | 16 | 64% | 0,80 | nee |');
    expect(r.markdown).toContain('- wachttijd: geen groep onder 80% van de best geplaatste groep "a".');
  });

  it('flags 15 of 25 against 20 of 25 and says so in Dutch, the ratio rounded down', () => {
    const r = fairnessReport(15);
    expect(r.markdown).toContain('| wachttijd | b | 25 | 15 | 60% | 0,75 | signaal |');
    expect(r.markdown).toContain(
      '- wachttijd: groep "b" wordt 60% geplaatst (15 van 25), 0,75 keer de 80% van groep "a" (20 van 25): onder de grens van 80%, geen significant verschil. Bekijk waarom.',
    );
  });

  it('has no fairness section without groups, and needs candidate ids with groups', () => {
    expect(progressReport(base).json.fairness).toBeNull();
    expect(progressReport(base).markdown).not.toContain('Gelijke kansen');
    try {
      progressReport({ ...base, groups: {} });
      expect.unreachable();
    } catch (e) {
      // The score is checked first, then the id.
      expect(isValidationError(e) && e.issues.slice(0, 2).map((i) => i.path)).toEqual([
        ['placements', 0, 'score'],
        ['placements', 0, 'candidateId'],
      ]);
    }
  });
});

describe('progressReport: glossary', () => {
  it('explains every term the report keeps', () => {
    const { markdown } = progressReport(base);
    for (const term of [
      'Banenafspraak',
      'Baan van 25,5 uur',
      'Loonwaarde',
      'LKS',
      'Jobcarving',
      'Beschut werk',
      'FML',
      'Prognose-interval',
    ]) {
      expect(markdown).toContain(`- **${term}**: `);
    }
  });
});

describe('progressReport: deterministic', () => {
  it('gives the same HTML byte for byte for the same input, and for the run in another order', () => {
    const run = fairnessReport(15);
    const again = fairnessReport(15);
    expect(again.html).toBe(run.html);
    const a = groupRun('a', 25, 20);
    const b = groupRun('b', 25, 15);
    const shuffled = progressReport({
      ...base,
      placements: [...b.placements, ...a.placements].reverse(),
      unplaced: [...b.unplaced, ...a.unplaced],
      groups: { ...b.groups, ...a.groups },
    });
    expect(shuffled.html).toBe(run.html);
  });
});
