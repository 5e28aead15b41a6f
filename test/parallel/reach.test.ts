import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../dist/index.js';
import { ReachGrid, widen } from '../../src/parallel/reach.js';

const RAD = Math.PI / 180;
const R = 6371.0088;

/** The point `km` from (lat, lon) at `bearing` (radians), on the sphere of `haversineKm`. */
function destination(lat: number, lon: number, km: number, bearing: number): [number, number] {
  const d = km / R;
  const p1 = lat * RAD;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(bearing));
  const l2 =
    lon * RAD +
    Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return [p2 / RAD, l2 / RAD];
}

describe('ReachGrid', () => {
  const home = fc.record({
    lat: fc.double({ min: 50.7, max: 53.6, noNaN: true }),
    lon: fc.double({ min: 3.3, max: 7.25, noNaN: true }),
    km: fc.double({ min: 0, max: 60, noNaN: true }),
  });

  it('tells every vacancy within reach, up to its edge, and none far beyond it', () => {
    fc.assert(
      fc.property(
        fc.array(home, { minLength: 1, maxLength: 12 }),
        fc.array(
          fc.record({
            of: fc.nat(),
            bearing: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
            share: fc.double({ min: 0, max: 1.5, noNaN: true }),
          }),
          { maxLength: 40 },
        ),
        fc.constantFrom(8, 64, 512),
        (homes, around, cells) => {
          const lat = Float64Array.from(homes, (h) => h.lat);
          const lon = Float64Array.from(homes, (h) => h.lon);
          const limit = Float64Array.from(homes, (h) => h.km);
          // Vacancies around the homes, from the home itself to half as far again as the limit.
          const places = around.map(({ of, bearing, share }) => {
            const h = homes[of % homes.length]!;
            return destination(h.lat, h.lon, h.km * share, bearing);
          });
          const vLat = Float64Array.from(places, (p) => p[0]);
          const vLon = Float64Array.from(places, (p) => p[1]);
          const grid = new ReachGrid(lat, lon, limit, cells);
          const members = Int32Array.from(homes.keys()).filter((c) => c % 2 === 0);
          const flags = new Uint8Array(places.length);
          const count = grid.mark(members, grid.cellsOf(vLat, vLon), flags);
          expect(count).toBe(flags.reduce((a, b) => a + b, 0));
          // Counted from the vacancies per cell: the same.
          expect(grid.count(members, grid.countPerCell(grid.cellsOf(vLat, vLon)))).toBe(count);
          places.forEach(([y, x], v) => {
            const distances = [...members].map((c) => haversineKm(lat[c]!, lon[c]!, y, x) - limit[c]!);
            if (distances.some((d) => d <= 0)) expect(flags[v]).toBe(1);
            // Beyond by at most two cells' diagonals (the grid spans at most 4.0° of latitude, 444 km,
            // and 5.8° of longitude, 406 km at 50.7°N: 602 km across) and the margins (< 3 km).
            if (distances.every((d) => d > (2 * 602) / cells + 3)) expect(flags[v]).toBe(0);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("draws the edge of one candidate's reach within the margin of 0.01°", () => {
    fc.assert(
      fc.property(
        home,
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 0.9, max: 1.1, noNaN: true }),
        ({ lat, lon, km }, bearing, share) => {
          // The grid spans only this reach: its cells are a thousandth of it.
          const grid = new ReachGrid(Float64Array.of(lat), Float64Array.of(lon), Float64Array.of(km), 1024);
          const [y, x] = destination(lat, lon, km * share, bearing);
          const marked = grid.mark(Int32Array.of(0), grid.cellsOf(Float64Array.of(y), Float64Array.of(x)));
          const beyond = haversineKm(lat, lon, y, x) - km;
          if (beyond <= 0) expect(marked).toBe(1);
          // 0.01° of latitude is 1.11 km; of longitude at most 0.71 km here.
          if (beyond > 2.5) expect(marked).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('tells nothing for no members, and nothing outside its grid or without a place', () => {
    const grid = new ReachGrid(Float64Array.of(52), Float64Array.of(5), Float64Array.of(10), 16);
    const flags = new Uint8Array(3);
    const vLat = Float64Array.of(52, Number.NaN, 52);
    const vLon = Float64Array.of(5, 5, 7);
    const cells = grid.cellsOf(vLat, vLon);
    expect(grid.mark(new Int32Array(0), cells, flags)).toBe(0);
    expect(grid.mark(Int32Array.of(0), cells, flags)).toBe(1);
    expect([...flags]).toEqual([1, 0, 0]);
    // Without a finite home a candidate reaches nothing.
    const none = new ReachGrid(
      Float64Array.of(Number.NEGATIVE_INFINITY),
      Float64Array.of(0),
      Float64Array.of(0),
      4,
    );
    expect(none.mark(Int32Array.of(0), none.cellsOf(vLat, vLon))).toBe(0);
    expect(none.count(Int32Array.of(0), none.countPerCell(none.cellsOf(vLat, vLon)))).toBe(0);
  });

  it('widens a box conservatively, and to every longitude across the antimeridian', () => {
    const box = Float64Array.of(52, 52, 5, 5);
    widen(box, 0, 15);
    expect(box[0]).toBeCloseTo(52 - 15 / R / RAD - 0.01, 9);
    expect(haversineKm(52, 5, 52, box[3]!)).toBeGreaterThan(15);
    const far = Float64Array.of(10, 10, 179.9, 179.9);
    widen(far, 0, 50);
    expect([far[2], far[3]]).toEqual([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]);
  });
});
