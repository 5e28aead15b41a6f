import { STATUS_EXCEEDS } from '../../capability/compiled.js';
import { solveBundle } from '../../carving/bundle.js';
import { carveFloorHours, HOURS_GRID } from '../rules.js';
import { LAYOUT_STRIDE as LAYOUT_ROW } from '../tables/vacancies.js';
import { CARVABLE_ROW, type CarvableShapes, MAX_ENUMERATED_TASKS } from './carvable.js';
import type { Engine } from './state.js';

// The layout stride as this module's own constant (see `shape.ts`).
const LAYOUT_STRIDE = LAYOUT_ROW;

/** The fewest hours of a carved job for candidate `ci` (see `carveFloorHours`). */
export function carveFloor(e: Engine, ci: number): number {
  return carveFloorHours(e.opts.carving, e.cMax.data[ci]!, e.cMin.data[ci]!);
}

/** The fewest quarter hours a carved job of `minH` hours or more has. */
export function fewestUnits(minH: number): number {
  return Math.ceil(minH * HOURS_GRID - 1e-9);
}

/** The most quarter hours a job of at most `maxH` hours has. */
export function mostUnits(maxH: number): number {
  return Math.floor(maxH * HOURS_GRID + 1e-9);
}

/**
 * Whether carving may take the task at layout row `at` for a candidate of at most `maxH` hours who
 * avoids the task kinds marked in `avoid`: not a core task, more than 0 and at most `maxH` hours, its
 * kind not avoided (whether its class is exceeded is tested apart).
 */
export function mayTake(rows: Float64Array, at: number, maxH: number, avoid: Uint8Array): boolean {
  const h = rows[at]!;
  const kind = rows[at + 2]!;
  if (rows[at + 3] === 1 || !(h > 0) || h > maxH) return false;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end of `avoid` (a kind interned after the candidate) avoid[kind] is undefined, never 1
  return !(kind < avoid.length && avoid[kind] === 1);
}

/**
 * Whether carving cannot succeed for candidate `ci` on carvable job shape `sid` (listed in
 * `CarvableShapes`; false for a shape not listed), told from masks and hours without carving: no
 * carvable task left once the classes the candidate exceeds (`ex0`, `ex1`) and the tasks of more
 * hours than the candidate's most are taken out, or their quarter hours together fewer than a carved
 * job's fewest. `carveWithin` would find no job there: every subset of its eligible tasks (a part of
 * those) stays below the fewest.
 */
export function cannotCarve(e: Engine, ci: number, sid: number, ex0: number, ex1: number): boolean {
  return carveRuledOut(e, sid, ex0, ex1, e.cMax.data[ci]!, carveFloor(e, ci));
}

/**
 * {@link cannotCarve} from the candidate's numbers: the most hours `maxH` and a carved job's fewest
 * hours `floorH` (see `carveFloor`), as the candidate grid packs them.
 */
export function carveRuledOut(
  e: Engine,
  sid: number,
  ex0: number,
  ex1: number,
  maxH: number,
  floorH: number,
): boolean {
  const list = e.carvable;
  if (sid >= list.shapes) return false;
  const k = list.rowOf[sid]!;
  if (k < 0) return false;
  return ruledOutAt(list, k, ex0, ex1, maxH, fewestUnits(floorH));
}

/**
 * {@link carveRuledOut} of the shape at row `k` of `list`, a carved job's fewest hours given as its
 * fewest quarter hours `fewest` (see `fewestUnits`): for a pass over the rows, which computes it once.
 */
export function ruledOutAt(
  list: CarvableShapes,
  k: number,
  ex0: number,
  ex1: number,
  maxH: number,
  fewest: number,
): boolean {
  const rows = list.rows;
  const at = k * CARVABLE_ROW;
  // Every carvable task's class is exceeded.
  // Stryker disable next-line ConditionalExpression: false leaves it to the loop below, which then skips every task (each one's class exceeded) and returns true at eligible 0
  if (((rows[at + 3]! & ~ex0) | (rows[at + 4]! & ~ex1)) === 0) return true;
  const classes = list.classes;
  const hours = list.hours;
  const units = list.units;
  let eligible = 0;
  let reach = 0;
  const end = rows[at + 6]!;
  for (let t = rows[at + 5]!; t < end; t++) {
    const cls = classes[t]!;
    if ((((cls < 32 ? ex0 : ex1) >>> (cls & 31)) & 1) === 1 || hours[t]! > maxH) continue;
    // Stryker disable next-line UpdateOperator: only eligible === 0 is read, and counting down from 0 leaves 0 exactly when counting up does
    eligible++;
    reach += units[t]!;
  }
  return eligible === 0 || reach < fewest;
}

/**
 * The best subset of the job's carvable tasks (layout `layout`, `m` tasks) by productive hours
 * within the candidate's window (carving's minimum hours to their maximum), written into `e.inJob`;
 * false when none fits. Reads the tasks' statuses `evaluateShape` left in `e.status`.
 */
export function carveWithin(e: Engine, ci: number, layout: number, m: number): boolean {
  const maxH = e.cMax.data[ci]!;
  const minH = carveFloor(e, ci);
  const wage = e.cWage[ci]!;
  const avoid = e.cAvoid[ci]!;
  const fallback = e.cWageFallback.data[ci]!;
  const status = e.status;
  const inJob = e.inJob;
  const rows = e.layouts.data;
  const first = (layout + 1) * LAYOUT_STRIDE;
  const eligible = e.eligibleScratch;
  let n = 0;
  for (let a = 0; a < m; a++)
    if (status[a] !== STATUS_EXCEEDS && mayTake(rows, first + a * LAYOUT_STRIDE, maxH, avoid))
      eligible[n++] = a;
  // Stryker disable next-line ConditionalExpression: at n = 0 the enumeration below finds no subset (false)
  if (n === 0) return false;
  // A candidate who cannot work a carved job's fewest hours (below a quarter hour, `MIN_JOB_HOURS`):
  // no job, and the bundle kernel would refuse the window.
  if (minH > maxH) return false;
  // A loop, not `fill`: the builtin allocates on each call.
  // Stryker disable next-line EqualityOperator: <= also clears inJob[m], no task of this job, and written before it is read for another
  for (let a = 0; a < m; a++) inJob[a] = 0;
  // Each eligible task's quarter hours and productive hours (hours × estimated wage value).
  const units = e.unitsScratch;
  const values = e.valueScratch;
  // Stryker disable next-line EqualityOperator: <= fills the scratch slot n, which nothing reads (the subsets and the bundle take b < n)
  for (let b = 0; b < n; b++) {
    const at = first + eligible[b]! * LAYOUT_STRIDE;
    const kind = rows[at + 2]!;
    units[b] = Math.round(rows[at]! * HOURS_GRID);
    values[b] = rows[at]! * (kind < wage.length ? wage[kind]! : fallback);
  }
  if (n > MAX_ENUMERATED_TASKS) {
    const b = solveBundle({
      items: [...eligible.subarray(0, n)].map((a, b) => ({
        hours: rows[first + a * LAYOUT_STRIDE]!,
        value: values[b]!,
        group: 0,
      })),
      minHours: minH,
      maxHours: maxH,
    });
    if (b === null || b.items.length === 0) return false;
    for (const i of b.items) inJob[eligible[i]!] = 1;
    return true;
  }
  // Enumerate the subsets of the eligible tasks (at most 2^16). Equal productive hours go to the
  // fewer hours, as the bundle kernel chooses (`solveBundle`), then to the smaller subset mask.
  const lo = fewestUnits(minH);
  const hi = mostUnits(maxH);
  let best = -1;
  let bestValue = -1;
  let bestUnits = 0;
  for (let sub = (1 << n) - 1; sub > 0; sub--) {
    let total = 0;
    let value = 0;
    // Stryker disable next-line EqualityOperator: sub < 2^n has no bit n, so b = n is skipped
    for (let b = 0; b < n; b++) {
      if (((sub >> b) & 1) === 0) continue;
      total += units[b]!;
      value += values[b]!;
    }
    if (total < lo || total > hi) continue;
    if (
      // Stryker disable next-line EqualityOperator: >= differs only at a value exactly 1e-9 above the best (in floating point)
      value > bestValue + 1e-9 ||
      // Stryker disable next-line ConditionalExpression,EqualityOperator: sub < best always holds here (masks visited from the largest down, best set before), so <= on the hours, true and <= on the mask change nothing; >= on the value differs only exactly 1e-9 below the best
      (value > bestValue - 1e-9 && (total < bestUnits || (total === bestUnits && sub < best)))
    ) {
      best = sub;
      bestValue = value;
      bestUnits = total;
    }
  }
  // Stryker disable next-line EqualityOperator: best is −1 or a non-empty mask, never 0
  if (best < 0) return false;
  // Stryker disable next-line EqualityOperator: best < 2^n has no bit n
  for (let b = 0; b < n; b++) if ((best >> b) & 1) inJob[eligible[b]!] = 1;
  return true;
}
