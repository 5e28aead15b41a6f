/**
 * Diagnostic (issue 24): how many vacancies each worker of `assignInParallel` compiles (the part's
 * box widened by its longest commute limit, as `partition` gives them) against an estimate of how many
 * it needs: those within reach of a grid cell (0.02°) holding one of the part's candidates, by the
 * longest limit in that cell plus the cell's half diagonal (a superset of the vacancies in reach).
 *
 * Run: node --import tsx benchmarks/_part-overlap.ts [scale] [workers] (default 0.1, 2)
 */
import { generateRegion, haversineKm } from '../dist/index.js';
import { COMMUTE_DEFAULTS, commuteLimitKm } from '../src/domain/commute.js';
import { partition } from '../src/parallel/partition.js';
import { nationalRegionOptions } from './_towns.js';

const scale = Number(process.argv[2] ?? 0.1);
const workers = Number(process.argv[3] ?? 2);
const region = generateRegion(nationalRegionOptions(scale));
const CELL = 0.02;
const plan = partition(region, workers, COMMUTE_DEFAULTS);
let sum = 0;
let needed = 0;
plan.parts.forEach((part, p) => {
  // The part's candidate cells: centre and longest limit.
  const cells = new Map<string, { lat: number; lon: number; limit: number }>();
  for (const c of part.candidates) {
    const { home } = region.candidates[c]!;
    const i = Math.floor(home.lat / CELL);
    const j = Math.floor(home.lon / CELL);
    const key = `${i},${j}`;
    const limit = commuteLimitKm(region.candidates[c]!);
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, { lat: (i + 0.5) * CELL, lon: (j + 0.5) * CELL, limit });
    else cell.limit = Math.max(cell.limit, limit);
  }
  const halfDiagonalKm = 2; // 0.02° × 0.02° at 52°N: 1.4 km, rounded up
  let longest = 0;
  for (const c of cells.values()) longest = Math.max(longest, c.limit);
  // Cells within the longest limit: ± this many cells in latitude and in longitude (at ≤ 54°N).
  const di = Math.ceil((longest + halfDiagonalKm) / 111 / CELL);
  const dj = Math.ceil((longest + halfDiagonalKm) / 65 / CELL);
  let inReach = 0;
  for (const v of part.vacancies) {
    const { location } = region.vacancies[v]!;
    const i0 = Math.floor(location.lat / CELL);
    const j0 = Math.floor(location.lon / CELL);
    let found = false;
    for (let i = i0 - di; i <= i0 + di && !found; i++)
      for (let j = j0 - dj; j <= j0 + dj && !found; j++) {
        const c = cells.get(`${i},${j}`);
        found =
          c !== undefined &&
          haversineKm(c.lat, c.lon, location.lat, location.lon) <= c.limit + halfDiagonalKm;
      }
    if (found) inReach++;
  }
  sum += part.vacancies.length;
  needed += inReach;
  console.log(
    `part ${p}: ${part.candidates.length} candidates, ${part.vacancies.length} vacancies sent, ${inReach} within reach of a candidate cell`,
  );
});
const nV = region.vacancies.length;
console.log(
  `vacancies compiled: ${sum} for ${nV} (${((100 * (sum - nV)) / nV).toFixed(0)}% twice); needed ${needed} (${((100 * (needed - nV)) / nV).toFixed(0)}%)`,
);
