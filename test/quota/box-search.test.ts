import { describe, expect, it } from 'vitest';
import { minimiseInBox } from '../../src/quota/multi-start.js';

const GRID = [0, 0.25, 0.5, 0.75, 1];

/** Runs minimiseInBox and records every point it evaluates. */
function traced(
  f: (x: Float64Array) => number,
  lower: number[],
  upper: number[],
  grids: number[][],
): { seen: number[][]; x: number[]; value: number } {
  const seen: number[][] = [];
  const r = minimiseInBox(
    (x) => {
      seen.push(Array.from(x));
      return f(x);
    },
    lower,
    upper,
    grids,
  );
  return { seen, ...r };
}

describe('minimiseInBox: the grid', () => {
  it('evaluates every grid point first, the last coordinate fastest, then starts at the best', () => {
    const t = traced(
      (x) => (x[0]! - 0.3) ** 2 + (x[1]! - 0.6) ** 2,
      [0, 0],
      [1, 2],
      [
        [0, 0.5, 1],
        [0, 1, 2],
      ],
    );
    expect(t.seen.slice(0, 9)).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [0.5, 0],
      [0.5, 1],
      [0.5, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
    // Nelder–Mead's first point is the best grid point (0.5, 1), in angle coordinates and back
    expect(t.seen[9]![0]).toBeCloseTo(0.5, 12);
    expect(t.seen[9]![1]).toBeCloseTo(1, 12);
    expect(t.x[0]).toBeCloseTo(0.3, 6);
    expect(t.x[1]).toBeCloseTo(0.6, 6);
    expect(t.value).toBeLessThan(1e-12);
  });

  it('starts a little inside a bound (0.05 radians), where the angle still moves the point', () => {
    // (x − 1.5)² on [0, 1]: the best grid point is the bound 1; the start is (1 − cos(π − 0.05))/2
    const t = traced((x) => (x[0]! - 1.5) ** 2, [0], [1], [[0, 0.5, 1]]);
    expect(t.seen[3]![0]).toBeCloseTo((1 - Math.cos(Math.PI - 0.05)) / 2, 14);
    // Nelder–Mead in the angle u with a first step of 0.3 radians: u = π + 0.25 gives (1 + cos 0.25)/2;
    // then the reflection through the start, u = π − 0.35
    expect(t.seen[4]![0]).toBeCloseTo((1 + Math.cos(0.25)) / 2, 14);
    expect(t.seen[5]![0]).toBeCloseTo((1 + Math.cos(0.35)) / 2, 14);
    expect(t.x[0]).toBeCloseTo(1, 9);
    expect(t.x[0]).toBeLessThanOrEqual(1);
    // and at the lower bound, with a box that does not start at 0
    const low = traced((x) => (x[0]! + 1) ** 2, [2], [4], [[2, 3, 4]]);
    expect(low.seen[3]![0]).toBeCloseTo(2 + (1 - Math.cos(0.05)), 14);
    expect(low.x[0]).toBeCloseTo(2, 9);
    expect(low.x[0]).toBeGreaterThanOrEqual(2);
    const high = traced((x) => (x[0]! - 5) ** 2, [2], [4], [[2, 3, 4]]);
    expect(high.seen[3]![0]).toBeCloseTo(2 + (1 - Math.cos(Math.PI - 0.05)), 14);
  });

  // Four basins on a grid of sixths: around 0 (grid value 1, minimum 1), 0.3 (grid 1.5 at ⅓,
  // minimum −3), 0.62 (grid 2 at ⅔, minimum −5) and 0.95 (grid 3 at 1, minimum −10); no other grid point
  // is a local minimum. Two starts would end at −3, four at −10.
  const SIXTHS = [0, 1 / 6, 2 / 6, 3 / 6, 4 / 6, 5 / 6, 1];
  const fourBasins = (v: number): number =>
    Math.min(
      1 + 40 * v * v,
      -3 + 4050 * (v - 0.3) ** 2,
      -5 + 3214 * (v - 0.62) ** 2,
      -10 + 5200 * (v - 0.95) ** 2,
    );

  it('runs Nelder–Mead from the three best local minima of the grid, no more', () => {
    // the three best grid minima are 0, ⅓ and ⅔, so the result is −5 at 0.62
    const r = minimiseInBox((x) => fourBasins(x[0]!), [0], [1], [SIXTHS]);
    expect(r.x[0]).toBeCloseTo(0.62, 6);
    expect(r.value).toBeCloseTo(-5, 9);
  });

  it('counts diagonal neighbours: a grid point with only a diagonal neighbour lower is no start', () => {
    // grid values 80 50 40 / 50 7 10 / 40 10 0: (0.5, 0.5) is lower than its four straight neighbours
    // but not than (1, 1), so the only start is (1, 1), and the well of −5 at (0.45, 0.45) is not found
    const f = (x: Float64Array) =>
      Math.min(
        40 * ((x[0]! - 1) ** 2 + (x[1]! - 1) ** 2),
        -5 + 2400 * ((x[0]! - 0.45) ** 2 + (x[1]! - 0.45) ** 2),
      );
    const r = minimiseInBox(
      f,
      [0, 0],
      [1, 1],
      [
        [0, 0.5, 1],
        [0, 0.5, 1],
      ],
    );
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
    expect(r.value).toBeLessThan(1e-12);
  });

  it('runs from the best grid minima in order of value, not in grid order', () => {
    // the four basins above mirrored: grid minima 0 (3, minimum −10 near 0.05), ⅓ (2, minimum −5 near
    // 0.38), ⅔ (1.5), 1 (1): the three best by value are 1, ⅔ and ⅓, so −5; in grid order, −10
    const r = minimiseInBox((x) => fourBasins(1 - x[0]!), [0], [1], [SIXTHS]);
    expect(r.x[0]).toBeCloseTo(0.38, 6);
    expect(r.value).toBeCloseTo(-5, 9);
  });

  it('does not wrap a neighbour around a row of the grid', () => {
    const g3 = [0, 0.5, 1];
    // grid values 10 11 1 / 0 10 11 / 10 20 41: (0, 1), the end of the first row, is a local minimum
    // (its neighbours are 11, 10, 11); (0.5, 0), the next point in grid order but no neighbour, is
    // lower. From (0, 1) the search finds the well of −5 at (0.05, 0.95).
    const a = (x: Float64Array) =>
      Math.min(
        40 * ((x[0]! - 0.5) ** 2 + x[1]! ** 2),
        1 + 40 * (x[0]! ** 2 + (x[1]! - 1) ** 2),
        -5 + 2400 * ((x[0]! - 0.05) ** 2 + (x[1]! - 0.95) ** 2),
      );
    const ra = minimiseInBox(a, [0, 0], [1, 1], [g3, g3]);
    expect(ra.value).toBeCloseTo(-5, 9);
    expect(ra.x[0]).toBeCloseTo(0.05, 6);
    expect(ra.x[1]).toBeCloseTo(0.95, 6);
    // the other way round: (0.5, 0) at 1 is a local minimum although (0, 1), just before it, is lower
    const b = (x: Float64Array) =>
      Math.min(
        40 * (x[0]! ** 2 + (x[1]! - 1) ** 2),
        1 + 40 * ((x[0]! - 0.5) ** 2 + x[1]! ** 2),
        -5 + 2400 * ((x[0]! - 0.55) ** 2 + (x[1]! - 0.05) ** 2),
      );
    const rb = minimiseInBox(b, [0, 0], [1, 1], [g3, g3]);
    expect(rb.value).toBeCloseTo(-5, 9);
    expect(rb.x[0]).toBeCloseTo(0.55, 6);
    expect(rb.x[1]).toBeCloseTo(0.05, 6);
  });

  it('counts the first grid point as a neighbour', () => {
    // up 10 per unit to 2.5 at 0.25, down to −2 at 0.4, then up: grid values 0, 2.5, 4, 19, 34. 0.25 is
    // no local minimum (0 is lower), so the one start is 0 and the dip at 0.4 is not found
    const f = (x: Float64Array) => {
      const v = x[0]!;
      return v <= 0.25 ? 10 * v : v <= 0.4 ? 2.5 - 30 * (v - 0.25) : -2 + 60 * (v - 0.4);
    };
    const r = minimiseInBox(f, [0], [1], [GRID]);
    expect(r.x[0]).toBeCloseTo(0, 6);
    expect(r.value).toBeCloseTo(0, 6);
  });

  it('gives a tie to the first grid point: two flat minima of 0', () => {
    const f = (x: Float64Array) => {
      const v = x[0]!;
      return Math.max(0, Math.abs(v - (v < 0.5 ? 0.25 : 0.75)) - 0.05);
    };
    const r = minimiseInBox(f, [0], [1], [GRID]);
    expect(r.value).toBe(0);
    expect(r.x[0]).toBeCloseTo(0.25, 12);
  });

  it('keeps a coordinate whose bounds are equal', () => {
    const r = minimiseInBox((x) => (x[0]! - 0.3) ** 2 + (x[1]! - 5) ** 2, [0, 2], [1, 2], [[0, 0.5, 1], [2]]);
    expect(r.x[1]).toBe(2);
    expect(r.x[0]).toBeCloseTo(0.3, 6);
    expect(r.value).toBeCloseTo(9, 10);
  });

  it('never starts where f is not finite, and refuses a function finite at no grid point', () => {
    // NaN above 0.6: the grid points 0.75 and 1 are a plateau of +∞ that once was taken as a start
    const r = minimiseInBox((x) => (x[0]! > 0.6 ? Number.NaN : (x[0]! - 0.4) ** 2), [0], [1], [GRID]);
    expect(r.x[0]).toBeCloseTo(0.4, 6);
    const inf = minimiseInBox(
      (x) => (x[0]! < 0.3 ? Number.NEGATIVE_INFINITY : (x[0]! - 0.6) ** 2),
      [0],
      [1],
      [GRID],
    );
    expect(inf.x[0]).toBeCloseTo(0.6, 6);
    expect(() => minimiseInBox(() => Number.NaN, [0], [1], [GRID])).toThrow(
      expect.objectContaining({
        code: 'NOT_CONVERGED',
        message: 'minimiseInBox: the function is not finite at any grid point',
      }),
    );
  });
});
