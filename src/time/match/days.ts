import type { Expr } from '../expr.ts';
import type { Found } from './cursor.ts';
import { PeriodRules } from './periods.ts';

/**
 * Days by name: `today`, `the day before yesterday`, `this morning`, `last night`, `Monday`,
 * `Monday night`, `Monday next week`, `the weekend`.
 */

/** `3`, `3pm`, `3p.m.`, `10:30`, `10:30am`, `15:00`: hour, minutes, a.m./p.m. glued on. */
const CLOCK = /^(\d{1,2})(?:([:.])(\d{2}))?(am|pm|a\.m\.?|p\.m\.?)?\.?$/;
const MERIDIEM = new Set(['am', 'pm']);
/** Time zones after a clock time: true for those that are UTC. */
const ZONES = new Map<string, boolean>([['gmt', true], ['utc', true], ['bst', false], ['cet', false], ['cest', false], ['est', false], ['edt', false], ['et', false], ['pst', false], ['pt', false], ['msk', false]]);

/** Can a time of day sit on this expression (`3 p.m. on Monday`)? Days only. */
export function isDayExpr(e: Expr): boolean {
  return e.k === 'weekday' || e.k === 'date' || e.k === 'relday' || e.k === 'monthday' || e.k === 'numeric';
}

/** The day rules, on top of the period rules. */
export abstract class DayRules extends PeriodRules {
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

  /**
   * A time of day: `3 p.m.`, `3pm`, `10:30 a.m.`, `15:00`, with a zone after it kept in the span (GMT
   * and UTC mark the value `Z`), and the day written after it (`3 p.m. on Monday`, `15:00 GMT
   * yesterday`). A bare number is no time: it needs a.m./p.m. or minutes.
   */
  clock(i: number): Found | null {
    const m = CLOCK.exec(this.norm(i));
    if (!m) return null;
    let hour = Number(m[1]);
    const minute = m[3] === undefined ? 0 : Number(m[3]);
    let meridiem = m[4]?.replace(/\./g, '');
    let j = i + 1;
    if (!meridiem && MERIDIEM.has(this.norm(j).replace(/\./g, ''))) meridiem = this.norm(j++).replace(/\./g, '');
    if (meridiem) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
    } else if (m[2] !== ':' || hour > 23) return null; // "10.30" alone is a number
    if (minute > 59) return null;
    let utc = false;
    const zone = ZONES.get(this.norm(j));
    if (zone !== undefined) {
      utc = zone;
      j++;
      if (this.norm(j) === 'time') j++;
    } else if (this.norm(j) === 'local' && this.norm(j + 1) === 'time') j += 2;
    const k = this.norm(j) === 'on' ? j + 1 : j;
    const day = this.core(k);
    if (day && isDayExpr(day.expr)) return { end: day.end, expr: { k: 'clock', hour, minute, utc, day: day.expr }, rule: 'time:clock' };
    return { end: j, expr: { k: 'clock', hour, minute, utc }, rule: 'time:clock' };
  }

  /** Swallows `morning`/`night` after a day (`Monday night`). */
  withDaypart(j: number, expr: Expr, rule: string): Found {
    return { end: this.sense(j)?.daypart ? j + 1 : j, expr, rule };
  }
}
