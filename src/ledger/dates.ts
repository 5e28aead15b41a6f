/**
 * @internal Calendar arithmetic on ISO dates (`YYYY-MM-DD`) as whole days since 1970-01-01 in the
 * proleptic Gregorian calendar, with integer formulas and no Date objects (H. Hinnant, "chrono-Compatible
 * Low-Level Date Algorithms", `days_from_civil` / `civil_from_days`): no time zone or daylight saving
 * time can move a date, and hot loops allocate nothing.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @internal Day number of a civil date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** @internal The civil date (year, month 1–12, day) of a day number. */
function civil(z: number): { year: number; month: number; date: number } {
  const shifted = z + 719_468;
  const era = Math.floor(shifted / 146_097);
  const doe = shifted - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, date };
}

/** @internal Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** @internal Day number of an ISO date, or `undefined` when the text is not a real calendar date. */
export function dayOf(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/** @internal The ISO date of a day number. */
export function isoOf(day: number): string {
  const { year, month, date } = civil(day);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

/** @internal Year, month (1–12) and day of a day number. */
export function partsOf(day: number): { year: number; month: number; date: number } {
  return civil(day);
}

/**
 * @internal The same calendar day `months` later, clamped to the month's last day (2023-08-31 + 6
 * months = 2024-02-29), as date-fns `addMonths`.
 */
export function addMonths(day: number, months: number): number {
  const { year, month, date } = civil(day);
  const target = year * 12 + (month - 1) + months;
  const y = Math.floor(target / 12);
  const m = target - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(date, daysInMonth(y, m)));
}

/** @internal Index of a quarter (year × 4 + quarter − 1) from a day number. */
export function quarterIndexOf(day: number): number {
  const { year, month } = civil(day);
  return year * 4 + Math.floor((month - 1) / 3);
}

/** @internal First day of a quarter index. */
export function quarterStart(q: number): number {
  const year = Math.floor(q / 4);
  return daysFromCivil(year, (q - year * 4) * 3 + 1, 1);
}

/** @internal The label `2023Q4` of a quarter index. */
export function quarterLabel(q: number): string {
  const year = Math.floor(q / 4);
  return `${year}Q${q - year * 4 + 1}`;
}

/** @internal The quarter index of a label `2023Q4`, or `undefined`. */
export function quarterIndexOfLabel(label: string): number | undefined {
  const m = /^(\d{4})Q([1-4])$/.exec(label);
  if (m === null) return undefined;
  return Number(m[1]) * 4 + Number(m[2]) - 1;
}

/** @internal First day of a year. */
export function yearStart(year: number): number {
  return daysFromCivil(year, 1, 1);
}
