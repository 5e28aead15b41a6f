import { forecastQuota, forecastSeries, type Observation, type TargetPlan } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dieboldMariano } from '../../src/quota/choose-model.js';
import { studentQuantile } from '../../src/quota/student-t.js';

// Issue 17: intervals that widen with the horizon, probabilities that are never certain without a reason.

/** A short yearly series from a known process: linear growth, damped growth, a 2020-like setback or a flat stretch. */
const knownProcess = fc
  .record({
    kind: fc.constantFrom('linear', 'damped', 'shift', 'flat'),
    n: fc.integer({ min: 6, max: 12 }),
    level: fc.double({ min: 10, max: 1000, noNaN: true }),
    trend: fc.double({ min: 1, max: 50, noNaN: true }),
    noise: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }),
    at: fc.integer({ min: 2, max: 10 }),
  })
  .map(({ kind, n, level, trend, noise, at }) => {
    const y: number[] = [];
    let v = level;
    let b = trend;
    for (let t = 0; t < n; t++) {
      if (kind === 'damped') b *= 0.85;
      if (kind === 'shift' && t === at) v -= 2 * trend;
      if (!(kind === 'flat' && t >= at && t < at + 3)) v += b;
      y.push(v + 0.3 * trend * noise[t]!);
    }
    return y;
  });

const halfWidth = (f: ReturnType<typeof forecastSeries>, level: number, k: number): number => {
  const i = f.intervals.find((x) => x.level === level)!;
  return (i.upper[k]! - i.lower[k]!) / 2;
};

describe('intervals from rolling-origin errors', () => {
  it('never shrink with the horizon, nest 95% around 80%, and say which method made them', () => {
    fc.assert(
      fc.property(
        knownProcess,
        fc.constantFrom('empirical', 'conformal', 'analytic') as fc.Arbitrary<
          'empirical' | 'conformal' | 'analytic'
        >,
        (y, intervals) => {
          const f = forecastSeries(y, { horizon: 5, intervals });
          expect(['empirical', 'conformal', 'analytic']).toContain(f.intervalMethod);
          expect(f.intervalNote.length).toBeGreaterThan(0);
          for (let k = 0; k < 5; k++) {
            expect(halfWidth(f, 95, k)).toBeGreaterThanOrEqual(halfWidth(f, 80, k) - 1e-9);
            if (k > 0) expect(halfWidth(f, 95, k)).toBeGreaterThanOrEqual(halfWidth(f, 95, k - 1) - 1e-9);
            if (k > 0) expect(halfWidth(f, 80, k)).toBeGreaterThanOrEqual(halfWidth(f, 80, k - 1) - 1e-9);
          }
          // Where the errors vary at all, h = 5 is at least 5^0.5 = 2.2 × h = 1 (GROWTH_BOUNDS).
          if (f.intervalMethod === 'empirical' && halfWidth(f, 80, 0) > 1e-9) {
            expect(halfWidth(f, 80, 4)).toBeGreaterThanOrEqual(1.2 * halfWidth(f, 80, 0));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('worked example: naive on 0..5 errs h at step h, so γ = 1, scores all 1, t with 2 degrees of freedom', () => {
    // Origins after 3, 4, 5 values; errors 1, 2, 3 | 1, 2 | 1 → RMS per step h = h → γ = 1.
    const f = forecastSeries([0, 1, 2, 3, 4, 5], { horizon: 3, model: 'naive', intervals: 'empirical' });
    expect(f.intervalMethod).toBe('empirical');
    expect(f.intervalNote).toContain('6 out-of-sample errors from 3 rolling origins, growing as h^1.00');
    const t80 = 0.8 / Math.sqrt(2 * 0.9 * 0.1); // t(0.9, 2) exactly
    for (let k = 0; k < 3; k++) expect(halfWidth(f, 80, k)).toBeCloseTo((k + 1) * t80, 9);
    const c = forecastSeries([0, 1, 2, 3, 4, 5], { horizon: 3, model: 'naive', intervals: 'conformal' });
    // Six scores of 1: the ⌈7 · 0.8⌉ = 6th is 1; for 95% ⌈7 · 0.95⌉ = 7 > 6, so the t bound (2 df) stands in.
    for (let k = 0; k < 3; k++) expect(halfWidth(c, 80, k)).toBeCloseTo(k + 1, 9);
    const t95 = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
    expect(halfWidth(c, 95, 0)).toBeCloseTo(t95, 9);
    expect(c.intervalNote).toContain('Student-t quantile there');
  });

  it('falls back to analytic intervals, and says so, when the series is too short for any origin', () => {
    const f = forecastSeries([3, 5, 8], { horizon: 2 });
    expect(f.intervalMethod).toBe('analytic');
    expect(f.intervalNote).toContain('no rolling-origin error');
  });

  it('rejects an unknown interval method or selection rule with INVALID_ARGUMENT', () => {
    const code = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (e) {
        return (e as { code?: string }).code;
      }
      return undefined;
    };
    expect(code(() => forecastSeries([1, 2, 3, 4], { horizon: 1, intervals: 'x' as 'analytic' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(code(() => forecastSeries([1, 2, 3, 4], { horizon: 1, select: 'x' as 'evidence' }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('the default model and its reason', () => {
  it('is the blend of weighted and median on a short series, with the reason in the result', () => {
    const f = forecastSeries([21057, 22554, 36904, 51957, 61615, 66097, 72809, 81117, 85665], { horizon: 3 });
    expect(f.model).toBe('blend');
    expect(f.reason).toMatch(/fewer than 8, too few to tell models apart/);
  });

  it('Diebold–Mariano: a steady gain is significant, gains that cancel out are not', () => {
    const steady = Float64Array.from({ length: 10 }, (_, i) => 1 + 0.1 * (i % 3));
    expect(dieboldMariano(steady, 1, 0.05).significant).toBe(true);
    const noise = Float64Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    expect(dieboldMariano(noise, 1, 0.05).significant).toBe(false);
  });

  it('Student t quantiles: exact for 1 and 2 degrees of freedom, within 1e-3 of the tables beyond', () => {
    expect(studentQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentQuantile(0.975, 2)).toBeCloseTo(4.302653, 6);
    expect(studentQuantile(0.975, 5)).toBeCloseTo(2.570582, 2);
    expect(studentQuantile(0.975, 10)).toBeCloseTo(2.228139, 3);
    expect(studentQuantile(0.9, 30)).toBeCloseTo(1.310415, 3);
  });
});

const plan = (year: number, market: number, government = 0): TargetPlan => ({
  id: 'p',
  name: 'p',
  source: 'test',
  unitHours: 25.5,
  years: [{ year, market, government }],
});
const observed = (values: number[]): Observation[] =>
  values.map((v, i) => ({ year: 2015 + i, market: v, government: 5 + (i % 2) }));

describe('forecastQuota: P(reach) from the same uncertainty, certain only with a reason', () => {
  it('a target already reached gives 1 (basis reached), at any horizon and for any series', () => {
    fc.assert(
      fc.property(knownProcess, fc.integer({ min: 1, max: 3 }), (y, ahead) => {
        const last = y[y.length - 1]!;
        const r = forecastQuota({
          plan: plan(2014 + y.length + ahead, last - 1),
          observed: observed(y),
          paths: 200,
        });
        expect(r.years[0]!.market.probability).toBe(1);
        expect(r.years[0]!.market.probabilityBasis).toBe('reached');
      }),
      { numRuns: 25 },
    );
  });

  it('a target beyond the best yearly increase seen, kept up every month, and beyond every path gives 0', () => {
    const y = [10, 20, 35, 40, 52, 60]; // best yearly increase 15
    const r = forecastQuota({ plan: plan(2022, 60 + 2 * 15 * 4), observed: observed(y), paths: 500 });
    expect(r.years[0]!.market.probability).toBe(0);
    expect(r.years[0]!.market.probabilityBasis).toBe('out-of-reach');
    // Beyond the pace but reached by some paths: simulated, small, not 0.
    const some = forecastQuota({ plan: plan(2022, 60 + 2 * 15 + 1), observed: observed(y), paths: 500 });
    if (some.years[0]!.market.probabilityBasis === 'simulated') {
      expect(some.years[0]!.market.probability).toBeGreaterThan(0);
    }
    // Just within that pace: simulated, and never a certainty.
    const within = forecastQuota({ plan: plan(2022, 60 + 2 * 15 - 1), observed: observed(y), paths: 500 });
    const p = within.years[0]!.market.probability;
    expect(within.years[0]!.market.probabilityBasis).toBe('simulated');
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  });

  it('a higher target never has a higher probability, and simulated ones stay strictly inside (0, 1)', () => {
    fc.assert(
      fc.property(
        knownProcess,
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (y, a, d) => {
          const last = y[y.length - 1]!;
          const step = Math.abs(last - y[0]!) / y.length + 1;
          const run = (target: number) =>
            forecastQuota({
              plan: plan(2015 + y.length + 1, target),
              observed: observed(y),
              paths: 300,
              seed: 9,
            }).years[0]!.market;
          const low = run(last + a * step);
          const high = run(last + (a + d) * step);
          expect(high.probability).toBeLessThanOrEqual(low.probability);
          for (const o of [low, high]) {
            if (o.probabilityBasis === 'simulated') {
              expect(o.probability).toBeGreaterThan(0);
              expect(o.probability).toBeLessThan(1);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reports the method of its paths and the reason for each model, and widens with the years', () => {
    const y = [100, 130, 150, 185, 200, 230, 260, 270, 300];
    const r = forecastQuota({
      plan: {
        ...plan(2024, 400),
        years: [2024, 2025, 2026, 2027, 2028].map((year) => ({ year, market: 400, government: 5 })),
      },
      observed: observed(y),
      paths: 2000,
    });
    // the yearly default: conformal paths, and the note says why
    expect(r.uncertainty.market.method).toBe('conformal');
    expect(r.uncertainty.market.note).toContain('the default for yearly data: with blend');
    expect(r.reasons.market).toContain('blend');
    const width = (k: number) => {
      const i = r.years[k]!.market.intervals[0]!;
      return i.upper - i.lower;
    };
    expect(width(4)).toBeGreaterThanOrEqual(1.2 * width(0));
    const analytic = forecastQuota({
      plan: plan(2024, 400),
      observed: observed(y),
      paths: 200,
      intervals: 'analytic',
    });
    expect(analytic.uncertainty.market.method).toBe('analytic');
  });
});
