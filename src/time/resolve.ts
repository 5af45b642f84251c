import type { Granularity, TimexType } from '../doc/index.ts';
import {
  addMonths, addMonthsToDay, dayNum, daysInMonth, formatDay, formatMonth, formatWeek, isoWeekday, toYMD, type DayNum,
} from './calendar.ts';
import { clockValue, monthDayCandidates } from './day-of-month.ts';
import type { Expr } from './expr.ts';
import { periodInterval, type DayInterval } from './holidays.ts';
import { pickByTense } from './pick.ts';
import type { NamedPeriod, Season, Unit } from './lexicon.ts';
import type { Tense } from './tense.ts';

/** A resolved expression: its TIMEX value, and for dates the days it covers (inclusive). */
export interface Resolved {
  value: string | null;
  type: TimexType;
  granularity: Granularity | null;
  /** First and last day covered; absent for durations, sets and unresolved values. */
  start?: DayNum;
  end?: DayNum;
}

/** What an expression is resolved against. */
export interface ResolveContext {
  /** The article date. */
  ref: DayNum;
  /** Tense of the clause, or of the caller's hint; null when nothing tells. */
  tense: Tense | null;
  /** The date in context for `the day before`, `two days later`; the article date when absent. */
  anchor?: Resolved | null;
  /** Country the article is about (ISO alpha-3), for periods whose dates differ by country. */
  country?: string | null;
  /** Dates the article itself gives for a named period (id -> start/end), from the linking step. */
  linked?: ReadonlyMap<string, Partial<DayInterval>>;
}

type Point = Resolved & { start: DayNum; end: DayNum; value: string };

const UNRESOLVED: Resolved = { value: null, type: 'DATE', granularity: null };

/** A point value of granularity `g` covering `[start, end]`. */
function point(value: string, granularity: Granularity, start: DayNum, end: DayNum): Point {
  return { value, type: 'DATE', granularity, start, end };
}

function dayPoint(n: DayNum): Point {
  return point(formatDay(n), 'day', n, n);
}

/**
 * The period of granularity `g` that holds day `n`, as a value with its first and last day.
 *
 * @example
 * periodAt('week', dayNum(2021, 12, 28)).value; // '2021-W52'
 * periodAt('weekend', dayNum(2021, 12, 28)).value; // '2021-W52-WE' (Jan 1-2, 2022)
 */
export function periodAt(g: 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century', n: DayNum): Point {
  const { year, month } = toYMD(n);
  switch (g) {
    case 'day':
      return dayPoint(n);
    case 'week': {
      const start = n - isoWeekday(n) + 1;
      return point(formatWeek(n), 'week', start, start + 6);
    }
    case 'weekend': {
      const sat = n - isoWeekday(n) + 6;
      return point(`${formatWeek(n)}-WE`, 'weekend', sat, sat + 1);
    }
    case 'month':
      return point(formatMonth(year, month), 'month', dayNum(year, month, 1), dayNum(year, month, daysInMonth(year, month)));
    case 'quarter': {
      const q = Math.floor((month - 1) / 3) + 1;
      return point(`${year}-Q${q}`, 'quarter', dayNum(year, q * 3 - 2, 1), dayNum(year, q * 3 + 1, 1) - 1);
    }
    case 'half': {
      const h = month <= 6 ? 1 : 2;
      return point(`${year}-H${h}`, 'half', dayNum(year, h * 6 - 5, 1), dayNum(year, h * 6 + 1, 1) - 1);
    }
    case 'year':
      return point(String(year), 'year', dayNum(year, 1, 1), dayNum(year, 12, 31));
    case 'decade': {
      const d = Math.floor(year / 10) * 10;
      return point(String(d / 10), 'decade', dayNum(d, 1, 1), dayNum(d + 9, 12, 31));
    }
    case 'century': {
      const c = Math.floor(year / 100) * 100;
      return point(String(c / 100), 'century', dayNum(c, 1, 1), dayNum(c + 99, 12, 31));
    }
  }
}

/** The granularity a counted unit keeps ("in two weeks" is a week). */
function unitGranularity(unit: Unit): 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century' {
  if (unit === 'fortnight') return 'week';
  if (unit === 'hour' || unit === 'minute') return 'day';
  return unit;
}

/**
 * Moves day `n` by `k` units; months clamp the day (Jan 31 + 1 month = Feb 28).
 *
 * @example
 * formatDay(shiftDay('month', dayNum(2021, 1, 31), 1)); // '2021-02-28'
 */
export function shiftDay(unit: Unit | Granularity, n: DayNum, k: number): DayNum {
  switch (unit) {
    case 'day': return n + k;
    case 'week': case 'weekend': return n + 7 * k;
    case 'fortnight': return n + 14 * k;
    case 'month': return addMonthsToDay(n, k);
    case 'quarter': return addMonthsToDay(n, 3 * k);
    case 'half': return addMonthsToDay(n, 6 * k);
    case 'year': return addMonthsToDay(n, 12 * k);
    case 'decade': return addMonthsToDay(n, 120 * k);
    case 'century': return addMonthsToDay(n, 1200 * k);
    case 'hour': return n + Math.trunc(k / 24);
    case 'minute': return n + Math.trunc(k / 1440);
    default: return n;
  }
}

function seasonInterval(season: Season, year: number): Point {
  // Winter is labelled by the year it starts in: 2021-WI is December 2021 to February 2022.
  const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[season];
  const start = dayNum(year, startMonth, 1);
  const endYm = addMonths(year, startMonth, 2);
  return point(`${year}-${season}`, 'season', start, dayNum(endYm.year, endYm.month, daysInMonth(endYm.year, endYm.month)));
}

function yearOf(expr: Expr | undefined, ctx: ResolveContext): number | null {
  if (!expr) return null;
  if (expr.k === 'year') return expr.year;
  if (expr.k === 'relunit' && expr.unit === 'year') return toYMD(ctx.ref).year + expr.offset;
  return null;
}

/** A weekday by tense: past (or no cue) = on or before the article date, future = on or after. */
function resolveWeekday(weekday: number, rel: -1 | 0 | 1 | undefined, week: -1 | 0 | 1 | undefined, ctx: ResolveContext): Point {
  const ref = ctx.ref;
  const wd = isoWeekday(ref);
  if (week !== undefined) return dayPoint(ref - wd + 1 + 7 * week + weekday - 1);
  if (rel === -1) return dayPoint(ref - ((wd - weekday + 7) % 7 || 7));
  if (rel === 1) return dayPoint(ref + ((weekday - wd + 7) % 7 || 7));
  if (rel === 0 && ctx.tense === null) return dayPoint(ref - wd + weekday);
  // The article's own weekday is the article day in either tense: wire style names today by its weekday.
  if (ctx.tense === 'future') return dayPoint(ref + ((weekday - wd + 7) % 7));
  return dayPoint(ref - ((wd - weekday + 7) % 7));
}

function resolveDate(expr: Extract<Expr, { k: 'date' }>, ctx: ResolveContext): Point | null {
  if (expr.year !== undefined) {
    if (expr.day > daysInMonth(expr.year, expr.month)) return null;
    return dayPoint(dayNum(expr.year, expr.month, expr.day));
  }
  const y = toYMD(ctx.ref).year;
  // Feb 29 needs a leap year: look further out.
  const span = expr.month === 2 && expr.day === 29 ? 4 : 1;
  let candidates: Point[] = [];
  for (let k = y - span; k <= y + span; k++) {
    if (expr.day <= daysInMonth(k, expr.month)) candidates.push(dayPoint(dayNum(k, expr.month, expr.day)));
  }
  if (expr.weekday !== undefined) {
    const matching = candidates.filter((c) => isoWeekday(c.start) === expr.weekday);
    if (matching.length) candidates = matching;
  }
  return pickByTense(candidates, ctx.ref, ctx.tense);
}

function resolveMonth(expr: Extract<Expr, { k: 'month' }>, ctx: ResolveContext): Point {
  const { year: y, month: m } = toYMD(ctx.ref);
  const at = (year: number): Point => periodAt('month', dayNum(year, expr.month, 1));
  if (expr.year !== undefined) return at(expr.year);
  if (expr.relYear !== undefined) return at(y + expr.relYear);
  if (expr.rel === -1) return at(expr.month < m ? y : y - 1);
  if (expr.rel === 1) return at(expr.month > m ? y : y + 1);
  if (expr.rel === 0) return at(y);
  return pickByTense([at(y - 1), at(y), at(y + 1)], ctx.ref, ctx.tense)!;
}

function resolveSeason(expr: Extract<Expr, { k: 'season' }>, ctx: ResolveContext): Point {
  const y = toYMD(ctx.ref).year;
  if (expr.year !== undefined) return seasonInterval(expr.season, expr.year);
  const candidates = [y - 2, y - 1, y, y + 1].map((k) => seasonInterval(expr.season, k));
  if (expr.rel === -1) return candidates.filter((c) => c.end < ctx.ref).pop()!;
  if (expr.rel === 1) return candidates.find((c) => c.start > ctx.ref)!;
  if (expr.rel === 0) return candidates.find((c) => c.start <= ctx.ref && c.end >= ctx.ref) ?? seasonInterval(expr.season, y);
  return pickByTense(candidates, ctx.ref, ctx.tense)!;
}

function resolveSub(expr: Extract<Expr, { k: 'sub' }>, ctx: ResolveContext): Point {
  const months = expr.sub === 'Q' ? 3 : 6;
  const at = (year: number): Point => periodAt(expr.sub === 'Q' ? 'quarter' : 'half', dayNum(year, (expr.n - 1) * months + 1, 1));
  const year = yearOf(expr.of, ctx);
  if (year !== null) return at(year);
  const y = toYMD(ctx.ref).year;
  if (ctx.tense === null) return at(y);
  return pickByTense([at(y - 1), at(y), at(y + 1)], ctx.ref, ctx.tense)!;
}

/** The occurrence of a named period, with dates the article gave taking precedence. */
function resolveNamed(expr: Extract<Expr, { k: 'named' }>, ctx: ResolveContext): Point | null {
  const period: NamedPeriod = expr.period;
  const rule = (ctx.country && period.countries?.[ctx.country]) || period.rule;
  const link = ctx.linked?.get(period.id);
  const y = toYMD(ctx.ref).year;
  const years = expr.year !== undefined ? [expr.year] : [y - 1, y, y + 1];
  const occurrences = (ys: number[]): DayInterval[] => ys.flatMap((k) => periodInterval(rule, k) ?? []);
  if (link && expr.rel === undefined && (link.start !== undefined || link.end !== undefined)) {
    // The article states an edge: it speaks of the occurrence that edge belongs to. A period with
    // no dates of its own takes them from the article; otherwise the stated date replaces the rule's
    // edge in the occurrence it falls near (within 60 days), and a date far from any is ignored.
    if (rule.kind === 'linked') return intervalPoint({ start: link.start ?? link.end!, end: link.end ?? link.start! });
    const edge = link.end ?? link.start!;
    const ey = toYMD(edge).year;
    let best: DayInterval | null = null;
    for (const c of occurrences([ey - 1, ey, ey + 1])) {
      const d = Math.abs((link.end !== undefined ? c.end : c.start) - edge);
      if (d <= 60 && (!best || d < Math.abs((link.end !== undefined ? best.end : best.start) - edge))) best = c;
    }
    if (best) {
      const merged = { start: link.start ?? best.start, end: link.end ?? best.end };
      if (merged.start <= merged.end && (expr.year === undefined || toYMD(merged.start).year === expr.year)) return intervalPoint(merged);
    }
  }
  const candidates = occurrences(years);
  let chosen: DayInterval | null;
  if (expr.rel === -1) chosen = candidates.filter((c) => c.start < ctx.ref).pop() ?? null;
  else if (expr.rel === 1) chosen = candidates.find((c) => c.start > ctx.ref) ?? null;
  else if (expr.rel === 0) chosen = candidates.find((c) => toYMD(c.start).year === y) ?? null;
  else chosen = pickByTense(candidates, ctx.ref, ctx.tense);
  return chosen ? intervalPoint(chosen) : null;
}

/** A single day as a day, a longer stretch as a day range. */
function intervalPoint(iv: DayInterval): Point {
  return iv.start === iv.end ? dayPoint(iv.start) : dayRange(iv.start, iv.end);
}

/** The first and last values of a point or range, for building `A/B`. */
function startValue(r: Point): string {
  const i = r.value.indexOf('/');
  return i < 0 ? r.value : r.value.slice(0, i);
}

function endValue(r: Point): string {
  const i = r.value.indexOf('/');
  return i < 0 ? r.value : r.value.slice(i + 1);
}

const UNIT_GRANULARITIES = new Set<Granularity>(['day', 'week', 'month', 'quarter', 'half', 'year', 'decade', 'century']);

/** The unit after (k = 1) or before (k = -1) a point, at its own granularity; a stretch gives the day after or before it. */
function neighbour(r: Point, k: 1 | -1): Point {
  if (r.granularity && UNIT_GRANULARITIES.has(r.granularity)) {
    const g = r.granularity as 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';
    return periodAt(g, shiftDay(g, r.start, k));
  }
  return dayPoint(k > 0 ? r.end + 1 : r.start - 1);
}

function range(from: Point, to: Point): Point {
  return point(`${startValue(from)}/${endValue(to)}`, 'range', from.start, to.end);
}

function dayRange(start: DayNum, end: DayNum): Point {
  return point(`${formatDay(start)}/${formatDay(end)}`, 'range', start, end);
}

/** early / mid / late thirds of a period, one unit finer than the period. */
function third(r: Point, part: 'early' | 'mid' | 'late' | 'start' | 'end'): Point {
  const { year } = toYMD(r.start);
  switch (r.granularity) {
    case 'year': {
      if (part === 'start') return periodAt('month', r.start);
      if (part === 'end') return periodAt('month', r.end);
      const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
      return point(`${formatMonth(year, a)}/${formatMonth(year, b)}`, 'range', dayNum(year, a, 1), dayNum(year, b + 1, 1) - 1);
    }
    case 'month': {
      const { month } = toYMD(r.start);
      const last = daysInMonth(year, month);
      const [a, b] = part === 'early' || part === 'start' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
      return dayRange(dayNum(year, month, a), dayNum(year, month, b));
    }
    case 'decade': {
      const [a, b] = part === 'early' || part === 'start' ? [0, 3] : part === 'mid' ? [4, 6] : [7, 9];
      return point(`${year + a}/${year + b}`, 'range', dayNum(year + a, 1, 1), dayNum(year + b, 12, 31));
    }
    case 'century': {
      const [a, b] = part === 'early' || part === 'start' ? [0, 32] : part === 'mid' ? [33, 65] : [66, 99];
      return point(`${year + a}/${year + b}`, 'range', dayNum(year + a, 1, 1), dayNum(year + b, 12, 31));
    }
    default: {
      // Weeks, quarters, seasons, stretches: thirds of the days.
      const len = r.end - r.start + 1;
      const t = Math.max(1, Math.round(len / 3));
      if (part === 'early' || part === 'start') return dayRange(r.start, r.start + t - 1);
      if (part === 'mid') return dayRange(r.start + t, Math.max(r.start + t, r.end - t));
      return dayRange(r.end - t + 1, r.end);
    }
  }
}

function durationValue(unit: Unit, n: number | null): { value: string; granularity: Granularity | null } {
  const x = (k: number): string => (n === null ? 'X' : String(n * k));
  switch (unit) {
    case 'day': return { value: `P${x(1)}D`, granularity: 'day' };
    case 'week': return { value: `P${x(1)}W`, granularity: 'week' };
    case 'fortnight': return { value: `P${x(2)}W`, granularity: 'week' };
    case 'weekend': return { value: `P${x(2)}D`, granularity: 'day' };
    case 'month': return { value: `P${x(1)}M`, granularity: 'month' };
    case 'quarter': return { value: `P${x(3)}M`, granularity: 'month' };
    case 'year': return { value: `P${x(1)}Y`, granularity: 'year' };
    case 'decade': return { value: `P${x(10)}Y`, granularity: 'decade' };
    case 'century': return { value: `P${x(100)}Y`, granularity: 'century' };
    case 'hour': return { value: `PT${x(1)}H`, granularity: null };
    case 'minute': return { value: `PT${x(1)}M`, granularity: null };
  }
}

/** Resolves to a point (anything with days), or null. */
function resolvePoint(expr: Expr, ctx: ResolveContext): Point | null {
  const r = resolveExpr(expr, ctx);
  return r.value !== null && r.start !== undefined && r.end !== undefined ? (r as Point) : null;
}

/**
 * Resolves an expression against the article date, the clause tense and the context: the TIMEX value
 * with its granularity and the days it covers. Pure: everything it needs is in `ctx`.
 *
 * @example
 * resolveExpr({ k: 'weekday', weekday: 1 }, { ref: dayNum(2021, 12, 28), tense: 'past' }).value; // '2021-12-27'
 * resolveExpr({ k: 'relunit', unit: 'week', offset: -1 }, { ref: dayNum(2021, 1, 4), tense: null }).value; // '2020-W53'
 */
export function resolveExpr(expr: Expr, ctx: ResolveContext): Resolved {
  const ref = ctx.ref;
  switch (expr.k) {
    case 'date':
      return resolveDate(expr, ctx) ?? UNRESOLVED;
    case 'numeric': {
      // Day/month order is unclear (12/01/2022): the reading nearer the article date wins, since news
      // dates sit close to publication; on a tie, month first.
      const readings = [[expr.a, expr.b], [expr.b, expr.a]]
        .filter(([m, d]) => m! <= 12 && d! <= daysInMonth(expr.year, m!))
        .map(([m, d]) => dayNum(expr.year, m!, d!));
      if (!readings.length) return UNRESOLVED;
      readings.sort((x, y) => Math.abs(x - ref) - Math.abs(y - ref));
      return dayPoint(readings[0]!);
    }
    case 'month':
      return resolveMonth(expr, ctx);
    case 'year':
      return periodAt('year', dayNum(expr.year, 1, 1));
    case 'decade': {
      let start = expr.start;
      if (expr.twoDigit) {
        // '90s: the latest such decade that has begun by the article date.
        const refYear = toYMD(ref).year;
        start = Math.floor(refYear / 100) * 100 + expr.start;
        if (start > refYear) start -= 100;
      }
      return periodAt('decade', dayNum(start, 1, 1));
    }
    case 'century':
      return periodAt('century', dayNum((expr.ordinal - 1) * 100, 1, 1));
    case 'season':
      return resolveSeason(expr, ctx);
    case 'sub':
      return resolveSub(expr, ctx);
    case 'weekday':
      return resolveWeekday(expr.weekday, expr.rel, expr.week, ctx);
    case 'relday':
      return dayPoint(ref + expr.offset);
    case 'monthday':
      return pickByTense(monthDayCandidates(expr.day, ref).map(dayPoint), ref, ctx.tense) ?? UNRESOLVED;
    case 'clock': {
      // The day written with it, else the day in context, else the article date.
      const day = expr.day ? resolvePoint(expr.day, ctx) : ctx.anchor?.granularity === 'day' && ctx.anchor.start !== undefined ? dayPoint(ctx.anchor.start) : dayPoint(ref);
      if (!day || day.granularity !== 'day') return UNRESOLVED;
      return { value: clockValue(day.start, expr.hour, expr.minute, expr.utc === true), type: 'TIME', granularity: 'day', start: day.start, end: day.end };
    }
    case 'relunit':
      return periodAt(unitGranularity(expr.unit), shiftDay(expr.unit, ref, expr.offset));
    case 'anchored': {
      const base = ctx.anchor?.start ?? ref;
      return periodAt(unitGranularity(expr.unit), shiftDay(expr.unit, base, expr.offset));
    }
    case 'rolling': {
      const other = shiftDay(expr.unit, ref, expr.dir * expr.n);
      return expr.dir < 0 ? dayRange(other, ref) : dayRange(ref, other);
    }
    case 'weekend': {
      const wd = isoWeekday(ref);
      let week = expr.rel ?? 0;
      // Bare "the weekend": the one just gone unless the clause looks ahead (or today is the weekend).
      if (expr.rel === undefined && ctx.tense !== 'future' && wd < 6) week = -1;
      return periodAt('weekend', ref + 7 * week);
    }
    case 'named':
      return resolveNamed(expr, ctx) ?? UNRESOLVED;
    case 'part': {
      const of = resolvePoint(expr.of, ctx);
      if (!of) return UNRESOLVED;
      if (expr.part === 'earlier' || expr.part === 'later') {
        if (of.granularity === 'day') return of; // "earlier in the day" is that day
        // Before or after the article date within the period; a period wholly past or ahead has no "now" in it.
        if (expr.part === 'earlier' && of.start < ref && ref <= of.end) return dayRange(of.start, ref - 1);
        if (expr.part === 'later' && of.start <= ref && ref < of.end) return dayRange(ref + 1, of.end);
        return third(of, expr.part === 'earlier' ? 'early' : 'late');
      }
      return third(of, expr.part);
    }
    case 'nthweek': {
      const of = resolvePoint(expr.of, ctx);
      if (!of) return UNRESOLVED;
      // Weeks of a month or year count in days from its first (or back from its last) day.
      if (expr.n < 0) return dayRange(Math.max(of.start, of.end - 6), of.end);
      const start = of.start + (expr.n - 1) * 7;
      if (start > of.end) return UNRESOLVED;
      return dayRange(start, Math.min(start + 6, of.end));
    }
    case 'shift': {
      const of = resolvePoint(expr.of, ctx);
      if (!of) return UNRESOLVED;
      const base = expr.offset < 0 ? of.start : of.end;
      return periodAt(unitGranularity(expr.unit), shiftDay(expr.unit, base, expr.offset));
    }
    case 'range': {
      const fromExpr = borrowYear(expr.from, expr.to);
      const from = resolvePoint(fromExpr, ctx);
      if (!from) return UNRESOLVED;
      let to = resolvePoint(withYearOf(expr.to, fromExpr), { ...ctx, anchor: from });
      // "from Monday to Wednesday", "from November to March": the end comes after the start.
      if (to && to.end < from.start) to = resolvePoint(expr.to, { ...ctx, ref: from.start, tense: 'future' });
      if (!to) return UNRESOLVED;
      return range(from, to);
    }
    case 'open': {
      const of = resolvePoint(expr.of, ctx);
      if (!of) return UNRESOLVED;
      // "before 1am", "from 9am": a time of day bounds the range itself, not its day.
      if (of.type === 'TIME') {
        const opensAfter = expr.how === 'from' || expr.how === 'after' || expr.how === 'startof';
        return { ...of, value: opensAfter ? `${of.value}/..` : `../${of.value}`, granularity: 'range', start: opensAfter ? of.start : -Infinity, end: opensAfter ? Infinity : of.end };
      }
      switch (expr.how) {
        case 'from': return point(`${startValue(of)}/..`, 'range', of.start, Infinity);
        case 'until': return point(`../${endValue(of)}`, 'range', -Infinity, of.end);
        case 'after': {
          const n = neighbour(of, 1);
          return point(`${startValue(n)}/..`, 'range', n.start, Infinity);
        }
        case 'before': {
          const n = neighbour(of, -1);
          return point(`../${endValue(n)}`, 'range', -Infinity, n.end);
        }
        case 'endof': return point(`../${formatDay(of.end)}`, 'range', -Infinity, of.end);
        case 'startof': return point(`${formatDay(of.start)}/..`, 'range', of.start, Infinity);
      }
      return UNRESOLVED;
    }
    case 'duration': {
      const d = durationValue(expr.unit, expr.n);
      return { value: d.value, type: 'DURATION', granularity: d.granularity };
    }
    case 'set': {
      if (expr.weekday !== undefined) return { value: `XXXX-WXX-${expr.weekday}`, type: 'SET', granularity: 'day' };
      const d = durationValue(expr.unit ?? 'day', expr.n ?? 1);
      return { value: d.value, type: 'SET', granularity: d.granularity };
    }
    case 'vague':
      return UNRESOLVED;
  }
}

/** "from March to May 2022": the start borrows the end's year when it has none. */
function withYearOf(to: Expr, from: Expr): Expr {
  if (to.k === 'date' && to.year === undefined && from.k === 'date' && from.year !== undefined) return { ...to, year: from.year };
  return to;
}

/**
 * Makes the start of a range borrow the year written at its end (`March to May 2022`); a start
 * month after the end month is in the year before (`November to March 2022`).
 *
 * @example
 * borrowYear({ k: 'month', month: 3 }, { k: 'month', month: 5, year: 2022 }); // { k: 'month', month: 3, year: 2022 }
 */
export function borrowYear(from: Expr, to: Expr): Expr {
  const y = to.k === 'date' || to.k === 'month' ? to.year : undefined;
  if (y === undefined) return from;
  if (from.k === 'date' && from.year === undefined) return { ...from, year: to.k === 'date' && from.month > to.month ? y - 1 : y };
  if (from.k === 'month' && from.year === undefined && from.rel === undefined && from.relYear === undefined) {
    return { ...from, year: to.k === 'month' && from.month > to.month ? y - 1 : y };
  }
  return from;
}
