import { z } from 'zod';
import { expectRecords } from '../_internal/guard.js';
import { parseOptions } from '../_internal/options.js';
import { BanenmatchError } from '../errors.js';

/**
 * Paid hours a week that count as one job (*baan*) for the banenafspraak: "het totaal aantal uren per
 * week door mensen uit de doelgroep te delen door 25,5" (covenant art. 1.1 footnote 4 and the Besluit; Wfsv art. 38b
 * lid 4 only defines the paid hours, *verloonde uren*, not the unit).
 */
export const JOB_HOURS_PER_WEEK = 25.5;

/** @internal The options of `extraJobs` (and of the ledger's counts): the paid hours a week of one job. */
export const unitOptionsSchema = z.object({ unitHours: z.number().positive().default(JOB_HOURS_PER_WEEK) });

/** A sector as counted for the quota: market (*marktsector*) or government (*overheid*). */
export type QuotaSector = 'market' | 'government';

/** A placement from a match or assignment run, reduced to what the quota counts. */
export interface Placement {
  sector: QuotaSector;
  /** Paid hours a week (*verloonde uren*). */
  hoursPerWeek: number;
  /** Chance the placement happens (0..1); `1` for a realised placement. @default 1 */
  probability?: number | undefined;
  /**
   * The jobs the placement counts as `assign` reports them (a proposed placement, `Match`, carries it):
   * `0` for sheltered work (*beschut werk*, not in the register of Wfsv art. 38b), which then adds
   * nothing here either; any other value leaves the count to the hours. @default counted by its hours
   */
  extraJobs?: number | undefined;
}

/** Extra jobs, market and government apart, with their sum. */
export interface ExtraJobs {
  market: number;
  government: number;
  total: number;
}

function checkHours(hours: number, where: string): void {
  if (Number.isNaN(hours)) throw new BanenmatchError('NAN_INPUT', `${where}: hoursPerWeek is NaN`);
  if (!Number.isFinite(hours) || hours < 0) {
    throw new BanenmatchError('INVALID_ARGUMENT', `${where}: hoursPerWeek must be a finite number ≥ 0`);
  }
}

function checkUnit(unitHours: number, where: string): void {
  // Number.isFinite first: it never converts, so an object cannot throw in the comparison.
  if (!Number.isFinite(unitHours) || !(unitHours > 0)) {
    throw new BanenmatchError('INVALID_ARGUMENT', `${where}: unitHours must be a finite number > 0`);
  }
}

/**
 * Converts paid hours a week into banenafspraak jobs, pro rata (25.5 hours = one job).
 *
 * @param hoursPerWeek - paid hours a week (≥ 0)
 * @param unitHours - hours that make one job. @default 25.5
 * @returns the number of jobs (fractional)
 * @throws BanenmatchError `NAN_INPUT` or `INVALID_ARGUMENT` for NaN, negative or infinite hours
 * @example
 * jobsFromHours(12.75) // 0.5
 */
export function jobsFromHours(hoursPerWeek: number, unitHours: number = JOB_HOURS_PER_WEEK): number {
  checkHours(hoursPerWeek, 'jobsFromHours');
  checkUnit(unitHours, 'jobsFromHours');
  return hoursPerWeek / unitHours;
}

/**
 * Adds placements up into (expected) extra jobs, market and government apart; each placement counts
 * `probability × hoursPerWeek / unitHours` jobs, but one that says it counts none (`extraJobs: 0`, as
 * `assign` marks sheltered work) counts 0: `extraJobs(assign(m).placements)` is the run's own figure.
 *
 * @param placements - placements with sector, weekly hours and optional probability
 * @param options - `unitHours` (@default 25.5)
 * @returns market, government and total extra jobs
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws BanenmatchError `NAN_INPUT` / `INVALID_ARGUMENT` naming the index of a bad placement
 * @example
 * extraJobs([{ sector: 'market', hoursPerWeek: 25.5 }, { sector: 'government', hoursPerWeek: 12.75 }])
 * // { market: 1, government: 0.5, total: 1.5 }
 */
export function extraJobs(
  placements: readonly Placement[],
  options?: { unitHours?: number | undefined },
): ExtraJobs {
  expectRecords(placements, 'extraJobs', 'placements');
  const unit = parseOptions(unitOptionsSchema, options, 'extraJobs').unitHours;
  let market = 0;
  let government = 0;
  for (let i = 0; i < placements.length; i++) {
    const p = placements[i]!;
    checkHours(p.hoursPerWeek, `extraJobs: placements[${i}]`);
    const probability = p.probability ?? 1;
    if (!(typeof probability === 'number' && probability >= 0 && probability <= 1)) {
      throw new BanenmatchError(
        'INVALID_ARGUMENT',
        `extraJobs: placements[${i}].probability must be in 0..1`,
      );
    }
    if (p.extraJobs !== undefined && typeof p.extraJobs !== 'number')
      throw new BanenmatchError('INVALID_ARGUMENT', `extraJobs: placements[${i}].extraJobs must be a number`);
    if (p.sector !== 'market' && p.sector !== 'government') {
      throw new BanenmatchError(
        'INVALID_ARGUMENT',
        `extraJobs: placements[${i}].sector must be market or government`,
      );
    }
    // A placement that counts no job (sheltered work, as assign marks it) adds nothing.
    if (p.extraJobs === 0) continue;
    const jobs = probability * (p.hoursPerWeek / unit);
    if (p.sector === 'market') market += jobs;
    else government += jobs;
  }
  return { market, government, total: market + government };
}
