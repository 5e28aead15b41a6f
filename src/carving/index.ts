export { type Bundle, type BundleItem, type BundleProblem, solveBundle } from './bundle.js';
export {
  type CarvableTask,
  type CarvedJob,
  type CarvedTask,
  type CarveOptions,
  type CarveResult,
  type CarvingObjective,
  carveJob,
  type TaskVerdict,
} from './carve.js';
export { type CarveAllOptions, type CarveAllResult, carveAll, type RemainingVacancy } from './carve-all.js';
export { type DecomposeOptions, matchOccupation } from './decompose.js';
export { decomposeVacancy } from './decompose-vacancy.js';
export {
  type CaoScale,
  type CarvedJobWage,
  caoScaleSchema,
  carvedJobWage,
  checkDisplacement,
  type DisplacementCheck,
  type DisplacementFlag,
  type DisplacementOptions,
} from './fair-work.js';
