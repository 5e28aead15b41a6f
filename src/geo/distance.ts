import { BanenmatchError } from '../errors.js';

/** Mean Earth radius in km (IUGG), for great-circle distances. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/**
 * Great-circle distance between two WGS84 points by the haversine formula, in km.
 *
 * @example
 * haversineKm(52.2233, 5.1764, 52.2992, 5.2417) // ≈ 9.5 (Hilversum – Huizen)
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  for (const x of [lat1, lon1, lat2, lon2]) {
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw new BanenmatchError(
        Number.isNaN(x) ? 'NAN_INPUT' : 'INVALID_ARGUMENT',
        'haversineKm: coordinates must be finite numbers',
      );
    }
  }
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const a = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return kmOfHav(a);
}

/**
 * @internal The great-circle distance in km from hav(d/R) (the haversine of the central angle, as
 * `haversineKm` sums it and the scoring engine keeps it per pair).
 *
 * @example
 * kmOfHav(0); // 0
 */
export function kmOfHav(hav: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(hav)));
}

/**
 * @internal hav(d/R) of a great-circle distance `km` (the inverse of {@link kmOfHav} up to half the
 * circumference, 1 from there on), as the scoring engine keeps a commute limit.
 *
 * @example
 * havOfKm(0); // 0
 * havOfKm(Math.PI * EARTH_RADIUS_KM); // 1
 */
export function havOfKm(km: number): number {
  const h = Math.sin(km / (2 * EARTH_RADIUS_KM));
  // Stryker disable next-line EqualityOperator: `>` differs only at exactly π: sin(π/2)² is 1 there as well (the `false` is killed by hav-of-km.test.ts)
  return km / EARTH_RADIUS_KM >= Math.PI ? 1 : h * h;
}
