import { BanenmatchError } from '../errors.js';

/** A value of the law that holds from `validFrom` (ISO date) until the next entry, with its source. */
export interface Dated<T> {
  /** First day the value holds, ISO `YYYY-MM-DD`. */
  validFrom: string;
  value: T;
  /** Where the value comes from (article, Staatscourant number). */
  source: string;
}

// Stryker disable next-line Regex: the round trip in toIsoDate compares the whole string, so the anchors only fail sooner
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The last string found valid: scoring costs many pairs on one date, so most calls skip the parse.
// Undefined until a date is found valid (an initial '' took the empty string as a valid date).
let lastValid: string | undefined;

/**
 * @internal Normalises a date argument to ISO `YYYY-MM-DD` (a `Date` is read in UTC).
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when the value is not a real calendar date.
 */
export function toIsoDate(date: string | Date, where: string): string {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) {
      throw new BanenmatchError('INVALID_ARGUMENT', `${where}: expected a valid date, got an invalid Date`);
    }
    return date.toISOString().slice(0, 10);
  }
  if (typeof date !== 'string') {
    throw new BanenmatchError('INVALID_ARGUMENT', `${where}: expected an ISO date string or a Date`);
  }
  // Stryker disable next-line ConditionalExpression: a cache; false only parses a date found valid before again
  if (date === lastValid) return date;
  const m = ISO_DATE.exec(date);
  if (m !== null) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.toISOString().slice(0, 10) === date) {
      lastValid = date;
      return date;
    }
  }
  throw new BanenmatchError('INVALID_ARGUMENT', `${where}: expected an ISO date YYYY-MM-DD, got "${date}"`);
}

/**
 * @internal The entry of a table sorted by `validFrom` that holds on `isoDate` (the last one starting
 * on or before it). ISO dates compare correctly as strings. O(log n).
 * @throws {BanenmatchError} `NO_DATA_FOR_DATE` when the date lies before the first entry.
 */
export function entryOn<E extends { validFrom: string }>(
  table: readonly E[],
  isoDate: string,
  what: string,
): E {
  let lo = 0;
  let hi = table.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (table[mid]!.validFrom <= isoDate) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) {
    const first = table[0]?.validFrom ?? '(empty table)';
    throw new BanenmatchError(
      'NO_DATA_FOR_DATE',
      `${what}: no figure for ${isoDate}; the table starts at ${first}`,
    );
  }
  return table[found]!;
}
