export {
  hasPriority,
  PRIORITY_RULES,
  type PriorityFields,
  type PriorityRule,
  priorityRuleSchema,
} from '../domain/priority-rules.js';
export { type AssignOptions, type AssignResult, assign, type Placement, type Unplaced } from './assign.js';
export { type PlacementChange, type ReassignOptions, type ReassignResult, reassign } from './reassign.js';
