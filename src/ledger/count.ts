import { parseOptions } from '../_internal/options.js';
import { lowerBound } from '../_internal/search.js';
import { BanenmatchError } from '../errors.js';
import type { ExtraJobs } from '../quota/jobs.js';
import { columnsOf, type LedgerColumns, OPEN_END } from './columns.js';
import { quarterOptionsSchema, unitOptionsSchema, yearOptionsSchema } from './count-options.js';
import { dayOf, isoOf, partsOf, quarterIndexOf, quarterLabel, quarterStart, yearStart } from './dates.js';
import type { Ledger } from './schema.js';

/** Options of {@link extraJobsAt}. */
export interface ExtraJobsAtOptions {
  /** Paid hours a week that make one job. @default 25.5 */
  unitHours?: number | undefined;
}

/** How a period's jobs are measured: the stock on its last day, or the mean daily stock over its days. */
export type PeriodMeasure = 'end' | 'average';

/** Options of {@link extraJobsByQuarter}. */
export interface QuarterOptions {
  /** First quarter, `'2023Q1'`. @default the quarter of the first start */
  from?: string | undefined;
  /** Last quarter, `'2024Q4'`. @default the quarter of the last start or end */
  to?: string | undefined;
  /** Stock at the quarter's last day, or the average over its days. @default 'end' */
  measure?: PeriodMeasure | undefined;
  /** Paid hours a week that make one job. @default 25.5 */
  unitHours?: number | undefined;
}

/** Options of {@link extraJobsByYear}. */
export interface YearOptions {
  /** First year. @default the year of the first start */
  from?: number | undefined;
  /** Last year. @default the year of the last start or end */
  to?: number | undefined;
  /** Stock on 31 December, or the average over the year's days. @default 'end' */
  measure?: PeriodMeasure | undefined;
  /** Paid hours a week that make one job. @default 25.5 */
  unitHours?: number | undefined;
}

/** Jobs in one quarter: `from` and `to` are its first and last day. */
export interface QuarterJobs extends ExtraJobs {
  quarter: string;
  from: string;
  to: string;
}

/** Jobs in one year: `from` and `to` are its first and last day. */
export interface YearJobs extends ExtraJobs {
  year: number;
  from: string;
  to: string;
}

/** @internal The day number of a date argument. */
export function dayArg(date: string, what: string): number {
  const day = typeof date === 'string' ? dayOf(date) : undefined;
  if (day === undefined)
    throw new BanenmatchError('INVALID_ARGUMENT', `${what} must be a real date YYYY-MM-DD`);
  return day;
}

/**
 * Counts the jobs in work on one day, market and government apart: the paid hours a week of every
 * placement with `start ≤ date ≤ end` (an open placement has no end), divided by 25.5 (covenant art. 1.1
 * footnote 4 and the Besluit; paid hours as Wfsv art. 38b lid 4 defines them). Sheltered work (`beschut`) does not count. Against the baseline
 * (*nulmeting*) these are extra jobs when the ledger holds the placements made since.
 *
 * Complexity: O(n).
 *
 * @param ledger - the ledger
 * @param date - the measurement date (*peildatum*), `YYYY-MM-DD`
 * @param options - `unitHours` (@default 25.5)
 * @returns market, government and total jobs
 * @throws BanenmatchError `INVALID_ARGUMENT` for a bad date or unit
 * @example
 * const ledger = createLedger([
 *   { id: 'p1', candidateId: 'c1', sector: 'market', hoursPerWeek: 25.5, start: '2024-01-01' },
 *   { id: 'p2', candidateId: 'c2', sector: 'government', hoursPerWeek: 12.75, start: '2024-06-01' },
 * ]);
 * extraJobsAt(ledger, '2024-12-31') // { market: 1, government: 0.5, total: 1.5 }
 */
export function extraJobsAt(ledger: Ledger, date: string, options?: ExtraJobsAtOptions): ExtraJobs {
  const unit = parseOptions(unitOptionsSchema, options, 'extraJobsAt').unitHours;
  const day = dayArg(date, 'extraJobsAt: date');
  const { n, counts, start, end, government: isGovernment, hours } = columnsOf(ledger);
  let market = 0;
  let government = 0;
  for (let i = 0; i < n; i++) {
    if (counts[i] === 0 || start[i]! > day || end[i]! < day) continue;
    if (isGovernment[i] === 1) government += hours[i]!;
    else market += hours[i]!;
  }
  // Hours are added up first and divided once, so 2 × 12.75 hours is exactly one job.
  return { market: market / unit, government: government / unit, total: (market + government) / unit };
}

/** First and last counted day in the ledger (last start or end), or undefined when nothing counts. */
function span(c: LedgerColumns): { first: number; last: number } | undefined {
  let first = OPEN_END;
  let last = -OPEN_END;
  for (let i = 0; i < c.n; i++) {
    if (c.counts[i] === 0) continue;
    const s = c.start[i]!;
    const e = c.end[i]!;
    if (s < first) first = s;
    if (s > last) last = s;
    if (e !== OPEN_END && e > last) last = e;
  }
  return first === OPEN_END ? undefined : { first, last };
}

/**
 * Hours per period, market and government, for periods `[bounds[k], bounds[k+1])` (day numbers):
 * the stock on each period's last day, or the day-weighted mean over the period.
 */
function countPeriods(
  c: LedgerColumns,
  bounds: Float64Array,
  measure: PeriodMeasure,
): { market: Float64Array; government: Float64Array } {
  const { n, counts, start, end, government: isGovernment, hours } = c;
  const periods = bounds.length - 1;
  const market = new Float64Array(periods);
  const government = new Float64Array(periods);
  // Last day of each period, for the stock measure.
  const lastDay = new Float64Array(periods);
  for (let k = 0; k < periods; k++) lastDay[k] = bounds[k + 1]! - 1;
  for (let i = 0; i < n; i++) {
    if (counts[i] === 0) continue;
    const s = start[i]!;
    const e = end[i]!;
    const h = hours[i]!;
    const target = isGovernment[i] === 1 ? government : market;
    if (measure === 'end') {
      // Periods whose last day lies in [s, e]: a contiguous range. Adding in placement order keeps each
      // stock bit-identical to extraJobsAt on that day (no difference array and its rounding residue).
      const k1 = e === OPEN_END ? periods : lowerBound(lastDay, e + 1);
      for (let k = lowerBound(lastDay, s); k < k1; k++) target[k]! += h;
    } else {
      const k0 = Math.max(0, lowerBound(bounds, s + 1) - 1);
      for (let k = k0; k < periods; k++) {
        const from = bounds[k]!;
        const to = bounds[k + 1]! - 1;
        if (from > e) break;
        const days = Math.min(e, to) - Math.max(s, from) + 1;
        if (days > 0) target[k]! += (h * days) / (to - from + 1);
      }
    }
  }
  return { market, government };
}

function checkRange(from: number, to: number, what: string): void {
  if (from > to) throw new BanenmatchError('INVALID_ARGUMENT', `${what}: from must not be after to`);
}

/**
 * Counts jobs per quarter, market and government apart, in 25.5-hour units. The banenafspraak counts a
 * stock at a measurement date (UWV's quarterly trend report: the end of the quarter), so the default
 * is the stock on the quarter's last day; `measure: 'average'` gives the mean daily stock over the
 * quarter instead. Sheltered work (`beschut`) does not count.
 *
 * Complexity: O(n × P) worst case, P quarters (O(n log P) when placements are short).
 *
 * @param ledger - the ledger
 * @param options - `from`, `to` (`'2023Q1'`; @default the ledger's first and last dates), `measure` (@default 'end'), `unitHours` (@default 25.5)
 * @returns one row per quarter, in order (empty for an empty ledger without `from` and `to`)
 * @throws BanenmatchError `INVALID_ARGUMENT` for a bad quarter label or one outside 1990–2100, from after to, or a bad option
 * @example
 * // the ledger of the extraJobsAt example
 * extraJobsByQuarter(ledger, { from: '2024Q1', to: '2024Q4' })[3]
 * // { quarter: '2024Q4', from: '2024-10-01', to: '2024-12-31', market: 1, government: 0.5, total: 1.5 }
 */
export function extraJobsByQuarter(ledger: Ledger, options?: QuarterOptions): QuarterJobs[] {
  const what = 'extraJobsByQuarter';
  const { from, to, measure, unitHours: unit } = parseOptions(quarterOptionsSchema, options, what);
  const c = columnsOf(ledger);
  return periodRows(c, from, to, quarterIndexOf, quarterStart, measure, unit, what).map(
    ({ index, jobs }) => ({
      quarter: quarterLabel(index),
      ...jobs,
    }),
  );
}

/**
 * Counts jobs per calendar year, market and government apart, in 25.5-hour units: by default the
 * stock on 31 December (the annual banenafspraak measurement counts the jobs at year end), or with
 * `measure: 'average'` the mean daily stock over the year. Sheltered work (`beschut`) does not count.
 *
 * Complexity: O(n × Y) worst case, Y years.
 *
 * @param ledger - the ledger
 * @param options - `from`, `to` (years; @default the ledger's first and last dates), `measure` (@default 'end'), `unitHours` (@default 25.5)
 * @returns one row per year, in order (empty for an empty ledger without `from` and `to`)
 * @throws BanenmatchError `INVALID_ARGUMENT` for a year outside 1990–2100, from after to, or a bad option
 * @example
 * // the ledger of the extraJobsAt example
 * extraJobsByYear(ledger, { from: 2023, to: 2024 }).map((r) => r.total) // [0, 1.5]
 */
export function extraJobsByYear(ledger: Ledger, options?: YearOptions): YearJobs[] {
  const what = 'extraJobsByYear';
  const { from, to, measure, unitHours: unit } = parseOptions(yearOptionsSchema, options, what);
  const c = columnsOf(ledger);
  const yearOf = (day: number): number => partsOf(day).year;
  return periodRows(c, from, to, yearOf, yearStart, measure, unit, what).map(({ index, jobs }) => ({
    year: index,
    ...jobs,
  }));
}

/**
 * @internal The rows of consecutive periods `from .. to` (period indices: quarters or years), the
 * range taken from the ledger's first and last dates where not given; empty for an empty ledger
 * without either bound.
 */
function periodRows(
  c: ReturnType<typeof columnsOf>,
  from: number | undefined,
  to: number | undefined,
  periodOf: (day: number) => number,
  periodStart: (index: number) => number,
  measure: PeriodMeasure,
  unit: number,
  what: string,
): { index: number; jobs: ExtraJobs & { from: string; to: string } }[] {
  if (from === undefined || to === undefined) {
    const range = span(c);
    if (range === undefined && (from ?? to) === undefined) return [];
    from ??= range === undefined ? to! : periodOf(range.first);
    to ??= range === undefined ? from : periodOf(range.last);
  }
  checkRange(from, to, what);
  const bounds = new Float64Array(to - from + 2);
  for (let k = 0; k < bounds.length; k++) bounds[k] = periodStart(from + k);
  const hours = countPeriods(c, bounds, measure);
  const rows: { index: number; jobs: ExtraJobs & { from: string; to: string } }[] = [];
  for (let k = 0; k < bounds.length - 1; k++) {
    const m = hours.market[k]!;
    const g = hours.government[k]!;
    rows.push({
      index: from + k,
      jobs: {
        from: isoOf(bounds[k]!),
        to: isoOf(bounds[k + 1]! - 1),
        market: m / unit,
        government: g / unit,
        total: (m + g) / unit,
      },
    });
  }
  return rows;
}
