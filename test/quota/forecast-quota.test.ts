import {
  forecastQuota,
  isValidationError,
  NATIONAL_REALISATIONS,
  type Observation,
  TARGET_PLANS,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXACT_GROWTH, testPlan } from '../helpers/plan.js';

const plan = testPlan;
const exact = EXACT_GROWTH;

describe('forecastQuota: worked example without noise', () => {
  const result = forecastQuota({
    plan: plan([
      { year: 2023, market: 35, government: 6 },
      { year: 2024, market: 50, government: 5 },
      { year: 2025, market: 75, government: 5, total: 82 },
    ]),
    observed: exact,
    model: 'drift',
    paths: 200,
  });

  it('gives the drift forecast, near-certain and out-of-reach probabilities and the run-rate needed', () => {
    expect(result.lastObserved).toBe('2023');
    expect(result.models).toEqual({ market: 'drift', government: 'drift' });
    const [y2024, y2025] = result.years;
    expect(y2024!.year).toBe(2024);
    expect(y2024!.monthsAhead).toBe(12);
    expect(y2024!.market.forecast).toBeCloseTo(50, 9);
    // 50 ≥ 50 on every path, but a simulation never claims certainty: (200 + ½)/(200 + 1)
    expect(y2024!.market.probability).toBe(200.5 / 201);
    expect(y2024!.market.probabilityBasis).toBe('simulated');
    expect(y2024!.market.perMonthNeeded).toBeCloseTo(10 / 12, 12);
    expect(y2024!.market.perMonthForecast).toBeCloseTo(10 / 12, 12);
    expect(y2025!.market.forecast).toBeCloseTo(60, 9);
    // 60 < 75 even at the best yearly increase seen (10): out of reach
    expect(y2025!.market.probability).toBe(0);
    expect(y2025!.market.probabilityBasis).toBe('out-of-reach');
    expect(y2025!.market.perMonthNeeded).toBeCloseTo(35 / 24, 12);
    expect(y2025!.government.perMonthNeeded).toBe(0); // already at 5
    // the published total (82) is the total's target; 60 + 5 < 82
    expect(y2025!.total.target).toBe(82);
    expect(y2025!.total.forecast).toBeCloseTo(65, 9);
    expect(y2025!.total.intervals[0]!.lower).toBeCloseTo(65, 9);
    expect(y2025!.total.probability).toBe(0);
  });

  it('reports observed target years as history', () => {
    expect(result.history).toEqual([
      {
        year: 2023,
        market: { target: 35, realised: 40, reached: true },
        government: { target: 6, realised: 5, reached: false },
        total: { target: 41, realised: 45, reached: true },
      },
    ]);
  });

  it('adds a scenario (expected jobs from an assignment run) to forecasts and paths', () => {
    const withScenario = forecastQuota({
      plan: plan([{ year: 2025, market: 75, government: 5 }]),
      observed: exact,
      model: 'drift',
      paths: 50,
      scenario: { market: 20 },
    });
    const y = withScenario.years[0]!;
    expect(y.market.forecast).toBeCloseTo(80, 9);
    expect(y.market.probability).toBe(50.5 / 51);
    expect(y.market.perMonthNeeded).toBeCloseTo((75 - 60) / 24, 12);
    // The result says what it added on top of the trend: the forecast less it is the trend alone.
    expect(withScenario.scenario).toEqual({ market: 20, government: 0, total: 20 });
    const trend = forecastQuota({
      plan: plan([{ year: 2025, market: 75, government: 5 }]),
      observed: exact,
      model: 'drift',
      paths: 50,
    });
    expect(trend.scenario).toBeNull();
    expect(y.market.forecast - withScenario.scenario!.market).toBeCloseTo(trend.years[0]!.market.forecast, 9);
    expect(y.government.forecast).toBe(trend.years[0]!.government.forecast);
  });
});

describe('forecastQuota: simulation', () => {
  const national = { plan: TARGET_PLANS.national2013, observed: NATIONAL_REALISATIONS, paths: 2000 };

  it('the same seed gives identical output, another seed different probabilities or intervals', () => {
    const a = forecastQuota({ ...national, seed: 7 });
    const b = forecastQuota({ ...national, seed: 7 });
    const c = forecastQuota({ ...national, seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a.years)).not.toBe(JSON.stringify(c.years));
  });

  it('probability falls as the target rises (metamorphic: same seed, same paths)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 70000, max: 110000 }),
        fc.integer({ min: 1, max: 20000 }),
        (target, extra) => {
          const run = (t: number): number =>
            forecastQuota({
              plan: plan([{ year: 2024, market: t, government: 0 }]),
              observed: NATIONAL_REALISATIONS,
              model: 'drift',
              paths: 500,
              seed: 3,
            }).years[0]!.market.probability;
          expect(run(target + extra)).toBeLessThanOrEqual(run(target));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('simulated normal intervals agree with the analytic drift interval (Monte Carlo, 20,000 paths)', () => {
    const r = forecastQuota({
      plan: plan([{ year: 2024, market: 0, government: 0 }]),
      observed: NATIONAL_REALISATIONS,
      model: 'drift',
      intervals: 'analytic',
      paths: 20000,
      seed: 1,
    });
    // drift on market: b = (74031 − 15604)/8, σ² = sample variance of the 8 differences, σ_1² = σ²(1 + 1/8)
    const m = NATIONAL_REALISATIONS.map((x) => x.market);
    const d = m.slice(1).map((v, i) => v - m[i]!);
    const mean = d.reduce((s, v) => s + v, 0) / d.length;
    const s2 = d.reduce((s, v) => s + (v - mean) ** 2, 0) / (d.length - 1);
    const half = 1.959963984540054 * Math.sqrt(s2 * (1 + 1 / 8));
    const i95 = r.years[0]!.market.intervals[1]!;
    expect(r.years[0]!.market.forecast).toBeCloseTo(74031 + mean, 6);
    expect(i95.upper - i95.lower).toBeGreaterThan(2 * half * 0.97);
    expect(i95.upper - i95.lower).toBeLessThan(2 * half * 1.03);
  });

  it('on the real national series: 2024 and 2025 targets out of reach, 2024 realisation inside the 80% interval', () => {
    const r = forecastQuota({ ...national, seed: 42 });
    const [y2024, y2025] = r.years;
    expect(y2024!.total.probability).toBeLessThan(0.01);
    expect(y2025!.total.probability).toBeLessThan(0.01);
    // The tien-meting (rijksoverheid.nl 03-07-2025) reported "bijna 90.000" extra jobs at the end of 2024.
    const i80 = y2024!.total.intervals[0]!;
    expect(i80.lower).toBeLessThan(89700);
    expect(i80.upper).toBeGreaterThan(89700);
  });

  it('bootstrapped residuals give probabilities in [0, 1] and nested intervals', () => {
    const r = forecastQuota({ ...national, seed: 5, residuals: 'bootstrap' });
    for (const y of r.years) {
      for (const s of [y.market, y.government, y.total]) {
        expect(s.probability).toBeGreaterThanOrEqual(0);
        expect(s.probability).toBeLessThanOrEqual(1);
        expect(s.intervals[1]!.lower).toBeLessThanOrEqual(s.intervals[0]!.lower);
        expect(s.intervals[1]!.upper).toBeGreaterThanOrEqual(s.intervals[0]!.upper);
      }
    }
  });
});

describe('forecastQuota: quarterly data', () => {
  // Q4 high, Q1 low, rising 10 a quarter.
  const pattern = [-6, 1, 1, 4];
  const observed: Observation[] = [];
  for (let i = 0; i < 14; i++) {
    const year = 2020 + Math.floor(i / 4);
    observed.push({
      quarter: `${year}Q${(i % 4) + 1}`,
      market: 100 + 10 * i + pattern[i % 4]!,
      government: 20 + i,
    });
  }

  it('judges a year on its Q4 value, counts months to its end and reads history at Q4', () => {
    const r = forecastQuota({
      plan: plan([
        { year: 2022, market: 100, government: 10 },
        { year: 2023, market: 270, government: 30 },
        { year: 2024, market: 300, government: 40 },
      ]),
      observed,
      model: 'snaive',
      paths: 100,
    });
    expect(r.frequency).toBe('quarterly');
    expect(r.lastObserved).toBe('2023Q2');
    expect(r.history.map((h) => [h.year, h.market.realised])).toEqual([[2022, 100 + 10 * 11 + 4]]);
    expect(r.years.map((y) => [y.year, y.monthsAhead])).toEqual([
      [2023, 6],
      [2024, 18],
    ]);
    // seasonal naive: 2023Q4 = 2022Q4 value
    expect(r.years[0]!.market.forecast).toBe(214);
  });
});

describe('forecastQuota: validation', () => {
  const code = (fn: () => unknown): unknown => {
    try {
      fn();
    } catch (e) {
      return isValidationError(e)
        ? e.issues.map((i) => `${i.code}@${i.path.join('.')}`)
        : (e as { code?: string }).code;
    }
    return undefined;
  };

  it('lists every problem in the observations with its path', () => {
    expect(
      code(() =>
        forecastQuota({
          plan: TARGET_PLANS.national2013,
          observed: [
            { year: 2020, market: 1, government: 1 },
            { year: 2022, market: 2, government: 1 },
            { year: 2022, market: 2, government: 1 },
          ],
        }),
      ),
    ).toEqual(['missing_period@observed.1', 'duplicate_period@observed.2']);
    expect(
      code(() =>
        forecastQuota({
          plan: TARGET_PLANS.national2013,
          observed: [
            { year: 2020, market: 1, government: 1 },
            { quarter: '2021Q1', market: 2, government: 1 },
          ],
        }),
      ),
    ).toContain('mixed_frequency@observed');
    expect(
      code(() =>
        forecastQuota({
          plan: TARGET_PLANS.national2013,
          observed: [{ quarter: '2021-1', market: 2, government: 1 }],
        }),
      ),
    ).toEqual(['invalid_format@observed.0.quarter']);
    expect(code(() => forecastQuota({ plan: TARGET_PLANS.national2013, observed: [] }))).toEqual([
      'too_small@observed',
    ]);
  });

  it('lists the problems of a bad plan under `plan`', () => {
    const badPlan = { ...plan([{ year: 2025, market: -1, government: 0 }]), unitHours: 0 };
    expect(code(() => forecastQuota({ plan: badPlan, observed: NATIONAL_REALISATIONS }))).toEqual([
      'too_small@plan.unitHours',
      'too_small@plan.years.0.market',
    ]);
  });

  it('rejects bad options with INVALID_ARGUMENT and stops on abort', () => {
    const base = { plan: TARGET_PLANS.national2013, observed: NATIONAL_REALISATIONS };
    expect(code(() => forecastQuota({ ...base, paths: 0 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => forecastQuota({ ...base, scenario: { market: Number.NaN } }))).toBe('INVALID_ARGUMENT');
    const controller = new AbortController();
    controller.abort();
    expect(code(() => forecastQuota({ ...base, signal: controller.signal }))).toBe('ABORTED');
  });
});
