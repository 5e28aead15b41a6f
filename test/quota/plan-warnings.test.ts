import { isValidationError, TARGET_PLANS, type TargetPlan, validateTargetPlan } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// Each warning of validateTargetPlan in full: code, year, sector, figures and the sentence a reader gets.
const plan = (years: TargetPlan['years'], extra: Partial<TargetPlan> = {}): TargetPlan => ({
  id: 'p',
  name: 'p',
  source: 'test',
  unitHours: 25.5,
  years,
  ...extra,
});

describe('validateTargetPlan: each warning in full', () => {
  it('a job unit other than 25.5 hours, on the first year as listed', () => {
    const w = validateTargetPlan(
      plan(
        [
          { year: 2021, market: 1, government: 1 },
          { year: 2020, market: 1, government: 1 },
        ],
        { unitHours: 36 },
      ),
      { reference: null },
    );
    expect(w).toEqual([
      {
        code: 'unit_hours',
        year: 2021,
        figures: { unitHours: 36, expected: 25.5 },
        message: 'plan p: one job is 36 hours a week, the banenafspraak counts 25.5',
      },
    ]);
    expect(validateTargetPlan(plan([{ year: 2020, market: 1, government: 1 }]), { reference: null })).toEqual(
      [],
    );
  });

  it('a duplicate year, a published total that is not the sum, and a missing year', () => {
    const w = validateTargetPlan(
      plan([
        { year: 2020, market: 10, government: 5, total: 16 },
        { year: 2020, market: 10, government: 5, total: 15 },
        { year: 2022, market: 12, government: 6 },
      ]),
      { reference: null },
    );
    expect(w).toEqual([
      {
        code: 'total_mismatch',
        year: 2020,
        sector: 'total',
        figures: { market: 10, government: 5, sum: 15, total: 16 },
        message: 'plan p, 2020: published total 16 ≠ market 10 + government 5 = 15',
      },
      {
        code: 'duplicate_year',
        year: 2020,
        figures: { year: 2020 },
        message: 'plan p: year 2020 appears more than once',
      },
      {
        code: 'missing_year',
        year: 2021,
        figures: { before: 2020, after: 2022 },
        message: 'plan p: no target for 2021 between 2020 and 2022',
      },
    ]);
  });

  it('a cumulative target that goes down, per sector, the total read as published', () => {
    const w = validateTargetPlan(
      plan([
        { year: 2021, market: 8, government: 7, total: 20 },
        { year: 2020, market: 10, government: 5 },
      ]),
      { reference: null },
    );
    // years are compared in order whatever the listing; the 2021 total 20 is above 2020's 15
    expect(w.filter((x) => x.code === 'decreasing_target')).toEqual([
      {
        code: 'decreasing_target',
        year: 2021,
        sector: 'market',
        figures: { previous: 10, current: 8 },
        message: "plan p, 2021: cumulative market target 8 is below 2020's 10",
      },
    ]);
    const g = validateTargetPlan(
      plan([
        { year: 2020, market: 10, government: 5, total: 16 },
        { year: 2021, market: 10, government: 4, total: 15 },
      ]),
      { reference: null },
    ).filter((x) => x.code === 'decreasing_target');
    expect(g.map((x) => [x.sector, x.figures])).toEqual([
      ['government', { previous: 5, current: 4 }],
      ['total', { previous: 16, current: 15 }],
    ]);
    // an equal target is no decrease; two rows of one year are not compared with each other
    expect(
      validateTargetPlan(
        plan([
          { year: 2020, market: 10, government: 5 },
          { year: 2021, market: 10, government: 5 },
          { year: 2021, market: 3, government: 1 },
        ]),
        { reference: null },
      ).map((x) => x.code),
    ).toEqual(['duplicate_year']);
  });

  it('a revision in effect before its review (art. 6.2), not one in effect in or after the review month', () => {
    const revised = (review: string, effective: string) =>
      validateTargetPlan(
        plan([{ year: 2020, market: 1, government: 1 }], { revisions: [{ review, effective }] }),
        {
          reference: null,
        },
      );
    expect(revised('2022-10', '2022-01-01')).toEqual([
      {
        code: 'revision_date',
        year: 2022,
        figures: {
          reviewYear: 2022,
          reviewMonth: 10,
          effectiveYear: 2022,
          effectiveMonth: 1,
          effectiveDay: 1,
        },
        message:
          'plan p: the revision reviewed in 2022-10 takes effect on 2022-01-01, before its review (kept as published)',
      },
    ]);
    expect(revised('2022-10', '2022-09-30')).toHaveLength(1);
    expect(revised('2022-10', '2022-10-01')).toEqual([]);
    expect(revised('2022-10', '2023-01-01')).toEqual([]);
  });

  it('warnings come in year order', () => {
    const w = validateTargetPlan(
      plan(
        [
          { year: 2024, market: 1, government: 1, total: 3 },
          { year: 2020, market: 1, government: 1 },
        ],
        { revisions: [{ review: '2016-10', effective: '2016-01-01' }] },
      ),
      { reference: null },
    );
    expect(w.map((x) => x.year)).toEqual([2016, 2021, 2022, 2023, 2024]);
  });
});

describe('validateTargetPlan: shares of a reference plan', () => {
  const reference = plan(
    [
      { year: 2020, market: 100, government: 100 },
      { year: 2021, market: 200, government: 0 },
      { year: 2022, market: 300, government: 200 },
      { year: 2023, market: 400, government: 300 },
    ],
    { id: 'ref' },
  );

  it('reports a year whose share deviates from the median share beyond the tolerance, both signs', () => {
    // market shares 0.5, 0.5, 0.5, 0.625 → median 0.5; 2023 deviates +25%
    const p = plan([
      { year: 2020, market: 50, government: 10 },
      { year: 2021, market: 100, government: 10 },
      { year: 2022, market: 150, government: 20 },
      { year: 2023, market: 250, government: 30 },
    ]);
    expect(validateTargetPlan(p, { reference })).toEqual([
      {
        code: 'share_deviation',
        year: 2023,
        sector: 'market',
        figures: { value: 250, reference: 400, share: 0.625, medianShare: 0.5, deviation: 0.25 },
        message:
          "plan p, 2023: market 250 is 62.500% of ref's 400, the plan's median share is 50.000% (+25.0%)",
      },
    ]);
    // exactly at the tolerance is not reported, just beyond it is
    expect(validateTargetPlan(p, { reference, shareTolerance: 0.25 })).toEqual([]);
    expect(validateTargetPlan(p, { reference, shareTolerance: 0.2499 })).toHaveLength(1);
    // a share below the median: the sign is the minus of the number
    const low = plan([
      { year: 2020, market: 50, government: 10 },
      { year: 2021, market: 100, government: 10 },
      { year: 2022, market: 150, government: 20 },
      { year: 2023, market: 150, government: 30 },
    ]);
    const [w] = validateTargetPlan(low, { reference });
    expect(w!.figures.deviation).toBeCloseTo(-0.25, 12);
    expect(w!.message).toBe(
      "plan p, 2023: market 150 is 37.500% of ref's 400, the plan's median share is 50.000% (-25.0%)",
    );
  });

  it('the median of an even count is the mean of the middle two, of an odd count the middle one', () => {
    // government (2021 skipped: the reference has 0 there): shares 0.1, 0.1, 0.1 → no warning;
    // market shares 0.4, 0.5, 0.6, 0.9 → median 0.55: 0.4 is −27.3%, 0.9 is +63.6%, 0.5 and 0.6 within 10%
    const even = plan([
      { year: 2020, market: 40, government: 10 },
      { year: 2021, market: 100, government: 15 },
      { year: 2022, market: 180, government: 20 },
      { year: 2023, market: 360, government: 30 },
    ]);
    const w = validateTargetPlan(even, { reference, shareTolerance: 0.1 });
    expect(w.map((x) => [x.year, x.sector])).toEqual([
      [2020, 'market'],
      [2023, 'market'],
    ]);
    expect(w[0]!.figures.medianShare).toBeCloseTo(0.55, 12);
    // odd: 2021 dropped, shares 0.4, 0.6, 0.9 → median 0.6
    const odd = plan(even.years.filter((r) => r.year !== 2021));
    expect(validateTargetPlan(odd, { reference, shareTolerance: 0.1 })[0]!.figures.medianShare).toBeCloseTo(
      0.6,
      12,
    );
  });

  it('takes the median of the shares sorted by value, not in year order, and leaves the plan as listed', () => {
    // market shares by year 0.9, 0.4, 0.6, 0.5: sorted 0.4, 0.5, 0.6, 0.9 → median 0.55 (in year order it would be 0.5)
    const p = plan([
      { year: 2023, market: 200, government: 30 },
      { year: 2020, market: 90, government: 10 },
      { year: 2021, market: 80, government: 15 },
      { year: 2022, market: 180, government: 20 },
    ]);
    const shares = validateTargetPlan(p, { reference, shareTolerance: 0 }).filter(
      (x) => x.code === 'share_deviation',
    );
    expect(shares.map((x) => x.figures.share)).toEqual([0.9, 0.4, 0.6, 0.5]);
    expect(shares[0]!.figures.medianShare).toBeCloseTo(0.55, 12);
    expect(p.years.map((r) => r.year)).toEqual([2023, 2020, 2021, 2022]);
  });

  it('needs three shared years with a reference above 0, and skips a plan compared with itself', () => {
    const two = plan([
      { year: 2020, market: 50, government: 10 },
      { year: 2023, market: 400, government: 300 },
      { year: 2030, market: 999, government: 999 },
    ]);
    expect(validateTargetPlan(two, { reference }).filter((x) => x.code === 'share_deviation')).toEqual([]);
    const self = plan(
      reference.years.map((r) => ({ ...r, market: r.year === 2023 ? 9000 : r.market })),
      {
        id: 'ref',
      },
    );
    expect(validateTargetPlan(self, { reference }).filter((x) => x.code === 'share_deviation')).toEqual([]);
    // the default reference is the national path: the covenant's first year deviates from it
    expect(validateTargetPlan(TARGET_PLANS.gooiEnVechtstreek2015)[0]!.code).toBe('share_deviation');
    expect(validateTargetPlan(TARGET_PLANS.gooiEnVechtstreek2015, { reference: undefined })).toEqual(
      validateTargetPlan(TARGET_PLANS.gooiEnVechtstreek2015),
    );
  });

  it('refuses a bad tolerance, bad options and a bad reference, word for word', () => {
    const p = plan([{ year: 2020, market: 1, government: 1 }]);
    for (const shareTolerance of [-0.01, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => validateTargetPlan(p, { shareTolerance })).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringMatching(/^validateTargetPlan: `shareTolerance`: /),
        }),
      );
    }
    expect(validateTargetPlan(p, { shareTolerance: 0 })).toEqual([]);
    expect(() => validateTargetPlan(p, 5 as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'validateTargetPlan: `options`: Invalid input: expected object, received number',
      }),
    );
    expect(() => validateTargetPlan({ ...p, id: '' })).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^validateTargetPlan: plan: 1 problem\n {2}- id: /),
      }),
    );
    let error: unknown;
    try {
      validateTargetPlan(p, { reference: { ...reference, unitHours: 0 } });
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error)).toBe(true);
    if (isValidationError(error)) {
      expect(error.message).toContain('validateTargetPlan: reference');
      expect(error.issues.map((i) => i.path.join('.'))).toEqual(['unitHours']);
    }
  });
});
