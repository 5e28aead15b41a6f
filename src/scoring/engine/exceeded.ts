import { EXCEEDED_ITEM_IDS, exceededCompiled } from '../../capability/compiled.js';
import { LAYOUT_STRIDE } from '../tables/vacancies.js';
import type { Engine } from './state.js';

/**
 * @internal The FML points on which the whole vacancy `vi` asks more than candidate `ci` can, as
 * pairs (task offset in the vacancy, item code of `EXCEEDED_ITEM_IDS`) written into `tasks` and
 * `items` (each of room `EXCEEDED_ITEM_IDS.length` × the vacancy's tasks); returns how many. Asked
 * only to say why a pair is shut (`whyNot`), never on the hot path of rank or screen.
 */
export function exceededItems(
  e: Engine,
  ci: number,
  vi: number,
  tasks: Int32Array,
  items: Int32Array,
): number {
  const rows = e.layouts.data;
  const head = e.vLayout.data[vi]! * LAYOUT_STRIDE;
  const m = e.vTaskEnd.data[vi]! - e.vTaskStart.data[vi]!;
  const one = e.exceededScratch;
  let n = 0;
  for (let a = 0; a < m; a++) {
    const cls = rows[head + (a + 1) * LAYOUT_STRIDE + 1]!;
    const k = exceededCompiled(e.profiles, ci, e.demands, cls, one);
    for (let b = 0; b < k; b++) {
      tasks[n] = a;
      items[n++] = one[b]!;
    }
  }
  return n;
}

/** The FML item id of an item code of {@link exceededItems}. */
export function exceededItemId(code: number): string {
  return EXCEEDED_ITEM_IDS[code]!;
}

/**
 * @internal Forgets every cache of candidate `ci` (their stamps back to 0): after the candidate's
 * columns were written over for a changed copy, and again when they are put back.
 */
export function forgetCandidate(e: Engine, ci: number): void {
  const stamp = ci + 1;
  const caches = [
    e.classStamp,
    e.marginStamp,
    e.occupationStamp,
    e.shapeStamp,
    e.contentStamp,
    e.signatureStamp,
    e.skillMark,
  ];
  for (const s of caches) for (let k = 0; k < s.length; k++) if (s[k] === stamp) s[k] = 0;
  e.markedFor = -1;
}
