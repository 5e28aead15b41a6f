import { generateRegion } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/scoring/engine/evaluator.js';
import { VacancyBounds } from '../../src/scoring/rank/vacancy-bounds.js';
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
});
