import {
  isValidationError,
  type MinimumWage,
  type ValidationError,
  WAGE_RULES,
  wageCostSubsidy,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';

// Boundaries of the wage-cost subsidy taken from the law (Participatiewet art. 10d lid 4–5; Regeling
// LKS Participatiewet art. 1): the 70% cap, the 36-hour basis, the flat rate, the charges rate by date.
// WML 1-1-2026: €2,294.40 a month for 36 h; + 8% holiday pay = €2,477.952; 70% of that = €1,734.5664.
const WML_2026 = 2294.4;
const WITH_HOLIDAY = 2477.952;
const CAP = 0.7 * WITH_HOLIDAY;
const on = { date: '2026-01-01' };

function issuesOf(fn: () => unknown): { path: readonly unknown[]; code: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    expect(isValidationError(e)).toBe(true);
    return (e as ValidationError).issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));
  }
  throw new Error('expected a ValidationError');
}

/** A one-row minimum-wage table (a made-up figure, so that the built-in table cannot be the source). */
const CUSTOM_TABLE: MinimumWage[] = [
  {
    validFrom: '2020-01-01',
    hourly: 12.5,
    monthly: 1950,
    hourlyDerived: false,
    monthlyDerived: false,
    adultAge: 21,
    source: 'test table',
  },
];

describe('wageCostSubsidy: each step of the sum (art. 10d lid 4)', () => {
  it('above 30% the gap decides: min(gap, cap) is the gap, every step reported', () => {
    const s = wageCostSubsidy({ ...on, wageValue: 0.6, hoursPerWeek: 24 });
    expect(s.minimumWageMonthly).toBe(WML_2026);
    expect(s.minimumWageWithHolidayPay).toBeCloseTo(WITH_HOLIDAY, 9);
    expect(s.wageGap).toBeCloseTo(0.4 * WITH_HOLIDAY, 9);
    expect(s.cap).toBeCloseTo(CAP, 9);
    // Math.min, not Math.max: the smaller of gap (991.18) and cap (1,734.57).
    expect(s.subsidisedWage).toBeCloseTo(0.4 * WITH_HOLIDAY, 9);
    expect(s.hoursFactor).toBeCloseTo(24 / 36, 12);
    expect(s.employerChargesRate).toBe(0.235);
    expect(s.wageValue).toBe(0.6);
    expect(s.flatRate).toBe(false);
    expect(s.capBinds).toBe(false);
    // subsidised × (1 + charges) × hours factor = the monthly amount.
    expect(s.amountPerMonth).toBeCloseTo(s.subsidisedWage * 1.235 * (24 / 36), 9);
    expect(s.sources).toEqual([
      'Participatiewet art. 10d lid 4',
      'Staatscourant, +2.15% (data/minimum-wage.csv)',
      'Stcrt. 2017, 68248; Regeling LKS Participatiewet 2021 art. 1',
    ]);
  });

  it('below 30% the cap decides: the subsidised wage is 70% of WML + holiday pay', () => {
    const s = wageCostSubsidy({ ...on, wageValue: 0.2, hoursPerWeek: 36 });
    expect(s.wageGap).toBeCloseTo(0.8 * WITH_HOLIDAY, 9);
    expect(s.subsidisedWage).toBeCloseTo(CAP, 9);
    expect(s.capBinds).toBe(true);
    expect(s.amountPerYear).toBeCloseTo(12 * CAP * 1.235, 6);
  });

  it('the 70% cap exactly reached at 30% does not count as binding; just below it does', () => {
    const at = wageCostSubsidy({ ...on, wageValue: 0.3, hoursPerWeek: 36 });
    expect(at.wageGap).toBe(at.cap);
    expect(at.capBinds).toBe(false);
    expect(at.amountPerMonth).toBeCloseTo(CAP * 1.235, 9);
    const below = wageCostSubsidy({ ...on, wageValue: 0.29, hoursPerWeek: 36 });
    expect(below.capBinds).toBe(true);
    expect(below.amountPerMonth).toBeCloseTo(at.amountPerMonth, 9);
    const above = wageCostSubsidy({ ...on, wageValue: 0.31, hoursPerWeek: 36 });
    expect(above.amountPerMonth).toBeCloseTo(0.69 * WITH_HOLIDAY * 1.235, 9);
  });

  it('the ends of the range: wage value 0 and 1 and 0 hours are valid', () => {
    expect(wageCostSubsidy({ ...on, wageValue: 1, hoursPerWeek: 36 }).amountPerMonth).toBe(0);
    expect(wageCostSubsidy({ ...on, wageValue: 0, hoursPerWeek: 36 }).amountPerMonth).toBeCloseTo(
      CAP * 1.235,
      9,
    );
    const none = wageCostSubsidy({ ...on, wageValue: 0.5, hoursPerWeek: 0 });
    expect([none.amountPerMonth, none.hoursFactor]).toEqual([0, 0]);
  });

  it('the 36-hour basis: hours above the full-time week count as the full-time week', () => {
    expect(wageCostSubsidy({ ...on, wageValue: 0.5, hoursPerWeek: 38 }).hoursFactor).toBe(1);
    const sector38 = wageCostSubsidy({
      ...on,
      wageValue: 0.5,
      hoursPerWeek: 38,
      rules: { fullTimeHours: 38 },
    });
    expect(sector38.hoursFactor).toBeCloseTo(38 / 36, 12);
    expect(sector38.amountPerMonth).toBeCloseTo(0.5 * WITH_HOLIDAY * 1.235 * (38 / 36), 9);
    // A different reference week is honoured too (a rules override).
    const ref40 = wageCostSubsidy({
      ...on,
      wageValue: 0.5,
      hoursPerWeek: 20,
      rules: { lksReferenceHours: 40, fullTimeHours: 40 },
    });
    expect(ref40.hoursFactor).toBe(0.5);
    expect(ref40.amountPerMonth).toBeCloseTo(0.5 * WITH_HOLIDAY * 1.235 * 0.5, 9);
  });

  it('a custom minimum-wage table is used instead of the built-in one', () => {
    const s = wageCostSubsidy({ ...on, wageValue: 0.5, hoursPerWeek: 36, minimumWageTable: CUSTOM_TABLE });
    expect(s.minimumWageMonthly).toBe(1950);
    // 1,950 × 1.08 × 0.5 × 1.235 = 1,300.455
    expect(s.amountPerMonth).toBeCloseTo(1300.455, 9);
    expect(s.sources[1]).toBe('test table');
  });

  it('the charges rate changes on 1-1-2018 from 23% to 23.5%', () => {
    const before = wageCostSubsidy({ wageValue: 0.5, hoursPerWeek: 36, date: '2017-12-31' });
    const after = wageCostSubsidy({ wageValue: 0.5, hoursPerWeek: 36, date: '2018-01-01' });
    expect([before.employerChargesRate, after.employerChargesRate]).toEqual([0.23, 0.235]);
    expect(before.sources[2]).toBe('Regeling LKS Participatiewet art. 1, Stcrt. 2014, 35743');
    // 1,565.40 × 1.08 × 0.5 × 1.23 = 1,039.7387; 1,578.00 × 1.08 × 0.5 × 1.235 = 1,052.3682
    expect(before.amountPerMonth).toBeCloseTo(1039.73868, 6);
    expect(after.amountPerMonth).toBeCloseTo(1052.3682, 6);
  });
});

describe('wageCostSubsidy: the flat rate (art. 10d lid 5)', () => {
  it('50% of WML + holiday pay, for six months, never capped, whatever wage value is passed', () => {
    const s = wageCostSubsidy({ ...on, hoursPerWeek: 24, flatRate: true, wageValue: 0.9 });
    expect(s.flatRate).toBe(true);
    expect(s.wageValue).toBe(0.5);
    expect(s.subsidisedWage).toBeCloseTo(0.5 * WITH_HOLIDAY, 9);
    expect(s.capBinds).toBe(false);
    expect(s.durationMonths).toBe(WAGE_RULES.lksFlatRateMonths);
    expect(s.durationMonths).toBe(6);
    expect(s.amountPerMonth).toBeCloseTo(0.5 * WITH_HOLIDAY * 1.235 * (24 / 36), 9);
    expect(s.sources[0]).toBe('Participatiewet art. 10d lid 5');
  });

  it('a flat share set in the rules is used for both the amount and the presumed wage value', () => {
    const s = wageCostSubsidy({ ...on, hoursPerWeek: 36, flatRate: true, rules: { lksFlatRateShare: 0.4 } });
    expect(s.wageValue).toBeCloseTo(0.6, 12);
    expect(s.amountPerMonth).toBeCloseTo(0.4 * WITH_HOLIDAY * 1.235, 9);
  });

  it('only `true` selects the flat rate', () => {
    const s = wageCostSubsidy({ ...on, wageValue: 0.6, hoursPerWeek: 36, flatRate: false });
    expect([s.flatRate, s.durationMonths]).toEqual([false, Number.POSITIVE_INFINITY]);
  });
});

describe('wageCostSubsidy: validation names the rule', () => {
  it('a missing wage value without flatRate is `required`, citing lid 5', () => {
    expect(issuesOf(() => wageCostSubsidy({ ...on, hoursPerWeek: 36 }))).toEqual([
      {
        path: ['wageValue'],
        code: 'required',
        message: 'a measured wage value is needed unless flatRate is true (Pwet art. 10d lid 5)',
      },
    ]);
  });

  it('a wage value that is no fraction, and hours that are infinite, are out of range', () => {
    expect(
      issuesOf(() =>
        wageCostSubsidy({ ...on, wageValue: '0.5' as never, hoursPerWeek: Number.POSITIVE_INFINITY }),
      ),
    ).toEqual([
      { path: ['wageValue'], code: 'out_of_range', message: 'must be a fraction in [0, 1]' },
      { path: ['hoursPerWeek'], code: 'out_of_range', message: 'must be a finite number ≥ 0' },
    ]);
    expect(
      issuesOf(() => wageCostSubsidy({ ...on, wageValue: 0.5, hoursPerWeek: '36' as never })),
    ).toHaveLength(1);
    expect(issuesOf(() => wageCostSubsidy({ ...on, wageValue: -0.01, hoursPerWeek: 36 }))).toHaveLength(1);
    expect(issuesOf(() => wageCostSubsidy({ ...on, wageValue: 1.01, hoursPerWeek: 36 }))).toHaveLength(1);
  });

  it('a full-time or reference week of 0 hours is rejected', () => {
    const expected = [
      {
        path: ['rules', 'fullTimeHours'],
        code: 'out_of_range',
        message: 'full-time and reference hours must be > 0',
      },
    ];
    expect(
      issuesOf(() =>
        wageCostSubsidy({ ...on, wageValue: 0.5, hoursPerWeek: 36, rules: { fullTimeHours: 0 } }),
      ),
    ).toEqual(expected);
    expect(
      issuesOf(() =>
        wageCostSubsidy({ ...on, wageValue: 0.5, hoursPerWeek: 36, rules: { lksReferenceHours: 0 } }),
      ),
    ).toEqual(expected);
  });
});

describe('the flat rate is a fixed share, never capped', () => {
  it('a flat share above the 70% cap is paid in full (only the measured LKS is capped)', () => {
    const s = wageCostSubsidy({ ...on, hoursPerWeek: 36, flatRate: true, rules: { lksFlatRateShare: 0.8 } });
    expect(s.capBinds).toBe(false);
    expect(s.subsidisedWage).toBeCloseTo(0.8 * WITH_HOLIDAY, 9);
    expect(s.amountPerMonth).toBeCloseTo(0.8 * WITH_HOLIDAY * 1.235, 9);
  });
});
