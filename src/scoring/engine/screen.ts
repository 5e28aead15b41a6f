import {
  EXCLUDED_CAPABILITY,
  EXCLUDED_COMMUTE,
  EXCLUDED_HOURS,
  EXCLUDED_QUALIFICATION,
  HOURS_GRID,
} from '../rules.js';
import { grow } from '../store.js';
import { MASK_CLASSES } from '../tables/profile-masks.js';
import { LAYOUT_STRIDE as LAYOUT_ROW } from '../tables/vacancies.js';
import { MAX_ENUMERATED_TASKS } from './carvable.js';
import { cannotCarve, carveFloor, fewestUnits, mayTake, mostUnits } from './carve.js';
import { beyondCommute, verdict } from './evaluator.js';
import { profileWords } from './shape.js';
import type { Engine } from './state.js';

// The layout stride as this module's own constant (see `shape.ts`).
const LAYOUT_STRIDE = LAYOUT_ROW;

/**
 * @internal A screening's memory across calls: per job shape, the candidate (index + 1) whose
 * verdict on it `outcome` holds. A verdict depends on the candidate and the shape alone, and
 * neither changes once compiled (an edited record is a new index), so an entry never goes stale.
 */
export class ScreenMemo {
  stamp = new Int32Array(0);
  outcome = new Uint8Array(0);
}

/**
 * The hard rules alone for pair (`ci`, `vi`): {@link verdict}'s answer (0: passes, else the
 * exclusion), with a job shape's verdict worked out from class masks, the diploma and the hours
 * (carving asked only whether some carved job exists, not which is best) and remembered in `memo`,
 * not in the engine: no component is scored, so the engine's shape memory is left as it was.
 */
export function screenVerdict(e: Engine, memo: ScreenMemo, ci: number, vi: number): number {
  if (beyondCommute(e, ci, vi)) return EXCLUDED_COMMUTE;
  const sid = e.vShape.data[vi]!;
  // Stryker disable next-line ConditionalExpression: `false` sends a job of no shape (−1) on: every read at −1 is undefined (no stamp, not ≤ MASK_CLASSES), so `verdict` answers below and the memo's write at −1 is dropped (`true` is killed)
  if (sid < 0) return verdict(e, ci, vi);
  const stamp = ci + 1;
  // Stryker disable next-line ConditionalExpression: the memo is a cache: `false` works the shape out again, the same verdict (`true` is killed)
  if (memo.stamp[sid] === stamp) return memo.outcome[sid]!;
  // Stryker disable next-line ConditionalExpression: what the engine remembers is `evaluateShape`'s outcome, which `shapeVerdict` gives again: `false` only works it out (`true` is killed)
  if (e.shapeStamp[sid] === stamp) return e.shapeOutcome[sid]!;
  let outcome = -1;
  // Stryker disable next-line EqualityOperator: `<` sends a shape whose highest class is exactly the masks' last to `verdict`, the same answer (`>` is killed, ignored with it)
  if (e.shapeTop.data[sid]! <= MASK_CLASSES)
    outcome = shapeVerdict(e, ci, sid, e.vLayout.data[vi]!, e.vTaskEnd.data[vi]! - e.vTaskStart.data[vi]!);
  if (outcome < 0) outcome = verdict(e, ci, vi);
  // Room for every shape interned so far (a cache: the sizing only decides how often it grows).
  memo.stamp = grow(memo.stamp, e.shapeCount());
  memo.outcome = grow(memo.outcome, e.shapeCount());
  memo.stamp[sid] = stamp;
  memo.outcome[sid] = outcome;
  return outcome;
}

/**
 * Candidate `ci`'s verdict on job shape `sid` (layout `layout`, `m` tasks, classes all within the
 * masks) as `evaluateShape` reaches it without a floor, by the same tests in the same order; −1 when
 * carving would go to the bundle solver (more than `MAX_ENUMERATED_TASKS` eligible tasks). A second
 * statement of `evaluateShape`'s hard rules: a change there is a change here (screen-verdict tests
 * every code against `verdict`).
 */
function shapeVerdict(e: Engine, ci: number, sid: number, layout: number, m: number): number {
  const rows = e.layouts.data;
  const head = layout * LAYOUT_STRIDE;
  const w = profileWords(e, ci, e.shapeTop.data[sid]!);
  const exceed = e.profileMasks.exceed.data;
  const ex0 = exceed[w]!;
  const ex1 = exceed[w + 1]!;
  const bits = e.shapeBits.data;
  const fullFits = ((bits[2 * sid]! & ex0) | (bits[2 * sid + 1]! & ex1)) === 0;
  const qualification = rows[head + 2]!;
  const qualified = qualification < 0 || e.qualifications.met(e.cHeld.data[ci]!, qualification);
  const maxH = e.cMax.data[ci]!;
  if (fullFits && qualified && rows[head]! <= maxH) return 0;
  const excluded = !fullFits ? EXCLUDED_CAPABILITY : !qualified ? EXCLUDED_QUALIFICATION : EXCLUDED_HOURS;
  if (e.opts.carving === false || rows[head + 1] === 0) return excluded;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut: where `cannotCarve` holds (no task left once exceeded classes and hours above the most are out, or too few quarter hours) `carvedJobExists` finds no subset either, and the answer below is `excluded` as the whole job is out (`true` is killed)
  if ((!fullFits || !qualified) && cannotCarve(e, ci, sid, ex0, ex1)) return excluded;
  const carved = carvedJobExists(e, ci, layout, m, ex0, ex1);
  // Stryker disable next-line EqualityOperator: `carved` is 1 or −1 here, so `>=` is `>` (`<=` is killed, ignored with it)
  if (carved !== 0) return carved > 0 ? 0 : -1;
  // Only the hours are too many: the whole job at the candidate's most hours, if not below carving's minimum.
  const fewer = mostUnits(maxH) / HOURS_GRID;
  return !fullFits || !qualified || fewer < carveFloor(e, ci) ? excluded : 0;
}

/**
 * Whether `carveWithin` would find a carved job for candidate `ci` in layout `layout` (`m` tasks):
 * 1 when a subset of the tasks it may take has quarter hours within the candidate's window, 0 when
 * none has, −1 when it would ask the bundle solver (more than `MAX_ENUMERATED_TASKS` tasks). The
 * tasks as `carveWithin` takes them: not core, class not exceeded (`ex0`, `ex1`), hours above 0 and
 * at most the candidate's most, kind not avoided.
 */
function carvedJobExists(e: Engine, ci: number, layout: number, m: number, ex0: number, ex1: number): number {
  const maxH = e.cMax.data[ci]!;
  const minH = carveFloor(e, ci);
  const avoid = e.cAvoid[ci]!;
  const rows = e.layouts.data;
  const units = e.unitsScratch;
  let n = 0;
  let total = 0;
  for (let a = 0, at = (layout + 1) * LAYOUT_STRIDE; a < m; a++, at += LAYOUT_STRIDE) {
    const cls = rows[at + 1]!;
    if ((((cls < 32 ? ex0 : ex1) >>> (cls & 31)) & 1) === 1 || !mayTake(rows, at, maxH, avoid)) continue;
    const u = Math.round(rows[at]! * HOURS_GRID);
    units[n++] = u;
    total += u;
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut: with no task the sum 0 is below `lo` (≥ 1: carving's floor is at least a quarter hour); carving's floor is above the most only for a most below a quarter hour (`carveFloorHours`), where hi = 0 < lo; kept as `carveWithin` has it
  if (n === 0 || minH > maxH) return 0;
  if (n > MAX_ENUMERATED_TASKS) return -1;
  const lo = fewestUnits(minH);
  const hi = mostUnits(maxH);
  // Units are not negative: no subset reaches more than all of them.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut: no subset reaches `lo` then, and the enumeration finds none (`<=` is killed, ignored with it)
  if (total < lo) return 0;
  // Stryker disable next-line ArithmeticOperator,EqualityOperator: starting at 2ⁿ + 1 tries 2ⁿ + 1 (task 0 alone, tried again below) and 2ⁿ (sum 0) first, and `sub >= 0` tries the empty set: sum 0 < lo (≥ 1) either way
  for (let sub = (1 << n) - 1; sub > 0; sub--) {
    let sum = 0;
    // Stryker disable next-line EqualityOperator: sub < 2ⁿ has no bit n, so b = n adds nothing
    for (let b = 0; b < n; b++) if (((sub >> b) & 1) === 1) sum += units[b]!;
    if (sum >= lo && sum <= hi) return 1;
  }
  return 0;
}
