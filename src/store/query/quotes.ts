import type Database from 'better-sqlite3';
import type { QuoteSpan, StatementSpan } from '../../doc/types.ts';
import { quoteJson, statementJson, type TextWindow } from '../../events/json.ts';
import { articleTitle, LEAD_SQL } from '../display-title.ts';
import { articleFilter } from '../filters.ts';
import { statement } from '../statements.ts';
import { afterSql, checkOrder, decodeCursor, encodeCursor } from './cursor.ts';
import { MAX_PAGE } from './events.ts';
import { actorIdSql, resolveActorParam } from './actor-param.ts';
import { badValue, checkDay, checkLimit } from './filter-sql.ts';
import type { Page, QuoteRow, StatementRow } from './types.ts';

/** Filters for {@link listQuotes}: a speaker, and inclusive article-date bounds. */
export interface QuoteFilter {
  /** An actor as the event filters take one: code or class code in any case, actor id, or name (`Russia`). */
  speaker?: string;
  since?: string;
  until?: string;
}

/** Filters for {@link listStatements}: as quotes, plus the statement kind. */
export interface StatementFilter extends QuoteFilter {
  kind?: string;
}

const STATEMENT_KINDS = ['denial', 'concern', 'warning', 'claim'];

interface SpanSqlRow {
  id: number;
  article_id: string;
  article_title: string | null;
  article_lead: string | null;
  article_date: string;
  payload: string;
  mention_start: number | null;
  mention_text: string | null;
}

function filterSql(db: Database.Database, filter: QuoteFilter): { where: string[]; params: Record<string, string | number> } {
  checkDay(filter.since, 'since');
  checkDay(filter.until, 'until');
  const { conditions: where, params } = articleFilter({ since: filter.since, until: filter.until });
  if (filter.speaker !== undefined) {
    // Speakers are stored by actor id; a code covers every actor that has it (RUS: Lavrov, Peskov, ...).
    where.push(actorIdSql('q.speaker_actor_id', 'speaker', params, resolveActorParam(db, 'speaker', filter.speaker)));
  }
  return { where, params };
}

/**
 * Reads one keyset page of quotes or statements (`table` is a constant), newest article first,
 * with the speaker mention's text so the speaker reads as the article wrote it.
 */
function spanPage(db: Database.Database, table: 'quotes' | 'statements', where: string[], params: Record<string, string | number>, page: Page): { rows: SpanSqlRow[]; next: string | null } {
  const order = checkOrder(page.order);
  checkLimit(page.limit, 'limit', MAX_PAGE);
  const after = decodeCursor(page.cursor, order);
  const all = [...where];
  const bound: Record<string, string | number> = { ...params, limit: page.limit + 1 };
  if (after) {
    if (typeof after.id !== 'number') badValue('cursor', page.cursor, 'the "next" value of an earlier page');
    all.push(afterSql('a.date', 'q.id', order));
    Object.assign(bound, { c_key: after.key, c_id: after.id });
  }
  const dir = order === 'desc' ? 'DESC' : 'ASC';
  const rows = statement(db, `SELECT q.id, q.article_id, a.title AS article_title, ${LEAD_SQL} AS article_lead, a.date AS article_date, q.payload,
      m."start" AS mention_start, m.text AS mention_text
    FROM ${table} q JOIN articles a ON a.id = q.article_id
    LEFT JOIN mentions m ON m.article_id = q.article_id AND m.idx = json_extract(q.payload, '$.speaker.mention')
    WHERE ${all.join(' AND ') || '1'} ORDER BY a.date ${dir}, q.id ${dir} LIMIT @limit`).all(bound) as SpanSqlRow[];
  const more = rows.length > page.limit;
  const kept = rows.slice(0, page.limit);
  const last = kept.at(-1);
  return { rows: kept, next: more && last ? encodeCursor({ order, key: last.article_date, id: last.id }) : null };
}

// The article's id, title, display title and date, as every quote and statement row carries them.
function articleOf(row: SpanSqlRow): Pick<QuoteRow, 'articleId' | 'articleTitle' | 'articleDisplayTitle' | 'articleTitleFromLead' | 'articleDate'> {
  const { displayTitle, titleFromLead } = articleTitle(row.article_title, row.article_lead);
  return { articleId: row.article_id, articleTitle: row.article_title, articleDisplayTitle: displayTitle, articleTitleFromLead: titleFromLead, articleDate: row.article_date };
}

function speakerWindow(row: SpanSqlRow): TextWindow {
  return { text: row.mention_text ?? '', start: row.mention_start ?? 0 };
}

/**
 * Quotes with their speaker and article, newest article first, paged by keyset.
 *
 * @param db - The open connection.
 * @param filter - `speaker` (a code such as RUS or NATO, a class code such as IGO, an actor id or a
 *   name such as Russia, any case), article-date bounds.
 * @param page - `limit` 1 to 1000, `cursor`, `order` (default desc).
 * @returns The quotes and the cursor of the next page (null at the end).
 * @throws DatelineError `E_USAGE_BAD_DATE` or `E_USAGE` for a bad value, FilterValueError
 *   (`E_USAGE_BAD_FILTER`) for a speaker no actor matches.
 * @example
 * listQuotes(store.db, { speaker: 'russia' }, { limit: 20 }).items[0]?.quote;
 */
export function listQuotes(db: Database.Database, filter: QuoteFilter, page: Page): { items: QuoteRow[]; next: string | null } {
  const { where, params } = filterSql(db, filter);
  const { rows, next } = spanPage(db, 'quotes', where, params, page);
  const items = rows.map((row): QuoteRow => ({
    ...articleOf(row),
    ...quoteJson(speakerWindow(row), JSON.parse(row.payload) as QuoteSpan),
  }));
  return { items, next };
}

/**
 * Statements (denials, concerns, warnings, claims) with their speaker and article, newest first.
 *
 * @param db - The open connection.
 * @param filter - As {@link listQuotes}, plus `kind`.
 * @param page - Keyset paging as for quotes.
 * @throws DatelineError `E_USAGE` for an unknown kind, or a bad date, limit or cursor.
 * @example
 * listStatements(store.db, { kind: 'denial', speaker: 'RUS' }, { limit: 20 });
 */
export function listStatements(db: Database.Database, filter: StatementFilter, page: Page): { items: StatementRow[]; next: string | null } {
  const { where, params } = filterSql(db, filter);
  if (filter.kind !== undefined) {
    if (!STATEMENT_KINDS.includes(filter.kind)) badValue('kind', filter.kind, STATEMENT_KINDS.join(', '));
    where.push('q.kind = @kind');
    params.kind = filter.kind;
  }
  const { rows, next } = spanPage(db, 'statements', where, params, page);
  const items = rows.map((row): StatementRow => ({
    ...articleOf(row),
    ...statementJson(speakerWindow(row), JSON.parse(row.payload) as StatementSpan),
  }));
  return { items, next };
}
