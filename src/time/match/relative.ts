import type { Sense } from '../lexicon.ts';
import type { Found } from './cursor.ts';
import { DayRules } from './days.ts';

/**
 * Expressions relative to the article date or to the date in context: `last week`, `next January`,
 * `this weekend`, `last Christmas`, `the past three weeks` (rolling), `the following day`
 * (anchored), `two years ago`, `three days later`, `two days before Christmas`, `the day before`.
 */

/**
 * For `phrase`: what follows a count of units (`ago`, `later`, `before`, `from now`). timex.ts imports
 * it too, for `in two weeks`: a rare path, unlike the predicates each file keeps for itself.
 */
export const IS_AGO_OR_POST = (s: Sense): boolean => s.ago === true || s.post !== undefined;

/** The relative rules, on top of the day rules. */
export abstract class RelativeRules extends DayRules {
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
}
