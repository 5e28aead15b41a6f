export type { CheckAllOptions } from './check-all.js';
export { checkAll } from './check-all.js';
export type { CapabilityComparison, CapabilityFinding, FmlEntries, JobHours } from './compare.js';
export { compareCapabilities } from './compare.js';
export { compileDemands, compileProfiles } from './compile.js';
export type { CapabilityStatus, CompiledDemands, CompiledProfiles, DemandsInJob } from './compiled.js';
export {
  checkCompiled,
  LEVEL_STRIDE,
  MASK_STRIDE,
  marginCompiled,
  STATUS_EXCEEDS,
  STATUS_FITS,
  STATUS_SIGNAL,
} from './compiled.js';
export type {
  FmlCatalogue,
  FmlItem,
  FmlItemKind,
  FmlLevel,
  FmlRubriek,
  FmlRubriekId,
  FmlUnit,
} from './fml.js';
export { FML, fmlItem } from './fml.js';
export type { FmlIssue } from './fml-validate.js';
export { fmlIssues } from './fml-validate.js';
export type { MaxHours } from './hours.js';
export { DEFAULT_DAYS_PER_WEEK, maxHoursFromProfile } from './hours.js';
export type { JobCapabilityComparison, JobShape, TaskCapabilityResult, TaskDemands } from './job.js';
export { compareJob } from './job.js';
