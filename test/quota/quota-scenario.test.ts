import { forecastQuota, type Observation } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { EXACT_GROWTH, testPlan } from '../helpers/plan.js';

const plan = testPlan;
const exact = EXACT_GROWTH;

describe('forecastQuota: the government scenario', () => {
  const targets = plan([
    { year: 2024, market: 50, government: 8 },
    { year: 2025, market: 75, government: 10 },
  ]);
  const run = (scenario?: { market?: number; government?: number }) =>
    forecastQuota({ plan: targets, observed: exact, model: 'drift', paths: 40, scenario });

  it('adds the expected government jobs to the last observation, the forecast and every path', () => {
    const [y2024, y2025] = run({ government: 3 }).years;
    // 5 + 3 = 8 reaches 2024's 8 already
    expect(y2024!.government).toEqual({
      target: 8,
      forecast: 8,
      intervals: [
        { level: 80, lower: 8, upper: 8 },
        { level: 95, lower: 8, upper: 8 },
      ],
      probability: 1,
      probabilityBasis: 'reached',
      perMonthNeeded: 0,
      perMonthForecast: 0,
    });
    // 10 is beyond 8 at the best yearly increase seen (0), and no path reaches it
    expect(y2025!.government.probability).toBe(0);
    expect(y2025!.government.probabilityBasis).toBe('out-of-reach');
    expect(y2025!.government.perMonthNeeded).toBeCloseTo(2 / 24, 12);
    // the market is untouched
    expect(y2024!.market.forecast).toBeCloseTo(50, 9);
    expect(y2024!.market.perMonthNeeded).toBeCloseTo(10 / 12, 12);
    // the total adds it: 50 + 8 = 58 on every path, against the target 58 from 40 + 8
    expect(y2024!.total.forecast).toBeCloseTo(58, 9);
    expect(y2024!.total.intervals[0]!.lower).toBeCloseTo(58, 9);
    expect(y2024!.total.probability).toBe(40.5 / 41);
    expect(y2024!.total.perMonthNeeded).toBeCloseTo(10 / 12, 12);
    expect(y2024!.total.perMonthForecast).toBeCloseTo(10 / 12, 12);
  });

  it('without it the same targets are out of reach; both scenarios add up in the total', () => {
    const none = run().years[0]!;
    expect(none.government.forecast).toBeCloseTo(5, 9);
    expect(none.government.probabilityBasis).toBe('out-of-reach');
    expect(none.government.perMonthNeeded).toBeCloseTo(3 / 12, 12);
    const both = run({ market: 2, government: 3 }).years[0]!;
    expect(both.market.forecast).toBeCloseTo(52, 9);
    expect(both.market.perMonthNeeded).toBeCloseTo(8 / 12, 12);
    expect(both.total.forecast).toBeCloseTo(60, 9);
    expect(both.total.intervals[1]!.upper).toBeCloseTo(60, 9);
    // the target 58 is below 60 on every path; from 42 + 8 = 50 it needs 8 in 12 months
    expect(both.total.perMonthNeeded).toBeCloseTo(8 / 12, 12);
    expect(both.total.perMonthForecast).toBeCloseTo(10 / 12, 12);
  });
});

describe('forecastQuota: what it reports about itself', () => {
  it('says how the paths were made, per sector', () => {
    const analytic = forecastQuota({
      plan: plan([{ year: 2024, market: 50, government: 8 }]),
      observed: exact,
      model: 'drift',
      paths: 20,
      intervals: 'analytic',
      residuals: 'bootstrap',
    });
    expect(analytic.residuals).toBe('bootstrap');
    expect(analytic.uncertainty.market).toEqual({
      method: 'analytic',
      note: "analytic: the model's bootstrap innovations (parameter and model uncertainty ignored)",
    });
    // three values give no rolling-origin error: the fallback says so
    const short = forecastQuota({
      plan: plan([{ year: 2024, market: 50, government: 8 }]),
      observed: exact.slice(1),
      model: 'drift',
      paths: 20,
    });
    expect(short.uncertainty.government).toEqual({
      method: 'analytic',
      note: 'analytic: 3 values give no rolling-origin error, so conformal paths cannot be made; they understate the uncertainty',
    });
    expect(short.residuals).toBe('normal');
    const conformal = forecastQuota({
      plan: plan([{ year: 2024, market: 50, government: 8 }]),
      observed: [
        { year: 2018, market: 1, government: 2 },
        { year: 2019, market: 4, government: 3 },
        ...exact,
      ],
      model: 'naive',
      paths: 20,
      intervals: 'conformal',
    });
    expect(conformal.uncertainty.market.method).toBe('conformal');
    expect(conformal.uncertainty.market.note).toMatch(
      /^conformal: \d+ out-of-sample errors from \d+ rolling origins, growing as /,
    );
  });

  it('defaults: seed 42, 10,000 paths, levels 80 and 95', () => {
    const r = forecastQuota({
      plan: plan([{ year: 2024, market: 50, government: 8 }]),
      observed: exact,
      model: 'drift',
    });
    expect(r.seed).toBe(42);
    expect(r.paths).toBe(10_000);
    expect(r.years[0]!.market.intervals.map((i) => i.level)).toEqual([80, 95]);
    const levels = forecastQuota({
      plan: plan([{ year: 2024, market: 50, government: 8 }]),
      observed: exact,
      model: 'naive',
      paths: 400,
      levels: [50],
      intervals: 'empirical',
    }).years[0]!.market.intervals;
    expect(levels.map((i) => i.level)).toEqual([50]);
    // naive on steps of 10, empirical paths (t on the errors' RMS; the yearly default, conformal, takes
    // the errors themselves, all 10 here): the 50% interval is narrower than ±10 and centred on 40
    expect(levels[0]!.lower).toBeLessThan(40);
    expect(levels[0]!.upper).toBeGreaterThan(40);
    expect(levels[0]!.upper - levels[0]!.lower).toBeLessThan(20);
  });

  it('reports progress over both sectors, every 8192 paths and at the end of each', () => {
    const calls: [number, number][] = [];
    const paths = 8193;
    forecastQuota({
      plan: plan([{ year: 2024, market: 50, government: 8 }]),
      observed: exact,
      model: 'drift',
      paths,
      onProgress: (done, total) => calls.push([done, total]),
    });
    const total = 2 * paths;
    expect(calls).toEqual([
      [8192, total],
      [8193, total],
      [8193 + 8192, total],
      [total, total],
    ]);
  });

  it('history: a target met exactly is reached, the published total is the total target', () => {
    const r = forecastQuota({
      plan: plan([
        { year: 2021, market: 20, government: 6, total: 25 },
        { year: 2022, market: 31, government: 5 },
      ]),
      observed: exact,
      paths: 10,
    });
    expect(r.history).toEqual([
      {
        year: 2021,
        market: { target: 20, realised: 20, reached: true },
        government: { target: 6, realised: 5, reached: false },
        total: { target: 25, realised: 25, reached: true },
      },
      {
        year: 2022,
        market: { target: 31, realised: 30, reached: false },
        government: { target: 5, realised: 5, reached: true },
        total: { target: 36, realised: 35, reached: false },
      },
    ]);
  });

  it('with no target year ahead: history only, no outlook', () => {
    const r = forecastQuota({
      plan: plan([{ year: 2022, market: 25, government: 5 }]),
      observed: exact,
      paths: 10,
    });
    expect(r.years).toEqual([]);
    expect(r.history).toHaveLength(1);
    expect(r.lastObserved).toBe('2023');
  });

  it('quarterly: the last quarter named, months to the year end counted from it', () => {
    const quarters: Observation[] = [];
    for (let i = 0; i < 10; i++) {
      const year = 2021 + Math.floor(i / 4);
      quarters.push({ quarter: `${year}Q${(i % 4) + 1}`, market: 10 + 2 * i, government: 5 });
    }
    // the last is 2023Q2: 2023 ends 2 quarters (6 months) later, 2024 after 18 months
    const r = forecastQuota({
      plan: plan([
        { year: 2023, market: 40, government: 5 },
        { year: 2024, market: 60, government: 5 },
      ]),
      observed: quarters,
      model: 'drift',
      paths: 20,
    });
    expect(r.frequency).toBe('quarterly');
    expect(r.lastObserved).toBe('2023Q2');
    expect(r.years.map((y) => [y.year, y.monthsAhead])).toEqual([
      [2023, 6],
      [2024, 18],
    ]);
    // 28 at 2023Q2 plus 2 a quarter
    expect(r.years[0]!.market.forecast).toBeCloseTo(32, 9);
    expect(r.years[1]!.market.forecast).toBeCloseTo(40, 9);
    expect(r.years[1]!.market.perMonthNeeded).toBeCloseTo((60 - 28) / 18, 12);
  });
});
