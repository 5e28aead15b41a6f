export { type Bundle, type BundleItem, type BundleProblem, solveBundle } from './bundle.js';
export { carveJob } from './carve.js';
export { type CarveAllOptions, type CarveAllResult, carveAll, type RemainingVacancy } from './carve-all.js';
export type {
  CarvableTask,
  CarvedJob,
  CarvedTask,
  CarveOptions,
  CarveResult,
  CarvingObjective,
  TaskVerdict,
} from './carve-types.js';
export {
  type CaoScale,
  type CarvedJobWage,
  caoScaleSchema,
  carvedJobWage,
  checkDisplacement,
  type DisplacementCheck,
  type DisplacementFlag,
  type DisplacementOptions,
  type FreedHours,
} from './fair-work.js';
