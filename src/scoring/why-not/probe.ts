import { type ApplyChangeOptions, applyChange, applyCheckedChange } from '../../advice/apply-change.js';
import type { AdaptationChange, DropTaskChange, NearMissChange } from '../../advice/change.js';
import type { FmlEntries } from '../../capability/compare.js';
import { ADAPTATIONS, type Adaptation } from '../../catalogue/adaptations.js';
import { decomposeVacancy } from '../../catalogue/decompose.js';
import type { Candidate } from '../../domain/schemas.js';
import { havOfKm } from '../../geo/distance.js';
import type { AssessedItems } from '../assessed-items.js';
import { changedBound, SKIP_EPS } from '../engine/changed.js';
import { evaluate, evaluateAt } from '../engine/evaluator.js';
import { exceededItemId, forgetPairs } from '../engine/exceeded.js';
import type { Engine } from '../engine/state.js';
import type { CandidateTable } from '../tables/candidates.js';
import type { VacancyTable } from '../tables/vacancies.js';

type VacancyChange = AdaptationChange | DropTaskChange;

// A change's key within its vacancy: the task (< 128), the item code (< 128) and the adaptation + 1
// (< 128; 0 for a dropped task), as one small integer.
const KEY_ITEM = 2 ** 7;
const KEY_TASK = 2 ** 14;
const ADAPTATION_INDEX: ReadonlyMap<Adaptation, number> = new Map(ADAPTATIONS.map((a, k) => [a, k]));
type CandidateChange = Exclude<NearMissChange, VacancyChange>;

/**
 * @internal Evaluates a pair after one near-miss change on the engine itself, so the score is the one
 * a matcher built on the changed input gives: a longer commute by the candidate's limit alone; a
 * changed candidate (hours, training) by writing the changed copy (made once a candidate and change)
 * over the candidate's columns and putting them back, with the candidate's caches for the vacancies
 * it is evaluated with forgotten both times; a changed vacancy (adaptation, dropped task) compiled
 * once as a record of its own that is never live (not in the grid, the lists or the judged FML
 * items), remembered per vacancy and change.
 */
export class Probe {
  /** Per vacancy index, its changed copies by key: the copy's index (−1: the change cannot apply). */
  private readonly changedVacancies: (Map<number, number> | undefined)[] = [];
  /** Per vacancy index and dropped-task key: the dropped task's demands and their judged-item slots. */
  private readonly droppedTasks: (Map<number, { demands: FmlEntries; slots: Int32Array }> | undefined)[] = [];
  /**
   * Per job content, by the change's key: the changed copy of the first vacancy of the
   * content it was asked for. An adaptation changes one task's demand, a dropped task takes its row
   * and hours: vacancies with the same job (shape and task skills) get the same changed job, whatever
   * their place, wage, sector or occupation (which `evaluateAt` takes from the vacancy itself).
   */
  private readonly changedJobs: (Map<number, number> | undefined)[] = [];
  /** Per vacancy index: its one task that names skills, −1 when none or several (see `onlySkilled`). */
  // Stryker disable next-line ArrayDeclaration: a stale entry for vacancy 0 only makes its dropped task's job shared; every vacancy of its job content has the same tasks and task skills, hence the same only-skilled task, so none of them shares or registers a changed job: vacancy 0 reads only the one it registered itself
  private readonly soleSkilled: (number | undefined)[] = [];
  /** Candidates changed by a candidate change, by candidate and change. */
  private readonly changedCandidates = new Map<string, Candidate>();

  constructor(
    private readonly e: Engine,
    private readonly candidates: CandidateTable,
    private readonly vacancies: VacancyTable,
    private readonly assessed: AssessedItems,
    private readonly applyOptions: ApplyChangeOptions,
  ) {}

  /** Evaluates (`e.ev`) pair (`ci`, `vi`) with the candidate's commute limit at `limitKm` (pruned below `floor`). */
  commute(ci: number, vi: number, limitKm: number, floor: number): boolean {
    const column = this.e.cHavLimit.data;
    const before = column[ci]!;
    column[ci] = havOfKm(limitKm);
    const ok = evaluate(this.e, ci, vi, floor);
    column[ci] = before;
    return ok;
  }

  /**
   * Runs `visit` while candidate `ci`'s columns hold the candidate changed by `change`, to evaluate it
   * with the vacancies of `pairs` only. The candidate changes whyNot makes always apply (an hours
   * window from the job's hours on the side the candidate's window misses, a catalogue training
   * teaching the named skill).
   */
  withCandidate(
    ci: number,
    change: CandidateChange,
    pairs: readonly { readonly vi: number }[],
    visit: () => void,
  ): void {
    const record = this.candidates.cRecords[ci]!;
    // A candidate's record never changes at its index, so its changed copy is made once a change.
    const key = `${ci}|${JSON.stringify(change)}`;
    let changed = this.changedCandidates.get(key);
    // Stryker disable next-line ConditionalExpression: `true` makes the changed copy again (the same copy: `applyCheckedChange` is pure) (`false` is killed)
    if (changed === undefined) {
      // A parsed record changed by hours or catalogue skills and certificates is still a parsed record.
      // The change meets its schema as made (the record's id, the hours of a job, a catalogue training),
      // unless it names a vacancy's skill longer than the schema allows: only then is it parsed.
      const apply =
        // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: whyNot names a training's skill only as a skill the training teaches (`trainingsForSkill`: exact catalogue skills, at most 19 characters), so no skill here is longer than 200; and `applyChange` is `applyCheckedChange` after parsing a change that meets its schema: either function gives the same copy
        change.kind === 'training' && (change.skill?.length ?? 0) > 200 ? applyChange : applyCheckedChange;
      // Stryker disable next-line ArrayDeclaration: a candidate change never reads the input's vacancies
      changed = apply({ candidates: [record], vacancies: [] }, change, this.applyOptions).candidates[0]!;
      this.changedCandidates.set(key, changed);
    }
    // The candidate's results for those vacancies forgotten before (the copy computes its own) and
    // after (the candidate does not read the copy's): the rest of its caches stay.
    forgetPairs(this.e, ci, pairs);
    this.candidates.put(ci, changed);
    this.e.fitCaches();
    try {
      visit();
    } finally {
      forgetPairs(this.e, ci, pairs);
      this.candidates.put(ci, record);
    }
  }

  /**
   * Evaluates (`e.ev`) candidate `ci` with vacancy `vi` changed by `adaptation` on item `code` of task
   * `a`; false when excluded, pruned below `floor`, or it cannot apply.
   */
  adapted(ci: number, vi: number, a: number, code: number, adaptation: Adaptation, floor: number): boolean {
    // Stryker disable next-line ArithmeticOperator: every mutant keeps the keys of one vacancy distinct for the changes whyNot makes: `a / KEY_TASK`, `code / KEY_ITEM` and `− code × KEY_ITEM` stay one-to-one (the parts below 1, or whole multiples, never meet); `… − 1` and `− index` only meet the dropped-task key `a × KEY_TASK` at item code 0 (I.1) with adaptation 1 (transporthulp, IV.12 and IV.14), which whyNot never pairs
    const key = a * KEY_TASK + code * KEY_ITEM + ADAPTATION_INDEX.get(adaptation)! + 1;
    // Shared by the same job elsewhere unless the vacancy's conditions state the item.
    // Stryker disable next-line BooleanLiteral: sharing or not gives the same job (see `conditionStates`)
    const shared = !this.conditionStates(vi, code);
    const at = this.changedJob(vi, key, shared, () => this.adaptation(vi, a, code, adaptation));
    // A shared job is evaluated at the vacancy's place, wage, sector and occupation; its own copy at its own.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a vacancy's own changed copy is compiled from its record, so it has the vacancy's place, wage, sector and occupation: `vi` or `at` give the same there (`false`, which evaluates a shared job at its first vacancy's place, is killed)
    const place = shared && this.e.vContent.data[vi]! >= 0 ? vi : at;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `at` is never 0 (copies come after the live vacancies) nor −1 for an adaptation whyNot proposes (its lifts act on the item in this kind of task: `liftOptions`)
    return at >= 0 && this.evaluateChanged(ci, place, at, floor);
  }

  /**
   * The index of vacancy `vi`'s job changed by the change of `key` (made by `change` the first time;
   * −1 when it cannot apply). When `shared` and the vacancy has a job content, the changed job is
   * the one compiled for the first vacancy of that content (the same job, shape and task skills, the
   * same change: the same changed job); else the vacancy's own changed copy.
   */
  private changedJob(vi: number, key: number, shared: boolean, change: () => VacancyChange): number {
    const content = this.e.vContent.data[vi]!;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `false` and `content > 0` share less (an own copy is the same job); `content >= 0` → `true` and `< 0` are killed (why-not-scratch: jobs of more than 31 tasks have content −1)
    const byContent = shared && content >= 0;
    let at = byContent ? this.changedJobs[content]?.get(key) : undefined;
    // Stryker disable next-line ConditionalExpression: `true` compiles the vacancy's own copy where it could share the content's: the same job (`false` is killed)
    if (at === undefined) {
      at = this.changedVacancies[vi]?.get(key) ?? this.compile(key, vi, change());
      // Stryker disable next-line ConditionalExpression: `false` registers nothing, so later vacancies of the content compile their own copies: the same jobs; `true` also registers an own copy, which no one reads (content −1: never read; a dropped only-skilled task: every vacancy of the content has the same only-skilled task, so none shares) or which is the same job (conditions stating the item: see `conditionStates`)
      if (byContent) this.atVacancy(this.changedJobs, content).set(key, at);
    }
    return at;
  }

  /**
   * Whether task `a` is the only task of vacancy `vi` that names skills: without it the other tasks
   * take the vacancy's own skills, so the changed job is not shared with other vacancies.
   */
  private onlySkilled(vi: number, a: number): boolean {
    let sole = this.soleSkilled[vi];
    // Stryker disable next-line ConditionalExpression: `true` finds the only skilled task again each time: the same
    if (sole === undefined) {
      const tasks = this.vacancies.vRecords[vi]!.tasks!;
      const skilled = tasks.flatMap((t, k) => (t.skills.length > 0 ? [k] : []));
      // Stryker disable next-line ConditionalExpression,UnaryOperator: `true` takes the first skilled task also when none or several are: none leaves `sole` undefined (not `a`, found again next time), several make the first not shared, which compiles an own copy: the same job (`false` is killed); `+1` makes task 1 the only skilled one when none or several are, so its drop compiles an own copy: the same job
      sole = skilled.length === 1 ? skilled[0]! : -1;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: padding only keeps the array packed; a sparse array reads the same
      while (this.soleSkilled.length < vi) this.soleSkilled.push(undefined);
      this.soleSkilled[vi] = sole;
    }
    // Stryker disable next-line ConditionalExpression: `true` never shares a dropped task's job: own copies, the same jobs (`false` and `!==` are killed)
    return sole === a;
  }

  /**
   * Whether vacancy `vi`'s conditions state item `code`: an adaptation on it then rewrites every
   * task's demand (see `applyChange`), so the changed job is not shared with other vacancies.
   */
  // Stryker disable next-line BlockStatement: the answer changes no job: a parsed record's tasks already hold its conditions (merged when parsed), so `applyChange` writes each task the value it has and drops the item from the conditions, which the table does not read: the changed job is the one of any vacancy of the same job content (same tasks, demands and task skills)
  private conditionStates(vi: number, code: number): boolean {
    const conditions = this.vacancies.vRecords[vi]!.conditions;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: as the block's mark: sharing or not, the same changed job
    return conditions !== undefined && exceededItemId(code) in conditions;
  }

  /**
   * Evaluates (`e.ev`) candidate `ci` with task `a` dropped from vacancy `vi`; false when excluded,
   * pruned below `floor`, or it cannot apply.
   */
  dropped(ci: number, vi: number, a: number, floor: number): boolean {
    // Stryker disable next-line ArithmeticOperator: `a / KEY_TASK` keeps the dropped-task keys distinct and apart from the adaptation keys (whole numbers from 1 on, or from KEY_TASK + 1 on)
    const key = a * KEY_TASK;
    // Shared by the same job elsewhere unless the task is the only one naming skills.
    const at = this.changedJob(vi, key, !this.onlySkilled(vi, a), () => this.dropTask(vi, a));
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BooleanLiteral: `at` is never −1 nor 0 (copies come after the live vacancies; every drop whyNot proposes applies), so `false`, `at <= 0` and `return true` change nothing (`true` and `at >= 0`, which drop nothing, are killed)
    if (at < 0) return false;
    // Stryker disable next-line ConditionalExpression: `false` leaves the pruning to `evaluateAt`, which gives false below the same floor (the bound is an upper bound of the score) (`true` is killed)
    if (changedBound(this.e, ci, vi, at) < floor - SKIP_EPS) return false;
    let dropped = this.droppedTasks[vi]?.get(key);
    // Stryker disable next-line ConditionalExpression: `true` finds the dropped task's demands and slots again: the same
    if (dropped === undefined) {
      const demands = this.vacancies.vRecords[vi]!.tasks![a]!.demands;
      dropped = { demands, slots: this.assessed.slotsOf(demands) };
      this.atVacancy(this.droppedTasks, vi).set(key, dropped);
    }
    // The changed region no longer judges what only the dropped task stated (when it alone does).
    // Stryker disable next-line ConditionalExpression: `false` removes and adds back demands that unjudge nothing: the judged items stay as they are for the evaluation (`true` is killed)
    if (!this.assessed.wouldUnjudge(dropped.slots)) return evaluateAt(this.e, ci, vi, at, floor);
    this.assessed.remove(dropped.demands);
    const ok = evaluateAt(this.e, ci, vi, at, floor);
    this.assessed.add(dropped.demands);
    return ok;
  }

  /**
   * `evaluateAt` of changed job `at` at vacancy `vi` (`e.ev`), skipped (false) when its bound from
   * the job's header (`changedBound`) stays below `floor`: the engine would end below it too.
   */
  private evaluateChanged(ci: number, vi: number, at: number, floor: number): boolean {
    // Stryker disable next-line ConditionalExpression: the bound's `true` leaves the pruning to `evaluateAt`, which gives false below the same floor (the bound is an upper bound of the score) (the other `true` and the `false`s are killed)
    return changedBound(this.e, ci, vi, at) >= floor - SKIP_EPS && evaluateAt(this.e, ci, vi, at, floor);
  }

  /** The map at index `vi` (a vacancy or a job content) in `maps`, made when missing (the list kept packed). */
  private atVacancy<T>(maps: (Map<number, T> | undefined)[], vi: number): Map<number, T> {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: padding only keeps the list packed (`false`, `<`); a sparse array reads the same (`true` loops forever: timed out)
    while (maps.length <= vi) maps.push(undefined);
    let map = maps[vi];
    // Stryker disable next-line ConditionalExpression: `true` replaces the vacancy's map by an empty one: its changes are compiled again, the same jobs (`false` is killed)
    if (map === undefined) {
      map = new Map();
      maps[vi] = map;
    }
    return map;
  }

  /** The change that applies `adaptation` on item `code` of task `a` of vacancy `vi`. */
  adaptation(vi: number, a: number, code: number, adaptation: Adaptation): AdaptationChange {
    const v = this.vacancies.vRecords[vi]!;
    return {
      kind: 'adaptation',
      vacancyId: v.id,
      taskId: v.tasks![a]!.id,
      item: exceededItemId(code),
      adaptationId: adaptation.id,
    };
  }

  /** The change that drops task `a` of vacancy `vi`. */
  dropTask(vi: number, a: number): DropTaskChange {
    const v = this.vacancies.vRecords[vi]!;
    const task = v.tasks![a]!;
    return { kind: 'dropTask', vacancyId: v.id, taskId: task.id, hoursPerWeek: task.hoursPerWeek };
  }

  /**
   * The index of vacancy `vi` changed by `change`, compiled as a record of its own that is never live
   * and remembered under `key`; −1 when the change cannot apply.
   */
  private compile(key: number, vi: number, change: VacancyChange): number {
    // Stryker disable next-line UnaryOperator: −1 is left only when the change cannot apply, which is unreachable (see the `catch`)
    let at = -1;
    const record = this.vacancies.vRecords[vi]!;
    try {
      // A parsed record (conditions merged into its tasks) changed by a task's demand or a dropped task is
      // still a parsed record. The change names the record's own ids, a catalogue item and adaptation,
      // and a task's hours above 0: it meets its schema as made, so it is not parsed again.
      // Stryker disable next-line ArrayDeclaration: a vacancy change never reads the input's candidates
      const v = applyCheckedChange({ candidates: [], vacancies: [record] }, change).vacancies[0]!;
      const next = this.vacancies.vRecords.length;
      // Compiled only: not in the grid, the id index or the judged items.
      this.vacancies.add([{ ...v, tasks: decomposeVacancy(v) }], false);
      this.e.fitCaches();
      at = next;
    } catch {
      // Unreachable: the vacancy changes whyNot makes always apply (adaptations from `liftOptions` for
      // the task's kind, drops of a task of a carvable vacancy with other tasks); `at` stays −1.
    }
    this.atVacancy(this.changedVacancies, vi).set(key, at);
    return at;
  }
}
