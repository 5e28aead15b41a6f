/** The name errors and aborts of the dense solver carry. */
export const WHAT = 'solveAssignment';

/** Calls `onProgress` about a hundred times over a run of `total` steps. */
export function progressStep(total: number): number {
  return Math.max(1, Math.floor(total / 100));
}
