export type { MainTaskMeasurement, MainTaskResult, WageValueAssessment, WageValueInput } from './assess.js';
export {
  assessWageValue,
  MAX_MAIN_TASKS,
  MIN_MAIN_TASK_HOURS_PER_DAY,
  MIN_MAIN_TASK_SHARE,
} from './assess.js';
export type { Dated } from './dated.js';
export type { EmployerEconomics, WageRegime } from './economics.js';
export { employerEconomics } from './economics.js';
export type { EstimatedTask, WageValueBasis, WageValueEstimate } from './estimate.js';
export { estimateWageValue } from './estimate.js';
export type { Instrument, InstrumentId, InstrumentOptions } from './instrument-types.js';
export { instrumentsFor } from './instruments.js';
export type { JobTerms, TaskHours, WageCandidate } from './job.js';
export type { MinimumWage } from './minimum-wage.js';
export { HOURS_PER_MONTH_36, MINIMUM_WAGE_TABLE, minimumWageOn } from './minimum-wage.js';
export type { LkvFigures, WageRules } from './rules.js';
export { WAGE_RULES } from './rules.js';
export type { WageCostSubsidy, WageCostSubsidyInput } from './subsidy.js';
export { wageCostSubsidy } from './subsidy.js';
