import { COMPARED_ITEMS, type FmlEntries } from '../capability/compare.js';
import type { FmlItem } from '../capability/fml.js';

/**
 * FML items a job's tasks can leave unstated. An absent demand means "the task asks nothing here"
 * (any code is tolerated), which is only a judgement when somebody judged the item: if no task in the
 * matcher states a demand on an item at all, the data never considered it, and a person limited on it
 * gets a signal, "niet beoordeeld", instead of full room. Conditions items (I.8, II.12: absent = the
 * task meets none) and the hours items VI.2 and VI.3 (compared with the job's hours) are always judged.
 */
const CHECKABLE: readonly FmlItem[] = COMPARED_ITEMS.filter(
  (i) => i.kind !== 'conditions' && i.id !== 'VI.2' && i.id !== 'VI.3',
);
const SLOT: ReadonlyMap<string, number> = new Map(CHECKABLE.map((item, k) => [item.id, k]));

/**
 * Counts, per FML item, the tasks that state a demand on it, and names the items a person is limited
 * on that no task states (see the module note).
 *
 * @example
 * const items = new AssessedItems();
 * items.add({ 'IV.13': 1 });
 * items.unassessed({ 'IV.13': 2, 'VI.1': [2] }); // [VI.1 item]
 */
export class AssessedItems {
  private readonly counts = new Int32Array(CHECKABLE.length);
  /** Grows each time the set of judged items changes, so callers can keep per-person caches. */
  version = 0;

  /** Counts a task's demands in. */
  add(demands: FmlEntries): void {
    this.change(demands, 1);
  }

  /** Counts in a task whose demands state the items of `slots` (see `slotsOf`): what `add` of those demands does. */
  addSlots(slots: Int32Array): void {
    this.changeSlots(slots, 1);
  }

  /** Counts a task's demands out (a vacancy removed). */
  remove(demands: FmlEntries): void {
    this.change(demands, -1);
  }

  /** The items person `profile` is limited on (a code above 0, or a kind) that no task states. */
  unassessed(profile: FmlEntries): FmlItem[] {
    const out: FmlItem[] = [];
    for (const [id, value] of Object.entries(profile)) {
      const k = SLOT.get(id);
      if (k === undefined || this.counts[k]! > 0) continue;
      const limited = typeof value === 'number' ? value > 0 : value.some((code) => code > 0);
      if (limited) out.push(CHECKABLE[k]!);
    }
    return out;
  }

  /** Ids of the counted items some task states (in catalogue order). */
  stated(): string[] {
    return CHECKABLE.filter((_, k) => this.counts[k]! > 0).map((item) => item.id);
  }

  /**
   * Counts items as stated once more, for good: the items other parts of the same input state, so
   * that a part's matcher judges exactly the items the whole input's matcher judges (`assignInParallel`).
   */
  judgeAlso(ids: readonly string[]): void {
    this.change(Object.fromEntries(ids.map((id) => [id, 0])), 1);
  }

  /** The counted items `demands` states, as slots for {@link AssessedItems.wouldUnjudge}. */
  slotsOf(demands: FmlEntries): Int32Array {
    const slots: number[] = [];
    for (const id of Object.keys(demands)) {
      const k = SLOT.get(id);
      if (k !== undefined) slots.push(k);
    }
    return Int32Array.from(slots);
  }

  /**
   * Whether counting out one task that states the items of `slots` (see `slotsOf`) would leave one
   * of them stated by no task: only then does removing it change what `unassessed` says.
   */
  wouldUnjudge(slots: Int32Array): boolean {
    // Stryker disable next-line EqualityOperator: `<=` reads counts[undefined] once past the end, and `undefined <= 1` is false (the other mutants of the line are killed)
    for (let k = 0; k < slots.length; k++) if (this.counts[slots[k]!]! <= 1) return true;
    return false;
  }

  private change(demands: FmlEntries, by: number): void {
    this.changeSlots(this.slotsOf(demands), by);
  }

  /** Adds `by` to the count of each of `slots`; the version grows when an item turns stated or unstated. */
  private changeSlots(slots: Int32Array, by: number): void {
    // Stryker disable next-line EqualityOperator: `<=` reads slots[length] (undefined) once more and writes counts['undefined'] (a plain property, NaN), which neither changes the version nor any slot
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k]!;
      const before = this.counts[slot]!;
      this.counts[slot] = before + by;
      if ((before === 0) !== (before + by === 0)) this.version++;
    }
  }
}
