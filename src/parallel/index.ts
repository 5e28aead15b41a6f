export { type AssignInParallelOptions, assignInParallel } from './assign-parallel.js';
