import { isValidationError, WAGE_RULES, wageCostSubsidy } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../helpers/errors.js';

const date = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const wageValue = fc.double({ min: 0, max: 1, noNaN: true });
const hours = fc.double({ min: 0, max: 36, noNaN: true });

describe('wageCostSubsidy (Participatiewet art. 10d)', () => {
  it('wage value 60% at 36 h on 2026-01-01 gives about €1,224 a month', () => {
    const s = wageCostSubsidy({ wageValue: 0.6, hoursPerWeek: 36, date: '2026-01-01' });
    // 2,294.40 × 1.08 = 2,477.952; × 0.4 = 991.1808; × 1.235 = 1,224.108288 (domain notes §3.1).
    expect(s.minimumWageWithHolidayPay).toBeCloseTo(2477.952, 9);
    expect(s.wageGap).toBeCloseTo(991.1808, 9);
    expect(s.amountPerMonth).toBeCloseTo(1224.108288, 6);
    expect(s.amountPerYear).toBeCloseTo(12 * 1224.108288, 6);
    expect(s.capBinds).toBe(false);
    expect(s.durationMonths).toBe(Number.POSITIVE_INFINITY);
  });

  it('a wage value of 20% hits the 70% cap', () => {
    const s = wageCostSubsidy({ wageValue: 0.2, hoursPerWeek: 36, date: '2026-01-01' });
    // gap 0.8 × 2,477.952 = 1,982.36 > cap 0.7 × 2,477.952 = 1,734.5664; × 1.235 = 2,142.189504.
    expect(s.capBinds).toBe(true);
    expect(s.amountPerMonth).toBeCloseTo(2142.189504, 6);
    // Below 30% the amount no longer depends on the wage value.
    expect(
      wageCostSubsidy({ wageValue: 0, hoursPerWeek: 36, date: '2026-01-01' }).amountPerMonth,
    ).toBeCloseTo(s.amountPerMonth, 9);
    expect(wageCostSubsidy({ wageValue: 0.3, hoursPerWeek: 36, date: '2026-01-01' }).capBinds).toBe(false);
  });

  it('18 hours gives half of 36', () => {
    const full = wageCostSubsidy({ wageValue: 0.6, hoursPerWeek: 36, date: '2026-01-01' }).amountPerMonth;
    const half = wageCostSubsidy({ wageValue: 0.6, hoursPerWeek: 18, date: '2026-01-01' }).amountPerMonth;
    expect(half).toBeCloseTo(full / 2, 9);
    expect(half).toBeCloseTo(612.054144, 6);
  });

  it('does not subsidise hours above the full-time week, unless the sector’s week is longer', () => {
    const at36 = wageCostSubsidy({ wageValue: 0.6, hoursPerWeek: 36, date: '2026-01-01' }).amountPerMonth;
    expect(
      wageCostSubsidy({ wageValue: 0.6, hoursPerWeek: 40, date: '2026-01-01' }).amountPerMonth,
    ).toBeCloseTo(at36, 9);
    const sector40 = wageCostSubsidy({
      wageValue: 0.6,
      hoursPerWeek: 40,
      date: '2026-01-01',
      rules: { fullTimeHours: 40 },
    });
    expect(sector40.amountPerMonth).toBeCloseTo((at36 * 40) / 36, 9);
  });

  it('pays the flat rate of 50% for at most six months without a measurement (art. 10d lid 5)', () => {
    const s = wageCostSubsidy({ hoursPerWeek: 36, date: '2026-01-01', flatRate: true });
    // 0.5 × 2,477.952 × 1.235 = 1,530.13536
    expect(s.amountPerMonth).toBeCloseTo(1530.13536, 6);
    expect(s.durationMonths).toBe(6);
    expect(s.flatRate).toBe(true);
  });

  it('uses the WML and the charges rate of the date (2016: 23%, monthly WML 1,524.60)', () => {
    const s = wageCostSubsidy({ wageValue: 0.5, hoursPerWeek: 36, date: '2016-03-01' });
    // 1,524.60 × 1.08 × 0.5 × 1.23 = 1,012.63932
    expect(s.employerChargesRate).toBe(0.23);
    expect(s.amountPerMonth).toBeCloseTo(1012.63932, 6);
    expect(
      wageCostSubsidy({ wageValue: 0.5, hoursPerWeek: 36, date: '2018-01-01' }).employerChargesRate,
    ).toBe(0.235);
  });

  it('rejects a missing or out-of-range wage value and negative hours; fails before 2015', () => {
    expect(codeOf(() => wageCostSubsidy({ hoursPerWeek: 36, date: '2026-01-01' }))).toBe('VALIDATION');
    expect(codeOf(() => wageCostSubsidy({ wageValue: 1.2, hoursPerWeek: 36, date: '2026-01-01' }))).toBe(
      'VALIDATION',
    );
    try {
      wageCostSubsidy({ wageValue: -0.1, hoursPerWeek: -1, date: '2026-01-01' });
      expect.unreachable();
    } catch (e) {
      expect(isValidationError(e) && e.issues.map((i) => i.path[0])).toEqual(['wageValue', 'hoursPerWeek']);
    }
    expect(codeOf(() => wageCostSubsidy({ wageValue: 0.5, hoursPerWeek: 36, date: '2014-06-01' }))).toBe(
      'NO_DATA_FOR_DATE',
    );
  });

  it('property: never negative', () => {
    fc.assert(
      fc.property(wageValue, hours, date, (w, h, d) => {
        return wageCostSubsidy({ wageValue: w, hoursPerWeek: h, date: d }).amountPerMonth >= 0;
      }),
    );
  });

  it('property: non-increasing in the wage value', () => {
    fc.assert(
      fc.property(wageValue, wageValue, hours, date, (a, b, h, d) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const sLo = wageCostSubsidy({ wageValue: lo, hoursPerWeek: h, date: d }).amountPerMonth;
        const sHi = wageCostSubsidy({ wageValue: hi, hoursPerWeek: h, date: d }).amountPerMonth;
        return sHi <= sLo + 1e-9;
      }),
    );
  });

  it('property: proportional to the hours up to the full-time week', () => {
    fc.assert(
      fc.property(wageValue, hours, date, (w, h, d) => {
        const full = wageCostSubsidy({ wageValue: w, hoursPerWeek: 36, date: d }).amountPerMonth;
        const part = wageCostSubsidy({ wageValue: w, hoursPerWeek: h, date: d }).amountPerMonth;
        expect(part).toBeCloseTo((full * h) / 36, 6);
      }),
    );
  });

  it('property: never above 70% of WML + holiday pay, plus charges, pro rata', () => {
    fc.assert(
      fc.property(wageValue, fc.double({ min: 0, max: 60, noNaN: true }), date, (w, h, d) => {
        const s = wageCostSubsidy({ wageValue: w, hoursPerWeek: h, date: d });
        const max =
          WAGE_RULES.lksCapShare *
          s.minimumWageWithHolidayPay *
          (1 + s.employerChargesRate) *
          (Math.min(h, 36) / 36);
        return s.amountPerMonth <= max + 1e-9;
      }),
    );
  });
});
