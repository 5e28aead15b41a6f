import { type BundleItem, type BundleProblem, solveBundle } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestBundleValue } from '../../src/carving/bundle.js';

// solveBundle at its limits: the hours window on a grid whose steps are not exact in binary, a window
// of one grid point, zero-hour tasks, the largest grid it accepts, each refusal with its message, and
// the value-only path carveAll uses (bestBundleValue) against the full solver.

const refused = (problem: unknown, message: string) =>
  expect(() => solveBundle(problem as BundleProblem)).toThrowError(
    expect.objectContaining({ code: 'INVALID_ARGUMENT', message }),
  );

describe('solveBundle: the window on the grid', () => {
  it('a maximum that is a grid multiple in decimals counts (0.3 h on a 0.1 h grid: 0.3 / 0.1 < 3 in binary)', () => {
    const items = [{ hours: 0.3, value: 1, group: 0 }];
    expect(solveBundle({ items, minHours: 0.3, maxHours: 0.3, resolution: 0.1 })).toMatchObject({
      items: [0],
      value: 1,
    });
  });

  it('a minimum that is a grid multiple in decimals counts (2.1 h on a 0.3 h grid: 2.1 / 0.3 > 7 in binary)', () => {
    const items = [{ hours: 2.1, value: 1, group: 0 }];
    expect(solveBundle({ items, minHours: 2.1, maxHours: 3, resolution: 0.3 })).toMatchObject({
      items: [0],
      value: 1,
    });
  });

  it('a window of one grid point, and an empty one between two points', () => {
    const items = [
      { hours: 6, value: 1, group: 0 },
      { hours: 6, value: 1, group: 1 },
    ];
    expect(solveBundle({ items, minHours: 12, maxHours: 12 })).toEqual({
      items: [0, 1],
      hours: 12,
      value: 2,
      groups: 2,
    });
    // 12.1–12.2 h holds no quarter hour
    expect(solveBundle({ items, minHours: 12.1, maxHours: 12.2 })).toBeNull();
    expect(bestBundleValue(items, 12.1, 12.2)).toBe(-1);
  });

  it('bundle hours are grid hours; the value is that of the chosen tasks', () => {
    // 5.1 h → 5 h, 7.4 h → 7.5 h on the quarter-hour grid
    const items = [
      { hours: 5.1, value: 2, group: 0 },
      { hours: 7.4, value: 3, group: 0 },
    ];
    expect(solveBundle({ items, minHours: 12, maxHours: 12.5 })).toEqual({
      items: [0, 1],
      hours: 12.5,
      value: 5,
      groups: 1,
    });
    // on a whole-hour grid: 5 + 7 = 12
    expect(solveBundle({ items, minHours: 12, maxHours: 12, resolution: 1 })).toMatchObject({ hours: 12 });
  });

  it('a zero-hour task with value is taken; one without value adds no group', () => {
    const items = [
      { hours: 12, value: 5, group: 0 },
      { hours: 0, value: 1, group: 1 },
      { hours: 0, value: 0, group: 2 },
    ];
    expect(solveBundle({ items, minHours: 12, maxHours: 12 })).toEqual({
      items: [0, 1],
      hours: 12,
      value: 6,
      groups: 2,
    });
    expect(solveBundle({ items: [items[2]!], minHours: 0, maxHours: 4 })).toEqual({
      items: [],
      hours: 0,
      value: 0,
      groups: 0,
    });
  });

  it('takes the best value of the window, not the most hours, and prefers fewer groups only at equal value', () => {
    const items = [
      { hours: 20, value: 10, group: 0 },
      { hours: 12, value: 11, group: 1 },
      { hours: 8, value: 0.5, group: 2 },
    ];
    // 12 h (11) + 8 h (0.5) = 20 h, 11.5 beats 20 h (10) and 12 h alone (11)
    expect(solveBundle({ items, minHours: 12, maxHours: 20 })).toEqual({
      items: [1, 2],
      hours: 20,
      value: 11.5,
      groups: 2,
    });
  });
});

describe('solveBundle: ties between hour totals', () => {
  it('at equal value the fewer groups win even at more hours (14 h from one vacancy over 12 h from two)', () => {
    const items = [
      { hours: 14, value: 10, group: 0 },
      { hours: 6, value: 5, group: 1 },
      { hours: 6, value: 5, group: 2 },
    ];
    expect(solveBundle({ items, minHours: 12, maxHours: 14 })).toEqual({
      items: [0],
      hours: 14,
      value: 10,
      groups: 1,
    });
    // more value at 12 h wins, whatever the groups
    const more = [items[0]!, items[1]!, { hours: 6, value: 5.25, group: 2 }];
    expect(solveBundle({ items: more, minHours: 12, maxHours: 14 })).toEqual({
      items: [1, 2],
      hours: 12,
      value: 10.25,
      groups: 2,
    });
  });
});

describe('solveBundle: tasks of no value', () => {
  it('a task worth 0 is taken when the window needs its hours', () => {
    const items = [
      { hours: 12, value: 5, group: 0 },
      { hours: 4, value: 0, group: 1 },
    ];
    expect(solveBundle({ items, minHours: 16, maxHours: 16 })).toEqual({
      items: [0, 1],
      hours: 16,
      value: 5,
      groups: 2,
    });
  });

  it('and left out when the window does not need it: the empty bundle of a window from 0', () => {
    const items = [{ hours: 4, value: 0, group: 0 }];
    expect(solveBundle({ items, minHours: 0, maxHours: 8 })).toEqual({
      items: [],
      hours: 0,
      value: 0,
      groups: 0,
    });
  });

  it('a later vacancy of equal value does not replace one vacancy by two at the same hours', () => {
    const items = [
      { hours: 12, value: 12, group: 0 },
      { hours: 6, value: 6, group: 1 },
      { hours: 6, value: 6, group: 2 },
    ];
    expect(solveBundle({ items, minHours: 12, maxHours: 12 })).toEqual({
      items: [0],
      hours: 12,
      value: 12,
      groups: 1,
    });
  });
});

describe('solveBundle: the largest grid', () => {
  // The earlier tests of this file use windows of at most 50 grid cells: this one is the first to
  // outgrow the work buffers (256 cells), by more than twice.
  it('a window beyond the work buffers: a 150-hour task in a 150-hour window', () => {
    const items = [
      { hours: 150, value: 2, group: 0 },
      { hours: 100, value: 1, group: 1 },
    ];
    expect(solveBundle({ items, minHours: 150, maxHours: 150 })).toEqual({
      items: [0],
      hours: 150,
      value: 2,
      groups: 1,
    });
  });

  it('accepts maxHours / resolution = 1,000,000 cells and refuses one more', () => {
    expect(solveBundle({ items: [], minHours: 0, maxHours: 250_000 })).toEqual({
      items: [],
      hours: 0,
      value: 0,
      groups: 0,
    });
    refused(
      { items: [], minHours: 0, maxHours: 250_000.25 },
      'solveBundle: maxHours / resolution must be at most 1000000 grid cells',
    );
  });
});

describe('solveBundle: refusals', () => {
  it.each([0, -0.25, Number.NaN, Number.POSITIVE_INFINITY])('resolution %s', (resolution) => {
    refused(
      { items: [], minHours: 0, maxHours: 8, resolution },
      'solveBundle: `resolution` must be a positive number',
    );
  });

  it.each([
    [Number.NaN, 8],
    [0, Number.NaN],
    [0, Number.POSITIVE_INFINITY],
    [-1, 8],
    [9, 8],
    // numbers only: a string is not converted
    ['4', 8],
    [0, '8'],
    [Number.NEGATIVE_INFINITY, 8],
  ])('window %s–%s', (minHours, maxHours) => {
    refused(
      { items: [], minHours, maxHours },
      'solveBundle: the hours window needs 0 ≤ minHours ≤ maxHours, both finite',
    );
  });

  it.each([
    { hours: -1, value: 1 },
    { hours: 1, value: -1 },
    { hours: Number.POSITIVE_INFINITY, value: 1 },
    { hours: 1, value: Number.NaN },
    { hours: 1, value: Number.POSITIVE_INFINITY },
    { hours: '2', value: 1 },
    { hours: 1, value: '2' },
  ])('item %o, named by its index', (bad) => {
    refused(
      {
        items: [
          { hours: 1, value: 1, group: 0 },
          { ...bad, group: 0 },
        ],
        minHours: 0,
        maxHours: 8,
      },
      'solveBundle: items[1] needs finite hours ≥ 0 and a finite value ≥ 0',
    );
  });

  it('a problem or item that is not an object', () => {
    refused(null, 'solveBundle: expected `problem` to be an object');
    refused(
      { items: [3], minHours: 0, maxHours: 8 },
      'solveBundle: expected `problem.items[0]` to be an object',
    );
    refused({ items: 'x', minHours: 0, maxHours: 8 }, 'solveBundle: expected `problem.items` to be an array');
  });

  it('a window starting at 0 and a task of 0 hours are allowed', () => {
    expect(
      solveBundle({ items: [{ hours: 0, value: 0, group: 0 }], minHours: 0, maxHours: 0 }),
    ).not.toBeNull();
  });
});

const item = fc.record({
  hours: fc.integer({ min: 0, max: 64 }).map((q) => q / 4),
  value: fc.integer({ min: 0, max: 400 }).map((x) => x / 10),
  group: fc.integer({ min: 0, max: 3 }),
});

describe('bestBundleValue (the value-only path of carveAll)', () => {
  it('equals the value of solveBundle, or −1 where it finds no bundle, on any grid', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 10 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom(0.25, 0.5, 1),
        (items: BundleItem[], a, b, resolution) => {
          const minHours = Math.min(a, b) / 4;
          const maxHours = Math.max(a, b) / 4;
          const full = solveBundle({ items, minHours, maxHours, resolution });
          const value = bestBundleValue(items, minHours, maxHours, resolution);
          if (full === null) expect(value).toBe(-1);
          else expect(value).toBeCloseTo(full.value, 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('uses a quarter-hour grid by default', () => {
    const items = [{ hours: 12.25, value: 3, group: 0 }];
    expect(bestBundleValue(items, 12.25, 12.25)).toBe(3);
    expect(bestBundleValue(items, 12.25, 12.25, 0.5)).toBe(-1);
  });
});
