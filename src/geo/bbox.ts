/**
 * Bounding box of the European Netherlands (with a small margin), used to catch swapped or
 * missing coordinates: latitude 50.70–53.60, longitude 3.30–7.25.
 */
export const NETHERLANDS_BBOX: { minLat: number; maxLat: number; minLon: number; maxLon: number } = {
  minLat: 50.7,
  maxLat: 53.6,
  minLon: 3.3,
  maxLon: 7.25,
};
