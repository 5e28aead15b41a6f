import { expectRecord } from '../_internal/guard.js';
import { createRandom } from '../_internal/random.js';
import { zodIssues } from '../_internal/zod-issues.js';
import { BanenmatchError, throwIfAborted, ValidationError, type ValidationIssue } from '../errors.js';
import { checkInteger, checkLevels } from './check-input.js';
import type { SeasonalAdjustment } from './fit-model.js';
import { selectAndFit } from './forecast-series.js';
import type { ModelName } from './model.js';
import { type Observation, observationSchema, type TargetPlan, targetPlanSchema } from './schema.js';
import { quantile, type ResidualMethod, simulatePaths } from './simulate.js';

/** Expected extra jobs from an assignment run, added to every forecast year. */
export interface QuotaScenario {
  /** @default 0 */
  market?: number | undefined;
  /** @default 0 */
  government?: number | undefined;
}

/** Options of {@link forecastQuota}. */
export interface ForecastQuotaOptions {
  /** The targets, e.g. `TARGET_PLANS.gooiEnVechtstreek2015`. */
  plan: TargetPlan;
  /** Realised extra jobs per year end (`{ year }`) or per quarter end (`{ quarter: '2023Q4' }`), consecutive. */
  observed: readonly Observation[];
  /** Seed of the simulation: the same seed gives identical output. @default 42 */
  seed?: number | string | undefined;
  /** Number of simulated paths. @default 10000 */
  paths?: number | undefined;
  /** Model per sector, or `'auto'` (rolling-origin MASE). @default 'auto' */
  model?: ModelName | 'auto' | undefined;
  /** Future innovations: normal N(0, σ²) or bootstrapped residuals. @default 'normal' */
  residuals?: ResidualMethod | undefined;
  /** Interval levels in percent. @default [80, 95] */
  levels?: readonly number[] | undefined;
  /** Expected extra jobs from an assignment run, added to the forecast. @default none */
  scenario?: QuotaScenario | undefined;
  /** Models averaged by `combination`. @default ['ses', 'holt', 'damped'] */
  combine?: readonly ModelName[] | undefined;
  /** Seasonal adjustment for quarterly data. @default 'auto' */
  seasonal?: SeasonalAdjustment | undefined;
  signal?: AbortSignal | undefined;
  /** Called with (paths simulated over both sectors, 2 × paths) every few thousand paths. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** The outlook of one sector (or the total) for one target year. */
export interface SectorOutlook {
  /** Cumulative target of the plan for that year (the published total for `total`). */
  target: number;
  /** Point forecast at the year end, scenario included. */
  forecast: number;
  /** Prediction intervals from the simulated paths (empirical quantiles). */
  intervals: { level: number; lower: number; upper: number }[];
  /** Share of simulated paths at or above the target. */
  probability: number;
  /** Extra jobs per month needed from the last observation (plus the scenario) to reach the target; 0 when reached. */
  perMonthNeeded: number;
  /** Extra jobs per month the point forecast implies over the same months. */
  perMonthForecast: number;
}

/** One future target year. */
export interface QuotaYearOutlook {
  year: number;
  /** Months from the last observation to the end of the year. */
  monthsAhead: number;
  market: SectorOutlook;
  government: SectorOutlook;
  total: SectorOutlook;
}

/** Realisation against target in an observed year. */
export interface QuotaRealisation {
  target: number;
  realised: number;
  reached: boolean;
}

/** One target year that has been observed (at its year end). */
export interface QuotaHistoryYear {
  year: number;
  market: QuotaRealisation;
  government: QuotaRealisation;
  total: QuotaRealisation;
}

/** Result of {@link forecastQuota}. */
export interface QuotaForecast {
  planId: string;
  frequency: 'annual' | 'quarterly';
  /** The last observation: `'2023'` or `'2023Q4'`. */
  lastObserved: string;
  seed: number | string;
  paths: number;
  residuals: ResidualMethod;
  /** Model used per sector. */
  models: { market: ModelName; government: ModelName };
  /** Observed target years. */
  history: QuotaHistoryYear[];
  /** Future target years. */
  years: QuotaYearOutlook[];
}

interface Point {
  /** Year × 4 + quarter − 1 for quarterly, the year for annual. */
  time: number;
  market: number;
  government: number;
  index: number;
}

function parseInput(
  plan: TargetPlan,
  observed: readonly Observation[],
): { frequency: 'annual' | 'quarterly'; points: Point[] } {
  const planResult = targetPlanSchema.safeParse(plan);
  const issues: ValidationIssue[] = [];
  if (!planResult.success) {
    issues.push(...zodIssues(planResult.error, ['plan']));
  }
  if (!Array.isArray(observed) || observed.length === 0) {
    issues.push({ path: ['observed'], message: 'must be a non-empty array', code: 'too_small' });
    throw new ValidationError('forecastQuota', issues);
  }
  const points: Point[] = [];
  let annual = 0;
  observed.forEach((o, index) => {
    const r = observationSchema.safeParse(o);
    if (!r.success) {
      issues.push(...zodIssues(r.error, ['observed', index]));
      return;
    }
    const v = r.data;
    if ('year' in v) {
      annual++;
      points.push({ time: v.year, market: v.market, government: v.government, index });
    } else {
      const year = Number(v.quarter.slice(0, 4));
      const quarter = Number(v.quarter.slice(5));
      points.push({ time: year * 4 + quarter - 1, market: v.market, government: v.government, index });
    }
  });
  if (annual > 0 && annual < points.length) {
    issues.push({
      path: ['observed'],
      message: 'mixes yearly and quarterly observations',
      code: 'mixed_frequency',
    });
  }
  points.sort((a, b) => a.time - b.time);
  for (let i = 1; i < points.length; i++) {
    const gap = points[i]!.time - points[i - 1]!.time;
    if (gap === 0) {
      issues.push({
        path: ['observed', points[i]!.index],
        message: 'duplicates an earlier period',
        code: 'duplicate_period',
      });
    } else if (gap > 1) {
      issues.push({
        path: ['observed', points[i]!.index],
        message: `follows a gap of ${gap - 1} periods`,
        code: 'missing_period',
      });
    }
  }
  if (issues.length > 0) throw new ValidationError('forecastQuota', issues);
  return { frequency: annual > 0 ? 'annual' : 'quarterly', points };
}

/**
 * Forecasts whether each year's target of a plan will be reached, market and government apart and
 * in total: per future target year the point forecast, prediction intervals and the probability of
 * reaching the target from seeded simulated paths (FPP3 §5.5; the total from summed paths, §13.5),
 * and the extra jobs per month needed from the last observation. Quarterly data are seasonal (season
 * length 4) and a year is judged on its Q4 value. Supports monitoring under covenant art. 5.
 *
 * Complexity: model selection as {@link forecastSeries}; simulation O(paths × H²) for H steps ahead.
 *
 * @param options - plan, observations, seed, paths, model, residual method, scenario
 * @returns history (observed target years) and the outlook per future target year
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws ValidationError for a bad plan or observations (every issue with its path); BanenmatchError `INVALID_ARGUMENT`, `ABORTED`, `NOT_CONVERGED`
 * @example
 * forecastQuota({ plan: TARGET_PLANS.national2013, observed: NATIONAL_REALISATIONS, seed: 42 }).years[0].total.probability
 */
export function forecastQuota(options: ForecastQuotaOptions): QuotaForecast {
  expectRecord(options, 'forecastQuota', 'options');
  const { plan } = options;
  const { frequency, points } = parseInput(plan, options.observed);
  const paths = options.paths ?? 10_000;
  checkInteger(paths, 'forecastQuota: paths', 1, 1_000_000);
  const levels = options.levels ?? [80, 95];
  checkLevels(levels, 'forecastQuota: levels');
  const residuals = options.residuals ?? 'normal';
  if (residuals !== 'normal' && residuals !== 'bootstrap') {
    throw new BanenmatchError('INVALID_ARGUMENT', 'forecastQuota: residuals must be normal or bootstrap');
  }
  const scenario = { market: options.scenario?.market ?? 0, government: options.scenario?.government ?? 0 };
  if (!Number.isFinite(scenario.market) || !Number.isFinite(scenario.government)) {
    throw new BanenmatchError('INVALID_ARGUMENT', 'forecastQuota: scenario figures must be finite numbers');
  }
  const seed = options.seed ?? 42;
  if (typeof seed !== 'number' && typeof seed !== 'string') {
    throw new BanenmatchError('INVALID_ARGUMENT', 'forecastQuota: `seed` must be a number or a string');
  }
  const seasonLength = frequency === 'annual' ? 1 : 4;
  const last = points[points.length - 1]!;
  const lastYear = frequency === 'annual' ? last.time : Math.floor(last.time / 4);
  const lastQuarter = frequency === 'annual' ? 4 : (last.time % 4) + 1;
  // Step (1-based) at which a year's end is reached.
  const stepOf = (year: number): number =>
    frequency === 'annual' ? year - lastYear : (year - lastYear) * 4 + 4 - lastQuarter;

  const planYears = plan.years.slice().sort((a, b) => a.year - b.year);
  const targetOf = (row: (typeof planYears)[number]) => ({
    market: row.market,
    government: row.government,
    total: row.total ?? row.market + row.government,
  });

  const history: QuotaHistoryYear[] = [];
  for (const row of planYears) {
    const at = points.find((p) => p.time === (frequency === 'annual' ? row.year : row.year * 4 + 3));
    if (at === undefined) continue;
    const t = targetOf(row);
    const total = at.market + at.government;
    history.push({
      year: row.year,
      market: { target: t.market, realised: at.market, reached: at.market >= t.market },
      government: { target: t.government, realised: at.government, reached: at.government >= t.government },
      total: { target: t.total, realised: total, reached: total >= t.total },
    });
  }

  const future = planYears.filter((row) => stepOf(row.year) >= 1);
  const horizon = future.length > 0 ? stepOf(future[future.length - 1]!.year) : 1;
  const random = createRandom(seed);
  const sectors = ['market', 'government'] as const;
  const simulated = {
    market: new Float64Array(paths * horizon),
    government: new Float64Array(paths * horizon),
  };
  const means: { market: Float64Array; government: Float64Array } = {
    market: new Float64Array(horizon),
    government: new Float64Array(horizon),
  };
  const models = { market: 'naive' as ModelName, government: 'naive' as ModelName };
  for (let s = 0; s < sectors.length; s++) {
    throwIfAborted(options.signal, 'forecastQuota');
    const sector = sectors[s]!;
    const y = Float64Array.from(points, (p) => p[sector]);
    const { fit } = selectAndFit(
      y,
      { horizon, seasonLength, model: options.model, combine: options.combine, seasonal: options.seasonal },
      'forecastQuota',
    );
    models[sector] = fit.model;
    means[sector] = fit.mean(horizon);
    const before = s * paths;
    const total = sectors.length * paths;
    const chunk = (done: number): void => {
      throwIfAborted(options.signal, 'forecastQuota');
      options.onProgress?.(before + done, total);
    };
    if (future.length > 0) simulatePaths(fit, horizon, paths, random, residuals, simulated[sector], chunk);
    options.onProgress?.(before + paths, total);
  }

  const column = new Float64Array(paths);
  const outlook = (
    values: (p: number) => number,
    mean: number,
    target: number,
    latest: number,
    months: number,
  ): SectorOutlook => {
    let reached = 0;
    for (let p = 0; p < paths; p++) {
      const v = values(p);
      column[p] = v;
      if (v >= target) reached++;
    }
    return {
      target,
      forecast: mean,
      intervals: levels.map((level) => ({
        level,
        lower: quantile(column, (1 - level / 100) / 2),
        upper: quantile(column, (1 + level / 100) / 2),
      })),
      probability: reached / paths,
      perMonthNeeded: Math.max(0, target - latest) / months,
      perMonthForecast: (mean - latest) / months,
    };
  };

  const years: QuotaYearOutlook[] = future.map((row) => {
    throwIfAborted(options.signal, 'forecastQuota');
    const k = stepOf(row.year) - 1;
    const months = frequency === 'annual' ? 12 * (k + 1) : 3 * (k + 1);
    const t = targetOf(row);
    const m = simulated.market;
    const g = simulated.government;
    const sm = scenario.market;
    const sg = scenario.government;
    const latestMarket = last.market + sm;
    const latestGovernment = last.government + sg;
    return {
      year: row.year,
      monthsAhead: months,
      market: outlook((p) => m[p * horizon + k]! + sm, means.market[k]! + sm, t.market, latestMarket, months),
      government: outlook(
        (p) => g[p * horizon + k]! + sg,
        means.government[k]! + sg,
        t.government,
        latestGovernment,
        months,
      ),
      total: outlook(
        (p) => m[p * horizon + k]! + g[p * horizon + k]! + sm + sg,
        means.market[k]! + means.government[k]! + sm + sg,
        t.total,
        latestMarket + latestGovernment,
        months,
      ),
    };
  });

  return {
    planId: plan.id,
    frequency,
    lastObserved: frequency === 'annual' ? String(lastYear) : `${lastYear}Q${lastQuarter}`,
    seed,
    paths,
    residuals,
    models,
    history,
    years,
  };
}
