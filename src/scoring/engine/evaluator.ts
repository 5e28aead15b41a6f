import { EARTH_RADIUS_KM, kmOfHav } from '../../geo/distance.js';
import { economicsCore } from '../../wage-value/economics.js';
import type { PairSnapshot } from '../explain/context.js';
import { checkFactor, EXCLUDED_COMMUTE, occupationMatches, PRUNED, wageOrNone } from '../rules.js';
import { evaluateShape, loadShape, rememberShape } from './shape.js';
import { carvedJobSkills, loadSignatureSkills } from './skills.js';
import type { Engine } from './state.js';

/** The preferences factor by mismatch code (bit 0: another sector ×0.5, bit 1: another occupation ×0.7). */
export const PREFERENCE_BY_MISMATCH = Float64Array.of(1, 0.5, 0.7, 0.5 * 0.7);
/** Slack on the upper-bound test against rounding (scores are sums of a few products ≤ 1). */
const PRUNE_EPS = 1e-9;

/**
 * Evaluates the hard rules and every component of candidate `ci` and vacancy `vi` into `e.ev` (the
 * job's tasks in `e.inJob`); returns true when not excluded. With a `floor`, a pair whose upper
 * bound (the components known so far, the rest at 1) stays below it is skipped early
 * (`ev.excluded = PRUNED`): top-k searches pass their current k-th key.
 */
export function evaluate(e: Engine, ci: number, vi: number, floor = Number.NEGATIVE_INFINITY): boolean {
  return evaluateAt(e, ci, vi, vi, floor);
}

/**
 * `evaluate` of candidate `ci` with the job of compiled vacancy `at` offered at vacancy `vi`'s
 * place, wage, sector and occupation: for a changed copy of a vacancy with the same job (`whyNot`
 * sizing an adaptation), compiled once for every vacancy of that job. `evaluate` is `at = vi`.
 */
export function evaluateAt(e: Engine, ci: number, vi: number, at: number, floor: number): boolean {
  // Great-circle distance by the chord between unit vectors: hav(d/R) = chord² / 4.
  const cp = e.cPos.data;
  const vp = e.vPos.data;
  const dx = cp[3 * ci]! - vp[3 * vi]!;
  const dy = cp[3 * ci + 1]! - vp[3 * vi + 1]!;
  const dz = cp[3 * ci + 2]! - vp[3 * vi + 2]!;
  const s = e.vTaskStart.data[at]!;
  e.hav = 0.25 * (dx * dx + dy * dy + dz * dz);
  e.wage = e.vWage.data[vi]!;
  e.floor = floor;
  return evaluatePacked(
    e,
    ci,
    at,
    e.vShape.data[at]!,
    e.vSector.data[vi]!,
    e.vOccupation.data[vi]!,
    e.vSkillSignature.data[at]!,
    e.vLayout.data[at]!,
    e.vTaskEnd.data[at]! - s,
    e.vContent.data[at]!,
  );
}

/**
 * Whether pair (`ci`, `vi`) is further apart than the candidate's commute limit: hav(d/R) of the
 * unit vectors' chord against hav(limit/R), precomputed (no arcsine).
 */
export function beyondCommute(e: Engine, ci: number, vi: number): boolean {
  const cp = e.cPos.data;
  const vp = e.vPos.data;
  const dx = cp[3 * ci]! - vp[3 * vi]!;
  const dy = cp[3 * ci + 1]! - vp[3 * vi + 1]!;
  const dz = cp[3 * ci + 2]! - vp[3 * vi + 2]!;
  return 0.25 * (dx * dx + dy * dy + dz * dz) > e.cHavLimit.data[ci]!;
}

/**
 * The hard rules alone for pair (`ci`, `vi`): 0 when it passes them, else the exclusion code that
 * {@link evaluate} without a floor leaves in `ev.excluded`. The job shape's outcome is remembered as
 * there, but no component is scored: for a tally of verdicts (`whyNot`).
 */
export function verdict(e: Engine, ci: number, vi: number): number {
  if (beyondCommute(e, ci, vi)) return EXCLUDED_COMMUTE;
  const sid = e.vShape.data[vi]!;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the remembered outcome is a cache of `evaluateShape`: `false`, `sid > 0`, `sid < 0` and `sid >= 0` → true (−1 reads shapeStamp[−1], undefined) evaluate the shape again, the same outcome; the `true` and `!==` that return an unmet shape's outcome are killed, ignored with them
  if (sid >= 0 && e.shapeStamp[sid] === ci + 1) return e.shapeOutcome[sid]!;
  const ev = e.ev;
  ev.excluded = 0;
  ev.carved = false;
  ev.reduced = false;
  e.floor = Number.NEGATIVE_INFINITY;
  const m = e.vTaskEnd.data[vi]! - e.vTaskStart.data[vi]!;
  const outcome = evaluateShape(e, ci, sid, e.vLayout.data[vi]!, m);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: remembering is a cache: `false` and `sid > 0` leave a shape to be evaluated again (the same outcome); `true` and `sid < 0` with sid −1 write past the typed arrays (dropped)
  if (sid >= 0) rememberShape(e, ci, sid, m, outcome);
  return outcome;
}

/**
 * {@link evaluate} with the vacancy's numbers given (as the grid's packed cells hold them): job
 * shape, sector, occupation, skill signature, job layout, its number of tasks `m`, its job content,
 * and in `e` the distance's hav, the wage (NaN: none) and the floor.
 */
export function evaluatePacked(
  e: Engine,
  ci: number,
  vi: number,
  sid: number,
  sector: number,
  occupation: number,
  signature: number,
  layout: number,
  m: number,
  content: number,
): boolean {
  const ev = e.ev;
  const inJob = e.inJob;
  const hav = e.hav;
  ev.excluded = 0;
  ev.carved = false;
  ev.reduced = false;
  // hav(d/R) is compared with hav(limit/R) (precomputed) before any arcsine.
  if (hav > e.cHavLimit.data[ci]!) {
    ev.excluded = EXCLUDED_COMMUTE;
    ev.distance = -hav;
    return false;
  }
  const stamp = ci + 1;
  if (sid >= 0 && e.shapeStamp[sid] === stamp && e.shapeCarved[sid] === 0) {
    // The candidate met this job shape before: out, or the full job (every task in it).
    const outcome = e.shapeOutcome[sid]!;
    if (outcome !== 0) {
      ev.excluded = outcome;
      return false;
    }
    if (!scoreKnownFull(e, ci, sid, sector, occupation, signature)) return false;
    // Stryker disable next-line EqualityOperator: `<=` writes inJob[m], past the job's tasks (as below); `>=` is killed, ignored with it
    for (let a = 0; a < m; a++) inJob[a] = 1;
    return true;
  }
  // Without a floor (screening, explaining) no bound prunes: no square root, no sums.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: `false` never prunes (prunes less (the pair is scored, below the floor, and the caller's top k rejects it; a later bound prunes it)); `true` and `===` compute the bounds without a floor, where they compare with −∞ and never prune (and with one, prune less as `false`)
  const pruning = e.floor !== Number.NEGATIVE_INFINITY;
  const commuteBound = pruning ? commuteUpperBound(e, hav) : 1;
  e.commuteBound = commuteBound;
  // Preferences: sector and occupation here, avoided task kinds with the job's shape.
  const pref = PREFERENCE_BY_MISMATCH[preferenceMismatch(e, ci, sector, occupation)]!;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the known carved shape is a cache: `false`, `sid > 0`, `sid < 0` and `sid >= 0` → true (−1 reads shapeStamp[−1], undefined) evaluate the shape again, the same job, and prune by bounds no tighter; the `true` and `!==` that load an unmet shape are killed, ignored with them
  if (sid >= 0 && e.shapeStamp[sid] === stamp) {
    // The candidate met this job shape before: a carved job.
    loadShape(e, sid);
    // Bound with every component known but commute (chord), economics and skills.
    ev.preferences = pref * e.shapeAvoidFactor;
    // Stryker disable next-line ConditionalExpression: `false` (no pruning on the known carved bound: `belowFloor` with the carved factor, `loadShape` having set `ev.carved`) prunes less (the pair is scored, below the floor, and the caller's top k rejects it; a later bound prunes it); the two `true`s are killed, ignored with them
    if (pruning && belowFloor(e, false)) return false;
    const mask = e.shapeMask[sid]!;
    // Stryker disable next-line EqualityOperator: `<=` writes inJob[m], past the job's tasks: every reader stops before m (snapshotOf slices to m) and every path writes tasks 0…m − 1 first; `>=` is killed, ignored with it
    for (let a = 0; a < m; a++) inJob[a] = (mask >>> a) & 1;
  } else {
    // Every component not known yet at its most (1).
    const bound = pruning
      ? (e.wCommute * commuteBound +
          // Stryker disable next-line ArithmeticOperator: `/ pref` (pref in (0, 1]) only raises the bound: prunes less (the pair is scored, below the floor, and the caller's top k rejects it; a later bound prunes it)
          e.wPreferences * pref +
          e.wCapability +
          e.wSkills +
          e.wHours +
          e.wEconomics) /
        e.weightTotal
      : 1;
    // A shape whose whole job is out for the candidate (see `shapeCarveOnly`): pruned as
    // `evaluateShape` would prune it, without its tasks' statuses.
    if (
      // Stryker disable next-line ConditionalExpression: `false` (no pruning here) prunes less (the pair is scored, below the floor, and the caller's top k rejects it; `evaluateShape` or a later bound prunes it); `true` is killed, ignored with it
      pruning &&
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: `false` and `&&` prune less (as above); `<=` prunes more only at a bound of exactly floor − ε, which the pair's score cannot reach; the `true` and `>=` are killed, ignored with them
      (bound < e.floor - PRUNE_EPS ||
        (sid >= 0 && e.shapeCarveOnly[sid] === stamp && bound * e.carvedFactor < e.floor - PRUNE_EPS))
    ) {
      ev.excluded = PRUNED;
      return false;
    }
    e.bound = bound;
    const outcome = evaluateShape(e, ci, sid, layout, m);
    if (outcome === PRUNED) {
      ev.excluded = PRUNED;
      return false;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: remembering is a cache: `false` and `sid > 0` leave a shape to be evaluated again (the same outcome); `true` and `sid < 0` with sid −1 write past the typed arrays (dropped)
    if (sid >= 0) rememberShape(e, ci, sid, m, outcome);
    if (outcome !== 0) {
      ev.excluded = outcome;
      return false;
    }
    ev.preferences = pref * e.shapeAvoidFactor;
    // The job known, every component but commute (chord), skills and economics is.
    // Stryker disable next-line ConditionalExpression: `false` (no bound here) prunes less (the pair is scored, below the floor, and the caller's top k rejects it; a later bound prunes it); the `true` that prunes every pair is killed, ignored with it
    if (pruning && belowFloor(e, false)) return false;
  }
  // Skills: the share of the job's hours-weighted skills the candidate has.
  // Stryker disable next-line ConditionalExpression: `false` takes a full job's skills through `carvedJobSkills` (every task in the job): the signature's weights are the same tasks' skills summed in the same order, so the same number, and a content is full or carved for a candidate, never both, so the content cache stays right; `true` is killed, ignored with it
  if (!ev.carved) loadSignatureSkills(e, ci, signature);
  else {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the carved job's skills remembered per content are a cache: `false`, `content > 0`, `content < 0` and `content >= 0` → true (−1 reads contentStamp[−1], undefined) compute them again the same; the `true`s that read another content's skills are killed, ignored with them
    if (content >= 0 && e.contentStamp[content] === stamp) ev.skills = e.contentSkills[content]!;
    else carvedJobSkills(e, ci, vi, m, content);
  }
  return finishAbove(e, ci);
}

/**
 * Whether the pair's upper bound stays below the floor (then `ev.excluded = PRUNED`): the job's
 * capability, hours and preferences in `ev`, the commute by the chord (`e.commuteBound`), the skills
 * from `ev` when `skillsKnown` (else at 1), economics at 1. Numbers pass in fields: a double argument
 * to a call not inlined would be boxed, once a pair.
 */
function belowFloor(e: Engine, skillsKnown: boolean): boolean {
  const ev = e.ev;
  const known =
    (e.wCommute * e.commuteBound +
      e.wPreferences * ev.preferences +
      e.wCapability * ev.capability +
      e.wHours * ev.hours +
      e.wSkills * (skillsKnown ? ev.skills : 1) +
      e.wEconomics) /
    e.weightTotal;
  // Stryker disable next-line EqualityOperator: `<=` prunes more only at a bound of exactly floor − ε: the pair scores at most its bound, below the floor, and is rejected either way; `>=` is killed (engine-floor), ignored with it
  const below = (ev.carved ? known * e.carvedFactor : known) < e.floor - PRUNE_EPS;
  // Stryker disable next-line ConditionalExpression: `true` is equivalent: `ev.excluded` is read only after an evaluation that returned false (`snapshotOf`, `whyNot`, the candidate run); `false` is killed (engine-floor), ignored with it
  if (below) ev.excluded = PRUNED;
  return below;
}

/** `finishScore` unless the pair's bound (skills known) stays below the floor: cheaper than the arcsine and economics. */
function finishAbove(e: Engine, ci: number): boolean {
  // Stryker disable next-line ConditionalExpression: `true` is equivalent: without a floor `belowFloor` compares with −∞ and is false (the `false`s, never pruning here, are killed: engine-floor)
  if (e.floor !== Number.NEGATIVE_INFINITY && belowFloor(e, true)) return false;
  finishScore(e, ci);
  return true;
}

/**
 * Preferences on sector and occupation as a code (bit 0: another sector, bit 1: another occupation)
 * for `PREFERENCE_BY_MISMATCH`; the avoided-tasks factor comes with the job's shape.
 */
export function preferenceMismatch(e: Engine, ci: number, sector: number, occupation: number): number {
  let code = (e.cSector.data[ci]! & (1 << sector)) === 0 ? 1 : 0;
  const occ = e.cOccupationPref[ci];
  if (occ !== undefined) {
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: `true` and `ci - 1` only recompute the cached fit, `occupationMatches` being a pure function of the two texts (`false` is killed)
    if (e.occupationStamp[occupation] !== ci + 1) {
      // Stryker disable next-line ArithmeticOperator: a stamp that never matches only recomputes the fit (above)
      e.occupationStamp[occupation] = ci + 1;
      e.occupationFit[occupation] = occupationMatches(occ, e.occupationNames[occupation]!) ? 1 : 0;
    }
    if (e.occupationFit[occupation] === 0) code |= 2;
  }
  return code;
}

/**
 * Scores a pair whose job shape candidate `ci` has met and fits as the full job, from numbers alone
 * (the candidate's caches and the vacancy's sector, occupation, skill signature and wage): the
 * path of most pairs in a national run. Returns false when the pair's upper bound (see `finishAbove`)
 * stays below the floor (`ev.excluded = PRUNED`).
 */
function scoreKnownFull(
  e: Engine,
  ci: number,
  sid: number,
  sector: number,
  occupation: number,
  signature: number,
): boolean {
  const ev = e.ev;
  loadShape(e, sid);
  ev.preferences =
    PREFERENCE_BY_MISMATCH[preferenceMismatch(e, ci, sector, occupation)]! * e.shapeAvoidFactor;
  loadSignatureSkills(e, ci, signature);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the commute bound is read only with a floor; 1 there is a looser bound (prunes less: the pair is scored, below the floor, and the caller's top k rejects it), the chord without a floor is read by nothing
  e.commuteBound = e.floor === Number.NEGATIVE_INFINITY ? 1 : commuteUpperBound(e, e.hav);
  return finishAbove(e, ci);
}

/**
 * The commute component's upper bound from hav(d/R) before the arcsine: asin(x) ≥ x, so the chord
 * gives a distance no longer than the true one and a component no lower.
 */
export function commuteUpperBound(e: Engine, hav: number): number {
  return Math.max(0, 1 - (2 * EARTH_RADIUS_KM * Math.sqrt(hav)) / e.commuteScoreKm);
}

/** Distance, commute, economics and the total score from the components in `ev` (hav and wage in `e`). */
function finishScore(e: Engine, ci: number): void {
  const ev = e.ev;
  const unassessed = unassessedCount(e, ci);
  ev.unassessed = unassessed;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: `true` and `>= 0` multiply by checkFactor(s + 0) / checkFactor(s) = 1 (`false` and `<= 0` are killed)
  if (unassessed > 0) ev.capability *= checkFactor(ev.signals + unassessed) / checkFactor(ev.signals);
  const d = kmOfHav(e.hav);
  ev.distance = d;
  ev.commute = Math.max(0, 1 - d / e.commuteScoreKm);
  // Economics: the employer's net cost per productive hour against a regular hire (wage-value module).
  const ratio = economicsCore(
    e.econ,
    e.cGroup[ci]!,
    ev.wageValue,
    ev.jobHours,
    wageOrNone(e.wage),
    undefined,
  ).ratio;
  // Stryker disable next-line EqualityOperator: `ratio < 1` gives 1 / 1 = 1 at 1 (`>` is killed)
  ev.economics = Number.isFinite(ratio) ? (ratio <= 1 ? 1 : 1 / ratio) : 0;
  const total =
    (e.wCapability * ev.capability +
      e.wSkills * ev.skills +
      e.wCommute * ev.commute +
      e.wHours * ev.hours +
      e.wEconomics * ev.economics +
      e.wPreferences * ev.preferences) /
    e.weightTotal;
  ev.score = Math.min(1, Math.max(0, ev.carved ? total * e.carvedFactor : total));
}

/** How many FML items candidate `ci` is limited on that no task states (cached per version). */
function unassessedCount(e: Engine, ci: number): number {
  // Stryker disable next-line ArithmeticOperator: any stamp that differs from the empty slot and changes with the version; `- 1` does too
  const version = e.assessed.version + 1;
  // Stryker disable next-line ConditionalExpression: `true` recounts the unassessed items each time (a cache; `false` is killed)
  if (e.cUnassessedAt[ci] !== version) {
    e.cUnassessedAt[ci] = version;
    e.cUnassessed[ci] = e.assessed.unassessed(e.cRecords[ci]!.capabilities).length;
  }
  return e.cUnassessed[ci]!;
}

/**
 * A copy of the evaluation of pair (`ci`, `vi`) just made (`ok` = not excluded), for the
 * explanation: the only place the scratch state is copied, so the hot path allocates nothing.
 */
export function snapshotOf(e: Engine, ci: number, vi: number, ok: boolean): PairSnapshot {
  const ev = e.ev;
  return {
    ci,
    vi,
    // Stryker disable next-line ConditionalExpression: `false` is equivalent: an evaluation that returns true leaves `ev.excluded` at 0 (`true` is killed)
    excluded: ok ? 0 : ev.excluded,
    distance: ev.distance,
    carved: ev.carved,
    reduced: ev.reduced,
    jobHours: ev.jobHours,
    capability: ev.capability,
    skills: ev.skills,
    commute: ev.commute,
    hours: ev.hours,
    preferences: ev.preferences,
    economics: ev.economics,
    wageValue: ev.wageValue,
    signals: ev.signals,
    unassessed: ev.unassessed,
    score: ev.score,
    inJob: e.inJob.slice(0, e.vTaskEnd.data[vi]! - e.vTaskStart.data[vi]!),
  };
}
