import { shown } from '../_internal/guard.js';
import { BanenmatchError } from '../errors.js';
import type { CostMatrix, MatrixData } from './types.js';

/** @internal A dense problem in minimisation form with the smaller side as rows. */
export interface WorkingMatrix {
  /** Internal rows (the smaller side). */
  readonly nr: number;
  /** Internal columns. */
  readonly nc: number;
  /** True when internal rows are the caller's columns. */
  readonly transposed: boolean;
  /** Costs, row-major `nr × nc`, negated when maximising; forbidden cells hold 0. */
  readonly cost: Float64Array;
  /** 1 on forbidden cells, or `undefined` when no cell is forbidden. */
  readonly forbidden: Float64Array | undefined;
}

/** @internal An `INVALID_ARGUMENT` error. */
export function invalid(message: string): BanenmatchError {
  return new BanenmatchError('INVALID_ARGUMENT', message);
}

function isMatrixData(m: CostMatrix): m is MatrixData {
  return !Array.isArray(m);
}

/**
 * Copies a number[] row into the working array (negated when maximising, transposed if asked).
 * @returns the largest finite magnitude, or -1 when the row holds NaN or an infinity
 */
function copyArrayRow(
  row: readonly number[],
  y: number,
  cost: Float64Array,
  nc: number,
  transposed: boolean,
  sign: number,
): number {
  const cols = row.length;
  let maxAbs = 0;
  // Stryker disable next-line BooleanLiteral: a row taken for special only sends the matrix to checkCells, which gives the same result
  let special = false;
  for (let x = 0; x < cols; x++) {
    const value = row[x];
    if (typeof value !== 'number') {
      throw invalid(`solveAssignment: matrix entry at [${y}][${x}] is ${typeof value}, expected a number`);
    }
    const c = sign * value;
    cost[transposed ? x * nc + y : y * nc + x] = c;
    // Stryker disable next-line ArithmeticOperator,EqualityOperator,ConditionalExpression: a finite cell taken for special only sends the matrix to checkCells, which gives the same result
    if (c - c !== 0) special = true;
    else maxAbs = Math.max(maxAbs, Math.abs(c));
  }
  return special ? -1 : maxAbs;
}

/**
 * @internal Checks a dense matrix and copies it into minimisation form, smaller side as rows.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` for a bad shape, a non-number or an infinity of the wrong
 * sign; `NAN_INPUT` for NaN, naming the cell.
 */
export function toWorkingMatrix(matrix: CostMatrix, maximize: boolean): WorkingMatrix {
  if (typeof matrix !== 'object' || matrix === null) {
    throw invalid('solveAssignment: expected `matrix` to be number[][] or { rows, cols, data }');
  }
  let rows: number;
  let cols: number;
  if (isMatrixData(matrix)) {
    const { rows: r, cols: c, data } = matrix;
    if (!Number.isInteger(r) || r < 0 || !Number.isInteger(c) || c < 0) {
      throw invalid(
        `solveAssignment: expected non-negative integer rows and cols, got ${shown(r)} × ${shown(c)}`,
      );
    }
    if (!(data instanceof Float64Array) || data.length !== r * c) {
      throw invalid(
        `solveAssignment: expected \`data\` to be a Float64Array of length rows × cols = ${r * c}`,
      );
    }
    rows = r;
    cols = c;
  } else {
    rows = matrix.length;
    cols = matrix[0]?.length ?? 0;
    for (let y = 0; y < rows; y++) {
      const row = matrix[y];
      if (!Array.isArray(row)) throw invalid(`solveAssignment: matrix row [${y}] is not an array`);
      if (row.length !== cols) {
        throw invalid(`solveAssignment: matrix row [${y}] has ${row.length} entries, row [0] has ${cols}`);
      }
    }
  }
  // Stryker disable next-line EqualityOperator: a square matrix solved transposed has the same optimum and certificate (`>=`; `<` is killed)
  const transposed = rows > cols;
  const nr = transposed ? cols : rows;
  const nc = transposed ? rows : cols;
  const cost = new Float64Array(nr * nc);
  const sign = maximize ? -1 : 1;
  if (!isMatrixData(matrix)) {
    // One pass copies and checks; only a matrix with NaN or infinities needs the second pass.
    let maxAbs = 0;
    for (let y = 0; y < rows && maxAbs >= 0; y++) {
      const a = copyArrayRow(matrix[y]!, y, cost, nc, transposed, sign);
      // Stryker disable next-line EqualityOperator,ConditionalExpression: a finite row taken for special only sends the matrix to checkCells, which gives the same result (`true`; `false` is killed)
      maxAbs = a < 0 ? -1 : Math.max(maxAbs, a);
    }
    // Stryker disable next-line EqualityOperator,ConditionalExpression: a finite matrix sent to checkCells gives the same result (`false`, `> 0`; `true` is killed)
    if (maxAbs >= 0) return finite(maxAbs, nr, nc, transposed, cost);
    for (let y = 0; y < rows; y++) copyArrayRow(matrix[y]!, y, cost, nc, transposed, 1);
  } else if (!transposed) {
    cost.set(matrix.data);
  } else {
    const data = matrix.data;
    // Stryker disable next-line EqualityOperator: one column past the end writes past the end of the typed array, ignored (`<=`; `>=` is killed)
    for (let y = 0; y < rows; y++) for (let x = 0; x < cols; x++) cost[x * nc + y] = data[y * cols + x]!;
  }
  const forbidden = checkCells(cost, nc, transposed, maximize);
  return { nr, nc, transposed, cost, forbidden };
}

/** A matrix of finite cells, checked for overflow: no forbidden pair. */
function finite(
  maxAbs: number,
  nr: number,
  nc: number,
  transposed: boolean,
  cost: Float64Array,
): WorkingMatrix {
  checkMagnitude(maxAbs, nr, nc);
  return { nr, nc, transposed, cost, forbidden: undefined };
}

/**
 * Negates the costs when maximising, finds NaN and infinite cells (reporting the caller's `[y][x]`)
 * and checks that the finite costs cannot overflow a sum of duals.
 */
function checkCells(
  cost: Float64Array,
  nc: number,
  transposed: boolean,
  maximize: boolean,
): Float64Array | undefined {
  let forbidden: Float64Array | undefined;
  const sign = maximize ? -1 : 1;
  let maxAbs = 0;
  const n = cost.length;
  for (let k = 0; k < n; k++) {
    const c = sign * cost[k]!;
    cost[k] = c;
    if (c - c === 0) {
      maxAbs = Math.max(maxAbs, Math.abs(c));
      continue;
    }
    const a = Math.floor(k / nc);
    const b = k - a * nc;
    const y = transposed ? b : a;
    const x = transposed ? a : b;
    const banned = maximize ? '-Infinity' : 'Infinity';
    if (Number.isNaN(c)) {
      throw new BanenmatchError(
        'NAN_INPUT',
        `solveAssignment: matrix contains NaN at [${y}][${x}]; use ${banned} for a forbidden pair`,
      );
    }
    // Stryker disable next-line EqualityOperator: c is an infinity here, never 0 (`<=`; `>=` is killed)
    if (c < 0) {
      throw invalid(
        `solveAssignment: matrix contains ${maximize ? 'Infinity' : '-Infinity'} at [${y}][${x}] while ` +
          `${maximize ? 'maximising' : 'minimising'}, so the total is unbounded; a forbidden pair is ${banned}`,
      );
    }
    forbidden ??= new Float64Array(n);
    forbidden[k] = 1;
    cost[k] = 0;
  }
  checkMagnitude(maxAbs, nc === 0 ? 0 : n / nc, nc);
  return forbidden;
}

/** Dual variables grow to about (rows + cols) × the largest cost; they must stay finite. */
function checkMagnitude(maxAbs: number, nr: number, nc: number): void {
  if (!Number.isFinite(maxAbs * 4 * (nr + nc + 1))) {
    throw invalid(`solveAssignment: finite entries up to ${maxAbs} are too large to sum without overflow`);
  }
}
