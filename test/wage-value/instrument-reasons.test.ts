import { type Instrument, instrumentsFor } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The reasons a job coach reads, asserted as text: the wording is the behaviour (which condition
// failed, which figure, which article). Amounts are checked to the cent beside them.

type Row = [id: string, applies: boolean, reason: string, durationMonths?: number];

/** An instrument as [id, applies, reason, duration?]: the amounts are compared to the cent apart. */
function row(i: Instrument): Row {
  const r: Row = [i.id, i.applies, i.reason];
  if (i.durationMonths !== undefined) r.push(i.durationMonths);
  return r;
}

function amounts(list: Instrument[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of list) {
    if (i.amountPerMonth === undefined) continue;
    out[i.id] = Math.round(i.amountPerMonth * 100) / 100;
    expect(i.amountPerYear).toBeCloseTo(12 * i.amountPerMonth, 9);
  }
  return out;
}

describe('instrumentsFor: the reasons, word for word', () => {
  it('Wajong at 60% below the WML on a year contract: loondispensatie on the WML, UWV job coach', () => {
    const list = instrumentsFor(
      { id: 'c', targetGroup: 'wajong', wageValue: 0.6 },
      { hoursPerWeek: 24, wagePerHour: 10, contractMonths: 12 },
      '2026-01-01',
    );
    expect(list.map((i) => [i.id, i.name, i.source])).toEqual([
      ['wage-cost-subsidy', 'loonkostensubsidie (LKS)', 'Participatiewet art. 10d lid 4'],
      ['wage-cost-subsidy-flat-rate', 'forfaitaire loonkostensubsidie', 'Participatiewet art. 10d lid 5'],
      ['wage-dispensation', 'loondispensatie', 'Wajong art. 2:20'],
      ['no-risk-policy', 'no-riskpolis', 'Ziektewet art. 29b'],
      [
        'lkv',
        'loonkostenvoordeel banenafspraak (LKV)',
        'Wtl art. 2.10, 2.12, 2.13 (BWBR0037522, 2026-01-01 text)',
      ],
      ['job-coaching', 'jobcoaching', 'WIA art. 35 / Re-integratiebesluit (UWV jobcoach)'],
      [
        'trial-placement',
        'proefplaatsing',
        'Participatiewet art. 6 sub h; Beleidsregels proefplaatsing UWV (Stcrt. 2012, 25702)',
      ],
      ['workplace-adaptation', 'werkplekaanpassing', 'WIA art. 35; Participatiewet art. 10'],
      ['sheltered-work', 'beschut werk', 'Participatiewet art. 10b; Wfsv art. 38b'],
    ]);
    expect(list.map(row)).toEqual([
      ['wage-cost-subsidy', false, 'Wajong: UWV lowers the wage instead (loondispensatie), no LKS'],
      ['wage-cost-subsidy-flat-rate', false, 'only for the Participatiewet target group (as LKS)'],
      [
        'wage-dispensation',
        true,
        'UWV lets the employer pay the wage value times the wage, wage value 60% (from the candidate’s measurement), UWV measures it; saving about €816.20 a month in wage and charges; contract of ≥ 6 months; reviewed within 5 years',
        60,
      ],
      [
        'no-risk-policy',
        true,
        'if the employee falls ill, UWV pays sickness benefit that the employer offsets against the wage, with no time limit while in the register',
        Number.POSITIVE_INFINITY,
      ],
      [
        'lkv',
        true,
        'the Belastingdienst pays €1.01 per paid hour, at most €2,000.00 a year: about €1,260.48 a year, for as long as the employee is in the register',
        Number.POSITIVE_INFINITY,
      ],
      [
        'job-coaching',
        true,
        'UWV job coach: up to 3.6 h a week in year 1, 1.8 in year 2, 1.4 in year 3 (contract of ≥ 6 months)',
        36,
      ],
      [
        'trial-placement',
        true,
        'unpaid trial with benefit kept: 2 months, up to 6 for people with a disability; then a contract for at least the same hours, without a probation period (contract of ≥ 6 months)',
        6,
      ],
      [
        'workplace-adaptation',
        true,
        'portable aids go with the employee (UWV or municipality); the employer can get non-portable adaptations paid (contract of ≥ 6 months); cheapest adequate solution, not usual in the trade',
      ],
      ['sheltered-work', false, 'only with a beschut-werk determination by the municipality'],
    ]);
    expect(amounts(list)).toEqual({ 'wage-dispensation': 816.2, lkv: 105.04 });
  });

  it('Wajong at 30%, 10 h, 3 months in 2025: every UWV condition fails and says why; LKV for 3 years', () => {
    const list = instrumentsFor(
      { id: 'c', targetGroup: 'wajong', wageValue: 0.3 },
      { hoursPerWeek: 10, contractMonths: 3 },
      '2025-06-01',
    );
    expect(list.find((i) => i.id === 'lkv')?.source).toBe(
      'Wtl art. 2.10–2.13 (BWBR0037522, 2024-01-01 text)',
    );
    expect(list.map(row)).toEqual([
      ['wage-cost-subsidy', false, 'Wajong: UWV lowers the wage instead (loondispensatie), no LKS'],
      ['wage-cost-subsidy-flat-rate', false, 'only for the Participatiewet target group (as LKS)'],
      ['wage-dispensation', false, 'contract shorter than 6 months: needs ≥ 6 months'],
      [
        'no-risk-policy',
        true,
        'if the employee falls ill, UWV pays sickness benefit that the employer offsets against the wage, with no time limit while in the register',
        Number.POSITIVE_INFINITY,
      ],
      [
        'lkv',
        true,
        'the Belastingdienst pays €1.01 per paid hour, at most €2,000.00 a year: about €525.20 a year, for at most 3 years, with a doelgroepverklaring asked from UWV within 3 months of the start',
        36,
      ],
      [
        'job-coaching',
        false,
        'UWV job coach not possible: fewer than 12 h a week; contract shorter than 6 months; wage value 30% (from the candidate’s measurement) is below 35%',
      ],
      [
        'trial-placement',
        false,
        'contract shorter than 6 months: the employer must intend a contract of ≥ 6 months',
      ],
      [
        'workplace-adaptation',
        true,
        'portable aids go with the employee (UWV or municipality); no employer subsidy for non-portable adaptations (contract shorter than 6 months); cheapest adequate solution, not usual in the trade',
      ],
      ['sheltered-work', false, 'only with a beschut-werk determination by the municipality'],
    ]);
    expect(amounts(list)).toEqual({ lkv: 43.77 });
  });

  it('Wajong at 80% from task performance: above the 75% line', () => {
    const list = instrumentsFor(
      { id: 'c', targetGroup: 'wajong', taskPerformance: { a: 0.8 } },
      { hoursPerWeek: 24, tasks: [{ kind: 'a', hoursPerWeek: 24 }] },
      '2026-01-01',
    );
    expect(list.find((i) => i.id === 'lkv')?.source).toBe(
      'Wtl art. 2.10, 2.12, 2.13 (BWBR0037522, 2026-01-01 text)',
    );
    expect(list.map(row)).toEqual([
      ['wage-cost-subsidy', false, 'Wajong: UWV lowers the wage instead (loondispensatie), no LKS'],
      ['wage-cost-subsidy-flat-rate', false, 'only for the Participatiewet target group (as LKS)'],
      [
        'wage-dispensation',
        false,
        "estimated wage value 80% on this job's tasks (from task performance, not a measurement): needs at least 25% less productive",
      ],
      [
        'no-risk-policy',
        true,
        'if the employee falls ill, UWV pays sickness benefit that the employer offsets against the wage, with no time limit while in the register',
        Number.POSITIVE_INFINITY,
      ],
      [
        'lkv',
        true,
        'the Belastingdienst pays €1.01 per paid hour, at most €2,000.00 a year: about €1,260.48 a year, for as long as the employee is in the register',
        Number.POSITIVE_INFINITY,
      ],
      [
        'job-coaching',
        true,
        'UWV job coach: up to 3.6 h a week in year 1, 1.8 in year 2, 1.4 in year 3 (contract length unknown: needs ≥ 6 months)',
        36,
      ],
      [
        'trial-placement',
        true,
        'unpaid trial with benefit kept: 2 months, up to 6 for people with a disability; then a contract for at least the same hours, without a probation period (contract length unknown: needs ≥ 6 months)',
        6,
      ],
      [
        'workplace-adaptation',
        true,
        'portable aids go with the employee (UWV or municipality); the employer can get non-portable adaptations paid (contract length unknown: needs ≥ 6 months); cheapest adequate solution, not usual in the trade',
      ],
      ['sheltered-work', false, 'only with a beschut-werk determination by the municipality'],
    ]);
    expect(amounts(list)).toEqual({ lkv: 105.04 });
  });

  it('Participatiewet without a measurement on 3 months: LKS on the presumed 50%, no trial placement', () => {
    const list = instrumentsFor(
      { id: 'c', targetGroup: 'participatiewet' },
      { hoursPerWeek: 20, contractMonths: 3 },
      '2026-01-01',
    );
    expect(list.find((i) => i.id === 'lkv')?.source).toBe(
      'Wtl art. 2.10, 2.12, 2.13 (BWBR0037522, 2026-01-01 text)',
    );
    expect(list.map(row)).toEqual([
      [
        'wage-cost-subsidy',
        true,
        'municipality pays the gap between the minimum wage and the estimated wage value 50% (partly presumed, no measurement), about €850.08 a month for 20 h; fixed after a wage-value measurement at the workplace',
        Number.POSITIVE_INFINITY,
      ],
      [
        'wage-cost-subsidy-flat-rate',
        true,
        'if municipality and employer agree to start before the wage value is measured: 50% of the minimum wage, about €850.08 a month, for at most 6 months',
        6,
      ],
      ['wage-dispensation', false, 'only for Wajong employees (others: LKS)'],
      [
        'no-risk-policy',
        true,
        'if the employee falls ill, UWV pays sickness benefit that the employer offsets against the wage, with no time limit while in the register',
        Number.POSITIVE_INFINITY,
      ],
      [
        'lkv',
        true,
        'the Belastingdienst pays €1.01 per paid hour, at most €2,000.00 a year: about €1,050.40 a year, for as long as the employee is in the register',
        Number.POSITIVE_INFINITY,
      ],
      [
        'job-coaching',
        true,
        'right to coaching at the workplace from the municipality; its verordening sets form and amount',
      ],
      [
        'trial-placement',
        false,
        'contract shorter than 6 months: the employer must intend a contract of ≥ 6 months',
      ],
      [
        'workplace-adaptation',
        true,
        'portable aids go with the employee (UWV or municipality); no employer subsidy for non-portable adaptations (contract shorter than 6 months); cheapest adequate solution, not usual in the trade',
      ],
      ['sheltered-work', false, 'only with a beschut-werk determination by the municipality'],
    ]);
    expect(amounts(list)).toEqual({
      'wage-cost-subsidy': 850.08,
      'wage-cost-subsidy-flat-rate': 850.08,
      lkv: 87.53,
    });
  });

  it('vso-pro at 100% in 2017: no gap for LKS, flat rate still possible, no LKV before 2018', () => {
    const list = instrumentsFor(
      { id: 'c', targetGroup: 'vso-pro', wageValue: 1 },
      { hoursPerWeek: 20 },
      '2017-06-01',
    );
    expect(list.find((i) => i.id === 'lkv')?.source).toBe('Wet tegemoetkomingen loondomein art. 2.10–2.13');
    expect(list.map(row)).toEqual([
      [
        'wage-cost-subsidy',
        false,
        'wage value 100% (from the candidate’s measurement): reaches the minimum wage, so no gap to subsidise',
      ],
      [
        'wage-cost-subsidy-flat-rate',
        true,
        'if municipality and employer agree to start before the wage value is measured: 50% of the minimum wage, about €572.54 a month, for at most 6 months',
        6,
      ],
      ['wage-dispensation', false, 'only for Wajong employees (others: LKS)'],
      [
        'no-risk-policy',
        true,
        'if the employee falls ill, UWV pays sickness benefit that the employer offsets against the wage, with no time limit while in the register',
        Number.POSITIVE_INFINITY,
      ],
      ['lkv', false, 'the LKV exists from 2018-01-01 on (earlier premium discounts are not modelled)'],
      [
        'job-coaching',
        true,
        'right to coaching at the workplace from the municipality; its verordening sets form and amount',
      ],
      [
        'trial-placement',
        true,
        'unpaid trial with benefit kept: 2 months, up to 6 for people with a disability; then a contract for at least the same hours, without a probation period (contract length unknown: needs ≥ 6 months)',
        6,
      ],
      [
        'workplace-adaptation',
        true,
        'portable aids go with the employee (UWV or municipality); the employer can get non-portable adaptations paid (contract length unknown: needs ≥ 6 months); cheapest adequate solution, not usual in the trade',
      ],
      ['sheltered-work', false, 'only with a beschut-werk determination by the municipality'],
    ]);
    expect(amounts(list)).toEqual({ 'wage-cost-subsidy-flat-rate': 572.54 });
  });

  it('outside the target groups: only a two-month trial placement', () => {
    const list = instrumentsFor(
      { id: 'c', targetGroup: 'other', wageValue: 0.9 },
      { hoursPerWeek: 20, contractMonths: 12 },
      '2026-01-01',
    );
    expect(list.find((i) => i.id === 'lkv')?.source).toBe('Wet tegemoetkomingen loondomein art. 2.10–2.13');
    expect(list.map(row)).toEqual([
      [
        'wage-cost-subsidy',
        false,
        'only for the Participatiewet target group that cannot earn the minimum wage',
      ],
      ['wage-cost-subsidy-flat-rate', false, 'only for the Participatiewet target group (as LKS)'],
      ['wage-dispensation', false, 'only for Wajong employees (others: LKS)'],
      ['no-risk-policy', false, 'only for people with a disability benefit or in the target-group register'],
      ['lkv', false, 'only for employees in the target-group register (Wfsv art. 38b)'],
      ['job-coaching', false, 'no job-coach route known for this target group'],
      [
        'trial-placement',
        true,
        'unpaid trial with benefit kept: 2 months; then a contract for at least the same hours, without a probation period (contract of ≥ 6 months)',
        2,
      ],
      [
        'workplace-adaptation',
        false,
        'needs a structural functional limitation known to UWV or the municipality',
      ],
      ['sheltered-work', false, 'only with a beschut-werk determination by the municipality'],
    ]);
    expect(amounts(list)).toEqual({});
  });

  it('wsw at 40 h in 2025: LKS as a Participatiewet client, LKV capped at €2,000, municipal coaching', () => {
    const list = instrumentsFor(
      { id: 'c', targetGroup: 'wsw', wageValue: 0.9 },
      { hoursPerWeek: 40 },
      '2025-06-01',
    );
    expect(list.find((i) => i.id === 'lkv')?.source).toBe(
      'Wtl art. 2.10–2.13 (BWBR0037522, 2024-01-01 text)',
    );
    expect(list.map(row)).toEqual([
      // Wsw-indicated outside a Wsw job: the municipality's client, so the Participatiewet's LKS (issue 18).
      // WML 2025-01 €14.06 × 36 × 52 / 12 = €2,193.36; 10% gap × 1.08 = €236.88 (40 h counts as the
      // 36-hour full time) × 1.235 charges = €292.55; flat rate 50% × 2,193.36 × 1.08 × 1.235 = €1,462.75.
      [
        'wage-cost-subsidy',
        true,
        'municipality pays the gap between the minimum wage and the wage value 90% (from the candidate’s measurement), about €292.55 a month for 40 h; fixed after a wage-value measurement at the workplace',
        Number.POSITIVE_INFINITY,
      ],
      [
        'wage-cost-subsidy-flat-rate',
        true,
        'if municipality and employer agree to start before the wage value is measured: 50% of the minimum wage, about €1,462.75 a month, for at most 6 months',
        6,
      ],
      ['wage-dispensation', false, 'only for Wajong employees (others: LKS)'],
      [
        'no-risk-policy',
        true,
        'if the employee falls ill, UWV pays sickness benefit that the employer offsets against the wage, with no time limit while in the register',
        Number.POSITIVE_INFINITY,
      ],
      [
        'lkv',
        true,
        'the Belastingdienst pays €1.01 per paid hour, at most €2,000.00 a year: about €2,000.00 a year, for at most 3 years, with a doelgroepverklaring asked from UWV within 3 months of the start',
        36,
      ],
      [
        'job-coaching',
        true,
        'right to coaching at the workplace from the municipality; its verordening sets form and amount',
      ],
      [
        'trial-placement',
        true,
        'unpaid trial with benefit kept: 2 months, up to 6 for people with a disability; then a contract for at least the same hours, without a probation period (contract length unknown: needs ≥ 6 months)',
        6,
      ],
      [
        'workplace-adaptation',
        true,
        'portable aids go with the employee (UWV or municipality); the employer can get non-portable adaptations paid (contract length unknown: needs ≥ 6 months); cheapest adequate solution, not usual in the trade',
      ],
      ['sheltered-work', false, 'only with a beschut-werk determination by the municipality'],
    ]);
    expect(amounts(list)).toEqual({
      'wage-cost-subsidy': 292.55,
      'wage-cost-subsidy-flat-rate': 1462.75,
      lkv: 166.67,
    });
  });
});
