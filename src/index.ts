/**
 * banenmatch — match people with an occupational disability to regular jobs: FML capabilities,
 * wage value and instruments, job carving, global assignment and the banenafspraak quota forecast.
 * This file only re-exports; every public name is listed, types apart from values.
 */

export type {
  AssignmentResult,
  BlockingPair,
  CostMatrix,
  DenseOptions,
  Duals,
  MatrixData,
  RunOptions,
  SparseGraph,
  StableMatchInput,
  StableMatchOptions,
  StableMatchResult,
} from './assignment/index.js';
// Global assignment: numbers only, and the domain layer over a matcher
export { blockingPairs, solveAssignment, solveSparseAssignment, stableMatch } from './assignment/index.js';
export type {
  CapabilityComparison,
  CapabilityFinding,
  DemandsInJob,
  FmlCatalogue,
  FmlEntries,
  FmlIssue,
  FmlItem,
  FmlItemKind,
  FmlLevel,
  FmlRubriek,
  FmlRubriekId,
  FmlUnit,
  JobCapabilityComparison,
  JobHours,
  JobShape,
  MaxHours,
  TaskCapabilityResult,
  TaskDemands,
} from './capability/index.js';
// Capabilities: the FML catalogue and the comparison of a person with a task
export {
  compareCapabilities,
  compareJob,
  DEFAULT_DAYS_PER_WEEK,
  FML,
  fmlIssues,
  fmlItem,
  maxHoursFromProfile,
} from './capability/index.js';
export type {
  Bundle,
  BundleItem,
  BundleProblem,
  CaoScale,
  CarvableTask,
  CarveAllOptions,
  CarveAllResult,
  CarvedJob,
  CarvedJobWage,
  CarvedTask,
  CarveOptions,
  CarveResult,
  CarvingObjective,
  DisplacementCheck,
  DisplacementFlag,
  DisplacementOptions,
  RemainingVacancy,
  TaskVerdict,
} from './carving/index.js';
// Job carving (jobcarving, Inclusief Herontwerp Werk)
export {
  caoScaleSchema,
  carveAll,
  carvedJobWage,
  carveJob,
  checkDisplacement,
  solveBundle,
} from './carving/index.js';
export type {
  DecomposeOptions,
  FindOccupationOptions,
  Industry,
  Occupation,
  OccupationCandidate,
  OccupationMatch,
  OccupationMatchKind,
  OccupationNotFound,
  OccupationNotFoundReason,
  TaskKind,
} from './catalogue/index.js';
// Catalogue of task kinds and occupations
export {
  decomposeVacancy,
  findOccupation,
  INDUSTRIES,
  matchOccupation,
  OCCUPATIONS,
  occupation,
  occupationsIn,
  TASK_KINDS,
  taskKind,
  taskName,
} from './catalogue/index.js';
export type {
  AgeBand,
  Benefit,
  Candidate,
  CandidateInput,
  CapabilityDemands,
  CapabilityProfile,
  EducationLevel,
  Employer,
  EmployerInput,
  HoursWindow,
  Location,
  ParseOptions,
  ParseResult,
  Preferences,
  QualificationCheck,
  Region,
  Sector,
  TargetGroup,
  Task,
  TaskInput,
  UnknownFieldsMode,
  Vacancy,
  VacancyInput,
} from './domain/index.js';
// Domain: the input contract
export {
  ageBandSchema,
  benefitSchema,
  COMMUTE_DEFAULTS,
  candidateSchema,
  capabilityDemandsSchema,
  capabilityProfileSchema,
  commuteLimitKm,
  educationLevelSchema,
  employerSchema,
  locationSchema,
  MAX_HOURS_PER_WEEK,
  meetsQualification,
  parseCandidates,
  parseEmployers,
  parseRegion,
  parseVacancies,
  safeParseCandidates,
  safeParseEmployers,
  safeParseRegion,
  safeParseVacancies,
  sectorSchema,
  TASK_HOURS_TOLERANCE,
  targetGroupSchema,
  taskSchema,
  vacancySchema,
} from './domain/index.js';
export type { ErrorCode, ValidationIssue, ValidationIssueCode } from './errors.js';
// Errors
export {
  AbortError,
  BanenmatchError,
  formatPath,
  isBanenmatchError,
  isValidationError,
  ValidationError,
} from './errors.js';
// Geography: the bounding box of the input contract and great-circle distances
export { haversineKm, NETHERLANDS_BBOX } from './geo/index.js';
export type { JobPostingImport, JobPostingOptions } from './job-posting/index.js';
// Import of schema.org JobPosting
export { fromJobPosting } from './job-posting/index.js';
export type {
  BaselineCount,
  ExtraJobsAtOptions,
  Ledger,
  LedgerOptions,
  LedgerPlacement,
  OpeningStock,
  PeriodMeasure,
  PlacementKind,
  PlacementRecord,
  QuarterJobs,
  QuarterOptions,
  RetentionCell,
  RetentionOptions,
  RetentionResult,
  RetentionScope,
  SecondmentCount,
  ToObservedOptions,
  YearJobs,
  YearOptions,
} from './ledger/index.js';
// Placement ledger: realised placements → extra jobs, retention, the observed series
export {
  addPlacement,
  againstBaseline,
  createLedger,
  endPlacement,
  extraJobsAt,
  extraJobsByQuarter,
  extraJobsByYear,
  LEDGER_MAX_HOURS_PER_WEEK,
  ledgerToJSON,
  parseLedger,
  placementRecordSchema,
  retention,
  safeParseLedger,
  toObserved,
} from './ledger/index.js';
export { type AssignInParallelOptions, assignInParallel } from './parallel/index.js';
export type {
  AssignOptions,
  AssignResult,
  Placement as ProposedPlacement,
  PlacementChange,
  PriorityRule,
  ReassignOptions,
  ReassignResult,
  Unplaced,
} from './placement/index.js';
export { assign, hasPriority, PRIORITY_RULES, priorityRuleSchema, reassign } from './placement/index.js';
export type {
  JsonValue,
  PseudonymEncoding,
  PseudonymizeOptions,
  RunRecord,
  RunRecordOptions,
} from './privacy/index.js';
// Privacy and run records (EU AI Act art. 12)
export {
  canonicalJson,
  createRunRecord,
  isValidBsn,
  MIN_PSEUDONYM_KEY_BYTES,
  pseudonymizeBsn,
  sha256Hex,
} from './privacy/index.js';
export type {
  BacktestOptions,
  BacktestResult,
  BacktestRow,
  BacktestSummary,
  EtsFixed,
  ExtraJobs,
  ForecastInterval,
  ForecastQuotaOptions,
  ForecastSeriesOptions,
  IntervalMethod,
  ModelName,
  ModelScore,
  Observation,
  Placement,
  PlanRevision,
  PlanWarning,
  PlanWarningCode,
  ProbabilityBasis,
  QuotaForecast,
  QuotaHistoryYear,
  QuotaRealisation,
  QuotaScenario,
  QuotaSector,
  QuotaYearOutlook,
  ResidualMethod,
  SeasonalAdjustment,
  SectorOutlook,
  SelectionRule,
  SeriesForecast,
  TargetPlan,
  TargetPlanYear,
  ValidateTargetPlanOptions,
} from './quota/index.js';
// Quota: extra jobs, target plans, forecasts (banenafspraak)
export {
  backtest,
  ETS_BOUNDS,
  extraJobs,
  forecastQuota,
  forecastSeries,
  GROWTH_BOUNDS,
  INTERVAL_METHODS,
  JOB_HOURS_PER_WEEK,
  jobsFromHours,
  MODEL_NAMES,
  mase,
  NATIONAL_REALISATIONS,
  observationSchema,
  planOn,
  planRevisionSchema,
  SELECTION_DEFAULTS,
  smape,
  TARGET_PLANS,
  targetPlanSchema,
  targetPlanYearSchema,
  validateTargetPlan,
} from './quota/index.js';
export type {
  AdaptationGap,
  AttributeFairness,
  AuditedRun,
  BreakdownRow,
  CarvingGap,
  CaseloadGaps,
  CaseloadGapsOptions,
  CommuteGap,
  DemandFigures,
  FairnessAudit,
  FairnessAuditOptions,
  GapCounts,
  GroupAttributes,
  GroupFairness,
  HoursGap,
  MarketAnalysis,
  MarketAnalysisOptions,
  ProgressReport,
  ProgressReportData,
  ProgressReportOptions,
  ReportForecast,
  ReportPeriod,
  ReportPlacement,
  SectorProgress,
  SectorSwot,
  SupplyBreakdown,
  TrainingGap,
} from './report/index.js';
// Reports: progress against the covenant, fairness audit, what would open more placements
export {
  CAPABILITY_PATTERNS,
  caseloadGaps,
  fairnessAudit,
  marketAnalysis,
  progressReport,
} from './report/index.js';
export type {
  CarvedMatchJob,
  ComponentName,
  Exclusion,
  Match,
  Matcher,
  NearMiss,
  NearMissPayer,
  PairResult,
  RankAllOptions,
  RankOptions,
  ScoreComponent,
  Shortlist,
  WhyNot,
  WhyNotOptions,
  WhyNotTally,
} from './scoring/matcher.js';
// The matcher: explained scores, ranking both ways
export { createMatcher } from './scoring/matcher.js';
export type { MatcherOptions, ResolvedMatcherOptions, Weights } from './scoring/options.js';
export { matcherOptionsSchema, weightsSchema } from './scoring/options.js';
export type { SkillMatch, SkillVocabulary } from './scoring/skills.js';
export { compareSkills, createSkillVocabulary, mapSkill, skillLabel } from './scoring/skills.js';
export type { GenerateRegionOptions, Municipality } from './synthetic/index.js';
// Synthetic region
export { GOOI_EN_VECHTSTREEK, generateRegion } from './synthetic/index.js';
export { LIBRARY_NAME, VERSION } from './version.js';
export type {
  Dated,
  EmployerEconomics,
  EstimatedTask,
  Instrument,
  InstrumentId,
  InstrumentOptions,
  JobTerms,
  LkvFigures,
  MainTaskMeasurement,
  MainTaskResult,
  MinimumWage,
  TaskHours,
  WageCandidate,
  WageCostSubsidy,
  WageCostSubsidyInput,
  WageRegime,
  WageRules,
  WageValueAssessment,
  WageValueBasis,
  WageValueEstimate,
  WageValueInput,
} from './wage-value/index.js';
// Wage value (loonwaarde) and the instruments
export {
  assessWageValue,
  employerEconomics,
  estimateWageValue,
  HOURS_PER_MONTH_36,
  instrumentsFor,
  MAX_MAIN_TASKS,
  MIN_MAIN_TASK_HOURS_PER_DAY,
  MIN_MAIN_TASK_SHARE,
  MINIMUM_WAGE_TABLE,
  minimumWageOn,
  WAGE_RULES,
  wageCostSubsidy,
} from './wage-value/index.js';
