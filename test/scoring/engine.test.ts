import {
  createMatcher,
  createSkillVocabulary,
  generateRegion,
  MINIMUM_WAGE_TABLE,
  safeParseCandidates,
  safeParseVacancies,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decomposeVacancy } from '../../src/catalogue/decompose.js';
import { AssessedItems } from '../../src/scoring/assessed-items.js';
import { evaluate, snapshotOf, verdict } from '../../src/scoring/engine/evaluator.js';
import { Engine } from '../../src/scoring/engine/state.js';
import { explainContextOf } from '../../src/scoring/explain/context.js';
import { explainPair } from '../../src/scoring/explain/explain.js';
import { resolveMatcherOptions } from '../../src/scoring/options.js';
import { QualificationMemo } from '../../src/scoring/qualification-memo.js';
import { PRUNED } from '../../src/scoring/rules.js';
import { CandidateTable } from '../../src/scoring/tables/candidates.js';
import { VacancyTable } from '../../src/scoring/tables/vacancies.js';
import { Vocabulary } from '../../src/scoring/tables/vocabulary.js';
import { economicsContext } from '../../src/wage-value/economics.js';
import { withRules } from '../../src/wage-value/rules.js';

// The engine driven on its own: tables and an Engine built by hand (no matcher around them), against
// the matcher built from the same region.
const region = generateRegion({ seed: 11, candidates: 40, vacancies: 60 });
const parsedCandidates = safeParseCandidates(region.candidates);
const parsedVacancies = safeParseVacancies(region.vacancies);
if (!parsedCandidates.success || !parsedVacancies.success) throw new Error('region does not parse');
const candidates = parsedCandidates.data;
const vacancies = parsedVacancies.data;
const matcher = createMatcher(region);

function standalone() {
  const opts = resolveMatcherOptions({});
  const econ = economicsContext(MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom);
  const rules = withRules(undefined);
  const vocabulary = new Vocabulary(createSkillVocabulary(undefined, opts.skillDistance));
  const assessed = new AssessedItems();
  const qualifications = new QualificationMemo();
  const cTable = new CandidateTable(opts, rules, vocabulary, qualifications);
  const vTable = new VacancyTable(vocabulary, qualifications, assessed);
  cTable.add(candidates);
  vTable.add(vacancies.map((v) => ({ ...v, tasks: decomposeVacancy(v) })));
  const engine = new Engine(opts, econ, cTable, vTable, qualifications, assessed, vocabulary.skillNames);
  engine.fitCaches();
  const context = explainContextOf(opts, econ, rules, assessed, cTable, vTable, vocabulary, qualifications);
  return { engine, context };
}

const pair = fc.tuple(fc.nat(candidates.length - 1), fc.nat(vacancies.length - 1));

describe('the engine on its own', () => {
  it('scores every pair as the matcher does, excluded where the matcher excludes', () => {
    const { engine } = standalone();
    fc.assert(
      fc.property(pair, ([ci, vi]) => {
        const ok = evaluate(engine, ci, vi);
        const result = matcher.score(candidates[ci]!.id, vacancies[vi]!.id);
        expect(ok).toBe(!result.excluded);
        if (ok) expect(engine.ev.score).toBe(result.score);
      }),
    );
  });

  it('a pair pruned at a floor scores below it; one kept scores as without the floor', () => {
    const { engine } = standalone();
    fc.assert(
      fc.property(pair, fc.double({ min: 0, max: 1, noNaN: true }), ([ci, vi], floor) => {
        const ok = evaluate(engine, ci, vi, floor);
        const pruned = !ok && engine.ev.excluded === PRUNED;
        const kept = ok ? engine.ev.score : Number.NaN;
        const full = evaluate(engine, ci, vi);
        if (pruned) expect(full ? engine.ev.score : 0).toBeLessThan(floor);
        else expect(ok).toBe(full);
        if (ok) expect(kept).toBe(engine.ev.score);
      }),
    );
  });

  it('a verdict is the exclusion evaluate leaves (0: passes), whatever the engine evaluated before', () => {
    const { engine } = standalone();
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 20 }), (pairs) => {
        for (const [ci, vi] of pairs) {
          const code = verdict(engine, ci, vi);
          const ok = evaluate(engine, ci, vi);
          expect(code).toBe(ok ? 0 : engine.ev.excluded);
          expect(verdict(engine, ci, vi)).toBe(code);
        }
      }),
    );
  });

  it('explains a pair from its snapshot, whatever the engine evaluated since', () => {
    const { engine, context } = standalone();
    fc.assert(
      fc.property(pair, pair, ([ci, vi], [cj, vj]) => {
        const snapshot = snapshotOf(engine, ci, vi, evaluate(engine, ci, vi));
        evaluate(engine, cj, vj);
        expect(explainPair(context, snapshot)).toEqual(matcher.score(candidates[ci]!.id, vacancies[vi]!.id));
      }),
    );
  });
});
