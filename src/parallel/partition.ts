import { isRecord } from '../_internal/guard.js';
import { commuteLimitKm } from '../domain/commute.js';
import type { Candidate } from '../domain/schemas.js';
import { EARTH_RADIUS_KM } from '../geo/distance.js';
import { ReachGrid, reachBox } from './reach.js';

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
  /** The direction (east, north: degrees of longitude and latitude) along which the runs follow. */
  direction: [number, number];
}

const RAD = Math.PI / 180;
/** Cells on each side of the grid that estimates the candidates' work. */
const DENSITY_CELLS = 256;
/**
 * A candidate's shortlist costs about as much as this many vacancies in reach besides them. Measured on
 * the national-shaped benchmark with two workers: ≈ 0.6 ms a candidate (mostly meeting the job shapes
 * of the country once) + 35 ns a vacancy in reach (parts of 92,061 candidates with 38,262 vacancies in
 * reach each and 157,939 with 21,885 took 178 s and 215 s).
 */
const CANDIDATE_WORK = 17_000;
/**
 * Compiling a vacancy costs about as much as this many vacancies in reach: ≈ 0.12 ms a vacancy
 * (`createMatcher` of the national-shaped benchmark's 40,000 vacancies at scale 0.1: 4.4–5.5 s).
 */
const VACANCY_WORK = 3_500;
/** Directions (half-turn steps from east) along which the candidates may be cut into runs. */
const DIRECTIONS = 12;
/** Cells on each side of the grid that tells the vacancies a part may reach (≈ 0.6 km in the Netherlands). */
const REACH_CELLS = 512;
/** Cells on each side of the coarser grid that compares the directions. */
const SEARCH_CELLS = 128;
/** Bins of the projections in which {@link costAlong} cuts the runs. */
const COST_BINS = 4096;

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
 * @internal Splits the candidates by place into `count` runs of equal estimated shortlist work — a
 * candidate with many vacancies in reach counts for more (see `workOf`), since runs of equal size
 * differ up to 1.4× in work between the Randstad and the east — and gives each part the vacancies
 * its candidates may reach (see {@link ReachGrid}). The runs follow one of {@link DIRECTIONS}
 * directions across the map (candidates sorted by the projection of their home on it, then index;
 * records without finite coordinates first): the one whose parts' largest estimated work, vacancies
 * compiled included ({@link VACANCY_WORK} each), is least, so the cut runs where few vacancies are
 * in reach of both sides (the first direction, west to east, on a tie). A vacancy that no part
 * reaches, or without finite coordinates, goes to part 0 only (so its validation issues and errors
 * are reported, as by one matcher). Every part has a candidate: with fewer candidates than `count`,
 * one part each (at least one part).
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
  const vLat = new Float64Array(nV);
  const vLon = new Float64Array(nV);
  for (let v = 0; v < nV; v++) {
    const p = placeOf(input.vacancies[v], 'location');
    vLat[v] = p?.lat ?? Number.NaN;
    vLon[v] = p?.lon ?? Number.NaN;
  }
  const work = workOf(lat, lon, limit, vLat, vLon);
  const directions = directionsFor(lat);
  let best = directions[0]!;
  let bestCost = Infinity;
  if (w > 1) {
    const coarse = new ReachGrid(lat, lon, limit, SEARCH_CELLS);
    const perCell = coarse.countPerCell(coarse.cellsOf(vLat, vLon));
    for (const direction of directions) {
      const cost = costAlong(direction, lat, lon, work, w, (members) => coarse.count(members, perCell));
      if (cost < bestCost) {
        bestCost = cost;
        best = direction;
      }
    }
  }
  const { order, ends } = runsAlong(best, lat, lon, work, w);
  const partOf = new Int32Array(nC);
  const localOf = new Int32Array(nC);
  const members: Int32Array[] = [];
  for (let p = 0, first = 0; p < w; first = ends[p++]!) {
    const run = order.slice(first, ends[p]).sort();
    run.forEach((c, i) => {
      partOf[c] = p;
      localOf[c] = i;
    });
    members.push(run);
  }

  // Part 0 last: it also takes the vacancies no other part reaches.
  const grid = new ReachGrid(lat, lon, limit, REACH_CELLS);
  const cells = grid.cellsOf(vLat, vLon);
  const ownerOf = new Int32Array(nV).fill(-1);
  const flags = new Uint8Array(nV);
  const chosen: Int32Array[] = new Array(w);
  for (let p = w - 1; p >= 0; p--) {
    flags.fill(0);
    grid.mark(members[p]!, cells, flags);
    const list = new Int32Array(nV);
    let size = 0;
    for (let v = 0; v < nV; v++) {
      if (flags[v] === 0 && (p > 0 || ownerOf[v]! >= 0)) continue;
      list[size++] = v;
      ownerOf[v] = p;
    }
    chosen[p] = list.slice(0, size);
  }
  const parts = members.map((candidates, p) => ({ candidates, vacancies: chosen[p]! }));
  return { parts, partOf, localOf, ownerOf, direction: best };
}

/**
 * Unit vectors (east, north; east in degrees of longitude scaled to the candidates' mean latitude)
 * along which runs may be cut: {@link DIRECTIONS} half-turn steps from east.
 */
function directionsFor(lat: Float64Array): [number, number][] {
  let sum = 0;
  let n = 0;
  for (const y of lat)
    if (y !== Number.NEGATIVE_INFINITY) {
      sum += y;
      n++;
    }
  const scale = Math.cos((n > 0 ? sum / n : 0) * RAD);
  return Array.from({ length: DIRECTIONS }, (_, d) => {
    const angle = (Math.PI * d) / DIRECTIONS;
    return [Math.cos(angle) * scale, Math.sin(angle)];
  });
}

/** Projection of each home on `direction` (−∞ without a finite home). */
function keysAlong([east, north]: [number, number], lat: Float64Array, lon: Float64Array): Float64Array {
  const key = new Float64Array(lat.length);
  for (let c = 0; c < lat.length; c++)
    key[c] =
      lat[c] === Number.NEGATIVE_INFINITY ? Number.NEGATIVE_INFINITY : east * lon[c]! + north * lat[c]!;
  return key;
}

/**
 * The bin of each key among {@link COST_BINS} equal bins between the least and the greatest finite
 * key (−∞ in the first): non-decreasing in the key, as each step of its arithmetic is.
 */
function binsOf(key: Float64Array): Int32Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (const k of key)
    if (k !== Number.NEGATIVE_INFINITY) {
      lo = Math.min(lo, k);
      hi = Math.max(hi, k);
    }
  const bin = new Int32Array(key.length);
  for (let c = 0; c < key.length; c++)
    bin[c] = key[c]! > lo ? Math.min(COST_BINS - 1, Math.floor(((key[c]! - lo) / (hi - lo)) * COST_BINS)) : 0;
  return bin;
}

/**
 * The estimated work of the busiest of `parts` runs along `direction`: its candidates' work and
 * {@link VACANCY_WORK} for each vacancy they may reach (`reach` of its candidates). The runs are cut
 * between {@link COST_BINS} bins of the projections (not one sort a direction), which moves each cut
 * by less than a bin's candidates.
 */
function costAlong(
  direction: [number, number],
  lat: Float64Array,
  lon: Float64Array,
  work: Float64Array,
  parts: number,
  reach: (members: Int32Array) => number,
): number {
  const nC = lat.length;
  const bin = binsOf(keysAlong(direction, lat, lon));
  const inBin = new Float64Array(COST_BINS);
  let total = 0;
  for (let c = 0; c < nC; c++) {
    inBin[bin[c]!]! += work[c]!;
    total += work[c]!;
  }
  // partOfBin[b]: the run of bin b, cut where the work done reaches (p + 1) / parts of the total.
  const partOfBin = new Int32Array(COST_BINS);
  for (let b = 0, p = 0, done = 0; b < COST_BINS; b++) {
    partOfBin[b] = p;
    done += inBin[b]!;
    while (p < parts - 1 && done >= ((p + 1) * total) / parts) p++;
  }
  const sizes = new Int32Array(parts);
  for (let c = 0; c < nC; c++) sizes[partOfBin[bin[c]!]!]!++;
  const members = Array.from(sizes, (n) => new Int32Array(n));
  sizes.fill(0);
  for (let c = 0; c < nC; c++) {
    const p = partOfBin[bin[c]!]!;
    members[p]![sizes[p]!++] = c;
  }
  let cost = 0;
  for (const run of members) {
    let sum = VACANCY_WORK * reach(run);
    for (const c of run) sum += work[c]!;
    cost = Math.max(cost, sum);
  }
  return cost;
}

/**
 * The candidates in order along `direction` (homes projected on it, then index; without a finite
 * home first) and the end of each of `parts` runs of equal work (each with at least one candidate).
 */
function runsAlong(
  direction: [number, number],
  lat: Float64Array,
  lon: Float64Array,
  work: Float64Array,
  parts: number,
): { order: Int32Array; ends: Int32Array } {
  const nC = lat.length;
  const key = keysAlong(direction, lat, lon);
  // By bin first (a counting sort, in index order), then within each bin: the bins are in the keys'
  // order, so this is the order of one sort of them all, with far fewer comparisons.
  const bin = binsOf(key);
  const starts = new Int32Array(COST_BINS + 1);
  for (let c = 0; c < nC; c++) starts[bin[c]! + 1]!++;
  for (let b = 0; b < COST_BINS; b++) starts[b + 1]! += starts[b]!;
  const order = new Int32Array(nC);
  const next = starts.slice(0, COST_BINS);
  for (let c = 0; c < nC; c++) order[next[bin[c]!]!++] = c;
  // −∞ − −∞ is NaN, which falls through to the index like 0.
  const byKey = (a: number, b: number) => key[a]! - key[b]! || a - b;
  for (let b = 0; b < COST_BINS; b++)
    if (starts[b + 1]! - starts[b]! > 1) order.subarray(starts[b]!, starts[b + 1]!).sort(byKey);
  let total = 0;
  for (let c = 0; c < nC; c++) total += work[c]!;
  const ends = new Int32Array(parts);
  ends[parts - 1] = nC;
  for (let r = 0, p = 0, first = 0, done = 0; r < nC && p < parts - 1; r++) {
    if (r > first && (done >= ((p + 1) * total) / parts || nC - r === parts - 1 - p)) {
      ends[p++] = r;
      first = r;
    }
    done += work[order[r]!]!;
  }
  return { order, ends };
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
  vLat: Float64Array,
  vLon: Float64Array,
): Float64Array {
  const nC = lat.length;
  const work = new Float64Array(nC).fill(CANDIDATE_WORK);
  // The grid spans the candidates' homes widened by the largest limit.
  const box = reachBox(lat, lon, limit);
  if (!box.every(Number.isFinite)) return work;
  const n = DENSITY_CELLS;
  const latStep = (box[1]! - box[0]!) / n;
  const lonStep = (box[3]! - box[2]!) / n;
  const cell = (x: number, lo: number, step: number) =>
    Math.min(n - 1, Math.max(0, Math.floor((x - lo) / step)));
  // sum[(i + 1)(n + 1) + j + 1]: vacancies in cells [0, i] × [0, j].
  const sum = new Float64Array((n + 1) * (n + 1));
  for (let v = 0; v < vLat.length; v++) {
    const y = vLat[v]!;
    const x = vLon[v]!;
    // NaN (no place) fails every comparison.
    if (!(y >= box[0]! && y <= box[1]! && x >= box[2]! && x <= box[3]!)) continue;
    sum[(cell(y, box[0]!, latStep) + 1) * (n + 1) + cell(x, box[2]!, lonStep) + 1]!++;
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
