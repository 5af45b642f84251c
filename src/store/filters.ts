import { DatelineError } from '../errors.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks an inclusive date bound before it reaches SQL. Dates are compared as text, so a bound
 * like `2021-1-5` would not fail, it would silently select the wrong articles.
 *
 * @param value - The bound, or undefined for none.
 * @param option - Option name for the message (`since`, `until`).
 * @throws DatelineError `E_USAGE_BAD_DATE` when `value` is not `YYYY-MM-DD`.
 * @example
 * checkDateBound(options.since, 'since');
 */
export function checkDateBound(value: string | undefined, option: string): void {
  if (value !== undefined && !ISO_DATE.test(value)) {
    throw new DatelineError('E_USAGE_BAD_DATE', { value: JSON.stringify(value), option });
  }
}

/**
 * Checks a paging value (limit, offset): a non-negative integer.
 *
 * @param value - The value, or undefined for none.
 * @param option - Option name for the message.
 * @throws RangeError otherwise: paging comes from code, not from free text.
 * @example
 * checkCount(options.limit, 'limit');
 */
export function checkCount(value: number | undefined, option: string): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
    throw new RangeError(`${option} must be a non-negative integer, got ${value}`);
  }
}

/** A date/source filter as SQL conditions over table alias `a`, with its bound parameters. */
export interface ArticleFilter {
  /** `AND`-joined conditions, each a constant string; empty for no filter. */
  conditions: string[];
  params: Record<string, string>;
}

/**
 * Builds the WHERE conditions shared by listing and search. Only constant SQL is produced;
 * the values travel as bound parameters.
 *
 * @param filter - Inclusive date bounds and an exact source.
 * @returns Conditions over alias `a` (the articles table) and their parameters.
 * @throws DatelineError `E_USAGE_BAD_DATE` for a malformed bound.
 * @example
 * const { conditions, params } = articleFilter({ since: '2021-12-01', source: 'Reuters' });
 */
export function articleFilter(filter: { since?: string; until?: string; source?: string }): ArticleFilter {
  checkDateBound(filter.since, 'since');
  checkDateBound(filter.until, 'until');
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  if (filter.since !== undefined) {
    conditions.push('a.date >= @since');
    params.since = filter.since;
  }
  if (filter.until !== undefined) {
    conditions.push('a.date <= @until');
    params.until = filter.until;
  }
  if (filter.source !== undefined) {
    conditions.push('a.source = @source');
    params.source = filter.source;
  }
  return { conditions, params };
}
