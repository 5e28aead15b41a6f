/**
 * banenmatch — match people with an occupational disability to regular jobs: FML capabilities,
 * wage value and instruments, job carving, global assignment and the banenafspraak quota forecast.
 * This file only re-exports; every public name is listed, types apart from values.
 */

export type { Industry, Occupation, TaskKind } from './catalogue/index.js';
// Catalogue of task kinds and occupations
export {
  INDUSTRIES,
  OCCUPATIONS,
  occupation,
  occupationsIn,
  TASK_KINDS,
  taskKind,
} from './catalogue/index.js';
export type {
  Candidate,
  CandidateInput,
  CapabilityDemands,
  CapabilityProfile,
  Employer,
  EmployerInput,
  HoursWindow,
  Location,
  ParseResult,
  Preferences,
  Region,
  Sector,
  TargetGroup,
  Task,
  TaskInput,
  Vacancy,
  VacancyInput,
} from './domain/index.js';
// Domain: the input contract
export {
  candidateSchema,
  capabilityDemandsSchema,
  capabilityProfileSchema,
  employerSchema,
  locationSchema,
  MAX_HOURS_PER_WEEK,
  NETHERLANDS_BBOX,
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
export type { ErrorCode, ValidationIssue } from './errors.js';
// Errors
export {
  AbortError,
  BanenmatchError,
  formatPath,
  isBanenmatchError,
  isValidationError,
  ValidationError,
} from './errors.js';
export type { GenerateRegionOptions, Municipality } from './synthetic/index.js';
// Synthetic region
export { GOOI_EN_VECHTSTREEK, generateRegion } from './synthetic/index.js';

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
