/** Shared test fixture: a hand-made target plan, 25.5 hours a job, with the years a test needs. */
import type { TargetPlan } from 'banenmatch';

/** The plan "Testplan" (id `t`) over `years`. */
export function testPlan(years: TargetPlan['years']): TargetPlan {
  return { id: 't', name: 'Testplan', source: 'hand-made', unitHours: 25.5, years };
}
