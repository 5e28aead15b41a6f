export type {
  AdaptationGap,
  CarvingGap,
  CaseloadGaps,
  CaseloadGapsOptions,
  CommuteGap,
  GapCounts,
  HoursGap,
  TrainingGap,
} from './caseload-gaps.js';
export { caseloadGaps } from './caseload-gaps.js';
export type {
  AttributeFairness,
  AuditedRun,
  FairnessAudit,
  FairnessAuditOptions,
  GroupAttributes,
  GroupFairness,
} from './fairness.js';
export { fairnessAudit } from './fairness.js';
export type { ReportForecast } from './forecast-text.js';
export type { DemandFigures, MarketAnalysis, MarketAnalysisOptions } from './market-analysis.js';
export { CAPABILITY_PATTERNS, marketAnalysis } from './market-analysis.js';
export type { SectorSwot, SupplyBreakdown } from './market-swot.js';
export type { ReportPeriod } from './period.js';
export type {
  ProgressReport,
  ProgressReportData,
  ProgressReportOptions,
  ReportPlacement,
  SectorProgress,
} from './progress-report.js';
export { progressReport } from './progress-report.js';
export type { BreakdownRow } from './run-sections.js';
