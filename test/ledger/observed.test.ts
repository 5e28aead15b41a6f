import {
  createLedger,
  extraJobsByYear,
  forecastQuota,
  type PlacementRecord,
  TARGET_PLANS,
  toObserved,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';

/** A growing region: each year from 2015 to 2024, `k` new placements (k = 8 + 2·i), a few ending. */
function growingLedger() {
  const records: PlacementRecord[] = [];
  for (let i = 0; i < 10; i++) {
    const year = 2015 + i;
    for (let k = 0; k < 8 + 2 * i; k++) {
      const r: PlacementRecord = {
        id: `p-${year}-${k}`,
        candidateId: `c-${year}-${k}`,
        sector: k % 4 === 0 ? 'government' : 'market',
        hoursPerWeek: 12.75 + (k % 3) * 6.375,
        start: `${year}-${String(1 + (k % 12)).padStart(2, '0')}-15`,
      };
      if (k % 5 === 0) r.end = `${year + 1}-06-30`;
      records.push(r);
    }
  }
  return createLedger(records);
}

describe('toObserved', () => {
  const ledger = growingLedger();

  it('gives year-end stocks plus the baseline, as extraJobsByYear', () => {
    const baseline = { market: 100, government: 20 };
    const observed = toObserved(ledger, { frequency: 'year', baseline, to: 2024 });
    const years = extraJobsByYear(ledger, { to: 2024 });
    expect(observed.map((o) => ('year' in o ? o.year : 0))).toEqual(years.map((y) => y.year));
    observed.forEach((o, i) => {
      expect(o.market).toBe(100 + years[i]!.market);
      expect(o.government).toBe(20 + years[i]!.government);
    });
  });

  it('gives consecutive quarter labels', () => {
    const observed = toObserved(ledger, { frequency: 'quarter', from: '2015Q1', to: '2016Q2' });
    expect(observed.map((o) => ('quarter' in o ? o.quarter : ''))).toEqual([
      '2015Q1',
      '2015Q2',
      '2015Q3',
      '2015Q4',
      '2016Q1',
      '2016Q2',
    ]);
  });

  it('is accepted by forecastQuota, yearly and quarterly', () => {
    const plan = TARGET_PLANS.gooiEnVechtstreek2015;
    const yearly = forecastQuota({
      plan,
      observed: toObserved(ledger, { frequency: 'year', to: 2024, baseline: { market: 30, government: 10 } }),
      seed: 42,
      paths: 500,
    });
    expect(yearly.frequency).toBe('annual');
    expect(yearly.history.map((h) => h.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    const quarterly = forecastQuota({
      plan,
      observed: toObserved(ledger, { frequency: 'quarter', from: '2015Q1', to: '2024Q4' }),
      seed: 42,
      paths: 500,
    });
    expect(quarterly.frequency).toBe('quarterly');
    expect(quarterly.history).toHaveLength(10);
  });

  it('rejects a bad frequency, baseline or period type with INVALID_ARGUMENT', () => {
    const bad = expect.objectContaining({ code: 'INVALID_ARGUMENT' });
    expect(() => toObserved(ledger, { frequency: 'month' as never })).toThrow(bad);
    expect(() =>
      toObserved(ledger, { frequency: 'year', baseline: { market: Number.NaN, government: 0 } }),
    ).toThrow(bad);
    expect(() => toObserved(ledger, { frequency: 'year', from: '2015Q1' })).toThrow(bad);
    expect(() => toObserved(ledger, { frequency: 'quarter', from: 2015 })).toThrow(bad);
  });
});
