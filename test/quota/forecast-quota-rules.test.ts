// forecastQuota's own rules, asserted as outcomes (fast): the paths carry forecastSeries' uncertainty
// year by year, a probability is 0 or 1 only where the target is out of reach or reached, plan years
// in any order, where an abort stops it, and the messages naming it.
import {
  extraJobs,
  forecastQuota,
  forecastSeries,
  NATIONAL_REALISATIONS,
  type Observation,
  type TargetPlan,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../helpers/errors.js';
import { EXACT_GROWTH, testPlan } from '../helpers/plan.js';

const plan = testPlan;

describe('forecastQuota: the paths carry the same uncertainty as forecastSeries', () => {
  // Three target years, so step k of the paths is read for year k (one draw per path, k^γ apart).
  const threeYears = plan([2024, 2025, 2026].map((year) => ({ year, market: 100_000, government: 10_000 })));
  const market = NATIONAL_REALISATIONS.map((o) => o.market);
  // One sector is the national market series, the other a constant 500 (no error: its paths are 500).
  const run = (intervals: 'empirical' | 'conformal', varying: 'market' | 'government') =>
    forecastQuota({
      plan: threeYears,
      observed: NATIONAL_REALISATIONS.map((o) =>
        varying === 'market'
          ? { year: o.year, market: o.market, government: 500 }
          : { year: o.year, market: 500, government: o.market },
      ),
      model: 'drift',
      intervals,
      paths: 10_000,
      seed: 1,
    });
  // |paths' quantile − forecastSeries' bound| as a share of forecastSeries' interval width.
  const gaps = (
    q: ReturnType<typeof forecastQuota>,
    s: ReturnType<typeof forecastSeries>,
    varying: 'market' | 'government',
    level: number,
  ): number[] => {
    const i = s.intervals.find((x) => x.level === level)!;
    return q.years.flatMap((y, k) => {
      const width = i.upper[k]! - i.lower[k]!;
      const own = y[varying].intervals.find((x) => x.level === level)!;
      const total = y.total.intervals.find((x) => x.level === level)!;
      return [
        own.lower - i.lower[k]!,
        own.upper - i.upper[k]!,
        total.lower - 500 - i.lower[k]!,
        total.upper - 500 - i.upper[k]!,
      ].map((d) => Math.abs(d) / width);
    });
  };

  it('empirical: the 80% and 95% quantiles of every year are the intervals of forecastSeries', () => {
    const s = forecastSeries(market, { horizon: 3, model: 'drift', intervals: 'empirical' });
    for (const varying of ['market', 'government'] as const) {
      const q = run('empirical', varying);
      expect(q.uncertainty[varying].method).toBe('empirical');
      // 10,000 paths: a quantile's Monte Carlo error is under 1% of the width
      for (const level of [80, 95])
        for (const gap of gaps(q, s, varying, level)) expect(gap).toBeLessThan(0.03);
    }
  });

  it('conformal: the 80% quantile is the pooled score quantile of forecastSeries, not the t of empirical', () => {
    const s = forecastSeries(market, { horizon: 3, model: 'drift', intervals: 'conformal' });
    const e = forecastSeries(market, { horizon: 3, model: 'drift', intervals: 'empirical' });
    // 15 scores: the 13th smallest is the 80% half-width, 9% narrower than the empirical one
    expect(s.intervalNote).toMatch(/^conformal: 15 out-of-sample errors/);
    const widths = (f: typeof s) => f.intervals[0]!.upper[0]! - f.intervals[0]!.lower[0]!;
    expect(widths(s) / widths(e)).toBeLessThan(0.93);
    for (const varying of ['market', 'government'] as const) {
      const q = run('conformal', varying);
      expect(q.uncertainty[varying].method).toBe('conformal');
      for (const gap of gaps(q, s, varying, 80)) expect(gap).toBeLessThan(0.01);
    }
  });
});

describe('forecastQuota: a probability is 0 or 1 only when the target is out of reach or reached', () => {
  it('a target no path reaches but the best year of the history could: (0 + ½)/(paths + 1), simulated', () => {
    // +5 a year but one year +100: drift forecasts about +11, the best yearly pace is 100
    const observed: Observation[] = [];
    let value = 0;
    for (let i = 0; i < 16; i++) {
      value += i === 3 ? 100 : 5;
      observed.push({ year: 2008 + i, market: value, government: 5 });
    }
    const y = forecastQuota({
      plan: plan([{ year: 2024, market: 255, government: 5 }]),
      observed,
      model: 'drift',
      intervals: 'analytic',
      paths: 100,
    }).years[0]!;
    // 175 + 80 = 255 is within 175 + 100
    expect(y.market.intervals[1]!.upper).toBeLessThan(255);
    expect(y.market.probability).toBe(0.5 / 101);
    expect(y.market.probabilityBasis).toBe('simulated');
    expect(y.market.perMonthNeeded).toBeCloseTo(80 / 12, 12);
  });

  it('quarterly data: the best pace is a year over four quarters, not the best quarter', () => {
    // The same seasonal year again and again (Q1 100, Q2 130, Q3 110, Q4 100): no year ever grew,
    // though a Q1 → Q2 step of 30 would reach 110 from 100 in the 9 months to the year end.
    const pattern = [100, 130, 110, 100];
    const observed: Observation[] = [];
    for (let i = 0; i < 9; i++) {
      observed.push({
        quarter: `${2021 + Math.floor(i / 4)}Q${(i % 4) + 1}`,
        market: pattern[i % 4]!,
        government: 5,
      });
    }
    const r = forecastQuota({
      plan: plan([{ year: 2023, market: 110, government: 5 }]),
      observed,
      model: 'snaive',
      paths: 50,
    });
    expect(r.lastObserved).toBe('2023Q1');
    const y = r.years[0]!;
    expect(y.monthsAhead).toBe(9);
    expect(y.market.forecast).toBe(100);
    expect(y.market.probability).toBe(0);
    expect(y.market.probabilityBasis).toBe('out-of-reach');
    expect(y.government).toMatchObject({ probability: 1, probabilityBasis: 'reached' });
    expect(y.total).toMatchObject({
      target: 115,
      forecast: 105,
      probability: 0,
      probabilityBasis: 'out-of-reach',
    });
  });

  it("the total's pace is that of market plus government", () => {
    // market +10 a year, government −2: the total grew 8 a year, so 62 from 52 is out of reach
    const observed = [10, 20, 30, 40].map((market, i) => ({
      year: 2020 + i,
      market,
      government: 18 - 2 * i,
    }));
    const y = forecastQuota({
      plan: plan([{ year: 2024, market: 0, government: 0, total: 62 }]),
      observed,
      model: 'drift',
      paths: 50,
    }).years[0]!;
    expect(y.total).toEqual({
      target: 62,
      forecast: 60,
      intervals: [
        { level: 80, lower: 60, upper: 60 },
        { level: 95, lower: 60, upper: 60 },
      ],
      probability: 0,
      probabilityBasis: 'out-of-reach',
      perMonthNeeded: 10 / 12,
      perMonthForecast: 8 / 12,
    });
  });
});

describe('forecastQuota: plan years and units', () => {
  it('takes the plan years in any order, in year order, and leaves the plan as given', () => {
    const years = [
      { year: 2025, market: 70, government: 5 },
      { year: 2023, market: 35, government: 6 },
      { year: 2024, market: 55, government: 5 },
    ];
    const given = plan(years.map((row) => ({ ...row })));
    const r = forecastQuota({ plan: given, observed: EXACT_GROWTH, model: 'drift', paths: 10 });
    expect(given.years.map((row) => row.year)).toEqual([2025, 2023, 2024]);
    expect(r.history.map((h) => h.year)).toEqual([2023]);
    expect(r.years.map((y) => [y.year, y.monthsAhead, y.market.target, y.market.forecast])).toEqual([
      [2024, 12, 55, 50],
      [2025, 24, 70, 60],
    ]);
  });

  it('a plan counting 36 hours a job: the scenario is counted in its unit', () => {
    const placements = [{ sector: 'market' as const, hoursPerWeek: 36 * 4 }];
    const scenario = extraJobs(placements, { unitHours: 36 });
    expect(scenario.market).toBe(4);
    const own: TargetPlan = { ...plan([{ year: 2024, market: 54, government: 5 }]), unitHours: 36 };
    const y = forecastQuota({ plan: own, observed: EXACT_GROWTH, model: 'drift', paths: 10, scenario })
      .years[0]!;
    // 40 + 4 = 44 now, 54 a year later on every path: reached in the simulation, not before
    expect(y.market.forecast).toBe(54);
    expect(y.market.probability).toBe(10.5 / 11);
    expect(y.market.perMonthNeeded).toBeCloseTo(10 / 12, 12);
  });

  it('gives the reason of each sector’s model', () => {
    const r = forecastQuota({
      plan: plan([{ year: 2024, market: 50, government: 5 }]),
      observed: EXACT_GROWTH,
      model: 'drift',
      paths: 10,
    });
    expect(r.reasons).toEqual({ market: 'drift: given', government: 'drift: given' });
    const auto = forecastQuota({
      plan: plan([{ year: 2024, market: 50, government: 5 }]),
      observed: EXACT_GROWTH,
      paths: 10,
    });
    expect(auto.reasons.market).toMatch(
      /^blend: 4 values, too few to backtest \(need 5\); with 4 values blend is Theta, drift and the combination in equal shares, a hedge: /,
    );
  });
});

describe('forecastQuota: aborts and messages', () => {
  const base = {
    plan: plan([{ year: 2024, market: 50, government: 5 }]),
    observed: EXACT_GROWTH,
    model: 'drift' as const,
  };
  /** The progress calls up to an abort at the call `stopAt` (1-based), and the failure. */
  const abortAt = (stopAt: number, paths: number, options: object = {}) => {
    const controller = new AbortController();
    const calls: number[] = [];
    const failure = failureOf(() =>
      forecastQuota({
        ...base,
        ...options,
        paths,
        signal: controller.signal,
        onProgress: (done) => {
          calls.push(done);
          if (calls.length === stopAt) controller.abort();
        },
      }),
    );
    return { calls, failure };
  };
  const aborted = 'ABORTED: forecastQuota was aborted';

  it('an aborted signal stops it before any model is fitted', () => {
    const controller = new AbortController();
    controller.abort();
    // holt needs 4 values: the abort comes first
    const observed = EXACT_GROWTH.slice(1);
    expect(failureOf(() => forecastQuota({ ...base, observed, model: 'holt' }))).toMatch(
      /needs at least 4 values/,
    );
    expect(
      failureOf(() => forecastQuota({ ...base, observed, model: 'holt', signal: controller.signal })),
    ).toBe(aborted);
  });

  it('stops at the next check after an abort, wherever it comes', () => {
    const paths = 16_385; // progress at 8192 and 16384 within a sector, then at its end
    const total = 2 * paths;
    // in the middle of the market's paths, at the end of the market, at the very end
    expect(abortAt(1, paths)).toEqual({ calls: [8192], failure: aborted });
    expect(abortAt(2, paths)).toEqual({ calls: [8192, 16_384], failure: aborted });
    expect(abortAt(3, paths)).toEqual({ calls: [8192, 16_384, paths], failure: aborted });
    expect(abortAt(6, paths)).toEqual({
      calls: [8192, 16_384, paths, paths + 8192, paths + 16_384, total],
      failure: aborted,
    });
    // 8193 paths: the abort at 8192 is caught by the report at the sector's end
    expect(abortAt(1, 8193)).toEqual({ calls: [8192], failure: aborted });
  });

  it('with no target year ahead, no path is simulated: progress only at the end of each sector', () => {
    const none = { plan: plan([{ year: 2022, market: 25, government: 5 }]) };
    for (const intervals of ['empirical', 'analytic'] as const) {
      const calls: number[] = [];
      const r = forecastQuota({
        ...base,
        ...none,
        intervals,
        paths: 8193,
        onProgress: (done) => calls.push(done),
      });
      expect(r.years).toEqual([]);
      expect(calls).toEqual([8193, 2 * 8193]);
    }
  });

  it('names itself and the argument in its messages', () => {
    expect(failureOf(() => forecastQuota(null as never))).toBe(
      'INVALID_ARGUMENT: forecastQuota: expected `options` to be an object',
    );
    expect(failureOf(() => forecastQuota({ ...base, paths: 0 }))).toMatch(
      /^INVALID_ARGUMENT: forecastQuota: `paths`: /,
    );
  });
});
