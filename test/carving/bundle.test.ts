import { type BundleItem, solveBundle } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Brute force over all subsets: best value, then fewest groups. */
function bruteForce(items: readonly BundleItem[], minHours: number, maxHours: number) {
  let best: { value: number; groups: number; hours: number } | null = null;
  for (let mask = 0; mask < 1 << items.length; mask++) {
    let hours = 0;
    let value = 0;
    const groups = new Set<number>();
    items.forEach((it, i) => {
      if (mask & (1 << i)) {
        hours += it.hours;
        value += it.value;
        groups.add(it.group);
      }
    });
    if (hours < minHours - 1e-9 || hours > maxHours + 1e-9) continue;
    if (
      best === null ||
      value > best.value + 1e-9 ||
      (value > best.value - 1e-9 && groups.size < best.groups)
    ) {
      best = { value, groups: groups.size, hours };
    }
  }
  return best;
}

const item = fc.record({
  hours: fc.integer({ min: 0, max: 64 }).map((q) => q / 4),
  value: fc.integer({ min: 0, max: 400 }).map((x) => x / 10),
  group: fc.integer({ min: 0, max: 3 }),
});

describe('solveBundle', () => {
  it('takes the best combination inside the window (worked example)', () => {
    // Window 12–20 h. Best: 8 h (value 7) + 10 h (value 8) = 18 h, 15; the 16 h task alone is worth 12.
    const items = [
      { hours: 8, value: 7, group: 0 },
      { hours: 10, value: 8, group: 1 },
      { hours: 16, value: 12, group: 2 },
      { hours: 4, value: 1, group: 0 },
    ];
    expect(solveBundle({ items, minHours: 12, maxHours: 20 })).toEqual({
      items: [0, 1],
      hours: 18,
      value: 15,
      groups: 2,
    });
  });

  it('among equal values prefers fewer source vacancies', () => {
    const items = [
      { hours: 6, value: 6, group: 0 },
      { hours: 6, value: 6, group: 1 },
      { hours: 6, value: 6, group: 1 },
    ];
    expect(solveBundle({ items, minHours: 12, maxHours: 12 })).toEqual({
      items: [1, 2],
      hours: 12,
      value: 12,
      groups: 1,
    });
  });

  it('returns null when nothing reaches the minimum hours', () => {
    const items = [
      { hours: 4, value: 4, group: 0 },
      { hours: 5, value: 5, group: 1 },
    ];
    expect(solveBundle({ items, minHours: 12, maxHours: 24 })).toBeNull();
    expect(solveBundle({ items: [], minHours: 0, maxHours: 24 })).toEqual({
      items: [],
      hours: 0,
      value: 0,
      groups: 0,
    });
  });

  it('rejects bad input with a typed error', () => {
    expect(() =>
      solveBundle({ items: [{ hours: Number.NaN, value: 1, group: 0 }], minHours: 0, maxHours: 8 }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => solveBundle({ items: [], minHours: 10, maxHours: 8 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('equals brute force on up to 12 items (value, then group count), and never leaves the window', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 12 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        (items, a, b) => {
          const minHours = Math.min(a, b) / 4;
          const maxHours = Math.max(a, b) / 4;
          const got = solveBundle({ items, minHours, maxHours });
          const want = bruteForce(items, minHours, maxHours);
          if (want === null) {
            expect(got).toBeNull();
            return;
          }
          expect(got).not.toBeNull();
          expect(got!.value).toBeCloseTo(want.value, 9);
          expect(got!.groups).toBe(want.groups);
          expect(got!.hours).toBeGreaterThanOrEqual(minHours);
          expect(got!.hours).toBeLessThanOrEqual(maxHours);
          // the reported figures are those of the chosen items
          const hours = got!.items.reduce((s, i) => s + items[i]!.hours, 0);
          const value = got!.items.reduce((s, i) => s + items[i]!.value, 0);
          expect(hours).toBeCloseTo(got!.hours, 9);
          expect(value).toBeCloseTo(got!.value, 9);
          expect(new Set(got!.items).size).toBe(got!.items.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
