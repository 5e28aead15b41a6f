import { quarter } from '../rules.js';
import { MASK_CLASSES } from '../tables/profile-masks.js';
import { LAYOUT_STRIDE } from '../tables/vacancies.js';
import { commuteUpperBound, PREFERENCE_BY_MISMATCH, preferenceMismatch } from './evaluator.js';
import { profileWords } from './shape.js';
import { loadSignatureSkills } from './skills.js';
import { type Engine, SHAPE_VALUES } from './state.js';

// What `whyNot` asks of the engine to size a change: the bound the engine first prunes a pair by,
// and one for a changed job (compiled once, evaluated by `evaluateAt`, evaluator.ts).

/**
 * The slack of a test that skips an evaluation the engine would prune (see `openingBound`): the
 * engine's (scores are sums of a few products ≤ 1) and 1e-12 for the order of the sums.
 */
// Stryker disable next-line ArithmeticOperator: 2e-12 less slack changes a skip only for a bound within 2e-12 of the floor
export const SKIP_EPS = 1e-9 + 1e-12;

/**
 * The first bound `evaluate` prunes pair (`ci`, `vi`) by, whatever its commute limit: the commute
 * component by the chord, the preferences on sector and occupation, every other component at 1.
 * Every later bound and the score itself are no higher, so when this stays below a floor by more
 * than the slack (and 1e-12 for the order of the sums), `evaluate` with that floor returns false. A
 * changed copy of the vacancy at the same place, sector and occupation, or of the candidate with the
 * same home and preferences, has the same bound (`whyNot` sizing a change).
 */
export function openingBound(e: Engine, ci: number, vi: number): number {
  return headerBound(e, ci, vi, 1, 1, 1, 1);
}

/**
 * The opening bound with the capability, skills and hours components at `capability`, `skills` and
 * `hours` and the avoided-tasks factor of the preferences at `avoid` (each at most 1; at 1 the sum is
 * the opening bound's to the bit).
 */
function headerBound(
  e: Engine,
  ci: number,
  vi: number,
  capability: number,
  skills: number,
  hours: number,
  avoid: number,
): number {
  const cp = e.cPos.data;
  const vp = e.vPos.data;
  const dx = cp[3 * ci]! - vp[3 * vi]!;
  const dy = cp[3 * ci + 1]! - vp[3 * vi + 1]!;
  const dz = cp[3 * ci + 2]! - vp[3 * vi + 2]!;
  const hav = 0.25 * (dx * dx + dy * dy + dz * dz);
  const pref =
    PREFERENCE_BY_MISMATCH[preferenceMismatch(e, ci, e.vSector.data[vi]!, e.vOccupation.data[vi]!)]!;
  return (
    (e.wCommute * commuteUpperBound(e, hav) +
      e.wPreferences * pref * avoid +
      e.wCapability * capability +
      e.wSkills * skills +
      e.wHours * hours +
      e.wEconomics) /
    e.weightTotal
  );
}

/**
 * An upper bound on the score `evaluateAt(e, ci, vi, at, floor)` gives. When candidate `ci` met the
 * job's shape: −∞ when it was out, else the bound the engine would prune by (its capability, hours
 * and avoided tasks as then, the whole job's skills; economics at 1). Else from the job's header and class masks
 * alone: the opening bound of (`ci`, `vi`) with the hours component of the most hours
 * the job can offer (its own, or its tasks' to the quarter hour for a carved job); and when the whole
 * job cannot be offered (a demand class over the candidate's profile by the masks, its qualification
 * not held, more hours than the candidate's most), only a carved job at the carved factor, or none
 * (−∞) when the job is not open to carving. For a changed job the candidate may not have met
 * (`whyNot` sizing an adaptation or a dropped task): it skips the job's tasks when the floor is above.
 */
export function changedBound(e: Engine, ci: number, vi: number, at: number): number {
  const sid = e.vShape.data[at]!;
  // Stryker disable next-line ConditionalExpression: sid >= 0 → true reads the stamp at −1, undefined
  if (sid >= 0 && e.shapeStamp[sid] === ci + 1) {
    // The candidate met the job's shape: out as then, or its capability, hours and avoided tasks known.
    if (e.shapeOutcome[sid] !== 0) return Number.NEGATIVE_INFINITY;
    const values = e.shapeValues;
    const v = sid * SHAPE_VALUES;
    if (e.shapeCarved[sid] !== 0)
      return headerBound(e, ci, vi, values[v]!, 1, values[v + 1]!, values[v + 2]!) * e.carvedFactor;
    // The whole job: its skills too, as the engine scores them.
    loadSignatureSkills(e, ci, e.vSkillSignature.data[at]!);
    return headerBound(e, ci, vi, values[v]!, e.ev.skills, values[v + 1]!, values[v + 2]!);
  }
  const rows = e.layouts.data;
  const head = e.vLayout.data[at]! * LAYOUT_STRIDE;
  const jobHours = rows[head]!;
  let most = jobHours;
  let carved = 0;
  const m = e.vTaskEnd.data[at]! - e.vTaskStart.data[at]!;
  for (let a = 1; a <= m; a++) carved += quarter(rows[head + a * LAYOUT_STRIDE]!);
  // Stryker disable next-line EqualityOperator: at equal hours >= writes the same number
  if (carved > most) most = carved;
  const minH = e.cMin.data[ci]!;
  // Below the candidate's fewest hours (so those above 0) the share of them the job offers.
  // Stryker disable next-line EqualityOperator: > gives most / minH = 1 at equal hours
  const bound = headerBound(e, ci, vi, 1, 1, most >= minH ? 1 : most / minH, 1);
  let whole = jobHours <= e.cMax.data[ci]!;
  const qualification = rows[head + 2]!;
  if (whole && qualification >= 0) whole = e.qualifications.met(e.cHeld.data[ci]!, qualification);
  // Stryker disable next-line ConditionalExpression: sid >= 0 → true reads the top at −1, undefined, and undefined <= MASK_CLASSES is false
  if (whole && sid >= 0 && e.shapeTop.data[sid]! <= MASK_CLASSES) {
    const w = profileWords(e, ci, e.shapeTop.data[sid]!);
    const exceed = e.profileMasks.exceed.data;
    const bits = e.shapeBits.data;
    whole = ((bits[2 * sid]! & exceed[w]!) | (bits[2 * sid + 1]! & exceed[w + 1]!)) === 0;
  }
  if (whole) return bound;
  return e.opts.carving === false || rows[head + 1] === 0 ? Number.NEGATIVE_INFINITY : bound * e.carvedFactor;
}
