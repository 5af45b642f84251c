import Database from 'better-sqlite3';
import { DatelineError } from '../errors.ts';
import { articleTitle, LEAD_SQL } from './display-title.ts';
import { articleFilter, checkCount } from './filters.ts';
import { toFtsQuery } from './fts-query.ts';
import { statement } from './statements.ts';
import type { SearchHit, SearchOptions } from './types.ts';

/** Defaults for {@link search}'s options. */
export const SEARCH_DEFAULTS = { limit: 20, open: '[', close: ']', ellipsis: '…', snippetTokens: 24 } as const;

/**
 * Full-text search over article titles and text, best match first (BM25, title hits weighted
 * above body hits). Plain phrases are made safe with {@link toFtsQuery} unless `raw` is set;
 * queries that use FTS5 operators pass through as written.
 *
 * @param db - The open connection.
 * @param query - Words to find, or an FTS5 query (`"exact phrase"`, `sanction*`, `A OR B`, `title: NATO`).
 * @param options - Paging, highlight markers, snippet length, date and source filters.
 * @returns Hits with a highlighted snippet and title.
 * @throws DatelineError `E_STORE_BAD_QUERY` naming the query when FTS5 rejects it or it is blank;
 *   `E_USAGE_BAD_DATE` for a malformed date bound.
 * @example
 * search(db, 'Lavrov NATO', { limit: 5, open: '<b>', close: '</b>' });
 * // [{ id, date, title, snippet: '…<b>Lavrov</b> warned <b>NATO</b>…', rank: -7.2, ... }]
 */
export function search(db: Database.Database, query: string, options: SearchOptions = {}): SearchHit[] {
  const match = options.raw ? query.trim() : toFtsQuery(query);
  if (match === '') {
    throw new DatelineError('E_STORE_BAD_QUERY', { query: JSON.stringify(query), detail: 'the query is empty' });
  }
  checkCount(options.limit, 'limit');
  checkCount(options.offset, 'offset');
  const snippetTokens = options.snippetTokens ?? SEARCH_DEFAULTS.snippetTokens;
  // FTS5's own limit: snippet() rejects anything outside 1..64.
  if (!(Number.isInteger(snippetTokens) && snippetTokens >= 1 && snippetTokens <= 64)) {
    throw new RangeError(`snippetTokens must be an integer from 1 to 64, got ${snippetTokens}`);
  }
  const { conditions, params } = articleFilter(options);
  const where = ['articles_fts MATCH @match', ...conditions].join(' AND ');
  const sql = `
    SELECT a.id, a.date, a.title, a.source, a.url, ${LEAD_SQL} AS lead,
           highlight(articles_fts, 0, @open, @close) AS titleHighlight,
           snippet(articles_fts, -1, @open, @close, @ellipsis, @snippetTokens) AS snippet,
           articles_fts.rank AS rank
    FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
    WHERE ${where}
    ORDER BY articles_fts.rank, a.seq
    LIMIT @limit OFFSET @offset`;
  try {
    const rows = statement(db, sql).all({
      ...params,
      match,
      open: options.open ?? SEARCH_DEFAULTS.open,
      close: options.close ?? SEARCH_DEFAULTS.close,
      ellipsis: options.ellipsis ?? SEARCH_DEFAULTS.ellipsis,
      snippetTokens,
      limit: options.limit ?? SEARCH_DEFAULTS.limit,
      offset: options.offset ?? 0,
    }) as (Omit<SearchHit, 'displayTitle' | 'titleFromLead'> & { lead: string | null })[];
    return rows.map(({ lead, ...hit }) => ({ ...hit, ...articleTitle(hit.title, lead) }));
  } catch (cause) {
    // FTS5 reports query syntax (and unknown column filters) as plain SQLITE_ERROR; anything
    // else (busy, corrupt, I/O) is not the user's query and must surface as is.
    if (cause instanceof Database.SqliteError && cause.code === 'SQLITE_ERROR') {
      throw new DatelineError('E_STORE_BAD_QUERY', { query: JSON.stringify(query), detail: cause.message }, {}, { cause });
    }
    throw cause;
  }
}
