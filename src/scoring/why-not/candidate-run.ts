import type { NearMissChange } from '../../advice/change.js';
import { liftOptions, liftsFor } from '../../advice/lift.js';
import { DEFAULT_DAYS_PER_WEEK, maxHoursFromProfile } from '../../capability/hours.js';
import type { Adaptation } from '../../catalogue/adaptations.js';
import { normaliseSkill } from '../../catalogue/normalise-skill.js';
import { type Training, trainingsForQualification, trainingsForSkill } from '../../catalogue/trainings.js';
import { MAX_HOURS_PER_WEEK, type Vacancy } from '../../domain/schemas.js';
import { kmOfHav } from '../../geo/distance.js';
import { openingBound, SKIP_EPS } from '../engine/changed.js';
import { evaluate } from '../engine/evaluator.js';
import { exceededItemId } from '../engine/exceeded.js';
import type { Engine } from '../engine/state.js';
import type { ResolvedMatcherOptions } from '../options.js';
import { askedQualification } from '../qualification-rule.js';
import type { VerdictCode } from '../reference/verdicts.js';
import { EXCLUDED_COMMUTE } from '../rules.js';
import type { CandidateTable } from '../tables/candidates.js';
import { LAYOUT_STRIDE, type VacancyTable } from '../tables/vacancies.js';
import { PendingChanges } from './pending.js';
import type { Probe } from './probe.js';
import type { WhyNotScratch } from './scratch.js';
import { NearMissTop } from './top.js';
import type { WhyNotTally } from './types.js';

/** @internal What `whyNot` reads: the engine, the tables, the probe that sizes changes and its buffers. */
export interface WhyNotContext {
  readonly engine: Engine;
  readonly opts: ResolvedMatcherOptions;
  readonly candidates: CandidateTable;
  readonly vacancies: VacancyTable;
  readonly probe: Probe;
  readonly scratch: WhyNotScratch;
}

// The catalogues are constant: their answers per skill are remembered.
const forSkill = new Map<string, readonly Training[]>();

function remembered<T>(memo: Map<string, T>, key: string, find: () => T): T {
  let found = memo.get(key);
  // Stryker disable next-line ConditionalExpression: `true` asks the catalogue again: `trainingsForSkill` is pure (a constant catalogue), so the same trainings (`false` is killed)
  if (found === undefined) {
    found = find();
    memo.set(key, found);
  }
  return found;
}

/**
 * @internal One candidate's tally and near misses while `whyNot` visits its vacancies: each shut
 * pair's changes, sized at once (the vacancy's) or kept for the end (the candidate's,
 * `candidateChanges`).
 */
export class CandidateRun {
  readonly tally: WhyNotTally = {
    fits: 0,
    commute: 0,
    capability: 0,
    qualification: 0,
    hours: 0,
    minScore: 0,
    capabilityItems: {},
  };
  readonly top: NearMissTop;
  readonly candidateId: string;
  private readonly e: Engine;
  private readonly minScore: number;
  private readonly limitKm: number;
  private readonly maxH: number;
  private readonly fmlMax: number;
  private readonly pending = new PendingChanges();
  /** Changes tried so far: the order of a vacancy's own changes, the last tie-break. */
  private tried = 0;
  private own: ReadonlySet<string> | undefined;
  /** The last vacancy `below` was asked about, and its bound (one vacancy is asked several times). */
  private boundVi = -1;
  private bound = 0;

  constructor(
    private readonly x: WhyNotContext,
    private readonly ci: number,
    k: number,
  ) {
    this.e = x.engine;
    this.minScore = x.opts.minScore;
    this.top = new NearMissTop(k, this.minScore);
    const record = x.candidates.cRecords[ci]!;
    this.candidateId = record.id;
    this.limitKm = x.candidates.cLimit.data[ci]!;
    this.maxH = x.candidates.cMax.data[ci]!;
    const fml = maxHoursFromProfile(record.capabilities);
    this.fmlMax = Math.min(fml.perWeek, fml.perDay * DEFAULT_DAYS_PER_WEEK, MAX_HOURS_PER_WEEK);
  }

  /**
   * Counts a change just sized (`ok`: the changed pair fits, its score in `e.ev`; `base` the pair's
   * score today); true when it is a near miss that may still enter the top k (see `mayEnter`).
   */
  private kept(ok: boolean, base = 0): boolean {
    this.tried++;
    const score = this.e.ev.score;
    // Stryker disable next-line ArithmeticOperator: `score + base` (base ≥ 0) asks `mayEnter` about a larger gain, so it refuses fewer; the offers it lets through cannot enter the top k (see `NearMissTop.mayEnter`)
    return ok && score >= this.minScore && this.top.mayEnter(score - base);
  }

  /** Offers the change just sized and kept (see `kept`) as a near miss of vacancy `vi`. */
  private offer(vi: number, shutBy: VerdictCode, base: number, change: NearMissChange): void {
    const score = this.e.ev.score;
    this.top.offer({
      vi,
      vacancyId: this.x.vacancies.vRecords[vi]!.id,
      shutBy,
      change,
      score,
      gain: score - base,
      order: this.tried,
    });
  }

  /**
   * Whether vacancy `vi`'s changes cannot reach the floor: their score bound (`openingBound`, the
   * same for the changed vacancy) is below it, so the engine would prune each of them.
   */
  // Stryker disable next-line BlockStatement: the empty body returns undefined, which skips nothing: as `false` on the return below
  private below(vi: number): boolean {
    // Stryker disable next-line ConditionalExpression: `true` computes the bound again: the same number (`openingBound` reads the homes, the sector and the occupation, which nothing changes while `below` is asked: changed candidates are sized in `candidateChanges`, which does not ask it, and changed vacancies get indices of their own) (`false` is killed, ignored with it)
    if (vi !== this.boundVi) {
      this.boundVi = vi;
      this.bound = openingBound(this.e, this.ci, vi);
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `false` skips nothing and `<=` skips also a bound of exactly floor − slack: such a pair scores at most its bound (+ 1e-12 for the order of the sums, inside the slack), below the floor, so `kept` refuses it (below minScore, or under the k-th best gain once k are known; the floor only rises): only `tried` counts more (`order` is only compared) (`true` and `>=` are killed, ignored with them; `+ SKIP_EPS` is killed by why-not-floor-slack.test.ts)
    return this.bound < this.top.floor(0) - SKIP_EPS;
  }

  /** Shut by the commute limit (hav(d/R) = `hav`): how many km further. */
  commute(vi: number, hav: number): void {
    const { probe } = this.x;
    const { ci, limitKm, top } = this;
    // The candidate met the job's shape before and it shuts them out (a hard rule a longer commute
    // leaves as it is, as the engine would find), or it cannot reach the floor.
    const sid = this.e.vShape.data[vi]!;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut: `false`, `sid >= 0` → true (−1 reads shapeStamp[−1], undefined), `sid > 0` and `sid < 0` size a pair whose met shape shut the candidate out: `evaluate` returns that outcome (never the commute's) at any limit, so nothing is offered and only `tried` counts one more, which keeps the order of later offers (`order` is only compared); the killed `true`s and `!==`/`===` of the stamp and the outcome are ignored with them
    if (sid >= 0 && this.e.shapeStamp[sid] === ci + 1 && this.e.shapeOutcome[sid] !== 0) return;
    // Stryker disable next-line ConditionalExpression: `false` is equivalent: skipping a change the floor shuts out only offers a near miss that cannot enter the top k (the floor is at most the k-th best gain; offers below it never change `top()`) (`true` is killed)
    if (this.below(vi)) return;
    let extraKm = Math.max(1, Math.ceil(kmOfHav(hav) - limitKm));
    let ok = probe.commute(ci, vi, limitKm + extraKm, top.floor(0));
    // Rounding at the limit: one km more.
    // Stryker disable next-line LogicalOperator,ConditionalExpression: `||` and `… && true` also retry after another rule's exclusion or a pruning: the score and the other rules do not read the limit (the commute component reads `commuteScoreKm`), so the retry is excluded or pruned the same and nothing is offered, only `tried` counts more (`order` is only compared) (the whole test's `true` and `false` are killed, ignored with them)
    if (!ok && this.e.ev.excluded === EXCLUDED_COMMUTE)
      ok = probe.commute(ci, vi, limitKm + ++extraKm, top.floor(0));
    if (limitKm + extraKm > 300) return;
    if (this.kept(ok))
      this.offer(vi, 'commute', 0, { kind: 'commute', candidateId: this.candidateId, extraKm });
  }

  /**
   * Shut by capability: the FML items it exceeds counted; when one task holds every exceeded item,
   * an adaptation that lifts the one item, or dropping the task.
   */
  capability(vi: number): void {
    const { engine: e, probe, scratch } = this.x;
    const { ci, top } = this;
    const layout = e.vLayout.data[vi]!;
    const at = scratch.exceeded(e, ci, vi, layout);
    const n = scratch.count(layout);
    const { tasks: taskOf, items: itemOf, itemSeen, itemCount } = scratch;
    // Stryker disable next-line UpdateOperator: `--` stamps −1, −2, …: as distinct, and never the 0 `itemSeen` (an Int32Array) starts with; no other code moves `pairStamp`
    const pairStamp = ++scratch.pairStamp;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a capability-shut pair has a task over an item, so n ≥ 1: `true` and `n >= 0` are equivalent (`false` and `<=` are killed)
    let single = n > 0;
    for (let k = at; k < at + n; k++) {
      const item = itemOf[k]!;
      if (itemSeen[item] !== pairStamp) {
        itemSeen[item] = pairStamp;
        itemCount[item]!++;
      }
      // Stryker disable next-line ConditionalExpression,BooleanLiteral: `false` and `single = true` keep `single` with items over on two tasks: dropping the first task leaves the other over, and the carved jobs are those of the unchanged vacancy (the first task was not eligible there), so the pair stays shut: nothing offered, only `tried` counts more (`order` is only compared) (`true` is killed, ignored with them)
      if (taskOf[k] !== taskOf[at]) single = false;
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the `false`s and `&&` are equivalent: with items over on several tasks, no one change makes the pair fit (evaluated, nothing is offered); and skipping a change the floor shuts out only offers a near miss that cannot enter the top k (the floor is at most the k-th best gain; offers below it never change `top()`) (the `true`s are killed)
    if (!single || this.below(vi)) return;
    const a = taskOf[at]!;
    // Stryker disable next-line ConditionalExpression: `true` also sizes the lifts of the first item when one task exceeds several: an adaptation changes only its own item's demand (`applyChange`), so the task still exceeds the others and the pair stays shut (a carved job drops the task as on the unchanged vacancy, the same carving): nothing offered, only `tried` counts more (`order` is only compared); the lifts remembered per layout are this candidate's, whose layout always has the same points (`false` is killed, ignored with it)
    if (n === 1) {
      const code = itemOf[at]!;
      const lifts = scratch.liftsOf(layout) ?? scratch.setLifts(layout, this.lifts(vi, layout, a, code));
      for (const lift of lifts) {
        const ok = !this.below(vi) && probe.adapted(ci, vi, a, code, lift, top.floor(0));
        if (this.kept(ok)) this.offer(vi, 'capability', 0, probe.adaptation(vi, a, code, lift));
      }
    }
    this.dropTask(vi, a, 'capability');
  }

  /** The adaptations that lift item `code` on task `a` of `layout` (vacancy `vi`'s) for this candidate. */
  private lifts(vi: number, layout: number, a: number, code: number): readonly Adaptation[] {
    const item = exceededItemId(code);
    const { scratch } = this.x;
    let lift = scratch.liftOptions(layout, a, code);
    // Stryker disable next-line ConditionalExpression: `true` finds the task's lift options again (`liftOptions` of the same item, demand and kind: the same) with a fresh per-code cache, which `liftsFor` fills again the same (`false` is killed)
    if (lift === undefined) {
      const task = this.x.vacancies.vRecords[vi]!.tasks![a]!;
      const demand = task.demands[item];
      lift = scratch.setLiftOptions(layout, a, code, {
        demand,
        options: liftOptions(item, demand, task.kind),
        byCode: new Map(),
      });
    }
    const { demand, options, byCode } = lift;
    const person = this.x.candidates.cRecords[this.ci]!.capabilities[item];
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: which code goes through the per-code cache changes nothing: the cache holds what `liftsFor` gives for the code
    if (typeof person !== 'number') return liftsFor(options, item, person, demand);
    let lifts = byCode.get(person);
    // Stryker disable next-line ConditionalExpression: `true` calls `liftsFor` again for the same options, item, code and demand: it is pure, so the same adaptations (`false` is killed)
    if (lifts === undefined) {
      lifts = liftsFor(options, item, person, demand);
      byCode.set(person, lifts);
    }
    return lifts;
  }

  /** Shut by the qualification: the trainings that give it, sized at the end. */
  qualification(vi: number): void {
    const { engine: e, vacancies: vt, scratch } = this.x;
    const qualification = e.layouts.data[e.vLayout.data[vi]! * LAYOUT_STRIDE + 2]!;
    const trainings = scratch.trainingsFor(qualification, () => {
      const asked = askedQualification(vt.vRecords[vi]!);
      // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a vacancy shut by its qualification asks one, so `asked` is never undefined here (`true` and `===` → `!==` are killed)
      return asked === undefined ? [] : trainingsForQualification(asked);
    });
    // Stryker disable next-line ConditionalExpression: `false` is equivalent: a shortcut, the loop below adds nothing without trainings (`true` is killed)
    if (trainings.length === 0) return;
    const pair = { vi, shutBy: 'qualification' as const, base: 0 };
    for (const t of trainings)
      this.pending.later(
        { kind: 'training', candidateId: this.candidateId, trainingId: t.id },
        `t-${t.id}`,
        pair,
      );
  }

  /**
   * Shut by hours: a wider hours window (sized at the end) — up to the job's hours, or, for a job
   * open to carving beyond what the FML allows, up to the FML's cap (a job carved within it) — or
   * dropping a task that brings the job within them.
   */
  hours(vi: number): void {
    const e = this.e;
    const head = e.vLayout.data[vi]! * LAYOUT_STRIDE;
    const jobHours = e.layouts.data[head]!;
    // Never advice to want more hours than the FML allows: above the cap, the cap itself, where a
    // carved job of at most those hours may fit (the sizing at the end keeps it only if one does).
    const window =
      jobHours <= this.fmlMax
        ? jobHours
        : // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: shortcuts: `fmlMax > maxH` → `true` or `>=` also offers a window no wider than the candidate's own (the cap at or below it), and `||` a window to a job taken whole, which no window within the cap holds: the changed pair is shut the same, so `kept` refuses it; only `tried` counts more (`order` is only compared)
          e.layouts.data[head + 1] === 1 && this.fmlMax > this.maxH
          ? this.fmlMax
          : -1;
    // Stryker disable next-line EqualityOperator: `> 0` is the same: a job's hours are more than 0 (the vacancy's `hoursPerWeek` must be), so a window is never 0
    if (window >= 0)
      this.pending.later(
        { kind: 'hours', candidateId: this.candidateId, maxHoursPerWeek: window },
        `H-${window}`,
        { vi, shutBy: 'hours', base: 0 },
      );
    // Stryker disable next-line ConditionalExpression: `false` is equivalent: skipping a change the floor shuts out only offers a near miss that cannot enter the top k (the floor is at most the k-th best gain; offers below it never change `top()`) (`true` is killed)
    if (this.below(vi)) return;
    const m = e.vTaskEnd.data[vi]! - e.vTaskStart.data[vi]!;
    for (let a = 0; a < m; a++)
      // Stryker disable next-line ConditionalExpression: `true` also drops a task that leaves more hours than the candidate's most: the changed job is shut by hours again (the whole job at fewer hours is the same `fewer` against the same floor, and its carved jobs are carved jobs of this vacancy, which carving found none of), so nothing is offered, only `tried` counts more (`order` is only compared) (`false` is killed)
      if (jobHours - e.layouts.data[head + (a + 1) * LAYOUT_STRIDE]! <= this.maxH)
        this.dropTask(vi, a, 'hours');
  }

  /** Scored below `minScore` (the evaluation in `e.ev`): more hours, or a training for a missing skill, sized at the end. */
  belowMinScore(vi: number): void {
    const ev = this.e.ev;
    const candidateId = this.candidateId;
    const pair = { vi, shutBy: 'minScore' as const, base: ev.score };
    // A job has at least a quarter hour (`MIN_JOB_HOURS`), so a minimum of the job's hours is a valid one.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `true` and `<=` also ask with hours already 1 (job hours ≥ the minimum): a minimum raised to the job's hours keeps hours at 1 and the same job (carving's best job by productive hours has those hours, so it is still in the narrower window): the same score, below minScore, which `kept` refuses; only `tried` counts more (`order` is only compared) (`false` and `>=` are killed, ignored with them)
    if (ev.hours < 1)
      this.pending.later(
        { kind: 'hours', candidateId, minHoursPerWeek: ev.jobHours },
        `h-${ev.jobHours}`,
        pair,
      );
    this.own ??= new Set(this.x.candidates.cRecords[this.ci]!.skills.map(normaliseSkill));
    for (const skill of missingSkills(this.x.vacancies.vRecords[vi]!, this.own))
      for (const t of remembered(forSkill, skill, () => trainingsForSkill(skill)))
        this.pending.later({ kind: 'training', candidateId, trainingId: t.id, skill }, `t-${t.id}`, pair);
  }

  /** Offers dropping task `a` of vacancy `vi` (when the vacancy is open to carving and keeps a task). */
  private dropTask(vi: number, a: number, shutBy: VerdictCode): void {
    const e = this.e;
    const head = e.vLayout.data[vi]! * LAYOUT_STRIDE;
    // Stryker disable next-line ArithmeticOperator: `m` is read only by `m < 2` below: `end + start` ≥ 2 lets a one-task vacancy through, whose drop `applyCheckedChange` refuses (the vacancy would be left empty; `Probe.compile` catches it: −1, `dropped` false): nothing offered, only `tried` counts more
    const m = e.vTaskEnd.data[vi]! - e.vTaskStart.data[vi]!;
    // The layout holds the vacancy's carvable flag and each task's hours.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut: without the carvable test or `m < 2` (`false` for the whole test or either operand, `&&`) the drop reaches `applyCheckedChange`, which refuses a vacancy not open to carving ('is not open to carving') or one left empty; `Probe.compile` catches it (−1) and `dropped` gives false: nothing offered, only `tried` counts more (`order` is only compared) (the `true`s are killed, ignored with them)
    if (e.layouts.data[head + 1] !== 1 || m < 2) return;
    if (!(e.layouts.data[head + (a + 1) * LAYOUT_STRIDE]! > 0)) return;
    const floor = this.top.floor(0);
    const ok = !this.below(vi) && this.x.probe.dropped(this.ci, vi, a, floor);
    if (this.kept(ok)) this.offer(vi, shutBy, 0, this.x.probe.dropTask(vi, a));
  }

  /** Sizes the candidate's own changes, each once for all its pairs, in the order they were first named by vacancy. */
  candidateChanges(): void {
    const { engine: e, probe } = this.x;
    const { ci, top } = this;
    for (const { change, pairs } of this.pending.inOrder()) {
      // Every pair below the floor: the candidate is not changed at all.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: `>` also skips a change whose every bound is exactly floor − slack: such a pair scores at most its bound (+ 1e-12, inside the slack), below the floor, so `kept` refuses it (`<` is killed); the `false` that never skips is equivalent: skipping a change the floor shuts out only offers a near miss that cannot enter the top k (the floor is at most the k-th best gain; offers below it never change `top()`) (the `true` that always skips is killed)
      if (!pairs.some((p) => openingBound(e, ci, p.vi) >= top.floor(p.base) - SKIP_EPS)) continue;
      probe.withCandidate(ci, change, pairs, () => {
        for (const p of pairs)
          if (this.kept(evaluate(e, ci, p.vi, top.floor(p.base)), p.base))
            this.offer(p.vi, p.shutBy, p.base, change);
      });
    }
  }
}

/** The skills of the vacancy's tasks the candidate does not name (catalogue form, lower case). */
function missingSkills(v: Vacancy, own: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  // Stryker disable next-line ArrayDeclaration: unreachable: the matcher's vacancy records have their tasks (derived when not given)
  for (const t of v.tasks ?? []) {
    // Stryker disable next-line MethodExpression: `s.toLowerCase()` without `trim()`: the schema trims every task skill (schemas.ts, `z.string().trim()`), and the records read here are parsed (`vRecords`) or changed copies of them (`toUpperCase` is killed, ignored with it)
    for (const s of t.skills) if (!own.has(normaliseSkill(s))) out.add(s.trim().toLowerCase());
  }
  return [...out];
}
