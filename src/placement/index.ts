export { type AssignOptions, type AssignResult, assign, type Placement } from './assign.js';
