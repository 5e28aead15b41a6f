export { solveAssignment } from './dense/solve.js';
export { solveSparseAssignment } from './sparse/solve.js';
export { blockingPairs, stableMatch } from './stable.js';
export type {
  AssignmentResult,
  BlockingPair,
  CostMatrix,
  DenseOptions,
  Duals,
  MatrixData,
  RunOptions,
  SparseGraph,
  StableMatchInput,
  StableMatchOptions,
  StableMatchResult,
} from './types.js';
