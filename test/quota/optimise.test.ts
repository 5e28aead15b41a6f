import { isBanenmatchError } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nelderMead, OPTIMISE_DEFAULTS } from '../../src/quota/index.js';
import { minimiseInBox } from '../../src/quota/multi-start.js';

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock function from (−1.2, 1) at (1, 1)', () => {
    const r = nelderMead((x) => 100 * (x[1]! - x[0]! * x[0]!) ** 2 + (1 - x[0]!) ** 2, [-1.2, 1]);
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
    expect(r.value).toBeLessThan(1e-12);
    expect(r.iterations).toBeLessThan(OPTIMISE_DEFAULTS.maxIterations);
  });

  it('finds the minimum of a 3-d quadratic bowl and of Himmelblau near (3, 2)', () => {
    const bowl = nelderMead(
      (x) => (x[0]! - 1) ** 2 + 2 * (x[1]! + 2) ** 2 + 3 * (x[2]! - 0.5) ** 2,
      [0, 0, 0],
    );
    expect(bowl.x.map((v) => Number(v.toFixed(5)))).toEqual([1, -2, 0.5]);
    const himmelblau = nelderMead(
      (x) => (x[0]! * x[0]! + x[1]! - 11) ** 2 + (x[0]! + x[1]! * x[1]! - 7) ** 2,
      [2.5, 2.5],
      { step: 0.5 },
    );
    expect(himmelblau.x[0]).toBeCloseTo(3, 6);
    expect(himmelblau.x[1]).toBeCloseTo(2, 6);
  });

  it('respects bounds: the minimum outside the box is found on its boundary', () => {
    const r = nelderMead((x) => (x[0]! - 3) ** 2 + (x[1]! + 1) ** 2, [0.5, 0.5], {
      lower: [0, 0],
      upper: [1, 1],
    });
    expect(r.x[0]).toBeCloseTo(1, 8);
    expect(r.x[1]).toBeCloseTo(0, 8);
  });

  it('oracle: on random convex quadratics it reaches the analytic minimum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.double({ min: 0.5, max: 10, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (centre, weights) => {
          const r = nelderMead(
            (x) => {
              let s = 0;
              for (let j = 0; j < centre.length; j++) s += weights[j]! * (x[j]! - centre[j]!) ** 2;
              return s;
            },
            centre.map(() => 0),
          );
          for (let j = 0; j < centre.length; j++) expect(r.x[j]!).toBeCloseTo(centre[j]!, 4);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('throws NOT_CONVERGED when the iteration limit is reached', () => {
    let error: unknown;
    try {
      nelderMead((x) => 100 * (x[1]! - x[0]! * x[0]!) ** 2 + (1 - x[0]!) ** 2, [-1.2, 1], {
        maxIterations: 5,
      });
    } catch (e) {
      error = e;
    }
    expect(isBanenmatchError(error) && error.code).toBe('NOT_CONVERGED');
  });

  it('returns the best vertex of a surface flat within `noise` when the iterations run out, else throws', () => {
    // Rounding-like noise of size < 1e-6 around 5, a hash of the point's bits: no simplex shrinks on it.
    const bits = new Uint32Array(4);
    const bumpy = (x: Float64Array) => {
      bits.set(new Uint32Array(Float64Array.from(x).buffer));
      const h = Math.imul(
        bits[0]! ^ Math.imul(bits[1]!, 0x9e3779b1) ^ Math.imul(bits[2]!, 0x85ebca6b) ^ bits[3]!,
        0xc2b2ae35,
      );
      return 5 + 1e-6 * ((h >>> 0) / 2 ** 32);
    };
    const r = nelderMead(bumpy, [0.3, 0.4], { noise: 1e-6, maxIterations: 20 });
    expect(r.iterations).toBe(20);
    expect(r.value).toBeGreaterThanOrEqual(5);
    expect(r.value).toBeLessThanOrEqual(5 + 1e-6);
    expect(r.value).toBe(bumpy(Float64Array.from(r.x)));
    expect(() => nelderMead(bumpy, [0.3, 0.4], { noise: 1e-9, maxIterations: 20 })).toThrow(
      expect.objectContaining({ code: 'NOT_CONVERGED' }),
    );
    expect(() => nelderMead(bumpy, [0.3, 0.4], { maxIterations: 20 })).toThrow(
      expect.objectContaining({ code: 'NOT_CONVERGED' }),
    );
    // A converging search is not changed by the option: the same steps and point.
    const bowl = (x: Float64Array) => (x[0]! - 1) ** 2 + (x[1]! + 2) ** 2;
    expect(nelderMead(bowl, [0, 0], { noise: 1 })).toEqual(nelderMead(bowl, [0, 0]));
    expect(() => nelderMead(bowl, [0, 0], { noise: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('treats NaN values as +∞ and rejects a non-finite start', () => {
    const r = nelderMead((x) => (x[0]! < 0 ? Number.NaN : (x[0]! - 2) ** 2), [1]);
    expect(r.x[0]).toBeCloseTo(2, 6);
    expect(() => nelderMead(() => 0, [Number.NaN])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('minimiseInBox: a coarse grid, then Nelder–Mead from its best local minima', () => {
  it('finds the lower of two minima, where one start in the other basin would stop', () => {
    // (x − 0.2)²(x − 0.9)² + 0.01x: minima near 0.2 (0.002) and 0.9 (0.009); a start at 0.8 ends at 0.9
    const f = (x: Float64Array) => (x[0]! - 0.2) ** 2 * (x[0]! - 0.9) ** 2 + 0.01 * x[0]!;
    expect(nelderMead(f, [0.8], { lower: [0], upper: [1] }).x[0]).toBeCloseTo(0.9, 1);
    const r = minimiseInBox(f, [0], [1], [[0, 0.25, 0.5, 0.75, 1]]);
    expect(r.x[0]).toBeCloseTo(0.2, 1);
    expect(r.value).toBeLessThan(0.003);
  });

  it('reaches a minimum on a bound and never leaves the box', () => {
    const seen: number[] = [];
    const r = minimiseInBox(
      (x) => {
        seen.push(x[0]!, x[1]!);
        return (x[0]! - 2) ** 2 + (x[1]! + 1) ** 2;
      },
      [0, 0],
      [1, 1],
      [
        [0, 0.5, 1],
        [0, 0.5, 1],
      ],
    );
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(0, 6);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
  });
});
