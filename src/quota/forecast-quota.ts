import { expectRecord } from '../_internal/guard.js';
import { parseOptions } from '../_internal/options.js';
import { createRandom } from '../_internal/random.js';
import { checkedProgress, throwIfAborted } from '../errors.js';
import type { SelectionRule } from './choose-model.js';
import type { SeasonalAdjustment } from './fit-model.js';
import { profileOf, selectAndFit } from './forecast-series.js';
import type { ModelName } from './model.js';
import { type Point, parseInput } from './quota-input.js';
import { forecastQuotaOptionsSchema } from './quota-options.js';
import { bestPacePerMonth, type ProbabilityBasis, reachProbability } from './reach.js';
import {
  defaultIntervalMethod,
  defaultIntervalReason,
  growthText,
  type IntervalMethod,
} from './rolling-errors.js';
import type { Observation, TargetPlan } from './schema.js';
import { quantile, type ResidualMethod, simulatePaths, simulateProfilePaths } from './simulate.js';

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
  /** Model per sector, or `'auto'` (chosen by the `select` rule). @default 'auto' */
  model?: ModelName | 'auto' | undefined;
  /** How `'auto'` chooses (as in `forecastSeries`). @default 'evidence' */
  select?: SelectionRule | undefined;
  /**
   * Where the paths' uncertainty comes from: rolling-origin errors (`empirical`, `conformal`) or the
   * model's innovations (`analytic`, with `residuals`); the paths' quantiles are `forecastSeries`'
   * intervals of the same method. @default 'conformal' for yearly data, 'empirical' for quarterly data
   */
  intervals?: IntervalMethod | undefined;
  /** Future innovations of the `analytic` paths: normal N(0, σ²) or bootstrapped residuals. @default 'normal' */
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
  /** Probability of reaching the target (see `probabilityBasis`): never 0 or 1 from the simulation alone. */
  probability: number;
  /** How the probability was settled: already reached, out of reach at the best historic pace, or simulated. */
  probabilityBasis: ProbabilityBasis;
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
  /** Why each sector's model was used, in words. */
  reasons: { market: string; government: string };
  /** The method that made each sector's paths, and how (fallbacks included). */
  uncertainty: {
    market: { method: IntervalMethod; note: string };
    government: { method: IntervalMethod; note: string };
  };
  /**
   * The scenario's extra jobs (from an assignment run) added on top of the trend to every future
   * year's forecast, paths, intervals and probability (`forecast` − these is the trend alone); the
   * pace needed per month is what it takes beyond them. `null` without a scenario.
   */
  scenario: { market: number; government: number; total: number } | null;
  /** Observed target years. */
  history: QuotaHistoryYear[];
  /** Future target years. */
  years: QuotaYearOutlook[];
}

/**
 * Forecasts whether each year's target of a plan will be reached, market and government apart and
 * in total: per future target year the point forecast, prediction intervals and the probability of
 * reaching the target from seeded simulated paths (FPP3 §5.5; the total from summed paths, §13.5),
 * and the extra jobs per month needed from the last observation. The paths carry the same uncertainty
 * as `forecastSeries`' intervals (by default the model's rolling-origin errors, `uncertainty` says
 * which); a probability is 1 only when the target is already reached, 0 only when even the best
 * yearly increase of the history cannot reach it and no path does (`probabilityBasis`), otherwise
 * strictly between. Quarterly data are seasonal (season length 4) and a year is judged on its Q4
 * value. Supports monitoring under covenant art. 5.
 *
 * Complexity: model selection as {@link forecastSeries}; simulation O(paths × H²) for H steps ahead.
 *
 * @param options - plan, observations, seed, paths, model, residual method, scenario
 * @returns history (observed target years) and the outlook per future target year
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws ValidationError for a bad plan or observations (every issue with its path); BanenmatchError `INVALID_ARGUMENT`, `ABORTED`, `NOT_CONVERGED`
 * @example
 * forecastQuota({ plan: TARGET_PLANS.national2013, observed: NATIONAL_REALISATIONS, seed: 42 }).years[0].total
 * // { target: 115000, forecast: 92346, probability: 0.0006, probabilityBasis: 'simulated', … } (blend, conformal paths)
 */
export function forecastQuota(options: ForecastQuotaOptions): QuotaForecast {
  expectRecord(options, 'forecastQuota', 'options');
  parseOptions(forecastQuotaOptionsSchema, options, 'forecastQuota');
  const { plan } = options;
  const { frequency, points } = parseInput(plan, options.observed);
  const paths = options.paths ?? 10_000;
  const levels = options.levels ?? [80, 95];
  const residuals = options.residuals ?? 'normal';
  const scenario = { market: options.scenario?.market ?? 0, government: options.scenario?.government ?? 0 };
  const seed = options.seed ?? 42;
  const seasonLength = frequency === 'annual' ? 1 : 4;
  const method = options.intervals ?? defaultIntervalMethod(seasonLength);
  // Why this method, when it is the default (and not a fallback): appended to each sector's note.
  const why = options.intervals === undefined ? `; ${defaultIntervalReason(seasonLength)}` : '';
  const last = points[points.length - 1]!;
  const lastYear = frequency === 'annual' ? last.time : Math.floor(last.time / 4);
  // Stryker disable next-line ConditionalExpression,StringLiteral: lastQuarter is read for quarterly data only (stepOf, lastObserved), so the annual 4 is never used
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
  // Stryker disable next-line ObjectLiteral: the loop over both sectors sets both means before any is read
  const means: { market: Float64Array; government: Float64Array } = {
    market: new Float64Array(horizon),
    government: new Float64Array(horizon),
  };
  // The loop over both sectors sets every field of these four before any is read: their starting values are placeholders.
  // Stryker disable next-line ObjectLiteral,StringLiteral: a placeholder, overwritten per sector
  const models = { market: 'naive' as ModelName, government: 'naive' as ModelName };
  // Stryker disable next-line ObjectLiteral,StringLiteral: a placeholder, overwritten per sector
  const reasons = { market: '', government: '' };
  // Stryker disable next-line ObjectLiteral,StringLiteral: a placeholder, overwritten per sector
  const none = { method: 'analytic' as IntervalMethod, note: '' };
  // Stryker disable next-line ObjectLiteral: a placeholder, overwritten per sector
  const uncertainty = { market: none, government: none };
  const stepsPerYear = frequency === 'annual' ? 1 : 4;
  const pace = (pick: (p: Point) => number) =>
    bestPacePerMonth(Float64Array.from(points, pick), stepsPerYear);
  const best = {
    market: pace((p) => p.market),
    government: pace((p) => p.government),
    total: pace((p) => p.market + p.government),
  };
  const onProgress = checkedProgress(options.signal, options.onProgress, 'forecastQuota');
  for (let s = 0; s < sectors.length; s++) {
    throwIfAborted(options.signal, 'forecastQuota');
    const sector = sectors[s]!;
    const y = Float64Array.from(points, (p) => p[sector]);
    const selected = selectAndFit(
      y,
      {
        horizon,
        seasonLength,
        model: options.model,
        select: options.select,
        combine: options.combine,
        seasonal: options.seasonal,
      },
      // Stryker disable next-line StringLiteral: selectAndFit names `what` only for options the schema above refused first (model, select, combine; seasonLength comes from the data)
      'forecastQuota',
    );
    const { fit } = selected;
    models[sector] = fit.model;
    reasons[sector] = selected.reason;
    means[sector] = fit.mean(horizon);
    const before = s * paths;
    const total = sectors.length * paths;
    const chunk = (done: number): void => {
      throwIfAborted(options.signal, 'forecastQuota');
      onProgress?.(before + done, total);
    };
    const profile = method === 'analytic' ? null : profileOf(y, selected, horizon);
    if (profile === null) {
      uncertainty[sector] = {
        method: 'analytic',
        note:
          method === 'analytic'
            ? `analytic: the model's ${residuals} innovations (parameter and model uncertainty ignored)`
            : `analytic: ${y.length} values give no rolling-origin error, so ${method} paths cannot be made; they understate the uncertainty`,
      };
      if (future.length > 0) simulatePaths(fit, horizon, paths, random, residuals, simulated[sector], chunk);
    } else {
      uncertainty[sector] = {
        method,
        note: `${method}: ${profile.scores.length} out-of-sample errors from ${profile.origins} rolling origins, growing as ${growthText(profile)}${why}`,
      };
      if (future.length > 0) {
        const m =
          method === 'conformal'
            ? // Stryker disable next-line StringLiteral: standardDraw draws pooled scores for every method but 'empirical', so '' draws as 'conformal' does
              'conformal'
            : 'empirical';
        simulateProfilePaths(means[sector], profile, m, paths, random, simulated[sector], chunk);
      }
    }
    onProgress?.(before + paths, total);
  }

  const column = new Float64Array(paths);
  const outlook = (
    values: (p: number) => number,
    mean: number,
    target: number,
    latest: number,
    months: number,
    bestPerMonth: number,
  ): SectorOutlook => {
    let reached = 0;
    // Stryker disable next-line EqualityOperator: p = paths writes past the end of `column` (ignored) and reads past the paths: NaN, never counted as reached
    for (let p = 0; p < paths; p++) {
      const v = values(p);
      column[p] = v;
      if (v >= target) reached++;
    }
    const { probability, basis } = reachProbability(reached, paths, target, latest, bestPerMonth, months);
    return {
      target,
      forecast: mean,
      intervals: levels.map((level) => ({
        level,
        lower: quantile(column, (1 - level / 100) / 2),
        upper: quantile(column, (1 + level / 100) / 2),
      })),
      probability,
      probabilityBasis: basis,
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
      market: outlook(
        (p) => m[p * horizon + k]! + sm,
        means.market[k]! + sm,
        t.market,
        latestMarket,
        months,
        best.market,
      ),
      government: outlook(
        (p) => g[p * horizon + k]! + sg,
        means.government[k]! + sg,
        t.government,
        latestGovernment,
        months,
        best.government,
      ),
      total: outlook(
        (p) => m[p * horizon + k]! + g[p * horizon + k]! + sm + sg,
        means.market[k]! + means.government[k]! + sm + sg,
        t.total,
        latestMarket + latestGovernment,
        months,
        best.total,
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
    reasons,
    uncertainty,
    scenario:
      options.scenario === undefined
        ? null
        : {
            market: scenario.market,
            government: scenario.government,
            total: scenario.market + scenario.government,
          },
    history,
    years,
  };
}
