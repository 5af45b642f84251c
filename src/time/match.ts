import type { Atoms } from './atoms.ts';
import type { Expr, Match } from './expr.ts';
import type { Sense, TrieNode } from './lexicon.ts';

/**
 * The matcher: reads a sentence's atoms left to right and finds temporal expressions, as Exprs.
 * Grammar, roughly (each level may start with "the"):
 *
 *   timex    := [adv] prep core | prep core (to|and|-) core | core [(to|-) core] | duration | set
 *   core     := explicit date | relday | rel unit | N units ago | in N units | part of period
 *             | weekday | month [year] | season | quarter | decade | century | named period | year
 *
 * Words come from the lexicon (data/lexicons/time/); only the grammar is here. A cheap check runs
 * first: an atom that cannot start an expression is skipped without trying any rule.
 */

interface Found {
  end: number;
  expr: Expr;
  rule: string;
}

// These patterns but DECADE and QUARTER start with a digit: see execDigits.
const DIGITS = /^\d+$/;
const ORDINAL_DIGITS = /^(\d{1,2})(?:st|nd|rd|th)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const DMY_SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;
const DMY_DOT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const YEAR_RANGE = /^(\d{4})[-\u2013/](\d{2}|\d{4})$/;
const DAY_RANGE = /^(\d{1,2})[-\u2013](\d{1,2})$/;
const DECADE = /^'?(\d{2}|\d{3}0)s$/;
const QUARTER = /^([qh])([1-4])$/;

/** Words before a year number that make it a year, not a count. */
const YEAR_BEFORE = new Set(['in', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'before', 'after', 'during', 'between', 'and', 'through', 'early', 'mid', 'late', 'the', 'year', 'fiscal', 'throughout', 'around', 'circa', 'c.', ',', '(', 'summer', 'spring', 'winter', 'autumn', 'fall']);
/** Words before a number that make it a count (`about 2000 troops`). */
const COUNT_BEFORE = new Set(['about', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'than', 'least', 'only', 'just', 'up', 'over', 'another', 'additional', 'extra', 'total', 'of', '$', '£', '€']);
/** Temporal words before an ambiguous month name (`in May`, `since March`). */
const MONTH_CONTEXT = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'early', 'mid', 'late', 'last', 'next', 'this', 'of', 'during', 'before', 'after', 'through', 'throughout', 'to', 'and', 'or', 'between', 'end', 'beginning', 'start', 'middle', 'coming', 'past']);

const IS_BLOCK = (s: Sense): boolean => s.block === true;
const IS_NAMED_OR_BLOCK = (s: Sense): boolean => s.named !== undefined || s.block === true;
const IS_PREP = (s: Sense): boolean => s.prep !== undefined;
const IS_AGO_OR_POST = (s: Sense): boolean => s.ago === true || s.post !== undefined;

/** A matcher bound to one lexicon and one sentence. */
class SentenceMatcher {
  /** `a` was filled with the lexicon's trie: its nodes give the senses. */
  constructor(private readonly a: Atoms) {}

  /** Is there an atom i? The buffer's columns hold stale atoms past its length. */
  has(i: number): boolean {
    return i >= 0 && i < this.a.length;
  }

  norm(i: number): string {
    return this.has(i) ? this.a.norm[i]! : '';
  }

  cap(i: number): boolean {
    return this.has(i) && this.a.cap[i]!;
  }

  node(i: number): TrieNode | undefined {
    return this.has(i) ? this.a.node[i] : undefined;
  }

  /** Single-word senses of atom i. */
  sense(i: number): Sense | undefined {
    return this.node(i)?.sense;
  }

  /** Longest lexicon phrase starting at atom i (hyphens between words are skipped). */
  phrase(i: number, want?: (s: Sense) => boolean): { sense: Sense; end: number } | null {
    let node = this.node(i);
    let best: { sense: Sense; end: number } | null = null;
    let j = i;
    while (node) {
      j++;
      if (node.sense && (!want || want(node.sense))) best = { sense: node.sense, end: j };
      const next = node.next;
      if (!next) break;
      if (this.norm(j) === '-' && next.has(this.norm(j + 1))) j++;
      node = next.get(this.norm(j));
    }
    return best;
  }

  isThe(i: number): boolean {
    return this.norm(i) === 'the';
  }

  skipThe(i: number): number {
    return this.isThe(i) ? i + 1 : i;
  }

  /** Skips an optional comma (`January 12, 2022`). */
  skipComma(i: number): number {
    return this.norm(i) === ',' ? i + 1 : i;
  }

  /** A cardinal count: `3`, `three`, `twenty-four`, `a`, `a couple of`; `n` null for `a few`, `several`. */
  count(i: number): { n: number | null; end: number; article: boolean } | null {
    const w = this.norm(i);
    if (w.length <= 4 && isDigits(w)) return { n: Number(w), end: i + 1, article: false };
    if ((w === 'a' || w === 'an') && this.sense(i + 1)?.vague) return { n: null, end: i + 2, article: false };
    if (w === 'a' && this.norm(i + 1) === 'couple' && this.norm(i + 2) === 'of') return { n: 2, end: i + 3, article: false };
    if ((w === 'a' || w === 'an') && this.sense(i + 1)?.unit) return { n: 1, end: i + 1, article: true };
    const s = this.sense(i);
    if (s?.vague) return { n: null, end: i + 1, article: false };
    if (s?.cardinal === undefined || w === 'a' || w === 'an') return null;
    let n = s.cardinal;
    let end = i + 1;
    // twenty-four, twenty four
    if (n >= 20 && n % 10 === 0) {
      const k = this.norm(end) === '-' ? end + 1 : end;
      const unit = this.sense(k)?.cardinal;
      if (unit !== undefined && unit > 0 && unit < 10) {
        n += unit;
        end = k + 1;
      }
    }
    return { n, end, article: false };
  }

  /** An ordinal: `12th`, `twelfth`, `twenty-first`. */
  ordinal(i: number): { n: number; end: number } | null {
    const w = this.norm(i);
    const m = execDigits(ORDINAL_DIGITS, w);
    if (m) return { n: Number(m[1]), end: i + 1 };
    const s = this.sense(i);
    if (s?.ordinal !== undefined) return { n: s.ordinal, end: i + 1 };
    if (s?.cardinal !== undefined && s.cardinal >= 20 && s.cardinal % 10 === 0) {
      const k = this.norm(i + 1) === '-' ? i + 2 : i + 1;
      const unit = this.sense(k)?.ordinal;
      if (unit !== undefined && unit < 10) return { n: s.cardinal + unit, end: k + 1 };
    }
    return null;
  }

  /** A day of the month: `12`, `12th`, `twelfth` (1-31). */
  dayOfMonth(i: number): { day: number; end: number } | null {
    const w = this.norm(i);
    if (w.length <= 2 && isDigits(w)) {
      const d = Number(w);
      if (d < 1 || d > 31) return null;
      // "May 5 troops" is rare, but "5:30" and "5.5" are numbers, not days.
      if (this.norm(i + 1) === ':' || this.norm(i + 1) === '%') return null;
      return { day: d, end: i + 1 };
    }
    const o = this.ordinal(i);
    return o && o.n >= 1 && o.n <= 31 ? { day: o.n, end: o.end } : null;
  }

  /** A four-digit year number (1000-2999). */
  yearNumber(i: number): number | null {
    const w = this.norm(i);
    if (w.length !== 4 || !isDigits(w)) return null;
    const y = Number(w);
    return y >= 1000 && y <= 2999 ? y : null;
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

  monthAt(i: number): number | undefined {
    return this.sense(i)?.month;
  }

  /** Is the month name at i a month here (not the verb "may", not "a march")? */
  monthOk(i: number, nextIsDate: boolean): boolean {
    const s = this.sense(i);
    if (!s?.month) return false;
    const before = this.norm(i - 1) === '-' ? this.norm(i - 2) : this.norm(i - 1);
    // A lower-case "january" is still a month after "in"; "an august body" is not.
    if (!s.ambiguous) return this.cap(i) || this.a.dot[i]! || nextIsDate || MONTH_CONTEXT.has(before);
    if (!this.cap(i)) return false;
    if (nextIsDate) return true;
    // "Theresa May": a capitalised word before the name, not a temporal one.
    return MONTH_CONTEXT.has(before);
  }

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

  /** Optional `, 2022` or ` 2022` after a day or month. */
  trailingYear(i: number): { year: number; end: number } | null {
    const k = this.skipComma(i);
    const y = this.yearNumber(k);
    if (y === null) return null;
    // "on January 12, 2022" yes; "January 12, 1500 troops" no.
    if (this.has(k + 1) && !this.cap(k + 1) && /^[a-z]+s$/.test(this.norm(k + 1)) && !this.sense(k + 1)) return null;
    return { year: y, end: k + 1 };
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

  /** today, tomorrow night, yesterday morning, the day before yesterday, this morning, last night. */
  relday(i: number): Found | null {
    const s = this.sense(i);
    if (s?.relday !== undefined) {
      const end = this.sense(i + 1)?.daypart ? i + 2 : i + 1;
      return { end, expr: { k: 'relday', offset: s.relday }, rule: 'time:relative-day' };
    }
    if (this.isThe(i) && this.norm(i + 1) === 'day') {
      const dir = this.norm(i + 2);
      if (dir === 'before' && this.norm(i + 3) === 'yesterday') return { end: i + 4, expr: { k: 'relday', offset: -2 }, rule: 'time:relative-day' };
      if (dir === 'after' && this.norm(i + 3) === 'tomorrow') return { end: i + 4, expr: { k: 'relday', offset: 2 }, rule: 'time:relative-day' };
    }
    if (s?.rel !== undefined && this.norm(i) !== 'past') {
      const dp = this.sense(i + 1)?.daypart;
      if (dp === 'NI' && s.rel === -1) return { end: i + 2, expr: { k: 'relday', offset: -1 }, rule: 'time:relative-day' };
      if (dp && s.rel === 0) return { end: i + 2, expr: { k: 'relday', offset: 0 }, rule: 'time:relative-day' };
    }
    return null;
  }

  /** A period a part can apply to: `2022`, `this year`, `the year`, `January [2022]`, `the 1990s`, `next week`. */
  period(i: number): Found | null {
    const k = this.skipThe(i);
    const s = this.sense(k);
    if (k !== i && s?.unit && ['year', 'month', 'week', 'decade', 'century', 'day'].includes(s.unit) && !this.sense(k + 1)?.unit) {
      if (this.norm(k + 1) === 'of') return null; // "the year of the tiger"
      return { end: k + 1, expr: { k: 'relunit', unit: s.unit, offset: 0 }, rule: 'time:relative-unit' };
    }
    if (s?.rel !== undefined && k === i) {
      const u = this.sense(k + 1)?.unit;
      if (u) return { end: k + 2, expr: { k: 'relunit', unit: u, offset: s.rel }, rule: 'time:relative-unit' };
    }
    if (k === i) {
      const y = this.yearNumber(k);
      if (y !== null) return { end: k + 1, expr: { k: 'year', year: y }, rule: 'time:year' };
      const m = this.monthAt(k);
      if (m !== undefined) {
        const md = this.monthDay(k);
        if (md && md.expr.k === 'month') return md;
      }
    }
    return this.decade(i) ?? this.season(i);
  }

  decade(i: number): Found | null {
    const k = this.skipThe(i);
    const m = DECADE.exec(this.norm(k));
    if (!m) return null;
    const digits = m[1]!;
    if (digits.length === 2) {
      if (k === i && !this.norm(k).startsWith("'")) return null; // "90s" alone is an age
      return { end: k + 1, expr: { k: 'decade', start: Number(digits), twoDigit: true }, rule: 'time:decade' };
    }
    return { end: k + 1, expr: { k: 'decade', start: Number(digits) }, rule: 'time:decade' };
  }

  century(i: number): Found | null {
    const k = this.skipThe(i);
    const o = this.ordinal(k);
    if (!o || this.sense(o.end)?.unit !== 'century' || o.n < 1 || o.n > 30) return null;
    return { end: o.end + 1, expr: { k: 'century', ordinal: o.n }, rule: 'time:century' };
  }

  /** `summer`, `the summer of 2022`, `summer 2022`, `last winter` (rel handled by relUnit). */
  season(i: number): Found | null {
    const k = this.skipThe(i);
    const s = this.sense(k);
    if (!s?.season) return null;
    if (this.norm(k + 1) === 'of') {
      const y = this.yearNumber(k + 2);
      if (y !== null) return { end: k + 3, expr: { k: 'season', season: s.season, year: y }, rule: 'time:season' };
    }
    const y = this.yearNumber(k + 1);
    if (y !== null) return { end: k + 2, expr: { k: 'season', season: s.season, year: y }, rule: 'time:season' };
    if (s.ambiguous) return null; // "fall" alone is a verb or a noun
    return { end: k + 1, expr: { k: 'season', season: s.season }, rule: 'time:season' };
  }

  /** `Q3 2023`, `Q3`, `H1 2022`, `the third quarter of 2023`, `the first half of next year`. */
  subPeriod(i: number): Found | null {
    const q = QUARTER.exec(this.norm(i));
    if (q && this.cap(i)) {
      const sub = q[1] === 'q' ? 'Q' : 'H';
      const n = Number(q[2]);
      if (sub === 'H' && n > 2) return null;
      const y = this.trailingYear(i + 1);
      const of: Expr | undefined = y ? { k: 'year', year: y.year } : undefined;
      return { end: y ? y.end : i + 1, expr: { k: 'sub', sub, n, ...(of ? { of } : {}) }, rule: 'time:sub-period' };
    }
    const k = this.skipThe(i);
    if (k === i) return null;
    const o = this.ordinal(k);
    if (!o) return null;
    const w = this.norm(o.end);
    const sub = w === 'quarter' ? 'Q' : w === 'half' ? 'H' : null;
    if (!sub || o.n < 1 || o.n > (sub === 'Q' ? 4 : 2)) return null;
    let end = o.end + 1;
    let of: Expr | undefined;
    if (this.norm(end) === 'of') {
      const p = this.period(end + 1);
      if (p && (p.expr.k === 'year' || (p.expr.k === 'relunit' && p.expr.unit === 'year'))) {
        of = p.expr;
        end = p.end;
      }
    } else {
      const y = this.yearNumber(end);
      if (y !== null) {
        of = { k: 'year', year: y };
        end++;
      }
    }
    return { end, expr: { k: 'sub', sub, n: o.n, ...(of ? { of } : {}) }, rule: 'time:sub-period' };
  }

  /**
   * Parts of a period: `early 2022`, `mid-January`, `late last year`, `earlier this month`,
   * `later in the week`, `the end of the year`, `the beginning of March`.
   */
  partOf(i: number): Found | null {
    const k = this.skipThe(i);
    const s = this.sense(k);
    if (!s?.part) return null;
    let j = k + 1;
    if (this.norm(j) === '-') j++;
    if (s.part === 'start' || s.part === 'end' || (s.part === 'mid' && this.norm(k) === 'middle')) {
      if (k === i || this.norm(j) !== 'of') return null; // "the end of X", not "end"
      j++;
    } else if (k !== i && s.part !== 'late' && s.part !== 'early') {
      return null;
    } else if ((s.part === 'earlier' || s.part === 'later') && this.norm(j) === 'in') {
      j++; // "later in the year"
    }
    const p = this.period(j);
    if (!p) return null;
    if ((s.part === 'earlier' || s.part === 'later') && !(p.expr.k === 'relunit' || p.expr.k === 'year' || p.expr.k === 'month')) return null;
    return { end: p.end, expr: { k: 'part', part: s.part, of: p.expr }, rule: `time:part/${s.part}` };
  }

  /** `the first week of January`, `the last week of December`, `the second week of 2022`. */
  nthWeek(i: number): Found | null {
    if (!this.isThe(i)) return null;
    const o = this.norm(i + 1) === 'last' ? { n: -1, end: i + 2 } : this.ordinal(i + 1);
    if (!o || o.n === 0 || o.n > 5 || this.norm(o.end) !== 'week' || this.norm(o.end + 1) !== 'of') return null;
    const p = this.period(o.end + 2);
    if (!p || !(p.expr.k === 'month' || p.expr.k === 'year' || (p.expr.k === 'relunit' && (p.expr.unit === 'month' || p.expr.unit === 'year')))) return null;
    return { end: p.end, expr: { k: 'nthweek', n: o.n, of: p.expr }, rule: 'time:nth-week' };
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
   * Relative units: `last week`, `next month`, `this year`, `last Monday`, `next January`, `this weekend`,
   * `last summer`, `last Christmas`, `the past three weeks`, `the following day`, `the previous week`.
   */
  relUnit(i: number): Found | null {
    const hasThe = this.isThe(i);
    const k = hasThe ? i + 1 : i;
    const w = this.norm(k);
    const s = this.sense(k);
    if (s?.rel === undefined) return null;
    const rel = s.rel;
    // the past three weeks, the next two years, the last 24 hours
    const c = this.count(k + 1);
    if (hasThe && c && !c.article && c.n !== null) {
      const u = this.sense(c.end)?.unit;
      if (u && rel !== 0) return { end: c.end + 1, expr: { k: 'rolling', unit: u, n: c.n, dir: rel < 0 ? -1 : 1 }, rule: 'time:rolling' };
    }
    const next = this.sense(k + 1);
    if (next?.unit) {
      const unit = next.unit;
      // "the coming weeks", "the last days": how many is not said
      if (this.norm(k + 1).endsWith('s') && unit !== 'century') return { end: k + 2, expr: { k: 'vague' }, rule: 'time:vague' };
      if (hasThe) {
        if (rel === 0) return null;
        // the following day, the previous week, the next day: relative to the date in context
        if (w === 'following' || w === 'previous' || w === 'preceding' || (w === 'next' && unit === 'day')) {
          return { end: k + 2, expr: { k: 'anchored', unit, offset: rel }, rule: 'time:anchored' };
        }
        return { end: k + 2, expr: { k: 'rolling', unit, n: 1, dir: rel < 0 ? -1 : 1 }, rule: 'time:rolling' };
      }
      if (w === 'following' || w === 'preceding' || w === 'previous') return null;
      if (unit === 'weekend') return { end: k + 2, expr: { k: 'weekend', rel }, rule: 'time:weekend' };
      if (unit === 'day' || unit === 'hour' || unit === 'minute') return null; // "next day" without "the" is rare; "last hour" is not a date
      // "this week's" etc. are fine; "last year's" too.
      return { end: k + 2, expr: { k: 'relunit', unit, offset: rel }, rule: `time:relative-${unit}` };
    }
    if (hasThe) return null;
    if (w !== 'last' && w !== 'next' && w !== 'this' && w !== 'past' && w !== 'coming') return null;
    if (next?.weekday !== undefined && !next.ambiguous) {
      return this.withDaypart(k + 2, { k: 'weekday', weekday: next.weekday, rel }, 'time:weekday-rel');
    }
    if (next?.month !== undefined && this.cap(k + 1)) return { end: k + 2, expr: { k: 'month', month: next.month, rel }, rule: 'time:month-rel' };
    if (next?.season) return { end: k + 2, expr: { k: 'season', season: next.season, rel }, rule: 'time:season-rel' };
    const named = this.named(k + 1);
    if (named && named.expr.k === 'named' && !named.expr.generic) return { end: named.end, expr: { ...named.expr, rel }, rule: named.rule };
    return null;
  }

  /** Swallows `morning`/`night` after a day (`Monday night`). */
  withDaypart(j: number, expr: Expr, rule: string): Found {
    return { end: this.sense(j)?.daypart ? j + 1 : j, expr, rule };
  }

  /** `N units ago`, `N units later/earlier`, `N units before Christmas`, `N units from now`. */
  countUnits(i: number): Found | null {
    const c = this.count(i);
    if (!c) return null;
    const unit = this.sense(c.end)?.unit;
    if (!unit) return null;
    const j = c.end + 1;
    const after = this.phrase(j, IS_AGO_OR_POST);
    if (!after) return null;
    if (c.n === null) return { end: after.end, expr: { k: 'vague' }, rule: 'time:vague' };
    if (after.sense.ago) return { end: after.end, expr: { k: 'relunit', unit, offset: -c.n }, rule: 'time:ago' };
    const dir = after.sense.post!;
    if (this.norm(j) === 'from' && this.norm(j + 1) === 'now') return { end: j + 2, expr: { k: 'relunit', unit, offset: c.n }, rule: 'time:from-now' };
    // "two days before Christmas": shift a date; "two days before the vote": the vote's date is unknown
    const target = this.core(after.end);
    if (target) return { end: target.end, expr: { k: 'shift', unit, offset: dir * c.n, of: target.expr }, rule: 'time:shift' };
    if (this.has(after.end) && /^[\p{L}\d]/u.test(this.norm(after.end)) && (this.norm(j) === 'before' || this.norm(j) === 'after')) {
      return { end: after.end, expr: { k: 'vague' }, rule: 'time:shift-unknown' };
    }
    return { end: after.end, expr: { k: 'anchored', unit, offset: dir * c.n }, rule: 'time:anchored' };
  }

  /** `the day before`, `the day after`, `that day`, `the same day`, `a day later` (via countUnits). */
  anchoredDay(i: number): Found | null {
    const w = this.norm(i);
    if ((w === 'that' || (w === 'the' && this.norm(i + 1) === 'same')) ) {
      const k = w === 'that' ? i + 1 : i + 2;
      const u = this.sense(k)?.unit;
      if (u === 'day' || u === 'week' || u === 'month' || u === 'year') {
        if (w === 'that' && this.norm(k + 1) === 'of') return null;
        return { end: k + 1, expr: { k: 'anchored', unit: u, offset: 0 }, rule: 'time:anchored' };
      }
      return null;
    }
    if (w !== 'the') return null;
    const u = this.sense(i + 1)?.unit;
    if (u !== 'day' && u !== 'week' && u !== 'month' && u !== 'year') return null;
    const dir = this.sense(i + 2)?.post;
    if (dir === undefined || this.norm(i + 2) === 'later' || this.norm(i + 2) === 'earlier') return null;
    if (this.has(i + 3) && /^[\p{L}\d]/u.test(this.norm(i + 3))) {
      const target = this.core(i + 3);
      if (target) return { end: target.end, expr: { k: 'shift', unit: u, offset: dir, of: target.expr }, rule: 'time:shift' };
      // "the week before last", "the month after next": two units from now
      if (this.norm(i + 3) === (dir < 0 ? 'last' : 'next')) return { end: i + 4, expr: { k: 'relunit', unit: u, offset: 2 * dir }, rule: `time:relative-${u}` };
      // "the day before the vote": relative to an event we cannot date
      return { end: i + 3, expr: { k: 'vague' }, rule: 'time:shift-unknown' };
    }
    return { end: i + 3, expr: { k: 'anchored', unit: u, offset: dir }, rule: 'time:anchored' };
  }

  /** `Monday`, `Monday morning`, `Monday next week`. */
  weekday(i: number): Found | null {
    const s = this.sense(i);
    // Full weekday names are never ordinary words, so case does not matter ("on monday").
    if (s?.weekday === undefined || s.ambiguous) return null;
    let end = this.sense(i + 1)?.daypart ? i + 2 : i + 1;
    const rel = this.sense(end)?.rel;
    if ((rel === -1 || rel === 1) && this.sense(end + 1)?.unit === 'week' && (this.norm(end) === 'next' || this.norm(end) === 'last')) {
      end += 2;
      return { end, expr: { k: 'weekday', weekday: s.weekday, week: rel }, rule: 'time:weekday-week' };
    }
    return { end, expr: { k: 'weekday', weekday: s.weekday }, rule: 'time:weekday' };
  }

  /** `the weekend`, `weekend` after at/over/during. */
  weekend(i: number): Found | null {
    const k = this.skipThe(i);
    if (k === i || this.sense(k)?.unit !== 'weekend' || this.norm(k) !== 'weekend') return null;
    return { end: k + 1, expr: { k: 'weekend' }, rule: 'time:weekend' };
  }

  /** Named periods from the lexicon: `Christmas`, `the New Year holidays`, `Ramadan 2022`. */
  named(i: number): Found | null {
    const k = this.skipThe(i);
    if (!this.has(k)) return null;
    const p = this.phrase(k, IS_NAMED_OR_BLOCK);
    if (!p || !p.sense.named || p.sense.block) return null;
    const period = p.sense.named;
    const generic = period.head !== undefined && this.a.norm.slice(k, p.end).filter((n) => n !== '-').join(' ') === period.head;
    // Names are proper nouns: "christmas" in lower case is fine, "holidays" is generic and lower case.
    if (!generic && !this.cap(k)) return null;
    const y = this.yearNumber(p.end);
    if (y !== null) return { end: p.end + 1, expr: { k: 'named', period, year: y, generic }, rule: `time:named-period/${period.id}` };
    return { end: p.end, expr: { k: 'named', period, generic }, rule: `time:named-period/${period.id}` };
  }

  /** The core expressions, longest first. */
  core(i: number): Found | null {
    if (i >= this.a.length) return null;
    // Every rule is tried, the longest match wins, the earlier rule on a tie. (No array of candidates:
    // core runs several times at every possible start.)
    let best = this.explicitDate(i);
    best = longer(best, this.dayRangeMonth(i));
    best = longer(best, this.nthWeek(i));
    best = longer(best, this.relday(i));
    best = longer(best, this.partOf(i));
    best = longer(best, this.subPeriod(i));
    best = longer(best, this.relUnit(i));
    best = longer(best, this.countUnits(i));
    best = longer(best, this.anchoredDay(i));
    best = longer(best, this.century(i));
    best = longer(best, this.decade(i));
    best = longer(best, this.named(i));
    best = longer(best, this.weekday(i));
    best = longer(best, this.weekend(i));
    best = longer(best, this.season(i));
    best = longer(best, this.yearRange(i));
    return longer(best, this.standaloneYear(i));
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

  /** After a core: `to`/`through`/`until`/`-` another core of a compatible kind makes a range. */
  rangeTail(first: Found): Found {
    const j = first.end;
    const w = this.norm(j);
    // "and" joins two dates ("in 2014 and 2015"), it makes a range only after "between".
    if (w !== 'to' && w !== 'through' && w !== 'until' && w !== 'till' && w !== '-') return first;
    const second = this.rangeEnd(first.expr, j + 1);
    if (!second) return first;
    return { end: second.end, expr: { k: 'range', from: first.expr, to: second.expr }, rule: 'time:range' };
  }

  /** The end of a range: a core of the same kind, or a bare day after a month-day (`January 5 to 7`). */
  rangeEnd(from: Expr, j: number): Found | null {
    if (from.k === 'date' && from.year === undefined) {
      const d = this.dayOfMonth(j);
      if (d && this.monthAt(d.end) === undefined) {
        const y = this.trailingYear(d.end);
        const year = y?.year;
        return { end: y ? y.end : d.end, expr: { k: 'date', month: from.month, day: d.day, ...(year ? { year } : {}) }, rule: 'time:range' };
      }
    }
    const second = this.core(j);
    if (!second) return null;
    const kinds: Record<string, string> = { date: 'd', numeric: 'd', weekday: 'w', month: 'm', year: 'y', relday: 'd', named: 'd', season: 's', decade: 'y', sub: 'm' };
    const ka = kinds[from.k];
    const kb = kinds[second.expr.k];
    if (!ka || !kb || (ka !== kb && !(ka === 'd' && kb === 'd'))) return null;
    return second;
  }

  /** `for three days`, `three-day`, `24 hours`, `for several weeks`, `for years`. */
  duration(i: number, afterFor: boolean): Found | null {
    const c = this.count(i);
    if (c) {
      let j = c.end;
      if (this.norm(j) === '-') j++;
      const unit = this.sense(j)?.unit;
      if (!unit || unit === 'weekend') return null;
      if ((c.article || c.n === null) && !afterFor) return null;
      // "one day" alone is mostly "some day"; "one-day" and "for one day" are lengths
      if (c.n === 1 && !afterFor && j === c.end) return null;
      // "two-year-old" is an age
      if (this.norm(j + 1) === '-' && this.norm(j + 2) === 'old') return null;
      // "3 years" alone: a count of years needs a numeral, not "a"
      return { end: j + 1, expr: { k: 'duration', unit, n: c.n }, rule: 'time:duration' };
    }
    const unit = this.sense(i)?.unit;
    if (afterFor && unit && this.norm(i).endsWith('s') && unit !== 'weekend') {
      return { end: i + 1, expr: { k: 'duration', unit, n: null }, rule: 'time:duration' };
    }
    return null;
  }

  /** `every Monday`, `every week`, `every two years`, `each year`. */
  set(i: number): Found | null {
    if (!this.sense(i)?.every) return null;
    const s = this.sense(i + 1);
    if (s?.weekday !== undefined && !s.ambiguous) return { end: i + 2, expr: { k: 'set', weekday: s.weekday }, rule: 'time:set' };
    if (s?.unit && s.unit !== 'weekend') return { end: i + 2, expr: { k: 'set', unit: s.unit, n: 1 }, rule: 'time:set' };
    const c = this.count(i + 1);
    const u = c ? this.sense(c.end)?.unit : undefined;
    if (c && c.n !== null && u) return { end: c.end + 1, expr: { k: 'set', unit: u, n: c.n }, rule: 'time:set' };
    return null;
  }

  /** A full expression starting at atom i, preposition and all. */
  timex(i: number): Found | null {
    const set = this.set(i);
    if (set) return set;
    // an adverb before after/before: "immediately after", "shortly before"
    let p = i;
    if (this.sense(p)?.adv) {
      const prep = this.sense(p + 1)?.prep;
      if (prep !== 'after' && prep !== 'before') return null;
      p++;
    }
    const prep = this.phrase(p, IS_PREP);
    if (prep) {
      const role = prep.sense.prep!;
      const found = this.withPrep(role, prep.end);
      if (found) return found;
      if (p !== i) return null;
    }
    const core = this.core(i);
    if (core) return this.rangeTail(core);
    return this.duration(i, false);
  }

  /** The expression after a preposition with `role`, including the preposition in the span. */
  withPrep(role: string, j: number): Found | null {
    if (role === 'for' || role === 'within') {
      const c = this.core(j);
      if (c && c.expr.k === 'rolling') return c; // "for the past three weeks" is the stretch itself
      return this.duration(j, true);
    }
    if (role === 'between') {
      const a = this.core(j);
      if (a && a.expr.k === 'range') return a; // "between 9 and 12 January" is read whole
      if (!a || this.norm(a.end) !== 'and') return null;
      const b = this.rangeEnd(a.expr, a.end + 1);
      if (!b) return null;
      return { end: b.end, expr: { k: 'range', from: a.expr, to: b.expr }, rule: 'time:range' };
    }
    // "in two weeks" / "in three years' time"
    if (role === 'at' && this.norm(j - 1) === 'in') {
      const c = this.count(j);
      const unit = c ? this.sense(c.end)?.unit : undefined;
      if (c && unit && !this.phrase(c.end + 1, IS_AGO_OR_POST)) {
        let end = c.end + 1;
        if (this.norm(end) === "'" || this.norm(end) === "'s") end++;
        if (this.norm(end) === 'time') end++;
        if (c.n === null) return { end, expr: { k: 'vague' }, rule: 'time:vague' };
        return { end, expr: { k: 'relunit', unit, offset: c.n }, rule: 'time:in-units' };
      }
    }
    // "by the end of the year", "until the end of January", "since the start of 2021"
    const k = this.skipThe(j);
    const edge = this.sense(k)?.part;
    if (k !== j && (edge === 'end' || edge === 'start') && this.norm(k + 1) === 'of') {
      const p = this.period(k + 2);
      if (p) {
        if ((role === 'by' || role === 'until') && edge === 'end') return { end: p.end, expr: { k: 'open', how: 'endof', of: p.expr }, rule: 'time:open-end' };
        if ((role === 'from' || role === 'after') && edge === 'start') return { end: p.end, expr: { k: 'open', how: 'startof', of: p.expr }, rule: 'time:open-start' };
      }
    }
    const core = this.core(j);
    if (!core) return null;
    switch (role) {
      case 'at':
        return this.rangeTail(core);
      case 'from': {
        const w = this.norm(core.end);
        if (w === 'to' || w === 'until' || w === 'till' || w === 'through' || w === '-') {
          const b = this.rangeEnd(core.expr, core.end + 1);
          if (b) return { end: b.end, expr: { k: 'range', from: core.expr, to: b.expr }, rule: 'time:range' };
        }
        if (core.expr.k === 'range') return core;
        return { end: core.end, expr: { k: 'open', how: 'from', of: core.expr }, rule: 'time:open-start' };
      }
      case 'until':
      case 'by':
        return { end: core.end, expr: { k: 'open', how: 'until', of: core.expr }, rule: 'time:open-end' };
      case 'after':
        if (core.expr.k === 'anchored' || core.expr.k === 'vague') return null;
        return { end: core.end, expr: { k: 'open', how: 'after', of: core.expr }, rule: 'time:after' };
      case 'before':
        if (core.expr.k === 'anchored' || core.expr.k === 'vague') return null;
        return { end: core.end, expr: { k: 'open', how: 'before', of: core.expr }, rule: 'time:before' };
      default:
        return null;
    }
  }
}

/** The longer of two matches; the first on a tie. */
function longer(best: Found | null, c: Found | null): Found | null {
  return c && (!best || c.end > best.end) ? c : best;
}

function validDate(year: number, month: number, day: number, end: number, rule: string): Found | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const dim = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > dim) return null;
  return { end, expr: { k: 'date', year, month, day }, rule };
}

const MAX_HEAD_DISTANCE = 6;

/** Does the word start with a digit? Most words do not: a char test spares them the digit regexes. */
function startsWithDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function isDigits(w: string): boolean {
  return startsWithDigit(w) && DIGITS.test(w);
}

/** `re.exec(w)` for a pattern that starts with a digit. */
function execDigits(re: RegExp, w: string): RegExpExecArray | null {
  return startsWithDigit(w) ? re.exec(w) : null;
}

/** `QUARTER.test(norm)` without the regex: this runs for every atom of a sentence. */
function isQuarter(norm: string): boolean {
  if (norm.length !== 2) return false;
  const c = norm.charCodeAt(0);
  const d = norm.charCodeAt(1);
  return (c === 113 || c === 104) && d >= 49 && d <= 52;
}

/** A word an expression is built around: a digit, a month, a unit, `today`, a named period's first word ... */
function isHead(norm: string, node: TrieNode | undefined): boolean {
  const c = norm.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 39) return true; // a digit, or '90s
  if (isQuarter(norm) || norm === 'half') return true;
  return node?.head === true;
}

/** Words that can start an expression: the cheap check before any rule runs. */
function canStart(norm: string, node: TrieNode | undefined): boolean {
  const c = norm.charCodeAt(0);
  if (c >= 48 && c <= 57) return true; // a digit
  if (norm === 'the' || norm === 'that' || norm === "'" || norm.startsWith("'")) return true;
  if (norm === 'q1' || norm === 'q2' || norm === 'q3' || norm === 'q4' || norm === 'h1' || norm === 'h2') return true;
  return node !== undefined;
}

/**
 * Finds the temporal expressions of one sentence, leftmost-longest, non-overlapping, from its atoms
 * filled with the lexicon's trie.
 *
 * @example
 * matchAtoms(new Atoms().fill(doc, 0, lexicon.trie)); // [{ first: 3, end: 5, expr: { k: 'weekday', weekday: 1 }, rule: 'time:weekday' }]
 */
export function matchAtoms(atoms: Atoms): Match[] {
  const m = new SentenceMatcher(atoms);
  const out: Match[] = [];
  const n = atoms.length;
  // Every expression holds a head word (a month, a unit, a digit, a named period ...) within its first
  // few words ("immediately after the New Year holidays"): positions with none ahead are skipped unseen.
  let head = -1; // the first head at or after i, n when there is none
  let i = 0;
  while (i < n) {
    if (head < i) {
      head = i;
      while (head < n && !isHead(atoms.norm[head]!, atoms.node[head])) head++;
    }
    if (head === n) break;
    if (head - i > MAX_HEAD_DISTANCE) {
      i = head - MAX_HEAD_DISTANCE;
      continue;
    }
    if (!canStart(atoms.norm[i]!, atoms.node[i])) {
      i++;
      continue;
    }
    // Skip phrases that are not temporal at all ("the Sunday Times").
    const block = m.phrase(m.skipThe(i), IS_BLOCK);
    if (block) {
      i = block.end;
      continue;
    }
    const found = m.timex(i);
    if (found && found.end > i) {
      out.push({ first: i, end: found.end, expr: found.expr, rule: found.rule });
      i = found.end;
    } else i++;
  }
  return out;
}
