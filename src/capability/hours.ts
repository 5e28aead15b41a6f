import { expectRecord } from '../_internal/guard.js';
import { type FmlItem, fmlItem } from './fml.js';

/**
 * Working days in a week, used to turn a job's weekly hours into hours per day when the job does not
 * say its hours per day (FML VI.2). Five days is the standard full-time week (the FML reference frame
 * is "een hele werkdag (ten minste 8 uur)", i.e. a 40-hour five-day week; domain notes Part B §1.1).
 */
export const DEFAULT_DAYS_PER_WEEK = 5;

/** The most a person can work by their FML profile: hours per week (VI.3) and per day (VI.2). */
export interface MaxHours {
  /** Hours per week; `Infinity` when VI.3 is 0 (ten minste 40 uur, no limit). */
  readonly perWeek: number;
  /** Hours per day; `Infinity` when VI.2 is 0 (ten minste 8 uur, no limit). */
  readonly perDay: number;
}

const VI2 = fmlItem('VI.2') as FmlItem;
const VI3 = fmlItem('VI.3') as FmlItem;

// Every level of VI.2 and VI.3 has a value (pinned by the capability tests): "ten minste" is no limit.
function caps(item: FmlItem): Float64Array {
  return Float64Array.from(item.levels, (l) => (l.atLeast === true ? Infinity : (l.value as number)));
}

/** @internal Hours cap per VI.2 code (index = code). */
export const PER_DAY_CAP: Float64Array = caps(VI2);
/** @internal Hours cap per VI.3 code (index = code). */
export const PER_WEEK_CAP: Float64Array = caps(VI3);

function codeOf(value: number | readonly number[] | undefined): number {
  return typeof value === 'number' ? value : 0;
}

/**
 * The maximum hours a person can work according to FML items VI.2 (uren per dag) and VI.3 (uren per
 * week); "gemiddeld ongeveer 30 uur" is read as 30 (CRvB 30-03-2007).
 *
 * @param profile - A valid FML profile (item id → code); check it with `fmlIssues` first: a
 *   value that is not one of the item's codes (a list, a code out of range) reads as no limit.
 * @returns `{ perWeek, perDay }`, `Infinity` where the person is not limited.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when the profile is not an object.
 * @example
 * maxHoursFromProfile({ 'VI.3': 3, 'VI.2': 3 }); // { perWeek: 20, perDay: 4 }
 */
export function maxHoursFromProfile(profile: Readonly<Record<string, number | readonly number[]>>): MaxHours {
  expectRecord(profile, 'maxHoursFromProfile', 'profile');
  return {
    perWeek: PER_WEEK_CAP[codeOf(profile['VI.3'])] ?? Infinity,
    perDay: PER_DAY_CAP[codeOf(profile['VI.2'])] ?? Infinity,
  };
}
