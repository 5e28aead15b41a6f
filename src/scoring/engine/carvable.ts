import { HOURS_GRID } from '../rules.js';
import type { FloatColumn, IntColumn } from '../store.js';
import { MASK_CLASSES } from '../tables/profile-masks.js';
import { LAYOUT_STRIDE as LAYOUT_ROW } from '../tables/vacancies.js';

// The layout stride as this module's own constant (see `shape.ts`).
const LAYOUT_STRIDE = LAYOUT_ROW;
/** Most eligible tasks whose subsets carving enumerates (`carveWithin`); above it the carving module's bundle solver chooses. */
export const MAX_ENUMERATED_TASKS = 16;
/** Numbers per row of `CarvableShapes.rows`. */
export const CARVABLE_ROW = 7;

/**
 * @internal The carvable job shapes whose carving class masks can decide (classes all below
 * `MASK_CLASSES`, at most `MAX_ENUMERATED_TASKS` tasks a carved job may take), listed at a scan
 * (`settleAll`) for the test at each first meeting (`cannotCarve`): per shape a row of its id, the
 * whole job's class mask (two words), the class mask of its carvable tasks (two words), and the
 * first and end of those tasks in `classes`, `hours` and `units`. A carvable task is one carving may
 * take for someone: not core, more than 0 hours.
 */
export class CarvableShapes {
  rows = new Int32Array(0);
  /** Each job shape's row in `rows` (−1: not listed). */
  rowOf = new Int32Array(0);
  /** Each carvable task's demand class, hours, and quarter hours as carving counts them (rounded). */
  classes = new Int32Array(0);
  hours = new Float64Array(0);
  units = new Int32Array(0);
  count = 0;
  /** The number of job shapes listed from (−1: none yet). */
  shapes = -1;
  /** One past the highest demand class of a listed shape. */
  top = 0;

  /**
   * Lists the carvable shapes among the first `n` job shapes (none with carving off) from their
   * layouts (`rows`, see `VacancyTable.layouts`), class masks and tops.
   */
  list(
    n: number,
    carving: boolean,
    layouts: FloatColumn,
    shapeLayout: IntColumn,
    shapeBits: IntColumn,
    shapeTop: IntColumn,
  ): void {
    const rows = layouts.data;
    const bits = shapeBits.data;
    const list = new Int32Array(CARVABLE_ROW * n);
    const rowOf = new Int32Array(n).fill(-1);
    const classes: number[] = [];
    const hours: number[] = [];
    let count = 0;
    let top = 0;
    for (let sid = 0; carving && sid < n; sid++) {
      const head = shapeLayout.data[sid]! * LAYOUT_STRIDE;
      const t = shapeTop.data[sid]!;
      if (rows[head + 1] === 0 || t > MASK_CLASSES) continue;
      const first = classes.length;
      let c0 = 0;
      let c1 = 0;
      const m = rows[head + 3]!;
      for (let a = 0, at = head + LAYOUT_STRIDE; a < m; a++, at += LAYOUT_STRIDE) {
        const h = rows[at]!;
        if (rows[at + 3] === 1 || !(h > 0)) continue;
        const cls = rows[at + 1]!;
        if (cls < 32) c0 |= 1 << cls;
        else c1 |= 1 << (cls - 32);
        classes.push(cls);
        hours.push(h);
      }
      if (classes.length - first > MAX_ENUMERATED_TASKS) {
        classes.length = first;
        hours.length = first;
        continue;
      }
      rowOf[sid] = count;
      const at = CARVABLE_ROW * count++;
      list[at] = sid;
      list[at + 1] = bits[2 * sid]!;
      list[at + 2] = bits[2 * sid + 1]!;
      list[at + 3] = c0;
      list[at + 4] = c1;
      list[at + 5] = first;
      list[at + 6] = classes.length;
      if (t > top) top = t;
    }
    this.rows = list;
    this.rowOf = rowOf;
    this.classes = Int32Array.from(classes);
    this.hours = Float64Array.from(hours);
    this.units = Int32Array.from(hours, (h) => Math.round(h * HOURS_GRID));
    this.count = count;
    this.shapes = n;
    this.top = top;
  }
}
