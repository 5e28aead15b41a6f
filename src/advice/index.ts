export {
  type AdviceInput,
  type ApplyChangeOptions,
  applyChange,
} from './apply-change.js';
export {
  type AdaptationChange,
  adaptationChangeSchema,
  type CommuteChange,
  commuteChangeSchema,
  type DropTaskChange,
  dropTaskChangeSchema,
  type HoursChange,
  hoursChangeSchema,
  type NearMissChange,
  type NearMissChangeKind,
  nearMissChangeSchema,
  type TrainingChange,
  trainingChangeSchema,
} from './change.js';
export { type DescribeContext, describeChange } from './describe-change.js';
export { adaptationsLifting, admits } from './lift.js';
