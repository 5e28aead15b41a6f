import { NETHERLANDS_BBOX } from '../domain/schemas.js';

const KM_PER_DEG_LAT = 111.2;

/**
 * A latitude/longitude grid over the Netherlands (cells of about `cellKm`) whose cells
 * hold point indices in ascending order; points can be added and removed. Queries visit the cells
 * overlapping a circle's bounding box (a superset the caller filters by exact distance).
 */
export class DynamicGrid {
  readonly latStep: number;
  readonly lonStep: number;
  readonly cols: number;
  private readonly cells = new Map<number, number[]>();

  constructor(readonly cellKm = 5) {
    this.latStep = cellKm / KM_PER_DEG_LAT;
    // Cells are cellKm wide at the southern edge and narrower further north.
    this.lonStep = cellKm / (KM_PER_DEG_LAT * Math.cos((NETHERLANDS_BBOX.minLat * Math.PI) / 180));
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

  /** Calls `visit(i)` for every point in the cells overlapping the circle. */
  forEachNear(lat: number, lon: number, radiusKm: number, visit: (i: number) => void): void {
    const dLat = radiusKm / KM_PER_DEG_LAT;
    const dLon = radiusKm / (KM_PER_DEG_LAT * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
    const r0 = Math.floor((lat - dLat - NETHERLANDS_BBOX.minLat) / this.latStep);
    const r1 = Math.floor((lat + dLat - NETHERLANDS_BBOX.minLat) / this.latStep);
    const c0 = Math.max(0, Math.floor((lon - dLon - NETHERLANDS_BBOX.minLon) / this.lonStep));
    const c1 = Math.min(this.cols - 1, Math.floor((lon + dLon - NETHERLANDS_BBOX.minLon) / this.lonStep));
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const list = this.cells.get(r * this.cols + c);
        if (list === undefined) continue;
        for (let k = 0; k < list.length; k++) visit(list[k]!);
      }
    }
  }
}
