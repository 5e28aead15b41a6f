/**
 * banenmatch — match people with an occupational disability to regular jobs: FML capabilities,
 * wage value and instruments, job carving, global assignment and the banenafspraak quota forecast.
 * This file only re-exports; every public value is listed here, every public type in `types.ts`.
 */

// Global assignment: numbers only, and the domain layer over a matcher
export { blockingPairs, solveAssignment, solveSparseAssignment, stableMatch } from './assignment/index.js';
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
// Job carving (jobcarving, Inclusief Herontwerp Werk)
export {
  caoScaleSchema,
  carveAll,
  carvedJobWage,
  carveJob,
  checkDisplacement,
  solveBundle,
} from './carving/index.js';
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
// Import of schema.org JobPosting
export { fromJobPosting } from './job-posting/index.js';
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
export { assignInParallel } from './parallel/index.js';
export { assign, hasPriority, PRIORITY_RULES, priorityRuleSchema, reassign } from './placement/index.js';
// Privacy and run records (EU AI Act art. 12)
export {
  canonicalJson,
  createRunRecord,
  isValidBsn,
  MIN_PSEUDONYM_KEY_BYTES,
  pseudonymizeBsn,
  sha256Hex,
} from './privacy/index.js';
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
// Reports: progress against the covenant, fairness audit, what would open more placements
export {
  CAPABILITY_PATTERNS,
  caseloadGaps,
  fairnessAudit,
  marketAnalysis,
  progressReport,
} from './report/index.js';
// The matcher: explained scores, ranking both ways
export { createMatcher } from './scoring/matcher.js';
export { matcherOptionsSchema, weightsSchema } from './scoring/options.js';
export { compareSkills, createSkillVocabulary, mapSkill, skillLabel } from './scoring/skills.js';
// Synthetic region
export { GOOI_EN_VECHTSTREEK, generateRegion } from './synthetic/index.js';
// Every public type, listed by name per module in types.ts
export type * from './types.js';
export { LIBRARY_NAME, VERSION } from './version.js';
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
