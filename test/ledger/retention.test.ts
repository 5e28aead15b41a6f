import { createLedger, type PlacementRecord, retention } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placementRecords } from './arbitraries.js';

const p = (id: string, candidateId: string, start: string, end?: string): PlacementRecord => ({
  id,
  candidateId,
  sector: 'market',
  hoursPerWeek: 20,
  start,
  ...(end === undefined ? {} : { end }),
});

describe('retention (worked example)', () => {
  const ledger = createLedger([
    p('p1', 'c1', '2024-01-01'), // open: retained at 6 and 12 months
    p('p2', 'c2', '2024-01-15', '2024-05-31'), // left after 4.5 months
    p('p3', 'c3', '2024-03-01', '2024-09-01'), // ends exactly 6 months after its start: retained at 6
    p('p4', 'c4', '2024-10-01'), // too recent for both horizons on 2025-01-01
    p('p5', 'c2', '2024-06-01'), // c2 found another job
    { ...p('p6', 'c6', '2023-10-01', '2023-12-31'), targetGroup: 'beschut' }, // sheltered work: left out
  ]);

  it('gives the share of placements still running N months after their start, by start quarter', () => {
    const [six, twelve] = retention(ledger, { asOf: '2025-01-01' });
    // 6 months: p1, p2, p3, p5 (2024-12-01 ≤ asOf) in the cohort; p1, p3, p5 retained.
    expect(six).toMatchObject({ months: 6, cohort: 4, retained: 3, share: 0.75 });
    expect(six!.byQuarter).toEqual([
      { quarter: '2024Q1', cohort: 3, retained: 2, share: 2 / 3 },
      { quarter: '2024Q2', cohort: 1, retained: 1, share: 1 },
    ]);
    // 12 months: only p1 and p2 started on or before 2024-01-01.
    expect(twelve).toMatchObject({ months: 12, cohort: 1, retained: 1, share: 1 });
  });

  it('counts a move to another job as retained in the candidate scope', () => {
    const [six] = retention(ledger, { asOf: '2025-01-01', months: [6], scope: 'candidate' });
    expect(six).toMatchObject({ cohort: 4, retained: 4, share: 1 });
  });

  it('clamps to the month end and gives share null for an empty cohort', () => {
    // 31 Aug 2023 + 6 months = 29 Feb 2024.
    const kept = createLedger([p('a', 'c1', '2023-08-31', '2024-02-29')]);
    expect(retention(kept, { asOf: '2024-02-29', months: [6] })[0]).toMatchObject({ cohort: 1, retained: 1 });
    const left = createLedger([p('a', 'c1', '2023-08-31', '2024-02-28')]);
    expect(retention(left, { asOf: '2024-02-29', months: [6] })[0]).toMatchObject({ cohort: 1, retained: 0 });
    expect(retention(left, { asOf: '2024-02-28', months: [6] })[0]).toMatchObject({ cohort: 0, share: null });
  });

  it('rejects bad options with INVALID_ARGUMENT', () => {
    const bad = expect.objectContaining({ code: 'INVALID_ARGUMENT' });
    expect(() => retention(ledger, { asOf: '2025-02-30' })).toThrow(bad);
    expect(() => retention(ledger, { asOf: '2025-01-01', months: [0] })).toThrow(bad);
    expect(() => retention(ledger, { asOf: '2025-01-01', months: [1.5] })).toThrow(bad);
    expect(() => retention(ledger, { asOf: '2025-01-01', months: [] })).toThrow(bad);
    expect(() => retention(ledger, { asOf: '2025-01-01', scope: 'person' as never })).toThrow(bad);
  });
});

describe('retention (properties)', () => {
  it('matches a brute-force recount, and the candidate scope retains at least as many', () => {
    fc.assert(
      fc.property(placementRecords(), fc.integer({ min: 1, max: 24 }), (records, months) => {
        const ledger = createLedger(records, { maxHoursPerWeek: 1e6 });
        const asOf = '2025-06-30';
        const [byPlacement] = retention(ledger, { asOf, months: [months] });
        const [byCandidate] = retention(ledger, { asOf, months: [months], scope: 'candidate' });
        // Brute force with Date month arithmetic, clamped to the month end.
        const plus = (iso: string): string => {
          const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
          const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
          return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
        };
        const counted = records.filter((r) => r.targetGroup !== 'beschut' && plus(r.start) <= asOf);
        const runs = (r: PlacementRecord, day: string) =>
          r.start <= day && (typeof r.end !== 'string' || day <= r.end);
        const retained = counted.filter((r) => runs(r, plus(r.start)));
        expect(byPlacement!.cohort).toBe(counted.length);
        expect(byPlacement!.retained).toBe(retained.length);
        const others = records.filter((r) => r.targetGroup !== 'beschut');
        const kept = counted.filter((r) =>
          others.some((o) => o.candidateId === r.candidateId && runs(o, plus(r.start))),
        );
        expect(byCandidate!.retained).toBe(kept.length);
        expect(byCandidate!.retained).toBeGreaterThanOrEqual(byPlacement!.retained);
        const quarterOf = (iso: string) =>
          `${iso.slice(0, 4)}Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
        expect(byPlacement!.byQuarter.map((q) => q.quarter)).toEqual(
          [...new Set(counted.map((r) => quarterOf(r.start)))].sort(),
        );
        expect(byPlacement!.byQuarter.reduce((s, q) => s + q.cohort, 0)).toBe(byPlacement!.cohort);
        expect(byPlacement!.byQuarter.reduce((s, q) => s + q.retained, 0)).toBe(byPlacement!.retained);
      }),
    );
  });
});
