import type { Expr } from '../expr.ts';
import type { Sense } from '../lexicon.ts';
import type { Found } from './cursor.ts';
import { DateRules } from './dates.ts';

/**
 * Periods longer than a day: decades, centuries, seasons, quarters and halves, parts of a period
 * (`early 2022`, `the end of the year`), `the first week of January`, and named periods from the
 * lexicon (`Christmas`, `Ramadan 2022`). `period` is what a part, a quarter or a week can be of.
 */

const DECADE = /^'?(\d{2}|\d{3}0)s$/;
const QUARTER = /^([qh])([1-4])$/;

/** For `phrase`: a named period, or a blocked phrase that merely starts like one. */
const IS_NAMED_OR_BLOCK = (s: Sense): boolean => s.named !== undefined || s.block === true;

/** The period rules, on top of the date rules. */
export abstract class PeriodRules extends DateRules {
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

  /** `the 1990s`, `the '90s`, `'90s`; a bare `90s` is an age, not a decade. */
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

  /** `the 21st century`, `the nineteenth century`. */
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
}
