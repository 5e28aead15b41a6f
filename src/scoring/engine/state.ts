import type { Candidate } from '../../domain/schemas.js';
import type { EconomicsContext } from '../../wage-value/economics.js';
import type { AssessedItems } from '../assessed-items.js';
import type { PairSnapshot } from '../explain/context.js';
import type { ResolvedMatcherOptions } from '../options.js';
import type { QualificationMemo } from '../qualification-memo.js';
import type { ByteColumn, FloatColumn, GrowableDemands, GrowableProfiles, IntColumn } from '../store.js';
import type { CandidateTable } from '../tables/candidates.js';
import type { ProfileMasks } from '../tables/profile-masks.js';
import type { VacancyTable } from '../tables/vacancies.js';
import { CarvableShapes } from './carvable.js';
import { SettledShapes } from './settled-shapes.js';

/** Numbers remembered per candidate and job shape: capability, hours, avoided-tasks factor, job hours, wage value. */
export const SHAPE_VALUES = 5;

/**
 * @internal Reused result of one pair evaluation (no allocation per pair): the fields of a
 * `PairSnapshot` without the pair and the job's tasks (those are in `Engine.inJob`). Every field is
 * set in the constructor, so V8 gives all instances one shape.
 */
export class Evaluation implements Omit<PairSnapshot, 'ci' | 'vi' | 'inJob'> {
  excluded = 0;
  distance = 0;
  // Stryker disable next-line BooleanLiteral: set before any read: every evaluation (`evaluate`, `verdict`, `evaluatePacked`) writes `carved` and `reduced` first, `snapshotOf` reads them after one
  carved = false;
  // Stryker disable next-line BooleanLiteral: as `carved` above
  reduced = false;
  jobHours = 0;
  capability = 0;
  skills = 0;
  commute = 0;
  hours = 0;
  preferences = 0;
  economics = 0;
  wageValue = 0;
  signals = 0;
  unassessed = 0;
  score = 0;
}

/**
 * @internal The engine's state: the columns it reads (by object, so a column that grows is read at
 * its current storage), the weights as numbers, the scratch of one evaluation and the caches of one
 * candidate's results. One monomorphic object, every field set in the constructor; the engine's
 * functions (`evaluator.ts`, `shape.ts`, `carve.ts`) take it as their first argument. Numbers only:
 * the reasons are written by the explanation, from a snapshot (`snapshotOf`).
 */
export class Engine {
  // Options and weights.
  readonly opts: ResolvedMatcherOptions;
  readonly econ: EconomicsContext;
  readonly wCapability: number;
  readonly wSkills: number;
  readonly wCommute: number;
  readonly wHours: number;
  readonly wEconomics: number;
  readonly wPreferences: number;
  readonly weightTotal: number;
  /** Where the commute component reaches 0, the same for every candidate (the limit is a hard rule only). */
  readonly commuteScoreKm: number;
  readonly carvedFactor: number;
  readonly unknownSkills: number;
  readonly qualifications: QualificationMemo;
  readonly assessed: AssessedItems;
  // Candidate columns.
  readonly cRecords: readonly (Candidate | undefined)[];
  readonly profiles: GrowableProfiles;
  /** The candidate's profile id, and per profile the classes it exceeds and signals on (bit masks). */
  readonly cProfile: IntColumn;
  readonly profileMasks: ProfileMasks;
  readonly cPos: FloatColumn;
  readonly cHavLimit: FloatColumn;
  readonly cMin: FloatColumn;
  readonly cMax: FloatColumn;
  readonly cSkills: readonly Int32Array[];
  readonly cWage: readonly Float64Array[];
  readonly cAvoid: readonly Uint8Array[];
  readonly cWageFallback: FloatColumn;
  readonly cSector: ByteColumn;
  readonly cOccupationPref: readonly (readonly string[] | undefined)[];
  readonly cGroup: readonly Candidate['targetGroup'][];
  readonly cHeld: IntColumn;
  // Vacancy and task columns.
  readonly vPos: FloatColumn;
  readonly vWage: FloatColumn;
  readonly vSector: ByteColumn;
  readonly vTaskStart: IntColumn;
  readonly vTaskEnd: IntColumn;
  readonly vShape: IntColumn;
  readonly vLayout: IntColumn;
  readonly vContent: IntColumn;
  readonly vOccupation: IntColumn;
  readonly vSkillSignature: IntColumn;
  readonly demands: GrowableDemands;
  readonly tHours: FloatColumn;
  readonly tSkillStart: IntColumn;
  readonly tSkillIds: IntColumn;
  readonly signatureStart: IntColumn;
  readonly signaturePairs: FloatColumn;
  readonly signatureWeight: FloatColumn;
  readonly layouts: FloatColumn;
  /** Per job shape: its demand classes as a bit mask, and its highest class + 1. */
  readonly shapeBits: IntColumn;
  readonly shapeTop: IntColumn;
  /** The job layout of each job shape. */
  readonly shapeLayout: IntColumn;
  readonly contentVacancy: IntColumn;
  readonly occupationNames: readonly string[];
  private readonly vacancies: VacancyTable;
  /** Skill names interned so far (the vocabulary's list, which grows). */
  private readonly skillNames: readonly string[];

  // One evaluation: its result, the numbers its functions pass each other (doubles in fields, not
  // boxed in arguments), and its scratch.
  readonly ev = new Evaluation();
  /** hav(d/R) of the pair being evaluated. */
  hav = Number.NaN;
  /** The vacancy's wage per hour (NaN: none). */
  wage = Number.NaN;
  /** The top-k search's floor: a pair whose upper bound stays below it is pruned. */
  floor = Number.NEGATIVE_INFINITY;
  /** The pair's upper bound before its job shape is evaluated. */
  bound = Number.NaN;
  /** The commute component's upper bound by the chord (see `commuteUpperBound`), 1 without a floor. */
  commuteBound = 1;
  /** The avoided-tasks factor of the preferences component, set by `evaluateShape` and `loadShape`. */
  shapeAvoidFactor = 1;
  /** Status of each task of the job (relative to the vacancy's first task). */
  readonly status = new Uint8Array(128);
  /** Tasks of the evaluated job (relative to the vacancy's first task): 1 = in the job. */
  readonly inJob = new Uint8Array(128);
  readonly eligibleScratch = new Int32Array(128);
  readonly unitsScratch = new Int32Array(128);
  readonly valueScratch = new Float64Array(128);
  skillAcc = new Float64Array(64);
  skillTouched = new Int32Array(64);

  // Caches of one candidate's results, valid where the stamp equals the candidate's index + 1
  // (indices are never reused, so a stamp never goes stale): status and margin per demand class,
  // occupation preference per occupation, and a mark on each of the candidate's skills.
  classStamp = new Int32Array(0);
  classStatus = new Uint8Array(0);
  marginStamp = new Int32Array(0);
  classMargin = new Float64Array(0);
  occupationStamp = new Int32Array(0);
  occupationFit = new Uint8Array(0);
  skillMark = new Int32Array(0);
  // Stryker disable next-line UnaryOperator: the constructor's `fitCaches` sets it to −1 as soon as a skill is interned (`skillMark` is empty); with no skill interned there is no mark to read
  markedFor = -1;
  // Per job shape: the candidate's outcome (0, or the exclusion), the job (carved, task mask), signals,
  // and SHAPE_VALUES numbers (see `evaluateShape`).
  shapeStamp = new Int32Array(0);
  shapeOutcome = new Uint8Array(0);
  shapeCarved = new Uint8Array(0);
  shapeMask = new Int32Array(0);
  shapeSignals = new Int32Array(0);
  shapeValues = new Float64Array(0);
  /**
   * An upper bound on the score of any pair of a job shape the candidate fits (commute, skills and
   * economics at 1, the sector and occupation preferences too): a scan whose floor is above it skips
   * the shape's vacancies unread, as the evaluation would prune them.
   */
  shapeBound = new Float64Array(0);
  /**
   * Per job shape, the stamp of a candidate whose whole job is out but a carved job may be offered,
   * whose evaluation was pruned before carving (the shape is not remembered then) or which a scan met
   * settled carve-only (`settleAll`): its pairs score at most the carved factor × the pair's bound, so
   * later pairs below the floor skip the task statuses, and carving is known not ruled out
   * (`cannotCarve` is false).
   */
  shapeCarveOnly = new Int32Array(0);
  /** What a scan knows of its candidate before it reads a vacancy (see `settleAll`). */
  readonly settled = new SettledShapes();
  /** The carvable job shapes, for the test that carving cannot succeed (`cannotCarve`). */
  readonly carvable = new CarvableShapes();
  // Per job content: the skills component of the candidate's carved job.
  contentStamp = new Int32Array(0);
  contentSkills = new Float64Array(0);
  // Per skill signature: the skills component of the full job.
  signatureStamp = new Int32Array(0);
  signatureSkills = new Float64Array(0);
  /** Per candidate: the `AssessedItems` version its count of unassessed items was taken at (+1), and the count. */
  // Stryker disable next-line ArrayDeclaration: an entry that is not a version: candidate 0's count is taken and the entry overwritten on its first read (`unassessedCount`)
  readonly cUnassessedAt: number[] = [];
  // Stryker disable next-line ArrayDeclaration: read only where `cUnassessedAt` holds the current version, which is written together with the count
  readonly cUnassessed: number[] = [];

  constructor(
    opts: ResolvedMatcherOptions,
    econ: EconomicsContext,
    candidates: CandidateTable,
    vacancies: VacancyTable,
    qualifications: QualificationMemo,
    assessed: AssessedItems,
    skillNames: readonly string[],
  ) {
    const W = opts.weights;
    this.opts = opts;
    this.econ = econ;
    this.wCapability = W.capability;
    this.wSkills = W.skills;
    this.wCommute = W.commute;
    this.wHours = W.hours;
    this.wEconomics = W.economics;
    this.wPreferences = W.preferences;
    this.weightTotal = W.capability + W.skills + W.commute + W.hours + W.economics + W.preferences;
    this.commuteScoreKm = opts.commute.scoreKm ?? opts.commute.defaultKm;
    this.carvedFactor = opts.carvedFactor;
    this.unknownSkills = opts.unknownSkills;
    this.qualifications = qualifications;
    this.assessed = assessed;
    this.cRecords = candidates.cRecords;
    this.profiles = candidates.profiles;
    this.cProfile = candidates.cProfile;
    this.profileMasks = candidates.profileMasks;
    this.cPos = candidates.cPos;
    this.cHavLimit = candidates.cHavLimit;
    this.cMin = candidates.cMin;
    this.cMax = candidates.cMax;
    this.cSkills = candidates.cSkills;
    this.cWage = candidates.cWage;
    this.cAvoid = candidates.cAvoid;
    this.cWageFallback = candidates.cWageFallback;
    this.cSector = candidates.cSector;
    this.cOccupationPref = candidates.cOccupationPref;
    this.cGroup = candidates.cGroup;
    this.cHeld = candidates.cHeld;
    this.vPos = vacancies.vPos;
    this.vWage = vacancies.vWage;
    this.vSector = vacancies.vSector;
    this.vTaskStart = vacancies.vTaskStart;
    this.vTaskEnd = vacancies.vTaskEnd;
    this.vShape = vacancies.vShape;
    this.vLayout = vacancies.vLayout;
    this.vContent = vacancies.vContent;
    this.vOccupation = vacancies.vOccupation;
    this.vSkillSignature = vacancies.vSkillSignature;
    this.demands = vacancies.demands;
    this.tHours = vacancies.tHours;
    this.tSkillStart = vacancies.tSkillStart;
    this.tSkillIds = vacancies.tSkillIds;
    this.signatureStart = vacancies.signatureStart;
    this.signaturePairs = vacancies.signaturePairs;
    this.signatureWeight = vacancies.signatureWeight;
    this.layouts = vacancies.layouts;
    this.shapeBits = vacancies.shapeBits;
    this.shapeTop = vacancies.shapeTop;
    this.shapeLayout = vacancies.shapeLayout;
    this.contentVacancy = vacancies.contentVacancy;
    this.occupationNames = vacancies.occupationNames;
    this.vacancies = vacancies;
    this.skillNames = skillNames;
  }

  /**
   * Computes every profile's class masks for the classes interned so far (at the end of a build, so
   * that no ranking pays for them; later profiles and classes are covered when first met).
   */
  // Stryker disable next-line BlockStatement: a warm-up only: every reader of the masks covers the profile up to the classes it reads first (`profileWords`, `vacancy-bounds.ts`), the same masks (rank-search, carve-settle, settle-all, engine-grow pass emptied, checked by hand)
  coverProfiles(): void {
    this.profileMasks.coverAll(this.profiles, this.demands);
  }

  /** The number of job shapes interned so far. */
  shapeCount(): number {
    return this.vacancies.shapeIndex.size;
  }

  /** Grows the caches to the interned classes, shapes, contents, signatures, occupations and skills. */
  fitCaches(): void {
    const nc = this.vacancies.classIndex.size;
    // Stryker disable next-line EqualityOperator: `<=` also reallocates a cache exactly full (2 × the size before), which clears it: every entry is read only under its stamp, so the results are computed again, the same (`>=` is killed by engine-grow, ignored with it)
    if (this.classStamp.length < nc) {
      this.classStamp = new Int32Array(nc * 2);
      this.classStatus = new Uint8Array(nc * 2);
      this.marginStamp = new Int32Array(nc * 2);
      this.classMargin = new Float64Array(nc * 2);
    }
    const ns = this.vacancies.shapeIndex.size;
    // Stryker disable next-line EqualityOperator: `<=` also reallocates a cache exactly full (2 × the size before), which clears it: every entry is read only under its stamp, so the results are computed again, the same (`>=` is killed by engine-grow, ignored with it)
    if (this.shapeStamp.length < ns) {
      this.shapeStamp = new Int32Array(ns * 2);
      this.shapeOutcome = new Uint8Array(ns * 2);
      this.shapeCarved = new Uint8Array(ns * 2);
      this.shapeMask = new Int32Array(ns * 2);
      this.shapeSignals = new Int32Array(ns * 2);
      this.shapeValues = new Float64Array(ns * 2 * SHAPE_VALUES);
      this.shapeBound = new Float64Array(ns * 2);
      this.shapeCarveOnly = new Int32Array(ns * 2);
    }
    const nct = this.vacancies.contentIndex.size;
    // Stryker disable next-line EqualityOperator: `<=` also reallocates a cache exactly full (2 × the size before), which clears it: every entry is read only under its stamp, so the results are computed again, the same (`>=` is killed by engine-grow, ignored with it)
    if (this.contentStamp.length < nct) {
      this.contentStamp = new Int32Array(nct * 2);
      this.contentSkills = new Float64Array(nct * 2);
    }
    const nsig = this.vacancies.skillSignatureIndex.size;
    // Stryker disable next-line EqualityOperator: `<=` also reallocates a cache exactly full (2 × the size before), which clears it: every entry is read only under its stamp, so the results are computed again, the same (`>=` is killed by engine-grow, ignored with it)
    if (this.signatureStamp.length < nsig) {
      this.signatureStamp = new Int32Array(nsig * 2);
      this.signatureSkills = new Float64Array(nsig * 2);
    }
    const no = this.occupationNames.length;
    // Stryker disable next-line EqualityOperator: `<=` also reallocates a cache exactly full (2 × the size before), which clears it: every entry is read only under its stamp, so the results are computed again, the same (`>=` is killed by engine-grow, ignored with it)
    if (this.occupationStamp.length < no) {
      this.occupationStamp = new Int32Array(no * 2);
      this.occupationFit = new Uint8Array(no * 2);
    }
    const nk = this.skillNames.length;
    // Stryker disable next-line EqualityOperator: `<=` also reallocates the marks exactly full, which clears them and resets `markedFor`: the candidate is marked again (`>=` is killed by engine-grow, ignored with it)
    if (this.skillMark.length < nk) {
      this.skillMark = new Int32Array(nk * 2);
      this.markedFor = -1;
    }
    // Stryker disable next-line EqualityOperator: `<=` also reallocates the scratch exactly full; it holds nothing between two skill scores (`>=` is killed by engine-grow, ignored with it)
    if (this.skillAcc.length < nk) {
      this.skillAcc = new Float64Array(nk * 2);
      this.skillTouched = new Int32Array(nk * 2);
    }
  }
}
