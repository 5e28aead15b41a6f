import { NETHERLANDS_BBOX } from './bbox.js';

const KM_PER_DEG_LAT = 111.2;
const DEG = Math.PI / 180;
/**
 * Slack on the cell-skipping test: the flat-earth distance to a cell (with the smallest cosine of
 * the latitudes involved) is within a fraction of a percent of the great-circle distance at Dutch
 * latitudes and distances; 2% and 0.1 km keep every cell that may hold a point within the radius.
 */
const SKIP_FACTOR = 1.02;
const SKIP_KM = 0.1;

/** Inserts row `pos` of `width` values (missing ones 0) into a packed array of rows. */
function insertRow(rows: number[], pos: number, width: number, values: readonly number[]): void {
  if (width === 0) return;
  if (pos * width === rows.length) {
    for (let k = 0; k < width; k++) rows.push(values[k] ?? 0);
    return;
  }
  const row = new Array<number>(width);
  for (let k = 0; k < width; k++) row[k] = values[k] ?? 0;
  rows.splice(pos * width, 0, ...row);
}

/** Inserts row `pos` of `width` whole numbers (missing ones 0) into the first `n` rows of `rows`, growing it. */
function insertIntRow(
  rows: Int32Array,
  n: number,
  pos: number,
  width: number,
  values: readonly number[],
): Int32Array {
  let out = rows;
  if (out.length < (n + 1) * width) {
    out = new Int32Array(Math.max(2 * rows.length, (n + 1) * width, 4 * width));
    out.set(rows.subarray(0, n * width));
  }
  out.copyWithin((pos + 1) * width, pos * width, n * width);
  for (let k = 0; k < width; k++) out[pos * width + k] = values[k] ?? 0;
  return out;
}

/**
 * One cell of a {@link DynamicGrid}: point indices (ascending; in a grouped grid by their first
 * whole number, then ascending), `stride` numbers of payload each in `data` and `intStride` whole
 * numbers each in `ints` (a typed array, room for more at its end: a point's row is at `intStride ×`
 * its place in `ids`), and in `top` the most of each of `tops` numbers over the points ever added (an
 * upper bound once points are removed), for bounds a caller computes once a cell. In a grouped grid,
 * `runs[0 .. runCount]` are the places where each run of rows with the same first whole number starts,
 * and `runs[runCount]` is the number of points, so a caller settles a run with one test; `runKeys[g]`
 * is run g's first whole number (read in order, not from the rows spread over `ints`).
 */
export interface GridCell {
  readonly ids: number[];
  readonly data: number[];
  ints: Int32Array;
  readonly top: number[];
  runs: Int32Array;
  runKeys: Int32Array;
  runCount: number;
  /** Points were added or removed since the rows were last grouped (grouped grids only). */
  stale: boolean;
}

/** Sorts a grouped cell's rows by their first whole number, then index, and finds its runs. */
function regroup(cell: GridCell, stride: number, width: number): void {
  const { ids, data, ints } = cell;
  const n = ids.length;
  const order = new Int32Array(n);
  for (let q = 0; q < n; q++) order[q] = q;
  order.sort((a, b) => ints[a * width]! - ints[b * width]! || ids[a]! - ids[b]!);
  const oldIds = ids.slice();
  const oldData = data.slice();
  const oldInts = ints.slice(0, n * width);
  if (cell.runs.length < n + 1) {
    cell.runs = new Int32Array(n + 1);
    cell.runKeys = new Int32Array(n + 1);
  }
  const runs = cell.runs;
  const runKeys = cell.runKeys;
  let count = 0;
  for (let q = 0; q < n; q++) {
    const from = order[q]!;
    ids[q] = oldIds[from]!;
    for (let k = 0; k < stride; k++) data[q * stride + k] = oldData[from * stride + k]!;
    for (let k = 0; k < width; k++) ints[q * width + k] = oldInts[from * width + k]!;
    if (q === 0 || ints[q * width] !== ints[(q - 1) * width]) {
      runKeys[count] = ints[q * width]!;
      runs[count++] = q;
    }
  }
  runs[count] = n;
  cell.runCount = count;
  cell.stale = false;
}

/**
 * A latitude/longitude grid over the Netherlands (cells of about `cellKm`) whose cells
 * hold point indices in ascending order (grouped: see {@link GridCell}), each with an optional payload of `stride` numbers and
 * `intStride` whole numbers kept beside it (so a hot loop reads a cell as packed runs); points can
 * be added and removed. Queries
 * visit the cells that may hold a point within a circle, nearest cell first (a superset the caller
 * filters by exact distance; the order lets a top-k search raise its threshold early).
 */
export class DynamicGrid {
  readonly latStep: number;
  readonly lonStep: number;
  readonly cols: number;
  private readonly cells = new Map<number, GridCell>();
  /** Reused per query: cells to visit and their distances. */
  private order = new Int32Array(64);
  private gap = new Float64Array(64);

  /**
   * `grouped` (with `intStride` > 0): each cell's rows are kept in runs of the same first whole number
   * (see {@link GridCell}), grouped again lazily, when a query first visits a cell changed since.
   */
  constructor(
    readonly cellKm = 5,
    readonly stride = 0,
    readonly intStride = 0,
    readonly tops = 0,
    readonly grouped = false,
  ) {
    this.latStep = cellKm / KM_PER_DEG_LAT;
    // Cells are cellKm wide at the southern edge and narrower further north.
    this.lonStep = cellKm / (KM_PER_DEG_LAT * Math.cos(NETHERLANDS_BBOX.minLat * DEG));
    this.cols = Math.ceil((NETHERLANDS_BBOX.maxLon - NETHERLANDS_BBOX.minLon) / this.lonStep) + 1;
  }

  /**
   * A key that orders places along the grid's rows, every other row backwards (a serpentine), so that
   * places next in that order are near each other: visiting them in turn reuses the same cells.
   */
  serpentineKey(lat: number, lon: number): number {
    const r = Math.floor((lat - NETHERLANDS_BBOX.minLat) / this.latStep);
    const c = Math.min(
      this.cols - 1,
      Math.max(0, Math.floor((lon - NETHERLANDS_BBOX.minLon) / this.lonStep)),
    );
    return r * this.cols + (r % 2 === 0 ? c : this.cols - 1 - c);
  }

  private cellOf(lat: number, lon: number): number {
    const r = Math.floor((lat - NETHERLANDS_BBOX.minLat) / this.latStep);
    const c = Math.floor((lon - NETHERLANDS_BBOX.minLon) / this.lonStep);
    return r * this.cols + c;
  }

  /**
   * Adds point `i` with its payload (`stride` numbers, `intStride` whole numbers) and its `tops`
   * numbers (raising the cell's `top`), keeping the cell's indices ascending (grouped: see the constructor).
   */
  add(
    i: number,
    lat: number,
    lon: number,
    payload: readonly number[] = [],
    ints: readonly number[] = [],
    top: readonly number[] = [],
  ): void {
    const key = this.cellOf(lat, lon);
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = {
        ids: [],
        data: [],
        ints: new Int32Array(0),
        top: new Array<number>(this.tops).fill(Number.NEGATIVE_INFINITY),
        runs: new Int32Array(0),
        runKeys: new Int32Array(0),
        runCount: 0,
        stale: false,
      };
      this.cells.set(key, cell);
    }
    for (let k = 0; k < this.tops; k++) if ((top[k] ?? 0) > cell.top[k]!) cell.top[k] = top[k] ?? 0;
    const n = cell.ids.length;
    let pos = n;
    // A grouped cell takes the row at its end and sorts its rows when next visited.
    if (this.grouped) cell.stale = true;
    else while (pos > 0 && cell.ids[pos - 1]! > i) pos--;
    cell.ids.splice(pos, 0, i);
    insertRow(cell.data, pos, this.stride, payload);
    if (this.intStride > 0) cell.ints = insertIntRow(cell.ints, n, pos, this.intStride, ints);
  }

  remove(i: number, lat: number, lon: number): void {
    const cell = this.cells.get(this.cellOf(lat, lon));
    if (cell === undefined) return;
    const at = cell.ids.indexOf(i);
    if (at < 0) return;
    const w = this.intStride;
    cell.ints.copyWithin(at * w, (at + 1) * w, cell.ids.length * w);
    cell.ids.splice(at, 1);
    cell.data.splice(at * this.stride, this.stride);
    if (this.grouped) cell.stale = true;
  }

  /** Calls `visit(i)` for every point in the cells {@link forEachCellNear} visits, in that order. */
  forEachNear(lat: number, lon: number, radiusKm: number, visit: (i: number) => void): void {
    this.forEachCellNear(lat, lon, radiusKm, (cell) => {
      const ids = cell.ids;
      for (let k = 0; k < ids.length; k++) visit(ids[k]!);
    });
  }

  /**
   * Calls `visit(cell, nearKm)` for every cell that may hold a point within `radiusKm` of (lat, lon):
   * nearest cells first (ties by cell number), cells wholly outside the circle skipped; `nearKm` is a
   * great-circle distance no point of the cell is nearer than (the cell's flat-earth distance less the
   * skipping test's slack). Not reentrant: `visit` must not query the same grid.
   */
  forEachCellNear(
    lat: number,
    lon: number,
    radiusKm: number,
    visit: (cell: GridCell, nearKm: number) => void,
  ): void {
    const { minLat, minLon } = NETHERLANDS_BBOX;
    const dLat = radiusKm / KM_PER_DEG_LAT;
    const dLon = radiusKm / (KM_PER_DEG_LAT * Math.max(Math.cos(lat * DEG), 0.01));
    const r0 = Math.floor((lat - dLat - minLat) / this.latStep);
    const r1 = Math.floor((lat + dLat - minLat) / this.latStep);
    const c0 = Math.max(0, Math.floor((lon - dLon - minLon) / this.lonStep));
    const c1 = Math.min(this.cols - 1, Math.floor((lon + dLon - minLon) / this.lonStep));
    const most = (r1 - r0 + 1) * (c1 - c0 + 1);
    if (this.order.length < most) {
      this.order = new Int32Array(most * 2);
      this.gap = new Float64Array(most * 2);
    }
    const order = this.order;
    const gap = this.gap;
    const reach = radiusKm * SKIP_FACTOR + SKIP_KM;
    let n = 0;
    for (let r = r0; r <= r1; r++) {
      const south = minLat + r * this.latStep;
      const north = south + this.latStep;
      const dy = lat < south ? south - lat : lat > north ? lat - north : 0;
      // The smallest cosine over the point's and the cell's latitudes: a shorter east-west distance.
      const cos = Math.cos(Math.max(Math.abs(lat), Math.abs(south), Math.abs(north)) * DEG);
      for (let c = c0; c <= c1; c++) {
        const cell = r * this.cols + c;
        if (!this.cells.has(cell)) continue;
        const west = minLon + c * this.lonStep;
        const east = west + this.lonStep;
        const dx = lon < west ? west - lon : lon > east ? lon - east : 0;
        const km = KM_PER_DEG_LAT * Math.sqrt(dy * dy + dx * dx * cos * cos);
        if (km > reach) continue;
        // Insertion sort by distance, then cell number (few cells a query).
        let pos = n++;
        while (pos > 0 && (gap[pos - 1]! > km || (gap[pos - 1] === km && order[pos - 1]! > cell))) {
          gap[pos] = gap[pos - 1]!;
          order[pos] = order[pos - 1]!;
          pos--;
        }
        gap[pos] = km;
        order[pos] = cell;
      }
    }
    for (let q = 0; q < n; q++) {
      const cell = this.cells.get(order[q]!)!;
      if (cell.stale) regroup(cell, this.stride, this.intStride);
      visit(cell, Math.max(0, (gap[q]! - SKIP_KM) / SKIP_FACTOR));
    }
  }
}
