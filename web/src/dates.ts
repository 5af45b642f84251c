/**
 * Calendar arithmetic on `YYYY-MM-DD` strings in UTC, so a chart never shifts a day with the
 * viewer's time zone.
 */
import type { Interval } from './types.ts';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a `YYYY-MM-DD` date.
 *
 * @example
 * isIsoDate('2022-01-05'); // true
 * isIsoDate('2022-1-5'); // false
 */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text);
}

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` date.
 *
 * @example
 * dayNumber('1970-01-02'); // 1
 */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

/**
 * The `YYYY-MM-DD` date of a day number.
 *
 * @example
 * isoFromDay(1); // "1970-01-02"
 */
export function isoFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * A date moved by whole days.
 *
 * @example
 * addDays('2022-02-28', 1); // "2022-03-01"
 */
export function addDays(iso: string, days: number): string {
  return isoFromDay(dayNumber(iso) + days);
}

/**
 * The day number just after a bucket (exclusive end), for a bucket starting on `period`.
 *
 * @example
 * bucketEndDay('2022-01-01', 'month') === dayNumber('2022-02-01'); // true
 */
export function bucketEndDay(period: string, interval: Interval): number {
  if (interval === 'day') return dayNumber(period) + 1;
  if (interval === 'week') return dayNumber(period) + 7;
  const [y, m] = period.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, m ?? 1, 1) / MS_PER_DAY);
}

/**
 * The first day of the bucket holding a date: itself, its week's Monday, or its month's first day.
 *
 * @example
 * bucketStart('2022-01-13', 'week'); // "2022-01-10" (a Monday)
 */
export function bucketStart(iso: string, interval: Interval): string {
  if (interval === 'day') return iso;
  if (interval === 'month') return `${iso.slice(0, 7)}-01`;
  const day = dayNumber(iso);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  return isoFromDay(day - ((day + 3) % 7));
}

/**
 * A bucket width that keeps a chart readable: days for up to about five months, weeks up to three
 * years, months beyond.
 *
 * @example
 * autoInterval(70); // "day"
 */
export function autoInterval(spanDays: number): Interval {
  if (spanDays <= 150) return 'day';
  if (spanDays <= 3 * 366) return 'week';
  return 'month';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A short label for a date: `10 Jan 2022`, or `Jan 2022` for a month.
 *
 * @example
 * shortDate('2022-01-10'); // "10 Jan 2022"
 * shortDate('2022-01-01', true); // "Jan 2022"
 */
export function shortDate(iso: string, monthOnly = false): string {
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  return monthOnly ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/**
 * Tick dates for a time axis between two day numbers: Mondays for up to four months, month starts
 * (every 1, 3, 6 or 12 months) for longer ones, at most about `maxTicks`.
 *
 * @example
 * axisTicks(dayNumber('2021-12-17'), dayNumber('2022-02-25'), 8); // month starts: 2022-01-01, 2022-02-01
 */
export function axisTicks(fromDay: number, toDay: number, maxTicks: number): { iso: string; monthly: boolean }[] {
  const span = toDay - fromDay;
  if (span <= 120) {
    const step = Math.max(1, Math.ceil(span / 7 / maxTicks)) * 7;
    const first = dayNumber(bucketStart(isoFromDay(fromDay), 'week')) + 7;
    const ticks: { iso: string; monthly: boolean }[] = [];
    for (let day = first; day < toDay; day += step) ticks.push({ iso: isoFromDay(day), monthly: false });
    return ticks;
  }
  const months = span / 30.4;
  const step = [1, 3, 6, 12, 24, 60].find((n) => months / n <= maxTicks) ?? 120;
  const ticks: { iso: string; monthly: boolean }[] = [];
  const start = new Date(fromDay * MS_PER_DAY);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
  for (;;) {
    if (month > 11) {
      year += Math.floor(month / 12);
      month %= 12;
    }
    const day = Math.round(Date.UTC(year, month, 1) / MS_PER_DAY);
    if (day >= toDay) break;
    if ((year * 12 + month) % step === 0) ticks.push({ iso: isoFromDay(day), monthly: true });
    month += 1;
  }
  return ticks;
}

/**
 * Today's date in the viewer's own calendar (what "from today" means to them).
 *
 * @example
 * todayIso(); // "2025-11-27"
 */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
