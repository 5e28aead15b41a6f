export { mase, smape } from './accuracy.js';
export type { BacktestOptions, BacktestResult, BacktestRow, BacktestSummary } from './backtest.js';
export { backtest } from './backtest.js';
export type { SelectionRule } from './choose-model.js';
export { SELECTION_DEFAULTS } from './choose-model.js';
export type { EtsFixed } from './exponential-smoothing.js';
export { ETS_BOUNDS } from './exponential-smoothing.js';
export type { SeasonalAdjustment } from './fit-model.js';
export type {
  ForecastQuotaOptions,
  QuotaForecast,
  QuotaHistoryYear,
  QuotaRealisation,
  QuotaScenario,
  QuotaYearOutlook,
  SectorOutlook,
} from './forecast-quota.js';
export { forecastQuota } from './forecast-quota.js';
export type {
  ForecastInterval,
  ForecastSeriesOptions,
  ModelScore,
  SeriesForecast,
} from './forecast-series.js';
export { forecastSeries } from './forecast-series.js';
export type { ExtraJobs, Placement, QuotaSector } from './jobs.js';
export { extraJobs, JOB_HOURS_PER_WEEK, jobsFromHours } from './jobs.js';
export type { ModelName } from './model.js';
export { MODEL_NAMES } from './model.js';
export { NATIONAL_REALISATIONS } from './national-series.js';
export type { NelderMeadOptions, NelderMeadResult } from './optimise.js';
export { nelderMead, OPTIMISE_DEFAULTS } from './optimise.js';
export { planOn } from './plan-versions.js';
export { TARGET_PLANS } from './plans.js';
export type { ProbabilityBasis } from './reach.js';
export type { IntervalMethod } from './rolling-errors.js';
export { GROWTH_BOUNDS, INTERVAL_METHODS } from './rolling-errors.js';
export type { Observation, PlanRevision, TargetPlan, TargetPlanYear } from './schema.js';
export { observationSchema, planRevisionSchema, targetPlanSchema, targetPlanYearSchema } from './schema.js';
export type { ResidualMethod } from './simulate.js';
export type { PlanWarning, PlanWarningCode, ValidateTargetPlanOptions } from './validate-plan.js';
export { validateTargetPlan } from './validate-plan.js';
