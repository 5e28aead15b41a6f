import { BanenmatchError } from '../../errors.js';
import type { WhyNotOptions } from './types.js';

/** @internal `whyNot`'s options with their defaults, checked. */
export function resolveWhyNotOptions(o: WhyNotOptions | null | undefined): { extraKm: number; k: number } {
  const extraKm = o?.extraKm ?? 10;
  const k = o?.k ?? 5;
  if (typeof extraKm !== 'number' || !(extraKm >= 0 && extraKm <= 300)) {
    throw new BanenmatchError('INVALID_ARGUMENT', 'whyNot: `extraKm` must be a number from 0 to 300');
  }
  if (!Number.isInteger(k) || k < 0 || k > 1000) {
    throw new BanenmatchError('INVALID_ARGUMENT', 'whyNot: `k` must be a whole number from 0 to 1,000');
  }
  return { extraKm, k };
}
