import type Database from 'better-sqlite3';
import { statement } from '../statements.ts';
import { resolveActorParam } from './actor-param.ts';
import { actorColumn, eventFilterSql, periodSql } from './filter-sql.ts';
import type { EventFilter, Interval, QuadBucket } from './types.ts';

/** Per-quad sums over `e.quad` (PLOVER quad_code 1..4), as {@link QuadBucket} columns. */
export const QUAD_SUMS = `sum(e.quad = 1) AS verbal_cooperation, sum(e.quad = 2) AS material_cooperation,
  sum(e.quad = 3) AS verbal_conflict, sum(e.quad = 4) AS material_conflict, count(*) AS total`;

/**
 * Event counts per period and quad class, ascending; periods without events are left out.
 * Counted in SQLite (GROUP BY), never by loading rows.
 *
 * @param db - The open connection.
 * @param filter - The event filter.
 * @param interval - `day`, `week` (periods start on Monday) or `month`; `period` is the first day.
 * @returns One bucket per period that has events.
 * @throws DatelineError for a bad filter value or interval.
 * @example
 * eventHistogram(store.db, { actor: 'RUS' }, 'week');
 * // [{ period: '2021-12-27', verbal_cooperation: 3, material_cooperation: 0, verbal_conflict: 2, material_conflict: 1, total: 6 }, ...]
 */
export function eventHistogram(db: Database.Database, filter: EventFilter, interval: Interval): QuadBucket[] {
  const period = periodSql(interval);
  const { where, params } = eventFilterSql(db, filter);
  return statement(db, `SELECT ${period} AS period, ${QUAD_SUMS} FROM events e
    WHERE ${where} GROUP BY period ORDER BY period`).all(params) as QuadBucket[];
}

/**
 * The histogram of events between two actors, either direction: {@link eventHistogram} with a dyad.
 *
 * @param a - One actor as the event filters take one: a code in any case, a class code (`IGO`), an
 *   actor id or a name (`Russia`).
 * @param b - The other.
 * @throws FilterValueError (`E_USAGE_BAD_FILTER`, option `a` or `b`) for an actor nothing matches;
 *   DatelineError for a bad filter value or interval.
 * @example
 * dyadSeries(store.db, 'russia', 'USA', { since: '2022-01-01' }, 'month');
 */
export function dyadSeries(db: Database.Database, a: string, b: string, filter: EventFilter, interval: Interval): QuadBucket[] {
  actorColumn(a, 'a');
  actorColumn(b, 'b');
  // Checked here so an unknown one is named as given (`a`, `b`), not as the dyad filter it becomes.
  resolveActorParam(db, 'a', a);
  resolveActorParam(db, 'b', b);
  return eventHistogram(db, { ...filter, dyad: [a.trim(), b.trim()] }, interval);
}

/**
 * Events per ISO alpha-3 country, most first: an event counts once for each distinct country among
 * its sources and targets; organisations (IGO, NGO) and unplaced actors are left out.
 *
 * @param db - The open connection.
 * @param filter - The event filter.
 * @returns `{country, events}` rows.
 * @example
 * countryCounts(store.db, { type: ['ASSAULT'] }); // [{ country: 'UKR', events: 12 }, ...]
 */
export function countryCounts(db: Database.Database, filter: EventFilter): { country: string; events: number }[] {
  const { where, params } = eventFilterSql(db, filter);
  // event_codes (migration 004): one row per (code, event) with the event's filter columns. A country
  // actor's code is its country, so the countries of an event are its codes marked `is_country`
  // (organisations have their own code, unplaced actors their id); the GLOB keeps the ISO ones.
  return statement(db, `SELECT e.code AS country, count(*) AS events FROM event_codes e
    WHERE ${where} AND e.is_country = 1 AND e.code GLOB '[A-Z][A-Z][A-Z]' AND e.code NOT IN ('IGO', 'NGO')
    GROUP BY e.code ORDER BY events DESC, country`).all(params) as { country: string; events: number }[];
}
