export type { HoursWindow, TaskFit } from './hard-rules.js';
export {
  commuteRule,
  hoursRule,
  hoursWindow,
  judgedItems,
  qualificationRule,
  taskFit,
  unassessedItems,
} from './hard-rules.js';
export type { FoundJob } from './job.js';
export { findJob } from './job.js';
export type { ReferenceContext } from './score.js';
export { referenceContext, referenceScore } from './score.js';
export type {
  CapabilityExceedance,
  CapabilityVerdict,
  CarvingOutcome,
  CommuteVerdict,
  HardRuleCode,
  HoursLimit,
  HoursVerdict,
  MinScoreVerdict,
  QualificationVerdict,
  ReferenceJob,
  ReferenceResult,
  ReferenceTask,
  Verdict,
  VerdictCode,
} from './verdicts.js';
