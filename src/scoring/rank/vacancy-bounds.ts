import type { GridCell } from '../../geo/grid.js';
import { carveRuledOut } from '../engine/carve.js';
import { commuteUpperBound, PREFERENCE_BY_MISMATCH } from '../engine/evaluator.js';
import type { Engine } from '../engine/state.js';
import { carveFloorHours, checkFactor } from '../rules.js';
import {
  CGRID_INTS as C_INTS,
  CGRID_SKILL_WORDS as C_SKILL_WORDS,
  CGRID_STRIDE as C_STRIDE,
} from '../tables/candidates.js';
import { MASK_CLASSES } from '../tables/profile-masks.js';
import { LAYOUT_STRIDE as LAYOUT_ROW } from '../tables/vacancies.js';
import { type BoundQueue, BUCKETS, bucketOf } from './bound-queue.js';

// The strides as this module's own constants (see `search.ts`).
const LAYOUT_STRIDE = LAYOUT_ROW;
const CGRID_STRIDE = C_STRIDE;
const CGRID_INTS = C_INTS;
/** Where a candidate's skill words start in its row of the grid's whole numbers. */
const SKILLS_AT = CGRID_INTS - C_SKILL_WORDS;
/** Skill ids share a bit of the candidate's skill set when equal modulo this. */
const SKILL_BITS = 32 * C_SKILL_WORDS;
// Stryker disable next-line ConditionalExpression,StringLiteral: SKILL_BITS is the constant 128, so `false` and another message change nothing (`true` throws at import: killed)
if (SKILL_BITS !== 128) throw new Error('vacancy-bounds.ts reads skill sets of four words');
/** The search's slack on its upper-bound tests (see `evaluator.ts`). */
const PRUNE_EPS = 1e-9;

/**
 * @internal Upper bounds on the scores of one vacancy's pairs from the numbers the candidate grid
 * packs beside each candidate (place, commute limit, hours, sectors, FML profile, diplomas and a
 * 128-bit skill set; see `CandidateTable.cGrid`), against tables made once for the vacancy: a
 * ranking of the vacancy's candidates reads a cell as one run of memory and skips the candidates
 * whose bound stays below its floor without evaluating the pair (a first meeting with the job shape:
 * task statuses, margins, carving, skills, each candidate's columns read out of order).
 *
 * A candidate the whole job fits (class masks, diploma, hours) takes the full job: its hours
 * component is exact here and its skills at most the weight of the job's skills whose bit the
 * candidate's set holds (another skill on the same bit only loosens it), its capability at most
 * 1 less 5% for each of the job's classes the profile signals on (each is a task with a signal);
 * the rest at their most (commute by the chord, preferences by the sector alone, economics at 1,
 * and a carved job's capability at 1). Otherwise
 * only a carved job (or the whole job at fewer hours) may be offered: its score is scaled by the
 * carved factor, and its skills are at most those of the best task carving may take (the coverage of
 * a set of tasks, weighted by hours, is never above that of its best task) or, when only the hours
 * are too many, the full job's. A vacancy without a job shape, or with a demand class past the masks,
 * is bounded by the commute limit alone. A pair whose whole job is out on a class or the diploma, and
 * whose carving masks and hours rule out (`cannotCarve`), is excluded (−∞).
 */
export class VacancyBounds {
  /** Per bit of a skill set: the hours-weight of the prepared vacancy's skills on it. */
  private readonly bitWeight = new Float64Array(SKILL_BITS);
  /** The bits the prepared vacancy's skills are on, each once, and their number; and as a skill set. */
  private jobBits = new Int32Array(64);
  private jobBitCount = 0;
  private readonly jobMask = new Int32Array(C_SKILL_WORDS);
  /** Per task: where its skills' bits start in `taskBits` (m + 1 entries), one entry a skill. */
  private readonly taskStart = new Int32Array(33);
  private taskBits = new Int32Array(64);
  // Stryker disable next-line UnaryOperator: `prepare` sets `sid` before `bound` or `collect` reads it
  private sid = -1;
  private m = 0;
  private head = 0;
  // Stryker disable next-line BooleanLiteral: `prepare` sets `carvable` for every vacancy with a shape, the only ones whose `carvable` is read
  private carvable = false;
  private jobWeight = 0;
  private vx = 0;
  private vy = 0;
  private vz = 0;
  private sector = 0;
  /** The least score of the ranking `collect` serves. */
  minScore = 0;
  /** The ranking's k-th key so far (−∞ while its list is not full): `collect` leaves rows below it. */
  seed = Number.NEGATIVE_INFINITY;
  // The numbers `tight` takes and gives, in fields (doubles stored in place, not boxed as arguments).
  private rest = 0.5;
  private floor = Number.NEGATIVE_INFINITY;
  private value = 0.5;
  /** 1 when `tight` gave the looser bound of a carved job (see `collect`). */
  private loose = 0;

  constructor(private readonly e: Engine) {}

  /** Builds the tables of vacancy `vi` (until the next call). */
  prepare(vi: number): void {
    const e = this.e;
    const sid = e.vShape.data[vi]!;
    this.vx = e.vPos.data[3 * vi]!;
    this.vy = e.vPos.data[3 * vi + 1]!;
    this.vz = e.vPos.data[3 * vi + 2]!;
    this.sector = e.vSector.data[vi]!;
    // Stryker disable next-line ConditionalExpression: `sid >= 0` → `true` reads shapeTop[−1], undefined, and `undefined <= 64` is false: −1 as before (the other `true`s are killed)
    this.sid = sid >= 0 && e.shapeTop.data[sid]! <= MASK_CLASSES ? sid : -1;
    const bitWeight = this.bitWeight;
    // Stryker disable next-line EqualityOperator: `<=` also zeroes jobBits[count], a stale entry: every non-zero weight is on a bit listed before it, so it sets 0 to 0 (`>=` never ends: a timeout)
    for (let b = 0; b < this.jobBitCount; b++) bitWeight[this.jobBits[b]!] = 0;
    this.jobBitCount = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: an earlier vacancy's bits left in the mask weigh 0 (line above), adding 0 to `tight`'s sum; `<=` writes jobMask[4], past the array: nothing
    for (let w = 0; w < C_SKILL_WORDS; w++) this.jobMask[w] = 0;
    // Stryker disable next-line ConditionalExpression: `false` builds tables that `bound` and `collect` never read for this vacancy (both return first when `sid < 0`); `true` is killed
    if (this.sid < 0) return;
    const from = e.vTaskStart.data[vi]!;
    const to = e.vTaskEnd.data[vi]!;
    const skillStart = e.tSkillStart.data;
    const skillIds = e.tSkillIds.data;
    const first = skillStart[from]!;
    const last = skillStart[to]!;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: `true`, `<=` and `+ first` allocate anew a buffer no shorter than needed, filled below before any read (`false` is killed)
    if (this.taskBits.length < last - first) this.taskBits = new Int32Array(2 * (last - first));
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: as above, once the zeroing above has read the old list (`false` and `2 / (…)`, too short, are killed)
    if (this.jobBits.length < last - first) this.jobBits = new Int32Array(2 * (last - first));
    let jobWeight = 0;
    for (let t = from; t < to; t++) {
      const h = Math.max(e.tHours.data[t]!, 0);
      this.taskStart[t - from] = skillStart[t]! - first;
      for (let k = skillStart[t]!; k < skillStart[t + 1]!; k++) {
        const bit = skillIds[k]! & (SKILL_BITS - 1);
        this.taskBits[k - first] = bit;
        // Stryker disable next-line ConditionalExpression: `true` lists a bit once a skill (room for it: one entry a skill), read only to zero its weight: twice is as once
        if (bitWeight[bit] === 0) this.jobBits[this.jobBitCount++] = bit;
        this.jobMask[bit >> 5]! |= 1 << (bit & 31);
        // A bit whose skills weigh 0 (tasks of no hours) is listed again: harmless, it adds 0.
        bitWeight[bit] = bitWeight[bit]! + h;
        jobWeight += h;
      }
    }
    this.taskStart[to - from] = last - first;
    this.m = to - from;
    this.head = e.vLayout.data[vi]! * LAYOUT_STRIDE;
    this.carvable = e.opts.carving !== false && e.layouts.data[this.head + 1] !== 0;
    // The carvable shapes listed up to this one (only shapes new since the last listing are read).
    e.carvable.list(
      e.shapeCount(),
      // Stryker disable next-line ConditionalExpression,BooleanLiteral: `true` (carving off) lists carvable shapes that `carveRuledOut` reads only when `carvable` (carving on) and settleAll only to exclude on capability a whole job that exceeds, as carving off does (`false` is killed)
      e.opts.carving !== false,
      e.layouts,
      e.shapeLayout,
      e.shapeBits,
      e.shapeTop,
    );
    this.jobWeight = jobWeight;
  }

  /**
   * An upper bound on the score of the candidate in row `q` of a candidate grid cell (`data`, `ints`)
   * with the prepared vacancy: −∞ when the pair is surely excluded (beyond the candidate's commute
   * limit, or the whole job out with no carved job to offer), else no lower than `evaluate` gives
   * up to rounding far below the search's slack.
   */
  bound(data: readonly number[], ints: Int32Array, q: number): number {
    const o = q * CGRID_STRIDE;
    const dx = data[o]! - this.vx;
    const dy = data[o + 1]! - this.vy;
    const dz = data[o + 2]! - this.vz;
    const hav = 0.25 * (dx * dx + dy * dy + dz * dz);
    if (hav > data[o + 3]!) return Number.NEGATIVE_INFINITY;
    if (this.sid < 0) return Number.POSITIVE_INFINITY;
    this.rest = this.restOf(ints, q, hav);
    this.floor = Number.NEGATIVE_INFINITY;
    this.tight(data, ints, q);
    return this.value;
  }

  /**
   * Pushes into `queue` each row of `cell` (its number there `at`) within the candidate's limit whose
   * bound reaches `minScore` and `seed` less its lift (less `PRUNE_EPS`), with its bound, in the bucket of its bound plus its lift: the
   * bound of {@link VacancyBounds.bound}, or for a candidate the whole job does not fit, the carved
   * factor × the bound with skills and hours at 1 (marked loose: the best task is read only when the
   * row's turn comes). One loop over the packed rows with no number passed to a call (a call's double
   * arguments and result are boxed), the commute limit first (most rows of a dense town's cells end there).
   */
  collect(cell: GridCell, at: number, queue: BoundQueue): void {
    const { data, ints } = cell;
    const n = cell.ids.length;
    const vx = this.vx;
    const vy = this.vy;
    const vz = this.vz;
    const minScore = this.minScore;
    const seed = this.seed;
    const e = this.e;
    const most = e.wSkills + e.wHours;
    // An infinite floor: `tight` gives the loose bound of a carved job without reading its tasks.
    this.floor = Number.POSITIVE_INFINITY;
    for (let q = 0; q < n; q++) {
      const o = q * CGRID_STRIDE;
      const dx = data[o]! - vx;
      const dy = data[o + 1]! - vy;
      const dz = data[o + 2]! - vz;
      const hav = 0.25 * (dx * dx + dy * dy + dz * dz);
      if (hav > data[o + 3]!) continue;
      if (this.sid < 0) {
        queue.value = Number.POSITIVE_INFINITY;
        queue.push(at, q, BUCKETS - 1, 0);
        continue;
      }
      // The row's floor, as the ranking's test has it: the least score, or the k-th key less its lift.
      const lift = ints[q * CGRID_INTS]!;
      const least = Math.max(minScore, seed - lift) - PRUNE_EPS;
      const rest = this.restOf(ints, q, hav);
      // Skills and hours at 1 first (no lower than the bound): the masks and skills are not read.
      // Stryker disable next-line ConditionalExpression: a shortcut: `false` leaves the row to `tight`, whose value is no higher than this figure, so the test below leaves it too (`true` is killed)
      if ((rest + most) / e.weightTotal < least) continue;
      this.rest = rest;
      this.tight(data, ints, q);
      if (this.value < least) continue;
      queue.value = this.value;
      queue.push(at, q, bucketOf(this.value + lift), this.loose);
    }
  }

  /** The weighted commute (by the chord), preferences (by the sector), capability and economics (at 1) of row `q`. */
  private restOf(ints: Int32Array, q: number, hav: number): number {
    const e = this.e;
    return (
      e.wCommute * commuteUpperBound(e, hav) +
      e.wPreferences *
        PREFERENCE_BY_MISMATCH[(ints[q * CGRID_INTS + 1]! & (1 << this.sector)) === 0 ? 1 : 0]! +
      e.wCapability +
      e.wEconomics
    );
  }

  /**
   * Sets `value` to {@link VacancyBounds.bound} of row `q` (within its limit) from `rest` (see
   * `restOf`), or, when the whole job is out and the carved factor × the bound with skills and hours
   * at 1 is below `floor`, to that looser bound (`loose` = 1).
   */
  private tight(data: readonly number[], ints: Int32Array, q: number): void {
    const e = this.e;
    const o = q * CGRID_STRIDE;
    const sid = this.sid;
    const p = q * CGRID_INTS;
    const rest = this.rest;
    // The profile's masks, covered to the shape's classes (see `profileWords`).
    const pid = ints[p + 2]!;
    const masks = e.profileMasks;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `true` and `<=` cover a covered profile again, and `cover` returns at once when its classes are covered (`false` and `>=` are killed)
    if (masks.covered.data[pid]! < e.shapeTop.data[sid]!) masks.cover(pid, e.profiles, e.demands);
    const ex0 = masks.exceed.data[2 * pid]!;
    const ex1 = masks.exceed.data[2 * pid + 1]!;
    const bits = e.shapeBits.data;
    const fits = ((bits[2 * sid]! & ex0) | (bits[2 * sid + 1]! & ex1)) === 0;
    const rows = e.layouts.data;
    const head = this.head;
    const qualification = rows[head + 2]!;
    // The diploma matters only to a whole job that fits (a carved job never has a core task).
    const qualified = fits && (qualification < 0 || e.qualifications.met(ints[p + 3]!, qualification));
    const maxH = data[o + 5]!;
    const s = p + SKILLS_AT;
    let full = 0;
    if (fits && qualified) {
      // The job's bits the candidate's set holds, word by word, lowest bit first.
      const jobMask = this.jobMask;
      const bitWeight = this.bitWeight;
      let dot = 0;
      // Stryker disable next-line EqualityOperator: `<=` reads jobMask[4], past the array: undefined, and `x & undefined` is 0, no bit held (`>=` is killed)
      for (let w = 0; w < C_SKILL_WORDS; w++) {
        let held = ints[s + w]! & jobMask[w]!;
        while (held !== 0) {
          const low = held & -held;
          dot += bitWeight[32 * w + 31 - Math.clz32(low)]!;
          held ^= low;
        }
      }
      full = this.jobWeight > 0 ? Math.min(1, dot / this.jobWeight) : e.unknownSkills;
      const jobHours = rows[head]!;
      if (jobHours <= maxH) {
        const minH = data[o + 4]!;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: at jobHours = minH, `>` gives jobHours / minH = 1 as well; `minH > 0` is read only when jobHours < minH, so it holds (jobHours ≥ 0): `true` and `>=` change nothing (the others are killed)
        const hours = jobHours >= minH ? 1 : minH > 0 ? jobHours / minH : 1;
        // The whole job: each of its classes the profile signals on is a task with a signal at least.
        const sg0 = masks.signal.data[2 * pid]! & bits[2 * sid]!;
        const sg1 = masks.signal.data[2 * pid + 1]! & bits[2 * sid + 1]!;
        // Stryker disable next-line ConditionalExpression: `false` gives checkFactor(0 + 0), 1 exactly (`true` and the rest are killed)
        const capability = sg0 === 0 && sg1 === 0 ? 1 : checkFactor(bitCount(sg0) + bitCount(sg1));
        this.value =
          (rest - e.wCapability * (1 - capability) + e.wSkills * full + e.wHours * hours) / e.weightTotal;
        this.loose = 0;
        return;
      }
    }
    this.loose = 0;
    if (!this.carvable) {
      this.value = Number.NEGATIVE_INFINITY;
      return;
    }
    const loose = ((rest + e.wSkills + e.wHours) / e.weightTotal) * e.carvedFactor;
    // Stryker disable next-line EqualityOperator: `floor` is −∞ (`bound`) or +∞ (`collect`) and `loose` finite, never equal
    if (loose < this.floor) {
      this.value = loose;
      this.loose = 1;
      return;
    }
    // The whole job out on a class or the diploma: a carved job or nothing (the whole job at fewer
    // hours needs both), and masks and hours may show carving cannot succeed (`cannotCarve`).
    if (
      (!fits || !qualified) &&
      carveRuledOut(e, sid, ex0, ex1, maxH, carveFloorHours(e.opts.carving, maxH, data[o + 4]!))
    ) {
      this.value = Number.NEGATIVE_INFINITY;
      return;
    }
    const skills = Math.max(full, this.bestTask(ints, s, ex0, ex1, maxH));
    this.value = ((rest + e.wSkills * skills + e.wHours) / e.weightTotal) * e.carvedFactor;
  }

  /**
   * The highest skills coverage of one task carving may take (not core, its class not exceeded
   * (`ex0`, `ex1`), hours above 0 and within the candidate's most `maxH`): the share of the task's
   * skills whose bit the candidate's set (from `ints[s]`) holds.
   */
  private bestTask(ints: Int32Array, s: number, ex0: number, ex1: number, maxH: number): number {
    const rows = this.e.layouts.data;
    const taskStart = this.taskStart;
    const taskBits = this.taskBits;
    let best = 0;
    // Stryker disable next-line EqualityOperator: `a <= this.m` also reads the row after the last task (the
    // next layout's header, or past the end: no number, skipped) and a stale `taskStart[m + 1]`: it can only
    // add a share of at most 1 to the maximum, a looser bound, never a lower one (rankings unchanged).
    for (let a = 0, at = this.head + LAYOUT_STRIDE; a < this.m; a++, at += LAYOUT_STRIDE) {
      const h = rows[at]!;
      const cls = rows[at + 1]!;
      if (rows[at + 3] === 1 || !(h > 0) || h > maxH) continue;
      if (((cls >= 32 ? ex1 : ex0) & (1 << (cls & 31))) !== 0) continue;
      const end = taskStart[a + 1]!;
      // Stryker disable next-line ConditionalExpression: `false` is equivalent with the tables as built: every
      // task holds its kind's experience skill (`VacancyTable.add`), so a task's skill list is never empty.
      if (end === taskStart[a]) return 1;
      let held = 0;
      for (let k = taskStart[a]!; k < end; k++) {
        const bit = taskBits[k]!;
        if ((ints[s + (bit >> 5)]! & (1 << (bit & 31))) !== 0) held++;
      }
      const share = held / (end - taskStart[a]!);
      // Stryker disable next-line EqualityOperator: `share >= best` stores the value it has (equivalent).
      if (share > best) best = share;
    }
    return best;
  }
}

/** The number of bits set in a 32-bit word. */
function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
