import {
  createLedger,
  endPlacement,
  extraJobsAt,
  extraJobsByQuarter,
  extraJobsByYear,
  type PlacementRecord,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iso, placementRecords, WINDOW_DAYS, WINDOW_START } from './arbitraries.js';

const UNLIMITED = { maxHoursPerWeek: 1e6 };

/** Brute force: hours in work on one ISO day, by string comparison of ISO dates (no day numbers). */
function hoursOn(records: readonly PlacementRecord[], day: string): { market: number; government: number } {
  let market = 0;
  let government = 0;
  for (const r of records) {
    if (r.targetGroup === 'beschut' || r.start > day || (typeof r.end === 'string' && r.end < day)) continue;
    if (r.sector === 'market') market += r.hoursPerWeek;
    else government += r.hoursPerWeek;
  }
  return { market, government };
}

/** Every ISO day from `from` to `to` inclusive, stepping through Date. */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

describe('extraJobsAt (worked examples)', () => {
  const ledger = createLedger([
    { id: 'p1', candidateId: 'c1', sector: 'market', hoursPerWeek: 25.5, start: '2024-01-01' },
    { id: 'p2', candidateId: 'c2', sector: 'government', hoursPerWeek: 12.75, start: '2024-02-01' },
    {
      id: 'p3',
      candidateId: 'c3',
      sector: 'government',
      hoursPerWeek: 12.75,
      start: '2024-02-01',
      end: null,
    },
    {
      id: 'p4',
      candidateId: 'c4',
      sector: 'market',
      hoursPerWeek: 25.5,
      start: '2024-01-01',
      end: '2024-03-31',
    },
    {
      id: 'p5',
      candidateId: 'c5',
      sector: 'market',
      hoursPerWeek: 30,
      start: '2024-01-01',
      targetGroup: 'beschut',
    },
  ]);

  it('counts a 25.5-hour placement as one job and two 12.75-hour ones as one job', () => {
    expect(extraJobsAt(ledger, '2024-02-01')).toEqual({ market: 2, government: 1, total: 3 });
  });

  it('counts a placement up to and including its end day, then drops it', () => {
    expect(extraJobsAt(ledger, '2024-03-31').market).toBe(2);
    expect(extraJobsAt(ledger, '2024-04-01')).toEqual({ market: 1, government: 1, total: 2 });
    expect(extraJobsAt(ledger, '2023-12-31')).toEqual({ market: 0, government: 0, total: 0 });
  });

  it('does not count sheltered work (beschut, Wfsv art. 38b)', () => {
    expect(extraJobsAt(ledger, '2024-06-01').market).toBe(1);
  });

  it('drops a placement once endPlacement ends it', () => {
    const next = endPlacement(ledger, 'p1', '2024-05-31');
    expect(extraJobsAt(next, '2024-06-01')).toEqual({ market: 0, government: 1, total: 1 });
    expect(extraJobsAt(ledger, '2024-06-01').market).toBe(1);
  });

  it('takes another unit of hours', () => {
    expect(extraJobsAt(ledger, '2024-06-01', { unitHours: 12.75 })).toEqual({
      market: 2,
      government: 2,
      total: 4,
    });
  });

  it('rejects a bad date or unit with INVALID_ARGUMENT', () => {
    expect(() => extraJobsAt(ledger, '2024-02-30')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => extraJobsAt(ledger, '1-1-2024')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => extraJobsAt(ledger, '2024-01-01', { unitHours: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('extraJobsByQuarter and extraJobsByYear (worked examples)', () => {
  // 25.5 h from 15 Feb 2024: Q1 2024 has 31 + 29 + 31 = 91 days, 15 + 31 = 46 of them in work.
  const ledger = createLedger([
    { id: 'p1', candidateId: 'c1', sector: 'market', hoursPerWeek: 25.5, start: '2024-02-15' },
    {
      id: 'p2',
      candidateId: 'c2',
      sector: 'government',
      hoursPerWeek: 12.75,
      start: '2024-05-01',
      end: '2025-01-15',
    },
  ]);

  it('gives the stock at each quarter end by default', () => {
    const rows = extraJobsByQuarter(ledger, { from: '2023Q4', to: '2025Q1' });
    expect(rows.map((r) => r.quarter)).toEqual(['2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1']);
    expect(rows.map((r) => r.total)).toEqual([0, 1, 1.5, 1.5, 1.5, 1]);
    expect(rows[1]).toEqual({
      quarter: '2024Q1',
      from: '2024-01-01',
      to: '2024-03-31',
      market: 1,
      government: 0,
      total: 1,
    });
  });

  it('gives the mean daily stock with measure average', () => {
    const rows = extraJobsByQuarter(ledger, { from: '2024Q1', to: '2024Q2', measure: 'average' });
    expect(rows[0]!.market).toBeCloseTo(46 / 91, 12);
    // Q2 2024: 91 days; p2 in work 1 May – 30 Jun = 61 days at half a job.
    expect(rows[1]!.government).toBeCloseTo((0.5 * 61) / 91, 12);
    expect(rows[1]!.market).toBe(1);
  });

  it('defaults from and to to the ledger first start and last start or end', () => {
    expect(extraJobsByQuarter(ledger).map((r) => r.quarter)).toEqual([
      '2024Q1',
      '2024Q2',
      '2024Q3',
      '2024Q4',
      '2025Q1',
    ]);
    expect(extraJobsByQuarter(createLedger([]))).toEqual([]);
    expect(extraJobsByYear(createLedger([]), { from: 2020, to: 2021 }).map((r) => r.total)).toEqual([0, 0]);
  });

  it('gives the stock on 31 December per year, or the yearly mean', () => {
    const rows = extraJobsByYear(ledger);
    expect(rows.map((r) => [r.year, r.market, r.government])).toEqual([
      [2024, 1, 0.5],
      [2025, 1, 0],
    ]);
    const mean = extraJobsByYear(ledger, { from: 2024, to: 2024, measure: 'average' })[0]!;
    // 2024 has 366 days: p1 in work 15 Feb – 31 Dec = 321 days; p2 1 May – 31 Dec = 245 days.
    expect(mean.market).toBeCloseTo(321 / 366, 12);
    expect(mean.government).toBeCloseTo((0.5 * 245) / 366, 12);
  });

  it('rejects bad periods with INVALID_ARGUMENT', () => {
    const bad = expect.objectContaining({ code: 'INVALID_ARGUMENT' });
    expect(() => extraJobsByQuarter(ledger, { from: '2024Q5' })).toThrow(bad);
    expect(() => extraJobsByQuarter(ledger, { from: '2024Q3', to: '2024Q1' })).toThrow(bad);
    expect(() => extraJobsByQuarter(ledger, { from: '1989Q4', to: '2024Q4' })).toThrow(bad);
    expect(() => extraJobsByQuarter(ledger, { measure: 'median' as never })).toThrow(bad);
    expect(() => extraJobsByYear(ledger, { from: 2024.5 })).toThrow(bad);
    expect(() => extraJobsByYear(ledger, { from: 2026, to: 2025 })).toThrow(bad);
  });
});

describe('the doc examples', () => {
  it('give what their comments say', () => {
    const ledger = createLedger([
      { id: 'p1', candidateId: 'c1', sector: 'market', hoursPerWeek: 25.5, start: '2024-01-01' },
      { id: 'p2', candidateId: 'c2', sector: 'government', hoursPerWeek: 12.75, start: '2024-06-01' },
    ]);
    expect(extraJobsAt(ledger, '2024-12-31')).toEqual({ market: 1, government: 0.5, total: 1.5 });
    expect(extraJobsByQuarter(ledger, { from: '2024Q1', to: '2024Q4' })[3]).toEqual({
      quarter: '2024Q4',
      from: '2024-10-01',
      to: '2024-12-31',
      market: 1,
      government: 0.5,
      total: 1.5,
    });
    expect(extraJobsByYear(ledger, { from: 2023, to: 2024 }).map((r) => r.total)).toEqual([0, 1.5]);
  });
});

describe('ledger counts against a brute-force day-by-day recount', () => {
  it('the stock on any day equals the recount', () => {
    fc.assert(
      fc.property(placementRecords(), fc.integer({ min: -10, max: WINDOW_DAYS + 10 }), (records, d) => {
        const ledger = createLedger(records, UNLIMITED);
        const day = iso(WINDOW_START + d);
        const got = extraJobsAt(ledger, day);
        const want = hoursOn(records, day);
        expect(got.market).toBeCloseTo(want.market / 25.5, 9);
        expect(got.government).toBeCloseTo(want.government / 25.5, 9);
        expect(got.total).toBeCloseTo((want.market + want.government) / 25.5, 9);
      }),
    );
  });

  it('quarter-end and year-end stocks equal the recount on the last day and equal extraJobsAt exactly', () => {
    fc.assert(
      fc.property(placementRecords(), (records) => {
        const ledger = createLedger(records, UNLIMITED);
        const quarters = extraJobsByQuarter(ledger, { from: '2022Q4', to: '2026Q1' });
        expect(quarters).toHaveLength(14);
        const years = extraJobsByYear(ledger, { from: 2022, to: 2026 });
        for (const row of [...quarters, ...years]) {
          const want = hoursOn(records, row.to);
          expect(row.market).toBeCloseTo(want.market / 25.5, 9);
          expect(row.government).toBeCloseTo(want.government / 25.5, 9);
          const at = extraJobsAt(ledger, row.to);
          expect([row.market, row.government, row.total]).toEqual([at.market, at.government, at.total]);
        }
      }),
    );
  });

  it('quarter and year averages equal the mean of the daily recount', () => {
    fc.assert(
      fc.property(placementRecords({ maxLength: 8 }), (records) => {
        const ledger = createLedger(records, UNLIMITED);
        const rows = [
          ...extraJobsByQuarter(ledger, { from: '2023Q1', to: '2026Q1', measure: 'average' }),
          ...extraJobsByYear(ledger, { from: 2023, to: 2025, measure: 'average' }),
        ];
        for (const row of rows) {
          const days = daysBetween(row.from, row.to);
          let market = 0;
          let government = 0;
          for (const day of days) {
            const h = hoursOn(records, day);
            market += h.market;
            government += h.government;
          }
          expect(row.market).toBeCloseTo(market / days.length / 25.5, 9);
          expect(row.government).toBeCloseTo(government / days.length / 25.5, 9);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('reads and compares dates from 1990 to 2100 as Date does (leap years included)', () => {
    const first = Date.UTC(1990, 0, 1) / 86_400_000;
    const days = Date.UTC(2100, 11, 31) / 86_400_000 - first;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: days }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: -400, max: 3400 }),
        (s, length, probe) => {
          const start = iso(first + s);
          const end = iso(Math.min(first + days, first + s + length));
          const day = iso(Math.max(first, Math.min(first + days, first + s + probe)));
          const ledger = createLedger([
            { id: 'p', candidateId: 'c', sector: 'market', hoursPerWeek: 25.5, start, end },
          ]);
          expect(extraJobsAt(ledger, day).market).toBe(start <= day && day <= end ? 1 : 0);
          const [year] = extraJobsByYear(ledger, {
            from: Number(day.slice(0, 4)),
            to: Number(day.slice(0, 4)),
          });
          expect(year!.to).toBe(`${day.slice(0, 4)}-12-31`);
        },
      ),
    );
  });

  it('periods tile the calendar: consecutive, no gaps, last day before the next first day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990 * 4, max: 2090 * 4 }), fc.integer({ min: 1, max: 44 }), (q0, n) => {
        const label = (q: number) => `${Math.floor(q / 4)}Q${(q % 4) + 1}`;
        const rows = extraJobsByQuarter(createLedger([]), { from: label(q0), to: label(q0 + n - 1) });
        expect(rows).toHaveLength(n);
        for (let k = 1; k < rows.length; k++) {
          expect(Date.parse(rows[k]!.from) - Date.parse(rows[k - 1]!.to)).toBe(86_400_000);
        }
        expect(rows[0]!.from.slice(5)).toMatch(/^(01|04|07|10)-01$/);
      }),
    );
  });
});
