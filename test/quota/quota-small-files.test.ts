import { forecastSeries, planOn, TARGET_PLANS, type TargetPlan, ValidationError } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { checkInteger, toSeries } from '../../src/quota/check-input.js';
import { forecastVariance, type ModelFit, minimumLength } from '../../src/quota/model.js';
import { parseInput } from '../../src/quota/quota-input.js';
import { fitLagWalk } from '../../src/quota/random-walk.js';

// Issue 20: the small quota helpers, each pinned on worked numbers and on its messages with their paths.

/** The error a call throws (or undefined). */
function thrown(fn: () => unknown): (Error & { code?: string; issues?: unknown }) | undefined {
  try {
    fn();
  } catch (e) {
    return e as Error & { code?: string };
  }
  return undefined;
}

const f64 = (...v: number[]): Float64Array => Float64Array.from(v);

describe('fitLagWalk (naive, seasonal naive, drift)', () => {
  it('drift on 1, 3, 4, 8: b = 7/3, σ² = (1 + 16 + 25)/9 / 2 = 7/3, se(b) = √(7/9)', () => {
    const fit = fitLagWalk(f64(1, 3, 4, 8), 1, true);
    expect(fit.model).toBe('drift');
    expect(fit.params.drift).toBeCloseTo(7 / 3, 12);
    expect(fit.sigma2).toBeCloseTo(7 / 3, 12);
    expect(fit.slopeSe).toBeCloseTo(Math.sqrt(7) / 3, 12);
    expect(Number.isNaN(fit.fitted[0]!)).toBe(true);
    expect(Number.isNaN(fit.residuals[0]!)).toBe(true);
    expect([...fit.fitted.slice(1)].map((v) => v * 3)).toEqual(
      [10, 16, 19].map((v) => expect.closeTo(v, 10)),
    );
    expect([...fit.residuals.slice(1)].map((v) => v * 3)).toEqual(
      [-1, -4, 5].map((v) => expect.closeTo(v, 10)),
    );
    expect([...fit.mean(3)]).toEqual([8 + 7 / 3, 8 + 14 / 3, 15].map((v) => expect.closeTo(v, 10)));
    expect([...fit.psi(3)]).toEqual([1, 1, 1]);
  });

  it('naive on the same series: no drift, σ² from the centred differences, no slope error', () => {
    const fit = fitLagWalk(f64(1, 3, 4, 8), 1, false);
    expect(fit.model).toBe('naive');
    expect(fit.params).toEqual({});
    expect(fit.sigma2).toBeCloseTo(7 / 3, 12);
    expect(fit.slopeSe).toBe(0);
    expect([...fit.fitted.slice(1)]).toEqual([1, 3, 4]);
    expect([...fit.residuals.slice(1)]).toEqual([2, 1, 4]);
    expect([...fit.mean(2)]).toEqual([8, 8]);
  });

  it('seasonal naive, lag 4: repeats the last season; ψ is 1 every 4 steps; σ² = 2/3', () => {
    // Differences 5 − 1, 7 − 2, 8 − 3, 10 − 4 = 4, 5, 5, 6: mean 5, squares 1 + 0 + 0 + 1 over n − 1 = 3.
    const y = f64(1, 2, 3, 4, 5, 7, 8, 10);
    const fit = fitLagWalk(y, 4, false);
    expect(fit.model).toBe('snaive');
    expect(fit.sigma2).toBeCloseTo(2 / 3, 12);
    expect([...fit.fitted]).toEqual([Number.NaN, Number.NaN, Number.NaN, Number.NaN, 1, 2, 3, 4]);
    expect([...fit.mean(6)]).toEqual([5, 7, 8, 10, 5, 7]);
    expect([...fit.psi(6)]).toEqual([1, 0, 0, 0, 1, 0]);
    const drift = fitLagWalk(y, 4, true);
    expect(drift.model).toBe('drift');
    expect(drift.slopeSe).toBeCloseTo(Math.sqrt(1 / 6), 12);
    expect([...drift.mean(6)]).toEqual([10, 17, 23, 30, 30, 37]);
  });

  it('one difference: σ² = 0 (the denominator is at least 1)', () => {
    const fit = fitLagWalk(f64(2, 5), 1, true);
    expect(fit.sigma2).toBe(0);
    expect(fit.params.drift).toBe(3);
    expect(fit.slopeSe).toBe(0);
  });
});

describe('model.ts', () => {
  it('minimumLength per model', () => {
    expect(minimumLength('naive', 4)).toBe(2);
    expect(minimumLength('snaive', 4)).toBe(5);
    expect(minimumLength('snaive', 12)).toBe(13);
    for (const m of ['drift', 'ses', 'theta'] as const) expect(minimumLength(m, 4)).toBe(3);
    for (const m of ['holt', 'damped', 'combination', 'weighted', 'median'] as const)
      expect(minimumLength(m, 4)).toBe(4);
  });

  it('forecastVariance: σ²·Σψ² + (h·se)², worked for ψ = 1, 0.5, 0.25, σ² = 4, se = 0.5', () => {
    // h = 1: 4·1 + 0.25 = 4.25; h = 2: 4·1.25 + 1 = 6; h = 3: 4·1.3125 + 2.25 = 7.5.
    const fit = { sigma2: 4, slopeSe: 0.5, psi: () => f64(1, 0.5, 0.25) } as unknown as ModelFit;
    expect([...forecastVariance(fit, 3)]).toEqual([4.25, 6, 7.5]);
  });
});

describe('toSeries and checkInteger', () => {
  it('copies a series and names the bad value by index', () => {
    expect(toSeries([1, -2.5, 0], 'f')).toEqual(f64(1, -2.5, 0));
    expect(thrown(() => toSeries([1, Number.NaN], 'f'))).toMatchObject({
      code: 'NAN_INPUT',
      message: 'f: values[1] is not a number',
    });
    expect(thrown(() => toSeries([1, 2, '3' as unknown as number], 'f'))).toMatchObject({
      code: 'NAN_INPUT',
      message: 'f: values[2] is not a number',
    });
    expect(thrown(() => toSeries([Number.NEGATIVE_INFINITY], 'g'))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'g: values[0] is not finite',
    });
    expect(thrown(() => toSeries('12' as unknown as number[], 'g'))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'g: values must be an array of numbers',
    });
  });

  it('accepts integers in [min, max], both ends included, and says what came otherwise', () => {
    expect(() => checkInteger(1, 'horizon', 1, 3)).not.toThrow();
    expect(() => checkInteger(3, 'horizon', 1, 3)).not.toThrow();
    expect(() => checkInteger(2 ** 53 - 1, 'n', 0)).not.toThrow();
    expect(thrown(() => checkInteger(0, 'horizon', 1, 3))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'horizon must be an integer in 1..3, got 0',
    });
    expect(thrown(() => checkInteger(4, 'horizon', 1, 3))?.message).toBe(
      'horizon must be an integer in 1..3, got 4',
    );
    expect(thrown(() => checkInteger(1.5, 'horizon', 1, 3))?.message).toBe(
      'horizon must be an integer in 1..3, got 1.5',
    );
    expect(thrown(() => checkInteger(2 ** 53, 'n', 0))?.message).toBe(
      'n must be an integer in 0..9007199254740991, got 9007199254740992',
    );
    expect(thrown(() => checkInteger('2' as unknown as number, 'n', 0))?.message).toBe(
      'n must be an integer in 0..9007199254740991, got string',
    );
  });
});

describe('parseInput (forecastQuota records)', () => {
  const plan = TARGET_PLANS.national2013;
  const issuesOf = (fn: () => unknown) => {
    const e = thrown(fn);
    expect(e).toBeInstanceOf(ValidationError);
    expect(e?.message.startsWith('forecastQuota: ')).toBe(true);
    return (e as ValidationError).issues;
  };

  it('yearly observations in time order, whatever the input order', () => {
    const r = parseInput(plan, [
      { year: 2016, market: 2, government: 20 },
      { year: 2015, market: 1, government: 10 },
    ]);
    expect(r).toEqual({
      frequency: 'annual',
      points: [
        { time: 2015, market: 1, government: 10, index: 1 },
        { time: 2016, market: 2, government: 20, index: 0 },
      ],
    });
  });

  it('quarters on one axis: year × 4 + quarter − 1, so 2023Q4 and 2024Q1 are neighbours', () => {
    const r = parseInput(plan, [
      { quarter: '2024Q1', market: 5, government: 1 },
      { quarter: '2023Q4', market: 4, government: 1 },
    ]);
    expect(r.frequency).toBe('quarterly');
    expect(r.points.map((p) => [p.time, p.index])).toEqual([
      [2023 * 4 + 3, 1],
      [2024 * 4, 0],
    ]);
  });

  it('an empty or missing list, with the plan issues first', () => {
    expect(issuesOf(() => parseInput(plan, []))).toEqual([
      { path: ['observed'], message: 'must be a non-empty array', code: 'too_small' },
    ]);
    const issues = issuesOf(() => parseInput({ ...plan, unitHours: -1 }, 'x' as unknown as []));
    expect(issues.map((i) => i.path)).toEqual([['plan', 'unitHours'], ['observed']]);
  });

  it('a bad observation by its index; mixed frequencies; duplicates and gaps by the later index', () => {
    expect(
      issuesOf(() =>
        parseInput(plan, [
          { year: 2015, market: 1, government: 1 },
          { year: 2016, market: Number.NaN, government: 1 },
        ]),
      ).map((i) => i.path.slice(0, 2)),
    ).toEqual([['observed', 1]]);
    expect(
      issuesOf(() =>
        parseInput(plan, [
          { year: 2015, market: 1, government: 1 },
          { quarter: '2015Q1', market: 1, government: 1 },
        ]),
      ).find((i) => i.code === 'mixed_frequency'),
    ).toEqual({
      path: ['observed'],
      message: 'mixes yearly and quarterly observations',
      code: 'mixed_frequency',
    });
    expect(
      issuesOf(() =>
        parseInput(plan, [
          { year: 2016, market: 1, government: 1 },
          { year: 2015, market: 1, government: 1 },
          { year: 2016, market: 2, government: 1 },
          { year: 2019, market: 2, government: 1 },
        ]),
      ),
    ).toEqual([
      { path: ['observed', 2], message: 'duplicates an earlier period', code: 'duplicate_period' },
      { path: ['observed', 3], message: 'follows a gap of 2 periods', code: 'missing_period' },
    ]);
  });
});

describe('planOn', () => {
  const base: TargetPlan = {
    id: 'p',
    name: 'p',
    source: 's',
    unitHours: 25.5,
    years: [
      { year: 2021, market: 10, government: 1 },
      { year: 2020, market: 5, government: 1 },
    ],
  };

  it('applies revisions in order of their effective dates, whatever the listed order, from that day on', () => {
    const plan: TargetPlan = {
      ...base,
      revisions: [
        { review: '2020-10', effective: '2021-01-01', years: [{ year: 2021, market: 50, government: 1 }] },
        { review: '2018-10', effective: '2019-01-01', years: [{ year: 2021, market: 40, government: 1 }] },
        { review: '2018-10', effective: '2019-01-01', note: 'nothing changed' },
        { review: '2020-10', effective: '2020-12-31', years: [{ year: 2022, market: 60, government: 2 }] },
      ],
    };
    const market2021 = (d: string) => planOn(plan, d).years.find((r) => r.year === 2021)?.market;
    expect(market2021('2018-12-31')).toBe(10);
    expect(market2021('2019-01-01')).toBe(40);
    expect(market2021('2020-12-31')).toBe(40);
    expect(market2021('2021-01-01')).toBe(50);
    expect(market2021('2030-01-01')).toBe(50);
    // Years sorted, a revised year added in place; the input unchanged.
    expect(planOn(plan, '2021-01-01').years.map((r) => r.year)).toEqual([2020, 2021, 2022]);
    expect(planOn(plan, '2020-01-01').years.map((r) => r.year)).toEqual([2020, 2021]);
    expect(plan.years.map((r) => r.market)).toEqual([10, 5]);
    expect(planOn(plan, '2021-01-01').revisions).toBe(plan.revisions);
  });

  it('two revisions effective on the same day apply in the listed order', () => {
    const plan: TargetPlan = {
      ...base,
      revisions: [
        { review: '2020-10', effective: '2021-01-01', years: [{ year: 2021, market: 70, government: 1 }] },
        { review: '2020-11', effective: '2021-01-01', years: [{ year: 2021, market: 80, government: 1 }] },
      ],
    };
    expect(planOn(plan, '2021-06-01').years.find((r) => r.year === 2021)?.market).toBe(80);
  });

  it('refuses a bad date, saying what came, and a bad plan with paths under plan', () => {
    expect(thrown(() => planOn(base, '2021-1-1'))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'planOn: `date` must be YYYY-MM-DD, got "2021-1-1"',
    });
    expect(thrown(() => planOn(base, 'x2021-01-01'))?.message).toContain('got "x2021-01-01"');
    for (const bad of [
      '2021-01-01x',
      '02021-01-01',
      '221-01-01',
      '2021-001-01',
      '2021-01-011',
      '2021-0a-01',
      '2021/01/01',
    ]) {
      expect(thrown(() => planOn(base, bad))?.code).toBe('INVALID_ARGUMENT');
    }
    expect(thrown(() => planOn(base, `${'9'.repeat(50)}`))?.message).toBe(
      `planOn: \`date\` must be YYYY-MM-DD, got "${'9'.repeat(40)}"`,
    );
    // Not a string, even one whose text form is a valid date.
    expect(thrown(() => planOn(base, { toString: () => '2021-01-01' } as unknown as string))?.message).toBe(
      'planOn: `date` must be YYYY-MM-DD, got object',
    );
    expect(thrown(() => planOn(base, 20210101 as unknown as string))?.message).toBe(
      'planOn: `date` must be YYYY-MM-DD, got number',
    );
    const e = thrown(() => planOn({ ...base, years: [] }, '2021-01-01'));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e?.message.startsWith('planOn: plan: 1 problem')).toBe(true);
    expect((e as ValidationError).issues.map((i) => i.path)).toEqual([['plan', 'years']]);
  });
});

describe('the options schema: combine', () => {
  it('refuses combination or weighted among the models to combine, naming the option', () => {
    const y = [10, 12, 15, 16, 19, 22];
    for (const combine of [['combination'], ['ses', 'weighted']] as const) {
      const e = thrown(() => forecastSeries(y, { horizon: 1, model: 'combination', combine: [...combine] }));
      expect(e?.code).toBe('INVALID_ARGUMENT');
      expect(e?.message).toContain('combine');
      expect(e?.message).toContain('must list models other than combination, weighted and blend');
    }
    expect(forecastSeries(y, { horizon: 1, model: 'combination', combine: ['naive', 'drift'] }).model).toBe(
      'combination',
    );
  });
});
