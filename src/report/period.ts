import { ValidationError } from '../errors.js';

/**
 * The period of a report: a calendar year or a half year (covenant art. 5.3: one half-year interim
 * report and one annual report a year), or `'final'`: the whole covenant period, from the plan's first
 * year to its last (art. 5.3: the *bestuurlijke eindrapportage*), judged at the end of the last year.
 * As a string `'2024'`, `'2024-H1'`, `'2024-H2'` or `'final'`, or as an object `{ year: 2024, half: 1 }`
 * (no `half`: the whole year).
 */
export type ReportPeriod = string | { year: number; half?: 1 | 2 | undefined };

/** @internal A parsed period: label, year, half, end date and end as a time in years (2024-H1 → 2023.5). */
export interface ParsedPeriod {
  label: string;
  year: number;
  half: 1 | 2 | null;
  end: string;
  endTime: number;
  /** The period in words for a title: `2024`, `2024 (eerste halfjaar)`, `eindrapportage 2015–2025`. */
  caption: string;
}

/**
 * @internal Parses a {@link ReportPeriod}; a bad one throws a ValidationError at `['period']`.
 * `planYears` gives the plan's years for `'final'` (read only then).
 */
export function parsePeriod(
  period: ReportPeriod,
  what: string,
  planYears: () => readonly number[] = () => [],
): ParsedPeriod {
  let year: number | undefined;
  let half: 1 | 2 | null = null;
  if (period === 'final') {
    const years = planYears().filter((y) => Number.isInteger(y));
    if (years.length > 0) {
      const first = Math.min(...years);
      const last = Math.max(...years);
      const label = `eindrapportage ${first}–${last}`;
      return { label, year: last, half: null, end: `${last}-12-31`, endTime: last, caption: label };
    }
  } else if (typeof period === 'string') {
    const m = /^(\d{4})(?:-H([12]))?$/.exec(period.trim());
    if (m !== null) {
      year = Number(m[1]);
      half = m[2] === undefined ? null : (Number(m[2]) as 1 | 2);
    }
  } else if (typeof period === 'object' && period !== null && Number.isInteger(period.year)) {
    year = period.year;
    if (period.half === 1 || period.half === 2) half = period.half;
    else if (period.half !== undefined) year = undefined;
  }
  if (year === undefined || year < 1990 || year > 2100) {
    throw new ValidationError(what, [
      {
        path: ['period'],
        message: "must be '2024', '2024-H1', '2024-H2', 'final' (with plan years) or { year, half? }",
        code: 'invalid_period',
      },
    ]);
  }
  return {
    label: half === null ? String(year) : `${year}-H${half}`,
    year,
    half,
    end: half === 1 ? `${year}-06-30` : `${year}-12-31`,
    endTime: half === 1 ? year - 0.5 : year,
    caption: half === null ? String(year) : `${year} (${half === 1 ? 'eerste' : 'tweede'} halfjaar)`,
  };
}
