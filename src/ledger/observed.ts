import { parseOptions } from '../_internal/options.js';
import type { ExtraJobs } from '../quota/jobs.js';
import type { Observation } from '../quota/schema.js';
import { countAgainstBaseline, type OpeningStock, splitAtBaseline } from './baseline.js';
import { extraJobsByQuarter, extraJobsByYear, type PeriodMeasure } from './count.js';
import { toObservedOptionsSchema } from './count-options.js';
import type { Ledger } from './schema.js';

/** Options of {@link toObserved}. */
export interface ToObservedOptions {
  /** One observation per year end or per quarter end. */
  frequency: 'year' | 'quarter';
  /**
   * The region's realised extra jobs before the ledger starts (against the *nulmeting*), added to every
   * period. @default { market: 0, government: 0 }
   */
  baseline?: { market: number; government: number } | undefined;
  /**
   * The opening stock (*nulmeting*, covenant art. 1.1 fn 5, art. 5.2): when given, each period counts
   * the jobs started after its date less the jobs of the opening stock that ended (the ledger's
   * placements started on or before it): stock now − opening stock. @default none: every placement
   * in the ledger counts as extra
   */
  openingStock?: OpeningStock | undefined;
  /** First period: a year (`2020`) or a quarter (`'2020Q1'`). @default the ledger's first start */
  from?: number | string | undefined;
  /** Last period, as `from`. @default the ledger's last start or end */
  to?: number | string | undefined;
  /** Stock at the period's end or the average over it. @default 'end' */
  measure?: PeriodMeasure | undefined;
  /** Paid hours a week that make one job. @default 25.5 */
  unitHours?: number | undefined;
}

/**
 * Turns the ledger into the `observed` series `forecastQuota` takes: realised extra jobs per year end
 * (`{ year, market, government }`) or quarter end (`{ quarter: '2024Q4', … }`), consecutive, each the
 * ledger's stock plus the baseline; with an `openingStock`, the stock now less the opening stock, so
 * jobs of the opening stock that end count against the region (see `againstBaseline`). Note that a quarterly series from a ledger has no December
 * effect (UWV's quarterly figures count paid hours, which peak in Q4).
 *
 * Complexity: as {@link extraJobsByYear} / {@link extraJobsByQuarter}.
 *
 * @param ledger - the ledger
 * @param options - `frequency`, `baseline` (@default zeros), `openingStock` (@default none), `from`, `to`, `measure` (@default 'end'), `unitHours` (@default 25.5)
 * @returns the observations, oldest first
 * @throws BanenmatchError `INVALID_ARGUMENT` naming the option for a bad frequency, baseline, opening stock or period
 * @example
 * forecastQuota({ plan, observed: toObserved(ledger, { frequency: 'year', baseline: { market: 120, government: 30 } }), seed: 42 })
 */
export function toObserved(ledger: Ledger, options: ToObservedOptions): Observation[] {
  const what = 'toObserved';
  const { baseline: base, ...o } = parseOptions(toObservedOptionsSchema, options, what);
  const common = { measure: o.measure, unitHours: o.unitHours };
  const split =
    options.openingStock === undefined
      ? undefined
      : splitAtBaseline(ledger, options.openingStock, o.unitHours, what);
  /** Per period row of the whole ledger: the extra jobs, against the opening stock when given. */
  const extraOf = <R extends { market: number; government: number }>(
    rows: R[],
    count: (part: Ledger, from: R, to: R) => R[],
  ): { market: number; government: number }[] => {
    if (split === undefined || rows.length === 0) return rows;
    const opening = count(split.opening, rows[0]!, rows.at(-1)!);
    const added = count(split.added, rows[0]!, rows.at(-1)!);
    return rows.map((_, i) => countAgainstBaseline(split, jobsOf(opening[i]!), jobsOf(added[i]!)).extra);
  };
  if (o.frequency === 'year') {
    const rows = extraJobsByYear(ledger, {
      ...common,
      from: o.from as number | undefined,
      to: o.to as number | undefined,
    });
    const extra = extraOf(rows, (part, from, to) =>
      extraJobsByYear(part, { ...common, from: from.year, to: to.year }),
    );
    return rows.map((r, i) => ({
      year: r.year,
      market: base.market + extra[i]!.market,
      government: base.government + extra[i]!.government,
    }));
  }
  const rows = extraJobsByQuarter(ledger, {
    ...common,
    from: o.from as string | undefined,
    to: o.to as string | undefined,
  });
  const extra = extraOf(rows, (part, from, to) =>
    extraJobsByQuarter(part, { ...common, from: from.quarter, to: to.quarter }),
  );
  return rows.map((r, i) => ({
    quarter: r.quarter,
    market: base.market + extra[i]!.market,
    government: base.government + extra[i]!.government,
  }));
}

function jobsOf(r: { market: number; government: number }): ExtraJobs {
  return { market: r.market, government: r.government, total: r.market + r.government };
}
