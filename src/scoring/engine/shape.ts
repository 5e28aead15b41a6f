import {
  checkCompiled,
  marginCompiled,
  STATUS_EXCEEDS,
  STATUS_FITS,
  STATUS_SIGNAL,
} from '../../capability/compiled.js';
import {
  checkFactor,
  EXCLUDED_CAPABILITY,
  EXCLUDED_HOURS,
  EXCLUDED_QUALIFICATION,
  HOURS_GRID,
  PRUNED,
  quarter,
} from '../rules.js';
import { MASK_CLASSES, MASK_WORDS } from '../tables/profile-masks.js';
import { LAYOUT_STRIDE as LAYOUT_ROW } from '../tables/vacancies.js';
import { cannotCarve, carveFloor, carveWithin, mostUnits } from './carve.js';
import { type Engine, SHAPE_VALUES } from './state.js';

// The layout stride as this module's own constant: the loops multiply by it, and V8 folds a
// module's constants into the code where it may not fold an imported binding.
const LAYOUT_STRIDE = LAYOUT_ROW;
/** Slack on the upper-bound test against rounding (scores are sums of a few products ≤ 1). */
const PRUNE_EPS = 1e-9;
// The masks below are two words (MASK_CLASSES = 64); a shape with a later class goes task by task.
// Stryker disable next-line all: a check of a constant at load (MASK_WORDS is 2): `false` and another message change nothing; `true` and `===` throw at import and every test fails (checked by hand with settle-all), which Stryker sees only on a fresh import (MUTATE_ISOLATE=1)
if (MASK_WORDS !== 2) throw new Error('shape.ts reads class masks of two words');

/**
 * The word index of candidate `ci`'s class masks in `e.profileMasks`, covered up to class `top`
 * (computed once a profile: candidates with the same FML profile share them).
 */
export function profileWords(e: Engine, ci: number, top: number): number {
  const pid = e.cProfile.data[ci]!;
  const masks = e.profileMasks;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: covering again repeats nothing (`cover` goes from `covered`, already at the interned classes): `true` and `<=` only call it again (`false` is killed)
  if (masks.covered.data[pid]! < top) masks.cover(pid, e.profiles, e.demands);
  return MASK_WORDS * pid;
}

/**
 * The part of an evaluation that depends only on the job's shape (`sid`, −1 for none; `m` tasks of job
 * layout `layout`):
 * the hard rules on capability and hours with carving, the job (`ev.carved`, `inJob`,
 * `ev.jobHours`), the capability and hours components, signals, the wage value, and the
 * avoided-tasks factor (`shapeAvoidFactor`). Returns 0, an exclusion code, or `PRUNED` when a carved
 * job's upper bound (`e.bound` × the carved factor) stays below `e.floor`.
 */
export function evaluateShape(e: Engine, ci: number, sid: number, layout: number, m: number): number {
  const ev = e.ev;
  const status = e.status;
  const inJob = e.inJob;
  const rows = e.layouts.data;
  const head = layout * LAYOUT_STRIDE;
  const stamp = ci + 1;
  let fullFits = true;
  // Stryker disable next-line ConditionalExpression: `true` reads shapeTop[−1] for a job without a shape (sid −1), undefined, and `undefined <= MASK_CLASSES` is false: the task-by-task path, as MASK_CLASSES + 1 (the only other reader, the carving test below, is false the same way); `false` is killed (evaluate-shape-paths, the floor), ignored with it
  const top = sid >= 0 ? e.shapeTop.data[sid]! : MASK_CLASSES + 1;
  // The classes the profile exceeds (with masks only).
  let ex0 = 0;
  let ex1 = 0;
  if (top <= MASK_CLASSES) {
    // The classes the profile exceeds and signals on, as masks: whether the whole job fits is one AND.
    const w = profileWords(e, ci, top);
    const exceed = e.profileMasks.exceed.data;
    const signal = e.profileMasks.signal.data;
    ex0 = exceed[w]!;
    ex1 = exceed[w + 1]!;
    const sg0 = signal[w]!;
    const sg1 = signal[w + 1]!;
    const bits = e.shapeBits.data;
    fullFits = ((bits[2 * sid]! & ex0) | (bits[2 * sid + 1]! & ex1)) === 0;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: a shortcut: with carving off or the layout not carvable, a whole job out goes on to the test below the loop, which returns the same EXCLUDED_CAPABILITY (`!fullFits` first) before any bound or carving; `false`s, `&&` and `=== true` only write the tasks' statuses, which no reader meets after an exclusion (carveWithin and the component loop are not reached); the `true`s and `!fullFits` → `fullFits` are killed, ignored with them
    if (!fullFits && (e.opts.carving === false || rows[head + 1] === 0)) return EXCLUDED_CAPABILITY;
    // A carved job is all that is left, and masks and hours show there is none (no carving tried);
    // a shape marked carve-only for the candidate passed that test before (see `shapeCarveOnly`).
    if (
      !fullFits &&
      // Stryker disable next-line ConditionalExpression: the mark is a cache of the test below: `true` makes the test again, which is false for a marked shape (`settleAll` and the pruning below mark only after it); `false` is killed
      e.shapeCarveOnly[sid] !== stamp &&
      cannotCarve(e, ci, sid, ex0, ex1)
    )
      return EXCLUDED_CAPABILITY;
    // Stryker disable next-line EqualityOperator: `<=` writes status[m] and inJob[m], one past the job (m ≤ MAX_MASK_TASKS = 31 on this path, the arrays 128 long): every reader stops before m and every path writes 0…m − 1 first (as evaluator.ts' `inJob` loops); `>=` is killed, ignored with it
    for (let a = 0, at = head + LAYOUT_STRIDE + 1; a < m; a++, at += LAYOUT_STRIDE) {
      const cls = rows[at]!;
      const bit = 1 << (cls & 31);
      const high = cls >= 32;
      status[a] =
        ((high ? ex1 : ex0) & bit) !== 0
          ? STATUS_EXCEEDS
          : ((high ? sg1 : sg0) & bit) !== 0
            ? STATUS_SIGNAL
            : STATUS_FITS;
      inJob[a] = 1;
    }
  } else {
    // Task by task, each class's status remembered for the candidate.
    const classStamp = e.classStamp;
    const classStatus = e.classStatus;
    for (let a = 0, at = head + LAYOUT_STRIDE + 1; a < m; a++, at += LAYOUT_STRIDE) {
      const cls = rows[at]!;
      // Stryker disable next-line ConditionalExpression: `true` checks the class again for every task: `checkCompiled` is a pure function of the profile and the class, the same status written again; `false` is killed
      if (classStamp[cls] !== stamp) {
        classStamp[cls] = stamp;
        classStatus[cls] = checkCompiled(e.profiles, ci, e.demands, cls);
      }
      const st = classStatus[cls]!;
      status[a] = st;
      inJob[a] = 1;
      if (st === STATUS_EXCEEDS) fullFits = false;
    }
  }
  const maxH = e.cMax.data[ci]!;
  let jobHours = rows[head]!;
  const qualification = rows[head + 2]!;
  // Whether the candidate holds the qualification the core tasks need (remembered per list and text).
  const qualified = qualification < 0 || e.qualifications.met(e.cHeld.data[ci]!, qualification);
  if (!fullFits || !qualified || jobHours > maxH) {
    // The whole vacancy is out; a carved job inside it (never with a core task) may fit.
    const excluded = !fullFits ? EXCLUDED_CAPABILITY : !qualified ? EXCLUDED_QUALIFICATION : EXCLUDED_HOURS;
    if (e.opts.carving === false || rows[head + 1] === 0) return excluded;
    // Without the diploma only a carved job is left (the whole job at fewer hours needs it), and
    // masks and hours may show there is none, as for a class above.
    if (
      !qualified &&
      top <= MASK_CLASSES &&
      // Stryker disable next-line ConditionalExpression: the mark is a cache of the test below, as above (the pruning below marks a shape without the diploma only after it); `false` is killed
      e.shapeCarveOnly[sid] !== stamp &&
      cannotCarve(e, ci, sid, ex0, ex1)
    )
      return excluded;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,BlockStatement: `false`, `{}` and `bound / carvedFactor` (the factor ≤ 1: a larger bound) prune less (the job is carved, and evaluator.ts' `belowFloor` prunes the pair or the caller's top k rejects it: its score is at most bound × factor, below the floor); `<=` differs only at bound × factor exactly floor − ε, below the floor either way; `true`, `>=` and `floor + ε` are killed, ignored with them
    if (e.bound * e.carvedFactor < e.floor - PRUNE_EPS) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: remembering the whole job out is a cache for pruning (evaluator.ts, rank/search.ts): `false`, `sid > 0` and `sid < 0` leave the shape's next pairs to be evaluated and pruned here again (prunes less); `true` with sid −1 writes shapeCarveOnly[−1], dropped by the typed array
      if (sid >= 0) e.shapeCarveOnly[sid] = stamp;
      return PRUNED;
    }
    if (carveWithin(e, ci, layout, m)) {
      jobHours = 0;
      for (let a = 0; a < m; a++)
        if (inJob[a] === 1) jobHours += quarter(rows[head + (a + 1) * LAYOUT_STRIDE]!);
    } else {
      // Only the hours are too many: the whole job offered at the candidate's most hours, every task
      // pro rata, when that is at least the carving minimum (the rest stays open for another hire).
      const fewer = mostUnits(maxH) / HOURS_GRID;
      if (!fullFits || !qualified || fewer < carveFloor(e, ci)) return excluded;
      // Stryker disable next-line EqualityOperator: `<=` writes inJob[m], past the job's tasks: every reader stops before m (`snapshotOf` slices to m) and every evaluation writes tasks 0…m − 1 first; `>=` is killed, ignored with it
      for (let a = 0; a < m; a++) inJob[a] = 1;
      jobHours = fewer;
      ev.reduced = true;
    }
    ev.carved = true;
  }
  ev.jobHours = jobHours;

  // Capability: room on the tightest item of the job's tasks, less 5% for each signal (at most 4).
  const wage = e.cWage[ci]!;
  const avoid = e.cAvoid[ci]!;
  const fallback = e.cWageFallback.data[ci]!;
  let signals = 0;
  let avoided = 0;
  let taskHours = 0;
  let productive = 0;
  for (let a = 0; a < m; a++) {
    if (inJob[a] === 0) continue;
    const at = head + (a + 1) * LAYOUT_STRIDE;
    const h = rows[at]!;
    const kind = rows[at + 2]!;
    if (status[a] === STATUS_SIGNAL) signals++;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end of `avoid` (a kind interned after the candidate) avoid[kind] is undefined, never 1: `kind <= avoid.length` and that operand `true` change nothing; the whole test's `true` and `false`, `kind >= avoid.length`, and the second operand's `true` and `!==` are killed, ignored with them
    if (kind < avoid.length && avoid[kind] === 1) avoided += h;
    taskHours += h;
    productive += h * (kind < wage.length ? wage[kind]! : fallback);
  }
  // A point on the limit is a check with a small cost (below), not a cliff: the room is that of the
  // tightest item not on the limit.
  const marginStamp = e.marginStamp;
  const classMargin = e.classMargin;
  let margin = 1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a margin is in [0, 1] (`marginCompiled`): once it is 0 no task lowers it, so `margin >= 0` and `true` only read more tasks (their margins remembered the same); `false`, `a <= m`, `a >= m` and `margin <= 0` are killed and `a < m` → `true` times out, ignored with them
  for (let a = 0; a < m && margin > 0; a++) {
    if (inJob[a] === 0) continue;
    const cls = rows[head + (a + 1) * LAYOUT_STRIDE + 1]!;
    // Stryker disable next-line ConditionalExpression: the class's margin remembered for the candidate is a cache: `true` computes it again, the same (`marginCompiled` reads only the candidate's profile and the class's demands); `false` (another candidate's margin) is killed, ignored with it
    if (marginStamp[cls] !== stamp) {
      marginStamp[cls] = stamp;
      classMargin[cls] = marginCompiled(e.profiles, ci, e.demands, cls, true);
    }
    const r = classMargin[cls]!;
    // Stryker disable next-line EqualityOperator: `r <= margin` stores the same value when they are equal; `>=` is killed, ignored with it
    if (r < margin) margin = r;
  }
  ev.signals = signals;
  ev.capability = (0.5 + 0.5 * margin) * checkFactor(signals);
  const minH = e.cMin.data[ci]!;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: `>` gives jobHours / minH = 1 at equality (or 1 at 0 = 0 by `minH > 0`); `minH >= 0` and `true` are reached only below a minimum above the job's hours (≥ 0), so minH > 0 already; as `reference/score.ts` (`false`s are killed)
  ev.hours = jobHours >= minH ? 1 : minH > 0 ? jobHours / minH : 1;
  // A job has at least a quarter hour (`MIN_JOB_HOURS`; a whole job's hours are above 0 by the schema).
  e.shapeAvoidFactor = 1 - 0.5 * Math.min(1, avoided / jobHours);
  ev.wageValue = taskHours > 0 ? Math.min(1, Math.max(0, productive / taskHours)) : fallback;
  return 0;
}

/**
 * Remembers candidate `ci`'s `outcome` on job shape `sid` (`m` tasks) as {@link evaluateShape} left
 * it in the evaluation: the job (carved, task mask), signals and the shape's numbers.
 */
export function rememberShape(e: Engine, ci: number, sid: number, m: number, outcome: number): void {
  const ev = e.ev;
  e.shapeStamp[sid] = ci + 1;
  e.shapeOutcome[sid] = outcome;
  // 0: the whole job; 1: a carved job; 2: the whole vacancy at fewer hours.
  e.shapeCarved[sid] = outcome === 0 && ev.carved ? (ev.reduced ? 2 : 1) : 0;
  // Stryker disable next-line ConditionalExpression: `false` also writes an excluded shape's numbers, which nothing reads (every reader checks the outcome first or meets a carved shape, outcome 0: evaluator.ts, changed.ts, rank/search.ts)
  if (outcome !== 0) return;
  const inJob = e.inJob;
  let mask = 0;
  // Stryker disable next-line EqualityOperator: `<=` sets bit m (m ≤ MAX_MASK_TASKS = 31) from the scratch past the job; the mask's one reader (evaluator.ts) takes bits a < m (`>=` is killed, ignored with it)
  for (let a = 0; a < m; a++) mask |= inJob[a]! << a;
  e.shapeMask[sid] = mask;
  e.shapeSignals[sid] = ev.signals;
  const values = e.shapeValues;
  const at = sid * SHAPE_VALUES;
  values[at] = ev.capability;
  values[at + 1] = ev.hours;
  values[at + 2] = e.shapeAvoidFactor;
  values[at + 3] = ev.jobHours;
  values[at + 4] = ev.wageValue;
  // Term by term no lower than the bounds the evaluation prunes by (`scoreKnownFull`, a known carved
  // job), summed in their order: rounding keeps it above them.
  const bound =
    (e.wCommute +
      e.wPreferences * e.shapeAvoidFactor +
      e.wCapability * ev.capability +
      e.wHours * ev.hours +
      e.wSkills +
      e.wEconomics) /
    e.weightTotal;
  e.shapeBound[sid] = ev.carved ? bound * e.carvedFactor : bound;
}

/** Loads what the current candidate's evaluation of job shape `sid` left (see {@link rememberShape}) into the evaluation. */
export function loadShape(e: Engine, sid: number): void {
  const ev = e.ev;
  const values = e.shapeValues;
  const at = sid * SHAPE_VALUES;
  ev.carved = e.shapeCarved[sid] !== 0;
  ev.reduced = e.shapeCarved[sid] === 2;
  ev.capability = values[at]!;
  ev.hours = values[at + 1]!;
  e.shapeAvoidFactor = values[at + 2]!;
  ev.jobHours = values[at + 3]!;
  ev.wageValue = values[at + 4]!;
  ev.signals = e.shapeSignals[sid]!;
}
