import { dayNum, isoWeekday, daysInMonth, type DayNum } from './calendar.ts';
import type { PeriodRule } from './lexicon.ts';

/** An inclusive stretch of days. */
export interface DayInterval {
  start: DayNum;
  end: DayNum;
}

/**
 * Easter Sunday of `year`: the Gregorian computus for the Western churches; for the Orthodox, the
 * Julian computus moved to the Gregorian calendar.
 *
 * @example
 * easterSunday(2022, 'western');  // day number of 2022-04-17
 * easterSunday(2022, 'orthodox'); // day number of 2022-04-24
 */
export function easterSunday(year: number, church: 'western' | 'orthodox'): DayNum {
  if (church === 'orthodox') {
    const a = year % 4;
    const b = year % 7;
    const c = year % 19;
    const d = (19 * c + 15) % 30;
    const e = (2 * a + 4 * b - d + 34) % 7;
    const month = Math.floor((d + e + 114) / 31);
    const day = ((d + e + 114) % 31) + 1;
    // Julian to Gregorian: 13 days in 1900-2099, one more each century not divisible by 400.
    const shift = Math.floor(year / 100) - Math.floor(year / 400) - 2;
    return dayNum(year, month, day) + shift;
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNum(year, month, day);
}

/**
 * The n-th `weekday` (1 = Monday) of a month; `n = -1` is the last one.
 *
 * @example
 * nthWeekday(2021, 11, 4, 4); // Thanksgiving 2021: day number of 2021-11-25
 */
export function nthWeekday(year: number, month: number, weekday: number, n: number): DayNum {
  if (n < 0) {
    const last = dayNum(year, month, daysInMonth(year, month));
    return last - ((isoWeekday(last) - weekday + 7) % 7);
  }
  const first = dayNum(year, month, 1);
  return first + ((weekday - isoWeekday(first) + 7) % 7) + (n - 1) * 7;
}

type OtherCalendar = 'islamic-umalqura' | 'hebrew' | 'persian' | 'chinese';

// Calendar conversion is the slow part (one Intl call per day), so each Gregorian year is converted
// once per process. This is a cache of a pure function: results never depend on anything else.
const yearTables = new Map<string, Array<[string, number]>>();

/** For each day of Gregorian `year`, the [month, day] of that day in `calendar`, as Intl prints them. */
function calendarTable(calendar: OtherCalendar, year: number): Array<[string, number]> {
  const key = `${calendar}:${year}`;
  let table = yearTables.get(key);
  if (table) return table;
  const format = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}`, { timeZone: 'UTC', month: calendar === 'hebrew' ? 'long' : 'numeric', day: 'numeric' });
  table = [];
  const first = dayNum(year, 1, 1);
  const last = dayNum(year, 12, 31);
  for (let n = first; n <= last; n++) {
    let month = '';
    let day = 0;
    for (const part of format.formatToParts(new Date(n * 86_400_000))) {
      if (part.type === 'month') month = part.value;
      else if (part.type === 'day') day = Number(part.value);
    }
    table.push([month, day]);
  }
  yearTables.set(key, table);
  return table;
}

/**
 * Where a day or month of another calendar falls in Gregorian `year`: Ramadan (month 9 of the
 * Umm al-Qura calendar), 25 Kislev, 1 Farvardin. A month that starts in the year counts; a lunar
 * month can fall twice in one Gregorian year, then the first one is returned.
 *
 * @example
 * otherCalendarInterval('islamic-umalqura', '9', undefined, 1, 2022); // Ramadan 2022: 2022-04-02/2022-05-01
 */
export function otherCalendarInterval(calendar: OtherCalendar, month: string, day: number | undefined, days: number | undefined, year: number): DayInterval | null {
  const table = calendarTable(calendar, year);
  const first = dayNum(year, 1, 1);
  for (let i = 0; i < table.length; i++) {
    const [m, d] = table[i]!;
    if (m !== month) continue;
    if (day === undefined) {
      if (d !== 1) continue;
      // The whole month: until the month changes, which may be in the next Gregorian year.
      let end = i;
      let probe = first + i;
      for (;;) {
        const next = probe + 1;
        const nextYear = new Date(next * 86_400_000).getUTCFullYear();
        const row = nextYear === year ? table[next - first] : calendarTable(calendar, nextYear)[next - dayNum(nextYear, 1, 1)];
        if (!row || row[0] !== month) break;
        probe = next;
        end = probe - first;
      }
      return { start: first + i, end: first + end };
    }
    if (d === day) return { start: first + i, end: first + i + (days ?? 1) - 1 };
  }
  return null;
}

/**
 * The dates a named-period rule gives in Gregorian `year`, or `null` when it gives none (a `linked`
 * rule, or a lunar date that misses the year). A fixed span whose end is before its start runs into
 * the next year (`12-29` to `01-03`).
 *
 * @example
 * periodInterval({ kind: 'fixed', start: '01-01', end: '01-08' }, 2022); // 2022-01-01 .. 2022-01-08
 */
export function periodInterval(rule: PeriodRule, year: number): DayInterval | null {
  switch (rule.kind) {
    case 'fixed': {
      const [sm, sd] = rule.start.split('-').map(Number) as [number, number];
      if (sd > daysInMonth(year, sm)) return null; // Feb 29 in a common year
      const start = dayNum(year, sm, sd);
      if (!rule.end) return { start, end: start };
      const [em, ed] = rule.end.split('-').map(Number) as [number, number];
      let end = dayNum(year, em, ed);
      if (end < start) end = dayNum(year + 1, em, ed);
      return { start, end };
    }
    case 'easter': {
      const start = easterSunday(year, rule.church) + rule.offset;
      return { start, end: start + (rule.days ?? 1) - 1 };
    }
    case 'nth-weekday': {
      const start = nthWeekday(year, rule.month, rule.weekday, rule.n) + (rule.offset ?? 0);
      return { start, end: start };
    }
    case 'calendar':
      return otherCalendarInterval(rule.calendar, rule.month, rule.day, rule.days, year);
    case 'linked':
      return null;
  }
}
