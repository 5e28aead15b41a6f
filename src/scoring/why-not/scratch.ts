import type { LiftOption } from '../../advice/lift.js';
import { EXCEEDED_ITEM_IDS } from '../../capability/compiled.js';
import type { Adaptation } from '../../catalogue/adaptations.js';
import type { Training } from '../../catalogue/trainings.js';
import { exceededItems } from '../engine/exceeded.js';
import type { Engine } from '../engine/state.js';
import { LAYOUT_STRIDE } from '../tables/vacancies.js';

/** Most (task, item) pairs one vacancy can exceed: every item on each of its tasks (at most 128). */
const ROOM = 128 * EXCEEDED_ITEM_IDS.length;

/**
 * @internal The buffers of `whyNot`, allocated once a matcher, and what it learns of one candidate per
 * job layout: the FML points on which the layout's tasks ask more than the candidate can. Vacancies of
 * one job shape share a layout (the same demand class per task), so the points are found once a
 * layout, not once a vacancy; `begin` starts a new candidate.
 */
export class WhyNotScratch {
  /** The vacancies in reach of the current candidate, in the grid's order (nearest cells first). */
  reach = new Int32Array(256);
  /** Per FML item code: the capability-shut vacancies that exceed it, and a stamp per vacancy. */
  readonly itemCount = new Int32Array(EXCEEDED_ITEM_IDS.length);
  readonly itemSeen = new Int32Array(EXCEEDED_ITEM_IDS.length);
  /** The last stamp given to a vacancy in `itemSeen`. */
  pairStamp = 0;
  /** Scratch of one `exceededItems` call. */
  private readonly tasksOut = new Int32Array(ROOM);
  private readonly itemsOut = new Int32Array(ROOM);
  /** Exceeded (task offset, item code) pairs of the layouts met so far for this candidate. */
  tasks = new Int32Array(1024);
  items = new Int32Array(1024);
  private used = 0;
  /** Per layout row: the stamp of the candidate it was filled for, its pairs' start and count. */
  private layoutStamp = new Int32Array(0);
  private layoutStart = new Int32Array(0);
  private layoutCount = new Int32Array(0);
  /** Per layout row: the adaptations that lift its one exceeded point, valid where `liftStamp` is current. */
  private lifts: (readonly Adaptation[] | undefined)[] = [];
  private liftStamp = new Int32Array(0);
  private stamp = 0;
  // Per matcher (job layouts and qualification texts are interned and never change): the adaptations
  // that act on one exceeded point of a layout, and the trainings that give a qualification.
  private readonly options = new Map<number, readonly LiftOption[]>();
  private readonly trainings = new Map<number, readonly Training[]>();

  /** Starts a new candidate: every layout's points are unknown again. */
  begin(e: Engine): void {
    this.stamp++;
    this.used = 0;
    this.itemCount.fill(0);
    const rows = Math.ceil(e.layouts.data.length / LAYOUT_STRIDE);
    if (this.layoutStamp.length < rows) {
      this.layoutStamp = new Int32Array(rows * 2);
      this.layoutStart = new Int32Array(rows * 2);
      this.layoutCount = new Int32Array(rows * 2);
      this.liftStamp = new Int32Array(rows * 2);
      this.lifts = [];
      this.stamp = 1;
    }
  }

  /** Room for `n` vacancies in reach, those written so far kept. */
  reachRoom(n: number): Int32Array {
    if (this.reach.length < n) {
      const grown = new Int32Array(n * 2);
      grown.set(this.reach);
      this.reach = grown;
    }
    return this.reach;
  }

  /**
   * The points on which vacancy `vi` (whose layout is `layout`) asks more than candidate `ci` can:
   * pairs `tasks[at + k]`, `items[at + k]` for k below the count; returns `at`, the count in `count`.
   */
  exceeded(e: Engine, ci: number, vi: number, layout: number): number {
    if (this.layoutStamp[layout] === this.stamp) return this.layoutStart[layout]!;
    const n = exceededItems(e, ci, vi, this.tasksOut, this.itemsOut);
    if (this.tasks.length < this.used + n) {
      const size = (this.used + n) * 2;
      const tasks = new Int32Array(size);
      const items = new Int32Array(size);
      tasks.set(this.tasks);
      items.set(this.items);
      this.tasks = tasks;
      this.items = items;
    }
    const at = this.used;
    for (let k = 0; k < n; k++) {
      this.tasks[at + k] = this.tasksOut[k]!;
      this.items[at + k] = this.itemsOut[k]!;
    }
    this.used += n;
    this.layoutStamp[layout] = this.stamp;
    this.layoutStart[layout] = at;
    this.layoutCount[layout] = n;
    return at;
  }

  /** The adaptations lifting `layout`'s one exceeded point for this candidate, when known. */
  liftsOf(layout: number): readonly Adaptation[] | undefined {
    return this.liftStamp[layout] === this.stamp ? this.lifts[layout] : undefined;
  }

  /** Remembers {@link WhyNotScratch.liftsOf} `layout` for this candidate; returns `lifts`. */
  setLifts(layout: number, lifts: readonly Adaptation[]): readonly Adaptation[] {
    this.liftStamp[layout] = this.stamp;
    this.lifts[layout] = lifts;
    return lifts;
  }

  /** The adaptations that act on item `code` of task `a` of `layout` (any person), found by `find` once. */
  liftOptions(
    layout: number,
    a: number,
    code: number,
    find: () => readonly LiftOption[],
  ): readonly LiftOption[] {
    // Tasks and item codes are below 128.
    const key = (layout * 128 + a) * 128 + code;
    let found = this.options.get(key);
    if (found === undefined) {
      found = find();
      this.options.set(key, found);
    }
    return found;
  }

  /** The trainings that give qualification text `id` (interned), found by `find` once. */
  trainingsFor(id: number, find: () => readonly Training[]): readonly Training[] {
    let found = this.trainings.get(id);
    if (found === undefined) {
      found = find();
      this.trainings.set(id, found);
    }
    return found;
  }

  /** How many points {@link WhyNotScratch.exceeded} found for `layout`. */
  count(layout: number): number {
    return this.layoutCount[layout]!;
  }
}
