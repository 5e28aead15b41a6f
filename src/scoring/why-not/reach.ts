import { havOfKm } from '../../geo/distance.js';
import type { CandidateTable } from '../tables/candidates.js';
import { VGRID_STRIDE as GRID_STRIDE, type VacancyTable } from '../tables/vacancies.js';
import type { WhyNotScratch } from './scratch.js';

// The grid's stride as this module's own constant (see `Search`).
const VGRID_STRIDE = GRID_STRIDE;

/**
 * @internal Writes the vacancies within `reachKm` of candidate `ci` into `scratch.reach`, nearest
 * cells first and each cell's in the grid's order (grouped by job shape); returns how many. The order
 * only makes the floor of `whyNot` rise early: its output does not depend on it (the same digest with
 * the vacancies in reach shuffled).
 */
export function gatherReach(
  x: {
    readonly candidates: CandidateTable;
    readonly vacancies: VacancyTable;
    readonly scratch: WhyNotScratch;
  },
  ci: number,
  reachKm: number,
): number {
  const c = x.candidates;
  const havReach = havOfKm(reachKm);
  const cx = c.cPos.data[3 * ci]!;
  const cy = c.cPos.data[3 * ci + 1]!;
  const cz = c.cPos.data[3 * ci + 2]!;
  let n = 0;
  x.vacancies.vGrid.forEachCellNear(c.cLat.data[ci]!, c.cLon.data[ci]!, reachKm, (cell) => {
    const ids = cell.ids;
    const data = cell.data;
    const reach = x.scratch.reachRoom(n + ids.length);
    // Stryker disable next-line EqualityOperator: `q <= ids.length` reads one entry past the cell, undefined, whose distance (NaN) is never within reach (`>=` is killed)
    for (let q = 0; q < ids.length; q++) {
      const o = q * VGRID_STRIDE;
      const dx = cx - data[o]!;
      const dy = cy - data[o + 1]!;
      const dz = cz - data[o + 2]!;
      if (0.25 * (dx * dx + dy * dy + dz * dz) <= havReach) reach[n++] = ids[q]!;
    }
  });
  return n;
}
