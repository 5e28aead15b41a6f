import {
  employerEconomics,
  estimateWageValue,
  type Instrument,
  type InstrumentId,
  instrumentsFor,
  isBanenmatchError,
  type MinimumWage,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';

// instrumentsFor's own options, by outcome: a minimum-wage table of one's own sets the wage that
// loondispensatie saves on, the rules reach the wage-value estimate, and a wrong option or date is
// named in the message.

function pick(list: Instrument[], id: InstrumentId): Instrument {
  const found = list.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
}

function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isBanenmatchError(e)) return `${e.code} ${e.message}`;
    throw e;
  }
  return 'none';
}

const TABLE: MinimumWage[] = [
  {
    validFrom: '2020-01-01',
    hourly: 10,
    monthly: 1560,
    hourlyDerived: false,
    monthlyDerived: false,
    adultAge: 21,
    source: 'test table',
  },
];

describe('instrumentsFor options', () => {
  const wajong = { id: 'w', targetGroup: 'wajong' as const, wageValue: 0.5 };
  const job = { hoursPerWeek: 36 };

  it('a custom minimum-wage table sets the wage loondispensatie saves on', () => {
    // (1 − 0.5) × €10 × 36 × 52 / 12 h × 1.08 holiday pay × 1.235 charges = €1,040.36 a month
    const own = pick(
      instrumentsFor(wajong, job, '2026-01-01', { minimumWageTable: TABLE }),
      'wage-dispensation',
    );
    expect(own.applies).toBe(true);
    expect(own.amountPerMonth).toBeCloseTo(0.5 * 10 * 156 * 1.08 * 1.235, 9);
    expect(own.reason).toContain('saving about €1,040.36 a month');
    // the built-in table on 1-1-2026: €14.71
    const builtIn = pick(instrumentsFor(wajong, job, '2026-01-01'), 'wage-dispensation');
    expect(builtIn.amountPerMonth).toBeCloseTo(0.5 * 14.71 * 156 * 1.08 * 1.235, 9);
    // the table decides which dates have a figure
    expect(failure(() => instrumentsFor(wajong, job, '2019-12-31', { minimumWageTable: TABLE }))).toBe(
      'NO_DATA_FOR_DATE minimum wage (WML): no figure for 2019-12-31; the table starts at 2020-01-01',
    );
  });

  it('the rules reach the wage-value estimate: a default of 40% is the one used', () => {
    const unmeasured = { id: 'p', targetGroup: 'participatiewet' as const };
    const list = instrumentsFor(unmeasured, job, '2026-01-01', { rules: { defaultWageValue: 0.4 } });
    const lks = pick(list, 'wage-cost-subsidy');
    expect(lks.reason).toContain('estimated wage value 40% (partly presumed, no measurement)');
    // (WML month + 8%) × (1 − 0.4) × 1.235 on a 36-hour week
    expect(lks.amountPerMonth).toBeCloseTo(2294.4 * 1.08 * 0.6 * 1.235, 9);
  });

  it('names the function in the messages for a wrong option or date', () => {
    expect(failure(() => instrumentsFor(wajong, job, '2026-01-01', 5 as never))).toBe(
      'INVALID_ARGUMENT instrumentsFor: `options`: Invalid input: expected object, received number',
    );
    expect(failure(() => instrumentsFor(wajong, job, '2026-1-1'))).toBe(
      'INVALID_ARGUMENT instrumentsFor(date): expected an ISO date YYYY-MM-DD, got "2026-1-1"',
    );
  });
});

describe('options of the wrong type (one schema for instrumentsFor and employerEconomics, its rules for estimateWageValue)', () => {
  const c = { id: 'c', targetGroup: 'wajong' as const, wageValue: 0.5 };
  const job = { hoursPerWeek: 8 };

  it('names the option and what it should be', () => {
    expect(failure(() => instrumentsFor(c, job, '2026-01-01', { rules: 5 } as never))).toBe(
      'INVALID_ARGUMENT instrumentsFor: `rules`: Invalid input: expected object, received number',
    );
    expect(failure(() => instrumentsFor(c, job, '2026-01-01', { minimumWageTable: [5] } as never))).toBe(
      'INVALID_ARGUMENT instrumentsFor: `minimumWageTable[0]`: Invalid input: expected object, received number',
    );
    expect(failure(() => employerEconomics(c, job, '2026-01-01', { minimumWageTable: {} } as never))).toBe(
      'INVALID_ARGUMENT employerEconomics: `minimumWageTable`: Invalid input: expected array, received object',
    );
    expect(failure(() => estimateWageValue(c, undefined, { rules: 5 } as never))).toBe(
      'INVALID_ARGUMENT estimateWageValue: `rules`: Invalid input: expected object, received number',
    );
  });
});

describe('the LKV by date and table, its reasons word for word', () => {
  const lkv = (list: Instrument[]) => {
    const i = pick(list, 'lkv');
    return [i.applies, i.reason];
  };
  const pw = { id: 'p', targetGroup: 'participatiewet' as const, wageValue: 0.5 };
  const job = { hoursPerWeek: 20 };

  it('starts on 1-1-2018 (Wtl art. 2.10): not the day before', () => {
    expect(lkv(instrumentsFor(pw, job, '2017-12-31'))).toEqual([
      false,
      'the LKV exists from 2018-01-01 on (earlier premium discounts are not modelled)',
    ]);
    // €1.01 × 20 h × 52 = €1,050.40 a year; at most 3 years before 2026
    expect(lkv(instrumentsFor(pw, job, '2018-01-01'))).toEqual([
      true,
      'the Belastingdienst pays €1.01 per paid hour, at most €2,000.00 a year: about €1,050.40 a year, for at most 3 years, with a doelgroepverklaring asked from UWV within 3 months of the start',
    ]);
  });

  it('a table of one’s own sets the start the reason names; an empty table gives no LKV', () => {
    const late = {
      rules: {
        lkv: [
          { validFrom: '2019-01-01', value: { perHour: 2, maxPerYear: 1000, maxMonths: 24 }, source: 'test' },
        ],
      },
    };
    expect(lkv(instrumentsFor(pw, job, '2018-06-01', late))).toEqual([
      false,
      'the LKV exists from 2019-01-01 on (earlier premium discounts are not modelled)',
    ]);
    expect(lkv(instrumentsFor(pw, job, '2026-01-01', { rules: { lkv: [] } }))).toEqual([
      false,
      'the LKV exists from 2018-01-01 on (earlier premium discounts are not modelled)',
    ]);
  });

  it('beschut werk is outside the register, and says so', () => {
    expect(lkv(instrumentsFor({ id: 'b', targetGroup: 'beschut' }, job, '2026-01-01'))).toEqual([
      false,
      'beschut werk is outside the target-group register: no LKV',
    ]);
    expect(lkv(instrumentsFor({ id: 'o', targetGroup: 'other' }, job, '2026-01-01'))).toEqual([
      false,
      'only for employees in the target-group register (Wfsv art. 38b)',
    ]);
  });
});

describe('loondispensatie: amounts in the reason and the charges table', () => {
  const wajong = { id: 'w', targetGroup: 'wajong' as const, wageValue: 0.5 };

  it('writes millions with a separator every three digits', () => {
    // (1 − 0.5) × €10,000 × 156 h × 1.08 × 1.235 = €1,040,364.00 a month
    const d = pick(
      instrumentsFor(wajong, { hoursPerWeek: 36, wagePerHour: 10_000 }, '2026-01-01'),
      'wage-dispensation',
    );
    expect(d.reason).toContain('saving about €1,040,364.00 a month');
  });

  it('a date the WML table covers but the charges table does not names the charges table', () => {
    const early: MinimumWage[] = [{ ...(TABLE[0] as MinimumWage), validFrom: '2010-01-01' }];
    expect(
      failure(() => instrumentsFor(wajong, { hoursPerWeek: 36 }, '2012-01-01', { minimumWageTable: early })),
    ).toBe(
      'NO_DATA_FOR_DATE employer charges rate (werkgeverslasten): no figure for 2012-01-01; the table starts at 2015-01-01',
    );
  });
});
