import { expectRecord, expectRecords } from '../_internal/guard.js';
import { BanenmatchError } from '../errors.js';

/** One task offered to the bundle optimiser: its hours, its value, and the vacancy it comes from. */
export interface BundleItem {
  /** Hours a week, taken to the optimiser's grid (a quarter hour by default). */
  hours: number;
  /** What the task adds to the objective, ≥ 0 (e.g. productive hours = hours × wage value). */
  value: number;
  /** The source vacancy (any integer id); a bundle prefers fewer distinct groups among equal values. */
  group: number;
}

/** The bundle problem: items and an hours window. */
export interface BundleProblem {
  items: readonly BundleItem[];
  /** Fewest hours a week the bundle may have. */
  minHours: number;
  /** Most hours a week the bundle may have. */
  maxHours: number;
  /** Grid of the hours, in hours. @default 0.25 */
  resolution?: number | undefined;
}

/** The optimal bundle: chosen item indices (ascending), its hours on the grid, value and group count. */
export interface Bundle {
  items: number[];
  hours: number;
  value: number;
  groups: number;
}

const EPS = 1e-9;

/**
 * Chooses the subset of items with the largest total value whose hours lie in
 * [`minHours`, `maxHours`], and among equal values the one drawing on the fewest groups (source
 * vacancies). Exact for any number of items: dynamic programming over the hours grid, first within
 * each group (0/1 knapsack), then across groups (a group adds its best subset for each hour total
 * and counts once). Hours are taken to the nearest grid point; the bundle's hours are the grid hours.
 *
 * Complexity O(n·H + G·H·K) time with H grid points up to `maxHours`, G groups and K reachable hour
 * totals per group; O(n·H) memory for reconstruction.
 *
 * @param problem - items, hours window and grid
 * @returns the optimal bundle, or `null` when no subset reaches `minHours` within `maxHours`
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws BanenmatchError `INVALID_ARGUMENT` for negative or non-finite hours or values, or an empty window
 * @example
 * solveBundle({ items: [{ hours: 8, value: 6, group: 0 }, { hours: 8, value: 4, group: 1 }], minHours: 12, maxHours: 16 })
 * // { items: [0, 1], hours: 16, value: 10, groups: 2 }
 */
export function solveBundle(problem: BundleProblem): Bundle | null {
  const res = checkProblem(problem);
  return optimise(problem.items, problem.minHours, problem.maxHours, res, true);
}

/**
 * @internal The optimal value only (no reconstruction, no validation): for callers that evaluate
 * many bundles and rebuild the winner with {@link solveBundle}. −1 when no bundle fits the window.
 */
export function bestBundleValue(
  items: readonly BundleItem[],
  minHours: number,
  maxHours: number,
  res = 0.25,
): number {
  // Stryker disable next-line BooleanLiteral: reconstructing as well gives the same value, only slower
  const b = optimise(items, minHours, maxHours, res, false);
  return b === null ? -1 : b.value;
}

/**
 * Largest hours grid (`maxHours / resolution` cells) solveBundle accepts: its dynamic programme keeps
 * seven typed arrays of this many cells (about 50 MB at this bound); at the default 0.25 h it allows
 * a 250,000-hour window, far beyond any job.
 */
const MAX_GRID_CELLS = 1_000_000;

function checkProblem(problem: BundleProblem): number {
  expectRecord(problem, 'solveBundle', 'problem');
  expectRecords(problem.items, 'solveBundle', 'problem.items');
  const res = problem.resolution ?? 0.25;
  const { items, minHours, maxHours } = problem;
  // Number.isFinite first: it never converts, so an object cannot throw in the comparisons after it.
  if (!Number.isFinite(res) || !(res > 0)) {
    throw new BanenmatchError('INVALID_ARGUMENT', 'solveBundle: `resolution` must be a positive number');
  }
  if (
    !Number.isFinite(minHours) ||
    !Number.isFinite(maxHours) ||
    !(minHours >= 0) ||
    !(maxHours >= minHours)
  ) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      'solveBundle: the hours window needs 0 ≤ minHours ≤ maxHours, both finite',
    );
  }
  if (!(maxHours / res <= MAX_GRID_CELLS)) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `solveBundle: maxHours / resolution must be at most ${MAX_GRID_CELLS} grid cells`,
    );
  }
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!Number.isFinite(it.hours) || !Number.isFinite(it.value) || !(it.hours >= 0) || !(it.value >= 0)) {
      throw new BanenmatchError(
        'INVALID_ARGUMENT',
        `solveBundle: items[${i}] needs finite hours ≥ 0 and a finite value ≥ 0`,
      );
    }
  }
  return res;
}

// Scratch buffers reused across calls (grown on demand): the value-only path allocates nothing.
let sValue = new Float64Array(256);
let sCount = new Int32Array(256);
let sNextValue = new Float64Array(256);
let sNextCount = new Int32Array(256);
let sInner = new Float64Array(256);
let sReach = new Int32Array(256);
let sKs = new Int32Array(256);

function ensure(w: number): void {
  // Stryker disable next-line EqualityOperator: `>` also grows a buffer of exactly w cells, only sooner
  if (sValue.length >= w) return;
  // Stryker disable next-line ArithmeticOperator: here w > sValue.length, so `/ 2` grows to exactly w, only more often
  const c = Math.max(w, sValue.length * 2);
  sValue = new Float64Array(c);
  sCount = new Int32Array(c);
  sNextValue = new Float64Array(c);
  sNextCount = new Int32Array(c);
  sInner = new Float64Array(c);
  sReach = new Int32Array(c);
  sKs = new Int32Array(c);
}

function optimise(
  items: readonly BundleItem[],
  minHours: number,
  maxHours: number,
  res: number,
  reconstruct: boolean,
): Bundle | null {
  const n = items.length;
  const H = Math.floor(maxHours / res + EPS);
  const L = Math.ceil(minHours / res - EPS);
  // Stryker disable next-line ConditionalExpression: without the early exit no total lies in [L, H], so the end gives null too
  if (L > H) return null;
  const W = H + 1;
  ensure(W);
  const units = new Int32Array(n);
  for (let i = 0; i < n; i++) units[i] = Math.round(items[i]!.hours / res);

  // Groups in order of first appearance, so the result does not depend on group id values.
  const groupOf = new Int32Array(n);
  const index = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const g = items[i]!.group;
    let k = index.get(g);
    if (k === undefined) {
      k = index.size;
      index.set(g, k);
    }
    groupOf[i] = k;
  }
  const G = index.size;

  // Outer DP: best value and fewest groups for each exact hour total (−1 = unreachable).
  let value = sValue;
  let count = sCount;
  let nextValue = sNextValue;
  let nextCount = sNextCount;
  const inner = sInner;
  value.fill(-1, 0, W);
  count.fill(0, 0, W);
  value[0] = 0;
  // Reconstruction: per group layer, the hours the group added at each total (−1 = skipped), and
  // the inner knapsack's taken flags.
  const chosenUnits = reconstruct ? new Int32Array(G * W).fill(-1) : new Int32Array(0);
  const innerTaken: Uint8Array[] = [];
  const members: Int32Array[] = [];

  // Stryker disable next-line EqualityOperator: a layer G has no members, adds nothing and is never read back
  for (let g = 0; g < G; g++) {
    let size = 0;
    // Stryker disable next-line EqualityOperator: groupOf[n] is undefined, never a group
    for (let i = 0; i < n; i++) if (groupOf[i] === g) size++;
    const m = new Int32Array(size);
    size = 0;
    // Stryker disable next-line EqualityOperator: groupOf[n] is undefined, never a group
    for (let i = 0; i < n; i++) if (groupOf[i] === g) m[size++] = i;
    // Inner 0/1 knapsack over the group's items: best value for each exact hour total.
    inner.fill(-1, 0, W);
    inner[0] = 0;
    const taken = reconstruct ? new Uint8Array(m.length * W) : undefined;
    for (let a = 0; a < m.length; a++) {
      const u = units[m[a]!]!;
      const v = items[m[a]!]!.value;
      for (let h = H; h >= u; h--) {
        const from = inner[h - u]!;
        if (from < 0) continue;
        const cand = from + v;
        // Stryker disable next-line EqualityOperator,ArithmeticOperator: taking an equal value swaps one subset of the group for another of the same hours and value
        if (cand > inner[h]! + EPS) {
          inner[h] = cand;
          if (taken !== undefined) taken[a * W + h] = 1;
        }
      }
    }
    // Stryker disable next-line ConditionalExpression: without reconstruction the lists are never read
    if (taken !== undefined) {
      innerTaken.push(taken);
      members.push(m);
    }
    // The group's reachable totals (k = 0 only for zero-hour tasks that carry value).
    let nk = 0;
    for (let k = 0; k <= H; k++) {
      const gv = inner[k]!;
      if (gv >= 0 && (k > 0 || gv > EPS)) sKs[nk++] = k;
    }
    // Outer step: keep the old state, or add this group's best subset of k hours.
    nextValue.set(value.subarray(0, W));
    nextCount.set(count.subarray(0, W));
    let nh = 0;
    for (let h = 0; h <= H; h++) if (value[h]! >= 0) sReach[nh++] = h;
    const layer = g * W;
    for (let a = 0; a < nk; a++) {
      const k = sKs[a]!;
      const gv = inner[k]!;
      for (let b = 0; b < nh; b++) {
        const from = sReach[b]!;
        const h = from + k;
        if (h > H) break;
        const cand = value[from]! + gv;
        const c = count[from]! + 1;
        const cur = nextValue[h]!;
        if (cand > cur + EPS || (cand > cur - EPS && c < nextCount[h]!)) {
          nextValue[h] = cand;
          nextCount[h] = c;
          // Stryker disable next-line ConditionalExpression: without reconstruction chosenUnits has no cells, and a write past a typed array's end is dropped
          if (reconstruct) chosenUnits[layer + h] = k;
        }
      }
    }
    [value, nextValue] = [nextValue, value];
    [count, nextCount] = [nextCount, count];
  }

  let bestH = -1;
  for (let h = L; h <= H; h++) {
    const v = value[h]!;
    if (v < 0) continue;
    if (bestH < 0 || v > value[bestH]! + EPS || (v > value[bestH]! - EPS && count[h]! < count[bestH]!))
      bestH = h;
  }
  if (bestH < 0) return null;
  // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: bestBundleValue reads only the value
  if (!reconstruct) return { items: [], hours: bestH * res, value: value[bestH]!, groups: count[bestH]! };

  const chosen: number[] = [];
  let h = bestH;
  for (let g = G - 1; g >= 0; g--) {
    const k = chosenUnits[g * W + h]!;
    if (k < 0) continue;
    // Reconstruct the group's inner subset of exactly k hours.
    const m = members[g]!;
    const taken = innerTaken[g]!;
    let r = k;
    // Stryker disable next-line ArithmeticOperator: a = m.length reads past the group's flags (undefined, never 1)
    for (let a = m.length - 1; a >= 0; a--) {
      if (taken[a * W + r] === 1) {
        chosen.push(m[a]!);
        r -= units[m[a]!]!;
      }
    }
    h -= k;
  }
  chosen.sort((x, y) => x - y);
  let total = 0;
  let hoursUnits = 0;
  const groups = new Set<number>();
  for (const i of chosen) {
    total += items[i]!.value;
    hoursUnits += units[i]!;
    groups.add(groupOf[i]!);
  }
  return { items: chosen, hours: hoursUnits * res, value: total, groups: groups.size };
}
