import Database from 'better-sqlite3';
import type { EventStatus, PloverType } from '../../doc/types.ts';
import { DatelineError } from '../../errors.ts';
import { QUAD_CLASS } from '../../events/quad-class.ts';
import { toFtsQuery } from '../fts-query.ts';
import { statement } from '../statements.ts';
import type { EventFilter, Interval } from './types.ts';

/** SQL conditions over alias `e` (the events table), `AND`-joined, with their bound parameters. */
export interface FilterSql {
  /** A WHERE body; `1` when nothing restricts. Built from constant text only. */
  where: string;
  params: Record<string, string | number>;
}

/** Every event status, in the order the CLI and API list them. */
export const EVENT_STATUSES: readonly EventStatus[] = ['occurred', 'scheduled', 'denied', 'hypothetical'];

/** What an event list shows unless asked otherwise: denied and hypothetical events did not happen. */
export const DEFAULT_STATUSES: readonly EventStatus[] = ['occurred', 'scheduled'];

const INTERVALS: readonly Interval[] = ['day', 'week', 'month'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Throws `E_USAGE` naming the option, the value and what was expected. */
export function badValue(option: string, value: unknown, expected: string): never {
  throw new DatelineError('E_USAGE', { detail: `bad ${option} ${JSON.stringify(value)}: expected ${expected}` });
}

/**
 * Checks an inclusive `YYYY-MM-DD` bound that is also a real calendar day: dates compare as text in
 * SQL, so `2021-1-5` or `2021-02-30` would silently select the wrong rows.
 *
 * @throws DatelineError `E_USAGE_BAD_DATE`.
 * @example
 * checkDay(filter.since, 'since');
 */
export function checkDay(value: string | undefined, option: string): void {
  if (value === undefined) return;
  const ok = typeof value === 'string' && ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new DatelineError('E_USAGE_BAD_DATE', { value: JSON.stringify(value), option });
}

/**
 * Checks a page size: a whole number from 1 to `max`.
 *
 * @throws DatelineError `E_USAGE`.
 * @example
 * checkLimit(page.limit, 'limit', 1000);
 */
export function checkLimit(value: number, option: string, max: number): void {
  if (!(Number.isInteger(value) && value >= 1 && value <= max)) badValue(option, value, `a whole number from 1 to ${max}`);
}

/**
 * Checks a time-series interval.
 *
 * @throws DatelineError `E_USAGE` for anything but day, week or month.
 * @example
 * checkInterval('week');
 */
export function checkInterval(value: string): asserts value is Interval {
  if (!(INTERVALS as readonly string[]).includes(value)) badValue('interval', value, INTERVALS.join(', '));
}

/**
 * Checks an actor code or id (`RUS`, `NATO`, `person:sergey-lavrov`) and says which event_actors
 * column holds it: an id has a colon and a code never does, except the fallback code of an actor
 * without a country, which is its id and so is found by id too.
 *
 * @throws DatelineError `E_USAGE` for an empty value.
 * @example
 * actorColumn('RUS'); // 'code'
 */
export function actorColumn(value: string, option = 'actor'): 'code' | 'actor_id' {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) badValue(option, value, 'an actor code such as RUS or NATO, or an actor id');
  return value.includes(':') ? 'actor_id' : 'code';
}

/**
 * The FTS5 expression for a `q` filter, checked against the index so a syntax error is the user's
 * `E_STORE_BAD_QUERY` now rather than an SQLite error in the middle of a page or an export.
 *
 * @throws DatelineError `E_STORE_BAD_QUERY` when blank or rejected by FTS5.
 * @example
 * ftsMatch(db, 'security guarantees'); // '"security" "guarantees"'
 */
export function ftsMatch(db: Database.Database, q: string): string {
  const match = typeof q === 'string' ? toFtsQuery(q) : '';
  if (match === '') throw new DatelineError('E_STORE_BAD_QUERY', { query: JSON.stringify(q), detail: 'the query is empty' });
  try {
    statement(db, 'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1').get(match);
  } catch (cause) {
    if (cause instanceof Database.SqliteError && cause.code === 'SQLITE_ERROR') {
      throw new DatelineError('E_STORE_BAD_QUERY', { query: JSON.stringify(q), detail: cause.message }, {}, { cause });
    }
    throw cause;
  }
  return match;
}

/** Events (ids) in which `param` takes part, in `role` when given. */
export function actorEventsSql(column: 'code' | 'actor_id', param: string, role?: 'source' | 'target'): string {
  return `SELECT event_id FROM event_actors WHERE ${column} = @${param}${role ? ` AND role = '${role}'` : ''}`;
}

/**
 * Validates an event filter and turns it into SQL over alias `e` with bound parameters. Every value
 * travels as a parameter; only the shape of the SQL (how many types, which column) varies.
 *
 * @param db - The connection, to check a full-text `q` against the index.
 * @param filter - The filter; status defaults to occurred and scheduled.
 * @returns The WHERE body and its parameters (names start with `f_`).
 * @throws DatelineError `E_USAGE_BAD_DATE`, `E_USAGE` or `E_STORE_BAD_QUERY` for a bad value.
 * @example
 * const { where, params } = eventFilterSql(db, { dyad: ['RUS', 'USA'], since: '2022-01-01' });
 * db.prepare(`SELECT count(*) FROM events e WHERE ${where}`).get(params);
 */
export function eventFilterSql(db: Database.Database, filter: EventFilter): FilterSql {
  checkDay(filter.since, 'since');
  checkDay(filter.until, 'until');
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const list = <T extends string>(name: string, values: readonly T[], allowed: readonly string[], column: string): void => {
    if (!Array.isArray(values) || values.length === 0) badValue(name, values, `a non-empty list of ${allowed.join(', ')}`);
    const unique = [...new Set(values)];
    unique.forEach((v, i) => {
      if (!allowed.includes(v)) badValue(name, v, allowed.join(', '));
      params[`f_${name}${i}`] = v;
    });
    where.push(`${column} IN (${unique.map((_, i) => `@f_${name}${i}`).join(', ')})`);
  };
  list('status', filter.status ?? DEFAULT_STATUSES, EVENT_STATUSES, 'e.status');
  if (filter.type !== undefined) list<PloverType>('type', filter.type, Object.keys(QUAD_CLASS), 'e.type');
  if (filter.mode !== undefined) {
    if (typeof filter.mode !== 'string' || filter.mode.trim() === '') badValue('mode', filter.mode, 'a PLOVER mode');
    where.push('e.mode = @f_mode');
    params.f_mode = filter.mode;
  }
  if (filter.since !== undefined) {
    where.push('e.day >= @f_since');
    params.f_since = filter.since;
  }
  if (filter.until !== undefined) {
    where.push('e.day <= @f_until');
    params.f_until = filter.until;
  }
  if (filter.actor !== undefined) {
    where.push(`e.id IN (${actorEventsSql(actorColumn(filter.actor), 'f_actor')})`);
    params.f_actor = filter.actor;
  }
  if (filter.dyad !== undefined) {
    if (!Array.isArray(filter.dyad) || filter.dyad.length !== 2) badValue('dyad', filter.dyad, 'two actor codes, e.g. RUS,USA');
    const [a, b] = filter.dyad;
    const ca = actorColumn(a, 'dyad');
    const cb = actorColumn(b, 'dyad');
    // Either direction: a source-side match of one and a target-side match of the other on the same event.
    where.push(`(e.id IN (SELECT s.event_id FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target'
        WHERE s.role = 'source' AND ((s.${ca} = @f_dyadA AND t.${cb} = @f_dyadB) OR (s.${cb} = @f_dyadB AND t.${ca} = @f_dyadA))))`);
    params.f_dyadA = a;
    params.f_dyadB = b;
  }
  if (filter.q !== undefined) {
    // Article-level full text through the FTS index: stemmed and fast, where a LIKE over sentences
    // would scan every row. An event matches when its article does.
    where.push('e.article_id IN (SELECT a.id FROM articles a WHERE a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @f_q))');
    params.f_q = ftsMatch(db, filter.q);
  }
  return { where: where.join(' AND ') || '1', params };
}

/**
 * The SQL expression for the first day of an event's period, over `e.day`. Constant per interval.
 *
 * @example
 * periodSql('week'); // Monday on or before e.day
 */
export function periodSql(interval: Interval): string {
  checkInterval(interval);
  if (interval === 'day') return 'e.day';
  // `weekday 1` moves forward to the next Monday, so start six days back to land on or before.
  if (interval === 'week') return "date(e.day, '-6 days', 'weekday 1')";
  return "substr(e.day, 1, 7) || '-01'";
}
