import { againstBaseline, createLedger, extraJobsAt, type PlacementRecord, toObserved } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// A hand-made history (hours ÷ 25.5). The opening stock on 31-12-2012: 10 market, 4 government jobs, of
// which the ledger knows b1 (1 market job, ends mid-2014) and b2 (0.5 government job, still in work).
// Since then: n1 (1 market job from March 2013), n2 (0.5 market job, Feb 2014 – Mar 2015), n3 (1
// government job from 2015).
const history: PlacementRecord[] = [
  {
    id: 'b1',
    candidateId: 'c1',
    sector: 'market',
    hoursPerWeek: 25.5,
    start: '2010-05-01',
    end: '2014-06-30',
  },
  { id: 'b2', candidateId: 'c2', sector: 'government', hoursPerWeek: 12.75, start: '2011-01-01' },
  { id: 'n1', candidateId: 'c3', sector: 'market', hoursPerWeek: 25.5, start: '2013-03-01' },
  {
    id: 'n2',
    candidateId: 'c4',
    sector: 'market',
    hoursPerWeek: 12.75,
    start: '2014-02-01',
    end: '2015-03-31',
  },
  { id: 'n3', candidateId: 'c5', sector: 'government', hoursPerWeek: 25.5, start: '2015-01-01' },
];
const ledger = createLedger(history);
const openingStock = { date: '2012-12-31', market: 10, government: 4 };

describe('the baseline (nulmeting, covenant art. 1.1 fn 5, art. 5.2)', () => {
  it('art. 5.2: jobs of the opening stock that end count against the extra jobs (hand-counted)', () => {
    // End of 2014: n1 + n2 = 1.5 market jobs added, b1 (1 job) of the opening stock lost → 0.5 extra.
    expect(againstBaseline(ledger, openingStock, '2014-12-31')).toEqual({
      stock: { market: 10.5, government: 4, total: 14.5 },
      lost: { market: 1, government: 0, total: 1 },
      added: { market: 1.5, government: 0, total: 1.5 },
      extra: { market: 0.5, government: 0, total: 0.5 },
    });
  });

  it('art. 1.1 fn 5: toObserved gives stock now − opening stock per year; without it the old jobs count as extra', () => {
    const observed = toObserved(ledger, { frequency: 'year', from: 2013, to: 2015, openingStock });
    expect(observed).toEqual([
      { year: 2013, market: 1, government: 0 },
      { year: 2014, market: 0.5, government: 0 },
      { year: 2015, market: 0, government: 1 },
    ]);
    // The old reading adds every placement in work: b1 inflates 2013 and never counts as lost.
    expect(toObserved(ledger, { frequency: 'year', from: 2013, to: 2015 }).map((o) => o.market)).toEqual([
      2, 1.5, 1,
    ]);
  });

  it('by quarter: 2014Q3 shows the loss of b1 (market 1 + 0.5 − 1)', () => {
    const q = toObserved(ledger, { frequency: 'quarter', from: '2014Q2', to: '2014Q3', openingStock });
    expect(q).toEqual([
      { quarter: '2014Q2', market: 1.5, government: 0 },
      { quarter: '2014Q3', market: 0.5, government: 0 },
    ]);
  });

  it('equals the ledger stock now less the ledger stock on the baseline day (any day, any history)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 4000 }), (d0, d1) => {
        const day = (n: number) => new Date(Date.UTC(2011, 0, 1 + n)).toISOString().slice(0, 10);
        const date = day(d0);
        const stock = { date, market: 50, government: 50 };
        const r = againstBaseline(ledger, stock, day(d1));
        const now = extraJobsAt(ledger, day(d1));
        const then = extraJobsAt(ledger, date);
        expect(r.extra.market).toBeCloseTo(now.market - then.market, 12);
        expect(r.extra.government).toBeCloseTo(now.government - then.government, 12);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses an opening stock smaller than the ledger holds on its day, or a bad date, with codes', () => {
    const small = { date: '2012-12-31', market: 0.5, government: 4 };
    expect(() => toObserved(ledger, { frequency: 'year', openingStock: small })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => againstBaseline(ledger, { ...openingStock, date: '31-12-2012' }, '2014-12-31')).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
