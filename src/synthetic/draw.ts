import { normal, type Random, weightedIndex } from '../_internal/random.js';
import type { Municipality } from './municipalities.js';

// Small drawing helpers of the synthetic region, shared by its vacancies and its people.

/** @internal `i + 1` padded with zeros to `width` digits (ids: c-00001). */
export function pad(i: number, width: number): string {
  return String(i + 1).padStart(width, '0');
}

/** @internal `x` rounded to `digits` decimals. */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** @internal `x` rounded to quarter hours. */
export function quarter(x: number): number {
  return Math.round(x * 4) / 4;
}

/** @internal One of `items`, uniformly. */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** @internal A point near a municipality's centre: normal scatter with σ ≈ 1.5 km. */
export function placeNear(random: Random, places: readonly Municipality[], weights: readonly number[]) {
  const m = places[weightedIndex(random, weights)]!;
  const kmLat = 1 / 111.2;
  const kmLon = 1 / (111.2 * Math.cos((m.lat * Math.PI) / 180));
  return {
    municipality: m.name,
    lat: round(m.lat + normal(random) * 1.5 * kmLat, 5),
    lon: round(m.lon + normal(random) * 1.5 * kmLon, 5),
  };
}
