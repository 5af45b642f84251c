import { addMonths, dayNum, daysInMonth, formatDay, toYMD, type DayNum } from './calendar.ts';

/**
 * Days written without their month or with a clock time: `on the 12th` and `at 3 p.m.`.
 */

/**
 * The days `day` of the month before, of and after the article's month, where the month has that day
 * (`the 31st` skips 30-day months): the candidates `on the 12th` picks from by tense.
 *
 * @example
 * monthDayCandidates(12, dayNum(2021, 12, 28)).map(formatDay); // ['2021-11-12', '2021-12-12', '2022-01-12']
 */
export function monthDayCandidates(day: number, ref: DayNum): DayNum[] {
  const { year, month } = toYMD(ref);
  const out: DayNum[] = [];
  for (const k of [-1, 0, 1]) {
    const ym = addMonths(year, month, k);
    if (day >= 1 && day <= daysInMonth(ym.year, ym.month)) out.push(dayNum(ym.year, ym.month, day));
  }
  return out;
}

/**
 * A TIMEX3 time value: the day, `T`, hours and minutes, `Z` when the text says GMT or UTC.
 *
 * @example
 * clockValue(dayNum(2021, 12, 27), 15, 0, true); // '2021-12-27T15:00Z'
 */
export function clockValue(day: DayNum, hour: number, minute: number, utc: boolean): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${formatDay(day)}T${two(hour)}:${two(minute)}${utc ? 'Z' : ''}`;
}
