import { EARTH_RADIUS_KM } from '../../geo/distance.js';
import { evaluate, evaluatePacked } from '../engine/evaluator.js';
import { settleAll } from '../engine/settle.js';
import type { Engine } from '../engine/state.js';
import type { ResolvedMatcherOptions } from '../options.js';
import { CGRID_INTS as C_INTS, type CandidateTable } from '../tables/candidates.js';
import {
  VGRID_INTS as GRID_INTS,
  VGRID_STRIDE as GRID_STRIDE,
  type VacancyTable,
} from '../tables/vacancies.js';
import type { Match, PairResult } from '../types.js';
import { BoundQueue, bucketOf, edgeOf } from './bound-queue.js';
import { floorOf, insertTop } from './top-k.js';
import { VacancyBounds } from './vacancy-bounds.js';

// The grid's strides as this module's own constants: the search's inner loop multiplies by them, and
// V8 folds a module's constants into the code where it may not fold an imported binding.
const VGRID_STRIDE = GRID_STRIDE;
const VGRID_INTS = GRID_INTS;
const CGRID_INTS = C_INTS;
/** The evaluation's slack on its upper-bound tests (see `evaluator.ts`). */
const PRUNE_EPS = 1e-9;
/** Slack on stopping at a bucket below the k-th key: far above the rounding of bound + lift. */
const STOP_SLACK = 1e-6;
/** Slack (km) on skipping a cell beyond its candidates' commute limits, far above the rounding of hav. */
const REACH_SLACK_KM = 0.001;

/** The explained result of the pair just evaluated (`ok` = not excluded). */
export type Explain = (ci: number, vi: number, ok: boolean) => PairResult;

/**
 * @internal Top-k searches over the engine: the vacancies in reach of a candidate by the grid's
 * packed cells, and the top k of one candidate or one vacancy. `floor` is the current candidate's
 * floor (a double field, so the search's callbacks update it without boxing).
 */
export class Search {
  /** The current candidate's floor (see {@link Search.forEachMatchInReach}); the caller keeps it current. */
  floor = Number.NEGATIVE_INFINITY;
  private keys = new Float64Array(0);
  private idx = new Int32Array(0);
  private readonly count = new Int32Array(1);
  /** Bounds on one vacancy's pairs from the candidate grid's packed numbers (see `rankOne`). */
  private readonly bounds: VacancyBounds;
  /** A vacancy's candidates in reach by their bound (see `rankOne`). */
  private readonly queue = new BoundQueue();

  constructor(
    readonly engine: Engine,
    readonly opts: ResolvedMatcherOptions,
    readonly candidates: CandidateTable,
    readonly vacancies: VacancyTable,
    readonly explain: Explain,
  ) {
    this.bounds = new VacancyBounds(engine);
  }

  /**
   * Calls `onMatch(vi)` with `engine.ev` holding the evaluation, for every vacancy near candidate
   * `ci` that passes the hard rules and whose upper bound reaches the floor: `this.floor`, or with
   * `vFloor` (each vacancy list's k-th key, −∞ while it is not full) the smaller of it and the
   * lowest score that enters vacancy `vi`'s list, `max(minScore, vFloor[vi] − lift)` (pairs below it
   * may be left out). Reads the
   * grid's packed cells: out of reach and a job shape the candidate is known to be excluded from are
   * settled there; the rest go through `evaluatePacked` (the same function as `evaluate`, so the
   * same scores) without touching the vacancy's own columns.
   */
  forEachMatchInReach(
    ci: number,
    vFloor: Float64Array | undefined,
    lift: number,
    onMatch: (vi: number) => void,
  ): void {
    const e = this.engine;
    const c = this.candidates;
    const cx = c.cPos.data[3 * ci]!;
    const cy = c.cPos.data[3 * ci + 1]!;
    const cz = c.cPos.data[3 * ci + 2]!;
    const havLimit = c.cHavLimit.data[ci]!;
    const stamp = ci + 1;
    const grid = this.vacancies.vGrid;
    const minScore = this.opts.minScore;
    // Every job shape masks alone exclude the candidate from is known before the scan (no task read),
    // as bit sets shared with the candidates of the same exceeded classes, diplomas and hours.
    settleAll(e, ci);
    grid.forEachCellNear(c.cLat.data[ci]!, c.cLon.data[ci]!, c.cLimit.data[ci]!, (cell, nearKm) => {
      // A cell whose best possible pair (commute at its distance, all else at 1) stays below the
      // candidate's floor is skipped (not with vacancies' floors: theirs may be lower).
      const cellBound = this.boundAt(nearKm);
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: `false` prunes less: the lists do not change (the evaluation prunes, or scores, the same pairs); `<=` and `+ PRUNE_EPS` differ only for a pair scoring within 1e-9 of the floor exactly at its bound, the slack being rounding cover (`true`, `!==` and `||` are killed)
      if (vFloor === undefined && cellBound < this.floor - PRUNE_EPS) return;
      // A known shape's bound counts commute at 1; in this cell it is lower by at least `slack` (the
      // commute's loss at the cell's distance, scaled by the carved factor, the least a job's score is
      // scaled by). A shape whose whole job is out scores at most the carved factor × the cell's bound.
      // Stryker disable next-line ArithmeticOperator: `/ e.carvedFactor` makes the slack larger (the factor is at most 1), so it prunes less: the lists do not change (the evaluation prunes, or scores, the same pairs) (the others are killed)
      const slack = ((e.wCommute * (1 - this.commuteAt(nearKm))) / e.weightTotal) * e.carvedFactor;
      // Stryker disable next-line ArithmeticOperator: `/` makes the bound larger (the factor is at most 1), so it prunes less: the lists do not change (the evaluation prunes, or scores, the same pairs)
      const carveOnlyBound = cellBound * e.carvedFactor;
      const ids = cell.ids;
      const data = cell.data;
      const ints = cell.ints;
      const runs = cell.runs;
      const runKeys = cell.runKeys;
      const shapeStamp = e.shapeStamp;
      const shapeOutcome = e.shapeOutcome;
      const shapeBound = e.shapeBound;
      const carveOnly = e.shapeCarveOnly;
      const shapeCarved = e.shapeCarved;
      const settledOut = e.settled.excluded;
      const settledCarveOnly = e.settled.carveOnly;
      // The cell's rows come in runs of one job shape (no shape, −1, first): a run the candidate is
      // known to be excluded from, or whose every pair stays below the floor, is left at once (the
      // floor only rises during the scan); the lists do not depend on the order pairs are met in.
      // Stryker disable next-line EqualityOperator: `<=` runs once past the last run, whose `runs[g + 1]` is undefined: no row (`q < undefined` is false)
      for (let g = 0; g < cell.runCount; g++) {
        const end = runs[g + 1]!;
        const sid = runKeys[g]!;
        for (let q = runs[g]!; q < end; q++) {
          // The hav beyond which a pair of a known shape stays below the floor (see `havCutOf`).
          let havCut = Number.POSITIVE_INFINITY;
          // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the known-shape shortcuts skipped for some or all shapes: prunes less: the lists do not change (the evaluation prunes, or scores, the same pairs); for no shape (−1) the stamps read undefined, never the candidate's
          if (sid >= 0) {
            const word = sid >>> 5;
            const bit = 1 << (sid & 31);
            // A job shape the candidate was settled out of before the scan.
            // Stryker disable next-line ConditionalExpression: `false` leaves a settled shape to the checks below and the evaluation, which excludes its pairs the same (the settling is a cache of `evaluateShape`): prunes less: the lists do not change (`true` is killed)
            if ((settledOut[word]! & bit) !== 0) break;
            // A job shape the candidate is known to be excluded from, or whose every pair here stays
            // below the floor (the evaluation would prune it), is skipped before the distance.
            // Stryker disable next-line ConditionalExpression,BlockStatement: `false` and `{}` skip the known-shape shortcut: prunes less: the lists do not change (the evaluation prunes, or scores, the same pairs) (`true` is killed)
            if (shapeStamp[sid] === stamp) {
              // Stryker disable next-line ConditionalExpression: `false` evaluates a run of a shape the candidate is known excluded from: `evaluatePacked` excludes each pair the same (`true` is killed)
              if (shapeOutcome[sid] !== 0) break;
              const b = shapeBound[sid]!;
              // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,BlockStatement: `false`, `{}` and `- slack` prunes less: the lists do not change (the evaluation prunes, or scores, the same pairs); `<=` and `+ PRUNE_EPS` differ only for a pair scoring within 1e-9 of the floor exactly at its bound, the slack being rounding cover (`true` is killed)
              if (b < this.floor - PRUNE_EPS + slack) {
                if (vFloor === undefined) break;
                // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,MethodExpression: `false`, `- slack` and `Math.min` prunes less: the lists do not change (the evaluation prunes, or scores, the same pairs); `<=` and `+ PRUNE_EPS` differ only for a pair scoring within 1e-9 of the floor exactly at its bound, the slack being rounding cover (`true` is killed)
                if (b < Math.max(minScore, vFloor[ids[q]!]! - lift) - PRUNE_EPS + slack) continue;
              }
              // The row's own bound: the shape's, with the skills of its job when the candidate's are
              // known (a full job's by its skill signature, a carved job's by its content).
              const carved = shapeCarved[sid]!;
              // Stryker disable next-line ArithmeticOperator: `b + loss` raises the row's bound: prunes less: the lists do not change (the evaluation prunes, or scores, the same pairs)
              const rowBound = b - this.skillsLoss(ints, q * VGRID_INTS, carved, stamp);
              // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,BlockStatement: `false`, `{}` and `- slack` prune less: the lists do not change (the evaluation prunes, or scores, the same pairs); `<=` differs only for a pair scoring within 1e-9 of the floor exactly at its bound, the slack being rounding cover (`true` and `+ PRUNE_EPS` are killed)
              if (rowBound < this.floor - PRUNE_EPS + slack) {
                if (vFloor === undefined) continue;
                // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,MethodExpression: `false`, `- slack` and `Math.min` prune less: the lists do not change (the evaluation prunes, or scores, the same pairs); `<=` and `+ PRUNE_EPS` differ only for a pair scoring within 1e-9 of the floor exactly at its bound, the slack being rounding cover (`true` is killed)
                if (rowBound < Math.max(minScore, vFloor[ids[q]!]! - lift) - PRUNE_EPS + slack) continue;
              }
              // Stryker disable next-line ConditionalExpression: `false` leaves the cut at +∞, and `!== 0` → true counts a whole job's bound as carved (a larger cut): prunes less: the lists do not change (the evaluation prunes, or scores, the same pairs) (`false` and `=== 0` are killed: a carved job's cut counts the carved factor)
              if (vFloor === undefined) havCut = this.havCutOf(rowBound, carved !== 0);
            } else {
              // (Not `else if`: Stryker 9.5.1 honours a mark only as the leading comment of a node on the
              // marked line, and nothing on an `} else if (` line can lead with one.)
              // A shape settled carve-only is marked so for the evaluation too (see `shapeCarveOnly`).
              // Stryker disable next-line ConditionalExpression: `false` leaves the shape unmarked: its pairs are not pruned here as carve-only but by the evaluation, which carves or prunes them the same: prunes less: the lists do not change (`true`, marking every unknown shape, is killed)
              if ((settledCarveOnly[word]! & bit) !== 0) carveOnly[sid] = stamp;
              // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,BlockStatement: `false` and `{}` prunes less: the lists do not change (the evaluation prunes, or scores, the same pairs); `<=` and `+ PRUNE_EPS` differ only for a pair scoring within 1e-9 of the floor exactly at its bound, the slack being rounding cover (killed, and ignored with them: the test → `true`, `!==`, and `carveOnlyBound < …` → `true` and `>=`, by "a job shape pruned as carve-only is still ranked at a nearer vacancy of the same cell")
              if (carveOnly[sid] === stamp && carveOnlyBound < this.floor - PRUNE_EPS) {
                if (vFloor === undefined) break;
                // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,MethodExpression: `false` and `Math.min` prunes less: the lists do not change (the evaluation prunes, or scores, the same pairs); `<=` and `+ PRUNE_EPS` differ only for a pair scoring within 1e-9 of the floor exactly at its bound, the slack being rounding cover (`true` and `vFloor + lift` are killed)
                if (carveOnlyBound < Math.max(minScore, vFloor[ids[q]!]! - lift) - PRUNE_EPS) continue;
              }
            }
          }
          const o = q * VGRID_STRIDE;
          const dx = cx - data[o]!;
          const dy = cy - data[o + 1]!;
          const dz = cz - data[o + 2]!;
          const hav = 0.25 * (dx * dx + dy * dy + dz * dz);
          // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: `false` and `&&` leave the limit to `evaluatePacked`, which excludes the pair the same, and the cut: prunes less; `hav >= havCut` differs only for a pair exactly at the cut, within 1e-9 of the floor, the slack being rounding cover (`hav >= havLimit` and `true` are killed)
          if (hav > havLimit || hav > havCut) continue;
          const vi = ids[q]!;
          e.hav = hav;
          e.wage = data[o + 3]!;
          e.floor =
            // Stryker disable next-line MethodExpression: `Math.min` lowers the evaluation's floor: it prunes less: the lists do not change (the evaluation prunes, or scores, the same pairs)
            vFloor === undefined ? this.floor : Math.min(this.floor, Math.max(minScore, vFloor[vi]! - lift));
          const p = q * VGRID_INTS;
          const so = ints[p + 1]!;
          if (
            evaluatePacked(
              e,
              ci,
              vi,
              sid,
              so & 1,
              so >> 1,
              ints[p + 2]!,
              ints[p + 3]!,
              ints[p + 4]!,
              ints[p + 5]!,
            )
          )
            onMatch(vi);
        }
      }
    });
  }

  /**
   * The hav (see `evaluatePacked`) beyond which every pair of a job shape the current candidate is
   * known to fit, with bound `b` (commute at 1, see `rememberShape`), stays below the floor: the
   * pair's bound is `b` less (the carved factor for a carved job) × wCommute × (1 − commute) /
   * weightTotal, and 1 − commute is at least min(1, 2R√hav / commuteScoreKm) (the chord, as
   * `commuteUpperBound`). +∞ when no distance puts the pair below the floor.
   */
  // Stryker disable next-line BlockStatement: an undefined cut compares false with every hav: prunes less: the lists do not change
  private havCutOf(b: number, carved: boolean): number {
    const e = this.engine;
    const loss =
      // Stryker disable next-line ArithmeticOperator: `b + floor` raises the loss, so the cut (or +∞): prunes less: the lists do not change; `- PRUNE_EPS` differs only for a pair within 1e-9 of the floor exactly at its bound, the slack being rounding cover (the other three are killed)
      ((b - this.floor + PRUNE_EPS) * e.weightTotal) / ((carved ? e.carvedFactor : 1) * e.wCommute);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `true` and `!(false)` return +∞ (no cut) at every loss: prunes less; `<=` does so at a loss of exactly 1 too, where the cut is the commute's whole scale: prunes less: the lists do not change (`false`, `!(true)`, `>=` and the negation dropped cut at a loss ≥ 1: killed, a known shape 14 km away)
    if (!(loss < 1)) return Number.POSITIVE_INFINITY;
    // Stryker disable next-line ArithmeticOperator: `* (2R)` and `2 / R` make the chord, so the cut, larger: prunes less: the lists do not change (`loss / scoreKm` is killed)
    const chord = (Math.max(0, loss) * e.commuteScoreKm) / (2 * EARTH_RADIUS_KM);
    // Stryker disable next-line ArithmeticOperator: `chord / chord` is 1 (or NaN at 0), and no hav (a quarter of a squared chord of the unit sphere) exceeds 1: prunes less: the lists do not change
    return chord * chord;
  }

  /**
   * How far the skills of the row at `p` of a cell's whole numbers lower its job shape's bound (skills
   * at 1, see `rememberShape`): wSkills × (1 − skills) / weightTotal, by the carved factor for a carved
   * job (`carved` ≠ 0), when the current candidate's skills for the row's job are known (a full job's
   * by its skill signature, a carved job's by its content); 0 when they are not.
   */
  // Stryker disable next-line BlockStatement: an undefined loss makes the row's bound NaN, and no comparison with NaN prunes (nor cuts: `havCutOf` gives +∞): prunes less: the lists do not change
  private skillsLoss(ints: Int32Array, p: number, carved: number, stamp: number): number {
    const e = this.engine;
    // Stryker disable next-line ConditionalExpression,BlockStatement: `false` and `{}` read a full job's content, never carved for the candidate (a content is full or carved for a candidate, never both), so never known: 0, prunes less: the lists do not change (`true`, a carved job by the full job's skills without the factor, is killed: rank-row-skills)
    if (carved === 0) {
      const sig = ints[p + 2]!;
      // Stryker disable next-line ConditionalExpression: `true` returns 0 (skills unknown): prunes less: the lists do not change (`false` and `===`, another candidate's skills, are killed: rank-row-skills)
      if (e.signatureStamp[sig] !== stamp) return 0;
      return (e.wSkills * (1 - e.signatureSkills[sig]!)) / e.weightTotal;
    }
    const content = ints[p + 5]!;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `true`, `false || …`, `content <= 0` and `content >= 0` return 0 for some or all known contents: prune less: the lists do not change (`|| false`, `&&` and `=== stamp`, another candidate's skills, are killed: rank-row-skills)
    if (content < 0 || e.contentStamp[content] !== stamp) return 0;
    return ((e.wSkills * (1 - e.contentSkills[content]!)) / e.weightTotal) * e.carvedFactor;
  }

  /** The commute component of a pair `km` apart. */
  // Stryker disable next-line BlockStatement: an undefined commute makes every bound NaN, and no comparison with NaN prunes: prunes less: the lists do not change
  private commuteAt(km: number): number {
    // Stryker disable next-line ArithmeticOperator: `1 + km / scoreKm` is above the true commute, so the bounds rise (and the slack of a known shape falls): prunes less: the lists do not change
    return Math.max(0, 1 - km / this.engine.commuteScoreKm);
  }

  /** A candidate's lift in a vacancy's ranking (see `CandidateTable.liftOf`). */
  liftOf(ci: number): number {
    return this.candidates.liftOf(ci);
  }

  /**
   * An upper bound on the score of any pair at least `nearKm` apart: the commute component there,
   * every other at 1 (no lower than the true score, whatever the job; `PRUNE_EPS` covers the rounding).
   */
  // Stryker disable next-line BlockStatement: an undefined bound compares false with every floor: prunes less: the lists do not change
  boundAt(nearKm: number): number {
    const e = this.engine;
    const commute = this.commuteAt(nearKm);
    return (
      // Stryker disable next-line ArithmeticOperator: `e.wCommute / commute` divides by a commute of at most 1, so the bound rises: prunes less: the lists do not change (`* e.weightTotal` is killed: weights summing below 1)
      (e.wCommute * commute + e.wPreferences + e.wCapability + e.wSkills + e.wHours + e.wEconomics) /
      e.weightTotal
    );
  }

  /** The ranking key of a pair for a vacancy: its score plus the candidate's {@link Search.liftOf} (scores are ≤ 1). */
  vacancyKey(ci: number, score: number): number {
    return score + this.liftOf(ci);
  }

  /** The top k for one candidate (vi = −1) or one vacancy (ci = −1), explained. */
  rankOne(ci: number, vi: number, k: number): Match[] {
    const e = this.engine;
    const minScore = this.opts.minScore;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `true` and `<=` only allocate a fresh buffer of the same length more often
    if (this.keys.length < k) {
      this.keys = new Float64Array(k);
      this.idx = new Int32Array(k);
    }
    const keys = this.keys;
    const idx = this.idx;
    const count = this.count;
    count[0] = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `false` and `< 0` run the scan with k = 0, which keeps nothing: `insertTop` into a list of 0 drops every key (its writes at index −1 are dropped by the typed arrays), and a vacancy's early drain is skipped (`0 < 0`), its last one evaluates the queued rows into that list: the lists are empty as before (`true` and `> 0`, ignored with them, fail `rank-search`)
    if (k <= 0) return [];
    if (ci >= 0) {
      this.floor = minScore;
      this.forEachMatchInReach(ci, undefined, 0, (v) => {
        if (e.ev.score < minScore) return;
        insertTop(keys, idx, count, 0, k, e.ev.score, v);
        this.floor = floorOf(keys, count, 0, k, 0, minScore);
      });
    } else {
      const { vLat, vLon } = this.vacancies;
      const grid = this.candidates.cGrid;
      const bounds = this.bounds;
      const queue = this.queue;
      bounds.prepare(vi);
      bounds.minScore = minScore;
      bounds.seed = Number.NEGATIVE_INFINITY;
      queue.reset();
      grid.forEachCellNear(vLat.data[vi]!, vLon.data[vi]!, this.candidates.maxLimit, (cell, nearKm) => {
        // A cell none of whose candidates may travel that far, or whose best possible pair (commute at
        // the cell's distance, all else at 1, its highest lift) stays below the least score or the
        // k-th key met so far, is skipped.
        // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: `false` prunes less: the lists do not change; `>=` and `- REACH_SLACK_KM` differ only for a limit within 1 m of the cell's nearest point, the slack being the rounding cover of hav
        if (nearKm > cell.top[0]! + REACH_SLACK_KM) return;
        // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,MethodExpression: `false` and `Math.min` prunes less: the lists do not change; `<=` and `+ PRUNE_EPS` differ only for a bound within 1e-9 of the k-th key, the slack being rounding cover
        if (this.boundAt(nearKm) < Math.max(minScore, bounds.seed - cell.top[1]!) - PRUNE_EPS) return;
        bounds.collect(cell, queue.addCell(cell), queue);
        // Until the list is full the rows queued so far are ranked: its k-th key, no higher than
        // the final one, then keeps the rows of later cells that stay below it out of the queue.
        // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the early drain only raises the seed sooner: skipping it leaves the seed at −∞ (prunes less), draining a full list returns at once; the last drain gives the same list
        if (count[0]! < k) {
          // Stryker disable next-line BooleanLiteral: draining to the bucket stop instead of to a full list evaluates more rows sooner: the same list (it does not depend on the order pairs are met in)
          this.drain(vi, k, true);
          // Stryker disable next-line ConditionalExpression: `false` leaves the seed at −∞: prunes less: the lists do not change (`keys[k + 1]` is killed: k = 1 after k = 3)
          if (count[0] === k) bounds.seed = keys[k - 1]!;
        }
      });
      this.drain(vi, k, false);
    }
    const out: Match[] = [];
    for (let r = 0; r < count[0]!; r++) {
      const other = idx[r]!;
      const c = ci >= 0 ? ci : other;
      const v = ci >= 0 ? other : vi;
      out.push(this.explain(c, v, evaluate(e, c, v)) as Match);
    }
    return out;
  }

  /**
   * Evaluates the queued rows of vacancy `vi`, best bound first, into the top-k list (`keys`, `idx`,
   * `count`), taking each row out of the queue: until the list is full (`untilFull`), else until a
   * bucket's keys all stay below its k-th key (the rest are left: the list does not depend on the
   * order pairs are met in).
   */
  private drain(vi: number, k: number, untilFull: boolean): void {
    const e = this.engine;
    const minScore = this.opts.minScore;
    const { keys, idx, count, bounds, queue } = this;
    const { cells, head } = queue;
    for (let b = queue.top; b >= 0; b--) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: never stopping, or stopping only at the bucket edge, drains more rows: the same list; `<=` and `- STOP_SLACK` differ only for keys within 1e-6 of the edge, the slack covering bound + lift rounding (`keys[k + 1]` is killed: k = 1 after k = 3)
      if (count[0] === k && (untilFull || edgeOf(b) + STOP_SLACK < keys[k - 1]!)) return;
      for (let j = head[b]!; j >= 0; j = head[b]!) {
        head[b] = queue.link[j]!;
        const cell = cells[queue.cellOf[j]!]!;
        const q = queue.rowOf[j]!;
        const lift = cell.ints[q * CGRID_INTS]!;
        const floor = floorOf(keys, count, 0, k, lift, minScore);
        let bound = queue.bound[j]!;
        // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the carved job's tighter bound taken for every row or none: the row is evaluated now or after its exact bound's bucket: prunes less: the lists do not change or the same
        if (queue.loose[j] === 1) {
          // The carved job's bound with its best task: a lower bucket takes the row later, unless
          // it is below the floor already (the floor only rises).
          bound = bounds.bound(cell.data, cell.ints, q);
          const exact = bucketOf(bound + lift);
          // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a row evaluated at once instead of pushed to its exact bound's lower bucket (or pushed again with a tight bound, then evaluated): prunes less: the lists do not change
          if (exact < b) {
            // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: `false` pushes a row that cannot enter, evaluated later and pruned there: prunes less: the lists do not change; `<=` and `+ PRUNE_EPS` differ only for a bound within 1e-9 of the floor, the slack being rounding cover
            if (bound < floor - PRUNE_EPS) continue;
            queue.value = bound;
            queue.push(queue.cellOf[j]!, q, exact, 0);
            continue;
          }
        }
        // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: `false` leaves the row to the evaluation, which prunes it against the same floor: prunes less: the lists do not change; `<=` and `+ PRUNE_EPS` differ only for a bound within 1e-9 of the floor, the slack being rounding cover
        if (bound < floor - PRUNE_EPS) continue;
        const c = cell.ids[q]!;
        if (evaluate(e, c, vi, floor) && e.ev.score >= minScore) {
          insertTop(keys, idx, count, 0, k, e.ev.score + lift, c);
          // Stryker disable next-line ConditionalExpression,EqualityOperator: never returning, or an early drain returning after each insertion (`count[0] === k` → true, `!==`), leaves the rest to the later drains and the last, which take every row: the same list (the whole test → `true`, stopping the last drain, is killed)
          if (untilFull && count[0] === k) return;
        }
      }
    }
  }
}
