import { EARTH_RADIUS_KM } from '../geo/distance.js';

const RAD = Math.PI / 180;
/** Widening of every reach box beyond the exact bound, degrees (≈ 1 km), against rounding. */
const MARGIN_DEG = 0.01;

/**
 * @internal Widens the box at `box[b .. b + 4)` (latLo, latHi, lonLo, lonHi) by `km`: conservative,
 * since a path of angle δ from a point stays within δ in latitude and changes longitude by at most
 * δ / cos(φ) for φ the most poleward latitude it can reach. An empty box stays empty; across the
 * antimeridian (or from near a pole) every longitude may be in reach (±∞).
 *
 * @example
 * const box = Float64Array.of(52, 52, 5, 5);
 * widen(box, 0, 15); // box ≈ [51.86, 52.14, 4.77, 5.23]
 */
export function widen(box: Float64Array, b: number, km: number): void {
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
  const wraps = !(lonLo >= -180 && lonHi <= 180);
  box[b + 2] = wraps ? -Infinity : lonLo;
  box[b + 3] = wraps ? Infinity : lonHi;
}

/**
 * The box (latLo, latHi, lonLo, lonHi) of the homes with a place (a latitude of −∞ has none),
 * widened by the longest commute limit among them: every vacancy any of them can reach lies inside.
 * Without a home it stays empty (+∞, −∞, +∞, −∞).
 *
 * @example
 * reachBox(Float64Array.of(52), Float64Array.of(5), Float64Array.of(15)); // ≈ [51.86, 52.14, 4.77, 5.23]
 */
export function reachBox(lat: Float64Array, lon: Float64Array, limit: Float64Array): Float64Array {
  const box = Float64Array.of(Infinity, -Infinity, Infinity, -Infinity);
  let farthest = 0;
  for (let c = 0; c < lat.length; c++) {
    if (lat[c] === Number.NEGATIVE_INFINITY) continue;
    box[0] = Math.min(box[0]!, lat[c]!);
    box[1] = Math.max(box[1]!, lat[c]!);
    box[2] = Math.min(box[2]!, lon[c]!);
    box[3] = Math.max(box[3]!, lon[c]!);
    farthest = Math.max(farthest, limit[c]!);
  }
  widen(box, 0, farthest);
  return box;
}

/** hav(x) = sin²(x / 2). */
function hav(x: number): number {
  const s = Math.sin(x / 2);
  return s * s;
}

/**
 * @internal A grid over the candidates' homes widened by their longest commute limit, telling which
 * vacancies a set of candidates may reach: those in a cell that meets the reach of a cell holding one
 * of them, each cell reaching as far as its farthest-reaching candidate. Every vacancy within reach
 * is told (see `#spread`), and a few beyond it, up to a cell and {@link MARGIN_DEG} away. Homes and
 * limits are columns (latitude −∞ for a candidate without a finite home: it reaches nothing).
 *
 * @example
 * const grid = new ReachGrid(Float64Array.of(52), Float64Array.of(5), Float64Array.of(15), 256);
 * const flags = new Uint8Array(2);
 * const cells = grid.cellsOf(Float64Array.of(52.1, 53), Float64Array.of(5, 5));
 * grid.mark(Int32Array.of(0), cells, flags); // 1; flags [1, 0]
 */
export class ReachGrid {
  readonly #limit: Float64Array;
  /** Cells on each side. */
  readonly #n: number;
  /** latLo, latHi, lonLo, lonHi of the grid. */
  readonly #box: Float64Array;
  readonly #latStep: number;
  readonly #lonStep: number;
  /** The longest limit of the members' candidates in each cell, −1 in a cell without one. */
  readonly #farthest: Float64Array;
  /** Per row, the differences (then counts) of the reaches meeting each cell, n + 1 a row. */
  readonly #covered: Int32Array;
  /** The cell of each home (row-major, n a row), −1 without one. */
  readonly #home: Int32Array;
  /** Per commute limit and row, the widenings {@link #widthsOf} computed. */
  readonly #widths = new Map<number, (Float64Array | undefined)[]>();

  constructor(lat: Float64Array, lon: Float64Array, limit: Float64Array, cells: number) {
    this.#limit = limit;
    this.#n = cells;
    this.#farthest = new Float64Array(cells * cells);
    this.#covered = new Int32Array(cells * (cells + 1));
    const box = reachBox(lat, lon, limit);
    this.#box = box;
    if (box[2] === Number.NEGATIVE_INFINITY) {
      box[2] = -180;
      box[3] = 180;
    }
    this.#latStep = (box[1]! - box[0]!) / cells;
    this.#lonStep = (box[3]! - box[2]!) / cells;
    this.#home = new Int32Array(lat.length).fill(-1);
    for (let c = 0; c < lat.length; c++)
      if (lat[c] !== Number.NEGATIVE_INFINITY)
        this.#home[c] =
          this.#cell(lat[c]!, box[0]!, this.#latStep) * cells + this.#cell(lon[c]!, box[2]!, this.#lonStep);
  }

  /** Cell of `x` along an axis starting at `lo`, clamped to the grid. */
  #cell(x: number, lo: number, step: number): number {
    return Math.min(this.#n - 1, Math.max(0, Math.floor((x - lo) / step)));
  }

  /**
   * The cell of each vacancy (columns `vLat`, `vLon`; NaN for none), row-major with a row of n + 1
   * (as the cover counts are kept), or −1 outside the grid
   * or without a place (beyond every candidate's reach): computed once for every {@link mark}.
   */
  cellsOf(vLat: Float64Array, vLon: Float64Array): Int32Array {
    const [latLo, latHi, lonLo, lonHi] = this.#box as unknown as [number, number, number, number];
    const cells = new Int32Array(vLat.length).fill(-1);
    for (let v = 0; v < vLat.length; v++) {
      const y = vLat[v]!;
      const x = vLon[v]!;
      // NaN fails every comparison; an empty grid's box (+∞, −∞) holds nothing.
      if (!(y >= latLo && y <= latHi && x >= lonLo && x <= lonHi)) continue;
      cells[v] = this.#cell(y, latLo, this.#latStep) * (this.#n + 1) + this.#cell(x, lonLo, this.#lonStep);
    }
    return cells;
  }

  /** How many of `cells` (from {@link cellsOf}) fall in each cell of the grid. */
  countPerCell(cells: Int32Array): Int32Array {
    const counts = new Int32Array(this.#n * (this.#n + 1));
    for (const at of cells) if (at >= 0) counts[at]!++;
    return counts;
  }

  /**
   * Sets `flags[v]` (when given) for every vacancy (`cells` from {@link cellsOf}) the candidates
   * `members` may reach, and returns how many there are. O(members + vacancies + cells + the rows
   * each occupied cell reaches).
   */
  mark(members: Int32Array, cells: Int32Array, flags?: Uint8Array): number {
    if (!this.#cover(members)) return 0;
    const cover = this.#covered;
    let count = 0;
    for (let v = 0; v < cells.length; v++) {
      const at = cells[v]!;
      if (at < 0 || cover[at]! <= 0) continue;
      count++;
      if (flags !== undefined) flags[v] = 1;
    }
    return count;
  }

  /**
   * How many vacancies the candidates `members` may reach, from the vacancies in each cell
   * (`counts`, from {@link countPerCell}): the count {@link mark} returns, in O(members + cells + the
   * rows each occupied cell reaches).
   */
  count(members: Int32Array, counts: Int32Array): number {
    if (!this.#cover(members)) return 0;
    const n = this.#n;
    const cover = this.#covered;
    let count = 0;
    // The last of each row's n + 1 counts stays 0 in `counts`.
    for (let at = 0; at < n * (n + 1); at++) if (cover[at]! > 0) count += counts[at]!;
    return count;
  }

  /**
   * Counts in {@link #covered} the reaches of `members` meeting each cell; false when the grid is
   * empty (no candidate has a home).
   */
  #cover(members: Int32Array): boolean {
    const n = this.#n;
    if (!(this.#box[0]! <= this.#box[1]!)) return false;
    const farthest = this.#farthest;
    farthest.fill(-1);
    const occupied: number[] = [];
    for (const c of members) {
      const at = this.#home[c]!;
      if (at < 0) continue;
      if (farthest[at]! < 0) occupied.push(at);
      farthest[at] = Math.max(farthest[at]!, this.#limit[c]!);
    }
    const cover = this.#covered;
    cover.fill(0);
    for (const at of occupied) this.#spread(Math.floor(at / n), at % n, farthest[at]!);
    const row = n + 1;
    for (let i = 0; i < n; i++) for (let j = 1; j < n; j++) cover[i * row + j]! += cover[i * row + j - 1]!;
    return true;
  }

  /**
   * Adds to each row the span of cells within `km` of a point of cell (`i`, `j`). A point p within
   * angle δ = km / R of a point q of the cell has, by the haversine formula,
   * hav(Δλ) ≤ (hav δ − hav Δφ) / (cos φp cos φq), with Δφ at least the gap between the row's and the
   * cell's latitudes and the cosines at least that of the most poleward latitude of either: so p's
   * longitude is within the cell's widened by that Δλ. Angles are widened by {@link MARGIN_DEG}
   * against rounding; a span that may cross the antimeridian (or reach a pole), or of a quarter turn or
   * more, is the whole row.
   */
  #spread(i: number, j: number, km: number): void {
    const n = this.#n;
    const lonLo = this.#box[2]!;
    const lonStep = this.#lonStep;
    const delta = km / EARTH_RADIUS_KM + MARGIN_DEG * RAD;
    const rows = Math.ceil(delta / RAD / this.#latStep) + 1;
    const widths = this.#widthsOf(i, km, delta, rows);
    const b0 = lonLo + j * lonStep;
    const b1 = b0 + lonStep;
    const row = n + 1;
    for (let k = Math.max(0, i - rows); k <= Math.min(n - 1, i + rows); k++) {
      const dLon = widths[k - i + rows]!;
      if (dLon < 0) continue;
      const from = b0 - dLon;
      const to = b1 + dLon;
      const whole = !(from >= -180 && to <= 180);
      this.#covered[k * row + (whole ? 0 : this.#cell(from, lonLo, lonStep))]!++;
      this.#covered[k * row + (whole ? n : this.#cell(to, lonLo, lonStep) + 1)]!--;
    }
  }

  /**
   * For row `i` and a reach of `km` (angle `delta`, `rows` rows each way), the widening Δλ (degrees,
   * see {@link #spread}) of each row from i − rows to i + rows, −1 for a row beyond reach; the same for
   * every cell of the row, so computed once per row and limit.
   */
  #widthsOf(i: number, km: number, delta: number, rows: number): Float64Array {
    let ofRow = this.#widths.get(km);
    if (ofRow === undefined) {
      ofRow = new Array(this.#n);
      this.#widths.set(km, ofRow);
    }
    const known = ofRow[i];
    if (known !== undefined) return known;
    const latLo = this.#box[0]!;
    const latStep = this.#latStep;
    const havDelta = hav(delta);
    const a0 = latLo + i * latStep;
    const a1 = a0 + latStep;
    const widths = new Float64Array(2 * rows + 1).fill(-1);
    for (let k = Math.max(0, i - rows); k <= Math.min(this.#n - 1, i + rows); k++) {
      const y0 = latLo + k * latStep;
      const y1 = y0 + latStep;
      const gap = Math.max(0, y0 - a1, a0 - y1) * RAD;
      if (gap > delta) continue;
      const poleward = Math.max(Math.abs(Math.min(a0, y0)), Math.abs(Math.max(a1, y1)));
      const cos = Math.cos(Math.min(90, poleward) * RAD);
      const ratio = (havDelta - hav(gap)) / (cos * cos);
      widths[k - i + rows] =
        ratio < 1 && delta < Math.PI / 2 ? (2 * Math.asin(Math.sqrt(ratio))) / RAD + MARGIN_DEG : Infinity;
    }
    ofRow[i] = widths;
    return widths;
  }
}
