import { toIsoDate } from './dated.js';
import { estimateWithRules } from './estimate.js';
import {
  dispensationRule,
  flatRateRule,
  jobCoachingRule,
  lkvRule,
  noRiskRule,
  shelteredWorkRule,
  trialPlacementRule,
  wageCostSubsidyRule,
  workplaceAdaptationRule,
} from './instrument-rules.js';
import type { Context, Instrument, InstrumentOptions } from './instrument-types.js';
import { checkWageCandidate, type JobTerms, validateJob, type WageCandidate } from './job.js';
import { MINIMUM_WAGE_TABLE, minimumWageOn } from './minimum-wage.js';
import { withRules } from './rules.js';
import { checkedOptions, instrumentOptionsSchema } from './wage-options.js';

/**
 * Which instruments of the employer toolbox (covenant art. 2.4.d) apply to a candidate in a job on a
 * date, with amounts and durations: wage-cost subsidy (LKS, Pwet art. 10d) and its flat rate,
 * loondispensatie (Wajong art. 2:20), no-risk policy (ZW art. 29b), LKV banenafspraak (Wtl art.
 * 2.10–2.13), job coaching (Pwet art. 10da; UWV), trial placement (Pwet art. 6 sub h; UWV),
 * workplace adaptation (WIA art. 35; Pwet art. 10) and beschut werk (Pwet art. 10b). Amounts rest on the
 * candidate's wage value estimated on the job's tasks ({@link estimateWageValue}).
 *
 * @param candidate - `id`, `targetGroup`, optional `wageValue` and `taskPerformance`.
 * @param job - `{ hoursPerWeek, tasks?, wagePerHour?, contractMonths?, sector? }`.
 * @param date - Start date of the job (ISO `YYYY-MM-DD` or `Date`).
 * @param options - `rules` overrides {@link WAGE_RULES}; `minimumWageTable` replaces the WML table.
 * @returns One entry per instrument, in a fixed order, each with `applies` and a reason.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws {ValidationError} `VALIDATION` for negative hours or a wage; {@link BanenmatchError}
 *   `NO_DATA_FOR_DATE` for a date before the WML table (2015-01-01).
 * @example
 * instrumentsFor({ id: 'c1', targetGroup: 'participatiewet', wageValue: 0.6 }, { hoursPerWeek: 36 }, '2026-01-01')
 *   .find((i) => i.id === 'wage-cost-subsidy')?.amountPerMonth // ≈ 1,224.11
 */
export function instrumentsFor(
  candidate: WageCandidate,
  job: JobTerms,
  date: string | Date,
  options?: InstrumentOptions,
): Instrument[] {
  checkWageCandidate(candidate, 'instrumentsFor');
  validateJob(job, `instrumentsFor(${candidate.id})`);
  const o = checkedOptions(instrumentOptionsSchema, options, 'instrumentsFor');
  const rules = withRules(o.rules);
  const iso = toIsoDate(date, 'instrumentsFor(date)');
  const ctx: Context = {
    candidate,
    group: candidate.targetGroup,
    job,
    iso,
    rules,
    wml: minimumWageOn(iso, o.minimumWageTable ?? MINIMUM_WAGE_TABLE),
    estimate: estimateWithRules(candidate, job.tasks, rules),
    options: o,
  };
  return [
    wageCostSubsidyRule(ctx),
    flatRateRule(ctx),
    dispensationRule(ctx),
    noRiskRule(ctx),
    lkvRule(ctx),
    jobCoachingRule(ctx),
    trialPlacementRule(ctx),
    workplaceAdaptationRule(ctx),
    shelteredWorkRule(ctx),
  ];
}
