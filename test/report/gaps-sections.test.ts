import {
  type CandidateInput,
  caseloadGaps,
  createMatcher,
  isBanenmatchError,
  marketAnalysis,
  progressReport,
  type TargetPlan,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { hilversum, supermarket } from '../helpers/places.js';

// The report section "Wat zou meer plaatsingen mogelijk maken" and marketAnalysis's `gaps`: shown only when asked.

const vca: VacancyInput = {
  ...supermarket('v-vca'),
  qualification: 'VCA',
  tasks: [{ id: 'k1', kind: 'cashier', hoursPerWeek: 20, demands: {}, core: true }],
};
const lifter = (id: string): CandidateInput => ({
  id,
  targetGroup: 'wajong',
  home: hilversum,
  maxCommuteKm: 10,
  hoursPerWeek: { min: 12, max: 20 },
  capabilities: { 'IV.13': 2 },
  skills: ['afrekenen'],
});
const candidates = [lifter('c1'), lifter('c2'), { ...lifter('c3'), capabilities: {} }];
const vacancies = [supermarket('v-1'), supermarket('v-2'), vca];
const gaps = caseloadGaps(createMatcher({ candidates, vacancies }));

const plan: TargetPlan = {
  id: 't',
  name: 'Testplan',
  source: 'hand-made',
  unitHours: 25.5,
  years: [{ year: 2024, market: 300, government: 60 }],
};
const base = {
  plan,
  observed: [{ year: 2024, market: 280, government: 50 }],
  period: '2024',
} as const;

const invalid = (f: () => unknown): boolean => {
  try {
    f();
  } catch (e) {
    return isBanenmatchError(e) && e.code === 'INVALID_ARGUMENT';
  }
  return false;
};

describe('progressReport with gaps', () => {
  it('adds the section with the top adaptations and trainings (Markdown, HTML, JSON)', () => {
    const without = progressReport(base);
    const r = progressReport({ ...base, gaps });
    expect(r.json.gaps).toEqual(gaps);
    expect('gaps' in without.json).toBe(false);
    expect(r.markdown).toContain('## Wat zou meer plaatsingen mogelijk maken');
    expect(r.markdown).toContain('Van 3 kandidaten hebben er 3 een vacature die na één verandering past');
    const adaptation = gaps.adaptations[0]!;
    expect(r.markdown).toContain(`| ${adaptation.name} | vakken vullen (IV.13 tillen) | 2 | 2 |`);
    expect(r.markdown).toContain(`| ${gaps.trainings[0]!.name} | diploma | `);
    expect(r.html).toContain('<h2>Wat zou meer plaatsingen mogelijk maken</h2>');
    // Everything else is as without the gaps: the section sits before the yearly table.
    const cut = (md: string) =>
      md.replace(/## Wat zou meer plaatsingen mogelijk maken[\s\S]*?(?=## Verloop)/, '');
    expect(cut(r.markdown)).toBe(without.markdown);
    expect(r.svg).toBe(without.svg);
  });

  it('refuses gaps that are not a caseloadGaps result', () => {
    expect(invalid(() => progressReport({ ...base, gaps: { adaptations: [] } as never }))).toBe(true);
  });
});

describe('marketAnalysis with gaps', () => {
  it('shows a given table, or counts it over the caseload with `true`; leaves it out without', () => {
    expect('gaps' in marketAnalysis(candidates, vacancies)).toBe(false);
    expect(marketAnalysis(candidates, vacancies, { gaps }).gaps).toBe(gaps);
    expect(marketAnalysis(candidates, vacancies, { gaps: true }).gaps).toEqual(gaps);
    expect(invalid(() => marketAnalysis(candidates, vacancies, { gaps: [] as never }))).toBe(true);
  });
});
