import {
  createSkillVocabulary,
  generateRegion,
  MINIMUM_WAGE_TABLE,
  safeParseCandidates,
  safeParseVacancies,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { decomposeVacancy } from '../../src/catalogue/decompose.js';
import { AssessedItems } from '../../src/scoring/assessed-items.js';
import { evaluate } from '../../src/scoring/engine/evaluator.js';
import { Engine } from '../../src/scoring/engine/state.js';
import { resolveMatcherOptions } from '../../src/scoring/options.js';
import { QualificationMemo } from '../../src/scoring/qualification-memo.js';
import { VacancyBounds } from '../../src/scoring/rank/vacancy-bounds.js';
import { CandidateTable } from '../../src/scoring/tables/candidates.js';
import { VacancyTable } from '../../src/scoring/tables/vacancies.js';
import { Vocabulary } from '../../src/scoring/tables/vocabulary.js';
import { economicsContext } from '../../src/wage-value/economics.js';
import { withRules } from '../../src/wage-value/rules.js';

// `VacancyBounds`, the bound `rankCandidates` skips a candidate by from the candidate grid's packed
// numbers: never below the score the engine gives the pair, −∞ only for a pair the engine excludes.
const region = generateRegion({ seed: 23, candidates: 160, vacancies: 120 });

function tablesOf(options: object) {
  const candidates = safeParseCandidates(region.candidates);
  const vacancies = safeParseVacancies(region.vacancies);
  if (!candidates.success || !vacancies.success) throw new Error('input does not parse');
  const opts = resolveMatcherOptions(options);
  const econ = economicsContext(MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom);
  const vocabulary = new Vocabulary(createSkillVocabulary(undefined, opts.skillDistance));
  const assessed = new AssessedItems();
  const qualifications = new QualificationMemo();
  const cTable = new CandidateTable(opts, withRules(undefined), vocabulary, qualifications);
  const vTable = new VacancyTable(vocabulary, qualifications, assessed);
  cTable.add(candidates.data);
  vTable.add(vacancies.data.map((v) => ({ ...v, tasks: decomposeVacancy(v) })));
  const engine = new Engine(opts, econ, cTable, vTable, qualifications, assessed, vocabulary.skillNames);
  engine.fitCaches();
  engine.coverProfiles();
  return { engine, cTable, vTable };
}

describe('VacancyBounds: a pair’s score bound from the candidate grid’s packed numbers', () => {
  for (const options of [{}, { carving: false }]) {
    it(`no pair scores above it, and −∞ only for excluded pairs (${JSON.stringify(options)})`, () => {
      const { engine, cTable, vTable } = tablesOf(options);
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
