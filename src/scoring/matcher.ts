import { expectRunOptions, type RunOptions } from '../_internal/guard.js';
import { checkCompiled, marginCompiled, STATUS_EXCEEDS, STATUS_SIGNAL } from '../capability/compiled.js';
import { solveBundle } from '../carving/bundle.js';
import { decomposeVacancy } from '../catalogue/decompose.js';
import { noteId, type ParseResult, safeParseCandidates, safeParseVacancies } from '../domain/parse.js';
import type { Candidate, Vacancy } from '../domain/schemas.js';
import { BanenmatchError, throwIfAborted, ValidationError, type ValidationIssue } from '../errors.js';
import { EARTH_RADIUS_KM } from '../geo/distance.js';
import { looksLikeBsn } from '../privacy/bsn.js';
import { economicsContext, economicsCore } from '../wage-value/economics.js';
import { MINIMUM_WAGE_TABLE } from '../wage-value/minimum-wage.js';
import { withRules } from '../wage-value/rules.js';
import { AssessedItems } from './assessed-items.js';
import type { ExplainContext, PairSnapshot } from './explain/context.js';
import { explainPair } from './explain/explain.js';
import { type MatcherOptions, resolveMatcherOptions } from './options.js';
import { QualificationMemo } from './qualification-memo.js';
import { ShortlistRows } from './rank/shortlist-rows.js';
import { checkK, floorOf, insertTop } from './rank/top-k.js';
import {
  carveFloorHours,
  checkFactor,
  EXCLUDED_CAPABILITY,
  EXCLUDED_COMMUTE,
  EXCLUDED_HOURS,
  EXCLUDED_QUALIFICATION,
  HOURS_GRID,
  occupationMatches,
  PRUNED,
  quarter,
  wageOrNone,
} from './rules.js';
import { createSkillVocabulary } from './skills.js';
import { CandidateTable } from './tables/candidates.js';
import {
  VGRID_INTS as GRID_INTS,
  VGRID_STRIDE as GRID_STRIDE,
  LAYOUT_STRIDE as LAYOUT_ROW,
  VacancyTable,
} from './tables/vacancies.js';
import { Vocabulary } from './tables/vocabulary.js';
import type { Match, Matcher, PairResult, RankAllOptions, Shortlist } from './types.js';

export type {
  CarvedMatchJob,
  ComponentName,
  Exclusion,
  Match,
  Matcher,
  PairResult,
  RankAllOptions,
  RankOptions,
  ScoreComponent,
  Shortlist,
} from './types.js';

// The vacancy table's strides as this module's own constants: the engine's inner loops multiply by
// them, and V8 folds a module's constants into the code where it may not fold an imported binding.
const LAYOUT_STRIDE = LAYOUT_ROW;
const VGRID_STRIDE = GRID_STRIDE;
const VGRID_INTS = GRID_INTS;
/** The preferences factor by mismatch code (bit 0: another sector ×0.5, bit 1: another occupation ×0.7). */
const PREFERENCE_BY_MISMATCH = Float64Array.of(1, 0.5, 0.7, 0.5 * 0.7);
/** Slots of `num`, the doubles the evaluation's functions pass each other without boxing them. */
const HAV = 0;
const WAGE = 1;
const FLOOR = 2;
const BOUND = 3;
/** Slack on the upper-bound test against rounding (scores are sums of a few products ≤ 1). */
const PRUNE_EPS = 1e-9;
const MAX_ENUMERATED_TASKS = 16;

/** Numbers remembered per candidate and job shape: capability, hours, avoided-tasks factor, job hours, wage value. */
const SHAPE_VALUES = 5;

/**
 * @internal Reused state of one pair evaluation (no allocation per pair): the fields of a
 * `PairSnapshot` without the pair and the job's tasks (`inJob` is the matcher's own scratch array).
 */
type Evaluation = Omit<PairSnapshot, 'ci' | 'vi' | 'inJob'>;

/** Records validated or compiled between two checks of the signal. */
const COMPILE_CHUNK = 4096;

export type { RunOptions };

/**
 * Parses one chunk of a list with a `safeParse*` function: the records, or none and every issue with
 * its index in the whole list (`from` + its index in the chunk) under `what`; ids already `seen` in
 * the list are issues too.
 */
function parseChunk<T extends { id: string }>(
  chunk: readonly unknown[],
  from: number,
  safeParse: (chunk: unknown) => ParseResult<T[]>,
  what: string,
  seen: Map<string, number>,
  issues: ValidationIssue[],
  warnings: ValidationIssue[],
): T[] {
  const r = safeParse(chunk);
  for (const w of r.warnings) {
    const [index, ...rest] = w.path;
    warnings.push({
      ...w,
      path: typeof index === 'number' ? [what, from + index, ...rest] : [what, ...w.path],
    });
  }
  if (!r.success) {
    for (const i of r.error.issues) {
      const [index, ...rest] = i.path;
      issues.push({
        ...i,
        path: typeof index === 'number' ? [what, from + index, ...rest] : [what, ...i.path],
      });
    }
    return [];
  }
  const before = issues.length;
  r.data.forEach((record, k) => {
    noteId(seen, record.id, [what, from + k], issues);
  });
  return issues.length === before ? r.data : [];
}

/**
 * Compiles candidates and vacancies into typed columns and geographic indexes, for ranking both
 * ways, explaining single pairs, and adding or removing candidates and vacancies as the caseload
 * changes. Inputs are validated with the project's parsers (every problem with its path); vacancies
 * without tasks are decomposed from the occupation catalogue.
 *
 * The score of a pair is Σ wᵢ·cᵢ / Σ wᵢ over six components in [0, 1] (capability, skills, commute,
 * hours, economics, preferences), × `carvedFactor` for a carved job. Hard rules exclude a pair with its
 * reasons and it is never ranked: commute beyond the candidate's limit; a job the candidate cannot do
 * on the FML (CBBS *evident ongeschikt*), whose hours exceed their maximum (preferences, FML VI.2
 * and VI.3), or whose core tasks need a `qualification` the candidate's `qualifications` do not meet
 * (`meetsQualification`) — unless a carved job inside the vacancy fits, which then is the result.
 *
 * Complexity: building O(C·items + V·tasks); `rank` visits the vacancies within the candidate's commute
 * radius (a grid), O(pairs × tasks); adding or removing one record is O(its tasks) plus the grid cell.
 *
 * @param input - `{ candidates, vacancies }` as JSON (input contract) or parsed
 * @param options - weights, minScore, priorityFirst, date, commute defaults, carving; see `matcherOptionsSchema`
 * @returns the matcher
 * @throws ValidationError for invalid candidates, vacancies or options; BanenmatchError `NOT_FOUND` for a
 *   vacancy without tasks whose occupation the catalogue does not know
 * @example
 * const matcher = createMatcher({ candidates, vacancies });
 * matcher.rank('c-0001', { k: 10 }); // [{ vacancyId, score, job, reasons, ... }]
 */
export function createMatcher(
  input: { candidates: readonly unknown[]; vacancies: readonly unknown[] },
  options: MatcherOptions & RunOptions = {},
): Matcher {
  if (
    typeof input !== 'object' ||
    input === null ||
    !Array.isArray(input.candidates) ||
    !Array.isArray(input.vacancies)
  ) {
    throw new ValidationError('createMatcher', [
      { path: [], message: 'expected { candidates: [...], vacancies: [...] }', code: 'invalid_type' },
    ]);
  }
  const build = matcherBuild(options, input.candidates.length + input.vacancies.length);
  for (let from = 0; from < input.candidates.length; from += COMPILE_CHUNK)
    build.addCandidates(input.candidates.slice(from, from + COMPILE_CHUNK));
  for (let from = 0; from < input.vacancies.length; from += COMPILE_CHUNK)
    build.addVacancies(input.vacancies.slice(from, from + COMPILE_CHUNK));
  return build.finish();
}

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
}

/**
 * @internal Starts a {@link MatcherBuild}; `records` (candidates and vacancies to come) sizes the
 * progress reports: `onProgress(done, 2 × records)`, one step for validating and one for compiling
 * each record.
 */
export function matcherBuild(options: MatcherOptions & RunOptions = {}, records = 0): MatcherBuild {
  const { signal, onProgress, ...matcherOptions } = options ?? {};
  expectRunOptions('createMatcher', signal, onProgress);
  const opts = resolveMatcherOptions(matcherOptions);
  const W = opts.weights;
  /** Where the commute component reaches 0, the same for every candidate (the limit is a hard rule only). */
  const commuteScoreKm = opts.commute.scoreKm ?? opts.commute.defaultKm;
  const weightTotal = W.capability + W.skills + W.commute + W.hours + W.economics + W.preferences;
  const date = opts.date ?? MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom;
  const econ = economicsContext(date);
  const rules = withRules(undefined);
  const vocab = createSkillVocabulary(undefined, opts.skillDistance);

  // The tables: candidates and vacancies as typed columns, written only by their `add` and `remove`;
  // the engine below reads the column objects (each `.data` at its current storage).
  const vocabulary = new Vocabulary(vocab);
  const { skillNames, skillLabels } = vocabulary;
  /** FML items stated by the tasks of the live vacancies. */
  const assessed = new AssessedItems();
  /**
   * Qualifications whole vacancies ask (see `askedQualification`), interned: the id is in the job's
   * layout (header row) and in its shape key, so a shape's cached outcome holds for every vacancy of it.
   */
  const qualifications = new QualificationMemo();
  const candidates = new CandidateTable(opts, rules, vocabulary, qualifications);
  const {
    cRecords,
    cIndex,
    profiles,
    cLat,
    cLon,
    cPos,
    cLimit,
    cHavLimit,
    cMin,
    cMax,
    cMaxWhy,
    cSkills,
    cWage,
    cAvoid,
    cWageFallback,
    cSector,
    cOccupationPref,
    cPriority,
    cCounts,
    cGroup,
    cHeld,
    cGrid,
  } = candidates;
  const vacancies = new VacancyTable(vocabulary, qualifications, assessed);
  const {
    vRecords,
    vIndex,
    vLat,
    vLon,
    vPos,
    vWage,
    vSector,
    vTaskStart,
    vTaskEnd,
    vGrid,
    demands,
    tHours,
    tSkillStart,
    tSkillIds,
    tClass,
    classIndex,
    vSkillSignature,
    skillSignatureIndex,
    signatureStart,
    signaturePairs,
    signatureWeight,
    vShape,
    layouts,
    vLayout,
    shapeIndex,
    vContent,
    contentIndex,
    contentVacancy,
    vOccupation,
    occupationNames,
  } = vacancies;

  let liveCache: { c: number[]; v: number[]; cLive: Int32Array; vLive: Int32Array } | undefined;
  const live = () => {
    if (liveCache === undefined) {
      const c: number[] = [];
      const v: number[] = [];
      const cLive = new Int32Array(cRecords.length).fill(-1);
      const vLive = new Int32Array(vRecords.length).fill(-1);
      cRecords.forEach((r, i) => {
        if (r !== undefined) {
          cLive[i] = c.length;
          c.push(i);
        }
      });
      vRecords.forEach((r, i) => {
        if (r !== undefined) {
          vLive[i] = v.length;
          v.push(i);
        }
      });
      liveCache = { c, v, cLive, vLive };
    }
    return liveCache;
  };

  const addCandidates = (list: readonly Candidate[]): void => {
    candidates.add(list);
    liveCache = undefined;
  };
  const addVacancies = (list: readonly Vacancy[]): void => {
    vacancies.add(list);
    liveCache = undefined;
  };

  const noDuplicates = (ids: readonly string[], known: ReadonlyMap<string, number>, what: string): void => {
    const issues = ids
      .map((id, index) => ({ id, index }))
      .filter((x) => known.has(x.id))
      .map((x) => ({
        path: [x.index, 'id'],
        message: `duplicate id "${x.id}": already in the matcher`,
        code: 'duplicate_id',
      }));
    if (issues.length > 0) throw new ValidationError(what, issues);
  };

  // Validate and compile a chunk at a time, so that a national build can be stopped and shows
  // progress; every problem of every chunk is collected, with its index in the whole list.
  const total = 2 * records;
  let done = 0;
  const step = (n: number): void => {
    done += n;
    throwIfAborted(signal, 'createMatcher');
    onProgress?.(done, total);
  };
  throwIfAborted(signal, 'createMatcher');
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const seenCandidates = new Map<string, number>();
  const seenVacancies = new Map<string, number>();
  const fed = { candidates: 0, vacancies: 0 };
  /** The first vacancy whose tasks could not be derived, and why; nothing is compiled after it. */
  let failure: { index: number; error: unknown } | undefined;
  /**
   * Validates `list` a chunk at a time as the next records of `what`; while no problem has been found,
   * compiles each chunk with `compile` (given the index of its first record in the whole list).
   */
  const feed = <T extends { id: string }>(
    list: readonly unknown[],
    what: 'candidates' | 'vacancies',
    safeParse: (chunk: unknown) => ParseResult<T[]>,
    seen: Map<string, number>,
    compile: (parsed: T[], at: number) => void,
  ): void => {
    for (let from = 0; from < list.length; from += COMPILE_CHUNK) {
      const chunk = list.slice(from, from + COMPILE_CHUNK);
      const at = fed[what];
      fed[what] += chunk.length;
      const parsed = parseChunk(chunk, at, safeParse, what, seen, issues, warnings);
      step(chunk.length);
      if (issues.length === 0) compile(parsed, at);
      step(chunk.length);
    }
  };
  const feedCandidates = (list: readonly unknown[]): void => {
    if (fed.vacancies > 0) {
      throw new BanenmatchError('INVALID_ARGUMENT', 'createMatcher: candidates fed after vacancies');
    }
    feed(list, 'candidates', safeParseCandidates, seenCandidates, addCandidates);
  };
  const feedVacancies = (list: readonly unknown[]): void =>
    feed(list, 'vacancies', safeParseVacancies, seenVacancies, (parsed, at) => {
      if (failure !== undefined) return;
      const withTasks: Vacancy[] = [];
      for (let k = 0; k < parsed.length; k++) {
        try {
          withTasks.push({ ...parsed[k]!, tasks: decomposeVacancy(parsed[k]!) });
        } catch (error) {
          failure = { index: at + k, error };
          break;
        }
      }
      addVacancies(withTasks);
    });

  const ev: Evaluation = {
    excluded: 0,
    distance: 0,
    carved: false,
    jobHours: 0,
    capability: 0,
    skills: 0,
    commute: 0,
    hours: 0,
    preferences: 0,
    economics: 0,
    wageValue: 0,
    signals: 0,
    unassessed: 0,
    score: 0,
  };
  /** Doubles passed between the evaluation's functions (slots HAV, WAGE, FLOOR, BOUND): no boxing a call. */
  const num = new Float64Array(4);
  const status = new Uint8Array(128);
  /** Tasks of the evaluated job (relative to the vacancy's first task): 1 = in the job. */
  const inJob = new Uint8Array(128);
  let skillAcc = new Float64Array(64);
  let skillTouched = new Int32Array(64);
  const eligibleScratch = new Int32Array(128);
  const unitsScratch = new Int32Array(128);
  const valueScratch = new Float64Array(128);
  // Caches of one candidate's results, valid where the stamp equals the candidate's index + 1
  // (indices are never reused, so a stamp never goes stale): status and margin per demand class,
  // occupation preference per occupation, and a mark on each of the candidate's skills.
  let classStamp = new Int32Array(0);
  let classStatus = new Uint8Array(0);
  let marginStamp = new Int32Array(0);
  let classMargin = new Float64Array(0);
  let occupationStamp = new Int32Array(0);
  let occupationFit = new Uint8Array(0);
  let skillMark = new Int32Array(0);
  let markedFor = -1;
  // Per job shape: the candidate's outcome (0, or the exclusion), the job (carved, task mask), signals,
  // and SHAPE_VALUES numbers (see `evaluateShape`).
  let shapeStamp = new Int32Array(0);
  let shapeOutcome = new Uint8Array(0);
  let shapeCarved = new Uint8Array(0);
  let shapeMask = new Int32Array(0);
  let shapeSignals = new Int32Array(0);
  let shapeValues = new Float64Array(0);
  // Per job content: the skills component of the candidate's carved job.
  let contentStamp = new Int32Array(0);
  let contentSkills = new Float64Array(0);
  // Per skill signature: the skills component of the full job.
  let signatureStamp = new Int32Array(0);
  let signatureSkills = new Float64Array(0);
  const fitCaches = (): void => {
    const nc = classIndex.size;
    if (classStamp.length < nc) {
      classStamp = new Int32Array(nc * 2);
      classStatus = new Uint8Array(nc * 2);
      marginStamp = new Int32Array(nc * 2);
      classMargin = new Float64Array(nc * 2);
    }
    const ns = shapeIndex.size;
    if (shapeStamp.length < ns) {
      shapeStamp = new Int32Array(ns * 2);
      shapeOutcome = new Uint8Array(ns * 2);
      shapeCarved = new Uint8Array(ns * 2);
      shapeMask = new Int32Array(ns * 2);
      shapeSignals = new Int32Array(ns * 2);
      shapeValues = new Float64Array(ns * 2 * SHAPE_VALUES);
    }
    const nct = contentIndex.size;
    if (contentStamp.length < nct) {
      contentStamp = new Int32Array(nct * 2);
      contentSkills = new Float64Array(nct * 2);
    }
    const nsig = skillSignatureIndex.size;
    if (signatureStamp.length < nsig) {
      signatureStamp = new Int32Array(nsig * 2);
      signatureSkills = new Float64Array(nsig * 2);
    }
    const no = occupationNames.length;
    if (occupationStamp.length < no) {
      occupationStamp = new Int32Array(no * 2);
      occupationFit = new Uint8Array(no * 2);
    }
    if (skillMark.length < skillNames.length) {
      skillMark = new Int32Array(skillNames.length * 2);
      markedFor = -1;
    }
    if (skillAcc.length < skillNames.length) {
      skillAcc = new Float64Array(skillNames.length * 2);
      skillTouched = new Int32Array(skillNames.length * 2);
    }
  };
  /** Marks the candidate's skills in `skillMark` with its stamp (index + 1). */
  const markSkills = (ci: number): void => {
    const own = cSkills[ci]!;
    for (let k = 0; k < own.length; k++) skillMark[own[k]!] = ci + 1;
    markedFor = ci;
  };

  /**
   * Evaluates the hard rules and every component into `ev`; returns true when not excluded. With a
   * `floor`, a pair whose upper bound (the components known so far, the rest at 1) stays below it is
   * skipped early (`ev.excluded = PRUNED`): top-k searches pass their current k-th key.
   */
  const evaluate = (ci: number, vi: number, floor = Number.NEGATIVE_INFINITY): boolean => {
    // Great-circle distance by the chord between unit vectors: hav(d/R) = chord² / 4.
    const cp = cPos.data;
    const vp = vPos.data;
    const dx = cp[3 * ci]! - vp[3 * vi]!;
    const dy = cp[3 * ci + 1]! - vp[3 * vi + 1]!;
    const dz = cp[3 * ci + 2]! - vp[3 * vi + 2]!;
    const s = vTaskStart.data[vi]!;
    num[HAV] = 0.25 * (dx * dx + dy * dy + dz * dz);
    num[WAGE] = vWage.data[vi]!;
    num[FLOOR] = floor;
    return evaluatePacked(
      ci,
      vi,
      vShape.data[vi]!,
      vSector.data[vi]!,
      vOccupation.data[vi]!,
      vSkillSignature.data[vi]!,
      vLayout.data[vi]!,
      vTaskEnd.data[vi]! - s,
      vContent.data[vi]!,
    );
  };

  /**
   * {@link evaluate} with the vacancy's numbers given (as the grid's packed cells hold them): job
   * shape, sector, occupation, skill signature, job layout, its number of tasks `m`, its job content,
   * and in `num` the distance's hav, the wage (NaN: none) and the floor.
   */
  const evaluatePacked = (
    ci: number,
    vi: number,
    sid: number,
    sector: number,
    occupation: number,
    signature: number,
    layout: number,
    m: number,
    content: number,
  ): boolean => {
    const hav = num[HAV]!;
    const floor = num[FLOOR]!;
    ev.excluded = 0;
    ev.carved = false;
    // hav(d/R) is compared with hav(limit/R) (precomputed) before any arcsine.
    if (hav > cHavLimit.data[ci]!) {
      ev.excluded = EXCLUDED_COMMUTE;
      ev.distance = -hav;
      return false;
    }
    const stamp = ci + 1;
    if (sid >= 0 && shapeStamp[sid] === stamp && shapeCarved[sid] === 0) {
      // The candidate met this job shape before: out, or the full job (every task in it).
      const outcome = shapeOutcome[sid]!;
      if (outcome !== 0) {
        ev.excluded = outcome;
        return false;
      }
      if (!scoreKnownFull(ci, sid, sector, occupation, signature)) return false;
      for (let a = 0; a < m; a++) inJob[a] = 1;
      return true;
    }
    const commuteBound = commuteUpperBound(hav);
    // Preferences: sector and occupation here, avoided task kinds with the job's shape.
    const pref = PREFERENCE_BY_MISMATCH[preferenceMismatch(ci, sector, occupation)]!;
    let avoidFactor: number;
    if (sid >= 0 && shapeStamp[sid] === stamp) {
      // The candidate met this job shape before: a carved job.
      loadShape(sid);
      avoidFactor = shapeAvoidFactor;
      // Bound with every component known but commute (chord), economics and skills.
      const known =
        (W.commute * commuteBound +
          W.preferences * pref * avoidFactor +
          W.capability * ev.capability +
          W.hours * ev.hours +
          W.skills +
          W.economics) /
        weightTotal;
      if (known * opts.carvedFactor < floor - PRUNE_EPS) {
        ev.excluded = PRUNED;
        return false;
      }
      const mask = shapeMask[sid]!;
      for (let a = 0; a < m; a++) inJob[a] = (mask >>> a) & 1;
    } else {
      // Every component not known yet at its most (1).
      const bound =
        (W.commute * commuteBound + W.preferences * pref + W.capability + W.skills + W.hours + W.economics) /
        weightTotal;
      if (bound < floor - PRUNE_EPS) {
        ev.excluded = PRUNED;
        return false;
      }
      num[BOUND] = bound;
      const outcome = evaluateShape(ci, layout, m);
      if (outcome === PRUNED) {
        ev.excluded = PRUNED;
        return false;
      }
      avoidFactor = shapeAvoidFactor;
      if (sid >= 0) {
        shapeStamp[sid] = stamp;
        shapeOutcome[sid] = outcome;
        shapeCarved[sid] = outcome === 0 && ev.carved ? 1 : 0;
        if (outcome === 0) {
          let mask = 0;
          for (let a = 0; a < m; a++) mask |= inJob[a]! << a;
          shapeMask[sid] = mask;
          shapeSignals[sid] = ev.signals;
          const at = sid * SHAPE_VALUES;
          shapeValues[at] = ev.capability;
          shapeValues[at + 1] = ev.hours;
          shapeValues[at + 2] = avoidFactor;
          shapeValues[at + 3] = ev.jobHours;
          shapeValues[at + 4] = ev.wageValue;
        }
      }
      if (outcome !== 0) {
        ev.excluded = outcome;
        return false;
      }
    }
    ev.preferences = pref * avoidFactor;

    // Skills: the share of the job's hours-weighted skills the candidate has.
    if (!ev.carved) {
      loadSignatureSkills(ci, signature);
    } else if (content >= 0 && contentStamp[content] === stamp) {
      ev.skills = contentSkills[content]!;
    } else {
      // The carved job's tasks of the content's first vacancy: the same skills, rows other candidates read too.
      const from = vTaskStart.data[content >= 0 ? contentVacancy.data[content]! : vi]!;
      if (markedFor !== ci) markSkills(ci);
      let dot = 0;
      let jobWeight = 0;
      const hoursOf = tHours.data;
      const acc = skillAcc;
      const touchedIds = skillTouched;
      const skillStart = tSkillStart.data;
      const skillIds = tSkillIds.data;
      let touched = 0;
      for (let a = 0; a < m; a++) {
        if (inJob[a] === 0) continue;
        const t = from + a;
        const h = Math.max(hoursOf[t]!, 0);
        const end = skillStart[t + 1]!;
        for (let k = skillStart[t]!; k < end; k++) {
          const id = skillIds[k]!;
          if (acc[id] === 0) touchedIds[touched++] = id;
          acc[id] = acc[id]! + h;
        }
      }
      for (let k = 0; k < touched; k++) {
        const id = touchedIds[k]!;
        if (skillMark[id] === stamp) dot += acc[id]!;
        jobWeight += acc[id]!;
        acc[id] = 0;
      }
      ev.skills = skillsCoverage(dot, jobWeight);
      if (content >= 0) {
        contentStamp[content] = stamp;
        contentSkills[content] = ev.skills;
      }
    }

    finishScore(ci);
    return true;
  };

  /**
   * Preferences on sector and occupation as a code (bit 0: another sector, bit 1: another occupation)
   * for `PREFERENCE_BY_MISMATCH`; the avoided-tasks factor comes with the job's shape.
   */
  const preferenceMismatch = (ci: number, sector: number, occupation: number): number => {
    let code = (cSector.data[ci]! & (1 << sector)) === 0 ? 1 : 0;
    const occ = cOccupationPref[ci];
    if (occ !== undefined) {
      if (occupationStamp[occupation] !== ci + 1) {
        occupationStamp[occupation] = ci + 1;
        occupationFit[occupation] = occupationMatches(occ, occupationNames[occupation]!) ? 1 : 0;
      }
      if (occupationFit[occupation] === 0) code |= 2;
    }
    return code;
  };

  /**
   * Scores a pair whose job shape candidate `ci` has met and fits as the full job, from numbers alone
   * (the candidate's caches and the vacancy's sector, occupation, skill signature and wage): the
   * path of most pairs in a national run; hav, wage and floor in `num`. Returns false when the pair's
   * upper bound (economics at 1) stays below the floor (`ev.excluded = PRUNED`).
   */
  const scoreKnownFull = (
    ci: number,
    sid: number,
    sector: number,
    occupation: number,
    signature: number,
  ): boolean => {
    const hav = num[HAV]!;
    loadShape(sid);
    ev.preferences = PREFERENCE_BY_MISMATCH[preferenceMismatch(ci, sector, occupation)]! * shapeAvoidFactor;
    loadSignatureSkills(ci, signature);
    const commuteBound = commuteUpperBound(hav);
    const known =
      (W.commute * commuteBound +
        W.preferences * ev.preferences +
        W.capability * ev.capability +
        W.hours * ev.hours +
        W.skills * ev.skills +
        W.economics) /
      weightTotal;
    if (known < num[FLOOR]! - PRUNE_EPS) {
      ev.excluded = PRUNED;
      return false;
    }
    finishScore(ci);
    return true;
  };

  /**
   * The commute component's upper bound from hav(d/R) before the arcsine: asin(x) ≥ x, so the chord
   * gives a distance no longer than the true one and a component no lower.
   */
  const commuteUpperBound = (hav: number): number =>
    Math.max(0, 1 - (2 * EARTH_RADIUS_KM * Math.sqrt(hav)) / commuteScoreKm);

  /** Distance, commute, economics and the total score from the components in `ev` (hav and wage in `num`). */
  const finishScore = (ci: number): void => {
    const unassessed = unassessedCount(ci);
    ev.unassessed = unassessed;
    if (unassessed > 0) ev.capability *= checkFactor(ev.signals + unassessed) / checkFactor(ev.signals);
    const hav = num[HAV]!;
    const wage = num[WAGE]!;
    const d = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(hav)));
    ev.distance = d;
    ev.commute = Math.max(0, 1 - d / commuteScoreKm);
    // Economics: the employer's net cost per productive hour against a regular hire (wage-value module).
    const ratio = economicsCore(
      econ,
      cGroup[ci]!,
      ev.wageValue,
      ev.jobHours,
      wageOrNone(wage),
      undefined,
    ).ratio;
    ev.economics = Number.isFinite(ratio) ? (ratio <= 1 ? 1 : 1 / ratio) : 0;
    const total =
      (W.capability * ev.capability +
        W.skills * ev.skills +
        W.commute * ev.commute +
        W.hours * ev.hours +
        W.economics * ev.economics +
        W.preferences * ev.preferences) /
      weightTotal;
    ev.score = Math.min(1, Math.max(0, ev.carved ? total * opts.carvedFactor : total));
  };

  /**
   * The share of a job's hours-weighted skills (total weight `jobWeight`) the candidate has (`dot`):
   * a broad CV is not punished, and a candidate with no known skill scores as one with unrelated
   * skills; `unknownSkills` only when the job names none (the same for every candidate).
   */
  const skillsCoverage = (dot: number, jobWeight: number): number =>
    jobWeight > 0 ? Math.min(1, dot / jobWeight) : opts.unknownSkills;

  /** Sets `ev.skills` for a full job with skill signature `sig` and candidate `ci` (cached). */
  const loadSignatureSkills = (ci: number, sig: number): void => {
    const stamp = ci + 1;
    if (signatureStamp[sig] !== stamp) {
      if (markedFor !== ci) markSkills(ci);
      let dot = 0;
      const pairs = signaturePairs.data;
      const end = 2 * signatureStart.data[sig + 1]!;
      for (let k = 2 * signatureStart.data[sig]!; k < end; k += 2)
        if (skillMark[pairs[k]!] === stamp) dot += pairs[k + 1]!;
      signatureStamp[sig] = stamp;
      signatureSkills[sig] = skillsCoverage(dot, signatureWeight.data[sig]!);
    }
    ev.skills = signatureSkills[sig]!;
  };

  /** The avoided-tasks factor of the preferences component, set by `evaluateShape` and `loadShape`. */
  let shapeAvoidFactor = 1;

  /** Loads what the current candidate's evaluation of job shape `sid` left (see `evaluateShape`) into `ev`. */
  const loadShape = (sid: number): void => {
    const at = sid * SHAPE_VALUES;
    ev.carved = shapeCarved[sid] === 1;
    ev.capability = shapeValues[at]!;
    ev.hours = shapeValues[at + 1]!;
    shapeAvoidFactor = shapeValues[at + 2]!;
    ev.jobHours = shapeValues[at + 3]!;
    ev.wageValue = shapeValues[at + 4]!;
    ev.signals = shapeSignals[sid]!;
  };

  /**
   * The part of an evaluation that depends only on the job's shape (`m` tasks of job layout `layout`):
   * the hard rules on capability and hours with carving, the job (`ev.carved`, `inJob`,
   * `ev.jobHours`), the capability and hours components, signals, the wage value, and the
   * avoided-tasks factor (`shapeAvoidFactor`). Returns 0, an exclusion code, or `PRUNED` when a carved
   * job's upper bound (`bound` × the carved factor) stays below `floor`.
   */
  const evaluateShape = (ci: number, layout: number, m: number): number => {
    const floor = num[FLOOR]!;
    const bound = num[BOUND]!;
    const rows = layouts.data;
    const head = layout * LAYOUT_STRIDE;
    const stamp = ci + 1;
    let fullFits = true;
    for (let a = 0, at = head + LAYOUT_STRIDE + 1; a < m; a++, at += LAYOUT_STRIDE) {
      const cls = rows[at]!;
      if (classStamp[cls] !== stamp) {
        classStamp[cls] = stamp;
        classStatus[cls] = checkCompiled(profiles, ci, demands, cls);
      }
      const st = classStatus[cls]!;
      status[a] = st;
      inJob[a] = 1;
      if (st === STATUS_EXCEEDS) fullFits = false;
    }
    const maxH = cMax.data[ci]!;
    let jobHours = rows[head]!;
    const qualification = rows[head + 2]!;
    // Whether the candidate holds the qualification the core tasks need (remembered per list and text).
    const qualified = qualification < 0 || qualifications.met(cHeld.data[ci]!, qualification);
    if (!fullFits || !qualified || jobHours > maxH) {
      // The whole vacancy is out; a carved job inside it (never with a core task) may fit.
      const carving = opts.carving;
      const excluded = !fullFits ? EXCLUDED_CAPABILITY : !qualified ? EXCLUDED_QUALIFICATION : EXCLUDED_HOURS;
      if (carving === false || rows[head + 1] === 0) return excluded;
      if (bound * opts.carvedFactor < floor - PRUNE_EPS) return PRUNED;
      if (carveWithin(ci, layout, m)) {
        jobHours = 0;
        for (let a = 0; a < m; a++)
          if (inJob[a] === 1) jobHours += quarter(rows[head + (a + 1) * LAYOUT_STRIDE]!);
      } else {
        // Only the hours are too many: the whole job offered at the candidate's most hours, every task
        // pro rata, when that is at least the carving minimum (the rest stays open for another hire).
        const fewer = Math.floor(maxH * HOURS_GRID + 1e-9) / HOURS_GRID;
        if (!fullFits || !qualified || fewer < carveFloor(ci) || !(fewer > 0)) return excluded;
        for (let a = 0; a < m; a++) inJob[a] = 1;
        jobHours = fewer;
      }
      ev.carved = true;
    }
    ev.jobHours = jobHours;

    // Capability: room on the tightest item of the job's tasks, less 5% for each signal (at most 4).
    const wage = cWage[ci]!;
    const avoid = cAvoid[ci]!;
    const fallback = cWageFallback.data[ci]!;
    let signals = 0;
    let avoided = 0;
    let taskHours = 0;
    let productive = 0;
    for (let a = 0; a < m; a++) {
      if (inJob[a] === 0) continue;
      const at = head + (a + 1) * LAYOUT_STRIDE;
      const h = rows[at]!;
      const kind = rows[at + 2]!;
      if (status[a] === STATUS_SIGNAL) signals++;
      if (kind < avoid.length && avoid[kind] === 1) avoided += h;
      taskHours += h;
      productive += h * (kind < wage.length ? wage[kind]! : fallback);
    }
    // A point on the limit is a check with a small cost (below), not a cliff: the room is that of the
    // tightest item not on the limit.
    let margin = 1;
    for (let a = 0; a < m && margin > 0; a++) {
      if (inJob[a] === 0) continue;
      const cls = rows[head + (a + 1) * LAYOUT_STRIDE + 1]!;
      if (marginStamp[cls] !== stamp) {
        marginStamp[cls] = stamp;
        classMargin[cls] = marginCompiled(profiles, ci, demands, cls, true);
      }
      const r = classMargin[cls]!;
      if (r < margin) margin = r;
    }
    ev.signals = signals;
    ev.capability = (0.5 + 0.5 * margin) * checkFactor(signals);
    const minH = cMin.data[ci]!;
    ev.hours = jobHours >= minH ? 1 : minH > 0 ? jobHours / minH : 1;
    shapeAvoidFactor = jobHours > 0 && avoided > 0 ? 1 - 0.5 * Math.min(1, avoided / jobHours) : 1;
    ev.wageValue = taskHours > 0 ? Math.min(1, Math.max(0, productive / taskHours)) : fallback;
    return 0;
  };

  /** Per candidate: the `AssessedItems` version its count was taken at (+1), and the count. */
  const cUnassessedAt: number[] = [];
  const cUnassessed: number[] = [];
  /** How many FML items candidate `ci` is limited on that no task states (cached per version). */
  const unassessedCount = (ci: number): number => {
    if (cUnassessedAt[ci] !== assessed.version + 1) {
      cUnassessedAt[ci] = assessed.version + 1;
      cUnassessed[ci] = assessed.unassessed(cRecords[ci]!.capabilities).length;
    }
    return cUnassessed[ci]!;
  };

  /** The fewest hours of a carved job for candidate `ci` (see `carveFloorHours`). */
  const carveFloor = (ci: number): number => carveFloorHours(opts.carving, cMax.data[ci]!, cMin.data[ci]!);

  /**
   * The best subset of the job's carvable tasks (layout `layout`, `m` tasks) by productive hours
   * within the candidate's window (carving's minimum hours to their maximum), written into `inJob`; false
   * when none fits.
   */
  const carveWithin = (ci: number, layout: number, m: number): boolean => {
    const maxH = cMax.data[ci]!;
    const minH = carveFloor(ci);
    const wage = cWage[ci]!;
    const avoid = cAvoid[ci]!;
    const fallback = cWageFallback.data[ci]!;
    const rows = layouts.data;
    const first = (layout + 1) * LAYOUT_STRIDE;
    const eligible = eligibleScratch;
    let n = 0;
    for (let a = 0; a < m; a++) {
      const at = first + a * LAYOUT_STRIDE;
      const h = rows[at]!;
      const kind = rows[at + 2]!;
      if (rows[at + 3] === 1 || status[a] === STATUS_EXCEEDS || !(h > 0) || h > maxH) continue;
      if (kind < avoid.length && avoid[kind] === 1) continue;
      eligible[n++] = a;
    }
    if (n === 0 || minH > maxH) return false;
    // A loop, not `fill`: the builtin allocates on each call.
    for (let a = 0; a < m; a++) inJob[a] = 0;
    // Each eligible task's quarter hours and productive hours (hours × estimated wage value).
    const units = unitsScratch;
    const values = valueScratch;
    for (let b = 0; b < n; b++) {
      const at = first + eligible[b]! * LAYOUT_STRIDE;
      const kind = rows[at + 2]!;
      units[b] = Math.round(rows[at]! * HOURS_GRID);
      values[b] = rows[at]! * (kind < wage.length ? wage[kind]! : fallback);
    }
    if (n > MAX_ENUMERATED_TASKS) {
      const b = solveBundle({
        items: [...eligible.subarray(0, n)].map((a, b) => ({
          hours: rows[first + a * LAYOUT_STRIDE]!,
          value: values[b]!,
          group: 0,
        })),
        minHours: minH,
        maxHours: maxH,
      });
      if (b === null || b.items.length === 0) return false;
      for (const i of b.items) inJob[eligible[i]!] = 1;
      return true;
    }
    // Enumerate the subsets of the eligible tasks (at most 2^16); ties to the smaller subset mask.
    const lo = Math.ceil(minH * HOURS_GRID - 1e-9);
    const hi = Math.floor(maxH * HOURS_GRID + 1e-9);
    let best = -1;
    let bestValue = -1;
    for (let sub = (1 << n) - 1; sub > 0; sub--) {
      let total = 0;
      let value = 0;
      for (let b = 0; b < n; b++) {
        if (((sub >> b) & 1) === 0) continue;
        total += units[b]!;
        value += values[b]!;
      }
      if (total < lo || total > hi) continue;
      if (value > bestValue + 1e-9 || (value > bestValue - 1e-9 && sub < best)) {
        best = sub;
        bestValue = value;
      }
    }
    if (best < 0) return false;
    for (let b = 0; b < n; b++) if ((best >> b) & 1) inJob[eligible[b]!] = 1;
    return true;
  };

  /** The records and columns the explanation reads (never writes). */
  const explainContext: ExplainContext = {
    opts,
    econ,
    rules,
    assessed,
    profiles,
    demands,
    cRecords,
    vRecords,
    cGroup,
    cSkills,
    cSector,
    cOccupationPref,
    cLimit,
    cMin,
    cMax,
    cMaxWhy,
    cCounts,
    cPriority,
    vWage,
    vSector,
    vOccupation,
    occupationNames,
    vTaskStart,
    vTaskEnd,
    vSkillSignature,
    signatureStart,
    signaturePairs,
    tHours,
    tClass,
    tSkillStart,
    tSkillIds,
    skillNames,
    skillLabels,
  };

  /**
   * The full, explained result of the pair just evaluated (`ok` = not excluded), from a snapshot of
   * the evaluation: the only place the scratch state is copied, so the hot path allocates nothing.
   */
  const explain = (ci: number, vi: number, ok: boolean): PairResult =>
    explainPair(explainContext, {
      ...ev,
      ci,
      vi,
      excluded: ok ? 0 : ev.excluded,
      inJob: inJob.slice(0, vTaskEnd.data[vi]! - vTaskStart.data[vi]!),
    });

  /** The id of an argument that is an id or a record with an id. */
  const idOf = (x: unknown, what: string): string => {
    const id =
      typeof x === 'string'
        ? x
        : typeof x === 'object' && x !== null
          ? (x as { id?: unknown }).id
          : undefined;
    if (typeof id !== 'string') {
      throw new BanenmatchError('INVALID_ARGUMENT', `expected a ${what} id or a ${what} with an id`);
    }
    return id;
  };
  const resolveCandidate = (c: string | Candidate): number => {
    const id = idOf(c, 'candidate');
    const i = cIndex.get(id);
    if (i === undefined) {
      // A BSN passed as the id is not shown: the matcher never holds one, so the caller passed a BSN.
      const shown = looksLikeBsn(id) ? 'that looks like a BSN' : `"${id}"`;
      throw new BanenmatchError('NOT_FOUND', `candidate ${shown} is not in this matcher`);
    }
    return i;
  };
  const resolveVacancy = (v: string | Vacancy): number => {
    const id = idOf(v, 'vacancy');
    const i = vIndex.get(id);
    if (i === undefined) throw new BanenmatchError('NOT_FOUND', `vacancy "${id}" is not in this matcher`);
    return i;
  };

  /** The current candidate's floor in a top-k search (see `forEachMatchInReach`), kept unboxed. */
  const floorBox = new Float64Array(1);

  /**
   * Calls `onMatch(vi)` with `ev` holding the evaluation, for every vacancy near candidate `ci` that
   * passes the hard rules and whose upper bound reaches the floor: `floorBox[0]` (the caller keeps it
   * current), or with `vFloor` the smaller of it and `vFloor[vi] − lift` (pairs below it may be left
   * out). Reads the grid's packed cells: out of reach and a job shape the candidate is known to be
   * excluded from are settled there; the rest go through `evaluatePacked` (the same function as
   * `evaluate`, so the same scores) without touching the vacancy's own columns.
   */
  const forEachMatchInReach = (
    ci: number,
    vFloor: Float64Array | undefined,
    lift: number,
    onMatch: (vi: number) => void,
  ): void => {
    const cx = cPos.data[3 * ci]!;
    const cy = cPos.data[3 * ci + 1]!;
    const cz = cPos.data[3 * ci + 2]!;
    const havLimit = cHavLimit.data[ci]!;
    const stamp = ci + 1;
    vGrid.forEachCellNear(cLat.data[ci]!, cLon.data[ci]!, cLimit.data[ci]!, (cell) => {
      const ids = cell.ids;
      const data = cell.data;
      const ints = cell.ints;
      for (let q = 0; q < ids.length; q++) {
        const o = q * VGRID_STRIDE;
        const dx = cx - data[o]!;
        const dy = cy - data[o + 1]!;
        const dz = cz - data[o + 2]!;
        const hav = 0.25 * (dx * dx + dy * dy + dz * dz);
        if (hav > havLimit) continue;
        const p = q * VGRID_INTS;
        const sid = ints[p]!;
        if (sid >= 0 && shapeStamp[sid] === stamp && shapeOutcome[sid] !== 0) continue;
        const vi = ids[q]!;
        num[HAV] = hav;
        num[WAGE] = data[o + 3]!;
        num[FLOOR] = vFloor === undefined ? floorBox[0]! : Math.min(floorBox[0]!, vFloor[vi]! - lift);
        const so = ints[p + 1]!;
        if (
          evaluatePacked(ci, vi, sid, so & 1, so >> 1, ints[p + 2]!, ints[p + 3]!, ints[p + 4]!, ints[p + 5]!)
        )
          onMatch(vi);
      }
    });
  };

  /** The ranking key of a pair for a vacancy: its score plus the candidate's {@link liftOf} (scores are ≤ 1). */
  const vacancyKey = (ci: number, score: number): number => score + liftOf(ci);

  /**
   * A candidate's lift in a vacancy's ranking: sheltered work (counts no banenafspraak job) below every
   * counting candidate (−2), priority candidates above all when asked (+2), else 0.
   */
  const liftOf = (ci: number): number =>
    cCounts.data[ci] === 0 ? -2 : opts.priorityFirst && cPriority.data[ci] === 1 ? 2 : 0;

  const one = { keys: new Float64Array(0), idx: new Int32Array(0), count: new Int32Array(1) };
  /** The top k for one candidate (vi = −1) or one vacancy (ci = −1), explained. */
  const rankOne = (ci: number, vi: number, k: number): Match[] => {
    if (one.keys.length < k) {
      one.keys = new Float64Array(k);
      one.idx = new Int32Array(k);
    }
    one.count[0] = 0;
    if (k > 0 && ci >= 0) {
      floorBox[0] = opts.minScore;
      forEachMatchInReach(ci, undefined, 0, (v) => {
        if (ev.score < opts.minScore) return;
        insertTop(one.keys, one.idx, one.count, 0, k, ev.score, v);
        floorBox[0] = floorOf(one.keys, one.count, 0, k, 0, opts.minScore);
      });
    } else if (k > 0) {
      cGrid.forEachNear(vLat.data[vi]!, vLon.data[vi]!, candidates.maxLimit, (c) => {
        if (
          evaluate(c, vi, floorOf(one.keys, one.count, 0, k, liftOf(c), opts.minScore)) &&
          ev.score >= opts.minScore
        )
          insertTop(one.keys, one.idx, one.count, 0, k, vacancyKey(c, ev.score), c);
      });
    }
    const out: Match[] = [];
    for (let r = 0; r < one.count[0]!; r++) {
      const other = one.idx[r]!;
      const c = ci >= 0 ? ci : other;
      const v = ci >= 0 ? other : vi;
      out.push(explain(c, v, evaluate(c, v)) as Match);
    }
    return out;
  };

  const rankAll = (given?: RankAllOptions | null): { byCandidate: Match[][]; byVacancy: Match[][] } => {
    const options = given ?? {};
    const nC = cRecords.length;
    const nV = vRecords.length;
    // No list can be longer than the other side.
    const k = Math.min(checkK(options), Math.max(nC, nV));
    const cKeys = new Float64Array(nC * k);
    const cIdx = new Int32Array(nC * k);
    const cCount = new Int32Array(nC);
    const vKeys = new Float64Array(nV * k);
    const vIdx = new Int32Array(nV * k);
    const vCount = new Int32Array(nV);
    // Each list's floor (see floorOf), kept up to date as the lists fill.
    const vFloor = new Float64Array(nV).fill(opts.minScore);
    for (let ci = 0; ci < nC && k > 0; ci++) {
      if ((ci & 63) === 0) {
        throwIfAborted(options.signal, 'rankAll');
        options.onProgress?.(ci, nC);
      }
      if (cRecords[ci] === undefined) continue;
      const lift = liftOf(ci);
      floorBox[0] = opts.minScore;
      forEachMatchInReach(ci, vFloor, lift, (vi) => {
        if (ev.score < opts.minScore) return;
        insertTop(cKeys, cIdx, cCount, ci, k, ev.score, vi);
        floorBox[0] = floorOf(cKeys, cCount, ci, k, 0, opts.minScore);
        insertTop(vKeys, vIdx, vCount, vi, k, vacancyKey(ci, ev.score), ci);
        vFloor[vi] = floorOf(vKeys, vCount, vi, k, 0, opts.minScore);
      });
    }
    throwIfAborted(options.signal, 'rankAll');
    const explained = new Map<number, Match>();
    const matchOf = (ci: number, vi: number): Match => {
      const key = ci * nV + vi;
      let m = explained.get(key);
      if (m === undefined) {
        if ((explained.size & 255) === 255) throwIfAborted(options.signal, 'rankAll');
        m = explain(ci, vi, evaluate(ci, vi)) as Match;
        explained.set(key, m);
      }
      return m;
    };
    const { c: liveC, v: liveV } = live();
    const byCandidate = liveC.map((ci) => {
      const list: Match[] = [];
      for (let r = 0; r < cCount[ci]!; r++) list.push(matchOf(ci, cIdx[ci * k + r]!));
      return list;
    });
    const byVacancy = liveV.map((vi) => {
      const list: Match[] = [];
      for (let r = 0; r < vCount[vi]!; r++) list.push(matchOf(vIdx[vi * k + r]!, vi));
      return list;
    });
    options.onProgress?.(nC, nC);
    return { byCandidate, byVacancy };
  };

  const shortlist = (given?: RankAllOptions | null): Shortlist => {
    const options = given ?? {};
    const k = checkK(options);
    const { c: liveC, vLive } = live();
    const nC = liveC.length;
    const keys = new Float64Array(k);
    const idx = new Int32Array(k);
    const count = new Int32Array(1);
    // Candidates in a serpentine order over the grid: neighbours in turn read the same cells while
    // they are in the processor's cache. Each list is independent of the order; rows are put back
    // in candidate order at the end.
    const place = new Float64Array(nC);
    liveC.forEach((ci, li) => {
      place[li] = vGrid.serpentineKey(cLat.data[ci]!, cLon.data[ci]!);
    });
    const order = Int32Array.from(liveC.keys()).sort((a, b) => place[a]! - place[b]! || a - b);
    const rows = new ShortlistRows(nC, k);
    for (let step = 0; step < nC; step++) {
      if ((step & 63) === 0) {
        throwIfAborted(options.signal, 'shortlist');
        options.onProgress?.(step, nC);
      }
      const li = order[step]!;
      const ci = liveC[li]!;
      count[0] = 0;
      if (k > 0) {
        floorBox[0] = opts.minScore;
        forEachMatchInReach(ci, undefined, 0, (vi) => {
          if (ev.score < opts.minScore) return;
          insertTop(keys, idx, count, 0, k, ev.score, vi);
          floorBox[0] = floorOf(keys, count, 0, k, 0, opts.minScore);
        });
      }
      rows.put(li, count[0]!, idx, keys, vLive);
    }
    throwIfAborted(options.signal, 'shortlist');
    const list = rows.finish();
    options.onProgress?.(nC, nC);
    return list;
  };

  /** One record of an incremental edit, validated; its warnings kept under the edit's name. */
  const parseOne = <T>(record: unknown, safeParse: (list: unknown) => ParseResult<T[]>, edit: string): T => {
    const r = safeParse([record]);
    for (const w of r.warnings) warnings.push({ ...w, path: [edit, ...w.path.slice(1)] });
    if (!r.success) throw r.error;
    return r.data[0]!;
  };

  const addCandidate = (candidate: unknown): void => {
    const c = parseOne(candidate, safeParseCandidates, 'addCandidate');
    noDuplicates([c.id], cIndex, 'addCandidate');
    addCandidates([c]);
    fitCaches();
  };
  const removeCandidate = (id: string): void => {
    const i = resolveCandidate(id);
    candidates.remove(i);
    liveCache = undefined;
  };
  const addVacancy = (vacancy: unknown): void => {
    const v = parseOne(vacancy, safeParseVacancies, 'addVacancy');
    noDuplicates([v!.id], vIndex, 'addVacancy');
    addVacancies([{ ...v!, tasks: decomposeVacancy(v!) }]);
    fitCaches();
  };
  const removeVacancy = (id: string): void => {
    const i = resolveVacancy(id);
    vacancies.remove(i);
    liveCache = undefined;
  };

  const matcher: Matcher = {
    get candidates() {
      return live().c.map((i) => cRecords[i]!);
    },
    get vacancies() {
      return live().v.map((i) => vRecords[i]!);
    },
    options: opts,
    warnings,
    rank(candidate, rankOptions = {}) {
      return rankOne(resolveCandidate(candidate), -1, checkK(rankOptions));
    },
    rankCandidates(vacancy, rankOptions = {}) {
      return rankOne(-1, resolveVacancy(vacancy), checkK(rankOptions));
    },
    score(candidate, vacancy) {
      const ci = resolveCandidate(candidate);
      const vi = resolveVacancy(vacancy);
      return explain(ci, vi, evaluate(ci, vi));
    },
    rankAll,
    shortlist,
    screen(candidateIndex, vacancyIndex) {
      const { c, v } = live();
      const ci = c[candidateIndex];
      const vi = v[vacancyIndex];
      if (ci === undefined || vi === undefined)
        throw new BanenmatchError('INVALID_ARGUMENT', 'screen: index out of range');
      return evaluate(ci, vi);
    },
    candidateIndex: (id) => {
      const i = cIndex.get(id);
      return i === undefined ? -1 : live().cLive[i]!;
    },
    vacancyIndex: (id) => {
      const i = vIndex.get(id);
      return i === undefined ? -1 : live().vLive[i]!;
    },
    addCandidate,
    removeCandidate,
    updateCandidate(candidate) {
      const c = parseOne(candidate, safeParseCandidates, 'updateCandidate');
      removeCandidate(c.id);
      addCandidates([c]);
      fitCaches();
    },
    addVacancy,
    removeVacancy,
    updateVacancy(vacancy) {
      const v = parseOne(vacancy, safeParseVacancies, 'updateVacancy');
      removeVacancy(v.id);
      addVacancies([{ ...v, tasks: decomposeVacancy(v) }]);
      fitCaches();
    },
  };

  return {
    addCandidates: feedCandidates,
    addVacancies: feedVacancies,
    get failedVacancy() {
      return issues.length === 0 && failure !== undefined ? failure.index : -1;
    },
    finish() {
      if (issues.length > 0) throw new ValidationError('createMatcher', issues);
      if (failure !== undefined) throw failure.error;
      fitCaches();
      return matcher;
    },
  };
}
