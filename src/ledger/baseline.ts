import { parseOptions } from '../_internal/options.js';
import { BanenmatchError } from '../errors.js';
import type { ExtraJobs } from '../quota/jobs.js';
import { dayArg, extraJobsAt } from './count.js';
import { openingStockSchema, unitOptionsSchema } from './count-options.js';
import { createLedger } from './ledger.js';
import type { Ledger, PlacementRecord } from './schema.js';

/**
 * The opening stock (*nulmeting*, covenant art. 1.1 footnote 5 and art. 5.2): the jobs of the target
 * group in work on `date` as UWV measured them, market and government, in jobs of 25.5 hours.
 */
export interface OpeningStock {
  /** The baseline day, `YYYY-MM-DD` (UWV's nulmeting: 31 December 2012 / 1 January 2013). */
  date: string;
  market: number;
  government: number;
}

/** One period measured against the opening stock. */
export interface BaselineCount {
  /** Jobs in work at the period's end: the opening stock, less what of it ended, plus the new jobs. */
  stock: ExtraJobs;
  /** Jobs of the opening stock the ledger holds that have ended by then. */
  lost: ExtraJobs;
  /** Jobs started after the baseline day and in work then. */
  added: ExtraJobs;
  /** What the covenant counts: stock − opening stock = added − lost. */
  extra: ExtraJobs;
}

/** @internal The ledger split at the baseline day: placements in the opening stock, and those after. */
export interface SplitLedger {
  opening: Ledger;
  added: Ledger;
  /** Jobs of the opening stock the ledger holds on the baseline day. */
  known: ExtraJobs;
  stock: OpeningStock;
}

function sum(market: number, government: number): ExtraJobs {
  return { market, government, total: market + government };
}

/**
 * @internal Checks the opening stock and splits the ledger at its date: a placement that started on or
 * before the day belongs to the opening stock; the ledger may hold less of it than UWV counted, not more.
 */
export function splitAtBaseline(
  ledger: Ledger,
  stock: OpeningStock,
  unitHours: number | undefined,
  what: string,
): SplitLedger {
  if (
    typeof ledger !== 'object' ||
    ledger === null ||
    !Array.isArray(ledger.placements) ||
    typeof ledger.maxHoursPerWeek !== 'number'
  ) {
    throw new BanenmatchError('INVALID_ARGUMENT', `${what}: expected a ledger from createLedger`);
  }
  const { date: day } = parseOptions(openingStockSchema, stock, what, ['openingStock']);
  const options = {
    maxHoursPerWeek: ledger.maxHoursPerWeek,
    secondmentsCountAt: ledger.secondmentsCountAt,
    allowBsnLikeIds: true,
  };
  // Checked again (a ledger object may have been built by hand), then split at the day.
  const all = createLedger(ledger.placements as PlacementRecord[], options).placements;
  const opening = createLedger(
    all.filter((p) => dayArg(p.start, what) <= day),
    options,
  );
  const added = createLedger(
    all.filter((p) => dayArg(p.start, what) > day),
    options,
  );
  const known = extraJobsAt(opening, stock.date, { unitHours });
  for (const sector of ['market', 'government'] as const) {
    // A tolerance for rounding: hours are exact in the ledger, the opening stock may be rounded.
    if (known[sector] > stock[sector] + 1e-9) {
      throw new BanenmatchError(
        'INVALID_ARGUMENT',
        `${what}: the ledger holds ${known[sector]} ${sector} jobs on ${stock.date}, more than the opening stock of ${stock[sector]}`,
      );
    }
  }
  return { opening, added, known, stock };
}

/**
 * @internal One period against the opening stock, from the opening part's and the added part's
 * counts at the period's end (or averages over it, as `measure` says).
 */
export function countAgainstBaseline(
  split: SplitLedger,
  openingLeft: ExtraJobs,
  added: ExtraJobs,
): BaselineCount {
  const lostM = split.known.market - openingLeft.market;
  const lostG = split.known.government - openingLeft.government;
  const extraM = added.market - lostM;
  const extraG = added.government - lostG;
  return {
    stock: sum(split.stock.market + extraM, split.stock.government + extraG),
    lost: sum(lostM, lostG),
    added: sum(added.market, added.government),
    extra: sum(extraM, extraG),
  };
}

/**
 * Counts the jobs on one day against the opening stock (*nulmeting*, covenant art. 1.1 footnote 5 and
 * art. 5.2: "De actuele aantal extra banen worden afgezet tegen de banen uit de nulmeting"): the ledger's
 * placements that started on or before `openingStock.date` are jobs of the opening stock, and those
 * of them that have ended count against the jobs added since. `extra` = stock − opening stock.
 *
 * Complexity: O(n).
 *
 * @param ledger - the ledger, with the opening stock's placements it knows of (it may know fewer)
 * @param openingStock - UWV's count on the baseline day, market and government, in jobs
 * @param date - the measurement date, `YYYY-MM-DD`
 * @param options - `unitHours` (@default 25.5)
 * @returns stock, lost, added and extra jobs, market and government apart
 * @throws BanenmatchError `INVALID_ARGUMENT` for a bad date or stock, or a ledger holding more jobs on
 *   the baseline day than the opening stock
 * @example
 * const ledger = createLedger([
 *   { id: 'b1', candidateId: 'c1', sector: 'market', hoursPerWeek: 25.5, start: '2010-05-01', end: '2014-06-30' },
 *   { id: 'n1', candidateId: 'c2', sector: 'market', hoursPerWeek: 25.5, start: '2013-03-01' },
 * ]);
 * againstBaseline(ledger, { date: '2012-12-31', market: 10, government: 4 }, '2014-12-31').extra
 * // { market: 0, government: 0, total: 0 }: one job added, one of the opening stock lost
 */
export function againstBaseline(
  ledger: Ledger,
  openingStock: OpeningStock,
  date: string,
  options?: { unitHours?: number | undefined },
): BaselineCount {
  const at = parseOptions(unitOptionsSchema, options, 'againstBaseline');
  const split = splitAtBaseline(ledger, openingStock, at.unitHours, 'againstBaseline');
  return countAgainstBaseline(
    split,
    extraJobsAt(split.opening, date, at),
    extraJobsAt(split.added, date, at),
  );
}
