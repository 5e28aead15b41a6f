import { readFileSync } from 'node:fs';
import {
  isValidationError,
  NATIONAL_REALISATIONS,
  planOn,
  TARGET_PLANS,
  type TargetPlan,
  targetPlanSchema,
  validateTargetPlan,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';

// Copies of the shared reference material live in data/reference/ (see its README).
const reference = (file: string): string =>
  readFileSync(new URL(`../../data/reference/${file}`, import.meta.url), 'utf8');

function csvRows(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

describe('TARGET_PLANS.gooiEnVechtstreek2015', () => {
  const plan = TARGET_PLANS.gooiEnVechtstreek2015;

  it('equals the published table in data/reference (market, government, total as published)', () => {
    const rows = csvRows(reference('convenant-targets-gooi-en-vechtstreek.csv'));
    expect(plan.years.map((r) => [r.year, r.market, r.government, r.total])).toEqual(
      rows.map((r) => r.map(Number)),
    );
  });

  it('equals article 1.1 of the covenant text, row by row (thousands written with a dot)', () => {
    const text = reference('convenant-inclusieve-arbeidsmarkt.txt');
    const rows = [...text.matchAll(/^(20\d\d) ([\d.]+) ([\d.]+) ([\d.]+)\s*$/gm)].map((m) =>
      m.slice(1, 5).map((v) => Number(v!.replace('.', ''))),
    );
    expect(rows).toHaveLength(11);
    expect(plan.years.map((r) => [r.year, r.market, r.government, r.total])).toEqual(rows);
  });

  it('passes its schema and counts 25.5 hours as one job', () => {
    expect(targetPlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.unitHours).toBe(25.5);
  });
});

describe('TARGET_PLANS.national2013 and NATIONAL_REALISATIONS', () => {
  const rows = csvRows(reference('national-banenafspraak-annual.csv'));

  it('carries the national targets of every year 2015–2025', () => {
    const targets = rows.map((r) => [Number(r[0]), Number(r[4]), Number(r[5]), Number(r[6])]);
    expect(TARGET_PLANS.national2013.years.map((r) => [r.year, r.market, r.government, r.total])).toEqual(
      targets,
    );
    expect(TARGET_PLANS.national2013.years.at(-1)).toMatchObject({ market: 100000, government: 25000 });
  });

  it('carries the realised market and government figures 2015–2023', () => {
    const realised = rows
      .filter((r) => r[1] !== '')
      .map((r) => ({ year: Number(r[0]), market: Number(r[1]), government: Number(r[2]) }));
    expect(NATIONAL_REALISATIONS).toEqual(realised);
  });
});

describe('plan versions (covenant art. 6.2)', () => {
  it('art. 6.2 a–d: the covenant carries the four reviews; 6.2.d is warned about, not refused, and kept', () => {
    expect(TARGET_PLANS.gooiEnVechtstreek2015.revisions?.map((r) => [r.review, r.effective])).toEqual([
      ['2016-10', '2017-01-01'],
      ['2018-10', '2019-01-01'],
      ['2020-10', '2021-01-01'],
      ['2022-10', '2022-01-01'],
    ]);
    const w = validateTargetPlan(TARGET_PLANS.gooiEnVechtstreek2015, { reference: null }).find(
      (x) => x.code === 'revision_date',
    );
    expect(w?.figures).toEqual({
      reviewYear: 2022,
      reviewMonth: 10,
      effectiveYear: 2022,
      effectiveMonth: 1,
      effectiveDay: 1,
    });
    expect(w?.message).toContain('2022-01-01');
  });

  it('art. 6.2: planOn gives the targets in force on a day; a later revision replaces an earlier one', () => {
    const plan: TargetPlan = {
      ...TARGET_PLANS.gooiEnVechtstreek2015,
      revisions: [
        { review: '2016-10', effective: '2017-01-01', years: [{ year: 2018, market: 400, government: 100 }] },
        { review: '2018-10', effective: '2019-01-01', years: [{ year: 2018, market: 390, government: 106 }] },
      ],
    };
    const row2018 = (date: string) => planOn(plan, date).years.find((r) => r.year === 2018);
    expect(row2018('2016-12-31')).toEqual({ year: 2018, market: 388, government: 106, total: 493 });
    expect(row2018('2017-01-01')).toEqual({ year: 2018, market: 400, government: 100 });
    expect(row2018('2019-06-30')).toEqual({ year: 2018, market: 390, government: 106 });
    expect(planOn(plan, '2019-06-30').years).toHaveLength(11);
    expect(() => planOn(plan, '1-1-2019')).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() =>
      planOn({ ...plan, revisions: [{ review: 'oktober', effective: '2017-01-01' }] }, '2019-01-01'),
    ).toThrowError(expect.objectContaining({ code: 'VALIDATION' }));
  });
});

describe('validateTargetPlan', () => {
  it('reports exactly the inconsistencies of the real covenant table, with years and figures', () => {
    const warnings = validateTargetPlan(TARGET_PLANS.gooiEnVechtstreek2015);
    expect(warnings.map((w) => [w.code, w.year, w.sector])).toEqual([
      ['share_deviation', 2015, 'market'],
      ['share_deviation', 2015, 'government'],
      ['total_mismatch', 2017, 'total'],
      ['total_mismatch', 2018, 'total'],
      // Art. 6.2.d as published: reviewed in October 2022, in effect from 1 January 2022 (issue 23).
      ['revision_date', 2022, undefined],
    ]);
    expect(warnings[2]!.figures).toEqual({ market: 288, government: 85, sum: 373, total: 372 });
    expect(warnings[3]!.figures).toEqual({ market: 388, government: 106, sum: 494, total: 493 });
    // 2015: 114 / 6,000 = 1.9% of the national market target against a median share of 1.25%.
    expect(warnings[0]!.figures.share).toBeCloseTo(0.019, 12);
    expect(warnings[0]!.figures.medianShare).toBeCloseTo(0.0125, 12);
    expect(warnings[1]!.figures.share).toBeCloseTo(0.012, 12);
  });

  it('never changes a published figure', () => {
    const before = JSON.stringify(TARGET_PLANS.gooiEnVechtstreek2015);
    validateTargetPlan(TARGET_PLANS.gooiEnVechtstreek2015);
    expect(JSON.stringify(TARGET_PLANS.gooiEnVechtstreek2015)).toBe(before);
  });

  it('finds nothing in the national path, nor in the covenant without the reference comparison', () => {
    expect(validateTargetPlan(TARGET_PLANS.national2013)).toEqual([]);
    const w = validateTargetPlan(TARGET_PLANS.gooiEnVechtstreek2015, { reference: null });
    expect(w.map((x) => x.code)).toEqual(['total_mismatch', 'total_mismatch', 'revision_date']);
  });

  it('reports decreasing targets, duplicate and missing years and a different job unit', () => {
    const plan: TargetPlan = {
      id: 'test',
      name: 'test',
      source: 'test',
      unitHours: 36,
      years: [
        { year: 2020, market: 10, government: 5 },
        { year: 2021, market: 8, government: 6 },
        { year: 2021, market: 9, government: 6 },
        { year: 2024, market: 20, government: 7 },
      ],
    };
    const codes = validateTargetPlan(plan, { reference: null }).map(
      (w) => `${w.code}:${w.year}:${w.sector ?? ''}`,
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        'unit_hours:2020:',
        'decreasing_target:2021:market',
        'decreasing_target:2021:total',
        'duplicate_year:2021:',
        'missing_year:2022:',
        'missing_year:2023:',
      ]),
    );
    expect(codes).toHaveLength(6);
  });

  it('throws a ValidationError listing every schema issue with its path', () => {
    const bad = {
      id: '',
      name: 'x',
      source: 'x',
      unitHours: -1,
      years: [{ year: 2020, market: -1, government: 1 }],
    };
    let error: unknown;
    try {
      validateTargetPlan(bad as TargetPlan);
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error)).toBe(true);
    if (isValidationError(error)) {
      expect(error.issues.map((i) => i.path.join('.'))).toEqual(
        expect.arrayContaining(['id', 'unitHours', 'years.0.market']),
      );
    }
  });
});
