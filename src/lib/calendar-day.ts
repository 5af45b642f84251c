/**
 * Calendar-day checks shared by every reader of a `YYYY-MM-DD` value (ingest dates, CLI flags,
 * API parameters, filters), so that all of them refuse `2022-02-30` and `2022-13-01` alike.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `year-month-day` exists in the proleptic Gregorian calendar.
 *
 * @param year - Four-digit year.
 * @param month - 1-12.
 * @param day - 1-31.
 * @returns True for a real day, false for `2021-02-30` or month 13.
 * @example
 * isCalendarDate(2020, 2, 29); // true
 * isCalendarDate(2021, 2, 29); // false
 */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1]!;
}

/**
 * Whether `value` is exactly `YYYY-MM-DD` and names a real day.
 *
 * @example
 * isIsoDay('2024-02-29'); // true
 * isIsoDay('2022-13-01'); // false
 */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
