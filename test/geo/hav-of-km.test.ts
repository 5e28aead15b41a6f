import { createMatcher } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, havOfKm, kmOfHav } from '../../src/geo/distance.js';
import { hilversum, huizen } from '../helpers/places.js';
import { person, till } from '../helpers/why-not.js';

// `havOfKm` (src/geo/distance.ts): hav(d/R) of a distance, shared by the candidate table's commute
// limits and whyNot's probe and reach (issue 20, one rule in one place).

describe('havOfKm', () => {
  it('worked values: 0 km, 10 km, half the circumference and past it', () => {
    expect(havOfKm(0)).toBe(0);
    // hav(θ) = sin²(θ / 2), θ = 10 / R.
    expect(havOfKm(10)).toBe(Math.sin(10 / (2 * EARTH_RADIUS_KM)) ** 2);
    expect(havOfKm(10)).toBeCloseTo(6.159e-7, 10);
    expect(havOfKm(Math.PI * EARTH_RADIUS_KM)).toBe(1);
    // Past half the circumference the sine falls again (sin²(0.95 π) ≈ 0.024): the table keeps 1.
    expect(havOfKm(1.9 * Math.PI * EARTH_RADIUS_KM)).toBe(1);
  });

  it('is the inverse of kmOfHav up to half the circumference', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: Math.PI * EARTH_RADIUS_KM * 0.999, noNaN: true }), (km) => {
        expect(kmOfHav(havOfKm(km))).toBeCloseTo(km, 6);
      }),
    );
  });

  it('the commute limit a matcher holds: a vacancy 9.5 km away is within 10 km, not within 9 km', () => {
    // Hilversum – Huizen ≈ 9.5 km (haversineKm's example); the limit is tested as hav against hav.
    const v = till('v-huizen', { location: huizen });
    const at = (maxCommuteKm: number) =>
      createMatcher({ candidates: [{ ...person, home: hilversum, maxCommuteKm }], vacancies: [v] }).score(
        'c1',
        'v-huizen',
      ).excluded;
    expect(at(10)).toBe(false);
    expect(at(9)).toBe(true);
  });
});
