// Conformal paths honour conformal intervals (issue 17): forecastQuota's simulated paths have, year by
// year, the 80% and 95% bounds of forecastSeries' conformal intervals, also at a level the pooled
// scores do not reach (where forecastSeries takes the t quantile), so P(reach) follows from the same
// uncertainty as the intervals. Before, the paths stretched their tail beyond the largest score by a
// small t draw instead: their 95% band lay 11–14% of its width inside forecastSeries' on the national
// market series, 19% on a six-year series (benchmarks/RESULTS.md, session 13).
import {
  forecastQuota,
  forecastSeries,
  type ModelName,
  NATIONAL_REALISATIONS,
  type Observation,
  type TargetPlan,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testPlan } from '../helpers/plan.js';

const market = NATIONAL_REALISATIONS.map((o) => o.market);
const SHORT = [120, 135, 160, 158, 181, 199];
const PATHS = 10_000;

/** A plan with a target in each of the `horizon` years after the last of `values` (first year 2015). */
const planAfter = (values: readonly number[], horizon: number): TargetPlan =>
  testPlan(
    Array.from({ length: horizon }, (_, k) => ({
      year: 2015 + values.length + k,
      market: 1e9,
      government: 1e9,
    })),
  );
const observe = (values: readonly number[]): Observation[] =>
  values.map((v, i) => ({ year: 2015 + i, market: v, government: 500 }));

const both = (values: readonly number[], model: ModelName | 'auto', horizon: number) => ({
  series: forecastSeries(values, { horizon, model, intervals: 'conformal' }),
  quota: forecastQuota({
    plan: planAfter(values, horizon),
    observed: observe(values),
    model,
    intervals: 'conformal',
    paths: PATHS,
    seed: 17,
  }),
});

describe('forecastQuota: conformal paths have the conformal intervals of forecastSeries', () => {
  // The national market series with the default model (15 pooled scores at horizon 3: enough for 80%,
  // too few for 95%) and drift; a six-year series (6 and 3 scores: too few for 95%, for auto even 80%).
  const cases: [string, readonly number[], ModelName | 'auto', number][] = [
    ['national market, default model, 3 years', market, 'auto', 3],
    ['national market, default model, 5 years', market, 'auto', 5],
    ['national market, drift, 3 years', market, 'drift', 3],
    ['six years, default model, 4 years', SHORT, 'auto', 4],
    ['six years, drift, 4 years', SHORT, 'drift', 4],
  ];
  it.each(cases)(
    '%s: the 10/90 and 2.5/97.5 percentiles are the 80% and 95% bounds',
    (_, values, model, h) => {
      const { series, quota } = both(values, model, h);
      expect(quota.uncertainty.market.method).toBe('conformal');
      expect(series.intervalMethod).toBe('conformal');
      expect(quota.models.market).toBe(series.model);
      for (const level of [80, 95]) {
        const bound = series.intervals.find((i) => i.level === level)!;
        quota.years.forEach((year, k) => {
          const width = bound.upper[k]! - bound.lower[k]!;
          const own = year.market.intervals.find((i) => i.level === level)!;
          // 10,000 paths: a percentile's Monte Carlo error is about 1% of the width at 2.5%
          expect(Math.abs(own.lower - bound.lower[k]!) / width).toBeLessThan(0.03);
          expect(Math.abs(own.upper - bound.upper[k]!) / width).toBeLessThan(0.03);
        });
      }
    },
  );

  it('where the level sits on a step of the scores, the bounds cut the paths at the level (in probability)', () => {
    // Drift on the national market five years ahead: 20 scores, ⌈21 · 0.95⌉ = 20, and 21 · 0.95 = 19.95
    // lies just below that rank: 2.38% of the paths fall below the 95% bound, 4.76% at or below it, so
    // the paths' 2.5% percentile jumps between the bound and the tail from seed to seed; the fraction of
    // paths beyond each bound is what P(reach) reads, and it is exactly the level's.
    const { series, quota } = both(market, 'drift', 5);
    expect(series.intervalNote).toMatch(/^conformal: 20 out-of-sample errors/);
    // P(path ≥ target) per year, with every year's target at a bound (the same five-year horizon)
    const above = (targets: number[]) =>
      forecastQuota({
        plan: testPlan(quota.years.map((y, k) => ({ year: y.year, market: targets[k]!, government: 1e9 }))),
        observed: observe(market),
        model: 'drift',
        intervals: 'conformal',
        paths: PATHS,
        seed: 17,
      }).years.map((y) => y.market);
    for (const level of [80, 95]) {
      const bound = series.intervals.find((i) => i.level === level)!;
      const tail = (1 - level / 100) / 2;
      const se = Math.sqrt((tail * (1 - tail)) / PATHS);
      const beyond = (b: number[]) => above(b.map((v) => v * (1 + 1e-12)));
      // Strictly beyond the upper bound at most the tail, at or beyond it at least the tail
      for (const o of beyond(bound.upper)) expect(o.probability).toBeLessThan(tail + 4 * se);
      for (const o of above(bound.upper)) expect(o.probability).toBeGreaterThan(tail - 4 * se);
      // At or beyond the lower bound at least 1 − tail, strictly beyond at most 1 − tail (where
      // simulated: a lower bound under the last value counts as reached)
      const simulated = (o: { probabilityBasis: string }) => o.probabilityBasis === 'simulated';
      for (const o of above(bound.lower).filter(simulated))
        expect(o.probability).toBeGreaterThan(1 - tail - 4 * se);
      for (const o of beyond(bound.lower).filter(simulated))
        expect(o.probability).toBeLessThan(1 - tail + 4 * se);
    }
  });

  it('conformal paths: wider levels never inside narrower ones, bands never shrink, P(reach) falls with the target', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 6, maxLength: 11 }),
        fc.double({ min: 1, max: 40, noNaN: true }),
        (noise, trend) => {
          const values = noise.map((e, t) => 100 + trend * t + 0.4 * trend * e);
          const last = values[values.length - 1]!;
          const q = forecastQuota({
            plan: testPlan(
              [1, 2, 3].map((k) => ({
                year: 2014 + values.length + k,
                market: last + trend * k,
                government: 1,
              })),
            ),
            observed: observe(values),
            intervals: 'conformal',
            paths: 500,
            seed: 5,
          });
          expect(q.uncertainty.market.method).toBe('conformal');
          const band = (k: number, level: number) => {
            const i = q.years[k]!.market.intervals.find((x) => x.level === level)!;
            return [i.lower, i.upper] as const;
          };
          for (let k = 0; k < 3; k++) {
            const [l80, u80] = band(k, 80);
            const [l95, u95] = band(k, 95);
            expect(l95).toBeLessThanOrEqual(l80);
            expect(u95).toBeGreaterThanOrEqual(u80);
            if (k > 0) {
              const [pl, pu] = band(k - 1, 80);
              expect(u80 - l80).toBeGreaterThanOrEqual(pu - pl - 1e-9);
            }
          }
          const reach = (target: number) =>
            forecastQuota({
              plan: testPlan([{ year: 2015 + values.length, market: target, government: 1 }]),
              observed: observe(values),
              intervals: 'conformal',
              paths: 500,
              seed: 5,
            }).years[0]!.market;
          const low = reach(last + trend);
          const high = reach(last + 2 * trend);
          expect(high.probability).toBeLessThanOrEqual(low.probability);
          expect(reach(last - 1).probability).toBe(1);
        },
      ),
      { numRuns: 15 },
    );
  });
});
