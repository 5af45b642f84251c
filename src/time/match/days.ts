import type { Expr } from '../expr.ts';
import type { Found } from './cursor.ts';
import { PeriodRules } from './periods.ts';

/**
 * Days by name: `today`, `the day before yesterday`, `this morning`, `last night`, `Monday`,
 * `Monday night`, `Monday next week`, `the weekend`.
 */

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

  /** Swallows `morning`/`night` after a day (`Monday night`). */
  withDaypart(j: number, expr: Expr, rule: string): Found {
    return { end: this.sense(j)?.daypart ? j + 1 : j, expr, rule };
  }
}
