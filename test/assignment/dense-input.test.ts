import { solveAssignment } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../helpers/errors.js';

// solveAssignment's input checks (validate.ts): each message with the cell or row it names, in the
// caller's [y][x] also when the matrix is laid out transposed; the overflow bound at its limit on
// every copy path (number[][] finite, number[][] with forbidden cells, Float64Array) (issue 20).

const INF = Number.POSITIVE_INFINITY;

describe('solveAssignment: the shape of the matrix', () => {
  it('refuses what is not a matrix', () => {
    for (const bad of [null, 5, 'ab']) {
      expect(failureOf(() => solveAssignment(bad as never))).toBe(
        'INVALID_ARGUMENT: solveAssignment: expected `matrix` to be number[][] or { rows, cols, data }',
      );
    }
    expect(failureOf(() => solveAssignment([[1], null] as never))).toBe(
      'INVALID_ARGUMENT: solveAssignment: matrix row [1] is not an array',
    );
    expect(failureOf(() => solveAssignment([null] as never))).toBe(
      'INVALID_ARGUMENT: solveAssignment: matrix row [0] is not an array',
    );
    expect(failureOf(() => solveAssignment([[1, 2], [3]]))).toBe(
      'INVALID_ARGUMENT: solveAssignment: matrix row [1] has 1 entries, row [0] has 2',
    );
    expect(failureOf(() => solveAssignment([[1, '2' as never]]))).toBe(
      'INVALID_ARGUMENT: solveAssignment: matrix entry at [0][1] is string, expected a number',
    );
    expect(
      failureOf(() =>
        solveAssignment([
          [1, 2],
          [3, 4],
          [5, null as never],
        ]),
      ),
    ).toBe('INVALID_ARGUMENT: solveAssignment: matrix entry at [2][1] is object, expected a number');
  });

  it('refuses a Float64Array form with a bad shape or length', () => {
    const data = new Float64Array(4);
    const shape = (rows: unknown, cols: unknown) =>
      failureOf(() => solveAssignment({ rows, cols, data } as never));
    expect(shape(1.5, 2)).toBe(
      'INVALID_ARGUMENT: solveAssignment: expected non-negative integer rows and cols, got 1.5 × 2',
    );
    expect(shape(-2, -2)).toBe(
      'INVALID_ARGUMENT: solveAssignment: expected non-negative integer rows and cols, got -2 × -2',
    );
    expect(shape(2, 0.5)).toBe(
      'INVALID_ARGUMENT: solveAssignment: expected non-negative integer rows and cols, got 2 × 0.5',
    );
    // Negative rows alone (−2 × −2 is refused for its columns as well): named before the length check.
    expect(shape(-2, 2)).toBe(
      'INVALID_ARGUMENT: solveAssignment: expected non-negative integer rows and cols, got -2 × 2',
    );
    expect(shape(2, -1)).toBe(
      'INVALID_ARGUMENT: solveAssignment: expected non-negative integer rows and cols, got 2 × -1',
    );
    expect(failureOf(() => solveAssignment({} as never))).toBe(
      'INVALID_ARGUMENT: solveAssignment: expected non-negative integer rows and cols, got undefined × undefined',
    );
    expect(failureOf(() => solveAssignment({ rows: 2, cols: 2, data: [1, 2, 3, 4] } as never))).toBe(
      'INVALID_ARGUMENT: solveAssignment: expected `data` to be a Float64Array of length rows × cols = 4',
    );
    expect(failureOf(() => solveAssignment({ rows: 1, cols: 3, data }))).toBe(
      'INVALID_ARGUMENT: solveAssignment: expected `data` to be a Float64Array of length rows × cols = 3',
    );
  });

  it('solves empty matrices of every form', () => {
    const sides = (r: ReturnType<typeof solveAssignment>) => [[...r.rowToCol], [...r.colToRow], r.total];
    expect(sides(solveAssignment([]))).toEqual([[], [], 0]);
    expect(sides(solveAssignment([[], []]))).toEqual([[-1, -1], [], 0]);
    expect(sides(solveAssignment({ rows: 0, cols: 0, data: new Float64Array(0) }))).toEqual([[], [], 0]);
    expect(sides(solveAssignment({ rows: 0, cols: 2, data: new Float64Array(0) }))).toEqual([
      [],
      [-1, -1],
      0,
    ]);
  });
});

describe('solveAssignment: NaN and infinities name the caller’s cell', () => {
  it('NaN, minimising and maximising, wide and tall, number[][] and Float64Array', () => {
    expect(
      failureOf(() =>
        solveAssignment([
          [1, 2, 3],
          [4, Number.NaN, 6],
        ]),
      ),
    ).toBe('NAN_INPUT: solveAssignment: matrix contains NaN at [1][1]; use Infinity for a forbidden pair');
    expect(
      failureOf(() =>
        solveAssignment(
          [
            [1, 2],
            [3, 4],
            [Number.NaN, 6],
          ],
          { maximize: true },
        ),
      ),
    ).toBe('NAN_INPUT: solveAssignment: matrix contains NaN at [2][0]; use -Infinity for a forbidden pair');
    const tall = Float64Array.of(1, 2, 3, 4, 5, Number.NaN);
    expect(failureOf(() => solveAssignment({ rows: 3, cols: 2, data: tall }))).toBe(
      'NAN_INPUT: solveAssignment: matrix contains NaN at [2][1]; use Infinity for a forbidden pair',
    );
    const wide = Float64Array.of(1, 2, Number.NaN, 4, 5, 6);
    expect(failureOf(() => solveAssignment({ rows: 2, cols: 3, data: wide }))).toBe(
      'NAN_INPUT: solveAssignment: matrix contains NaN at [0][2]; use Infinity for a forbidden pair',
    );
  });

  it('an infinity of the wrong sign makes the total unbounded', () => {
    expect(
      failureOf(() =>
        solveAssignment([
          [1, 2],
          [Number.NEGATIVE_INFINITY, 4],
          [5, 6],
        ]),
      ),
    ).toBe(
      'INVALID_ARGUMENT: solveAssignment: matrix contains -Infinity at [1][0] while minimising, so the total ' +
        'is unbounded; a forbidden pair is Infinity',
    );
    expect(failureOf(() => solveAssignment([[1, INF, 2]], { maximize: true }))).toBe(
      'INVALID_ARGUMENT: solveAssignment: matrix contains Infinity at [0][1] while maximising, so the total ' +
        'is unbounded; a forbidden pair is -Infinity',
    );
  });

  it('reads forbidden cells in a tall Float64Array at the caller’s place', () => {
    // 3 × 2, row-major: row 0 = [INF, 1], row 1 = [2, INF], row 2 = [5, 0]; 1 → 0 (2) + 2 → 1 (0) = 2.
    const data = Float64Array.of(INF, 1, 2, INF, 5, 0);
    const r = solveAssignment({ rows: 3, cols: 2, data });
    expect([...r.rowToCol]).toEqual([-1, 0, 1]);
    expect(r.total).toBe(2);
    const p = solveAssignment(
      { rows: 3, cols: 2, data: data.map((c) => (c === INF ? Number.NEGATIVE_INFINITY : c)) },
      { maximize: true },
    );
    // Maximising: row 2 → 0 (5) and row 0 → 1 (1) beat row 0 → 1 and row 1 → 0 (3).
    expect([...p.rowToCol]).toEqual([1, -1, 0]);
    expect(p.total).toBe(6);
  });

  it('keeps rows with and without forbidden cells apart (a forbidden cell in the first row only)', () => {
    const r = solveAssignment([
      [INF, 1],
      [2, 3],
      [4, 5],
    ]);
    expect([...r.rowToCol]).toEqual([1, 0, -1]);
    expect(r.total).toBe(3);
    const p = solveAssignment(
      [
        [Number.NEGATIVE_INFINITY, 1],
        [2, 3],
      ],
      { maximize: true },
    );
    expect([...p.rowToCol]).toEqual([1, 0]);
    expect(p.total).toBe(3);
  });
});

describe('solveAssignment: the overflow bound, (rows + cols + 1) × 4 × the largest magnitude', () => {
  const tooLarge = (x: number) =>
    `INVALID_ARGUMENT: solveAssignment: finite entries up to ${x} are too large to sum without overflow`;

  it('number[][] without forbidden cells: 1 × 1 allows up to MAX / 12, of either sign', () => {
    expect(solveAssignment([[1.4e307]]).total).toBe(1.4e307);
    expect(failureOf(() => solveAssignment([[1.6e307]]))).toBe(tooLarge(1.6e307));
    expect(failureOf(() => solveAssignment([[-1.6e307]]))).toBe(tooLarge(1.6e307));
    expect(failureOf(() => solveAssignment([[1], [-1.6e307]]))).toBe(tooLarge(1.6e307));
    expect(failureOf(() => solveAssignment([[-1.6e307]], { maximize: true }))).toBe(tooLarge(1.6e307));
  });

  it('with a forbidden cell (1 × 2): up to MAX / 16, of either sign', () => {
    expect(solveAssignment([[1e307, INF]]).total).toBe(1e307);
    expect(failureOf(() => solveAssignment([[1.2e307, INF]]))).toBe(tooLarge(1.2e307));
    expect(failureOf(() => solveAssignment([[INF, -1.2e307]]))).toBe(tooLarge(1.2e307));
    expect(failureOf(() => solveAssignment([[INF], [-1.2e307]]))).toBe(tooLarge(1.2e307));
  });

  it('Float64Array: the same bound', () => {
    expect(solveAssignment({ rows: 1, cols: 1, data: Float64Array.of(-1.4e307) }).total).toBe(-1.4e307);
    expect(failureOf(() => solveAssignment({ rows: 1, cols: 1, data: Float64Array.of(1.6e307) }))).toBe(
      tooLarge(1.6e307),
    );
  });
});

describe('solveAssignment: options', () => {
  it('refuses options that are not an object, a signal that is not an AbortSignal, a callback that is not a function', () => {
    expect(failureOf(() => solveAssignment([[1]], 5 as never))).toBe(
      'INVALID_ARGUMENT: solveAssignment: `options`: Invalid input: expected object, received number',
    );
    expect(failureOf(() => solveAssignment([[1]], { signal: {} as AbortSignal }))).toBe(
      'INVALID_ARGUMENT: solveAssignment: `signal`: must be an AbortSignal',
    );
    expect(failureOf(() => solveAssignment([[1]], { onProgress: 'x' as never }))).toBe(
      'INVALID_ARGUMENT: solveAssignment: `onProgress`: must be a function',
    );
  });
});
