import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM } from '../../src/geo/distance.js';
import { DynamicGrid } from '../../src/geo/grid.js';

/** Great-circle distance (haversine), the reference. */
function km(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const s1 = Math.sin(((b[0] - a[0]) * rad) / 2);
  const s2 = Math.sin(((b[1] - a[1]) * rad) / 2);
  const h = s1 * s1 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const point = fc.tuple(
  fc.double({ min: 50.75, max: 53.55, noNaN: true }),
  fc.double({ min: 3.36, max: 7.23, noNaN: true }),
);

/** A grid of `cellKm` cells holding `points` under their indexes. */
function gridOf(points: readonly [number, number][], cellKm: number): DynamicGrid {
  const grid = new DynamicGrid(cellKm);
  points.forEach(([lat, lon], i) => {
    grid.add(i, lat, lon);
  });
  return grid;
}

describe('DynamicGrid', () => {
  it('visits every point within the radius exactly once, whatever the cell size', () => {
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 300 }),
        point,
        fc.double({ min: 0.1, max: 80, noNaN: true }),
        fc.constantFrom(1, 2.5, 5, 10),
        (points, centre, radius, cellKm) => {
          const grid = gridOf(points, cellKm);
          const seen: number[] = [];
          grid.forEachNear(centre[0], centre[1], radius, (i) => seen.push(i));
          expect(new Set(seen).size).toBe(seen.length);
          const within = points.flatMap((p, i) => (km(centre, p) <= radius ? [i] : []));
          const visited = new Set(seen);
          for (const i of within) expect(visited.has(i)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives each cell a distance no point of it is nearer than', () => {
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 300 }),
        point,
        fc.double({ min: 0.1, max: 80, noNaN: true }),
        fc.constantFrom(1, 2.5, 5, 10),
        (points, centre, radius, cellKm) => {
          const grid = gridOf(points, cellKm);
          grid.forEachCellNear(centre[0], centre[1], radius, (cell, nearKm) => {
            for (const i of cell.ids) expect(km(centre, points[i]!)).toBeGreaterThanOrEqual(nearKm);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps each cell's most of the numbers given with its points, after removals too", () => {
    const grid = new DynamicGrid(5, 0, 0, 2);
    grid.add(1, 52.2, 5.2, [], [], [10, -2]);
    grid.add(2, 52.2, 5.2, [], [], [25, 0]);
    grid.add(3, 52.2, 5.2, [], [], [15, 2]);
    grid.add(4, 52.6, 5.2, [], [], [5, 0]);
    grid.remove(3, 52.2, 5.2);
    const tops: number[][] = [];
    grid.forEachCellNear(52.2, 5.2, 60, (cell) => tops.push([...cell.top]));
    expect(tops).toEqual([
      [25, 2],
      [5, 0],
    ]);
  });

  it('visits nearer cells first and skips cells wholly outside the circle', () => {
    const grid = new DynamicGrid(5);
    const centre: [number, number] = [52.22, 5.18];
    // ≈ 52 km away, in the corner of the 40 km circle's bounding box.
    const corner: [number, number] = [52.22 + 0.33, 5.18 + 0.54];
    grid.add(0, corner[0], corner[1]);
    grid.add(2, centre[0] + 0.1, centre[1]); // ≈ 11 km
    grid.add(3, centre[0], centre[1]); // here
    const seen: number[] = [];
    grid.forEachNear(centre[0], centre[1], 40, (i) => seen.push(i));
    expect(km(centre, corner)).toBeGreaterThan(40 * 1.02 + 5 * Math.SQRT2);
    expect(seen.slice(0, 2)).toEqual([3, 2]);
    expect(seen).not.toContain(0);
  });

  it('keeps each cell in ascending order and forgets removed points', () => {
    const grid = new DynamicGrid(5);
    for (const i of [4, 1, 3, 2]) grid.add(i, 52.2, 5.2);
    grid.remove(3, 52.2, 5.2);
    const seen: number[] = [];
    grid.forEachNear(52.2, 5.2, 1, (i) => seen.push(i));
    expect(seen).toEqual([1, 2, 4]);
  });
});

describe('DynamicGrid, grouped', () => {
  /** Checks every cell's order and runs against the points in `live` (id → group). */
  function check(grid: DynamicGrid, live: Map<number, number>): void {
    const seen: number[] = [];
    grid.forEachCellNear(52.2, 5.3, 400, (cell) => {
      const rows = cell.ids.map((id, q) => ({
        id,
        group: cell.ints[2 * q]!,
        tag: cell.ints[2 * q + 1]!,
        half: cell.data[q]!,
      }));
      for (const r of rows) expect([r.group, r.tag, r.half]).toEqual([live.get(r.id), 10 * r.id, r.id / 2]);
      expect(rows).toEqual([...rows].sort((a, b) => a.group - b.group || a.id - b.id));
      const starts = Array.from(cell.runs.subarray(0, cell.runCount + 1));
      const want = rows.flatMap((r, q) => (q === 0 || r.group !== rows[q - 1]!.group ? [q] : []));
      expect(starts).toEqual([...want, rows.length]);
      expect(Array.from(cell.runKeys.subarray(0, cell.runCount))).toEqual(want.map((q) => rows[q]!.group));
      seen.push(...cell.ids);
    });
    expect(seen.sort((a, b) => a - b)).toEqual([...live.keys()].sort((a, b) => a - b));
  }

  it('orders each cell by its first whole number, then index, in runs, after adds and removals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(point, fc.integer({ min: -1, max: 4 })), { minLength: 1, maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 50 }),
        (points, removals) => {
          const grid = new DynamicGrid(10, 1, 2, 0, true);
          const live = new Map<number, number>();
          points.forEach(([[lat, lon], group], i) => {
            grid.add(i, lat, lon, [i / 2], [group, 10 * i]);
            live.set(i, group);
          });
          check(grid, live);
          for (const r of removals) {
            const i = r % points.length;
            const [lat, lon] = points[i]![0];
            grid.remove(i, lat, lon);
            live.delete(i);
          }
          check(grid, live);
        },
      ),
      { numRuns: 200 },
    );
  });
});
