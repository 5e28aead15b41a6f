import { describe, expect, it } from 'vitest';
import { createRandom, normal } from '../../src/_internal/random.js';
import type { ModelFit } from '../../src/quota/model.js';
import { type ErrorProfile, standardDraw } from '../../src/quota/rolling-errors.js';
// Internal simulation, tested directly: forecastQuota's probabilities and intervals are read from these paths.
import { PATH_CHUNK, quantile, simulatePaths, simulateProfilePaths } from '../../src/quota/simulate.js';

/** A hand-made fit: point forecasts `mean`, weights `psi`, innovation variance and residuals given. */
function handFit(mean: number[], psi: number[], sigma2: number, residuals: number[], slopeSe = 0): ModelFit {
  return {
    model: 'naive',
    params: {},
    fitted: new Float64Array(residuals.length),
    residuals: Float64Array.from(residuals),
    sigma2,
    slopeSe,
    mean: (h) => Float64Array.from(mean.slice(0, h)),
    psi: (h) => Float64Array.from(psi.slice(0, h)),
  };
}

const sd = (values: number[]) => {
  const m = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
};

describe('simulatePaths: y_{T+k} = ŷ_{T+k} + Σ ψ_{k−j}·ε_j', () => {
  it('bootstrap shocks are the centred residuals themselves, never normal draws', () => {
    // residuals 1 and 3 (and a NaN the model has none for) centre on 2: every shock is −1 or +1
    const f = handFit([100, 100, 100], [1, 0.5, 0.25], 400, [Number.NaN, 1, 3]);
    const paths = 300;
    const out = new Float64Array(paths * 3);
    simulatePaths(f, 3, paths, createRandom(1), 'bootstrap', out);
    const firsts = new Set<number>();
    for (let p = 0; p < paths; p++) {
      const [a, b, c] = [out[3 * p]! - 100, out[3 * p + 1]! - 100, out[3 * p + 2]! - 100];
      const s0 = a;
      const s1 = b - 0.5 * s0;
      const s2 = c - 0.5 * s1 - 0.25 * s0;
      for (const s of [s0, s1, s2]) expect(Math.abs(s)).toBeCloseTo(1, 12);
      firsts.add(s0);
      firsts.add(s1);
    }
    // both residuals are drawn
    expect([...firsts].sort()).toEqual([-1, 1]);
  });

  it('bootstrap needs two finite residuals, and says so', () => {
    const out = new Float64Array(2);
    expect(() =>
      simulatePaths(handFit([0, 0], [1, 1], 1, [Number.NaN, 5]), 2, 1, createRandom(1), 'bootstrap', out),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'bootstrap residuals need at least 2 in-sample residuals',
      }),
    );
    // two are enough; the normal method does not read them at all
    simulatePaths(handFit([0, 0], [1, 1], 1, [4, 5]), 2, 1, createRandom(1), 'bootstrap', out);
    expect(Math.abs(out[0]!)).toBe(0.5);
    simulatePaths(handFit([0, 0], [1, 1], 1, []), 2, 1, createRandom(1), 'normal', out);
  });

  it('normal shocks have sd σ, and the variance at step k is σ²·Σψ²', () => {
    const paths = 4000;
    const out = new Float64Array(paths * 2);
    simulatePaths(handFit([10, 20], [1, 2], 9, [0, 0]), 2, paths, createRandom(7), 'normal', out);
    const step = (k: number) => Array.from({ length: paths }, (_, p) => out[2 * p + k]!);
    expect(sd(step(0))).toBeGreaterThan(3 * 0.95);
    expect(sd(step(0))).toBeLessThan(3 * 1.05);
    // ψ = 1, 2: variance 9·(1 + 4) = 45 at step 2
    expect(sd(step(1))).toBeGreaterThan(Math.sqrt(45) * 0.95);
    expect(sd(step(1))).toBeLessThan(Math.sqrt(45) * 1.05);
    const mean1 = step(1).reduce((s, v) => s + v, 0) / paths;
    expect(Math.abs(mean1 - 20)).toBeLessThan(0.3);
  });

  it("drift's slope uncertainty: k·z·se(b), one z per path, so its share grows linearly with the step", () => {
    const paths = 2000;
    const out = new Float64Array(paths * 3);
    simulatePaths(handFit([0, 0, 0], [1, 1, 1], 0, [0, 0], 2), 3, paths, createRandom(3), 'normal', out);
    for (let p = 0; p < paths; p++) {
      expect(out[3 * p + 1]).toBeCloseTo(2 * out[3 * p]!, 12);
      expect(out[3 * p + 2]).toBeCloseTo(3 * out[3 * p]!, 12);
    }
    const first = Array.from({ length: paths }, (_, p) => out[3 * p]!);
    expect(sd(first)).toBeGreaterThan(2 * 0.93);
    expect(sd(first)).toBeLessThan(2 * 1.07);
  });

  it('draws one normal per step and none for a slope without uncertainty: the seeded stream, by hand', () => {
    const out = new Float64Array(3 * 2);
    simulatePaths(handFit([1, 2], [1, 0.5], 4, [0, 0]), 2, 3, createRandom(11), 'normal', out);
    const random = createRandom(11);
    for (let p = 0; p < 3; p++) {
      const e0 = 2 * normal(random);
      const e1 = 2 * normal(random);
      expect(out[2 * p]).toBeCloseTo(1 + e0, 12);
      expect(out[2 * p + 1]).toBeCloseTo(2 + 0.5 * e0 + e1, 12);
    }
  });

  it("adds drift's slope draw after the shocks, with its sign: by hand", () => {
    const out = new Float64Array(2 * 2);
    simulatePaths(handFit([1, 2], [1, 1], 4, [0, 0], 0.5), 2, 2, createRandom(4), 'normal', out);
    const random = createRandom(4);
    for (let p = 0; p < 2; p++) {
      const e0 = 2 * normal(random);
      const e1 = 2 * normal(random);
      const slope = 0.5 * normal(random);
      expect(out[2 * p]).toBeCloseTo(1 + slope + e0, 12);
      expect(out[2 * p + 1]).toBeCloseTo(2 + 2 * slope + e0 + e1, 12);
    }
  });

  it('takes exactly one draw per step and path, so the next sector starts where it should', () => {
    const normals = (random: () => number, n: number) => {
      for (let i = 0; i < n; i++) normal(random);
      return random();
    };
    const random = createRandom(21);
    simulatePaths(handFit([0, 0], [1, 1], 1, [0, 0]), 2, 3, random, 'normal', new Float64Array(6));
    expect(random()).toBe(normals(createRandom(21), 6));
    // bootstrap: one uniform per step and path
    const boot = createRandom(22);
    simulatePaths(handFit([0, 0], [1, 1], 1, [1, 3]), 2, 3, boot, 'bootstrap', new Float64Array(6));
    const fresh = createRandom(22);
    for (let i = 0; i < 6; i++) fresh();
    expect(boot()).toBe(fresh());
    // profile paths: one standardised draw per path
    const prof = createRandom(23);
    simulateProfilePaths(Float64Array.of(0, 0), profile, 'empirical', 3, prof, new Float64Array(6));
    const again = createRandom(23);
    for (let i = 0; i < 3; i++) standardDraw(profile, 'empirical', again);
    expect(prof()).toBe(again());
  });

  it('runs past PATH_CHUNK paths without an onChunk callback', () => {
    const paths = PATH_CHUNK + 1;
    const out = new Float64Array(paths);
    simulatePaths(handFit([3], [1], 0, [0, 0]), 1, paths, createRandom(1), 'normal', out);
    expect(out[paths - 1]).toBe(3);
    simulateProfilePaths(Float64Array.of(3), profile, 'empirical', paths, createRandom(1), out);
    expect(Number.isFinite(out[paths - 1])).toBe(true);
  });

  it('calls onChunk after every PATH_CHUNK paths, not at the start', () => {
    expect(PATH_CHUNK).toBe(8192);
    const paths = 2 * PATH_CHUNK + 1;
    const done: number[] = [];
    simulatePaths(
      handFit([0], [1], 1, [0, 0]),
      1,
      paths,
      createRandom(1),
      'normal',
      new Float64Array(paths),
      (d) => done.push(d),
    );
    expect(done).toEqual([8192, 16384]);
    const profileDone: number[] = [];
    simulateProfilePaths(
      Float64Array.of(0),
      profile,
      'empirical',
      paths,
      createRandom(1),
      new Float64Array(paths),
      (d) => profileDone.push(d),
    );
    expect(profileDone).toEqual([8192, 16384]);
  });
});

const profile: ErrorProfile = {
  scale: 2,
  growth: 1,
  seasonLength: 1,
  rms: 1,
  scores: Float64Array.of(0.5, 1, 1.5),
  origins: 3,
};

describe('simulateProfilePaths: ŷ_{T+k} + Z·scale·k^γ', () => {
  it('the draw by hand: ŷ + Z·2·k for the seeded Z', () => {
    const out = new Float64Array(2 * 2);
    simulateProfilePaths(Float64Array.of(10, 20), profile, 'conformal', 2, createRandom(8), out);
    const random = createRandom(8);
    for (let p = 0; p < 2; p++) {
      const z = standardDraw(profile, 'conformal', random);
      expect(out[2 * p]).toBeCloseTo(10 + 2 * z, 12);
      expect(out[2 * p + 1]).toBeCloseTo(20 + 4 * z, 12);
    }
  });

  it('one draw per path, scaled by scale·k^γ at every step', () => {
    const paths = 200;
    const mean = Float64Array.of(10, 20, 30);
    for (const method of ['empirical', 'conformal'] as const) {
      const out = new Float64Array(paths * 3);
      simulateProfilePaths(mean, profile, method, paths, createRandom(5), out);
      let spread = 0;
      for (let p = 0; p < paths; p++) {
        const z = (out[3 * p]! - 10) / 2;
        expect(out[3 * p + 1]).toBeCloseTo(20 + z * 4, 10);
        expect(out[3 * p + 2]).toBeCloseTo(30 + z * 6, 10);
        spread = Math.max(spread, Math.abs(z));
      }
      expect(spread).toBeGreaterThan(0);
      if (method === 'conformal') {
        // mostly a pooled score with a sign: |Z| one of 0.5, 1, 1.5 or a stretched tail beyond 1.5
        const zs = Array.from({ length: paths }, (_, p) => Math.abs((out[3 * p]! - 10) / 2));
        for (const z of zs) expect([0.5, 1, 1.5].some((s) => Math.abs(z - s) < 1e-12) || z > 1.5).toBe(true);
      }
    }
  });
});

describe('quantile at its ends', () => {
  it('q = 0 is the minimum, q = 1 the maximum, one value is every quantile', () => {
    const a = Float64Array.of(5, 1, 4, 2, 3);
    expect(quantile(a, 1)).toBe(5);
    expect(quantile(a, 0)).toBe(1);
    expect(quantile(a, 0.5)).toBe(3);
    expect(quantile(a, 0.9)).toBeCloseTo(4.6, 12);
    expect(quantile(Float64Array.of(7), 0.5)).toBe(7);
    expect(quantile(Float64Array.of(7), 1)).toBe(7);
    expect(quantile(Float64Array.of(2, 2, 9), 0.25)).toBe(2);
  });
});
