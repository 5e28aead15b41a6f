import { isBanenmatchError, MINIMUM_WAGE_TABLE, type MinimumWage, minimumWageOn } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// Dates of the law: which row of a dated table holds on a day (the last one starting on or before it)
// and which strings are dates at all. minimumWageOn with a table of our own reaches both.

function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isBanenmatchError(e)) return `${e.code} ${e.message}`;
    throw e;
  }
  return 'none';
}

const row = (validFrom: string, hourly: number): MinimumWage => ({
  validFrom,
  hourly,
  monthly: hourly * 156,
  hourlyDerived: false,
  monthlyDerived: true,
  adultAge: 21,
  source: 'test',
});

/** The row in force by a linear scan: the last one starting on or before the date. */
function linear(table: readonly MinimumWage[], iso: string): MinimumWage | undefined {
  let found: MinimumWage | undefined;
  for (const r of table) if (r.validFrom <= iso) found = r;
  return found;
}

const isoOf = (day: number): string => new Date(Date.UTC(2015, 0, 1 + day)).toISOString().slice(0, 10);

describe('the row in force on a date', () => {
  it('a table of one row holds from its first day on, not the day before', () => {
    const table = [row('2020-07-01', 10)];
    expect(minimumWageOn('2020-07-01', table).hourly).toBe(10);
    expect(minimumWageOn('2099-12-31', table).hourly).toBe(10);
    expect(failure(() => minimumWageOn('2020-06-30', table))).toBe(
      'NO_DATA_FOR_DATE minimum wage (WML): no figure for 2020-06-30; the table starts at 2020-07-01',
    );
  });

  it('an empty table has no figure for any date, and says so', () => {
    expect(failure(() => minimumWageOn('2026-01-01', []))).toBe(
      'NO_DATA_FOR_DATE minimum wage (WML): no figure for 2026-01-01; the table starts at (empty table)',
    );
  });

  it('every day of the built-in table, on and around each change, as a linear scan finds it', () => {
    for (const r of MINIMUM_WAGE_TABLE) {
      const day = Date.parse(`${r.validFrom}T00:00:00Z`);
      for (const offset of [-1, 0, 1]) {
        const iso = new Date(day + offset * 86_400_000).toISOString().slice(0, 10);
        const expected = linear(MINIMUM_WAGE_TABLE, iso);
        if (expected === undefined) expect(failure(() => minimumWageOn(iso))).toMatch(/^NO_DATA_FOR_DATE/);
        else expect(minimumWageOn(iso)).toBe(expected);
      }
    }
  });

  it('property: tables of 1 to 9 rows give the row a linear scan gives, for any date', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 4000 }), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: -10, max: 4010 }),
        (starts, day) => {
          const table = [...starts].sort((a, b) => a - b).map((d, i) => row(isoOf(d), i + 1));
          const iso = isoOf(day);
          const expected = linear(table, iso);
          if (expected === undefined) {
            expect(failure(() => minimumWageOn(iso, table))).toMatch(/^NO_DATA_FOR_DATE/);
          } else {
            expect(minimumWageOn(iso, table)).toBe(expected);
          }
        },
      ),
      { seed: 20, numRuns: 300 },
    );
  });
});

describe('what a date is', () => {
  it('a Date is read in UTC', () => {
    expect(minimumWageOn(new Date(Date.UTC(2025, 6, 1, 0, 0, 0))).hourly).toBe(14.4);
    expect(minimumWageOn(new Date(Date.UTC(2025, 5, 30, 23, 59, 59))).hourly).toBe(14.06);
    // the day, not the instant, is what the message names
    expect(failure(() => minimumWageOn(new Date(Date.UTC(2014, 11, 31, 12))))).toBe(
      'NO_DATA_FOR_DATE minimum wage (WML): no figure for 2014-12-31; the table starts at 2015-01-01',
    );
  });

  it('refuses an invalid Date, a value that is no date, and strings that are not calendar dates', () => {
    expect(failure(() => minimumWageOn(new Date(Number.NaN)))).toBe(
      'INVALID_ARGUMENT minimumWageOn(date): expected a valid date, got an invalid Date',
    );
    expect(failure(() => minimumWageOn(20260101 as never))).toBe(
      'INVALID_ARGUMENT minimumWageOn(date): expected an ISO date string or a Date',
    );
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-1-1',
      ' 2026-01-01',
      '2026-01-01T00:00',
      '',
    ]) {
      expect(failure(() => minimumWageOn(bad))).toBe(
        `INVALID_ARGUMENT minimumWageOn(date): expected an ISO date YYYY-MM-DD, got "${bad}"`,
      );
    }
    // a leap day and the last day of each kind of month are dates
    for (const good of ['2024-02-29', '2026-01-31', '2026-04-30', '2026-12-31']) {
      expect(minimumWageOn(good).validFrom <= good).toBe(true);
    }
  });

  it('a string found valid once stays valid, and one found invalid stays invalid', () => {
    expect(minimumWageOn('2026-03-01').hourly).toBe(14.71);
    expect(minimumWageOn('2026-03-01').hourly).toBe(14.71);
    expect(failure(() => minimumWageOn('2026-03-32'))).toMatch(/^INVALID_ARGUMENT/);
    expect(failure(() => minimumWageOn('2026-03-32'))).toMatch(/^INVALID_ARGUMENT/);
  });

  it('the empty string is refused as the first date a fresh module sees (it was taken as valid)', async () => {
    vi.resetModules();
    const fresh = await import('banenmatch');
    expect(failure(() => fresh.minimumWageOn(''))).toBe(
      'INVALID_ARGUMENT minimumWageOn(date): expected an ISO date YYYY-MM-DD, got ""',
    );
  });
});
