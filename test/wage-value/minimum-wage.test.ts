import { HOURS_PER_MONTH_36, MINIMUM_WAGE_TABLE, minimumWageOn } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../helpers/errors.js';

describe('minimum wage table', () => {
  it('holds the five rows of data/minimum-wage.csv', () => {
    const rows = MINIMUM_WAGE_TABLE.filter((r) => r.validFrom >= '2024-01-01').map((r) => [
      r.validFrom,
      r.hourly,
    ]);
    expect(rows).toEqual([
      ['2024-01-01', 13.27],
      ['2024-07-01', 13.68],
      ['2025-01-01', 14.06],
      ['2025-07-01', 14.4],
      ['2026-01-01', 14.71],
    ]);
    expect(minimumWageOn('2026-01-01').monthly).toBe(2294.4);
    expect(minimumWageOn('2025-07-01').monthly).toBe(2245.8);
  });

  it('derives the missing 36-hour month as hourly × 156 (1-1-2025: 14.06 × 156 = 2,193.36)', () => {
    const r = minimumWageOn('2025-03-15');
    expect(r.monthly).toBeCloseTo(2193.36, 9);
    expect(r.monthlyDerived).toBe(true);
    expect(HOURS_PER_MONTH_36).toBe(156);
  });

  it('derives the hourly figure before 2024 as monthly / 156 and matches the published 36-hour rates', () => {
    // Published 36-hour rates (rounded up to the cent): 1-1-2015 €9.63, 1-1-2020 €10.60, 1-7-2023 €12.79.
    expect(Math.ceil(minimumWageOn('2015-01-01').hourly * 100) / 100).toBe(9.63);
    expect(Math.ceil(minimumWageOn('2020-01-01').hourly * 100) / 100).toBe(10.6);
    expect(Math.ceil(minimumWageOn('2023-12-31').hourly * 100) / 100).toBe(12.79);
    expect(minimumWageOn('2023-01-01').monthly).toBe(1934.4);
    expect(minimumWageOn('2023-01-01').hourlyDerived).toBe(true);
  });

  it('covers the covenant period from 2015 in half years, sorted, with a source on every row', () => {
    expect(MINIMUM_WAGE_TABLE[0]?.validFrom).toBe('2015-01-01');
    for (let i = 1; i < MINIMUM_WAGE_TABLE.length; i++) {
      const prev = MINIMUM_WAGE_TABLE[i - 1]!;
      const row = MINIMUM_WAGE_TABLE[i]!;
      expect(row.validFrom > prev.validFrom).toBe(true);
      // The WML never fell in this period.
      expect(row.monthly).toBeGreaterThanOrEqual(prev.monthly);
      expect(row.source.length).toBeGreaterThan(5);
    }
    expect(MINIMUM_WAGE_TABLE).toHaveLength(23);
  });

  it('picks the row in force: the day before a change still has the old figure', () => {
    expect(minimumWageOn('2019-06-30').monthly).toBe(1615.8);
    expect(minimumWageOn('2019-07-01').monthly).toBe(1635.6);
    expect(minimumWageOn('2019-07-01').adultAge).toBe(21);
    expect(minimumWageOn(new Date(Date.UTC(2016, 6, 1))).monthly).toBe(1537.2);
  });

  it('fails clearly before the table and on a malformed date', () => {
    expect(codeOf(() => minimumWageOn('2014-12-31'))).toBe('NO_DATA_FOR_DATE');
    expect(codeOf(() => minimumWageOn('2026-02-30'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => minimumWageOn('1-1-2026'))).toBe('INVALID_ARGUMENT');
  });
});

describe('minimum wage table: which figure is statutory', () => {
  it('marks a figure derived only where the row lacks it, and names a source from the first row on', () => {
    // 1-1-2026: hourly €14.71 and the 36-hour month €2,294.40 both published
    expect(minimumWageOn('2026-01-01')).toMatchObject({ hourlyDerived: false, monthlyDerived: false });
    // before 2024 the month is statutory, the hour derived; 1-1-2025 the reverse
    expect(minimumWageOn('2023-07-01')).toMatchObject({ hourlyDerived: true, monthlyDerived: false });
    expect(minimumWageOn('2025-01-01')).toMatchObject({ hourlyDerived: false, monthlyDerived: true });
    expect(MINIMUM_WAGE_TABLE[0]?.source).toBe('Stcrt. 2014, 29850 (23-10-2014)');
    expect(MINIMUM_WAGE_TABLE.every((r) => r.source.length > 5)).toBe(true);
  });
});
