import Database from 'better-sqlite3';
import { DatelineError } from '../../errors.ts';
import { toFtsQuery } from '../fts-query.ts';
import { statement } from '../statements.ts';
import { resolveActorRefs, type ActorMatch } from './actor-refs.ts';
import {
  checkActorRefs, checkDayValue, checkMinConfidence, checkModes, checkStatuses, checkTypes, DEFAULT_STATUSES, FilterValueError, PLOVER_MODE_NAMES,
  type FilterParse,
} from './filter-spec.ts';
import { DEFAULT_MIN_CONFIDENCE } from '../../events/confidence.ts';
import type { EventFilter, Interval } from './types.ts';

/** SQL conditions over alias `e` (the events table), `AND`-joined, with their bound parameters. */
export interface FilterSql {
  /** A WHERE body; `1` when nothing restricts. Built from constant text only. */
  where: string;
  params: Record<string, string | number>;
}

export { EVENT_STATUSES, DEFAULT_STATUSES } from './filter-spec.ts';

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

// The value of a parse, or the issue thrown: code that builds a filter by hand gets the same
// message a user does.
function valueOf<T>(parsed: FilterParse<T>): T {
  if (!parsed.ok) throw new FilterValueError(parsed.issue);
  return parsed.value;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

/** Adds one parameter per value and returns their names, `@f_actor0, @f_actor1`. */
function bindAll(params: Record<string, string | number>, prefix: string, values: readonly string[]): string {
  return values.map((v, i) => {
    params[`${prefix}${i}`] = v;
    return `@${prefix}${i}`;
  }).join(', ');
}

/**
 * A condition over event_actors alias `x` that is true when the row is one of `matches`: one `IN`
 * per column, so each reads its index.
 */
function matchSql(params: Record<string, string | number>, prefix: string, x: string, matches: readonly ActorMatch[]): string {
  const byColumn = new Map<ActorMatch['column'], string[]>();
  for (const m of matches) {
    const values = byColumn.get(m.column) ?? [];
    if (!values.includes(m.value)) values.push(m.value);
    byColumn.set(m.column, values);
  }
  const parts = [...byColumn].map(([column, values]) => `${x}.${column} IN (${bindAll(params, `${prefix}_${column}_`, values)})`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

// A mode outside the codebook is still a real one when stored events carry it (a user's lexicon).
function checkModesExist(db: Database.Database, modes: readonly string[]): void {
  for (const mode of modes) {
    if (PLOVER_MODE_NAMES.includes(mode)) continue;
    if (statement(db, 'SELECT 1 FROM events WHERE mode = ? LIMIT 1').get(mode) === undefined) {
      throw new FilterValueError({ filter: 'mode', value: mode, reason: `no such mode; PLOVER's are ${PLOVER_MODE_NAMES.join(', ')}` });
    }
  }
}

/**
 * Validates an event filter and turns it into SQL over alias `e` with bound parameters. Every value
 * travels as a parameter; only the shape of the SQL (how many values, which column) varies. Values
 * are read as the CLI and API read them (filter-spec.ts): codes and statuses in any case, actors by
 * code, id or name, so a caller in code gets what a user gets.
 *
 * @param db - The connection, to resolve actor names and check a full-text `q` against the index.
 * @param filter - The filter; status defaults to occurred and scheduled, min_confidence to
 *   DEFAULT_MIN_CONFIDENCE (DECISIONS §3; 0 shows every event, and an event without a confidence is
 *   always shown).
 * @returns The WHERE body and its parameters (names start with `f_`).
 * @throws FilterValueError (`E_USAGE_BAD_FILTER`) for a bad or unknown value, DatelineError
 *   `E_STORE_BAD_QUERY` for bad full-text syntax.
 * @example
 * const { where, params } = eventFilterSql(db, { dyad: ['russia', 'USA'], since: '2022-01-01' });
 * db.prepare(`SELECT count(*) FROM events e WHERE ${where}`).get(params);
 */
export function eventFilterSql(db: Database.Database, filter: EventFilter): FilterSql {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const statuses = valueOf(checkStatuses(asList(filter.status ?? DEFAULT_STATUSES)));
  where.push(`e.status IN (${bindAll(params, 'f_status', statuses)})`);
  const minConfidence = filter.min_confidence ?? DEFAULT_MIN_CONFIDENCE;
  if (minConfidence !== 0) {
    // Each branch reads an index (events_confidence; the covering filter indexes hold the column).
    where.push('(e.confidence >= @f_min_confidence OR e.confidence IS NULL)');
    params.f_min_confidence = valueOf(checkMinConfidence(String(minConfidence)));
  }
  if (filter.type !== undefined) where.push(`e.type IN (${bindAll(params, 'f_type', valueOf(checkTypes(asList(filter.type))))})`);
  if (filter.mode !== undefined) {
    const modes = valueOf(checkModes(asList(filter.mode)));
    checkModesExist(db, modes);
    where.push(`e.mode IN (${bindAll(params, 'f_mode', modes)})`);
  }
  if (filter.since !== undefined) {
    where.push('e.day >= @f_since');
    params.f_since = valueOf(checkDayValue('since', filter.since));
  }
  if (filter.until !== undefined) {
    where.push('e.day <= @f_until');
    params.f_until = valueOf(checkDayValue('until', filter.until));
  }
  if (filter.actor !== undefined) {
    const matches = resolveActorRefs(db, 'actor', valueOf(checkActorRefs('actor', asList(filter.actor)))).flat();
    where.push(`e.id IN (SELECT x.event_id FROM event_actors x WHERE ${matchSql(params, 'f_actor', 'x', matches)})`);
  }
  if (filter.dyad !== undefined) {
    const refs = asList(filter.dyad).map((r) => r.trim());
    if (refs.length !== 2) throw new FilterValueError({ filter: 'dyad', value: refs.join(','), reason: 'expected two actors separated by a comma, e.g. RUS,USA' });
    valueOf(checkActorRefs('dyad', refs));
    const [a, b] = resolveActorRefs(db, 'dyad', refs) as [ActorMatch[], ActorMatch[]];
    // The same values bound under the same names twice: each side's parameters serve both directions.
    const sa = matchSql(params, 'f_dyadA', 's', a);
    const tb = matchSql(params, 'f_dyadB', 't', b);
    const sb = matchSql(params, 'f_dyadB', 's', b);
    const ta = matchSql(params, 'f_dyadA', 't', a);
    // Either direction: a source-side match of one and a target-side match of the other on the same event.
    where.push(`(e.id IN (SELECT s.event_id FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target'
        WHERE s.role = 'source' AND ((${sa} AND ${tb}) OR (${sb} AND ${ta}))))`);
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
