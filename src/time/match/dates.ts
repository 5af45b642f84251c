import type { Expr } from '../expr.ts';
import { Cursor, type Found } from './cursor.ts';

/**
 * Dates written out: `January 12, 2022`, `12th of January`, `Wednesday, January 12`, `2022-01-12`,
 * `12/01/2022`, day ranges (`January 5-7`, `9 to 12 January`), year ranges (`2014-2016`), months
 * (`January 2022`) and years standing alone (`in 2022`, but not `2000 troops`).
 */

// All these patterns start with a digit: see execDigits.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const DMY_SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;
const DMY_DOT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const YEAR_RANGE = /^(\d{4})[-\u2013/](\d{2}|\d{4})$/;
const DAY_RANGE = /^(\d{1,2})[-\u2013](\d{1,2})$/;

/** What separates listed days (`9, 10 and 11 January`). */
const LIST_SEPARATORS = new Set(['and', 'or', ',', '&']);
/** Words that may follow `on the 12th` when it is a date (`on the 12th and the 13th`, `on the 12th at noon`). */
const AFTER_BARE_DAY = new Set(['and', 'or', 'but', 'at', 'in', 'when', 'while', 'as', 'after', 'before', 'to', 'until', 'with', 'because', 'if', 'since', 'so', 'then', 'this', 'last', 'next']);
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/;

/** Words before a year number that make it a year, not a count. */
const YEAR_BEFORE = new Set(['in', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'before', 'after', 'during', 'between', 'and', 'through', 'early', 'mid', 'late', 'the', 'year', 'fiscal', 'throughout', 'around', 'circa', 'c.', ',', '(', 'summer', 'spring', 'winter', 'autumn', 'fall']);
/** Words before a number that make it a count (`about 2000 troops`). */
const COUNT_BEFORE = new Set(['about', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'than', 'least', 'only', 'just', 'up', 'over', 'another', 'additional', 'extra', 'total', 'of', '$', '£', '€']);

/** The date rules, on top of the shared readers. */
export abstract class DateRules extends Cursor {
  /** Explicit dates: `January 12, 2022`, `12 January 2022`, `Jan. 12`, `Wednesday, January 12`, `2022-01-12`. */
  explicitDate(i: number): Found | null {
    const start = i;
    const wd = this.sense(i)?.weekday;
    let weekday: number | undefined;
    if (wd !== undefined) {
      const k = this.skipComma(i + 1);
      const inner = this.dayMonth(k) ?? this.monthDay(k);
      if (!inner || inner.expr.k !== 'date') return null;
      weekday = wd;
      return { end: inner.end, expr: { ...inner.expr, weekday }, rule: 'time:explicit-date' };
    }
    const numeric = this.numericDate(start);
    if (numeric) return numeric;
    return this.monthDay(start) ?? this.dayMonth(start);
  }

  /** Numeric dates: `2022-01-12`, `2022/1/12`, `12.01.2022`, `12/01/2022` (order unclear: a `numeric` Expr). */
  numericDate(i: number): Found | null {
    const w = this.norm(i);
    if (!startsWithDigit(w)) return null;
    let m = ISO_DATE.exec(w) ?? YMD_SLASH.exec(w);
    if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]), i + 1, 'time:iso-date');
    m = DMY_DOT.exec(w);
    if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]), i + 1, 'time:numeric-date');
    m = DMY_SLASH.exec(w);
    if (m) {
      let year = Number(m[3]);
      if (m[3]!.length === 2) year += 2000;
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b > 12) return null;
      if (a > 12) return validDate(year, b, a, i + 1, 'time:numeric-date');
      if (b > 12) return validDate(year, a, b, i + 1, 'time:numeric-date');
      if (a === b) return validDate(year, a, b, i + 1, 'time:numeric-date');
      return { end: i + 1, expr: { k: 'numeric', a, b, year }, rule: 'time:numeric-date' };
    }
    return null;
  }

  /** `January 12`, `Jan. 12th, 2022`, `January 5-7`, `January 2022`. */
  monthDay(i: number): Found | null {
    const month = this.monthAt(i);
    if (month === undefined) return null;
    const j = i + 1;
    const range = execDigits(DAY_RANGE, this.norm(j));
    if (range && this.monthOk(i, true)) {
      const d1 = Number(range[1]);
      const d2 = Number(range[2]);
      if (d1 >= 1 && d2 <= 31 && d1 < d2) {
        const y = this.trailingYear(j + 1);
        const from: Expr = { k: 'date', month, day: d1, ...(y ? { year: y.year } : {}) };
        const to: Expr = { k: 'date', month, day: d2, ...(y ? { year: y.year } : {}) };
        return { end: y ? y.end : j + 1, expr: { k: 'range', from, to }, rule: 'time:date-range' };
      }
    }
    const d = this.dayOfMonth(j);
    if (d && this.monthOk(i, true)) {
      const y = this.trailingYear(d.end);
      if (y) return validDate(y.year, month, d.day, y.end, 'time:explicit-date');
      return { end: d.end, expr: { k: 'date', month, day: d.day }, rule: 'time:month-day' };
    }
    const y = this.trailingYear(j);
    if (y && this.norm(j) !== ',' && this.monthOk(i, true)) return { end: y.end, expr: { k: 'month', month, year: y.year }, rule: 'time:month-year' };
    // "January of 2022", "January of last year"
    if (this.norm(j) === 'of' && this.monthOk(i, true)) {
      const y2 = this.yearNumber(j + 1);
      if (y2 !== null) return { end: j + 2, expr: { k: 'month', month, year: y2 }, rule: 'time:month-year' };
      const rel = this.sense(j + 1)?.rel;
      if (rel !== undefined && this.sense(j + 2)?.unit === 'year') return { end: j + 3, expr: { k: 'month', month, relYear: rel }, rule: 'time:month-rel-year' };
    }
    if (this.monthOk(i, false)) return { end: j, expr: { k: 'month', month }, rule: 'time:month' };
    return null;
  }

  /** `12 January 2022`, `12th of January`, `the 12th of January`. */
  dayMonth(i: number): Found | null {
    const k = this.skipThe(i);
    const d = this.dayOfMonth(k);
    if (!d) return null;
    let j = d.end;
    if (this.norm(j) === 'of') j++;
    else if (k !== i) return null; // "the 12 January" is not English; "the 12th of January" is
    const month = this.monthAt(j);
    if (month === undefined || !this.monthOk(j, true)) return null;
    // "12 May" needs the day to be a plain day-of-month, not "12 months".
    const y = this.trailingYear(j + 1);
    if (y) return validDate(y.year, month, d.day, y.end, 'time:explicit-date');
    return { end: j + 1, expr: { k: 'date', month, day: d.day }, rule: 'time:day-month' };
  }

  /** `9-12 January`, `9 to 12 January 2022`: a day range written before its month. */
  dayRangeMonth(i: number): Found | null {
    const r = execDigits(DAY_RANGE, this.norm(i));
    let d1: number;
    let d2: number;
    let j: number;
    if (r) {
      d1 = Number(r[1]);
      d2 = Number(r[2]);
      j = i + 1;
    } else {
      const a = this.dayOfMonth(i);
      const sep = a ? this.norm(a.end) : '';
      // "9 and 12 January" is a range only after "between"; "on 9 and 10 January" is two days.
      if (!a || (sep !== 'to' && sep !== '-' && sep !== 'through' && !(sep === 'and' && this.norm(i - 1) === 'between'))) return null;
      const b = this.dayOfMonth(a.end + 1);
      if (!b) return null;
      d1 = a.day;
      d2 = b.day;
      j = b.end;
    }
    const month = this.monthAt(j);
    if (month === undefined || d1 >= d2 || d1 < 1 || d2 > 31 || !this.monthOk(j, true)) return null;
    const y = this.trailingYear(j + 1);
    const year = y ? { year: y.year } : {};
    return {
      end: y ? y.end : j + 1,
      expr: { k: 'range', from: { k: 'date', month, day: d1, ...year }, to: { k: 'date', month, day: d2, ...year } },
      rule: 'time:date-range',
    };
  }

  /**
   * A day listed before others that share its month: `9` in `on 9 and 10 January`, `9` and `10` in
   * `9, 10 and 11 January`; each day is its own expression (the last one is a plain day-month). After
   * `between` the days make a range instead (dayRangeMonth).
   */
  listedDayBefore(i: number): Found | null {
    const d = this.dayOfMonth(i);
    if (!d || this.norm(i - 1) === 'between') return null;
    let j = d.end;
    let listed = false;
    while (LIST_SEPARATORS.has(this.norm(j))) {
      const next = this.dayOfMonth(j + 1);
      if (!next) return null;
      j = next.end;
      listed = true;
    }
    const month = this.monthAt(j);
    if (!listed || month === undefined || !this.monthOk(j, true)) return null;
    const y = this.trailingYear(j + 1);
    return { end: d.end, expr: { k: 'date', month, day: d.day, ...(y ? { year: y.year } : {}) }, rule: 'time:listed-day' };
  }

  /** A day listed after a month-day: `10` in `on January 9 and 10`, `10` and `11` in `January 9, 10 and 11`. */
  listedDayAfter(i: number): Found | null {
    const d = this.dayOfMonth(i);
    if (!d || !LIST_SEPARATORS.has(this.norm(i - 1))) return null;
    // Not a count before a noun ("January 9 and 10 people"), not the first day of a day-month.
    const next = this.norm(d.end);
    if (this.monthAt(d.end) !== undefined || (/^\p{L}/u.test(next) && !AFTER_BARE_DAY.has(next))) return null;
    let k = i - 2;
    while (k > 0 && isPlainDay(this.norm(k)) && LIST_SEPARATORS.has(this.norm(k - 1)) && isPlainDay(this.norm(k - 2))) k -= 2;
    const month = this.monthAt(k - 1);
    if (!this.dayOfMonth(k) || month === undefined || !this.monthOk(k - 1, true)) return null;
    const y = this.trailingYear(d.end);
    return { end: y ? y.end : d.end, expr: { k: 'date', month, day: d.day, ...(y ? { year: y.year } : {}) }, rule: 'time:listed-day' };
  }

  /**
   * `on the 12th`: a day of the month with no month, after a preposition and before no noun (`on the
   * 12th floor` is not a date). Only digits: `the first` is too often something else.
   */
  bareDay(i: number): Found | null {
    if (!this.isThe(i) || this.sense(i - 1)?.prep === undefined) return null;
    const w = this.norm(i + 1);
    const m = execDigits(ORDINAL_DAY, w);
    if (!m) return null;
    const day = Number(m[1]);
    const next = this.norm(i + 2);
    if (day < 1 || day > 31 || (/^\p{L}/u.test(next) && !AFTER_BARE_DAY.has(next))) return null;
    return { end: i + 2, expr: { k: 'monthday', day }, rule: 'time:bare-day' };
  }

  /** `2014-2016`, `2021/22`. */
  yearRange(i: number): Found | null {
    const m = execDigits(YEAR_RANGE, this.norm(i));
    if (!m) return null;
    const a = Number(m[1]);
    let b = Number(m[2]);
    if (m[2]!.length === 2) b = Math.floor(a / 100) * 100 + b;
    if (a < 1800 || a > 2199 || b <= a || b - a > 100) return null;
    return { end: i + 1, expr: { k: 'range', from: { k: 'year', year: a }, to: { k: 'year', year: b } }, rule: 'time:year-range' };
  }

  /** A year standing alone: needs a context that makes it a year, not a count. */
  standaloneYear(i: number): Found | null {
    const y = this.yearNumber(i);
    if (y === null || y < 1800 || y > 2199) return null;
    const before = this.norm(i - 1);
    if (COUNT_BEFORE.has(before) && before !== 'of') return null;
    // "2000 troops": a count is followed by a plural noun; a year by a name, a verb or punctuation.
    if (this.has(i + 1) && !this.cap(i + 1) && /^[a-z]+s$/.test(this.norm(i + 1)) && !this.sense(i + 1) && !YEAR_BEFORE.has(before)) return null;
    if (before === 'of' && !(i >= 2 && (this.sense(i - 2)?.month || this.sense(i - 2)?.season || this.sense(i - 2)?.part || this.sense(i - 2)?.named || this.sense(i - 2)?.unit))) {
      // "of 2023" after "quarter"/"half"/a month is a year; "a population of 2000" is not.
      if (!(i >= 2 && /^(quarter|half|year|spring|summer|autumn|fall|winter)$/.test(this.norm(i - 2)))) return null;
    }
    return { end: i + 1, expr: { k: 'year', year: y }, rule: 'time:year' };
  }
}

/** A `date` match for year-month-day, or null when there is no such day (`31 February`). */
function validDate(year: number, month: number, day: number, end: number, rule: string): Found | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const dim = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > dim) return null;
  return { end, expr: { k: 'date', year, month, day }, rule };
}

// startsWithDigit and execDigits are cursor.ts's own, copied: they run for every atom a rule looks
// at, and a function imported from another module costs more per call (see cursor.ts).

/** Does the word start with a digit? Most words do not: a char test spares them the digit regexes. */
function startsWithDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** One or two digits: a day in a list (`9, 10 and 11 January`). */
function isPlainDay(w: string): boolean {
  return w.length <= 2 && startsWithDigit(w) && (w.length === 1 || startsWithDigit(w.slice(1)));
}

/** `re.exec(w)` for a pattern that starts with a digit. */
function execDigits(re: RegExp, w: string): RegExpExecArray | null {
  return startsWithDigit(w) ? re.exec(w) : null;
}
