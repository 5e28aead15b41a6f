/** A dense matrix stored row-major in one typed array: cell `[y][x]` is `data[y * cols + x]`. */
export interface MatrixData {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** A dense cost (or profit) matrix: an array of equal-length rows, or {@link MatrixData}. */
export type CostMatrix = readonly (readonly number[])[] | MatrixData;

import type { RunOptions } from '../_internal/guard.js';

/** Options every long-running solver takes (progress in rows or proposals). */
export type { RunOptions };

/** Options of {@link solveAssignment}. */
export interface DenseOptions extends RunOptions {
  /**
   * Maximise the total instead of minimising it. Forbidden pairs are then `-Infinity`.
   * @default false
   */
  maximize?: boolean | undefined;
  /**
   * Also return the dual variables (an optimality certificate). Only for matrices without forbidden pairs.
   * @default false
   */
  duals?: boolean | undefined;
}

/**
 * Dual variables of a dense assignment. Minimising: `u[y] + v[x] <= matrix[y][x]` for every pair, with
 * equality on assigned pairs; in a non-square matrix the duals of the longer side are `<= 0`, and `0`
 * where that row or column is unassigned. Maximising: the same with every inequality reversed. Then
 * `sum(u) + sum(v)` equals the total, which proves the assignment optimal.
 */
export interface Duals {
  readonly u: Float64Array;
  readonly v: Float64Array;
}

/** An assignment of rows to columns. `-1` marks an unassigned row or column. */
export interface AssignmentResult {
  /** Column assigned to each row, or `-1`. */
  readonly rowToCol: Int32Array;
  /** Row assigned to each column, or `-1`. */
  readonly colToRow: Int32Array;
  /** Sum of the matrix entries (or edge weights) of the assigned pairs. */
  readonly total: number;
  /** Dual variables, when asked for with `{ duals: true }` on a matrix without forbidden pairs. */
  readonly duals?: Duals | undefined;
}

/**
 * A sparse bipartite graph in compressed sparse row (CSR) form: the edges of row `y` are
 * `targets[k]` with weight `weights[k]` for `offsets[y] <= k < offsets[y + 1]`.
 */
export interface SparseGraph {
  readonly rows: number;
  readonly cols: number;
  /** `rows + 1` non-decreasing edge offsets, starting at 0 and ending at the number of edges. */
  readonly offsets: ArrayLike<number>;
  /** Column index of each edge, `0 <= target < cols`, no column twice in one row. */
  readonly targets: ArrayLike<number>;
  /** Finite weight of each edge. */
  readonly weights: ArrayLike<number>;
}

/** Preferences and capacities of a two-sided matching market (hospital/resident problem). */
export interface StableMatchInput {
  /** `candidatePrefs[c]`: vacancy indices that candidate `c` accepts, most preferred first. */
  readonly candidatePrefs: readonly (readonly number[])[];
  /** `vacancyPrefs[v]`: candidate indices that vacancy `v` accepts, most preferred first. */
  readonly vacancyPrefs: readonly (readonly number[])[];
  /** Places per vacancy (non-negative integers). @default 1 for every vacancy */
  readonly capacities?: readonly number[] | undefined;
}

/** Options of {@link stableMatch}. */
export interface StableMatchOptions extends RunOptions {
  /**
   * The side that proposes; the result is the stable matching that is best for that side.
   * @default 'candidates'
   */
  proposing?: 'candidates' | 'vacancies' | undefined;
}

/** A stable matching with capacities. */
export interface StableMatchResult {
  /** Vacancy of each candidate, or `-1`. */
  readonly candidateToVacancy: Int32Array;
  /** Candidates placed at each vacancy, in the vacancy's order of preference. */
  readonly vacancyToCandidates: readonly Int32Array[];
  /** The side for which this is the optimal stable matching (every member weakly prefers it to any other). */
  readonly optimalFor: 'candidates' | 'vacancies';
  /** Number of proposals made. */
  readonly proposals: number;
}

/** A pair that would both rather be matched to each other than keep their current match. */
export interface BlockingPair {
  readonly candidate: number;
  readonly vacancy: number;
}
