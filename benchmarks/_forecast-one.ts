/**
 * One forecast's intervals and probabilities of reaching a target from its rolling-origin error
 * profile, as the library's `empirical` and `conformal` methods make them (src/quota/rolling-errors.ts,
 * src/quota/reach.ts): shared by benchmarks/calibration.ts and benchmarks/quarterly-default.ts.
 */
import { bestPacePerMonth, type ProbabilityBasis, reachProbability } from '../src/quota/reach.js';
import { type ErrorProfile, stepScale } from '../src/quota/rolling-errors.js';

/** A method's forecast at the evaluated steps. */
export interface Forecast {
  mean: number[];
  l80: number[];
  u80: number[];
  l95: number[];
  u95: number[];
  /** P(value at evaluated step k ≥ target). */
  p: (k: number, target: number) => number;
}

/**
 * Intervals at `steps` (1-based, in steps of the series) from the point forecast `mean`, the
 * standard half-widths `q80`, `q95` and the profile's scale per step; P(reach) from the standard
 * `draws` on the same scale, through the library's certainty rules (`onBasis` hears which rule gave
 * each probability).
 */
export function forecastFromProfile(
  y: Float64Array,
  mean: Float64Array,
  profile: ErrorProfile,
  steps: readonly number[],
  m: number,
  half: { q80: number; q95: number; draws: Float64Array },
  onBasis?: (basis: ProbabilityBasis) => void,
): Forecast {
  const { q80, q95, draws } = half;
  const latest = y[y.length - 1]!;
  const pace = bestPacePerMonth(y, m);
  const out: Forecast = { mean: [], l80: [], u80: [], l95: [], u95: [], p: () => 0 };
  for (const h of steps) {
    const s = stepScale(profile, h);
    out.mean.push(mean[h - 1]!);
    out.l80.push(mean[h - 1]! - q80 * s);
    out.u80.push(mean[h - 1]! + q80 * s);
    out.l95.push(mean[h - 1]! - q95 * s);
    out.u95.push(mean[h - 1]! + q95 * s);
  }
  out.p = (k, target) => {
    const h = steps[k]!;
    const s = stepScale(profile, h);
    let count = 0;
    for (const z of draws) if (mean[h - 1]! + z * s >= target) count++;
    const r = reachProbability(count, draws.length, target, latest, pace, (12 * h) / m);
    onBasis?.(r.basis);
    return r.probability;
  };
  return out;
}
