import { type Instrument, type InstrumentId, instrumentsFor, isBanenmatchError } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { GROUPS } from '../helpers/groups.js';

function pick(list: Instrument[], id: InstrumentId): Instrument {
  const found = list.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
}

function applying(list: Instrument[]): InstrumentId[] {
  return list.filter((i) => i.applies).map((i) => i.id);
}

describe('instrumentsFor', () => {
  it('Participatiewet, wage value 60%, 36 h, 2026: LKS ≈ €1,224, flat rate, no-risk without limit, LKV', () => {
    const list = instrumentsFor(
      { id: 'c1', targetGroup: 'participatiewet', wageValue: 0.6 },
      { hoursPerWeek: 36 },
      '2026-01-01',
    );
    expect(pick(list, 'wage-cost-subsidy').amountPerMonth).toBeCloseTo(1224.108288, 6);
    expect(pick(list, 'wage-cost-subsidy-flat-rate').durationMonths).toBe(6);
    expect(pick(list, 'no-risk-policy').durationMonths).toBe(Number.POSITIVE_INFINITY);
    // LKV: 1.01 × 36 × 52 = 1,890.72 a year (below the €2,000 cap); no 3-year limit from 2026.
    const lkv = pick(list, 'lkv');
    expect(lkv.amountPerYear).toBeCloseTo(1890.72, 9);
    expect(lkv.durationMonths).toBe(Number.POSITIVE_INFINITY);
    expect(applying(list)).toEqual([
      'wage-cost-subsidy',
      'wage-cost-subsidy-flat-rate',
      'no-risk-policy',
      'lkv',
      'job-coaching',
      'trial-placement',
      'workplace-adaptation',
    ]);
  });

  it('LKV is capped at €2,000 a year and limited to 3 years before 2026', () => {
    const c = { id: 'c2', targetGroup: 'wsw' as const };
    const lkv2025 = pick(instrumentsFor(c, { hoursPerWeek: 40 }, '2025-06-01'), 'lkv');
    expect(lkv2025.amountPerYear).toBe(2000);
    expect(lkv2025.durationMonths).toBe(36);
    // Before the Wtl (1-1-2018) there was no LKV.
    expect(pick(instrumentsFor(c, { hoursPerWeek: 40 }, '2017-06-01'), 'lkv').applies).toBe(false);
  });

  it('Wajong with a wage value of 60% gets loondispensatie, not LKS; at 80% neither', () => {
    const low = instrumentsFor(
      { id: 'c3', targetGroup: 'wajong', wageValue: 0.6 },
      { hoursPerWeek: 24, wagePerHour: 15 },
      '2026-01-01',
    );
    expect(pick(low, 'wage-cost-subsidy').applies).toBe(false);
    const disp = pick(low, 'wage-dispensation');
    expect(disp.applies).toBe(true);
    // Saving: 0.4 × 15 × (24 × 52 / 12) × 1.08 × 1.235 = 0.4 × 15 × 104 × 1.3338 = 832.2912
    expect(disp.amountPerMonth).toBeCloseTo(832.2912, 6);
    const high = instrumentsFor(
      { id: 'c3', targetGroup: 'wajong', wageValue: 0.8 },
      { hoursPerWeek: 24 },
      '2026-01-01',
    );
    expect(pick(high, 'wage-dispensation').applies).toBe(false);
    const short = instrumentsFor(
      { id: 'c3', targetGroup: 'wajong', wageValue: 0.6 },
      { hoursPerWeek: 24, contractMonths: 3 },
      '2026-01-01',
    );
    expect(pick(short, 'wage-dispensation').applies).toBe(false);
  });

  it('beschut werk: LKS and no-risk apply, but no LKV and no quota count', () => {
    const list = instrumentsFor(
      { id: 'c4', targetGroup: 'beschut', wageValue: 0.3 },
      { hoursPerWeek: 30 },
      '2026-01-01',
    );
    expect(pick(list, 'sheltered-work').applies).toBe(true);
    expect(pick(list, 'lkv').applies).toBe(false);
    expect(pick(list, 'wage-cost-subsidy').applies).toBe(true);
    expect(pick(list, 'no-risk-policy').applies).toBe(true);
  });

  it('a wage value of 20% reports the 70% cap in the LKS reason', () => {
    const lks = pick(
      instrumentsFor(
        { id: 'c5', targetGroup: 'praktijkroute', wageValue: 0.2 },
        { hoursPerWeek: 36 },
        '2026-01-01',
      ),
      'wage-cost-subsidy',
    );
    expect(lks.amountPerMonth).toBeCloseTo(2142.189504, 6);
    expect(lks.reason).toContain('70%');
  });

  it('UWV job coach needs ≥ 12 h a week and ≥ 6 months; the municipality’s coaching is a right', () => {
    const c = { id: 'c6', targetGroup: 'wajong' as const, wageValue: 0.6 };
    expect(pick(instrumentsFor(c, { hoursPerWeek: 12 }, '2026-01-01'), 'job-coaching').applies).toBe(true);
    expect(pick(instrumentsFor(c, { hoursPerWeek: 11.5 }, '2026-01-01'), 'job-coaching').applies).toBe(false);
    expect(
      pick(instrumentsFor(c, { hoursPerWeek: 20, contractMonths: 5 }, '2026-01-01'), 'job-coaching').applies,
    ).toBe(false);
    const pw = pick(
      instrumentsFor({ id: 'c7', targetGroup: 'participatiewet' }, { hoursPerWeek: 8 }, '2026-01-01'),
      'job-coaching',
    );
    expect([pw.applies, pw.source]).toEqual([true, 'Participatiewet art. 10da']);
  });

  it('without a measurement the LKS rests on the estimate and says so', () => {
    const list = instrumentsFor(
      { id: 'c8', targetGroup: 'participatiewet', taskPerformance: { cleaning: 0.7 } },
      { hoursPerWeek: 20, tasks: [{ kind: 'cleaning', hoursPerWeek: 20 }] },
      '2026-01-01',
    );
    const lks = pick(list, 'wage-cost-subsidy');
    expect(lks.reason).toContain('not a measurement');
    // 2,477.952 × 0.3 × 1.235 × 20 / 36
    expect(lks.amountPerMonth).toBeCloseTo(2477.952 * 0.3 * 1.235 * (20 / 36), 6);
  });

  it('a candidate outside the target groups gets only the trial placement', () => {
    const list = instrumentsFor(
      { id: 'c9', targetGroup: 'other', wageValue: 0.9 },
      { hoursPerWeek: 24 },
      '2026-01-01',
    );
    expect(applying(list)).toEqual(['trial-placement']);
    expect(pick(list, 'trial-placement').durationMonths).toBe(2);
  });

  it('every group gets the nine instruments, each with a source and a reason', () => {
    for (const g of GROUPS) {
      const list = instrumentsFor({ id: 'c', targetGroup: g }, { hoursPerWeek: 24 }, '2026-01-01');
      expect(list).toHaveLength(9);
      expect(new Set(list.map((i) => i.id)).size).toBe(9);
      for (const i of list) {
        expect(i.source.length).toBeGreaterThan(5);
        expect(i.reason.length).toBeGreaterThan(10);
        if (i.amountPerMonth !== undefined) expect(i.amountPerMonth).toBeGreaterThanOrEqual(0);
      }
      // LKS and loondispensatie never both apply.
      expect(pick(list, 'wage-cost-subsidy').applies && pick(list, 'wage-dispensation').applies).toBe(false);
    }
  });

  it('fails with a code on bad input and on dates before the table', () => {
    const code = (fn: () => unknown): string => {
      try {
        fn();
      } catch (e) {
        if (isBanenmatchError(e)) return e.code;
      }
      return 'none';
    };
    expect(
      code(() => instrumentsFor({ id: 'c', targetGroup: 'wajong' }, { hoursPerWeek: -1 }, '2026-01-01')),
    ).toBe('VALIDATION');
    expect(
      code(() => instrumentsFor({ id: 'c', targetGroup: 'wajong' }, { hoursPerWeek: 20 }, '2014-01-01')),
    ).toBe('NO_DATA_FOR_DATE');
  });
});
