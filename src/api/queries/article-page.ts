/**
 * The article list the UI pages through: newest first, with each article's event count, by keyset
 * cursor. The store's `listArticles` lists oldest first by offset for the CLI; this is the API's.
 * Every value is a bound parameter; the SQL text is constant but for which constant conditions apply.
 */
import { ApiError } from '../errors.ts';
import { articleFilter, articleTitle, LEAD_SQL, type Store } from '../../index.ts';

/** Filters and paging for {@link articlePage}. Dates are inclusive `YYYY-MM-DD` (already checked). */
export interface ArticlePageQuery {
  since?: string;
  until?: string;
  source?: string;
  limit: number;
  cursor?: string;
}

/** One listed article. */
export interface ArticleListItem {
  id: string;
  date: string;
  title: string | null;
  /** What lists call it: `title`, or the opening words of the lead when it has none. */
  displayTitle: string;
  /** True when `displayTitle` is the lead's opening words rather than a title. */
  titleFromLead: boolean;
  source: string | null;
  url: string | null;
  /** Events coded in it, every status. */
  events: number;
}

interface Row extends Omit<ArticleListItem, 'displayTitle' | 'titleFromLead'> {
  seq: number;
  lead: string | null;
}

/**
 * One page of articles, newest first (date, then ingestion order).
 *
 * @param store - The open store.
 * @param query - Bounds, source, page size and the previous page's `next`.
 * @returns The page and the cursor of the next one (null on the last page).
 * @throws ApiError 400 for a cursor this server did not give.
 * @example
 * articlePage(store, { limit: 50 }); // { items: [{ id, date, title, displayTitle, titleFromLead, source, url, events }], next }
 */
export function articlePage(store: Store, query: ArticlePageQuery): { items: ArticleListItem[]; next: string | null } {
  const { conditions: where, params: bounds } = articleFilter(query);
  const params: Record<string, string | number> = { ...bounds, limit: query.limit + 1 };
  if (query.cursor !== undefined) {
    const [date, seq] = decodeCursor(query.cursor);
    where.push('(a.date < @cursorDate OR (a.date = @cursorDate AND a.seq < @cursorSeq))');
    params.cursorDate = date;
    params.cursorSeq = seq;
  }
  const sql = `
    SELECT a.seq, a.id, a.date, a.title, ${LEAD_SQL} AS lead, a.source, a.url,
           (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events
    FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY a.date DESC, a.seq DESC
    LIMIT @limit`;
  const rows = store.db.prepare(sql).all(params) as Row[];
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map(({ seq: _seq, lead, ...item }) => ({ ...item, ...articleTitle(item.title, lead) })),
    next: more && last ? encodeCursor(last.date, last.seq) : null,
  };
}

function encodeCursor(date: string, seq: number): string {
  return Buffer.from(JSON.stringify([date, seq])).toString('base64url');
}

function decodeCursor(cursor: string): [string, number] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value[0]) && Number.isInteger(value[1])) {
      return [value[0], value[1] as number];
    }
  } catch {
    // fall through: any undecodable cursor is the caller's mistake
  }
  throw ApiError.badRequest('cursor', 'cursor is not one this server gave (pass the previous page\'s "next" as is)');
}
