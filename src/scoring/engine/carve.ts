import { STATUS_EXCEEDS } from '../../capability/compiled.js';
import { solveBundle } from '../../carving/bundle.js';
import { carveFloorHours, EXCLUDED_CAPABILITY, HOURS_GRID } from '../rules.js';
import { LAYOUT_STRIDE as LAYOUT_ROW } from '../tables/vacancies.js';
import { CARVABLE_ROW, MAX_ENUMERATED_TASKS } from './carvable.js';
import type { Engine } from './state.js';

// The layout stride as this module's own constant (see `shape.ts`).
const LAYOUT_STRIDE = LAYOUT_ROW;

/** The fewest hours of a carved job for candidate `ci` (see `carveFloorHours`). */
export function carveFloor(e: Engine, ci: number): number {
  return carveFloorHours(e.opts.carving, e.cMax.data[ci]!, e.cMin.data[ci]!);
}

/** The fewest quarter hours a carved job of `minH` hours or more has. */
function fewestUnits(minH: number): number {
  return Math.ceil(minH * HOURS_GRID - 1e-9);
}

/**
 * Remembers candidate `ci` as excluded on capability from every carvable job shape (see
 * `CarvableShapes`) whose whole job exceeds one of the candidate's classes and whose carving cannot
 * succeed, without carving: no carvable task left once the exceeded classes and the tasks of more
 * hours than the candidate's most are taken out, or their quarter hours together fewer than a carved
 * job's fewest. `carveWithin` would find no job there (every subset of its eligible tasks, a part of
 * those, stays below the fewest), so `evaluateShape` would exclude on capability. `w` is the word
 * index of the candidate's class masks (covered up to the list's top); `remember` is `rememberShape`.
 */
export function settleUncarvable(
  e: Engine,
  ci: number,
  w: number,
  remember: (e: Engine, ci: number, sid: number, m: number, outcome: number) => void,
): void {
  const list = e.carvable;
  const n = list.count;
  const exceed = e.profileMasks.exceed.data;
  const ex0 = exceed[w]!;
  const ex1 = exceed[w + 1]!;
  const maxH = e.cMax.data[ci]!;
  const lo = fewestUnits(carveFloor(e, ci));
  const rows = list.rows;
  const classes = list.classes;
  const hours = list.hours;
  const units = list.units;
  const shapeStamp = e.shapeStamp;
  const stamp = ci + 1;
  for (let k = 0, at = 0; k < n; k++, at += CARVABLE_ROW) {
    // The whole job fits on capability: left to the evaluation.
    if (((rows[at + 1]! & ex0) | (rows[at + 2]! & ex1)) === 0) continue;
    const sid = rows[at]!;
    if (shapeStamp[sid] === stamp) continue;
    let eligible = 0;
    let reach = 0;
    // Some carvable task's class is not exceeded: count those within the candidate's most hours.
    if (((rows[at + 3]! & ~ex0) | (rows[at + 4]! & ~ex1)) !== 0) {
      const end = rows[at + 6]!;
      for (let t = rows[at + 5]!; t < end; t++) {
        const cls = classes[t]!;
        if ((((cls < 32 ? ex0 : ex1) >>> (cls & 31)) & 1) === 1 || hours[t]! > maxH) continue;
        eligible++;
        reach += units[t]!;
      }
    }
    if (eligible === 0 || reach < lo) remember(e, ci, sid, 0, EXCLUDED_CAPABILITY);
  }
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
  for (let a = 0; a < m; a++) {
    const at = first + a * LAYOUT_STRIDE;
    const h = rows[at]!;
    const kind = rows[at + 2]!;
    if (rows[at + 3] === 1 || status[a] === STATUS_EXCEEDS || !(h > 0) || h > maxH) continue;
    if (kind < avoid.length && avoid[kind] === 1) continue;
    eligible[n++] = a;
  }
  if (n === 0 || minH > maxH) return false;
  // A loop, not `fill`: the builtin allocates on each call.
  for (let a = 0; a < m; a++) inJob[a] = 0;
  // Each eligible task's quarter hours and productive hours (hours × estimated wage value).
  const units = e.unitsScratch;
  const values = e.valueScratch;
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
  const hi = Math.floor(maxH * HOURS_GRID + 1e-9);
  let best = -1;
  let bestValue = -1;
  let bestUnits = 0;
  for (let sub = (1 << n) - 1; sub > 0; sub--) {
    let total = 0;
    let value = 0;
    for (let b = 0; b < n; b++) {
      if (((sub >> b) & 1) === 0) continue;
      total += units[b]!;
      value += values[b]!;
    }
    if (total < lo || total > hi) continue;
    if (
      value > bestValue + 1e-9 ||
      (value > bestValue - 1e-9 && (total < bestUnits || (total === bestUnits && sub < best)))
    ) {
      best = sub;
      bestValue = value;
      bestUnits = total;
    }
  }
  if (best < 0) return false;
  for (let b = 0; b < n; b++) if ((best >> b) & 1) inJob[eligible[b]!] = 1;
  return true;
}
