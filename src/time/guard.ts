import { formatDay, type DayNum } from './calendar.ts';
import type { Expr } from './expr.ts';
import type { Resolved } from './resolve.ts';
import { shiftDay } from './resolve.ts';

/**
 * The last check on every resolved date: news does not reach more than a century back without saying
 * which year. A relative expression that lands there ("eight decades earlier" counted from a date that
 * was itself long ago) has followed a wrong anchor; it is better unresolved than wild.
 */

/**
 * Does the expression write its year out: a four-digit year, a decade (`the 1930s`) or an ordinal
 * century (`the 19th century`)? Relative parts ("last century", "two decades ago") do not count.
 *
 * @example
 * writesYear({ k: 'year', year: 1936 }); // true
 * writesYear({ k: 'anchored', unit: 'decade', offset: -8 }); // false
 */
export function writesYear(expr: Expr): boolean {
  switch (expr.k) {
    case 'date': case 'month': case 'season': return expr.year !== undefined;
    case 'numeric': case 'year': case 'century': return true;
    case 'decade': return !expr.twoDigit;
    case 'named': return expr.year !== undefined;
    case 'sub': return expr.of !== undefined && writesYear(expr.of);
    case 'part': case 'nthweek': case 'shift': case 'open': return writesYear(expr.of);
    case 'range': return writesYear(expr.from) || writesYear(expr.to);
    case 'clock': return expr.day !== undefined && writesYear(expr.day);
    default: return false;
  }
}

/**
 * Why a resolved value must be dropped, or null when it stands: a value that ends more than a century
 * before the article date, from an expression that does not write its year out.
 *
 * @example
 * tooFarBack({ k: 'anchored', unit: 'decade', offset: -8 }, resolved1850s, dayNum(2018, 3, 16));
 * // 'resolved to 185, more than a century before the article date 2018-03-16, and no year is written: left unresolved'
 */
export function tooFarBack(expr: Expr, r: Resolved, ref: DayNum): string | null {
  if (r.value === null || r.end === undefined || !Number.isFinite(r.end)) return null;
  if (r.end >= shiftDay('century', ref, -1) || writesYear(expr)) return null;
  return `resolved to ${r.value}, more than a century before the article date ${formatDay(ref)}, and no year is written: left unresolved`;
}
