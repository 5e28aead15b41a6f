import type { ResolvedMatcherOptions } from './options.js';
import { normaliseSkill } from './skills.js';

/**
 * @internal Small rules of the matcher that both the engine (numbers) and the explanation (words)
 * read, written once here.
 */

/** Exclusion codes of an evaluation (0: not excluded). */
export const EXCLUDED_COMMUTE = 1;
export const EXCLUDED_CAPABILITY = 2;
export const EXCLUDED_HOURS = 3;
/** Not excluded, only skipped: the pair's upper bound cannot reach the caller's floor. */
export const PRUNED = 4;
/** The whole vacancy's core tasks need a qualification the candidate lacks (and no carved job fits). */
export const EXCLUDED_QUALIFICATION = 5;

/** Hours are counted in quarter hours. */
export const HOURS_GRID = 4;

/** @internal Capability factor of `n` points to check (signals, items not judged): 5% each, at most 4. */
export function checkFactor(n: number): number {
  return 1 - 0.05 * Math.min(n, 4);
}

/** @internal Hours rounded to the quarter hour. */
export function quarter(h: number): number {
  return Math.round(h * HOURS_GRID) / HOURS_GRID;
}

/** @internal A wage column's entry as the wage-value module takes it: NaN (no wage given) as undefined. */
export function wageOrNone(w: number): number | undefined {
  return Number.isNaN(w) ? undefined : w;
}

/** @internal True when an occupation preference names the occupation (either text inside the other). */
export function occupationMatches(prefs: readonly string[], occupation: string): boolean {
  const o = normaliseSkill(occupation);
  return prefs.some((p) => {
    const q = normaliseSkill(p);
    return q.length > 0 && (o.includes(q) || q.includes(o));
  });
}

/**
 * @internal The fewest hours of a job the matcher makes (a carved job, or a whole job at fewer hours):
 * one step of the hours grid, a quarter hour. A job of no hours is no job, whatever `carving.minHours`.
 */
export const MIN_JOB_HOURS = 1 / HOURS_GRID;

/**
 * @internal The fewest hours of a carved job for a candidate with hours window `minH`–`maxH`: the
 * carving minimum, or, for a candidate who cannot work that many hours, their own window (their
 * minimum, else their maximum): a small job is better than none, at the cost of the UWV job coach
 * (contract ≥ 12 h a week, see `jobCoachNote`). Never below `MIN_JOB_HOURS` (with carving on), so a
 * candidate who cannot work a quarter hour gets no carved job.
 *
 * @example
 * carveFloorHours({ minHours: 12 }, 32, 0); // 12
 * carveFloorHours({ minHours: 12 }, 8, 4); // 4
 * carveFloorHours({ minHours: 0 }, 32, 0); // 0.25
 */
export function carveFloorHours(
  carving: ResolvedMatcherOptions['carving'],
  maxH: number,
  minH: number,
): number {
  const floor = carving === false ? 0 : Math.max(carving.minHours, MIN_JOB_HOURS);
  if (maxH >= floor) return floor;
  return Math.max(minH > 0 ? minH : maxH, MIN_JOB_HOURS);
}
