import {
  employerEconomics,
  type Instrument,
  type InstrumentId,
  instrumentsFor,
  type JobTerms,
  type MinimumWage,
  type TargetGroup,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUPS } from '../helpers/groups.js';

// Which regime lowers the wage bill (LKS, loondispensatie or none) and the LKV, asserted on
// employerEconomics and instrumentsFor alike: the two must never tell an employer different things.

const ON_COST = 1.08 * 1.235;
const NO_LKV = { rules: { lkv: [] } };

function pick(list: Instrument[], id: InstrumentId): Instrument {
  const found = list.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
}

describe('loondispensatie and the length of the contract (Wajong art. 2:20; UWV conditions)', () => {
  // UWV (NLWerkt 2019-04, "5 vragen over loondispensatie"; inspiratie.uwv.nl): at least 25% less
  // productive, expected to last at least 6 months, "en ook het contract loopt nog minimaal 6 maanden".
  // So a 3-month contract gets no loondispensatie, in both functions; an unknown length counts as met.
  const wajong = { id: 'w', targetGroup: 'wajong' as const, wageValue: 0.5 };
  const cases: [number | undefined, boolean][] = [
    [3, false],
    [5.9, false],
    [6, true],
    [12, true],
    [Number.POSITIVE_INFINITY, true],
    [undefined, true],
  ];
  for (const [months, applies] of cases) {
    it(`a Wajong candidate at 50% on a contract of ${months ?? 'unknown'} months: ${applies ? 'loondispensatie' : 'none'}`, () => {
      const job: JobTerms = { hoursPerWeek: 24, contractMonths: months };
      const e = employerEconomics(wajong, job, '2026-01-01', NO_LKV);
      const d = pick(instrumentsFor(wajong, job, '2026-01-01'), 'wage-dispensation');
      expect(e.regime).toBe(applies ? 'wage-dispensation' : 'none');
      expect(d.applies).toBe(applies);
      // Without loondispensatie the employer pays the full wage: ratio 1 / wage value.
      expect(e.ratio).toBeCloseTo(applies ? 1 : 2, 12);
      if (!applies) expect(d.reason).toBe('contract shorter than 6 months: needs ≥ 6 months');
    });
  }
});

describe('employerEconomics: regimes by target group', () => {
  it('a wage value of exactly 100% needs no LKS: the regime is none, only the LKV is paid', () => {
    const e = employerEconomics(
      { id: 'c', targetGroup: 'participatiewet', wageValue: 1 },
      { hoursPerWeek: 36 },
      '2026-01-01',
    );
    expect(e.regime).toBe('none');
    expect(e.subsidies).toEqual([{ id: 'lkv', amountPerMonth: (1.01 * 36 * 52) / 12 }]);
    expect(e.ratio).toBeLessThan(1);
  });

  it('wsw outside a Wsw job: costed as a Participatiewet client, LKS and LKV (issue 18)', () => {
    const wsw = employerEconomics(
      { id: 'c', targetGroup: 'wsw', wageValue: 0.5 },
      { hoursPerWeek: 24 },
      '2026-01-01',
    );
    const pw = employerEconomics(
      { id: 'c', targetGroup: 'participatiewet', wageValue: 0.5 },
      { hoursPerWeek: 24 },
      '2026-01-01',
    );
    expect(wsw.regime).toBe('wage-cost-subsidy');
    expect(wsw.subsidies.map((s) => s.id)).toEqual(['wage-cost-subsidy', 'lkv']);
    expect(wsw.wageCostPerMonth).toBeCloseTo(14.71 * 104 * ON_COST, 9);
    expect(wsw.subsidies).toEqual(pw.subsidies);
  });

  it('beschut: LKS but no LKV (not in the register)', () => {
    const e = employerEconomics(
      { id: 'c', targetGroup: 'beschut', wageValue: 0.5 },
      { hoursPerWeek: 36 },
      '2026-01-01',
    );
    expect(e.regime).toBe('wage-cost-subsidy');
    expect(e.subsidies.map((s) => s.id)).toEqual(['wage-cost-subsidy']);
    expect(e.subsidiesPerMonth).toBeCloseTo(0.5 * 2477.952 * 1.235, 9);
  });

  it('the LKV is capped at €2,000 a year: 40 h × 52 × €1.01 = €2,100.80 pays €2,000', () => {
    const e = employerEconomics(
      { id: 'c', targetGroup: 'wsw', wageValue: 1 },
      { hoursPerWeek: 40 },
      '2026-01-01',
    );
    expect(e.subsidiesPerMonth).toBeCloseTo(2000 / 12, 12);
    const e36 = employerEconomics(
      { id: 'c', targetGroup: 'wsw', wageValue: 1 },
      { hoursPerWeek: 36 },
      '2026-01-01',
    );
    expect(e36.subsidiesPerMonth).toBeCloseTo(1890.72 / 12, 12);
  });

  it('the LKV starts on 1-1-2018 (Wtl): none the day before', () => {
    const c = { id: 'c', targetGroup: 'wsw' as const, wageValue: 1 };
    expect(employerEconomics(c, { hoursPerWeek: 36 }, '2017-12-31').subsidies).toEqual([]);
    expect(employerEconomics(c, { hoursPerWeek: 36 }, '2018-01-01').subsidiesPerMonth).toBeCloseTo(
      1890.72 / 12,
      12,
    );
  });

  it('policy lists from the rules decide the regime (overrides are honoured)', () => {
    const pw = { id: 'c', targetGroup: 'participatiewet' as const, wageValue: 0.5 };
    const other = { id: 'c', targetGroup: 'other' as const, wageValue: 0.5 };
    const job = { hoursPerWeek: 36 };
    // Loondispensatie is checked before LKS.
    const both = {
      rules: { lkv: [], dispensationTargetGroups: ['wajong', 'participatiewet'] as TargetGroup[] },
    };
    expect(employerEconomics(pw, job, '2026-01-01', both).regime).toBe('wage-dispensation');
    const lksOther = { rules: { lkv: [], lksTargetGroups: ['other'] as TargetGroup[] } };
    expect(employerEconomics(other, job, '2026-01-01', lksOther).regime).toBe('wage-cost-subsidy');
    expect(employerEconomics(pw, job, '2026-01-01', lksOther).regime).toBe('none');
    const noRegister = { rules: { registerTargetGroups: [] as TargetGroup[] } };
    expect(employerEconomics(pw, job, '2026-01-01', noRegister).subsidies.map((s) => s.id)).toEqual([
      'wage-cost-subsidy',
    ]);
  });

  it('a custom minimum-wage table sets the wage and the LKS', () => {
    const table: MinimumWage[] = [
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
    const e = employerEconomics(
      { id: 'c', targetGroup: 'participatiewet', wageValue: 0.5 },
      { hoursPerWeek: 36 },
      '2026-01-01',
      { ...NO_LKV, minimumWageTable: table },
    );
    expect(e.wagePerHour).toBe(12.5);
    expect(e.subsidies[0]?.amountPerMonth).toBeCloseTo(1950 * 1.08 * 0.5 * 1.235, 9);
    expect(e.wageCostPerMonth).toBeCloseTo(12.5 * 156 * ON_COST, 9);
  });

  it('reports the wage value and its basis, productive hours and the cost per productive hour', () => {
    const e = employerEconomics(
      { id: 'c', targetGroup: 'other' },
      { hoursPerWeek: 24, wagePerHour: 20 },
      '2026-01-01',
    );
    expect([e.wageValue, e.wageValueBasis]).toEqual([0.5, 'default']);
    expect(e.productiveHoursPerMonth).toBeCloseTo(52, 12);
    expect(e.netCostPerMonth).toBeCloseTo(20 * 104 * ON_COST, 9);
    expect(e.netCostPerProductiveHour).toBeCloseTo((20 * 104 * ON_COST) / 52, 9);
    expect(e.regularHireCostPerProductiveHour).toBeCloseTo(20 * ON_COST, 12);
  });
});

describe('employerEconomics and instrumentsFor agree', () => {
  it('property: same regime, same LKS, same LKV, for every group, wage value, contract and date', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GROUPS),
        fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.3, 0.75, 1)),
        fc.double({ min: 0, max: 48, noNaN: true }),
        fc.constantFrom(undefined, 0, 3, 5, 6, 12, Number.POSITIVE_INFINITY),
        fc.constantFrom('2016-05-01', '2017-12-31', '2018-01-01', '2025-06-01', '2026-01-01'),
        (group, w, hours, contractMonths, date) => {
          const c = { id: 'c', targetGroup: group, wageValue: w };
          const job: JobTerms = { hoursPerWeek: hours, contractMonths };
          const e = employerEconomics(c, job, date);
          const list = instrumentsFor(c, job, date);
          const lks = pick(list, 'wage-cost-subsidy');
          const disp = pick(list, 'wage-dispensation');
          const lkv = pick(list, 'lkv');
          expect(e.regime === 'wage-dispensation').toBe(disp.applies);
          expect(e.regime === 'wage-cost-subsidy').toBe(lks.applies);
          const lksAmount = e.subsidies.find((s) => s.id === 'wage-cost-subsidy')?.amountPerMonth;
          expect(lksAmount === undefined).toBe(!lks.applies);
          if (lksAmount !== undefined) expect(lksAmount).toBeCloseTo(lks.amountPerMonth as number, 9);
          const lkvAmount = e.subsidies.find((s) => s.id === 'lkv')?.amountPerMonth;
          expect(lkvAmount === undefined).toBe(!lkv.applies);
          if (lkvAmount !== undefined) expect(lkvAmount).toBeCloseTo(lkv.amountPerMonth as number, 9);
          if (disp.applies) {
            // The saving is the wage the employer no longer pays.
            const full = e.wagePerHour * e.paidHoursPerMonth * ON_COST_ON(date);
            expect(full - e.wageCostPerMonth).toBeCloseTo(disp.amountPerMonth as number, 6);
          }
        },
      ),
    );
  });
});

function ON_COST_ON(date: string): number {
  return 1.08 * (date < '2018-01-01' ? 1.23 : 1.235);
}

describe('employerEconomics at zero hours', () => {
  it('no paid hours: nothing to pay, no output, an hour of output has no finite price', () => {
    const e = employerEconomics(
      { id: 'c', targetGroup: 'participatiewet', wageValue: 0.5 },
      { hoursPerWeek: 0 },
      '2026-01-01',
    );
    expect([e.paidHoursPerMonth, e.wageCostPerMonth, e.subsidiesPerMonth, e.productiveHoursPerMonth]).toEqual(
      [0, 0, 0, 0],
    );
    expect(e.netCostPerProductiveHour).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('instrumentsFor at the thresholds of the UWV conditions', () => {
  const wajong = (w: number) => ({ id: 'w', targetGroup: 'wajong' as const, wageValue: w });
  const applies = (w: number, job: JobTerms, id: InstrumentId): boolean =>
    pick(instrumentsFor(wajong(w), job, '2026-01-01'), id).applies;

  it('loondispensatie up to a wage value of exactly 75%', () => {
    expect(applies(0.75, { hoursPerWeek: 24 }, 'wage-dispensation')).toBe(true);
    expect(applies(0.76, { hoursPerWeek: 24 }, 'wage-dispensation')).toBe(false);
  });

  it('UWV job coach from exactly 35% of the WML, 12 h a week and a 6-month contract', () => {
    expect(applies(0.35, { hoursPerWeek: 12, contractMonths: 6 }, 'job-coaching')).toBe(true);
    expect(applies(0.34, { hoursPerWeek: 12, contractMonths: 6 }, 'job-coaching')).toBe(false);
    expect(applies(0.35, { hoursPerWeek: 12, contractMonths: 5 }, 'job-coaching')).toBe(false);
  });

  it('trial placement and the employer part of workplace adaptation from a 6-month contract', () => {
    expect(applies(0.5, { hoursPerWeek: 24, contractMonths: 6 }, 'trial-placement')).toBe(true);
    expect(applies(0.5, { hoursPerWeek: 24, contractMonths: 5 }, 'trial-placement')).toBe(false);
    const adapt = pick(
      instrumentsFor(wajong(0.5), { hoursPerWeek: 24, contractMonths: 6 }, '2026-01-01'),
      'workplace-adaptation',
    );
    expect(adapt.reason).toContain(
      'the employer can get non-portable adaptations paid (contract of ≥ 6 months)',
    );
  });
});

describe('employerEconomics passes its rules on to the estimate', () => {
  it('a default wage value set in the rules is the one costed', () => {
    const e = employerEconomics({ id: 'c', targetGroup: 'other' }, { hoursPerWeek: 24 }, '2026-01-01', {
      rules: { defaultWageValue: 0.4 },
    });
    expect([e.wageValue, e.wageValueBasis]).toEqual([0.4, 'default']);
    expect(e.ratio).toBeCloseTo(2.5, 12);
  });
});
