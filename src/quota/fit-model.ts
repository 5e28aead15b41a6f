import { BanenmatchError } from '../errors.js';
import type { EtsMemo } from './ets-memo.js';
import { type EtsFixed, type EtsKind, fitEts } from './exponential-smoothing.js';
import {
  BLEND_DEFAULTS,
  firstOrigin,
  MEDIAN_PARTS,
  MODEL_NAMES,
  type ModelFit,
  type ModelName,
  minimumLength,
  WEIGHTED_DEFAULTS,
} from './model.js';
import { fitLagWalk } from './random-walk.js';
import { usableScale } from './scale.js';
import { isSeasonal, seasonalIndices } from './seasonal.js';
import { fitTheta } from './theta.js';

/** How a seasonal series is treated by the non-seasonal models. */
export type SeasonalAdjustment = 'auto' | 'always' | 'never';

/** @internal Options of {@link fitModel}. */
export interface FitOptions {
  seasonLength: number;
  seasonal: SeasonalAdjustment;
  combine: readonly ModelName[];
  fixed?: EtsFixed | undefined;
  /** Remembers the ETS fits of these options by series (rolling origins refit the same prefixes). */
  memo?: EtsMemo | undefined;
}

/** An ETS fit, through the memo when the options carry one. */
function ets(y: Float64Array, kind: EtsKind, options: FitOptions): ModelFit {
  return options.memo === undefined
    ? fitEts(y, kind, options.fixed)
    : options.memo.fit(y, kind, options.fixed);
}

function fitPlain(y: Float64Array, model: ModelName, options: FitOptions): ModelFit {
  switch (model) {
    case 'naive':
      return fitLagWalk(y, 1, false);
    case 'snaive':
      return fitLagWalk(y, options.seasonLength, false);
    case 'drift':
      return fitLagWalk(y, 1, true);
    case 'ses':
    case 'holt':
    case 'damped':
      return ets(y, model, options);
    case 'theta':
      return fitTheta(y, options.fixed, ets(y, 'ses', options));
    case 'combination':
      return combine(
        y,
        options.combine.map((m) => fitPlain(y, m, options)),
        null,
        'combination',
      );
    case 'median':
      return combine(
        y,
        MEDIAN_PARTS.map((m) => fitPlain(y, m, options)),
        null,
        'median',
      );
    case 'weighted': {
      const parts = WEIGHTED_DEFAULTS.parts;
      return combine(
        y,
        parts.map((m) => fitPlain(y, m, options)),
        backtestWeights(y, parts, options),
        'weighted',
      );
    }
    case 'blend': {
      const { parts, power, minOrigins } = BLEND_DEFAULTS;
      const weights = backtestWeights(y, parts, options, power, minOrigins);
      return combine(
        y,
        // Too few origins: the first part alone (its weight 1 and the other's 0 would fit it twice).
        weights === null ? [fitPlain(y, parts[0]!, options)] : parts.map((m) => fitPlain(y, m, options)),
        weights ?? [1],
        'blend',
      );
    }
  }
}

/**
 * @internal Weights ∝ 1/(mean MASE)^power of each part over the last
 * {@link WEIGHTED_DEFAULTS}.maxOrigins rolling origins (at most `horizon` steps each), or `null`
 * when fewer than `minOrigins` origins can be scored.
 */
function backtestWeights(
  y: Float64Array,
  parts: readonly ModelName[],
  options: FitOptions,
  power = 1,
  minOrigins = 1,
): number[] | null {
  const T = y.length;
  const first = Math.max(firstOrigin(parts), T - WEIGHTED_DEFAULTS.maxOrigins);
  const error = parts.map(() => 0);
  let origins = 0;
  for (let o = first; o < T; o++) {
    let scale = 0;
    for (let t = 1; t < o; t++) scale += Math.abs(y[t]! - y[t - 1]!) / (o - 1);
    if (!usableScale(scale, y)) continue;
    const steps = Math.min(WEIGHTED_DEFAULTS.horizon, T - o);
    const train = y.subarray(0, o);
    for (let i = 0; i < parts.length; i++) {
      const f = fitPlain(train, parts[i]!, options).mean(steps);
      let e = 0;
      for (let k = 0; k < steps; k++) e += Math.abs(y[o + k]! - f[k]!) / scale;
      error[i]! += e / steps;
    }
    origins++;
  }
  if (origins < minOrigins) return null;
  const inverse = error.map((e) => 1 / Math.max(e / origins, 1e-9) ** power);
  if (inverse.some((w) => !Number.isFinite(w))) return null;
  const sum = inverse.reduce((a, b) => a + b, 0);
  return inverse.map((w) => w / sum);
}

/** @internal The median of a few numbers (the mean of the middle two for an even count); sorts `v` in place. */
export function medianOf(v: number[]): number {
  v.sort((a, b) => a - b);
  const n = v.length;
  return n % 2 === 1 ? v[(n - 1) / 2]! : (v[n / 2 - 1]! + v[n / 2]!) / 2;
}

/**
 * @internal A combination of fitted parts, equal weights (M4 "Comb": SES, Holt and damped; Makridakis
 * et al. 2020), given ones, or (`median`) the median of the parts at each step: forecasts and fitted
 * values are the weighted means (or medians) of the components', ψ weights the weighted (equal) means
 * (the same innovation drives every component; for the median an approximation, used only by analytic
 * intervals), residuals are y minus the combined one-step fit, σ² their mean square.
 */
function combine(
  y: Float64Array,
  parts: readonly ModelFit[],
  weights: readonly number[] | null,
  model: 'combination' | 'weighted' | 'median' | 'blend',
): ModelFit {
  const T = y.length;
  const w = weights ?? parts.map(() => 1 / parts.length);
  const at = (values: (i: number) => number): number => {
    if (model === 'median') return medianOf(parts.map((_, i) => values(i)));
    let s = 0;
    for (let i = 0; i < parts.length; i++) s += values(i) * w[i]!;
    return s;
  };
  const fitted = new Float64Array(T);
  const residuals = new Float64Array(T);
  let ss = 0;
  let count = 0;
  // Stryker disable next-line EqualityOperator: t = T reads undefined fitted values (NaN, not counted) and writes past the end of typed arrays
  for (let t = 0; t < T; t++) {
    // A NaN part (no fitted value yet) leaves the combination NaN, the median too.
    // Stryker disable next-line MethodExpression,ArrowFunction: without the check a NaN part still gives NaN: the weighted sums carry it, and the median's only part without a fitted value is drift at t = 0, the middle of MEDIAN_PARTS, where a sort whose comparator returns NaN (as equal) leaves it
    const missing = parts.some((p) => Number.isNaN(p.fitted[t]));
    const s = missing ? Number.NaN : at((i) => parts[i]!.fitted[t]!);
    fitted[t] = s;
    residuals[t] = y[t]! - s;
    if (!Number.isNaN(s)) {
      ss += residuals[t]! * residuals[t]!;
      count++;
    }
  }
  const average = (pick: (p: ModelFit) => Float64Array, h: number): Float64Array => {
    const out = new Float64Array(h);
    for (let i = 0; i < parts.length; i++) {
      const v = pick(parts[i]!);
      // Stryker disable next-line EqualityOperator: k = h writes past the end of a typed array (ignored)
      for (let k = 0; k < h; k++) out[k] = out[k]! + v[k]! * w[i]!;
    }
    return out;
  };
  const forecast = (h: number): Float64Array => {
    // Stryker disable next-line ConditionalExpression: `at` sums values(i)·w[i] from 0 in the parts' order, as `average` does per step: the same floating-point operations
    if (model !== 'median') return average((p) => p.mean(h), h);
    const each = parts.map((p) => p.mean(h));
    return Float64Array.from({ length: h }, (_, k) => at((i) => each[i]![k]!));
  };
  let slopeSe = 0;
  for (let i = 0; i < parts.length; i++) slopeSe += parts[i]!.slopeSe * w[i]!;
  const params: Record<string, number> = Object.fromEntries(
    parts.flatMap((p) => Object.entries(p.params).map(([k, v]) => [`${p.model}.${k}`, v])),
  );
  if (weights !== null) for (let i = 0; i < parts.length; i++) params[`${parts[i]!.model}.weight`] = w[i]!;
  return {
    model,
    params,
    fitted,
    residuals,
    sigma2: count > 0 ? ss / count : 0,
    slopeSe,
    mean: forecast,
    psi: (h) => average((p) => p.psi(h), h),
  };
}

/**
 * @internal Fits one model. For a season length m > 1 and any model but `snaive`, a seasonal series
 * (M4 test, or always/never by option) is adjusted by classical additive decomposition, the model is
 * fitted on the adjusted series, and the seasonal indices are added back to fits and forecasts
 * (the M4 benchmarks' procedure, additive here).
 */
export function fitModel(
  values: Float64Array,
  model: ModelName,
  options: FitOptions,
): ModelFit & { adjusted: boolean } {
  const m = options.seasonLength;
  const need = minimumLength(model, m);
  if (values.length < need) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `model ${model} needs at least ${need} values (season length ${m}), got ${values.length}`,
    );
  }
  const adjust =
    m > 1 &&
    model !== 'snaive' &&
    values.length >= 2 * m &&
    (options.seasonal === 'always' || (options.seasonal === 'auto' && isSeasonal(values, m)));
  if (!adjust) return { ...fitPlain(values, model, options), adjusted: false };
  const indices = seasonalIndices(values, m);
  const T = values.length;
  const adjustedValues = new Float64Array(T);
  // Stryker disable next-line EqualityOperator: t = T writes past the end of a typed array (ignored)
  for (let t = 0; t < T; t++) adjustedValues[t] = values[t]! - indices[t % m]!;
  const fit = fitPlain(adjustedValues, model, options);
  const fitted = new Float64Array(T);
  // Stryker disable next-line EqualityOperator: t = T writes past the end of a typed array (ignored)
  for (let t = 0; t < T; t++) fitted[t] = fit.fitted[t]! + indices[t % m]!;
  return {
    ...fit,
    fitted,
    adjusted: true,
    mean: (h) => {
      const out = fit.mean(h);
      // Stryker disable next-line EqualityOperator: k = h writes past the end of a typed array (ignored)
      for (let k = 0; k < h; k++) out[k] = out[k]! + indices[(T + k) % m]!;
      return out;
    },
  };
}

/** @internal Checks the `combine` option: a non-empty list of models other than `combination`. */
export function resolveCombine(
  combine: readonly ModelName[] | undefined,
  what: string,
): readonly ModelName[] {
  const list = combine ?? ['ses', 'holt', 'damped'];
  if (
    list.length === 0 ||
    list.some((m) => m === 'combination' || m === 'weighted' || m === 'blend' || !MODEL_NAMES.includes(m))
  ) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `${what}: combine must list models other than combination, weighted and blend`,
    );
  }
  return list;
}
