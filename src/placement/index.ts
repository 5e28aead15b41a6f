export { type AssignOptions, type AssignResult, assign, type Placement } from './assign.js';
export {
  hasPriority,
  PRIORITY_RULES,
  type PriorityRule,
  priorityRuleSchema,
} from './priority.js';
export { type PlacementChange, type ReassignOptions, type ReassignResult, reassign } from './reassign.js';
