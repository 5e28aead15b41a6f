/**
 * How the probability of reaching a target was settled:
 * - `reached`: the last observation (plus the scenario) is already at or above the target: 1;
 * - `out-of-reach`: even the best yearly increase seen in the history, kept up every month until the
 *   year end, stays below the target, and no simulated path reaches it either: 0 (the calibration study
 *   found the pace rule alone wrong for 18% of such targets: a record year can come);
 * - `simulated`: the share of simulated paths at or above the target, as (k + ½)/(paths + 1) so that
 *   a finite simulation never claims certainty (a Krichevsky–Trofimov/Jeffreys-style estimate).
 */
export type ProbabilityBasis = 'reached' | 'out-of-reach' | 'simulated';

/**
 * @internal The best increase over one year in the history (over 4 steps for quarterly data), per
 * month; −∞ when the history is shorter than a year.
 */
export function bestPacePerMonth(y: Float64Array, stepsPerYear: number): number {
  let best = Number.NEGATIVE_INFINITY;
  for (let t = stepsPerYear; t < y.length; t++) best = Math.max(best, y[t]! - y[t - stepsPerYear]!);
  return best / 12;
}

/** @internal The probability of reaching `target` and its basis (see {@link ProbabilityBasis}). */
export function reachProbability(
  reachedPaths: number,
  paths: number,
  target: number,
  latest: number,
  bestPerMonth: number,
  months: number,
): { probability: number; basis: ProbabilityBasis } {
  if (latest >= target) return { probability: 1, basis: 'reached' };
  const atBestPace = latest + Math.max(0, bestPerMonth) * months;
  if (reachedPaths === 0 && Number.isFinite(bestPerMonth) && atBestPace < target) {
    return { probability: 0, basis: 'out-of-reach' };
  }
  return { probability: (reachedPaths + 0.5) / (paths + 1), basis: 'simulated' };
}
