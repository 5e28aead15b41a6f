import { NETHERLANDS_BBOX } from '../domain/schemas.js';

const KM_PER_DEG_LAT = 111.2;
const DEG = Math.PI / 180;
/**
 * Slack on the cell-skipping test: the flat-earth distance to a cell (with the smallest cosine of
 * the latitudes involved) is within a fraction of a percent of the great-circle distance at Dutch
 * latitudes and distances; 2% and 0.1 km keep every cell that may hold a point within the radius.
 */
const SKIP_FACTOR = 1.02;
const SKIP_KM = 0.1;

/**
 * A latitude/longitude grid over the Netherlands (cells of about `cellKm`) whose cells
 * hold point indices in ascending order; points can be added and removed. Queries visit the cells
 * that may hold a point within a circle, nearest cell first (a superset the caller filters by exact
 * distance; the order lets a top-k search raise its threshold early).
 */
export class DynamicGrid {
  readonly latStep: number;
  readonly lonStep: number;
  readonly cols: number;
  private readonly cells = new Map<number, number[]>();
  /** Reused per query: cells to visit and their distances. */
  private order = new Int32Array(64);
  private gap = new Float64Array(64);

  constructor(readonly cellKm = 5) {
    this.latStep = cellKm / KM_PER_DEG_LAT;
    // Cells are cellKm wide at the southern edge and narrower further north.
    this.lonStep = cellKm / (KM_PER_DEG_LAT * Math.cos(NETHERLANDS_BBOX.minLat * DEG));
    this.cols = Math.ceil((NETHERLANDS_BBOX.maxLon - NETHERLANDS_BBOX.minLon) / this.lonStep) + 1;
  }

  private cellOf(lat: number, lon: number): number {
    const r = Math.floor((lat - NETHERLANDS_BBOX.minLat) / this.latStep);
    const c = Math.floor((lon - NETHERLANDS_BBOX.minLon) / this.lonStep);
    return r * this.cols + c;
  }

  /** Adds point `i` (indices must be added in ascending order per cell, as appending does). */
  add(i: number, lat: number, lon: number): void {
    const cell = this.cellOf(lat, lon);
    const list = this.cells.get(cell);
    if (list === undefined) this.cells.set(cell, [i]);
    else if (list.length === 0 || list[list.length - 1]! < i) list.push(i);
    else {
      let pos = list.length;
      while (pos > 0 && list[pos - 1]! > i) pos--;
      list.splice(pos, 0, i);
    }
  }

  remove(i: number, lat: number, lon: number): void {
    const list = this.cells.get(this.cellOf(lat, lon));
    if (list === undefined) return;
    const at = list.indexOf(i);
    if (at >= 0) list.splice(at, 1);
  }

  /**
   * Calls `visit(i)` for every point in the cells that may hold a point within `radiusKm` of
   * (lat, lon): nearest cells first (ties by cell number), cells wholly outside the circle skipped.
   * Not reentrant: `visit` must not query the same grid.
   */
  forEachNear(lat: number, lon: number, radiusKm: number, visit: (i: number) => void): void {
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
      const list = this.cells.get(order[q]!)!;
      for (let k = 0; k < list.length; k++) visit(list[k]!);
    }
  }
}
