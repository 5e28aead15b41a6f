import type { LiftOption } from '../../advice/lift.js';
import { EXCEEDED_ITEM_IDS, exceededCompiled } from '../../capability/compiled.js';
import type { Adaptation } from '../../catalogue/adaptations.js';
import type { Training } from '../../catalogue/trainings.js';
import type { Engine } from '../engine/state.js';
import { LAYOUT_STRIDE } from '../tables/vacancies.js';

/** Items of the catalogue a task can exceed. */
const ITEMS = EXCEEDED_ITEM_IDS.length;

/** Grows `a` to hold at least `n` entries, keeping its contents. */
function room(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  // Stryker disable next-line EqualityOperator: `>` grows a buffer that already holds exactly `n`: it still holds `n`, contents kept
  if (a.length >= n) return a;
  const grown = new Int32Array(n * 2);
  grown.set(a);
  return grown;
}

/** The key of a layout's task and item (tasks and item codes are below 128). */
function optionsKey(layout: number, a: number, code: number): number {
  return (layout * 128 + a) * 128 + code;
}

/** The adaptations acting on one exceeded point of a layout's task, with the task's demand on the item. */
export interface LayoutLift {
  readonly demand: number | readonly number[] | undefined;
  readonly options: readonly LiftOption[];
  /** Those of `options` that admit a person with a code on the item, by code (found once a code). */
  readonly byCode: Map<number, readonly Adaptation[]>;
}

/**
 * @internal The buffers of `whyNot`, allocated once a matcher, and what it learns of one candidate:
 * per demand class, the FML items on which a task of the class asks more than the candidate can
 * (found once a class, as the engine checks a class once); per job layout, those points by task, and
 * the adaptations that lift a layout's one point. Vacancies of one job shape share a layout (the same
 * demand class per task). `begin` starts a new candidate.
 */
export class WhyNotScratch {
  /** The vacancies in reach of the current candidate, in the grid's order (nearest cells first). */
  reach = new Int32Array(256);
  /** Per FML item code: the capability-shut vacancies that exceed it, and a stamp per vacancy. */
  readonly itemCount = new Int32Array(ITEMS);
  readonly itemSeen = new Int32Array(ITEMS);
  /** The last stamp given to a vacancy in `itemSeen`. */
  pairStamp = 0;
  /** Exceeded (task offset, item code) pairs of the layouts met so far for this candidate. */
  tasks = new Int32Array(1024);
  items = new Int32Array(1024);
  private used = 0;
  /** Per layout row: the stamp of the candidate it was filled for, its pairs' start and count. */
  private layoutStamp = new Int32Array(0);
  private layoutStart = new Int32Array(0);
  private layoutCount = new Int32Array(0);
  /** Per layout row: the adaptations that lift its one exceeded point, valid where `liftStamp` is current. */
  // Stryker disable next-line ArrayDeclaration: `begin` replaces the array before any read (`liftStamp` is empty until then, so `liftsOf` reads nothing)
  private lifts: (readonly Adaptation[] | undefined)[] = [];
  private liftStamp = new Int32Array(0);
  /** Per demand class: the stamp of the candidate, and its exceeded item codes in `classItems`. */
  private classStamp = new Int32Array(0);
  private classStart = new Int32Array(0);
  private classCount = new Int32Array(0);
  private classItems = new Int32Array(1024);
  private classUsed = 0;
  private readonly one = new Int32Array(ITEMS);
  private stamp = 0;
  // Per matcher (job layouts and qualification texts are interned and never change): the adaptations
  // that act on one exceeded point of a layout, and the trainings that give a qualification.
  private readonly options = new Map<number, LayoutLift>();
  private readonly trainings = new Map<number, readonly Training[]>();

  /** Starts a new candidate: every class's and layout's points are unknown again. */
  begin(e: Engine): void {
    this.stamp++;
    this.used = 0;
    this.classUsed = 0;
    this.itemCount.fill(0);
    // Stryker disable next-line ArithmeticOperator: `* LAYOUT_STRIDE` only sizes the buffers larger than needed
    const rows = Math.ceil(e.layouts.data.length / LAYOUT_STRIDE);
    const classes = e.demands.count;
    // Stryker disable next-line EqualityOperator: `<=`/`>=` reallocate also when the buffers are long enough: fresh zeroed buffers and stamp 1 give the same as kept ones (the `false`s and `&&` are killed by why-not-scratch.test.ts; the whole test → `true`, equivalent for the same reason, survives unmarked)
    if (this.layoutStamp.length < rows || this.classStamp.length < classes) {
      // Stryker disable next-line ArithmeticOperator: a short `layoutStamp` only makes `exceeded` recompute a layout's points (appended again, the fresh start returned)
      this.layoutStamp = new Int32Array(rows * 2);
      this.layoutStart = new Int32Array(rows * 2);
      this.layoutCount = new Int32Array(rows * 2);
      // Stryker disable next-line ArithmeticOperator: a short `liftStamp` only makes `liftsOf` answer unknown, so the lifts are found again
      this.liftStamp = new Int32Array(rows * 2);
      // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: a plain array grows on write; `lifts` is read only where `liftStamp` is current
      this.lifts = new Array<readonly Adaptation[] | undefined>(rows * 2).fill(undefined);
      // Stryker disable next-line ArithmeticOperator: a short `classStamp` only makes `classPoints` recompute a class's items (appended again, the fresh start returned)
      this.classStamp = new Int32Array(classes * 2);
      this.classStart = new Int32Array(classes * 2);
      this.classCount = new Int32Array(classes * 2);
      this.stamp = 1;
    }
  }

  /** Room for `n` vacancies in reach, those written so far kept. */
  reachRoom(n: number): Int32Array {
    this.reach = room(this.reach, n);
    return this.reach;
  }

  /**
   * The points on which vacancy `vi` (whose layout is `layout`) asks more than candidate `ci` can, by
   * task then item (as `exceededCompiled` gives them): pairs `tasks[at + k]`, `items[at + k]` for k
   * below `count(layout)`; returns `at`.
   */
  exceeded(e: Engine, ci: number, vi: number, layout: number): number {
    // Stryker disable next-line ConditionalExpression: `false` recomputes the layout's points (appended again, the fresh start returned): the same points (`true` is killed)
    if (this.layoutStamp[layout] === this.stamp) return this.layoutStart[layout]!;
    const rows = e.layouts.data;
    const head = layout * LAYOUT_STRIDE;
    const m = e.vTaskEnd.data[vi]! - e.vTaskStart.data[vi]!;
    this.tasks = room(this.tasks, this.used + m * ITEMS);
    this.items = room(this.items, this.used + m * ITEMS);
    const { tasks, items } = this;
    const at = this.used;
    let n = at;
    for (let a = 0; a < m; a++) {
      const cls = rows[head + (a + 1) * LAYOUT_STRIDE + 1]!;
      const from = this.classPoints(e, ci, cls);
      const to = from + this.classCount[cls]!;
      for (let k = from; k < to; k++) {
        tasks[n] = a;
        items[n++] = this.classItems[k]!;
      }
    }
    this.used = n;
    this.layoutStamp[layout] = this.stamp;
    this.layoutStart[layout] = at;
    this.layoutCount[layout] = n - at;
    return at;
  }

  /** How many points {@link WhyNotScratch.exceeded} found for `layout`. */
  count(layout: number): number {
    return this.layoutCount[layout]!;
  }

  /** Where demand class `cls`'s exceeded items for candidate `ci` start in `classItems` (found once a candidate). */
  private classPoints(e: Engine, ci: number, cls: number): number {
    // Stryker disable next-line ConditionalExpression: `false` recomputes the class's items (appended again, the fresh start returned): the same items (`true` is killed)
    if (this.classStamp[cls] === this.stamp) return this.classStart[cls]!;
    const n = exceededCompiled(e.profiles, ci, e.demands, cls, this.one);
    this.classItems = room(this.classItems, this.classUsed + n);
    const at = this.classUsed;
    // Stryker disable next-line EqualityOperator: `<=` copies one entry more, past the class's `n`: overwritten by the next class or past the buffer's end (a typed array ignores the write)
    for (let k = 0; k < n; k++) this.classItems[at + k] = this.one[k]!;
    this.classUsed += n;
    this.classStamp[cls] = this.stamp;
    this.classStart[cls] = at;
    this.classCount[cls] = n;
    return at;
  }

  /** The adaptations lifting `layout`'s one exceeded point for this candidate, when known. */
  // Stryker disable next-line BlockStatement: no answer makes the caller find the lifts again (the same)
  liftsOf(layout: number): readonly Adaptation[] | undefined {
    // Stryker disable next-line ConditionalExpression: `false` makes the caller find the lifts again (the same); `true` and `!==` are killed
    return this.liftStamp[layout] === this.stamp ? this.lifts[layout] : undefined;
  }

  /** Remembers {@link WhyNotScratch.liftsOf} `layout` for this candidate; returns `lifts`. */
  setLifts(layout: number, lifts: readonly Adaptation[]): readonly Adaptation[] {
    this.liftStamp[layout] = this.stamp;
    this.lifts[layout] = lifts;
    return lifts;
  }

  /** The adaptations that act on item `code` of task `a` of `layout` (any person), when known. */
  // Stryker disable next-line BlockStatement: no answer makes the caller find the lift options again (the same)
  liftOptions(layout: number, a: number, code: number): LayoutLift | undefined {
    return this.options.get(optionsKey(layout, a, code));
  }

  /** Remembers {@link WhyNotScratch.liftOptions}; returns `lift`. */
  setLiftOptions(layout: number, a: number, code: number, lift: LayoutLift): LayoutLift {
    this.options.set(optionsKey(layout, a, code), lift);
    return lift;
  }

  /** The trainings that give qualification text `id` (interned), found by `find` once. */
  trainingsFor(id: number, find: () => readonly Training[]): readonly Training[] {
    let found = this.trainings.get(id);
    // Stryker disable next-line ConditionalExpression: `true` calls `find` again (it is pure: the same trainings); `false` is killed
    if (found === undefined) {
      found = find();
      this.trainings.set(id, found);
    }
    return found;
  }
}
