export {
  ADAPTATIONS,
  type Adaptation,
  type AdaptationEffect,
  type AdaptationPayer,
  adaptation,
  adaptationsFor,
  adaptDemand,
  VOORZIENING_THRESHOLD,
} from './adaptations.js';
export { type DecomposeOptions, matchOccupation } from './decompose.js';
export { decomposeVacancy } from './decompose-vacancy.js';
export {
  type FindOccupationOptions,
  findOccupation,
  type OccupationCandidate,
  type OccupationMatch,
  type OccupationMatchKind,
  type OccupationNotFound,
  type OccupationNotFoundReason,
} from './find-occupation.js';
export {
  INDUSTRIES,
  type Industry,
  OCCUPATIONS,
  type Occupation,
  occupation,
  occupationsIn,
} from './occupations.js';
export { TASK_KINDS, type TaskKind, taskKind, taskName } from './task-kinds.js';
export {
  TRAININGS,
  type Training,
  type TrainingDuration,
  type TrainingFunder,
  training,
  trainingsForQualification,
  trainingsForSkill,
} from './trainings.js';
