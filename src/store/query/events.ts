import type Database from 'better-sqlite3';
import { statement } from '../statements.ts';
import { afterSql, checkOrder, decodeCursor, encodeCursor, type Keyset } from './cursor.ts';
import { EVENT_ROW_COLUMNS, EVENT_ROW_JOINS, toEventRow, type EventSqlRow } from './event-rows.ts';
import { checkLimit, eventFilterSql, type FilterSql } from './filter-sql.ts';
import type { EventFilter, EventPage, EventRow, Page } from './types.ts';

/** Largest page any query returns; the API allows up to 500. */
export const MAX_PAGE = 1000;

// Rows per round trip when streaming: big enough to amortise the query, small enough to hold.
const STREAM_PAGE = 500;

function pageRows(db: Database.Database, sql: FilterSql, order: 'asc' | 'desc', after: Keyset | null, limit: number): EventSqlRow[] {
  const dir = order === 'desc' ? 'DESC' : 'ASC';
  const where = after ? `${sql.where} AND ${afterSql('e.day', 'e.id', order)}` : sql.where;
  const params = after ? { ...sql.params, c_key: after.key, c_id: String(after.id), limit } : { ...sql.params, limit };
  return statement(db, `SELECT ${EVENT_ROW_COLUMNS} FROM events e ${EVENT_ROW_JOINS}
    WHERE ${where} ORDER BY e.day ${dir}, e.id ${dir} LIMIT @limit`).all(params) as EventSqlRow[];
}

/**
 * One page of events matching a filter, ordered by the day each is placed on (then id), newest
 * first by default. Paging is by keyset: `next` resumes after the last row, so rows inserted
 * meanwhile never shift a page and every row is seen once.
 *
 * @param db - The open connection (`store.db`).
 * @param filter - Actor, dyad, types, mode, statuses (default occurred and scheduled), day bounds, full text.
 * @param page - `limit` 1 to 1000, the previous page's `next` as `cursor`, `order`.
 * @returns The rows, the cursor for the next page (null at the end), and the count for the filter.
 * @throws DatelineError `E_USAGE_BAD_DATE`, `E_USAGE` (bad type, status, limit, cursor) or `E_STORE_BAD_QUERY`.
 * @example
 * const first = queryEvents(store.db, { dyad: ['RUS', 'USA'] }, { limit: 50 });
 * const second = queryEvents(store.db, { dyad: ['RUS', 'USA'] }, { limit: 50, cursor: first.next });
 */
export function queryEvents(db: Database.Database, filter: EventFilter, page: Page): EventPage {
  const order = checkOrder(page.order);
  checkLimit(page.limit, 'limit', MAX_PAGE);
  const after = decodeCursor(page.cursor, order);
  const sql = eventFilterSql(db, filter);
  return db.transaction((): EventPage => {
    // One more row than asked says whether a next page exists without a second query.
    const rows = pageRows(db, sql, order, after, page.limit + 1);
    const more = rows.length > page.limit;
    const items = rows.slice(0, page.limit).map(toEventRow);
    const last = items.at(-1);
    const total = (statement(db, `SELECT count(*) AS n FROM events e WHERE ${sql.where}`).get(sql.params) as { n: number }).n;
    return { items, next: more && last ? encodeCursor({ order, key: last.day, id: last.id }) : null, total };
  })();
}

/**
 * Every event matching a filter, streamed in keyset pages so an export of 100k+ rows never holds
 * them all, and no statement stays open between pages (a server can keep using the connection
 * while a download is written).
 *
 * @param db - The open connection.
 * @param filter - As for {@link queryEvents}; validated before the first row.
 * @param order - By day then id; default ascending (oldest first), as exports are read.
 * @returns A lazy iterable of rows.
 * @throws DatelineError for a bad filter value, when called.
 * @example
 * for (const row of iterateEvents(store.db, { actor: 'NATO' })) out.write(JSON.stringify(row) + '\n');
 */
export function iterateEvents(db: Database.Database, filter: EventFilter, order: 'asc' | 'desc' = 'asc'): Iterable<EventRow> {
  checkOrder(order);
  const sql = eventFilterSql(db, filter);
  return {
    *[Symbol.iterator]() {
      let after: Keyset | null = null;
      for (;;) {
        const rows = pageRows(db, sql, order, after, STREAM_PAGE);
        for (const row of rows) yield toEventRow(row);
        const last = rows.at(-1);
        if (!last || rows.length < STREAM_PAGE) return;
        after = { order, key: last.day, id: last.id };
      }
    },
  };
}

/**
 * Every event of one article, whatever its status, in the order the coder found them: what the
 * article reader highlights.
 *
 * @param db - The open connection.
 * @param articleId - The article's id; an unknown id gives an empty list.
 * @returns The article's events.
 * @example
 * articleEvents(store.db, id).filter((e) => e.status === 'scheduled');
 */
export function articleEvents(db: Database.Database, articleId: string): EventRow[] {
  const rows = statement(db, `SELECT ${EVENT_ROW_COLUMNS} FROM events e ${EVENT_ROW_JOINS}
    WHERE e.article_id = ? ORDER BY e.idx, e.id`).all(String(articleId)) as EventSqlRow[];
  return rows.map(toEventRow);
}
