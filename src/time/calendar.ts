/**
 * Calendar arithmetic over day numbers (days since 1970-01-01, UTC). Only `Date.UTC` and `getUTC*`
 * are used, so nothing depends on the machine's time zone, and nothing reads the clock.
 */

/** Days since 1970-01-01 (UTC). An integer; day 0 is a Thursday. */
export type DayNum = number;

const MS_PER_DAY = 86_400_000;

/** A calendar date split into parts; `month` and `day` are 1-based. */
export interface YMD {
  year: number;
  month: number;
  day: number;
}

/**
 * The day number of a calendar date. Out-of-range months and days roll over as `Date.UTC` does.
 *
 * @example
 * dayNum(1970, 1, 2); // 1
 */
export function dayNum(year: number, month: number, day: number): DayNum {
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not, and it rolls months over too.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

/**
 * The calendar parts of a day number.
 *
 * @example
 * toYMD(dayNum(2021, 12, 28)); // { year: 2021, month: 12, day: 28 }
 */
export function toYMD(n: DayNum): YMD {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Parses `YYYY-MM-DD` to a day number, or `null` when it is not a real date.
 *
 * @example
 * parseIsoDay('2021-12-28'); // 18989
 * parseIsoDay('2021-02-30'); // null
 */
export function parseIsoDay(text: string): DayNum | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayNum(y, mo, d);
}

/**
 * ISO weekday: 1 = Monday ... 7 = Sunday.
 *
 * @example
 * isoWeekday(dayNum(2021, 12, 28)); // 2 (Tuesday)
 */
export function isoWeekday(n: DayNum): number {
  // Day 0 (1970-01-01) was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/**
 * Number of days in a month, leap years included.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  return dayNum(year, month + 1, 1) - dayNum(year, month, 1);
}

/**
 * The ISO-8601 week of a day: the week-year can differ from the calendar year near January 1.
 *
 * @example
 * isoWeek(dayNum(2021, 1, 3)); // { year: 2020, week: 53 }
 */
export function isoWeek(n: DayNum): { year: number; week: number } {
  // The week belongs to the year that holds its Thursday.
  const thursday = n - isoWeekday(n) + 4;
  const year = toYMD(thursday).year;
  const week = Math.floor((thursday - dayNum(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/**
 * The Monday that starts ISO week `week` of ISO week-year `year`.
 *
 * @example
 * isoWeekStart(2020, 53); // day number of 2020-12-28
 */
export function isoWeekStart(year: number, week: number): DayNum {
  const jan4 = dayNum(year, 1, 4);
  return jan4 - isoWeekday(jan4) + 1 + (week - 1) * 7;
}

/** Pads a number with leading zeros (years keep four digits). */
function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * `YYYY-MM-DD` of a day number.
 *
 * @example
 * formatDay(dayNum(2022, 1, 9)); // '2022-01-09'
 */
export function formatDay(n: DayNum): string {
  const { year, month, day } = toYMD(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * `YYYY-Www` of the ISO week that holds day `n`.
 *
 * @example
 * formatWeek(dayNum(2021, 12, 20)); // '2021-W51'
 */
export function formatWeek(n: DayNum): string {
  const { year, week } = isoWeek(n);
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/**
 * `YYYY-MM`.
 *
 * @example
 * formatMonth(2021, 11); // '2021-11'
 */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/**
 * Adds `k` months to a (year, month) pair.
 *
 * @example
 * addMonths(2021, 12, 1); // { year: 2022, month: 1 }
 */
export function addMonths(year: number, month: number, k: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + k;
  return { year: Math.floor(idx / 12), month: (((idx % 12) + 12) % 12) + 1 };
}

/**
 * Adds calendar months to a day, clamping the day of month (Jan 31 + 1 month = Feb 28/29).
 *
 * @example
 * addMonthsToDay(dayNum(2024, 1, 31), 1); // day number of 2024-02-29
 */
export function addMonthsToDay(n: DayNum, k: number): DayNum {
  const { year, month, day } = toYMD(n);
  const t = addMonths(year, month, k);
  return dayNum(t.year, t.month, Math.min(day, daysInMonth(t.year, t.month)));
}
