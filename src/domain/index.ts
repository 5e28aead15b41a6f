export type { Observation, TargetPlan, TargetPlanYear } from '../quota/schema.js';
// Target plans and observations belong to the quota module; the domain lists them with the contract.
export { observationSchema, targetPlanSchema, targetPlanYearSchema } from '../quota/schema.js';
export { COMMUTE_DEFAULTS, commuteLimitKm } from './commute.js';
export type { ParseResult, Region } from './parse.js';
export {
  parseCandidates,
  parseEmployers,
  parseRegion,
  parseVacancies,
  safeParseCandidates,
  safeParseEmployers,
  safeParseRegion,
  safeParseVacancies,
} from './parse.js';
export type { ParseOptions } from './parse-options.js';
export { meetsQualification, type QualificationCheck } from './qualifications.js';
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
  Preferences,
  Sector,
  TargetGroup,
  Task,
  TaskInput,
  Vacancy,
  VacancyInput,
} from './schemas.js';
export {
  ageBandSchema,
  benefitSchema,
  candidateRecordSchema,
  candidateSchema,
  capabilityDemandsSchema,
  capabilityProfileSchema,
  educationLevelSchema,
  employerSchema,
  hoursWindowSchema,
  locationSchema,
  MAX_HOURS_PER_WEEK,
  preferencesSchema,
  sectorSchema,
  TASK_HOURS_TOLERANCE,
  targetGroupSchema,
  taskSchema,
  vacancyRecordSchema,
  vacancySchema,
} from './schemas.js';
export type { UnknownFieldsMode } from './unknown-fields.js';
