import { HOURS_GRID } from '../rules.js';
import { type FloatColumn, grow, type IntColumn } from '../store.js';
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
 * (`settleAll`) and at a vacancy's ranking (`VacancyBounds.prepare`) for the test at each first
 * meeting and in a carved job's bound (`cannotCarve`, `carveRuledOut`): per shape a row of its id, the
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
  /** The number of carvable tasks listed (the used part of `classes`, `hours`, `units`). */
  private tasks = 0;

  /**
   * Lists the carvable shapes among the first `n` job shapes (none with carving off) from their
   * layouts (`rows`, see `VacancyTable.layouts`), class masks and tops. Job shapes never change once
   * interned, so only the shapes after those listed before are read (a new shape costs its own tasks).
   */
  list(
    n: number,
    carving: boolean,
    layouts: FloatColumn,
    shapeLayout: IntColumn,
    shapeBits: IntColumn,
    shapeTop: IntColumn,
  ): void {
    const from = Math.max(0, this.shapes);
    // Stryker disable next-line EqualityOperator: at n = from the pass below reads no shape and changes nothing
    if (n <= from) return;
    const rows = layouts.data;
    const bits = shapeBits.data;
    this.rowOf = grow(this.rowOf, n);
    this.rowOf.fill(-1, from, n);
    for (let sid = from; carving && sid < n; sid++) {
      const head = shapeLayout.data[sid]! * LAYOUT_STRIDE;
      const t = shapeTop.data[sid]!;
      if (rows[head + 1] === 0 || t > MASK_CLASSES) continue;
      const first = this.tasks;
      const m = rows[head + 3]!;
      this.classes = grow(this.classes, first + m);
      this.hours = grow(this.hours, first + m);
      this.units = grow(this.units, first + m);
      let c0 = 0;
      let c1 = 0;
      let end = first;
      for (let a = 0, at = head + LAYOUT_STRIDE; a < m; a++, at += LAYOUT_STRIDE) {
        const h = rows[at]!;
        if (rows[at + 3] === 1 || !(h > 0)) continue;
        const cls = rows[at + 1]!;
        if (cls < 32) c0 |= 1 << cls;
        else {
          // (In the block: a comment before `else` binds to no statement and disables nothing.)
          // Stryker disable next-line ArithmeticOperator: a shift counts modulo 32, so cls + 32 sets the same bit
          c1 |= 1 << (cls - 32);
        }
        this.classes[end] = cls;
        this.hours[end] = h;
        this.units[end++] = Math.round(h * HOURS_GRID);
      }
      if (end - first > MAX_ENUMERATED_TASKS) continue;
      this.tasks = end;
      this.rowOf[sid] = this.count;
      this.rows = grow(this.rows, CARVABLE_ROW * (this.count + 1));
      const at = CARVABLE_ROW * this.count++;
      const list = this.rows;
      list[at] = sid;
      list[at + 1] = bits[2 * sid]!;
      list[at + 2] = bits[2 * sid + 1]!;
      list[at + 3] = c0;
      list[at + 4] = c1;
      list[at + 5] = first;
      list[at + 6] = end;
      // Stryker disable next-line EqualityOperator: at an equal top >= writes the same number
      if (t > this.top) this.top = t;
    }
    this.shapes = n;
  }
}
