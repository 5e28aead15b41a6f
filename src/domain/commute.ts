import { expectRecord, isRecord } from '../_internal/guard.js';
import { BanenmatchError } from '../errors.js';
import type { Candidate } from './schemas.js';

/** Defaults for the commute limit when a candidate gives none. */
export const COMMUTE_DEFAULTS: { defaultKm: number; travelLimitedKm: number } = {
  /**
   * One-way commute accepted when the candidate states no limit. 15 km: the median one-way commute
   * in the Netherlands is about 10–12 km (CBS, Mobiliteit in Nederland); a job coach's usual search
   * radius for the target group is somewhat wider.
   * @default 15
   */
  defaultKm: 15,
  /**
   * One-way commute for a candidate limited in travelling on their own (FML II.10 code ≥ 1): within
   * cycling distance or one bus line. An assumption: set it to the region's practice.
   * @default 5
   */
  travelLimitedKm: 5,
};

/**
 * The longest one-way commute a candidate accepts: their own `maxCommuteKm` when given, otherwise a
 * default that is shorter for a candidate limited in travelling (FML II.10).
 *
 * @example
 * commuteLimitKm({ ...candidate, maxCommuteKm: undefined, capabilities: { 'II.10': 1 } }) // 5
 */
export function commuteLimitKm(
  candidate: Pick<Candidate, 'maxCommuteKm' | 'capabilities'>,
  defaults: { defaultKm: number; travelLimitedKm: number } = COMMUTE_DEFAULTS,
): number {
  expectRecord(candidate, 'commuteLimitKm', 'candidate');
  const own = candidate.maxCommuteKm;
  if (own !== undefined) {
    if (typeof own !== 'number' || !(own >= 0) || !Number.isFinite(own)) {
      throw new BanenmatchError(
        'INVALID_ARGUMENT',
        'commuteLimitKm: `maxCommuteKm` must be a finite number ≥ 0',
      );
    }
    return own;
  }
  if (!isRecord(candidate.capabilities)) return defaults.defaultKm;
  const travel = candidate.capabilities['II.10'];
  return typeof travel === 'number' && travel > 0 ? defaults.travelLimitedKm : defaults.defaultKm;
}
