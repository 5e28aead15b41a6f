// The quota input schemas directly: each field's bounds, the patterns of `review` and `quarter`, and
// the trimming of a plan's texts (a mutation run needs MUTATE_ISOLATE=1: the schemas are built at import).
import { observationSchema, planRevisionSchema, targetPlanSchema, targetPlanYearSchema } from 'banenmatch';
import { describe, expect, it } from 'vitest';

/** The path of the first issue, or 'ok'. */
const check = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, v: unknown) => {
  const r = schema.safeParse(v) as { success: boolean; error?: { issues: { path: PropertyKey[] }[] } };
  return r.success ? 'ok' : r.error!.issues[0]!.path.join('.');
};
const row = { year: 2020, market: 10, government: 5 };

describe('targetPlanYearSchema', () => {
  it('a year 1990..2100 whole; counts at least 0 and at most 2^53 − 1', () => {
    expect(check(targetPlanYearSchema, row)).toBe('ok');
    expect(check(targetPlanYearSchema, { ...row, year: 1990, total: 15, note: 'n' })).toBe('ok');
    expect(check(targetPlanYearSchema, { ...row, year: 2100 })).toBe('ok');
    expect(check(targetPlanYearSchema, { ...row, year: 1989 })).toBe('year');
    expect(check(targetPlanYearSchema, { ...row, year: 2101 })).toBe('year');
    expect(check(targetPlanYearSchema, { ...row, year: 2020.5 })).toBe('year');
    expect(check(targetPlanYearSchema, { ...row, market: 0, government: 0, total: 0 })).toBe('ok');
    expect(check(targetPlanYearSchema, { ...row, market: -1 })).toBe('market');
    expect(check(targetPlanYearSchema, { ...row, government: -1 })).toBe('government');
    expect(check(targetPlanYearSchema, { ...row, total: -1 })).toBe('total');
    expect(check(targetPlanYearSchema, { ...row, market: Number.MAX_SAFE_INTEGER })).toBe('ok');
    expect(check(targetPlanYearSchema, { ...row, market: Number.MAX_SAFE_INTEGER + 2 })).toBe('market');
    expect(check(targetPlanYearSchema, { ...row, market: Number.POSITIVE_INFINITY })).toBe('market');
    expect(check(targetPlanYearSchema, { ...row, note: 'x'.repeat(500) })).toBe('ok');
    expect(check(targetPlanYearSchema, { ...row, note: 'x'.repeat(501) })).toBe('note');
  });
});

describe('planRevisionSchema', () => {
  const revision = { review: '2016-10', effective: '2017-01-01' };
  it('review is YYYY-MM with a month 01..12, the whole string', () => {
    expect(check(planRevisionSchema, revision)).toBe('ok');
    for (const review of ['2016-01', '2016-09', '2016-12'])
      expect(check(planRevisionSchema, { ...revision, review })).toBe('ok');
    for (const review of ['2016-00', '2016-13', '2016-1', '16-10', 'x2016-10', '2016-10x', '2016-20'])
      expect(check(planRevisionSchema, { ...revision, review })).toBe('review');
    const r = planRevisionSchema.safeParse({ ...revision, review: '2016-13' }) as {
      error?: { issues: { message: string }[] };
    };
    expect(r.error?.issues[0]?.message).toBe('must look like 2016-10');
  });

  it('effective is a date; years are plan rows; a note up to 500 characters', () => {
    expect(check(planRevisionSchema, { ...revision, effective: '2017-02-30' })).toBe('effective');
    expect(check(planRevisionSchema, { ...revision, years: [row], note: 'x'.repeat(500) })).toBe('ok');
    expect(check(planRevisionSchema, { ...revision, years: [{ ...row, year: 1 }] })).toBe('years.0.year');
    expect(check(planRevisionSchema, { ...revision, note: 'x'.repeat(501) })).toBe('note');
  });
});

describe('targetPlanSchema', () => {
  const plan = { id: 'p', name: 'Plan', source: 'covenant', unitHours: 25.5, years: [row] };
  it('id, name and source: trimmed, not empty, with their maximum lengths', () => {
    expect(check(targetPlanSchema, plan)).toBe('ok');
    const parsed = targetPlanSchema.parse({ ...plan, id: '  p  ', name: ' Plan ', source: ' covenant ' });
    expect([parsed.id, parsed.name, parsed.source]).toEqual(['p', 'Plan', 'covenant']);
    for (const field of ['id', 'name', 'source']) {
      expect(check(targetPlanSchema, { ...plan, [field]: '   ' })).toBe(field);
    }
    expect(
      check(targetPlanSchema, {
        ...plan,
        id: 'x'.repeat(100),
        name: 'x'.repeat(300),
        source: 'x'.repeat(2000),
      }),
    ).toBe('ok');
    expect(check(targetPlanSchema, { ...plan, id: 'x'.repeat(101) })).toBe('id');
    expect(check(targetPlanSchema, { ...plan, name: 'x'.repeat(301) })).toBe('name');
    expect(check(targetPlanSchema, { ...plan, source: 'x'.repeat(2001) })).toBe('source');
  });

  it('unitHours positive and finite; at least one year; revisions optional', () => {
    expect(check(targetPlanSchema, { ...plan, unitHours: 0 })).toBe('unitHours');
    expect(check(targetPlanSchema, { ...plan, unitHours: Number.POSITIVE_INFINITY })).toBe('unitHours');
    expect(check(targetPlanSchema, { ...plan, years: [] })).toBe('years');
    expect(
      check(targetPlanSchema, { ...plan, revisions: [{ review: '2016-10', effective: '2017-01-01' }] }),
    ).toBe('ok');
    expect(
      check(targetPlanSchema, { ...plan, revisions: [{ review: '2016', effective: '2017-01-01' }] }),
    ).toBe('revisions.0.review');
  });
});

describe('observationSchema', () => {
  it('a year end or a quarter end YYYYQ1..Q4, the whole string; counts may be negative', () => {
    expect(check(observationSchema, { year: 2020, market: -3, government: 0 })).toBe('ok');
    for (const quarter of ['2023Q1', '2023Q4'])
      expect(check(observationSchema, { quarter, market: 1, government: 2 })).toBe('ok');
    for (const quarter of ['2023Q0', '2023Q5', '23Q4', 'x2023Q4', '2023Q4x', '2023-Q4']) {
      expect(observationSchema.safeParse({ quarter, market: 1, government: 2 }).success).toBe(false);
    }
    const wrong = observationSchema.safeParse({ quarter: '2023Q5', market: 1, government: 2 }) as {
      error?: { issues: { message: string; errors?: { message: string }[][] }[] };
    };
    expect(JSON.stringify(wrong.error?.issues)).toContain('must look like 2023Q4');
    expect(observationSchema.safeParse({ year: 2020, market: Number.NaN, government: 0 }).success).toBe(
      false,
    );
    expect(
      observationSchema.safeParse({ year: 2020, market: -Number.MAX_SAFE_INTEGER, government: 0 }).success,
    ).toBe(true);
    expect(
      observationSchema.safeParse({ year: 2020, market: -Number.MAX_SAFE_INTEGER - 2, government: 0 })
        .success,
    ).toBe(false);
  });
});
