import type { Expr } from '../expr.ts';
import type { Sense } from '../lexicon.ts';
import type { Found } from './cursor.ts';
import { isDayExpr } from './days.ts';
import { IS_AGO_OR_POST, RelativeRules } from './relative.ts';

/**
 * The top of the grammar: the core (every rule at one atom, the longest match kept), a core with
 * its preposition (`since March`, `by the end of the year`), ranges (`from Monday to Friday`,
 * `between 9 and 12 January`, `January 5 to 7`), open ranges (`until 2022`, `after Christmas`),
 * lengths (`for three days`) and repeats (`every Monday`).
 */

/** For `phrase`: a preposition (`in`, `since`, `in the run-up to`). */
const IS_PREP = (s: Sense): boolean => s.prep !== undefined;

/** The whole matcher for one sentence, the top layer: `timex(i)` reads one expression at atom i. */
export class SentenceMatcher extends RelativeRules {
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
    best = longer(best, this.listedDayBefore(i));
    best = longer(best, this.listedDayAfter(i));
    best = longer(best, this.bareDay(i));
    best = longer(best, this.clock(i));
    return longer(best, this.standaloneYear(i));
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
    if (core) return this.rangeTail(this.withClock(core));
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
        return this.rangeTail(this.withClock(core));
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

  /** A day followed by its time: `Monday at 3 p.m.`, `on January 12 at 15:00 GMT`. */
  withClock(day: Found): Found {
    if (!isDayExpr(day.expr) || this.norm(day.end) !== 'at') return day;
    const c = this.clock(day.end + 1);
    if (!c || c.expr.k !== 'clock' || c.expr.day) return day;
    return { end: c.end, expr: { ...c.expr, day: day.expr }, rule: 'time:clock' };
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
}

/** The longer of two matches; the first on a tie. */
function longer(best: Found | null, c: Found | null): Found | null {
  return c && (!best || c.end > best.end) ? c : best;
}
