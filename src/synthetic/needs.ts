import type { Random } from '../_internal/random.js';
import { COMPARED_ITEMS, compareCodes, type FmlEntries, type Tally } from '../capability/compare.js';
import { type TaskKind, taskKind } from '../catalogue/task-kinds.js';
import { REGION_INDUSTRIES, REGION_SUPPORT_KINDS, regionOccupationsIn } from './catalogue-slice.js';

// The FML needs of the synthetic region's people are drawn from limitations that real work in the
// region can meet: at least one task kind of the region's jobs tolerates the code (or meets the
// condition), so that no person is unmatchable because of a gap in the catalogue. Derived from the
// catalogue when the module loads; nothing is listed by hand.

/** Task kinds the region's jobs are made of: its occupations' tasks and the extra supporting tasks. */
const REGION_KINDS: readonly TaskKind[] = [
  ...new Set([
    ...REGION_INDUSTRIES.flatMap((i) => regionOccupationsIn(i.id).flatMap((o) => o.tasks.map((t) => t.kind))),
    ...REGION_SUPPORT_KINDS,
  ]),
].map((id) => taskKind(id)!);

/** Items on which a profile exceeds what a task kind tolerates (none: the kind fits the profile). */
function exceeded(profile: FmlEntries, kind: TaskKind): Set<string> {
  const t: Tally = { exceedances: [], signals: [], room: 1 };
  compareCodes(profile, kind.demands, t);
  return new Set(t.exceedances.map((e) => e.itemId));
}

function fitsSome(profile: FmlEntries): boolean {
  return REGION_KINDS.some((k) => exceeded(profile, k).size === 0);
}

/** Per item, the codes (kinds, conditions) a person can have that at least one region task kind meets. */
const MEETABLE: ReadonlyMap<string, ReadonlySet<number>> = new Map(
  COMPARED_ITEMS.map((item) => {
    const list = item.kind === 'nominal' || item.kind === 'conditions';
    const codes = item.levels
      .map((l) => l.code)
      .filter((c) => c > 0 && fitsSome({ [item.id]: list ? [c] : c }));
    return [item.id, new Set(codes)];
  }),
);

/**
 * @internal A profile drawn from the patterns, kept to what the region's work can meet. Item by item:
 * an ordinal code lowered to the highest code some region task tolerates; a kind or condition no
 * region task tolerates or meets left out; a set of conditions trimmed (from its highest code) until
 * one region task meets all of them. Then as a whole: when no region task fits the combination, the
 * limitations are eased on the items where the nearest task (fewest items exceeded; the first in
 * catalogue order on a tie) exceeds them, to what that task tolerates, so the person can do at least
 * one kind of the region's work. Draws nothing: no stream is touched.
 */
export function meetableProfile(
  profile: Record<string, number | number[]>,
): Record<string, number | number[]> {
  const out: Record<string, number | number[]> = {};
  for (const [id, value] of Object.entries(profile)) {
    const ok = MEETABLE.get(id);
    if (ok === undefined) {
      out[id] = value; // not compared with tasks (IV.1, IV.2)
    } else if (Array.isArray(value)) {
      const codes = value.filter((c) => ok.has(c));
      while (codes.length > 0 && !fitsSome({ [id]: codes })) codes.pop();
      if (codes.length > 0) out[id] = codes;
    } else {
      let code = value;
      while (code > 0 && !ok.has(code)) code--;
      if (code > 0) out[id] = code;
    }
  }
  return fitsSome(out) ? out : easedTo(out, nearestKind(out));
}

function nearestKind(profile: FmlEntries): TaskKind {
  let best = REGION_KINDS[0]!;
  let fewest = Infinity;
  for (const k of REGION_KINDS) {
    const n = exceeded(profile, k).size;
    if (n < fewest) [best, fewest] = [k, n];
  }
  return best;
}

/** The profile with every item the kind exceeds eased to what the kind tolerates or meets. */
function easedTo(
  profile: Record<string, number | number[]>,
  kind: TaskKind,
): Record<string, number | number[]> {
  const out = { ...profile };
  for (const id of exceeded(profile, kind)) {
    const value = out[id]!;
    const demand = kind.demands[id];
    const allowed = demand === undefined ? [] : typeof demand === 'number' ? [demand] : demand;
    const eased = Array.isArray(value)
      ? value.filter((c) => allowed.includes(c))
      : Math.min(value, allowed[0] ?? 0);
    if (Array.isArray(eased) ? eased.length === 0 : eased === 0) delete out[id];
    else out[id] = eased;
  }
  return out;
}

/**
 * @internal Limitations on items the catalogue assesses since issue 18 (dust, skin, posture, hand use,
 * evenings and nights, allergy), drawn at low rates from their own stream (`random`, a fixed six draws
 * a person so that one person's draws never shift another's) and added to `profile` in place. The
 * rates are assumptions, set low and tied to the patterns where the FML practice ties them: a physical
 * pattern (lifting limited) makes posture and hand limitations likelier; a psychological one (needs
 * few interruptions) or an hours limitation makes "niet 's nachts" likelier (sleep rhythm, medication).
 */
export function drawExtraNeeds(random: Random, profile: Record<string, number | number[]>): void {
  const u = Array.from({ length: 6 }, () => random());
  const physical = profile['IV.13'] !== undefined;
  const psychological = Array.isArray(profile['I.8']) && profile['I.8'].some((c) => c === 1 || c === 3);
  const hours = profile['VI.3'] !== undefined;
  if (u[0]! < 0.04) profile['III.5'] = 1; // dust, smoke, fumes (asthma, COPD)
  if (u[1]! < 0.03) profile['III.3'] = 1; // skin contact (eczema)
  if (u[2]! < (physical ? 0.15 : 0.03)) profile['V.9'] = 1; // needs to change posture
  if (u[3]! < (physical ? 0.08 : 0.02)) profile['IV.3'] = [u[3]! < 0.01 ? 7 : 8]; // fine motor / repetitive
  const nights = psychological || hours ? 0.12 : 0.04;
  if (u[4]! < nights) profile['VI.1'] = u[4]! < nights / 5 ? [1, 2] : [2]; // not at night (and not every evening)
  if (u[5]! < 0.02) profile['III.8'] = [1]; // allergy
}
