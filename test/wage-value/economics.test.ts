import { employerEconomics, isBanenmatchError } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const ON_COST = 1.08 * 1.235; // holiday pay and employer charges in 2026
const NO_LKV = { rules: { lkv: [] } };

describe('employerEconomics', () => {
  it('Participatiewet, 60%, 24 h at the WML in 2026 (hand-computed)', () => {
    const e = employerEconomics(
      { id: 'c1', targetGroup: 'participatiewet', wageValue: 0.6 },
      { hoursPerWeek: 24 },
      '2026-01-01',
    );
    // Paid hours 24 × 52 / 12 = 104; wage cost 14.71 × 104 × 1.3338 = 2,040.500592.
    expect(e.regime).toBe('wage-cost-subsidy');
    expect(e.paidHoursPerMonth).toBeCloseTo(104, 12);
    expect(e.wageCostPerMonth).toBeCloseTo(2040.500592, 6);
    // LKS 1,224.108288 × 24/36 = 816.072192; LKV 1.01 × 24 × 52 / 12 = 105.04.
    expect(e.subsidies.map((s) => s.id)).toEqual(['wage-cost-subsidy', 'lkv']);
    expect(e.subsidies[0]?.amountPerMonth).toBeCloseTo(816.072192, 6);
    expect(e.subsidies[1]?.amountPerMonth).toBeCloseTo(105.04, 9);
    expect(e.netCostPerMonth).toBeCloseTo(2040.500592 - 816.072192 - 105.04, 6);
    expect(e.productiveHoursPerMonth).toBeCloseTo(62.4, 12);
    expect(e.regularHireCostPerProductiveHour).toBeCloseTo(14.71 * ON_COST, 9);
    expect(e.ratio).toBeCloseTo(1119.3884 / 62.4 / (14.71 * ON_COST), 9);
  });

  it('property: with LKS at the WML and a wage value ≥ 30% the employer pays what a regular hire costs', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.3, max: 0.99, noNaN: true }),
        fc.double({ min: 1, max: 36, noNaN: true }),
        (w, h) => {
          const e = employerEconomics(
            { id: 'c', targetGroup: 'participatiewet', wageValue: w },
            { hoursPerWeek: h },
            '2026-01-01',
            NO_LKV,
          );
          // Only the rounding of the hourly WML (14.71 vs 2,294.40 / 156) separates it from exactly 1.
          expect(e.ratio).toBeCloseTo(1, 3);
        },
      ),
    );
  });

  it('below 30% the cap leaves a gap: the ratio rises above 1', () => {
    const e = employerEconomics(
      { id: 'c', targetGroup: 'participatiewet', wageValue: 0.2 },
      { hoursPerWeek: 36 },
      '2026-01-01',
      NO_LKV,
    );
    expect(e.ratio).toBeGreaterThan(1.4);
  });

  it('loondispensatie: the employer pays wage value × wage, so the ratio is 1 without LKV', () => {
    const e = employerEconomics(
      { id: 'c', targetGroup: 'wajong', wageValue: 0.5 },
      { hoursPerWeek: 20, wagePerHour: 16 },
      '2026-01-01',
      NO_LKV,
    );
    expect(e.regime).toBe('wage-dispensation');
    expect(e.wageCostPerMonth).toBeCloseTo(0.5 * 16 * ((20 * 52) / 12) * ON_COST, 9);
    expect(e.subsidiesPerMonth).toBe(0);
    expect(e.ratio).toBeCloseTo(1, 12);
  });

  it('without an instrument the employer pays for the lost output: ratio = 1 / wage value', () => {
    const e = employerEconomics(
      { id: 'c', targetGroup: 'other', wageValue: 0.5 },
      { hoursPerWeek: 20 },
      '2026-01-01',
    );
    expect(e.regime).toBe('none');
    expect(e.ratio).toBeCloseTo(2, 12);
  });

  it('pays at least the WML and counts the LKS on the WML when the wage is higher', () => {
    const low = employerEconomics(
      { id: 'c', targetGroup: 'other', wageValue: 1 },
      { hoursPerWeek: 20, wagePerHour: 10 },
      '2026-01-01',
    );
    expect(low.wagePerHour).toBe(14.71);
    const high = employerEconomics(
      { id: 'c', targetGroup: 'participatiewet', wageValue: 0.6 },
      { hoursPerWeek: 36, wagePerHour: 20 },
      '2026-01-01',
      NO_LKV,
    );
    expect(high.ratio).toBeGreaterThan(1.05);
  });

  it('a wage value of 0 makes an hour of output infinitely dear', () => {
    const e = employerEconomics(
      { id: 'c', targetGroup: 'participatiewet', wageValue: 0 },
      { hoursPerWeek: 20 },
      '2026-01-01',
    );
    expect(e.netCostPerProductiveHour).toBe(Number.POSITIVE_INFINITY);
    expect(e.ratio).toBe(Number.POSITIVE_INFINITY);
  });

  it('property: without the LKV, a higher wage value never makes an hour of output dearer (LKS groups, other)', () => {
    const groups = fc.constantFrom(
      'wsw',
      'participatiewet',
      'praktijkroute',
      'vso-pro',
      'beschut',
      'other' as const,
    );
    fc.assert(
      fc.property(
        groups,
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 4, max: 40, noNaN: true }),
        (g, a, b, h) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const c = (w: number) => ({ id: 'c', targetGroup: g, wageValue: w });
          const rLo = employerEconomics(c(lo), { hoursPerWeek: h }, '2026-01-01', NO_LKV).ratio;
          const rHi = employerEconomics(c(hi), { hoursPerWeek: h }, '2026-01-01', NO_LKV).ratio;
          return rHi <= rLo + 1e-9;
        },
      ),
    );
  });

  it('the LKV is per paid hour, so it weighs more per productive hour at a lower wage value', () => {
    const c = (w: number) => ({ id: 'c', targetGroup: 'participatiewet' as const, wageValue: w });
    const r40 = employerEconomics(c(0.4), { hoursPerWeek: 24 }, '2026-01-01').ratio;
    const r80 = employerEconomics(c(0.8), { hoursPerWeek: 24 }, '2026-01-01').ratio;
    expect(r40).toBeLessThan(r80);
    expect(r80).toBeLessThan(1);
  });

  it('Wajong has a cliff at 75%: just above it loondispensatie ends and the employer pays the full wage', () => {
    const c = (w: number) => ({ id: 'c', targetGroup: 'wajong' as const, wageValue: w });
    const at = employerEconomics(c(0.75), { hoursPerWeek: 24 }, '2026-01-01', NO_LKV);
    const above = employerEconomics(c(0.76), { hoursPerWeek: 24 }, '2026-01-01', NO_LKV);
    expect([at.regime, above.regime]).toEqual(['wage-dispensation', 'none']);
    expect(at.ratio).toBeCloseTo(1, 12);
    expect(above.ratio).toBeCloseTo(1 / 0.76, 12);
  });

  it('fails with a code on a date before the table', () => {
    try {
      employerEconomics({ id: 'c', targetGroup: 'wajong' }, { hoursPerWeek: 20 }, '2010-01-01');
      expect.unreachable();
    } catch (e) {
      expect(isBanenmatchError(e) && e.code).toBe('NO_DATA_FOR_DATE');
    }
  });
});
