import { generateRegion } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/scoring/engine/evaluator.js';
import { BoundQueue, bucketOf } from '../../src/scoring/rank/bound-queue.js';
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

  it('collect queues every row whose bound reaches the least score and the seed less its lift, with that bound (or a looser one) and in its bucket', () => {
    const { engine, cTable, vTable } = regionTables({});
    const bounds = new VacancyBounds(engine);
    const queue = new BoundQueue();
    let reaching = 0;
    let loose = 0;
    for (let vi = 0; vi < region.vacancies.length; vi += 3) {
      bounds.prepare(vi);
      bounds.minScore = 0.3;
      // Every other vacancy with a k-th key met (a seed): rows below it less their lift may be left.
      bounds.seed = vi % 2 === 0 ? Number.NEGATIVE_INFINITY : 0.7;
      queue.reset();
      cTable.cGrid.forEachCellNear(vTable.vLat.data[vi]!, vTable.vLon.data[vi]!, 400, (cell) => {
        bounds.collect(cell, queue.addCell(cell), queue);
      });
      // Every entry once, by (cell, row), with its bucket.
      const entries = new Map<string, { bucket: number; loose: number; bound: number }>();
      for (let b = queue.top; b >= 0; b--)
        for (let j = queue.head[b]!; j >= 0; j = queue.link[j]!) {
          const key = `${queue.cellOf[j]}:${queue.rowOf[j]}`;
          expect(entries.has(key)).toBe(false);
          entries.set(key, { bucket: b, loose: queue.loose[j]!, bound: queue.bound[j]! });
        }
      queue.cells.forEach((cell, at) => {
        for (let q = 0; q < cell.ids.length; q++) {
          const bound = bounds.bound(cell.data, cell.ints, q);
          const entry = entries.get(`${at}:${q}`);
          if (bound < Math.max(0.3, bounds.seed - cell.ints[q * CGRID_INTS]!) - 1e-9) continue;
          reaching++;
          expect(entry).toBeDefined();
          const exact = bucketOf(bound + cell.ints[q * CGRID_INTS]!);
          // The entry keeps its bound: the row's own, or a looser one in a bucket no lower.
          if (entry!.loose === 1) {
            loose++;
            expect(entry!.bucket).toBeGreaterThanOrEqual(exact);
            expect(entry!.bound).toBeGreaterThanOrEqual(bound);
          } else {
            expect(entry!.bucket).toBe(exact);
            expect(entry!.bound).toBe(bound);
          }
        }
      });
    }
    expect(reaching).toBeGreaterThan(100);
    expect(loose).toBeGreaterThan(0);
  });
});
