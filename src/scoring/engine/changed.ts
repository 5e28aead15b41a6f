import { commuteUpperBound, PREFERENCE_BY_MISMATCH, preferenceMismatch } from './evaluator.js';
import type { Engine } from './state.js';

// What `whyNot` asks of the engine to size a change: the bound the engine first prunes a pair by
// (a changed job compiled once is evaluated by `evaluateAt`, evaluator.ts).

/**
 * The first bound `evaluate` prunes pair (`ci`, `vi`) by, whatever its commute limit: the commute
 * component by the chord, the preferences on sector and occupation, every other component at 1.
 * Every later bound and the score itself are no higher, so when this stays below a floor by more
 * than the slack (and 1e-12 for the order of the sums), `evaluate` with that floor returns false. A
 * changed copy of the vacancy at the same place, sector and occupation, or of the candidate with the
 * same home and preferences, has the same bound (`whyNot` sizing a change).
 */
export function openingBound(e: Engine, ci: number, vi: number): number {
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
      e.wPreferences * pref +
      e.wCapability +
      e.wSkills +
      e.wHours +
      e.wEconomics) /
    e.weightTotal
  );
}
