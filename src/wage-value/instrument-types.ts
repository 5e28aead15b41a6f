import type { TargetGroup } from '../domain/schemas.js';
import type { WageValueEstimate } from './estimate.js';
import type { JobTerms, WageCandidate } from './job.js';
import type { MinimumWage } from './minimum-wage.js';
import type { WageRules } from './rules.js';

/** Instruments of the employer toolbox (covenant art. 2.4.d) this module knows. */
export type InstrumentId =
  | 'wage-cost-subsidy'
  | 'wage-cost-subsidy-flat-rate'
  | 'wage-dispensation'
  | 'no-risk-policy'
  | 'lkv'
  | 'job-coaching'
  | 'trial-placement'
  | 'workplace-adaptation'
  | 'sheltered-work';

/** Whether one instrument applies to a candidate in a job, why, and for how much and how long. */
export interface Instrument {
  id: InstrumentId;
  /** Dutch name as employers and job coaches know it. */
  name: string;
  applies: boolean;
  /** Words a job coach reads. */
  reason: string;
  /** Euros a month to (or saved by) the employer; full precision. */
  amountPerMonth?: number | undefined;
  amountPerYear?: number | undefined;
  /** Months the instrument runs; `Infinity` = no limit while the conditions hold. */
  durationMonths?: number | undefined;
  /** Article of law or regulation. */
  source: string;
}

/** Options of {@link instrumentsFor} and {@link employerEconomics}. */
export interface InstrumentOptions {
  /** Override of {@link WAGE_RULES}. */
  rules?: Partial<WageRules> | undefined;
  /** A minimum-wage table to use instead of {@link MINIMUM_WAGE_TABLE}. */
  minimumWageTable?: readonly MinimumWage[] | undefined;
}

/** @internal Everything the instrument rules need, computed once. */
export interface Context {
  candidate: WageCandidate;
  group: TargetGroup;
  job: JobTerms;
  iso: string;
  rules: WageRules;
  wml: MinimumWage;
  estimate: WageValueEstimate;
  options: InstrumentOptions;
}
