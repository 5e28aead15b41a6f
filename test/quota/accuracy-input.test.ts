import { mase, smape } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The accuracy measures refuse what would give a silent NaN, and say which value and why.
const fails = (f: () => unknown, code: string, message: string) =>
  expect(f).toThrow(expect.objectContaining({ code, message }));

describe('mase: input checks, word for word', () => {
  it('names the argument and index of a NaN (NAN_INPUT) or an infinite value (INVALID_ARGUMENT)', () => {
    fails(() => mase([1, Number.NaN], [1, 2], [1, 2, 3]), 'NAN_INPUT', 'mase: actual[1] is not a number');
    fails(() => mase([1, 2], [Number.NaN, 2], [1, 2, 3]), 'NAN_INPUT', 'mase: forecast[0] is not a number');
    fails(() => mase([1], [1], [1, 2, Number.NaN]), 'NAN_INPUT', 'mase: training[2] is not a number');
    fails(
      () => mase([1], [1], [1, Number.POSITIVE_INFINITY, 3]),
      'INVALID_ARGUMENT',
      'mase: training[1] is not finite',
    );
    fails(
      () => mase([Number.NEGATIVE_INFINITY], [1], [1, 2, 3]),
      'INVALID_ARGUMENT',
      'mase: actual[0] is not finite',
    );
    // a string among the numbers is no number either
    fails(
      () => mase([1, '2' as unknown as number], [1, 2], [1, 2, 3]),
      'NAN_INPUT',
      'mase: actual[1] is not a number',
    );
  });

  it('refuses what is not an array, and takes typed arrays', () => {
    fails(
      () => mase('12' as unknown as number[], [1, 2], [1, 2, 3]),
      'INVALID_ARGUMENT',
      'mase: actual must be an array of numbers',
    );
    fails(
      () => mase([1], { length: 1, 0: 1 } as ArrayLike<number>, [1, 2, 3]),
      'INVALID_ARGUMENT',
      'mase: forecast must be an array of numbers',
    );
    fails(
      () => mase([1], [1], null as unknown as number[]),
      'INVALID_ARGUMENT',
      'mase: training must be an array of numbers',
    );
    expect(mase(Float64Array.of(10, 12), Float64Array.of(11, 11), Int32Array.of(1, 2, 4))).toBeCloseTo(
      2 / 3,
      12,
    );
  });

  it('needs equal non-empty lengths and more training values than the season length', () => {
    const lengths = 'mase: actual and forecast must be non-empty and of equal length';
    fails(() => mase([], [], [1, 2, 3]), 'INVALID_ARGUMENT', lengths);
    fails(() => mase([1, 2], [1], [1, 2, 3]), 'INVALID_ARGUMENT', lengths);
    fails(() => mase([1], [1, 2], [1, 2, 3]), 'INVALID_ARGUMENT', lengths);
    // m = 1: one training value gives no naive error; two do
    fails(() => mase([1], [1], [5]), 'INVALID_ARGUMENT', 'mase: training needs more than 1 values');
    expect(mase([1], [2], [5, 7])).toBe(0.5);
    // m = 4: four values give no seasonal error; five do (|9 − 1| = 8)
    fails(
      () => mase([1], [1], [1, 2, 3, 4], 4),
      'INVALID_ARGUMENT',
      'mase: training needs more than 4 values',
    );
    expect(mase([1], [5], [1, 2, 3, 4, 9], 4)).toBe(0.5);
  });

  it('takes a season length that is an integer ≥ 1 only', () => {
    fails(
      () => mase([1], [1], [1, 2, 3], 0),
      'INVALID_ARGUMENT',
      'mase: seasonLength must be an integer in 1..9007199254740991, got 0',
    );
    fails(
      () => mase([1], [1], [1, 2, 3], 1.5),
      'INVALID_ARGUMENT',
      'mase: seasonLength must be an integer in 1..9007199254740991, got 1.5',
    );
  });

  it('scales by the mean absolute change over every training step (signs do not cancel)', () => {
    // changes +4, −4, +4: scale 4 (a signed mean would be 4/3); error |0 − 2| = 2
    expect(mase([0], [2], [0, 4, 0, 4])).toBe(0.5);
    // forecast errors of both signs add up: (|1| + |−1|)/2 = 1 over scale 1
    expect(mase([1, 3], [2, 2], [0, 1, 2])).toBe(1);
    // m = 2: changes one season back only, (|5 − 1| + |1 − 3|)/2 = 3; error 6 → 2
    expect(mase([0], [6], [1, 3, 5, 1], 2)).toBe(2);
  });

  it('on training that never changes: 0 for a perfect forecast, ∞ for any miss', () => {
    expect(mase([3, 3], [3, 3], [3, 3, 3])).toBe(0);
    expect(mase([3, 3], [3, 3.5], [3, 3, 3])).toBe(Number.POSITIVE_INFINITY);
    expect(mase([3], [3], [3, 4])).toBe(0);
  });
});

describe('smape: input checks, word for word', () => {
  it('names the argument and index of a bad value, and refuses a non-finite offset', () => {
    fails(() => smape([1, Number.NaN], [1, 2]), 'NAN_INPUT', 'smape: actual[1] is not a number');
    fails(
      () => smape([1], [Number.POSITIVE_INFINITY]),
      'INVALID_ARGUMENT',
      'smape: forecast[0] is not finite',
    );
    fails(() => smape([1], [1], Number.NaN), 'INVALID_ARGUMENT', 'smape: offset must be finite');
    fails(
      () => smape([1], [1], Number.POSITIVE_INFINITY),
      'INVALID_ARGUMENT',
      'smape: offset must be finite',
    );
    fails(() => smape({} as number[], [1]), 'INVALID_ARGUMENT', 'smape: actual must be an array of numbers');
  });

  it('needs equal non-empty lengths', () => {
    const lengths = 'smape: actual and forecast must be non-empty and of equal length';
    fails(() => smape([], []), 'INVALID_ARGUMENT', lengths);
    fails(() => smape([1, 2], [1]), 'INVALID_ARGUMENT', lengths);
    fails(() => smape([1], [1, 2]), 'INVALID_ARGUMENT', lengths);
  });

  it('uses absolute values in the denominator, counts y = ŷ = 0 as 0 and stays within 0..200', () => {
    expect(smape([100], [110])).toBeCloseTo(2000 / 210, 12);
    // signs: |−10 − 10| / (|−10| + |10|) = 1 → 200
    expect(smape([-10], [10])).toBe(200);
    expect(smape([-10], [-12])).toBeCloseTo((200 * 2) / 22, 12);
    // y = ŷ = 0 counts 0 and still counts in h: (200 / 2)·(0 + 1) = 100
    expect(smape([0, 5], [0, 0])).toBe(100);
    // the offset moves both: 0 and 0 with offset 10 → 0; −10 and 10 with offset 10 → 200·20/20
    expect(smape([0], [0], 10)).toBe(0);
    expect(smape([-10], [10], 10)).toBe(200);
  });
});
