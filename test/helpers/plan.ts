/** Shared test fixture: a hand-made target plan, 25.5 hours a job, with the years a test needs. */
import type { Observation, TargetPlan } from 'banenmatch';

/** The plan "Testplan" (id `t`) over `years`. */
export function testPlan(years: TargetPlan['years']): TargetPlan {
  return { id: 't', name: 'Testplan', source: 'hand-made', unitHours: 25.5, years };
}

/**
 * Market grows exactly 10 a year from 2020 to 2023, government stays at 5: drift and naive have σ = 0,
 * so every simulated path is the mean.
 */
export const EXACT_GROWTH: readonly Observation[] = [
  { year: 2020, market: 10, government: 5 },
  { year: 2021, market: 20, government: 5 },
  { year: 2022, market: 30, government: 5 },
  { year: 2023, market: 40, government: 5 },
];
