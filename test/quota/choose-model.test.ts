import type { BacktestRow, ModelName } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import {
  chooseByEvidence,
  dieboldMariano,
  shortBlendNote,
  tooFewOrigins,
} from '../../src/quota/choose-model.js';
import { type FitOptions, fitModel } from '../../src/quota/fit-model.js';

// Issue 20: the Diebold–Mariano test with the Harvey–Leybourne–Newbold correction on cases worked out
// by hand (Diebold & Mariano 1995; Harvey, Leybourne & Newbold 1997, eq. 9):
//   d̄ = mean(d), γ_k = (1/n) Σ_{t≥k} (d_t − d̄)(d_{t−k} − d̄), V = γ_0 + 2 Σ_{k=1}^{h−1} γ_k,
//   DM = d̄ / √(V/n), statistic = DM · √((n + 1 − 2h + h(h − 1)/n) / n), one-sided against t(n − 1).

const seq = (...v: number[]): Float64Array => Float64Array.from(v);

describe('dieboldMariano on worked examples', () => {
  it('d = 1..6, h = 1: γ0 = 35/12, DM = 3.5/√(35/72), correction √(5/6), statistic √21', () => {
    const r = dieboldMariano(seq(1, 2, 3, 4, 5, 6), 1, 0.05);
    expect(r.n).toBe(6);
    expect(r.meanGain).toBeCloseTo(3.5, 12);
    expect(r.statistic).toBeCloseTo(Math.sqrt(21), 12);
    expect(r.significant).toBe(true);
  });

  it('d = 1..6, h = 2: γ1 = 8.75/6 added twice, V = 35/6, correction √(5/9), statistic √7', () => {
    // Deviations −2.5 … 2.5; Σ of neighbours' products 3.75 + 0.75 − 0.25 + 0.75 + 3.75 = 8.75.
    // DM = 3.5/√(35/36) = 21/√35; (7 − 4 + 2/6)/6 = 5/9; 21/√35 · √5/3 = √7.
    expect(dieboldMariano(seq(1, 2, 3, 4, 5, 6), 2, 0.05).statistic).toBeCloseTo(Math.sqrt(7), 12);
  });

  it('caps the horizon at ⌊n/3⌋ and raises it to at least 1', () => {
    // n = 6: h = min(5, 2) = 2 gives √7 as above; h = max(1, 0) = 1 gives √21.
    expect(dieboldMariano(seq(1, 2, 3, 4, 5, 6), 5, 0.05).statistic).toBeCloseTo(Math.sqrt(7), 12);
    expect(dieboldMariano(seq(1, 2, 3, 4, 5, 6), 0, 0.05).statistic).toBeCloseTo(Math.sqrt(21), 12);
    // n = 2: ⌊2/3⌋ = 0, so h = 1: γ0 = 1, DM = 2/√(1/2) = 2√2, correction √((3 − 2)/2), statistic 2.
    const two = dieboldMariano(seq(1, 3), 3, 0.05);
    expect(two.statistic).toBeCloseTo(2, 12);
    expect(two.meanGain).toBeCloseTo(2, 12);
    expect(two.significant).toBe(false); // t(0.95, 1) = 6.31
  });

  it('d = 1..9, h = 3: γ0 = 60/9, γ1 = 40/9, γ2 = 21/9, statistic 5·√(3/13)', () => {
    // Deviations −4 … 4: Σ lag-1 products 40, lag-2 products 8 + 3 + 0 − 1 + 0 + 3 + 8 = 21;
    // V = (60 + 80 + 42)/9 = 182/9, DM = 45/√182, correction √((10 − 6 + 6/9)/9) = √(14/27).
    const d = seq(1, 2, 3, 4, 5, 6, 7, 8, 9);
    const r = dieboldMariano(d, 3, 0.05);
    expect(r.statistic).toBeCloseTo(5 * Math.sqrt(3 / 13), 12);
    // 2.402 against t(8): above t(0.975, 8) = 2.306, below t(0.98, 8) = 2.449 (and t(0.98, 10) = 2.359,
    // so the degrees of freedom are n − 1).
    expect(dieboldMariano(d, 3, 0.025).significant).toBe(true);
    expect(dieboldMariano(d, 3, 0.02).significant).toBe(false);
  });

  it('the level: √7 = 2.646 is above t(0.975, 5) = 2.571 and below t(0.99, 5) = 3.365', () => {
    expect(dieboldMariano(seq(1, 2, 3, 4, 5, 6), 2, 0.025).significant).toBe(true);
    expect(dieboldMariano(seq(1, 2, 3, 4, 5, 6), 2, 0.01).significant).toBe(false);
  });

  it('falls back to γ0 when the long-run variance is not positive', () => {
    // d = 2, 0, 2, 0, 2, 0: γ0 = 1, γ1 = −5/6, so V = 1 − 10/6 < 0 → V = γ0 = 1.
    // DM = 1/√(1/6) = √6, correction √(5/9): statistic √30/3 = 1.826 < t(0.95, 5) = 2.015.
    const r = dieboldMariano(seq(2, 0, 2, 0, 2, 0), 2, 0.05);
    expect(r.statistic).toBeCloseTo(Math.sqrt(30) / 3, 12);
    expect(r.significant).toBe(false);
  });

  it('falls back to γ0 also when the long-run variance is exactly 0', () => {
    // d = 2, 0, 1, 1, 1, 1: deviations 1, −1, 0, 0, 0, 0; γ0 = 2/6, γ1 = −1/6, V = 0 → V = γ0 = 1/3.
    // DM = 1/√(1/18) = √18, correction √(5/9): statistic √10 (not the +∞ of constant differences).
    const r = dieboldMariano(seq(2, 0, 1, 1, 1, 1), 2, 0.05);
    expect(r.statistic).toBeCloseTo(Math.sqrt(10), 12);
    expect(r.significant).toBe(true);
  });

  it('constant differences: a constant gain is (degenerate) evidence, no gain or a loss is none', () => {
    expect(dieboldMariano(seq(0.5, 0.5, 0.5, 0.5), 1, 0.05)).toEqual({
      n: 4,
      meanGain: 0.5,
      statistic: Number.POSITIVE_INFINITY,
      significant: true,
    });
    expect(dieboldMariano(seq(0, 0, 0, 0), 1, 0.05)).toEqual({
      n: 4,
      meanGain: 0,
      statistic: 0,
      significant: false,
    });
    expect(dieboldMariano(seq(-1, -1, -1), 1, 0.05)).toEqual({
      n: 3,
      meanGain: -1,
      statistic: 0,
      significant: false,
    });
  });

  it('fewer than two differences: no test, the mean kept', () => {
    expect(dieboldMariano(seq(3), 1, 0.05)).toEqual({ n: 1, meanGain: 3, statistic: 0, significant: false });
    expect(dieboldMariano(seq(), 1, 0.05)).toEqual({ n: 0, meanGain: 0, statistic: 0, significant: false });
  });
});

/** Backtest rows with the given MASE per origin (origins 3, 4, …), listed in the given order of origins. */
function rows(mase: Partial<Record<ModelName, number[]>>, order: readonly number[]): BacktestRow[] {
  const out: BacktestRow[] = [];
  for (const o of order) {
    for (const [model, values] of Object.entries(mase)) {
      out.push({ model: model as ModelName, origin: 3 + o, horizon: 2, mase: values[o]!, smape: 0 });
    }
  }
  return out;
}

// Origins 3..10 listed out of order (3, 5, 7, 9, 4, 6, 8, 10; sorting as strings would put 10 first).
const shuffled = [0, 2, 4, 6, 1, 3, 5, 7];
const eight = (f: (k: number) => number): number[] => Array.from({ length: 8 }, (_, k) => f(k));

describe('chooseByEvidence', () => {
  it('takes the significant candidate with the largest mean gain, with the figures in the reason', () => {
    // drift gains 0.1, 0.2, …, 0.8 over weighted in origin order; with h = 2 (n = 8, ⌊8/3⌋ = 2):
    // d̄ = 0.45, γ0 = 0.0525, γ1 = 0.0328125, V = 0.118125, DM = 0.45/√(V/8), correction √(5.25/8):
    // statistic exactly 3. theta gains a constant 0.3 (statistic +∞, significant, but a smaller gain);
    // naive loses everywhere.
    const r = rows(
      {
        weighted: eight(() => 2),
        theta: eight(() => 1.7),
        drift: eight((k) => 2 - 0.1 * (k + 1)),
        naive: eight((k) => 2.5 + 0.1 * (k % 2)),
      },
      shuffled,
    );
    const chosen = chooseByEvidence(r, ['naive', 'theta', 'drift', 'weighted'], 'weighted', 2);
    expect(chosen).toEqual({
      model: 'drift',
      reason:
        'drift: beat weighted on 8 backtest origins by 0.450 MASE (Diebold–Mariano statistic 3.00, one-sided 5%)',
    });
    // Without drift, theta's constant gain wins; the order of candidates does not matter.
    expect(chooseByEvidence(r, ['theta', 'naive'], 'weighted', 2).model).toBe('theta');
    expect(chooseByEvidence(r, ['drift', 'theta'], 'weighted', 2).model).toBe('drift');
    expect(chooseByEvidence(r, ['theta', 'drift'], 'weighted', 2).model).toBe('drift');
  });

  it('breaks a tie of mean gains in favour of the candidate listed first (the simpler model)', () => {
    const r = rows({ weighted: eight(() => 2), ses: eight(() => 1.7), theta: eight(() => 1.7) }, shuffled);
    expect(chooseByEvidence(r, ['ses', 'theta'], 'weighted', 1).model).toBe('ses');
    expect(chooseByEvidence(r, ['theta', 'ses'], 'weighted', 1).model).toBe('theta');
  });

  it('keeps the benchmark when no candidate is significantly better, and says so', () => {
    const r = rows(
      { weighted: eight(() => 2), naive: eight((k) => 2 + (k % 2 === 0 ? 0.1 : -0.1)) },
      shuffled,
    );
    expect(chooseByEvidence(r, ['naive', 'weighted'], 'weighted', 1)).toEqual({
      model: 'weighted',
      reason: 'weighted: no candidate beat it on 8 backtest origins (Diebold–Mariano, one-sided 5%)',
    });
  });

  it('keeps the benchmark below 8 origins, with the reason of tooFewOrigins', () => {
    const seven = rows(
      { weighted: eight(() => 2).slice(0, 7), theta: eight(() => 1).slice(0, 7) },
      [0, 1, 2, 3, 4, 5, 6],
    );
    expect(chooseByEvidence(seven, ['theta'], 'weighted', 1)).toEqual({
      model: 'weighted',
      reason: tooFewOrigins('weighted', 7),
    });
    expect(tooFewOrigins('theta', 5)).toBe(
      'theta: 5 backtest origins, fewer than 8, too few to tell models apart beyond noise; theta is the default benchmark (combinations are hard to beat on short series: M3, M4, and the calibration study)',
    );
  });

  it('leaves out the origins where a loss is not finite, and counts only the others', () => {
    // theta's MASE is NaN at two origins (5 and 8), so 6 differences are left.
    const theta = eight((k) => (k % 2 === 0 ? 1.5 : 1));
    theta[2] = Number.NaN;
    theta[5] = Number.NaN;
    const r = rows({ weighted: eight(() => 2), theta }, shuffled);
    const chosen = chooseByEvidence(r, ['theta'], 'weighted', 1);
    // Kept gains (origin order) 0.5, 1, 1, 0.5, 0.5, 1: d̄ = 0.75, γ0 = 0.0625, DM = 0.75/√(0.0625/6),
    // correction √(5/6): statistic √45 = 6.71.
    expect(chosen.reason).toBe(
      'theta: beat weighted on 6 backtest origins by 0.750 MASE (Diebold–Mariano statistic 6.71, one-sided 5%)',
    );
  });
});

describe('shortBlendNote: what blend is on a series too short for its own weights', () => {
  const fo: FitOptions = { seasonLength: 1, seasonal: 'auto', combine: ['ses', 'holt', 'damped'] };
  const mean = (y: number[], model: ModelName): number[] =>
    Array.from(fitModel(Float64Array.from(y), model, fo).mean(3));
  const y6 = [21057, 22554, 36904, 51957, 61000, 70000];

  it('says equal shares at 4 values, one origin at 5, nothing from 6', () => {
    expect(shortBlendNote(4)).toBe(
      "; with 4 values blend is Theta, drift and the combination in equal shares, a hedge: at this length drift forecast best on the calibration study's simulated series and Theta on the national total and market",
    );
    expect(shortBlendNote(5)).toContain("combination weighted by one backtest origin's errors, a hedge");
    expect(shortBlendNote(6)).toBe('');
    expect(shortBlendNote(12)).toBe('');
    // in a reason: for blend in place of why it is the benchmark; never for another benchmark
    expect(tooFewOrigins('blend', 1, 1, 5)).toBe(
      `blend: 1 backtest origins, fewer than 8, too few to tell models apart beyond noise; blend is the default benchmark${shortBlendNote(5)}`,
    );
    expect(tooFewOrigins('theta', 1, 1, 5)).toBe(tooFewOrigins('theta', 1));
    expect(tooFewOrigins('blend', 2, 1, 6)).toBe(tooFewOrigins('blend', 2));
  });

  it('is true of the forecasts: at 4 values the mean of Theta, drift and the combination; at 5 weighted alone; at 6 not', () => {
    const four = y6.slice(0, 4);
    const parts = (['theta', 'drift', 'combination'] as const).map((m) => mean(four, m));
    const equal = [0, 1, 2].map((k) => (parts[0]![k]! + parts[1]![k]! + parts[2]![k]!) / 3);
    const blend = mean(four, 'blend');
    for (let k = 0; k < 3; k++) expect(blend[k]).toBeCloseTo(equal[k]!, 6);
    expect(mean(y6.slice(0, 5), 'blend')).toEqual(mean(y6.slice(0, 5), 'weighted'));
    expect(mean(y6, 'blend')).not.toEqual(mean(y6, 'weighted'));
  });
});
