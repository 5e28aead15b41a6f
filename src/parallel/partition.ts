import { isRecord } from '../_internal/guard.js';
import { commuteLimitKm } from '../domain/commute.js';
import type { Candidate } from '../domain/schemas.js';
import { EARTH_RADIUS_KM } from '../geo/distance.js';

/** @internal One part of a partition: global indices, ascending. */
export interface Part {
  candidates: Int32Array;
  /** Every vacancy within reach of one of the part's candidates (and possibly more). */
  vacancies: Int32Array;
}

/** @internal A geographic partition of candidates, with the vacancies each part may reach. */
export interface Partition {
  parts: Part[];
  /** Part of each candidate. */
  partOf: Int32Array;
  /** Index of each candidate within its part. */
  localOf: Int32Array;
  /** The first part holding each vacancy: the one that reports the vacancy's validation issues. */
  ownerOf: Int32Array;
}

const RAD = Math.PI / 180;
/** Widening of every reach box beyond the exact bound, degrees (≈ 1 km), against rounding. */
const MARGIN_DEG = 0.01;
/** Cells on each side of the grid that estimates the candidates' work. */
const DENSITY_CELLS = 256;
/**
 * A candidate's shortlist costs about as much as this many vacancies in reach besides them. Measured on
 * the national-shaped benchmark with two workers: ≈ 0.6 ms a candidate (mostly meeting the job shapes
 * of the country once) + 35 ns a vacancy in reach (parts of 92,061 candidates with 38,262 vacancies in
 * reach each and 157,939 with 21,885 took 178 s and 215 s).
 */
const CANDIDATE_WORK = 17_000;

/** Finite (lat, lon) of `record[key]` in an unvalidated record, or undefined. */
function placeOf(record: unknown, key: 'home' | 'location'): { lat: number; lon: number } | undefined {
  if (!isRecord(record)) return undefined;
  const p = record[key];
  if (!isRecord(p)) return undefined;
  const { lat, lon } = p;
  return typeof lat === 'number' && Number.isFinite(lat) && typeof lon === 'number' && Number.isFinite(lon)
    ? { lat, lon }
    : undefined;
}

/** The commute limit of an unvalidated candidate: the matcher's rule, else the larger default. */
function reachKm(record: unknown, commute: { defaultKm: number; travelLimitedKm: number }): number {
  try {
    return commuteLimitKm(record as Candidate, commute);
  } catch {
    return Math.max(commute.defaultKm, commute.travelLimitedKm);
  }
}

/**
 * @internal Splits the candidates by place into `count` runs (sorted by home longitude, then latitude,
 * then index; records without finite coordinates first) of equal estimated shortlist work — a
 * candidate with many vacancies in reach counts for more (see `workOf`), since runs of equal size
 * differ up to 1.4× in work between the Randstad and the east — and gives each part every vacancy
 * inside its candidates' bounding box widened by their largest commute limit. The widening is
 * conservative: a path of angle δ from a point stays within δ in latitude and changes longitude by at
 * most δ / cos(φ) for φ the most poleward latitude it can reach. A vacancy that no part reaches, or
 * without finite coordinates, goes to part 0 only (so its validation issues and errors are reported,
 * as by one matcher). Every part has a candidate: with fewer candidates than `count`, one part each
 * (at least one part).
 *
 * @example
 * const { parts } = partition(region, 2, { defaultKm: 15, travelLimitedKm: 5 });
 */
export function partition(
  input: { candidates: readonly unknown[]; vacancies: readonly unknown[] },
  count: number,
  commute: { defaultKm: number; travelLimitedKm: number },
): Partition {
  const nC = input.candidates.length;
  const nV = input.vacancies.length;
  const w = Math.max(1, Math.min(count, nC));
  const lat = new Float64Array(nC);
  const lon = new Float64Array(nC);
  const limit = new Float64Array(nC);
  for (let c = 0; c < nC; c++) {
    const p = placeOf(input.candidates[c], 'home');
    lat[c] = p?.lat ?? Number.NEGATIVE_INFINITY;
    lon[c] = p?.lon ?? Number.NEGATIVE_INFINITY;
    limit[c] = p === undefined ? 0 : reachKm(input.candidates[c], commute);
  }
  const order = new Int32Array(nC);
  for (let c = 0; c < nC; c++) order[c] = c;
  // −∞ − −∞ is NaN, which falls through to the next key like 0.
  order.sort((a, b) => lon[a]! - lon[b]! || lat[a]! - lat[b]! || a - b);
  // Runs of equal work; each part gets at least one candidate.
  const work = workOf(lat, lon, limit, input.vacancies);
  let total = 0;
  for (let c = 0; c < nC; c++) total += work[c]!;
  const partOf = new Int32Array(nC);
  for (let r = 0, p = 0, first = 0, done = 0; r < nC; r++) {
    if (p < w - 1 && r > first && (done >= ((p + 1) * total) / w || nC - r === w - 1 - p)) {
      p++;
      first = r;
    }
    partOf[order[r]!] = p;
    done += work[order[r]!]!;
  }

  // Per part: its candidates in global order, and the box (lat/lon bounds) its candidates reach.
  const sizes = new Int32Array(w);
  for (let c = 0; c < nC; c++) sizes[partOf[c]!]!++;
  const members = Array.from(sizes, (n) => new Int32Array(n));
  const localOf = new Int32Array(nC);
  const filled = new Int32Array(w);
  const box = new Float64Array(4 * w); // latLo, latHi, lonLo, lonHi
  const reach = new Float64Array(w);
  for (let p = 0; p < w; p++) box.set([Infinity, -Infinity, Infinity, -Infinity], 4 * p);
  for (let c = 0; c < nC; c++) {
    const p = partOf[c]!;
    localOf[c] = filled[p]!;
    members[p]![filled[p]!++] = c;
    if (lat[c] === Number.NEGATIVE_INFINITY) continue;
    const b = 4 * p;
    box[b] = Math.min(box[b]!, lat[c]!);
    box[b + 1] = Math.max(box[b + 1]!, lat[c]!);
    box[b + 2] = Math.min(box[b + 2]!, lon[c]!);
    box[b + 3] = Math.max(box[b + 3]!, lon[c]!);
    reach[p] = Math.max(reach[p]!, limit[c]!);
  }
  for (let p = 0; p < w; p++) widen(box, 4 * p, reach[p]!);

  const chosen: number[][] = Array.from({ length: w }, () => []);
  const ownerOf = new Int32Array(nV);
  for (let v = 0; v < nV; v++) {
    const place = placeOf(input.vacancies[v], 'location');
    let owner = -1;
    if (place !== undefined) {
      for (let p = 0; p < w; p++) {
        const b = 4 * p;
        if (
          place.lat < box[b]! ||
          place.lat > box[b + 1]! ||
          place.lon < box[b + 2]! ||
          place.lon > box[b + 3]!
        )
          continue;
        chosen[p]!.push(v);
        if (owner < 0) owner = p;
      }
    }
    if (owner < 0) {
      chosen[0]!.push(v);
      owner = 0;
    }
    ownerOf[v] = owner;
  }
  const parts = members.map((candidates, p) => ({ candidates, vacancies: Int32Array.from(chosen[p]!) }));
  return { parts, partOf, localOf, ownerOf };
}

/**
 * The estimated shortlist work of each candidate: {@link CANDIDATE_WORK} + the vacancies within its
 * commute limit (π/4 of those in the box the limit spans around its home, from a summed-area table over
 * a grid of vacancy counts); without finite coordinates only the first term.
 */
function workOf(
  lat: Float64Array,
  lon: Float64Array,
  limit: Float64Array,
  vacancies: readonly unknown[],
): Float64Array {
  const nC = lat.length;
  const work = new Float64Array(nC).fill(CANDIDATE_WORK);
  // The grid spans the candidates' homes widened by the largest limit.
  const box = Float64Array.of(Infinity, -Infinity, Infinity, -Infinity);
  let farthest = 0;
  for (let c = 0; c < nC; c++) {
    if (lat[c] === Number.NEGATIVE_INFINITY) continue;
    box[0] = Math.min(box[0]!, lat[c]!);
    box[1] = Math.max(box[1]!, lat[c]!);
    box[2] = Math.min(box[2]!, lon[c]!);
    box[3] = Math.max(box[3]!, lon[c]!);
    farthest = Math.max(farthest, limit[c]!);
  }
  widen(box, 0, farthest);
  if (!box.every(Number.isFinite)) return work;
  const n = DENSITY_CELLS;
  const latStep = (box[1]! - box[0]!) / n;
  const lonStep = (box[3]! - box[2]!) / n;
  const cell = (x: number, lo: number, step: number) =>
    Math.min(n - 1, Math.max(0, Math.floor((x - lo) / step)));
  // sum[(i + 1)(n + 1) + j + 1]: vacancies in cells [0, i] × [0, j].
  const sum = new Float64Array((n + 1) * (n + 1));
  for (const v of vacancies) {
    const place = placeOf(v, 'location');
    if (
      place === undefined ||
      place.lat < box[0]! ||
      place.lat > box[1]! ||
      place.lon < box[2]! ||
      place.lon > box[3]!
    )
      continue;
    sum[(cell(place.lat, box[0]!, latStep) + 1) * (n + 1) + cell(place.lon, box[2]!, lonStep) + 1]!++;
  }
  const at = (i: number, j: number) => sum[i * (n + 1) + j]!;
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= n; j++) sum[i * (n + 1) + j]! += at(i - 1, j) + at(i, j - 1) - at(i - 1, j - 1);
  for (let c = 0; c < nC; c++) {
    if (lat[c] === Number.NEGATIVE_INFINITY) continue;
    const dLat = limit[c]! / EARTH_RADIUS_KM / RAD;
    const dLon = dLat / Math.max(Math.cos(lat[c]! * RAD), 1e-9);
    const i0 = cell(lat[c]! - dLat, box[0]!, latStep);
    const i1 = cell(lat[c]! + dLat, box[0]!, latStep) + 1;
    const j0 = cell(lon[c]! - dLon, box[2]!, lonStep);
    const j1 = cell(lon[c]! + dLon, box[2]!, lonStep) + 1;
    // The circle of reach covers π/4 of its box.
    work[c]! += (Math.PI / 4) * (at(i1, j1) - at(i0, j1) - at(i1, j0) + at(i0, j0));
  }
  return work;
}

/** Widens the box at `box[b .. b + 4)` by `km` (an empty box stays empty; too far reaches everything). */
function widen(box: Float64Array, b: number, km: number): void {
  if (box[b]! > box[b + 1]!) return;
  const angle = km / EARTH_RADIUS_KM;
  const dLat = angle / RAD + MARGIN_DEG;
  const latLo = box[b]! - dLat;
  const latHi = box[b + 1]! + dLat;
  box[b] = latLo;
  box[b + 1] = latHi;
  const poleward = Math.max(Math.abs(latLo), Math.abs(latHi));
  const dLon = poleward < 89 ? angle / Math.cos(poleward * RAD) / RAD + MARGIN_DEG : Infinity;
  const lonLo = box[b + 2]! - dLon;
  const lonHi = box[b + 3]! + dLon;
  // Across the antimeridian (or from near a pole) every longitude may be in reach.
  const wraps = !(lonLo >= -180 && lonHi <= 180);
  box[b + 2] = wraps ? -Infinity : lonLo;
  box[b + 3] = wraps ? Infinity : lonHi;
}
