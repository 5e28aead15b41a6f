// The parts of fitModel's combinations that fit-model.test.ts left open (session 16): medianOf on an even
// count, the mean of three parts (where it differs from their median), one scored origin, `blend` refused
// as a part of `combine`.
import type { ModelName } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { type FitOptions, fitModel, medianOf, resolveCombine } from '../../src/quota/fit-model.js';
import { failureOf } from '../helpers/errors.js';

const series = (...v: number[]) => Float64Array.from(v);
const options = (o: Partial<FitOptions> = {}): FitOptions => ({
  seasonLength: 1,
  seasonal: 'auto',
  combine: ['ses', 'holt', 'damped'],
  ...o,
});

describe('medianOf', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(medianOf([5, 1, 3])).toBe(3);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5); // sorted 1 2 3 4: (2 + 3)/2
    expect(medianOf([6, 5, 4, 3, 2, 1])).toBe(3.5); // sorted 1…6: (3 + 4)/2
    expect(medianOf([2, 10])).toBe(6);
    expect(medianOf([-7])).toBe(-7);
  });

  it('sorts its argument in place', () => {
    const v = [3, 1, 2, 0];
    expect(medianOf(v)).toBe(1.5);
    expect(v).toEqual([0, 1, 2, 3]);
  });
});

describe('the combination of three parts', () => {
  it('has fitted values that are the mean of the parts, not their median', () => {
    // naive, drift and SES (α = 0.5, ℓ0 = 0) on 1, 3, 2, 6, by hand; at every step the three differ, so
    // their mean (the combination's rule) is not their median.
    const y = series(1, 3, 2, 6);
    const o = options({ combine: ['naive', 'drift', 'ses'], fixed: { alpha: 0.5, level0: 0 } });
    const fit = fitModel(y, 'combination', o);
    const parts = (['naive', 'drift', 'ses'] as const).map((m) => fitModel(y, m, o).fitted);
    // naive: NaN, 1, 3, 2; drift (b = 5/3): NaN, 8/3, 14/3, 11/3; SES: 0, 0.5, 1.75, 1.875
    expect(Array.from(parts[0]!).slice(1)).toEqual([1, 3, 2]);
    for (const [t, want] of [
      [1, (1 + 8 / 3 + 0.5) / 3],
      [2, (3 + 14 / 3 + 1.75) / 3],
      [3, (2 + 11 / 3 + 1.875) / 3],
    ] as const) {
      expect(fit.fitted[t]).toBeCloseTo(want, 12);
      expect(fit.fitted[t]).toBeCloseTo((parts[0]![t]! + parts[1]![t]! + parts[2]![t]!) / 3, 12);
    }
    expect(fit.fitted[0]).toBeNaN();
  });
});

describe('the weighted model with one scored origin', () => {
  it('weighs its parts by that origin (5 values: origin 4 only), listing the weights', () => {
    const fit = fitModel(series(3, 5, 4, 8, 9), 'weighted', options());
    for (const m of ['theta', 'drift', 'combination']) expect(fit.params[`${m}.weight`]).toBeGreaterThan(0);
    const total =
      fit.params['theta.weight']! + fit.params['drift.weight']! + fit.params['combination.weight']!;
    expect(total).toBeCloseTo(1, 12);
  });
});

describe('resolveCombine and blend', () => {
  it('refuses blend as a part, alone or in a list', () => {
    const message = 'x: combine must list models other than combination, weighted and blend';
    for (const bad of [['blend'], ['ses', 'blend']]) {
      expect(failureOf(() => resolveCombine(bad as ModelName[], 'x'))).toBe(`INVALID_ARGUMENT: ${message}`);
    }
  });
});
