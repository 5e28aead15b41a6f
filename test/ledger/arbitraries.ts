import type { PlacementRecord } from 'banenmatch';
import fc from 'fast-check';

const DAY = 86_400_000;
/** First day of the generated window: 2023-01-01. */
export const WINDOW_START: number = Date.UTC(2023, 0, 1) / DAY;
/** Days in the generated window (2023–2025). */
export const WINDOW_DAYS = 1096;

/** ISO date of a day number, written independently of the library (through Date only). */
export function iso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Random placement records over 2023–2025 with unique ids; a few candidates share overlapping placements. */
export function placementRecords(
  options: { maxLength?: number; hours?: { min: number; max: number } } = {},
): fc.Arbitrary<PlacementRecord[]> {
  const hours = options.hours ?? { min: 0.25, max: 40 };
  const record = fc.record({
    candidate: fc.integer({ min: 1, max: 4 }),
    sector: fc.constantFrom('market' as const, 'government' as const),
    quarterHours: fc.integer({ min: Math.round(hours.min * 4), max: Math.round(hours.max * 4) }),
    exact: fc.boolean(),
    start: fc.integer({ min: 0, max: WINDOW_DAYS - 1 }),
    length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    beschut: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
  });
  return fc.array(record, { maxLength: options.maxLength ?? 12 }).map((rows) =>
    rows.map((r, i): PlacementRecord => {
      const start = WINDOW_START + r.start;
      // Mostly quarter hours; sometimes an arbitrary fraction, to exercise rounding.
      const h = r.exact ? r.quarterHours / 4 : Math.max(hours.min, (r.quarterHours / 4) * 0.97);
      const p: PlacementRecord = {
        id: `p${i}`,
        candidateId: `c${r.candidate}`,
        sector: r.sector,
        hoursPerWeek: Math.min(hours.max, h),
        start: iso(start),
      };
      if (r.length !== undefined) p.end = iso(start + r.length);
      if (r.beschut) p.targetGroup = 'beschut';
      return p;
    }),
  );
}
