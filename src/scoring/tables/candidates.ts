import { hoursText } from '../../_internal/words-nl.js';
import { compileProfiles } from '../../capability/compile.js';
import { DEFAULT_DAYS_PER_WEEK, maxHoursFromProfile } from '../../capability/hours.js';
import { commuteLimitKm } from '../../domain/commute.js';
import { PRIORITY_RULES, priorityOn } from '../../domain/priority-rules.js';
import type { Candidate } from '../../domain/schemas.js';
import { havOfKm } from '../../geo/distance.js';
import { DynamicGrid } from '../../geo/grid.js';
import type { WageRules } from '../../wage-value/rules.js';
import type { ResolvedMatcherOptions } from '../options.js';
import type { QualificationMemo } from '../qualification-memo.js';
import { ByteColumn, FloatColumn, GrowableProfiles, IntColumn, setUnitVector } from '../store.js';
import { ProfileMasks } from './profile-masks.js';
import type { Vocabulary } from './vocabulary.js';

/** The wage row of a candidate without per-task wages (read past its end: the fallback); shared, never written. */
const NO_WAGES = new Float64Array(0);
/** The avoided-kinds row of a candidate who avoids none; shared, never written. */
const NO_KINDS = new Uint8Array(0);

/** Numbers per candidate in the grid: unit vector (3), hav of the commute limit, hours min and max. */
export const CGRID_STRIDE = 6;
/** Whole numbers per candidate in the grid: lift, sectors, FML profile, diplomas, skills (CGRID_SKILL_WORDS). */
export const CGRID_INTS = 8;
/** 32-bit words of a candidate's skill set in the grid: bit `id & 127` for each skill id. */
export const CGRID_SKILL_WORDS = 4;

/**
 * @internal The matcher's candidates as typed columns by internal index (records undefined once
 * removed; indices are never reused). Written only here, by {@link CandidateTable.add} and
 * {@link CandidateTable.remove}; the engine and the explanation read the columns.
 */
export class CandidateTable {
  readonly cRecords: (Candidate | undefined)[] = [];
  readonly cIndex = new Map<string, number>();
  readonly profiles = new GrowableProfiles();
  /** The candidate's FML profile interned: candidates with equal profiles share their class masks. */
  readonly cProfile = new IntColumn();
  readonly profileMasks = new ProfileMasks();
  readonly cLat = new FloatColumn();
  readonly cLon = new FloatColumn();
  /** Home as a unit vector (x, y, z), three entries a candidate: hav(d/R) = |a − b|² / 4, no trigonometry a pair. */
  readonly cPos = new FloatColumn();
  readonly cLimit = new FloatColumn();
  readonly cHavLimit = new FloatColumn();
  readonly cMin = new FloatColumn();
  readonly cMax = new FloatColumn();
  // Stryker disable next-line ArrayDeclaration: the first candidate's entry overwrites the one element, and only indices of added candidates are read
  readonly cMaxWhy: string[] = [];
  // Stryker disable next-line ArrayDeclaration: the first candidate's entry overwrites the one element, and only indices of added candidates are read
  readonly cSkills: Int32Array[] = [];
  /** Wage value per task kind (kinds interned when the candidate came; later kinds use the fallback). */
  // Stryker disable next-line ArrayDeclaration: the first candidate's entry overwrites the one element, and only indices of added candidates are read
  readonly cWage: Float64Array[] = [];
  // Stryker disable next-line ArrayDeclaration: the first candidate's entry overwrites the one element, and only indices of added candidates are read
  readonly cAvoid: Uint8Array[] = [];
  readonly cWageFallback = new FloatColumn();
  readonly cSector = new ByteColumn();
  // Stryker disable next-line ArrayDeclaration: the first candidate's entry overwrites the one element, and only indices of added candidates are read
  readonly cOccupationPref: (string[] | undefined)[] = [];
  readonly cPriority = new ByteColumn();
  readonly cCounts = new ByteColumn();
  // Stryker disable next-line ArrayDeclaration: the first candidate's entry overwrites the one element, and only indices of added candidates are read
  readonly cGroup: Candidate['targetGroup'][] = [];
  /** The candidate's list of diplomas, interned in `qualifications`. */
  readonly cHeld = new IntColumn();
  /** The longest commute limit of any candidate added (km). */
  private longest = 0;
  /**
   * Candidates by home, each cell with the most of its candidates' commute limits (km) and lifts (see
   * `liftOf`), and beside each candidate the numbers a ranking of a vacancy's candidates bounds its
   * pairs by (CGRID_STRIDE and CGRID_INTS; see `VacancyBounds`), so a cell is read as packed runs.
   */
  readonly cGrid = new DynamicGrid(5, CGRID_STRIDE, CGRID_INTS, 2);

  constructor(
    private readonly opts: ResolvedMatcherOptions,
    private readonly rules: WageRules,
    private readonly vocabulary: Vocabulary,
    private readonly qualifications: QualificationMemo,
  ) {}

  /** The longest commute limit of any candidate added (km): how far a vacancy looks for candidates. */
  get maxLimit(): number {
    return this.longest;
  }

  /** Compiles validated candidates into the columns, at the next indices. */
  add(list: readonly Candidate[]): void {
    const first = this.cRecords.length;
    this.profiles.append(compileProfiles(list.map((c) => c.capabilities)));
    list.forEach((c, k) => {
      const i = first + k;
      this.cProfile.set(i, this.profileMasks.intern(this.profiles, i));
      this.cRecords.push(c);
      this.cIndex.set(c.id, i);
      this.put(i, c);
      const limit = this.cLimit.data[i]!;
      // Stryker disable next-line EqualityOperator: `>=` stores the value the field has
      if (limit > this.longest) this.longest = limit;
      const lift = this.liftOf(i);
      const p = this.cPos.data;
      // Stryker disable next-line ArrayDeclaration: `[]` reads undefined | bit = bit, and the grid writes a missing word as 0
      const skills = [0, 0, 0, 0];
      for (const id of this.cSkills[i]!) skills[(id >> 5) & 3]! |= 1 << (id & 31);
      this.cGrid.add(
        i,
        c.home.lat,
        c.home.lon,
        [
          p[3 * i]!,
          p[3 * i + 1]!,
          p[3 * i + 2]!,
          this.cHavLimit.data[i]!,
          this.cMin.data[i]!,
          this.cMax.data[i]!,
        ],
        [lift, this.cSector.data[i]!, this.cProfile.data[i]!, this.cHeld.data[i]!, ...skills],
        [limit, lift],
      );
    });
  }

  /**
   * Candidate `i`'s lift in a vacancy's ranking: sheltered work (counts no banenafspraak job) below every
   * counting candidate (−2), priority candidates above all when asked (+2), else 0.
   */
  liftOf(i: number): number {
    return this.cCounts.data[i] === 0 ? -2 : this.opts.priorityFirst && this.cPriority.data[i] === 1 ? 2 : 0;
  }

  /**
   * Writes candidate `c`'s columns at index `i`, all but its FML profile, record, id and grid cell:
   * for a new candidate (from `add`), or over candidate `i` for a changed copy with the same profile
   * and home (`whyNot` sizing a change of hours or skills), put back afterwards.
   */
  put(i: number, c: Candidate): void {
    const {
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
    } = this;
    const { opts, rules, vocabulary, qualifications } = this;
    const { kindIndex } = vocabulary;
    cLat.set(i, c.home.lat);
    cLon.set(i, c.home.lon);
    setUnitVector(cPos, i, c.home.lat, c.home.lon);
    const limit = commuteLimitKm(c, opts.commute);
    cLimit.set(i, limit);
    cHavLimit.set(i, havOfKm(limit));
    const fml = maxHoursFromProfile(c.capabilities);
    let max = c.hoursPerWeek.max;
    let why = `wil ten hoogste ${hoursText(max)} uur`;
    if (fml.perWeek < max) {
      max = fml.perWeek;
      why = `FML VI.3: ~${hoursText(fml.perWeek)} uur per week`;
    }
    if (fml.perDay * DEFAULT_DAYS_PER_WEEK < max) {
      max = fml.perDay * DEFAULT_DAYS_PER_WEEK;
      why = `FML VI.2: ~${hoursText(fml.perDay)} uur per dag`;
    }
    cMax.set(i, max);
    cMaxWhy[i] = why;
    cMin.set(i, Math.min(c.hoursPerWeek.min, max));
    const ids = new Set<number>();
    for (const s of c.skills) {
      const id = vocabulary.skillOf(s);
      if (id >= 0) ids.add(id);
    }
    for (const k of Object.keys(c.taskPerformance ?? {})) ids.add(vocabulary.experienceOf(k));
    cSkills[i] = Int32Array.from(ids);
    for (const k of Object.keys(c.taskPerformance ?? {})) vocabulary.kindOf(k);
    for (const k of c.preferences?.avoidTaskKinds ?? []) vocabulary.kindOf(k);
    const fallback = c.wageValue ?? rules.defaultWageValue;
    cWageFallback.set(i, fallback);
    // A measured wage value (Pwet art. 6g, at the workplace) wins over the per-task estimates.
    const perTask = c.wageValue === undefined ? Object.entries(c.taskPerformance ?? {}) : [];
    // A row of the fallback alone is read as the empty row is (the fallback past its end): one row for all.
    let wage = NO_WAGES;
    if (perTask.length > 0) {
      wage = new Float64Array(kindIndex.size).fill(fallback);
      for (const [k, v] of perTask) wage[kindIndex.get(k)!] = v;
    }
    cWage[i] = wage;
    const avoided = c.preferences?.avoidTaskKinds ?? [];
    // No kind avoided: the empty row, read as zeros (past its end, no kind is avoided).
    let avoid = NO_KINDS;
    if (avoided.length > 0) {
      avoid = new Uint8Array(kindIndex.size);
      // Stryker disable next-line ArrayDeclaration: a kind never interned: `avoid[undefined] = 1` sets no element
      for (const k of avoided) avoid[kindIndex.get(k)!] = 1;
    }
    cAvoid[i] = avoid;
    const sectors = c.preferences?.sectors;
    cSector.set(
      i,
      sectors === undefined || sectors.length === 0
        ? 3
        : (sectors.includes('market') ? 1 : 0) | (sectors.includes('government') ? 2 : 0),
    );
    const occ = c.preferences?.occupations;
    cOccupationPref[i] = occ === undefined || occ.length === 0 ? undefined : occ;
    const priority =
      // Stryker disable next-line ConditionalExpression: `false` calls priorityOn without a date, which gives the flag: `from <= undefined` holds for no rule
      opts.date === undefined ? c.priority : priorityOn(c, opts.date, opts.priorityRules ?? PRIORITY_RULES);
    cPriority.set(i, priority ? 1 : 0);
    cCounts.set(i, c.targetGroup === 'beschut' ? 0 : 1);
    cGroup[i] = c.targetGroup;
    cHeld.set(i, qualifications.list(c.qualifications));
  }

  /** Removes candidate `i` (its index stays taken). */
  remove(i: number): void {
    const c = this.cRecords[i]!;
    this.cGrid.remove(i, c.home.lat, c.home.lon);
    this.cRecords[i] = undefined;
    this.cIndex.delete(c.id);
  }
}
