/**
 * A uniform latitude/longitude grid over points, for "every point within r km" queries without
 * touching all points: cells of about `cellKm` km, points stored per cell in CSR form (cell offsets
 * and point indices). Building is O(n); a query visits the cells overlapping the circle's bounding
 * box and returns candidates the caller filters by exact distance.
 */
export interface GeoGrid {
  readonly cellKm: number;
  readonly minLat: number;
  readonly minLon: number;
  readonly latStep: number;
  readonly lonStep: number;
  readonly rows: number;
  readonly cols: number;
  /** Points of cell `c` are `points[start[c] .. start[c + 1])`. */
  readonly start: Int32Array;
  readonly points: Int32Array;
}

const KM_PER_DEG_LAT = 111.2;

/**
 * Builds a grid over points given as parallel latitude and longitude arrays.
 *
 * @param lat - latitudes (WGS84)
 * @param lon - longitudes (WGS84)
 * @param cellKm - cell size in km. @default 5
 * @example
 * const grid = buildGrid(Float64Array.of(52.22), Float64Array.of(5.17));
 */
export function buildGrid(lat: Float64Array, lon: Float64Array, cellKm = 5): GeoGrid {
  const n = lat.length;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  let minLon = Number.POSITIVE_INFINITY;
  let maxLon = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const a = lat[i]!;
    const o = lon[i]!;
    if (a < minLat) minLat = a;
    if (a > maxLat) maxLat = a;
    if (o < minLon) minLon = o;
    if (o > maxLon) maxLon = o;
  }
  if (n === 0) {
    minLat = 0;
    maxLat = 0;
    minLon = 0;
    maxLon = 0;
  }
  // Longitude degrees shrink with the cosine of the latitude; take the widest (southernmost) row.
  const cos = Math.cos((Math.min(Math.abs(minLat), Math.abs(maxLat)) * Math.PI) / 180);
  const latStep = cellKm / KM_PER_DEG_LAT;
  const lonStep = cellKm / (KM_PER_DEG_LAT * Math.max(cos, 0.01));
  const rows = Math.max(1, Math.floor((maxLat - minLat) / latStep) + 1);
  const cols = Math.max(1, Math.floor((maxLon - minLon) / lonStep) + 1);
  const cellOf = new Int32Array(n);
  const start = new Int32Array(rows * cols + 1);
  for (let i = 0; i < n; i++) {
    const r = Math.min(rows - 1, Math.floor((lat[i]! - minLat) / latStep));
    const c = Math.min(cols - 1, Math.floor((lon[i]! - minLon) / lonStep));
    const cell = r * cols + c;
    cellOf[i] = cell;
    start[cell + 1]!++;
  }
  for (let c = 0; c < rows * cols; c++) start[c + 1] = start[c + 1]! + start[c]!;
  const fill = start.slice(0, rows * cols);
  const points = new Int32Array(n);
  for (let i = 0; i < n; i++) points[fill[cellOf[i]!]!++] = i;
  return { cellKm, minLat, minLon, latStep, lonStep, rows, cols, start, points };
}

/**
 * Calls `visit(i)` for every point in the grid cells that overlap the circle of `radiusKm` around
 * (lat, lon): a superset of the points within the radius, in cell order (deterministic).
 *
 * @example
 * forEachNear(grid, 52.22, 5.17, 15, (i) => candidates.push(i));
 */
export function forEachNear(
  grid: GeoGrid,
  lat: number,
  lon: number,
  radiusKm: number,
  visit: (index: number) => void,
): void {
  const dLat = radiusKm / KM_PER_DEG_LAT;
  const cos = Math.cos((lat * Math.PI) / 180);
  const dLon = radiusKm / (KM_PER_DEG_LAT * Math.max(cos, 0.01));
  const r0 = Math.max(0, Math.floor((lat - dLat - grid.minLat) / grid.latStep));
  const r1 = Math.min(grid.rows - 1, Math.floor((lat + dLat - grid.minLat) / grid.latStep));
  const c0 = Math.max(0, Math.floor((lon - dLon - grid.minLon) / grid.lonStep));
  const c1 = Math.min(grid.cols - 1, Math.floor((lon + dLon - grid.minLon) / grid.lonStep));
  const { start, points, cols } = grid;
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const cell = r * cols + c;
      const end = start[cell + 1]!;
      for (let k = start[cell]!; k < end; k++) visit(points[k]!);
    }
  }
}
