import { STATUS_EXCEEDS } from '../../capability/compiled.js';
import { solveBundle } from '../../carving/bundle.js';
import { carveFloorHours, HOURS_GRID } from '../rules.js';
import { LAYOUT_STRIDE as LAYOUT_ROW } from '../tables/vacancies.js';
import type { Engine } from './state.js';

// The layout stride as this module's own constant (see `shape.ts`).
const LAYOUT_STRIDE = LAYOUT_ROW;
/** Most eligible tasks whose subsets are enumerated; above it the carving module's bundle solver chooses. */
const MAX_ENUMERATED_TASKS = 16;

/** The fewest hours of a carved job for candidate `ci` (see `carveFloorHours`). */
export function carveFloor(e: Engine, ci: number): number {
  return carveFloorHours(e.opts.carving, e.cMax.data[ci]!, e.cMin.data[ci]!);
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
  // Enumerate the subsets of the eligible tasks (at most 2^16); ties to the smaller subset mask.
  const lo = Math.ceil(minH * HOURS_GRID - 1e-9);
  const hi = Math.floor(maxH * HOURS_GRID + 1e-9);
  let best = -1;
  let bestValue = -1;
  for (let sub = (1 << n) - 1; sub > 0; sub--) {
    let total = 0;
    let value = 0;
    for (let b = 0; b < n; b++) {
      if (((sub >> b) & 1) === 0) continue;
      total += units[b]!;
      value += values[b]!;
    }
    if (total < lo || total > hi) continue;
    if (value > bestValue + 1e-9 || (value > bestValue - 1e-9 && sub < best)) {
      best = sub;
      bestValue = value;
    }
  }
  if (best < 0) return false;
  for (let b = 0; b < n; b++) if ((best >> b) & 1) inJob[eligible[b]!] = 1;
  return true;
}
