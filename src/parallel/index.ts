export { assignInParallel } from './assign-parallel.js';
export type { AssignInParallelOptions } from './options.js';
