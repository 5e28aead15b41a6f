import { entryOn, toIsoDate } from './dated.js';

/**
 * The statutory minimum wage (*wettelijk minimumloon*, WML) for adults, by date.
 *
 * Until 31-12-2023 the Wml fixed a monthly, weekly and daily amount for a full-time week (art. 8 lid 1
 * a–c) and no hourly figure; since 1-1-2024 it fixes an hourly minimum wage. The Participatiewet
 * counts the wage-cost subsidy in months on a 36-hour week (art. 10d lid 4), so every row carries
 * both: `monthly` = the monthly amount of a full-time 36-hour week, `hourly` = per hour.
 *
 * Conversion (documented, one rule both ways): a 36-hour week is 36 × 52 / 12 = 156 hours a month.
 * - Before 2024 the monthly figure is the statutory one and `hourly = monthly / 156` (derived; the
 *   government's own tables round this up to the cent, e.g. 1-7-2023: 1,995.00 / 156 = 12.788 → €12.79).
 * - From 2024 the hourly figure is the statutory one; the reference month wage on a 36-hour basis is
 *   used where published (e.g. 1-1-2026: €2,294.40; 2,294.40 / 156 = 14.708 → €14.71), otherwise
 *   `monthly = hourly × 156` (derived).
 *
 * Sources: the Staatscourant (Stcrt) / Staatsblad (Stb) publication of each adjustment where its number
 * was found; otherwise the Regeling of the Minister of SZW for that date as reported by the payroll
 * press cited (each figure was checked in at least two independent reports). The 2024–2026 rows are
 * the project's `data/minimum-wage.csv`. The age from which the full WML applies fell from 23 to 22 on
 * 1-7-2017 and to 21 on 1-7-2019 (`adultAge`).
 */
export interface MinimumWage {
  /** First day the figure holds, ISO `YYYY-MM-DD`. */
  validFrom: string;
  /** Minimum wage per hour, euros (derived before 2024, see `hourlyDerived`). */
  hourly: number;
  /** Monthly minimum wage of a full-time 36-hour week, euros (derived where `monthlyDerived`). */
  monthly: number;
  /** True when `hourly` was computed as `monthly / 156`. */
  hourlyDerived: boolean;
  /** True when `monthly` was computed as `hourly × 156`. */
  monthlyDerived: boolean;
  /** Age from which the full adult minimum wage applies. */
  adultAge: number;
  /** Publication the figure comes from. */
  source: string;
}

/** Hours a month in a 36-hour week: 36 × 52 / 12. */
export const HOURS_PER_MONTH_36: number = (36 * 52) / 12;

interface RawRow {
  validFrom: string;
  hourly?: number;
  monthly?: number;
  adultAge: number;
  source: string;
}

const RAW: readonly RawRow[] = [
  { validFrom: '2015-01-01', monthly: 1501.8, adultAge: 23, source: 'Stcrt. 2014, 29850 (23-10-2014)' },
  {
    validFrom: '2015-07-01',
    monthly: 1507.8,
    adultAge: 23,
    source: 'Regeling aanpassing WML per 1-7-2015 (Stcrt., april 2015); reported by dibevo.nl, hortipoint.nl',
  },
  {
    validFrom: '2016-01-01',
    monthly: 1524.6,
    adultAge: 23,
    source: 'Regeling aanpassing WML per 1-1-2016 (Stcrt., 2015); reported by anb.nl, nagelhout.nl',
  },
  { validFrom: '2016-07-01', monthly: 1537.2, adultAge: 23, source: 'Stcrt. 2016, 24815 (18-5-2016)' },
  {
    validFrom: '2017-01-01',
    monthly: 1551.6,
    adultAge: 23,
    source:
      'Regeling aanpassing WML per 1-1-2017 (Stcrt., 11-11-2016); reported by gfactueel.nl, trendsinhr.nl',
  },
  {
    validFrom: '2017-07-01',
    monthly: 1565.4,
    adultAge: 22,
    source: 'Regeling aanpassing WML per 1-7-2017 (Stcrt. 2017); Normenbrief 1 juli 2017 (rijksoverheid.nl)',
  },
  {
    validFrom: '2018-01-01',
    monthly: 1578.0,
    adultAge: 22,
    source:
      'Regeling aanpassing WML per 1-1-2018 (Stcrt. 2017); reported by tripolissupport.nl, sarspersoneelsadvies.nl',
  },
  {
    validFrom: '2018-07-01',
    monthly: 1594.2,
    adultAge: 22,
    source: 'Regeling aanpassing WML per 1-7-2018 (Stcrt. 2018); reported by vpt.nl, flexbrain.nl',
  },
  { validFrom: '2019-01-01', monthly: 1615.8, adultAge: 22, source: 'Stcrt. 2018, 59237' },
  {
    validFrom: '2019-07-01',
    monthly: 1635.6,
    adultAge: 21,
    source: 'Regeling SZW 8-4-2019 nr. 2019-0000050552 (Stcrt. 16-4-2019)',
  },
  { validFrom: '2020-01-01', monthly: 1653.6, adultAge: 21, source: 'Stcrt. 2019, 56680' },
  { validFrom: '2020-07-01', monthly: 1680.0, adultAge: 21, source: 'Stcrt. 2020, 22092' },
  { validFrom: '2021-01-01', monthly: 1684.8, adultAge: 21, source: 'Stcrt. 2020, 53099' },
  {
    validFrom: '2021-07-01',
    monthly: 1701.0,
    adultAge: 21,
    source:
      'Regeling aanpassing WML per 1-7-2021 (Stcrt. 2021); reported by puuraccountancy.nl, boutkanenpartners.nl',
  },
  { validFrom: '2022-01-01', monthly: 1725.0, adultAge: 21, source: 'Stcrt. 2021, 44177' },
  { validFrom: '2022-07-01', monthly: 1756.2, adultAge: 21, source: 'Stcrt. 2022, 11945' },
  { validFrom: '2023-01-01', monthly: 1934.4, adultAge: 21, source: 'Stb. 2022, 381 (extra rise of 8.05%)' },
  { validFrom: '2023-07-01', monthly: 1995.0, adultAge: 21, source: 'Stcrt. 2023, 12023' },
  {
    validFrom: '2024-01-01',
    hourly: 13.27,
    adultAge: 21,
    source: 'Staatscourant; hourly minimum wage introduced 1-1-2024 (data/minimum-wage.csv)',
  },
  {
    validFrom: '2024-07-01',
    hourly: 13.68,
    monthly: 2133.6,
    adultAge: 21,
    source: 'Staatscourant (data/minimum-wage.csv)',
  },
  { validFrom: '2025-01-01', hourly: 14.06, adultAge: 21, source: 'Staatscourant (data/minimum-wage.csv)' },
  { validFrom: '2025-07-01', hourly: 14.4, monthly: 2245.8, adultAge: 21, source: 'Stcrt. 2025, 12264' },
  {
    validFrom: '2026-01-01',
    hourly: 14.71,
    monthly: 2294.4,
    adultAge: 21,
    source: 'Staatscourant, +2.15% (data/minimum-wage.csv)',
  },
];

function complete(r: RawRow): MinimumWage {
  const monthly = r.monthly ?? (r.hourly as number) * HOURS_PER_MONTH_36;
  const hourly = r.hourly ?? monthly / HOURS_PER_MONTH_36;
  return {
    validFrom: r.validFrom,
    hourly,
    monthly,
    hourlyDerived: r.hourly === undefined,
    monthlyDerived: r.monthly === undefined,
    adultAge: r.adultAge,
    source: r.source,
  };
}

/**
 * The adult minimum wage table from 1-1-2015 (start of the covenant period) on, sorted by date.
 * Dates before the first row have no figure: {@link minimumWageOn} fails for them rather than guess.
 */
export const MINIMUM_WAGE_TABLE: readonly MinimumWage[] = Object.freeze(RAW.map(complete));

/**
 * The adult minimum wage that holds on a date.
 *
 * @param date - ISO `YYYY-MM-DD` or a `Date` (read in UTC).
 * @param table - A table to use instead of {@link MINIMUM_WAGE_TABLE}, sorted by `validFrom`.
 * @returns The row in force on that date (hourly and 36-hour monthly amounts, source).
 * @throws {BanenmatchError} `NO_DATA_FOR_DATE` for a date before the table; `INVALID_ARGUMENT` for a bad date.
 * @example
 * minimumWageOn('2026-03-01').hourly // 14.71
 * @remarks O(log n). Source per row in the table; conversion monthly = hourly × 156 (36-hour week).
 */
export function minimumWageOn(
  date: string | Date,
  table: readonly MinimumWage[] = MINIMUM_WAGE_TABLE,
): MinimumWage {
  return entryOn(table, toIsoDate(date, 'minimumWageOn(date)'), 'minimum wage (WML)');
}
