/** Shared test helper: the matcher's engine built by hand from an input (no matcher around it). */
import {
  createSkillVocabulary,
  MINIMUM_WAGE_TABLE,
  safeParseCandidates,
  safeParseVacancies,
} from 'banenmatch';
import { decomposeVacancy } from '../../src/catalogue/decompose.js';
import { AssessedItems } from '../../src/scoring/assessed-items.js';
import { Engine } from '../../src/scoring/engine/state.js';
import { resolveMatcherOptions } from '../../src/scoring/options.js';
import { QualificationMemo } from '../../src/scoring/qualification-memo.js';
import { CandidateTable } from '../../src/scoring/tables/candidates.js';
import { VacancyTable } from '../../src/scoring/tables/vacancies.js';
import { Vocabulary } from '../../src/scoring/tables/vocabulary.js';
import { economicsContext } from '../../src/wage-value/economics.js';
import { withRules } from '../../src/wage-value/rules.js';

/**
 * An `Engine` over the candidates and vacancies of `input` with matcher `options`, its caches fitted,
 * with the candidate and vacancy tables it reads.
 */
export function tablesOf(
  input: { candidates: unknown[]; vacancies: unknown[] },
  options: object = {},
): { engine: Engine; cTable: CandidateTable; vTable: VacancyTable } {
  const parsedCandidates = safeParseCandidates(input.candidates);
  const parsedVacancies = safeParseVacancies(input.vacancies);
  if (!parsedCandidates.success || !parsedVacancies.success) throw new Error('input does not parse');
  const opts = resolveMatcherOptions(options);
  const econ = economicsContext(MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom);
  const vocabulary = new Vocabulary(createSkillVocabulary(undefined, opts.skillDistance));
  const assessed = new AssessedItems();
  const qualifications = new QualificationMemo();
  const cTable = new CandidateTable(opts, withRules(undefined), vocabulary, qualifications);
  const vTable = new VacancyTable(vocabulary, qualifications, assessed);
  cTable.add(parsedCandidates.data);
  vTable.add(parsedVacancies.data.map((v) => ({ ...v, tasks: decomposeVacancy(v) })));
  const engine = new Engine(opts, econ, cTable, vTable, qualifications, assessed, vocabulary.skillNames);
  engine.fitCaches();
  return { engine, cTable, vTable };
}

/** An `Engine` over the candidates and vacancies of `input` with matcher `options`, its caches fitted. */
export function engineOf(
  input: { candidates: unknown[]; vacancies: unknown[] },
  options: object = {},
): Engine {
  return tablesOf(input, options).engine;
}

/** Whether job shape `sid` is in the excluded set of the candidate `settleAll` last settled in `e`. */
export function settledExcluded(e: Engine, sid: number): boolean {
  return (e.settled.excluded[sid >>> 5]! & (1 << (sid & 31))) !== 0;
}

/** Whether job shape `sid` is in the carve-only set of the candidate `settleAll` last settled in `e`. */
export function settledCarveOnly(e: Engine, sid: number): boolean {
  return (e.settled.carveOnly[sid >>> 5]! & (1 << (sid & 31))) !== 0;
}
