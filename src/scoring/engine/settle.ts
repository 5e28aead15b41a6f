import { MASK_CLASSES } from '../tables/profile-masks.js';
import { LAYOUT_STRIDE as LAYOUT_ROW } from '../tables/vacancies.js';
import { CARVABLE_ROW } from './carvable.js';
import { carveFloor, fewestUnits, ruledOutAt } from './carve.js';
import { SETTLE_ROW, type SettledShapes } from './settled-shapes.js';
import { profileWords } from './shape.js';
import type { Engine } from './state.js';

// The layout stride as this module's own constant (see `shape.ts`).
const LAYOUT_STRIDE = LAYOUT_ROW;
/**
 * Lists the job shapes masks decide alone: those whose whole job being out leaves no carved job to
 * offer (carving off, or the shape not carvable), with no class beyond the masks; and the carvable
 * shapes (`e.carvable`). Drops the sets remembered for the shapes listed before.
 */
function listSettled(e: Engine): void {
  const s = e.settled;
  const n = e.shapeCount();
  const layouts = e.layouts.data;
  const carving = e.opts.carving !== false;
  const carvable = e.carvable;
  carvable.list(n, carving, e.layouts, e.shapeLayout, e.shapeBits, e.shapeTop);
  // At most n listed shapes, then the carvable ones (in the order of `e.carvable`'s rows).
  const rows = new Int32Array(SETTLE_ROW * (n + carvable.count));
  const hours = new Float64Array(n + carvable.count);
  const put = (k: number, sid: number): void => {
    const head = e.shapeLayout.data[sid]! * LAYOUT_STRIDE;
    const at = SETTLE_ROW * k;
    rows[at] = sid;
    rows[at + 1] = e.shapeBits.data[2 * sid]!;
    rows[at + 2] = e.shapeBits.data[2 * sid + 1]!;
    rows[at + 3] = layouts[head + 2]!;
    hours[k] = layouts[head]!;
  };
  let count = 0;
  let top = 0;
  for (let sid = 0; sid < n; sid++) {
    const t = e.shapeTop.data[sid]!;
    if (t > MASK_CLASSES || (carving && layouts[e.shapeLayout.data[sid]! * LAYOUT_STRIDE + 1] !== 0))
      continue;
    put(count++, sid);
    // Stryker disable next-line EqualityOperator: at t = top the assignment keeps the same value
    if (t > top) top = t;
  }
  // Stryker disable next-line EqualityOperator: `<=` reads one row past the carvable list (zeroed by `grow`: shape 0) and writes past its place in `rows` (`count + carvable.count` ≤ `n + carvable.count`, or dropped by the typed array), read by no loop (they stop at `count + carvableCount`)
  for (let k = 0; k < carvable.count; k++) put(count + k, carvable.rows[k * CARVABLE_ROW]!);
  s.rows = rows;
  s.hours = hours;
  s.count = count;
  s.carvableCount = carvable.count;
  s.shapes = n;
  s.top = top;
  s.words = (n + 31) >>> 5;
  s.excluded = new Int32Array(s.words);
  s.carveOnly = new Int32Array(s.words);
  s.forget();
}

/** Remembers `set` (of `words` words) in `map` under `key`, dropping every set first when too many are held. */
function remember<K>(s: SettledShapes, map: Map<K, Int32Array>, key: K, set: Int32Array): Int32Array {
  // Stryker disable next-line EqualityOperator: forgetting at exactly the bound, one set sooner, builds the same sets again as candidates need them
  if (s.remembered + set.length > s.maxWords) s.forget();
  map.set(key, set);
  s.remembered += set.length;
  return set;
}

/**
 * Decides candidate `ci` on every job shape masks decide alone (see `listSettled`), without reading
 * tasks: the shapes whose class mask meets the classes the candidate exceeds, else whose qualification
 * the candidate does not hold, else whose hours are more than the candidate's most, are excluded; and
 * on every carvable shape whose whole job is out: when it exceeds a class or asks a diploma the
 * candidate does not hold, excluded if its carving masks and hours rule out a carved job
 * (`ruledOutAt`), else carve-only; when only its hours are too many, carve-only (a carved job, or the
 * whole job at fewer hours, or none: scored × the carved factor at most). Writes the sets of
 * `e.settled` for `ci` (see {@link SettledShapes}): a scan skips the excluded shapes' vacancies unread,
 * and prunes a carve-only shape's pairs below the floor as the evaluation would (`evaluateShape`
 * finds the same).
 */
export function settleAll(e: Engine, ci: number): void {
  const s = e.settled;
  // Stryker disable next-line ConditionalExpression: `true` lists the same shapes again and forgets the sets, built again the same
  if (s.shapes !== e.shapeCount()) listSettled(e);
  const carvable = e.carvable;
  const w = profileWords(e, ci, Math.max(s.top, carvable.top));
  const exceed = e.profileMasks.exceed.data;
  const ex0 = exceed[w]!;
  const ex1 = exceed[w + 1]!;
  const held = e.cHeld.data[ci]!;
  const maxH = e.cMax.data[ci]!;
  const fewest = fewestUnits(carveFloor(e, ci));
  const classKey = `${ex0} ${ex1}`;
  const byClasses = s.byClasses.get(classKey) ?? remember(s, s.byClasses, classKey, exceeding(s, ex0, ex1));
  const byHeld = s.byHeld.get(held) ?? remember(s, s.byHeld, held, notHeld(e, s, held));
  const byHours = s.byHours.get(maxH) ?? remember(s, s.byHours, maxH, tooLong(s, maxH));
  const carvingKey = `${classKey} ${maxH} ${fewest}`;
  const ruled =
    s.byCarving.get(carvingKey) ??
    remember(s, s.byCarving, carvingKey, ruledOut(e, s.words, ex0, ex1, maxH, fewest));
  const words = s.words;
  const excluded = s.excluded;
  const carveOnly = s.carveOnly;
  // Each part's first `words` words are the listed shapes, the next the carvable ones.
  // Stryker disable next-line EqualityOperator: `<=` writes one word past the sets (dropped by the typed arrays)
  for (let k = 0, c = words; k < words; k++, c++) {
    const out = byClasses[c]! | byHeld[c]!;
    const none = out & ruled[k]!;
    excluded[k] = byClasses[k]! | byHeld[k]! | byHours[k]! | none;
    carveOnly[k] = (out | byHours[c]!) & ~none;
  }
}

/**
 * Two bit sets in one array: the listed shapes (words 0…`words` − 1) and the carvable ones (the next
 * `words`) for which `test(row)` holds, `row` the place of the shape's row in `s.rows`.
 */
function shapesWhere(s: SettledShapes, test: (row: number) => boolean): Int32Array {
  const set = new Int32Array(2 * s.words);
  const rows = s.rows;
  // Stryker disable next-line EqualityOperator: `<=` tests one row past the list: its numbers read undefined or 0 beyond the rows written, no test holds for them, or its bit lands on the shape 0 of a zeroed row (the carvable list's grown tail) in a set read only at listed shapes
  for (let k = 0, at = 0; k < s.count + s.carvableCount; k++, at += SETTLE_ROW) {
    if (!test(k)) continue;
    const sid = rows[at]!;
    set[(k < s.count ? 0 : s.words) + (sid >>> 5)]! |= 1 << (sid & 31);
  }
  return set;
}

/** The shapes (see {@link shapesWhere}) whose class mask meets the exceeded classes `ex0`, `ex1`. */
function exceeding(s: SettledShapes, ex0: number, ex1: number): Int32Array {
  const rows = s.rows;
  return shapesWhere(s, (k) => ((rows[SETTLE_ROW * k + 1]! & ex0) | (rows[SETTLE_ROW * k + 2]! & ex1)) !== 0);
}

/** The shapes (see {@link shapesWhere}) whose core tasks need a qualification the diplomas `held` do not meet. */
function notHeld(e: Engine, s: SettledShapes, held: number): Int32Array {
  const rows = s.rows;
  return shapesWhere(s, (k) => {
    const qualification = rows[SETTLE_ROW * k + 3]!;
    return qualification >= 0 && !e.qualifications.met(held, qualification);
  });
}

/** The shapes (see {@link shapesWhere}) of more hours than `maxH`. */
function tooLong(s: SettledShapes, maxH: number): Int32Array {
  const hours = s.hours;
  return shapesWhere(s, (k) => hours[k]! > maxH);
}

/** The carvable shapes whose carving masks and hours rule out a carved job (`ruledOutAt`). */
function ruledOut(
  e: Engine,
  words: number,
  ex0: number,
  ex1: number,
  maxH: number,
  fewest: number,
): Int32Array {
  const set = new Int32Array(words);
  const carvable = e.carvable;
  const rows = carvable.rows;
  for (let k = 0, at = 0; k < carvable.count; k++, at += CARVABLE_ROW) {
    if (!ruledOutAt(carvable, k, ex0, ex1, maxH, fewest)) continue;
    const sid = rows[at]!;
    set[sid >>> 5]! |= 1 << (sid & 31);
  }
  return set;
}
