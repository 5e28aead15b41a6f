import {
  type CandidateInput,
  type DemandFigures,
  generateRegion,
  marketAnalysis,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { hilversum, huizen } from '../helpers/places.js';

const candidates: CandidateInput[] = [
  {
    id: 'c1',
    targetGroup: 'wajong',
    home: hilversum,
    hoursPerWeek: { min: 12, max: 24 },
    capabilities: { 'IV.13': 2 },
  },
  {
    id: 'c2',
    targetGroup: 'participatiewet',
    home: hilversum,
    hoursPerWeek: { min: 12, max: 20 },
    capabilities: { 'I.8': [4], 'VI.3': 3 },
    wageValue: 0.5,
  },
  { id: 'c3', targetGroup: 'wsw', home: huizen, hoursPerWeek: { min: 16, max: 32 }, wageValue: 0.7 },
];
const base = { location: hilversum, occupation: 'schoonmaker' } as const;
const vacancies: VacancyInput[] = [
  {
    ...base,
    id: 'vA',
    employerId: 'e1',
    sector: 'market',
    hoursPerWeek: 20,
    carvable: false,
    tasks: [{ id: 't', kind: 'cleaning', hoursPerWeek: 20, demands: { 'IV.13': 1, 'I.8': [4] } }],
  },
  {
    ...base,
    id: 'vB',
    employerId: 'e1',
    sector: 'market',
    hoursPerWeek: 36,
    carvable: true,
    tasks: [
      { id: 'core', kind: 'team-lead', hoursPerWeek: 20, core: true, demands: { 'I.2': 0 } },
      { id: 'support', kind: 'cleaning', hoursPerWeek: 16, demands: { 'IV.13': 2, 'I.8': [4] } },
    ],
  },
  {
    ...base,
    id: 'vC',
    employerId: 'e2',
    sector: 'government',
    hoursPerWeek: 24,
    carvable: false,
    tasks: [{ id: 't', kind: 'order-picking', hoursPerWeek: 24, demands: { 'IV.13': 0 } }],
  },
];

describe('marketAnalysis', () => {
  it('counts supply, patterns and the demand that fits or can be carved (hand-checked)', () => {
    const m = marketAnalysis(candidates, vacancies);
    expect(m.supply.candidates).toBe(3);
    expect(m.supply.byTargetGroup).toEqual({ wajong: 1, participatiewet: 1, wsw: 1 });
    expect(m.supply.byMunicipality).toEqual({ Hilversum: 2, Huizen: 1 });
    expect(m.supply.maxHoursWanted).toEqual({ q1: 22, median: 24, q3: 28 });
    expect(m.supply.measuredWageValue.share).toBeCloseTo(2 / 3, 12);
    expect(m.supply.measuredWageValue.median).toBeCloseTo(0.6, 12);
    expect(m.capabilities.patterns).toEqual([
      { pattern: 'physical', candidates: 1, share: 1 / 3 },
      { pattern: 'cognitive', candidates: 0, share: 0 },
      { pattern: 'psychological', candidates: 1, share: 1 / 3 },
      { pattern: 'hours', candidates: 1, share: 1 / 3 },
    ]);
    expect(m.capabilities.items.map((i) => i.itemId)).toEqual(['I.8', 'IV.13', 'VI.3']);
    expect(m.capabilities.items[1]!.name).toBe('tillen');
    expect(m.capabilities.unlimited).toBe(1);
    // vA and vC fit someone whole (20 + 24 h); from vB only the 16-hour support task can be carved.
    expect(m.demand.total).toMatchObject({
      vacancies: 3,
      positions: 3,
      hoursPerWeek: 80,
      fitNow: 2,
      fitNowHours: 44,
      carvable: 1,
      carvableHours: 16,
    });
    expect(m.demand.total.jobs).toBeCloseTo(60 / 25.5, 12);
    expect(m.demand.bySector.market.jobs).toBeCloseTo(36 / 25.5, 12);
    expect(m.demand.bySector.government.jobs).toBeCloseTo(24 / 25.5, 12);
    expect(m.demand.byEmployer.map((e) => e.employerId)).toEqual(['e1', 'e2']);
  });

  it('adds up: sectors and employers sum to the total on a generated region', () => {
    const region = generateRegion({ seed: 9, candidates: 120, vacancies: 150 });
    const m = marketAnalysis(region.candidates, region.vacancies);
    const sum = (key: 'vacancies' | 'fitNow' | 'carvable' | 'jobs', list: readonly DemandFigures[]) =>
      list.reduce((s, f) => s + f[key], 0);
    for (const key of ['vacancies', 'fitNow', 'carvable', 'jobs'] as const) {
      expect(sum(key, [m.demand.bySector.market, m.demand.bySector.government])).toBeCloseTo(
        m.demand.total[key],
        9,
      );
      expect(sum(key, m.demand.byEmployer)).toBeCloseTo(m.demand.total[key], 9);
    }
    expect(m.demand.total.fitNow + m.demand.total.carvable).toBeLessThanOrEqual(m.demand.total.vacancies);
    expect(Object.values(m.supply.byTargetGroup).reduce((s, x) => s + (x ?? 0), 0)).toBe(120);
    // Per sector, every vacancy fits now, can be carved, or has nobody: the three add up to the total.
    for (const sector of m.sectors) {
      const { strengths, opportunities, weaknesses } = sector;
      expect(
        strengths.fitNowVacancies + opportunities.carvableVacancies + weaknesses.unmatchedVacancies,
      ).toBe(sector.vacancies);
    }
    expect(m.sectors.reduce((s, x) => s + x.vacancies, 0)).toBe(150);
    expect(m.sectors.reduce((s, x) => s + x.strengths.fitNowVacancies, 0)).toBe(m.demand.total.fitNow);
    expect(m.sectors.reduce((s, x) => s + x.opportunities.carvableVacancies, 0)).toBe(
      m.demand.total.carvable,
    );
  });

  it('art. 2.3 with art. 2.4 fn 14.V–VII: supply by age, education, benefit; SWOT per sector; steering (hand-checked)', () => {
    const described: CandidateInput[] = [
      { ...candidates[0]!, ageBand: '15-24', educationLevel: 'pro', benefit: 'wajong' },
      { ...candidates[1]!, ageBand: '45-54', educationLevel: 'mbo-2', benefit: 'participatiewet' },
      { ...candidates[2]!, ageBand: '15-24', benefit: 'none' },
    ];
    // vD: 40 hours, not carvable; nobody wants more than 32 hours, so nobody fits it.
    const vD: VacancyInput = {
      ...base,
      occupation: 'orderpicker',
      id: 'vD',
      employerId: 'e3',
      sector: 'market',
      hoursPerWeek: 40,
      carvable: false,
      tasks: [{ id: 't', kind: 'order-picking', hoursPerWeek: 40 }],
    };
    const m = marketAnalysis(described, [...vacancies, vD]);
    expect(m.supply.byAgeBand).toEqual({ '15-24': 2, '45-54': 1 });
    expect(m.supply.byEducationLevel).toEqual({ pro: 1, 'mbo-2': 1, onbekend: 1 });
    expect(m.supply.byBenefit).toEqual({ wajong: 1, participatiewet: 1, none: 1 });
    expect(m.supply.incomeSupport).toEqual({ yes: 2, no: 1, unknown: 0 });
    expect(m.sectors.map((s) => s.industry)).toEqual(['cleaning', 'logistics']);
    const [cleaning, logistics] = m.sectors;
    // Cleaning: vA 20 h + vB 36 h at e1, vC 24 h at e2 = 80 h; e1 holds 56/80 = 70%.
    // c2 does vA whole, c3 does vA and vC whole; c1 (lifting 2) fits neither; vB gives a 16-hour carved job.
    expect(cleaning).toEqual({
      industry: 'cleaning',
      vacancies: 3,
      hoursPerWeek: 80,
      strengths: { fittingCandidates: 2, fitNowVacancies: 2, fitNowHours: 44 },
      weaknesses: { unmatchedVacancies: 0, unmatchedHours: 0 },
      opportunities: { carvableVacancies: 1, carvableHours: 16, carvableJobs: 16 / 25.5 },
      threats: { largestEmployer: 'e1', largestEmployerShare: 0.7 },
      steering: [
        'kansrijk: 3 van de 3 vacatures passen nu of na jobcarving; benut dit met snelle vacaturevervulling en vaste contactpersonen',
        'jobcarving: 1 vacature biedt 16 uur per week (0,6 banen); bespreek herontwerp met de werkgevers',
        'afhankelijk van één werkgever (e1: 70% van de uren); werf meer werkgevers in deze sector',
      ],
    });
    expect(logistics?.weaknesses).toEqual({ unmatchedVacancies: 1, unmatchedHours: 40 });
    expect(logistics?.threats).toEqual({ largestEmployer: 'e3', largestEmployerShare: 1 });
    expect(logistics?.steering).toEqual([
      'minder kansrijk: 0 van de 1 vacatures passen nu of na jobcarving; stimuleer met proefplaatsingen, werkplekaanpassing of scholing',
      '1 vacature (40 uur per week) zonder passende kandidaat; verbind met kandidaten uit andere sectoren of onderzoek wat hen ontbreekt',
    ]);
  });

  it('rejects bad input with coded errors', () => {
    expect(() => marketAnalysis([{ id: 'x' }] as never, vacancies)).toThrowError(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(() => marketAnalysis(candidates, vacancies, { topItems: -1 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
