import { generateRegion } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/scoring/engine/evaluator.js';
import { VacancyBounds } from '../../src/scoring/rank/vacancy-bounds.js';
import { CGRID_INTS } from '../../src/scoring/tables/candidates.js';
import { tablesOf } from '../helpers/engine.js';

// `VacancyBounds`, the bound `rankCandidates` skips a candidate by from the candidate grid's packed
// numbers: never below the score the engine gives the pair, −∞ only for a pair the engine excludes.
const region = generateRegion({ seed: 23, candidates: 160, vacancies: 120 });

/** The engine and tables over the region, its profiles covered (as a finished matcher has them). */
function regionTables(options: object) {
  const tables = tablesOf(region, options);
  tables.engine.coverProfiles();
  return tables;
}

describe('VacancyBounds: a pair’s score bound from the candidate grid’s packed numbers', () => {
  for (const options of [{}, { carving: false }]) {
    it(`no pair scores above it, and −∞ only for excluded pairs (${JSON.stringify(options)})`, () => {
      const { engine, cTable, vTable } = regionTables(options);
      const bounds = new VacancyBounds(engine);
      let pairs = 0;
      let scored = 0;
      let tight = 0;
      let excluded = 0;
      for (let vi = 0; vi < region.vacancies.length; vi++) {
        bounds.prepare(vi);
        cTable.cGrid.forEachCellNear(vTable.vLat.data[vi]!, vTable.vLon.data[vi]!, 400, (cell) => {
          for (let q = 0; q < cell.ids.length; q++) {
            const bound = bounds.bound(cell.data, cell.ints, q);
            const ok = evaluate(engine, cell.ids[q]!, vi);
            pairs++;
            if (ok) {
              scored++;
              expect(engine.ev.score).toBeLessThanOrEqual(bound + 1e-9);
              if (bound - engine.ev.score < 0.05) tight++;
            }
            // −∞ (an excluded pair) is never a scored one: the test above holds it below every score.
            if (bound === Number.NEGATIVE_INFINITY) excluded++;
          }
        });
      }
      expect(pairs).toBe(region.candidates.length * region.vacancies.length);
      expect(scored).toBeGreaterThan(100);
      expect(excluded).toBeGreaterThan(0);
      // The bound is not merely 1: many pairs' scores are within 0.05 of it.
      expect(tight).toBeGreaterThan(scored / 10);
    });
  }

  it('next stops at the rows whose bound reaches their floor, whatever the k-th key', () => {
    const { engine, cTable, vTable } = regionTables({});
    const bounds = new VacancyBounds(engine);
    let stops = 0;
    let passed = 0;
    for (let vi = 0; vi < region.vacancies.length; vi += 3) {
      bounds.prepare(vi);
      for (const kth of [Number.NEGATIVE_INFINITY, 0.4, 0.7, 2.7]) {
        bounds.kth = kth;
        bounds.minScore = 0.1;
        cTable.cGrid.forEachCellNear(vTable.vLat.data[vi]!, vTable.vLon.data[vi]!, 400, (cell) => {
          const n = cell.ids.length;
          const visited = new Set<number>();
          for (
            let q = bounds.next(cell.data, cell.ints, n, 0);
            q < n;
            q = bounds.next(cell.data, cell.ints, n, q + 1)
          )
            visited.add(q);
          for (let q = 0; q < n; q++) {
            const floor = Math.max(0.1, kth - cell.ints[q * CGRID_INTS]!);
            const reaches = bounds.bound(cell.data, cell.ints, q) >= floor - 1e-9;
            if (reaches) expect(visited.has(q)).toBe(true);
            if (reaches) passed++;
          }
          stops += visited.size;
        });
      }
    }
    expect(passed).toBeGreaterThan(100);
    // …and only there: its early exits (skills and hours at 1, the carved factor) skip no row the bound keeps.
    expect(stops).toBe(passed);
  });
});
