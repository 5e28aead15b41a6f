import { expectRunOptions, optionsOf, type RunOptions } from '../_internal/guard.js';
import { decomposeVacancy } from '../catalogue/decompose.js';
import { safeParseCandidates, safeParseVacancies } from '../domain/parse.js';
import type { Candidate, Vacancy } from '../domain/schemas.js';
import { BanenmatchError, ValidationError } from '../errors.js';
import { looksLikeBsn } from '../privacy/bsn.js';
import { economicsContext } from '../wage-value/economics.js';
import { MINIMUM_WAGE_TABLE } from '../wage-value/minimum-wage.js';
import { withRules } from '../wage-value/rules.js';
import { AssessedItems } from './assessed-items.js';
import { evaluate, snapshotOf } from './engine/evaluator.js';
import { ScreenMemo, screenVerdict } from './engine/screen.js';
import { Engine } from './engine/state.js';
import { explainContextOf } from './explain/context.js';
import { explainPair } from './explain/explain.js';
import { RecordFeed } from './feed.js';
import { type MatcherOptions, resolveMatcherOptions } from './options.js';
import { QualificationMemo } from './qualification-memo.js';
import { rankAll, shortlist } from './rank/rank-all.js';
import { Search } from './rank/search.js';
import { rankOptions as checkedRankOptions } from './rank/top-k.js';
import { SharedParts } from './shared-parts.js';
import { createSkillVocabulary } from './skills.js';
import { CandidateTable } from './tables/candidates.js';
import { LiveRecords } from './tables/live.js';
import { VacancyTable } from './tables/vacancies.js';
import { Vocabulary } from './tables/vocabulary.js';
import type { Matcher, PairResult } from './types.js';
import { resolveWhyNotOptions } from './why-not/options.js';
import { Probe } from './why-not/probe.js';
import { WhyNotScratch } from './why-not/scratch.js';
import { whyNot } from './why-not/why-not.js';

/**
 * @internal A matcher built from records that arrive in chunks (as `assignInParallel`'s workers
 * receive them): each chunk is validated when it comes and compiled while no problem has been found,
 * so only the compiled records stay in memory. Feed every candidate before the first vacancy; `finish`
 * then returns what `createMatcher` returns for the whole lists, or throws what it throws.
 */
export interface MatcherBuild {
  /** Validates and compiles the next candidates (JSON in the input contract or parsed). */
  addCandidates(chunk: readonly unknown[]): void;
  /** Validates and compiles the next vacancies; tasks are decomposed when absent. */
  addVacancies(chunk: readonly unknown[]): void;
  /** Index in the whole vacancy list of the first vacancy whose tasks could not be derived, or −1. */
  readonly failedVacancy: number;
  /** The matcher. @throws ValidationError with every issue fed, else the first vacancy's error. */
  finish(): Matcher;
  /** Ids of the FML items the vacancies fed so far state (what the matcher counts as judged). */
  statedItems(): string[];
  /** Counts items stated in another part of the same input as judged here too (`assignInParallel`). */
  judgeAlso(ids: readonly string[]): void;
}

/** The id of an argument that is an id or a record with an id. */
function idOf(x: unknown, what: string): string {
  const id =
    typeof x === 'string' ? x : typeof x === 'object' && x !== null ? (x as { id?: unknown }).id : undefined;
  if (typeof id !== 'string') {
    throw new BanenmatchError('INVALID_ARGUMENT', `expected a ${what} id or a ${what} with an id`);
  }
  return id;
}

/** Throws a `ValidationError` under `what` when an id of `ids` is `known` already. */
function noDuplicates(ids: readonly string[], known: ReadonlyMap<string, number>, what: string): void {
  const issues = ids
    .map((id, index) => ({ id, index }))
    .filter((x) => known.has(x.id))
    .map((x) => ({
      path: [x.index, 'id'],
      message: `duplicate id "${x.id}": already in the matcher`,
      code: 'duplicate_id' as const,
    }));
  if (issues.length > 0) throw new ValidationError(what, issues);
}

/**
 * @internal Starts a {@link MatcherBuild}; `records` (candidates and vacancies to come) sizes the
 * progress reports: `onProgress(done, 2 × records)`, one step for validating and one for compiling
 * each record. With `shareParts`, equal parts of the records (a vacancy's task list, a candidate's FML
 * profile, …) are held once (`SharedParts`): for a matcher whose records are never handed out, as in
 * `assignInParallel`'s workers, since a record changed in place would change the others sharing its parts.
 */
export function matcherBuild(
  options: MatcherOptions & RunOptions = {},
  records = 0,
  shareParts = false,
): MatcherBuild {
  // Checked as a whole first: a string would spread into an object of its characters.
  const { signal, onProgress, ...matcherOptions } = optionsOf(options ?? undefined, 'createMatcher');
  expectRunOptions('createMatcher', signal, onProgress);
  const opts = resolveMatcherOptions(matcherOptions);
  const date = opts.date ?? MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom;
  const econ = economicsContext(date);
  const rules = withRules(undefined);

  // The tables: candidates and vacancies as typed columns, written only by their `add` and `remove`;
  // the engine reads the column objects (each `.data` at its current storage).
  const vocabulary = new Vocabulary(createSkillVocabulary(undefined, opts.skillDistance));
  /** FML items stated by the tasks of the live vacancies. */
  const assessed = new AssessedItems();
  /**
   * Qualifications whole vacancies ask (see `askedQualification`), interned: the id is in the job's
   * layout (header row) and in its shape key, so a shape's cached outcome holds for every vacancy of it.
   */
  const qualifications = new QualificationMemo();
  const candidates = new CandidateTable(opts, rules, vocabulary, qualifications);
  const vacancies = new VacancyTable(vocabulary, qualifications, assessed);
  const live = new LiveRecords(candidates.cRecords, vacancies.vRecords);
  const engine = new Engine(
    opts,
    econ,
    candidates,
    vacancies,
    qualifications,
    assessed,
    vocabulary.skillNames,
  );
  const explainContext = explainContextOf(
    opts,
    econ,
    rules,
    assessed,
    candidates,
    vacancies,
    vocabulary,
    qualifications,
  );
  /** The full, explained result of the pair just evaluated (`ok` = not excluded), from a snapshot. */
  const explain = (ci: number, vi: number, ok: boolean): PairResult =>
    explainPair(explainContext, snapshotOf(engine, ci, vi, ok));
  const search = new Search(engine, opts, candidates, vacancies, explain);
  // Stryker disable next-line ObjectLiteral: the probe applies only hours and training changes (`pending.ts`; a longer commute is evaluated by `Probe.commute`, never applied), and `applyChange` reads `commute` only for a commute change
  const probe = new Probe(engine, candidates, vacancies, assessed, { commute: opts.commute });
  const why = { engine, opts, candidates, vacancies, probe, scratch: new WhyNotScratch() };

  const addCandidates = (list: readonly Candidate[]): void => {
    candidates.add(list);
    live.invalidate();
  };
  const addVacancies = (list: readonly Vacancy[]): void => {
    vacancies.add(list);
    live.invalidate();
  };
  const feed = new RecordFeed(
    { signal, onProgress },
    records,
    addCandidates,
    addVacancies,
    shareParts ? new SharedParts() : undefined,
  );

  const resolveCandidate = (c: string | Candidate): number => {
    const id = idOf(c, 'candidate');
    const i = candidates.cIndex.get(id);
    if (i === undefined) {
      // A BSN passed as the id is not shown: the matcher never holds one, so the caller passed a BSN.
      const shown = looksLikeBsn(id) ? 'that looks like a BSN' : `"${id}"`;
      throw new BanenmatchError('NOT_FOUND', `candidate ${shown} is not in this matcher`);
    }
    return i;
  };
  const resolveVacancy = (v: string | Vacancy): number => {
    const id = idOf(v, 'vacancy');
    const i = vacancies.vIndex.get(id);
    if (i === undefined) throw new BanenmatchError('NOT_FOUND', `vacancy "${id}" is not in this matcher`);
    return i;
  };

  // Incremental edits: one record validated under the edit's name, compiled, and the caches grown.
  const removeCandidate = (id: string): void => {
    candidates.remove(resolveCandidate(id));
    live.invalidate();
  };
  const removeVacancy = (id: string): void => {
    vacancies.remove(resolveVacancy(id));
    live.invalidate();
  };
  /** Adds a candidate under `edit`: a new id (`addCandidate`) or one that replaces its record. */
  const putCandidate = (record: unknown, edit: 'addCandidate' | 'updateCandidate'): void => {
    const c = feed.parseOne(record, safeParseCandidates, edit);
    if (edit === 'addCandidate') noDuplicates([c.id], candidates.cIndex, edit);
    else removeCandidate(c.id);
    addCandidates([c]);
    engine.fitCaches();
  };
  /** Adds a vacancy, tasks decomposed, under `edit`: a new id (`addVacancy`) or one that replaces its record. */
  const putVacancy = (record: unknown, edit: 'addVacancy' | 'updateVacancy'): void => {
    const v = feed.parseOne(record, safeParseVacancies, edit);
    if (edit === 'addVacancy') noDuplicates([v.id], vacancies.vIndex, edit);
    else removeVacancy(v.id);
    addVacancies([{ ...v, tasks: decomposeVacancy(v) }]);
    engine.fitCaches();
  };

  // Screening's verdicts by candidate and job shape (see `screenVerdict`).
  const screenMemo = new ScreenMemo();
  const matcher: Matcher = {
    get candidates() {
      return live.get().c.map((i) => candidates.cRecords[i]!);
    },
    get vacancies() {
      return live.get().v.map((i) => vacancies.vRecords[i]!);
    },
    options: opts,
    warnings: feed.warnings,
    rank(candidate, rankOptions = {}) {
      // Stryker disable next-line UnaryOperator: `rankOne` reads the vacancy index only when the candidate index is −1 (`rankCandidates`)
      return search.rankOne(resolveCandidate(candidate), -1, checkedRankOptions(rankOptions, 'rank').k);
    },
    rankCandidates(vacancy, rankOptions = {}) {
      return search.rankOne(-1, resolveVacancy(vacancy), checkedRankOptions(rankOptions, 'rankCandidates').k);
    },
    score(candidate, vacancy) {
      const ci = resolveCandidate(candidate);
      const vi = resolveVacancy(vacancy);
      return explain(ci, vi, evaluate(engine, ci, vi));
    },
    whyNot: (candidate, given) => whyNot(why, resolveCandidate(candidate), resolveWhyNotOptions(given)),
    // The lists repeat most of their reasons: each written once (see `ReasonTexts`).
    rankAll: (given) => explainContext.texts.during(() => rankAll(search, live.get(), given)),
    shortlist: (given) => shortlist(search, live.get(), given),
    screen(candidateIndex, vacancyIndex) {
      const { c, v } = live.get();
      const ci = c[candidateIndex];
      const vi = v[vacancyIndex];
      if (ci === undefined || vi === undefined)
        throw new BanenmatchError('INVALID_ARGUMENT', 'screen: index out of range');
      // The hard rules alone (no component is scored): `evaluate`'s verdict without a floor.
      return screenVerdict(engine, screenMemo, ci, vi) === 0;
    },
    candidateIndex: (id) => {
      const i = candidates.cIndex.get(id);
      return i === undefined ? -1 : live.get().cLive[i]!;
    },
    vacancyIndex: (id) => {
      const i = vacancies.vIndex.get(id);
      return i === undefined ? -1 : live.get().vLive[i]!;
    },
    addCandidate: (candidate) => putCandidate(candidate, 'addCandidate'),
    removeCandidate,
    updateCandidate: (candidate) => putCandidate(candidate, 'updateCandidate'),
    addVacancy: (vacancy) => putVacancy(vacancy, 'addVacancy'),
    removeVacancy,
    updateVacancy: (vacancy) => putVacancy(vacancy, 'updateVacancy'),
  };

  return {
    addCandidates: (list) => feed.addCandidates(list),
    addVacancies: (list) => feed.addVacancies(list),
    get failedVacancy() {
      return feed.issues.length === 0 && feed.failure !== undefined ? feed.failure.index : -1;
    },
    finish() {
      feed.finish();
      engine.fitCaches();
      engine.coverProfiles();
      return matcher;
    },
    statedItems: () => assessed.stated(),
    judgeAlso: (ids) => assessed.judgeAlso(ids),
  };
}
