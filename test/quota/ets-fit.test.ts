// Internal fits, tested directly: forecastSeries and forecastQuota take their ETS and Theta models from them.
import { ETS_BOUNDS, type EtsFixed } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitEts } from '../../src/quota/exponential-smoothing.js';
import { fitTheta } from '../../src/quota/theta.js';

const series = (...v: number[]) => Float64Array.from(v);
const sumSq = (r: Float64Array) => r.reduce((s, e) => s + e * e, 0);
/** SSE of the best initial states for fixed smoothing parameters (the fit solves them exactly). */
const sseAt = (y: Float64Array, kind: 'ses' | 'holt' | 'damped', fixed: EtsFixed) =>
  sumSq(fitEts(y, kind, fixed).residuals);

// A growing series whose SSE surface over (α, β*) has a minimum inside the box, at about α = 0.80,
// β* = 0.58 (SSE 20.63, the lowest of a 0.05 grid from 0.05 to 0.95), and a lower one on the corner
// α = 0.9999, β* = 1e-4 (SSE 20.40): a straight line through the last value. The 0.1 search stopped
// in the inner one.
const growth = series(12, 17, 24, 27, 33, 39, 47, 54, 62, 69, 76);

describe('fitEts: the smoothing parameters are searched, all of them', () => {
  it('fits an exactly linear series of any size: its SSE surface is flat but for rounding (1e10–1e15 threw NOT_CONVERGED)', () => {
    for (const size of [1, 1e6, 1e10, 1e12, 1e15]) {
      for (const kind of ['holt', 'damped', 'ses'] as const) {
        const y = Float64Array.from({ length: 10 }, (_, t) => size * (5 + 2 * t));
        const fit = fitEts(y, kind);
        // Holt follows the line exactly: its residuals are rounding only.
        if (kind === 'holt') expect(Math.sqrt(sumSq(fit.residuals) / 10)).toBeLessThan(1e-9 * size);
        expect(Number.isFinite(sumSq(fit.residuals))).toBe(true);
      }
    }
  });

  it('is equivariant in the scale: a series times 10^k fits the same smoothing parameters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 6, maxLength: 12 }),
        fc.integer({ min: 1, max: 15 }),
        (noise, k) => {
          const base = Float64Array.from(noise, (e, t) => 50 + 4 * t + e);
          const scaled = Float64Array.from(base, (v) => v * 10 ** k);
          const a = fitEts(base, 'holt');
          const b = fitEts(scaled, 'holt');
          // The same minimum up to the search's stopping point and rounding, or an SSE as low.
          const sseA = sumSq(a.residuals);
          const sseB = sumSq(b.residuals) / 10 ** (2 * k);
          expect(Math.abs(sseA - sseB)).toBeLessThanOrEqual(1e-6 * (1 + sseA));
        },
      ),
      { numRuns: 60, seed: 17 },
    );
  });

  it('the bounds are those of R forecast::ets', () => {
    expect(ETS_BOUNDS).toEqual({ alpha: [1e-4, 0.9999], beta: [1e-4, 0.9999], phi: [0.8, 0.98] });
  });

  it('Holt: the fitted (α, β*) beat every point of a grid (oracle) and the inner minimum', () => {
    const fit = fitEts(growth, 'holt');
    const best = sumSq(fit.residuals);
    let gridBest = Number.POSITIVE_INFINITY;
    for (let a = 0.05; a < 1; a += 0.05) {
      for (let b = 0.05; b < 1; b += 0.05)
        gridBest = Math.min(gridBest, sseAt(growth, 'holt', { alpha: a, beta: b }));
    }
    expect(best).toBeLessThanOrEqual(gridBest + 1e-9);
    // with β* held at its starting value the fit is worse (21.73 against 20.63)
    expect(best).toBeLessThan(sseAt(growth, 'holt', { beta: 0.2 }) - 1);
    expect(best).toBeLessThan(sseAt(growth, 'holt', { alpha: 0.798, beta: 0.581 }) - 0.2);
    expect(fit.params.alpha).toBeCloseTo(0.9999, 4);
    expect(fit.params.beta).toBeCloseTo(1e-4, 4);
  });

  it('a parameter pushed past its bound stops on it: α on 0.9999 and 1e-4, φ on 0.98 and 0.8', () => {
    // a straight line: the last value is the best flat forecast, α → 1
    expect(fitEts(series(1, 2, 3, 4, 5, 6, 7, 8), 'ses').params.alpha).toBeCloseTo(0.9999, 6);
    // values alternating around a constant: the mean is the best forecast, α → 0
    expect(fitEts(series(0, 10, -5, 20, 0, 30, 5, 40), 'ses').params.alpha).toBeCloseTo(1e-4, 6);
    // an exact line keeps its slope: φ as high as allowed
    expect(fitEts(series(3, 5, 7, 9, 11, 13, 15, 17), 'damped').params.phi).toBeCloseTo(0.98, 6);
    // a curve that flattens geometrically (steps 8, 4, 2, 1, …): φ as low as allowed
    expect(fitEts(series(0, 8, 12, 14, 15, 15.5, 15.75, 15.875), 'damped').params.phi).toBeCloseTo(0.8, 6);
  });

  it('holds fixed parameters and fits only the others', () => {
    // with α = 0.3 the SSE over β* falls from 1e-4 (36.75) to a peak near 0.35 (49.20) and on to
    // its upper bound (30.78): the fit ends on that bound (the 0.1 search ended on 1e-4)
    const a = fitEts(growth, 'holt', { alpha: 0.3 });
    expect(a.params.alpha).toBe(0.3);
    expect(a.params.beta).toBeCloseTo(0.9999, 4);
    expect(sumSq(a.residuals)).toBeLessThanOrEqual(sseAt(growth, 'holt', { alpha: 0.3, beta: 1e-4 }));
    expect(sumSq(a.residuals)).toBeLessThanOrEqual(
      sseAt(growth, 'holt', { alpha: 0.3, beta: a.params.beta! - 0.05 }),
    );
    const b = fitEts(growth, 'damped', { beta: 0.4, phi: 0.85 });
    expect(b.params.beta).toBe(0.4);
    expect(b.params.phi).toBe(0.85);
    const c = fitEts(growth, 'damped', { alpha: 0.6, beta: 0.3, phi: 0.9 });
    expect(c.params).toMatchObject({ alpha: 0.6, beta: 0.3, phi: 0.9 });
  });
});

describe('fitEts: the search does not stop in a local minimum', () => {
  it('worked example (test/MUTATION.md): Holt reaches SSE ≤ 56.0, where one start stopped at 96.2', () => {
    // Growth, a slowdown, then growth again: the SSE over (α, β*) has a minimum on the edge β* = 1e-4
    // (96.2 at α = 0.9999) and a lower one at β* near its upper bound (56.0 at α = 0.9999, β* = 0.95).
    const y = series(10, 11, 13, 17, 24, 33, 40, 44, 46, 47, 47.5, 49, 53, 60);
    expect(sseAt(y, 'holt', { alpha: 0.9999, beta: 1e-4 })).toBeCloseTo(96.2, 1);
    expect(sseAt(y, 'holt', { alpha: 0.9999, beta: 0.95 })).toBeCloseTo(56.0, 1);
    const holt = fitEts(y, 'holt');
    expect(sumSq(holt.residuals)).toBeLessThanOrEqual(56.0 + 1e-6);
    expect(holt.params.beta).toBeGreaterThan(0.9);
    expect(sumSq(fitEts(y, 'damped').residuals)).toBeLessThanOrEqual(56.0 + 1e-6);
  });

  // A coarse grid off the start grid (steps of 0.1 and φ 0.8, 0.85, …), the oracle of the property.
  const coarse = Array.from({ length: 9 }, (_, i) => 0.1 * (i + 1));
  const phis = [0.8, 0.85, 0.9, 0.95, 0.98];
  const arbitrarySeries = fc
    .array(fc.double({ min: -5, max: 10, noNaN: true }), { minLength: 6, maxLength: 14 })
    .map((steps) => {
      let v = 20;
      return Float64Array.from(steps, (s) => {
        v += s;
        return v;
      });
    });

  it('Holt: the fitted SSE is at most the SSE at every point of a coarse grid (+1e-6 relative)', () => {
    fc.assert(
      fc.property(arbitrarySeries, (y) => {
        const fitted = sumSq(fitEts(y, 'holt').residuals);
        for (const a of coarse)
          for (const b of coarse)
            expect(fitted).toBeLessThanOrEqual(sseAt(y, 'holt', { alpha: a, beta: b }) * (1 + 1e-6) + 1e-9);
      }),
      // Seeded, as every property should be: unseeded, a clean-clone CI run of session 20 drew the known
      // miss below (seed −588977804) and failed by chance.
      { numRuns: 60, seed: 17 },
    );
  });

  // A miss of the search found by CI (issue 17, session 20; fixed in session 21): a flat series with a
  // drop and a late jump. Along α = 1e-4 every β* gives SSE 54.76–54.78 (the level barely moves); with
  // three inner grid points a side the start grid's only local minima were (1e-4, 1e-4) and
  // (0.9999, 1e-4), and the search ended at the corner, 54.756. The true minimum is in a narrow valley
  // on the β* ≈ 1 edge: ≈ 53.132 at α ≈ 0.320, β* = 0.9999 on a 0.01 grid (by sseAt). The grid in
  // eighths has (0.375, 0.9999) as a local minimum, and the search starts there.
  it('Holt on a flat series with a late jump finds the valley on the β* ≈ 1 edge (53.132), not the corner (54.756)', () => {
    const y = Float64Array.from([
      20,
      20,
      ...new Array<number>(8).fill(16.582301804050758),
      23.57821310420036,
    ]);
    const fit = fitEts(y, 'holt');
    expect(sumSq(fit.residuals)).toBeLessThanOrEqual(53.1321);
    expect(sumSq(fit.residuals)).toBeLessThan(sseAt(y, 'holt', { alpha: 0.32, beta: 0.9999 }) + 1e-9);
    expect(fit.params.alpha).toBeCloseTo(0.32, 2);
    expect(fit.params.beta).toBeGreaterThan(0.99);
  });

  it('damped: the fitted SSE is at most the SSE at every point of a coarse grid (+1e-6 relative)', () => {
    fc.assert(
      fc.property(arbitrarySeries, (y) => {
        const fitted = sumSq(fitEts(y, 'damped').residuals);
        for (const a of coarse)
          for (const b of coarse)
            for (const phi of phis)
              expect(fitted).toBeLessThanOrEqual(
                sseAt(y, 'damped', { alpha: a, beta: b, phi }) * (1 + 1e-6) + 1e-9,
              );
      }),
      { numRuns: 30, seed: 17 },
    );
  });
});

describe('fitEts: initial states by least squares', () => {
  const y = series(4, 7, 6, 10, 12, 11, 15);
  const fixed = { alpha: 0.4, beta: 0.3 };

  it('ℓ0 and b0 minimise the SSE: any other pair, held fixed, does worse', () => {
    const fit = fitEts(y, 'holt', fixed);
    const l0 = fit.params.level0!;
    const b0 = fit.params.trend0!;
    const best = sumSq(fit.residuals);
    // the same pair held fixed reproduces the fit
    expect(sumSq(fitEts(y, 'holt', { ...fixed, level0: l0, trend0: b0 }).residuals)).toBeCloseTo(best, 9);
    for (const [dl, db] of [
      [0.1, 0],
      [-0.1, 0],
      [0, 0.1],
      [0, -0.1],
      [0.1, -0.1],
    ] as const) {
      expect(sseAt(y, 'holt', { ...fixed, level0: l0 + dl, trend0: b0 + db })).toBeGreaterThan(best);
    }
  });

  it('with ℓ0 held, b0 alone is solved (and the reverse)', () => {
    const withLevel = fitEts(y, 'holt', { ...fixed, level0: 2 });
    expect(withLevel.params.level0).toBe(2);
    const b0 = withLevel.params.trend0!;
    const best = sumSq(withLevel.residuals);
    expect(sseAt(y, 'holt', { ...fixed, level0: 2, trend0: b0 + 0.05 })).toBeGreaterThan(best);
    expect(sseAt(y, 'holt', { ...fixed, level0: 2, trend0: b0 - 0.05 })).toBeGreaterThan(best);

    const withTrend = fitEts(y, 'holt', { ...fixed, trend0: 3 });
    expect(withTrend.params.trend0).toBe(3);
    const l0 = withTrend.params.level0!;
    const best2 = sumSq(withTrend.residuals);
    expect(sseAt(y, 'holt', { ...fixed, level0: l0 + 0.05, trend0: 3 })).toBeGreaterThan(best2);
    expect(sseAt(y, 'holt', { ...fixed, level0: l0 - 0.05, trend0: 3 })).toBeGreaterThan(best2);
  });

  it('worked example: Holt with α = β* = 0.5 and ℓ0 = 0 held on 1, 2, 4 solves b0 = 1217/945', () => {
    // b0 = 1 + δ. Errors for δ = 0: 0, 0, 1. One unit of b0 alone (from zeros, ℓ_t = ŷ + 0.5e,
    // b_t = b + 0.25e) gives errors −1, −1.25, −1.0625, so δ = 1.0625/(1 + 1.5625 + 1.12890625) = 272/945.
    const fit = fitEts(series(1, 2, 4), 'holt', { alpha: 0.5, beta: 0.5, level0: 0 });
    expect(fit.params.trend0).toBeCloseTo(1217 / 945, 12);
  });

  it('φ = 0: the trend never reaches a forecast, so b0 = 0 and ℓ0 is the SES least-squares level', () => {
    // ŷ1 = ℓ0, ℓ1 = ℓ0 + 0.5(2 − ℓ0) = 1 + ℓ0/2, ŷ2 = ℓ1: SSE (2 − ℓ0)² + (3 − ℓ0/2)², least at
    // 2.5ℓ0 = 7, ℓ0 = 2.8; errors −0.8 and 1.6
    const fit = fitEts(series(2, 4), 'damped', { alpha: 0.5, beta: 0.5, phi: 0 });
    expect(fit.params.level0).toBeCloseTo(2.8, 12);
    expect(fit.params.trend0).toBe(0);
    expect(fit.residuals[0]).toBeCloseTo(-0.8, 12);
    expect(fit.residuals[1]).toBeCloseTo(1.6, 12);
    // two states estimated of two values: σ² = SSE / T
    expect(fit.sigma2).toBeCloseTo((0.64 + 2.56) / 2, 12);
  });

  it('one value: level and trend cannot be told apart, so ℓ0 = y1 and b0 = 0', () => {
    const fit = fitEts(series(5), 'holt', { alpha: 0.5, beta: 0.5 });
    expect(fit.params.level0).toBe(5);
    expect(fit.params.trend0).toBe(0);
    expect(fit.residuals[0]).toBe(0);
    expect(Array.from(fit.mean(2))).toEqual([5, 5]);
  });
});

describe('fitEts: what a fit returns', () => {
  it('σ² = SSE/(T − k), k counting every estimated parameter and state; SSE/T when T ≤ k', () => {
    const y = series(4, 7, 6, 10, 12, 11, 15);
    const T = y.length;
    const check = (kind: 'ses' | 'holt' | 'damped', fixed: EtsFixed, k: number) => {
      const fit = fitEts(y, kind, fixed);
      expect(fit.sigma2 * (T - k)).toBeCloseTo(sumSq(fit.residuals), 9);
    };
    check('ses', {}, 2);
    check('ses', { alpha: 0.3 }, 1);
    check('ses', { alpha: 0.3, level0: 4 }, 0);
    check('holt', {}, 4);
    check('holt', { beta: 0.2 }, 3);
    check('holt', { alpha: 0.3, beta: 0.2, trend0: 1 }, 1);
    check('damped', {}, 5);
    check('damped', { phi: 0.9, level0: 4 }, 3);
    // T = 4 = k for Holt: SSE / T
    const short = series(1, 3, 2, 6);
    const fit = fitEts(short, 'holt');
    expect(fit.sigma2 * 4).toBeCloseTo(sumSq(fit.residuals), 9);
  });

  it('fitted values are y − residuals, parameters named by the model', () => {
    const y = series(4, 7, 6, 10, 12);
    for (const kind of ['ses', 'holt', 'damped'] as const) {
      const fit = fitEts(y, kind, { alpha: 0.5, beta: 0.3, phi: 0.9 });
      expect(fit.model).toBe(kind);
      expect(fit.slopeSe).toBe(0);
      for (let t = 0; t < y.length; t++) expect(fit.fitted[t]! + fit.residuals[t]!).toBeCloseTo(y[t]!, 12);
    }
    expect(Object.keys(fitEts(y, 'ses').params).sort()).toEqual(['alpha', 'level0']);
    expect(Object.keys(fitEts(y, 'holt').params).sort()).toEqual(['alpha', 'beta', 'level0', 'trend0']);
    expect(Object.keys(fitEts(y, 'damped').params).sort()).toEqual([
      'alpha',
      'beta',
      'level0',
      'phi',
      'trend0',
    ]);
  });

  it('ψ weights: 1, then α + αβ*(φ + … + φ^j); SES keeps no trend (a fixed β* or b0 is ignored)', () => {
    const y = series(1, 2, 3, 5);
    const damped = fitEts(y, 'damped', { alpha: 0.5, beta: 0.4, phi: 0.9, level0: 0, trend0: 1 });
    const psi = Array.from(damped.psi(4));
    const g = 0.5 * 0.4;
    expect(psi[0]).toBe(1);
    expect(psi[1]).toBeCloseTo(0.5 + g * 0.9, 12);
    expect(psi[2]).toBeCloseTo(0.5 + g * (0.9 + 0.81), 12);
    expect(psi[3]).toBeCloseTo(0.5 + g * (0.9 + 0.81 + 0.729), 12);
    const holt = fitEts(y, 'holt', { alpha: 0.5, beta: 0.4, phi: 0.5, level0: 0, trend0: 1 });
    // Holt has φ = 1 whatever is passed
    expect(Array.from(holt.psi(3))).toEqual([1, 0.5 + g, 0.5 + 2 * g]);
    expect(holt.params.phi).toBeUndefined();
    const ses = fitEts(y, 'ses', { alpha: 0.5, beta: 0.4, level0: 0, trend0: 7 });
    expect(Array.from(ses.psi(3))).toEqual([1, 0.5, 0.5]);
    // SES on 1, 2, 3, 5 from ℓ0 = 0, α = 0.5: 0.5, 1.25, 2.125, 3.5625 — flat forecast
    expect(Array.from(ses.mean(2))).toEqual([3.5625, 3.5625]);
    expect(ses.residuals[0]).toBe(1);
  });

  it('damped mean: ℓ_T + (φ + … + φ^h)·b_T', () => {
    // one step from ℓ0 = 0, b0 = 1, α = β* = 0.5, φ = 0.5 on y = 2: ŷ 0.5, e 1.5, ℓ 1.25, b 0.5 + 0.375
    const fit = fitEts(series(2), 'damped', { alpha: 0.5, beta: 0.5, phi: 0.5, level0: 0, trend0: 1 });
    const m = Array.from(fit.mean(3));
    expect(m[0]).toBeCloseTo(1.25 + 0.5 * 0.875, 12);
    expect(m[1]).toBeCloseTo(1.25 + 0.75 * 0.875, 12);
    expect(m[2]).toBeCloseTo(1.25 + 0.875 * 0.875, 12);
  });
});

describe('fitTheta: SES plus half the OLS slope', () => {
  it('worked example on 1, 4, 4, 9 with α = 0.5: slope 12/5, offset (1 − 0.5⁴)/0.5 = 1.875', () => {
    // t̄ = 1.5, ȳ = 4.5: Σ(t − t̄)(y − ȳ) = 5.25 + 0.25 − 0.25 + 6.75 = 12, Σ(t − t̄)² = 5
    const y = series(1, 4, 4, 9);
    const ses = fitEts(y, 'ses', { alpha: 0.5 });
    const theta = fitTheta(y, { alpha: 0.5 });
    const level = ses.mean(1)[0]!;
    expect(theta.model).toBe('theta');
    expect(theta.params.slope).toBeCloseTo(2.4, 12);
    expect(theta.params.alpha).toBe(0.5);
    expect(theta.params.level0).toBe(ses.params.level0);
    const m = Array.from(theta.mean(3));
    expect(m[0]).toBeCloseTo(level + 1.2 * 1.875, 12);
    expect(m[1]).toBeCloseTo(level + 1.2 * 2.875, 12);
    expect(m[2]).toBeCloseTo(level + 1.2 * 3.875, 12);
    // residuals, σ² and ψ are those of the SES fit
    expect(theta.sigma2).toBe(ses.sigma2);
    expect(Array.from(theta.residuals)).toEqual(Array.from(ses.residuals));
    expect(Array.from(theta.psi(3))).toEqual([1, 0.5, 0.5]);
  });

  it('a falling series gets a falling drift; the offset uses the fitted α', () => {
    const y = series(20, 17, 15, 11, 10, 6);
    const theta = fitTheta(y);
    const alpha = theta.params.alpha!;
    const ses = fitEts(y, 'ses');
    expect(alpha).toBe(ses.params.alpha);
    // OLS slope of 20, 17, 15, 11, 10, 6 on 0..5: Σ(t − 2.5)(y − 13.1667) / 17.5 = −47.5/17.5
    expect(theta.params.slope).toBeCloseTo(-47.5 / 17.5, 12);
    const offset = (1 - (1 - alpha) ** 6) / alpha;
    expect(theta.mean(1)[0]).toBeCloseTo(ses.mean(1)[0]! + (-47.5 / 35) * offset, 10);
  });
});
