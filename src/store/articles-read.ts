import type Database from 'better-sqlite3';
import type { ActorMention, EventSpan, Granularity, QuoteSpan, SectorCode, StatementSpan, TimexSpan, TimexType } from '../doc/types.ts';
import { DatelineError, type Location } from '../errors.ts';
import { articleTitle, LEAD_SQL } from './display-title.ts';
import { articleFilter, checkCount } from './filters.ts';
import { statement } from './statements.ts';
import type { ListArticlesOptions, StoredArticle, StoredArticleSummary, StoredSentence } from './types.ts';

const SUMMARY_COLUMNS = `a.id, a.date, a.published, a.title, a.source, a.url, a.lang, a.external_id,
  a.origin_file, a.origin_line, a.origin_row, a.ingested_at, ${LEAD_SQL} AS lead`;

interface SummaryRow {
  id: string;
  date: string;
  published: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  lang: string | null;
  external_id: string | null;
  origin_file: string | null;
  origin_line: number | null;
  origin_row: number | null;
  ingested_at: string;
  /** The opening of the text when the article has no title ({@link LEAD_SQL}). */
  lead: string | null;
}

interface MentionRow {
  start: number;
  end: number;
  rule: string;
  reason: string;
  antecedent: number | null;
  mention_role: string | null;
  actor_id: string;
  name: string;
  country: string | null;
  org: string | null;
  sector: string | null;
}

interface TimexRow {
  start: number;
  end: number;
  type: string;
  value: string | null;
  granularity: string | null;
  rule: string;
  reason: string;
}

/**
 * Whether an article with this id is stored.
 *
 * @param db - The open connection.
 * @param id - Article id (content hash).
 * @returns True when stored.
 * @example
 * if (!hasArticle(db, id)) analyse(article);
 */
export function hasArticle(db: Database.Database, id: string): boolean {
  return statement(db, 'SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
}

/**
 * Reads one article with its sentences, actor mentions (actors joined in) and timex, each in
 * the order inserted, so `antecedent` indices still hold. Read in one transaction so a
 * concurrent writer cannot show a half-updated article.
 *
 * @param db - The open connection.
 * @param id - Article id.
 * @returns The article, or null when no article has this id.
 * @example
 * const article = getArticle(db, id);
 * article?.sentences.map((s) => s.text);
 */
export function getArticle(db: Database.Database, id: string): StoredArticle | null {
  return db.transaction((): StoredArticle | null => {
    const row = statement(db, `SELECT ${SUMMARY_COLUMNS}, a.text FROM articles a WHERE a.id = ?`).get(id) as (SummaryRow & { text: string }) | undefined;
    if (!row) return null;
    const sentences = statement(db, 'SELECT "start", "end", text FROM sentences WHERE article_id = ? ORDER BY idx').all(id) as StoredSentence[];
    const mentionRows = statement(db, `
      SELECT m."start", m."end", m.rule, m.reason, m.antecedent, m.role AS mention_role,
             c.id AS actor_id, c.name, c.country, c.org, c.sector
      FROM mentions m JOIN actors c ON c.id = m.actor_id
      WHERE m.article_id = ? ORDER BY m.idx`).all(id) as MentionRow[];
    const timexRows = statement(db, `
      SELECT "start", "end", type, value, granularity, rule, reason
      FROM timex WHERE article_id = ? ORDER BY idx`).all(id) as TimexRow[];
    const payloads = (table: string): string[] =>
      (statement(db, `SELECT payload FROM ${table} WHERE article_id = ? AND payload IS NOT NULL ORDER BY idx`).all(id) as { payload: string }[]).map((r) => r.payload);
    return {
      ...toSummary(row), text: row.text, sentences, mentions: mentionRows.map(toMention), timex: timexRows.map(toTimex),
      events: payloads('events').map((p) => JSON.parse(p) as EventSpan),
      quotes: payloads('quotes').map((p) => JSON.parse(p) as QuoteSpan),
      statements: payloads('statements').map((p) => JSON.parse(p) as StatementSpan),
    };
  }).deferred();
}

/**
 * Like {@link getArticle}, for callers that were given an id and cannot go on without it.
 *
 * @param db - The open connection.
 * @param id - Article id.
 * @returns The article.
 * @throws DatelineError `E_STORE_NOT_FOUND` naming the id.
 * @example
 * const article = requireArticle(db, options.id);
 */
export function requireArticle(db: Database.Database, id: string): StoredArticle {
  const article = getArticle(db, id);
  if (!article) throw new DatelineError('E_STORE_NOT_FOUND', { id });
  return article;
}

/**
 * Lists stored articles (without text) by date, then title, then ingestion order.
 *
 * @param db - The open connection.
 * @param options - Inclusive `since`/`until` dates, exact `source`, `limit` and `offset`.
 * @returns The matching summaries.
 * @throws DatelineError `E_USAGE_BAD_DATE` for a malformed date bound; RangeError for a bad limit or offset.
 * @example
 * listArticles(db, { since: '2021-12-01', until: '2021-12-31', source: 'Reuters', limit: 50 });
 */
export function listArticles(db: Database.Database, options: ListArticlesOptions = {}): StoredArticleSummary[] {
  checkCount(options.limit, 'limit');
  checkCount(options.offset, 'offset');
  const { conditions, params } = articleFilter(options);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  // LIMIT -1 is SQLite for "no limit", needed because OFFSET cannot stand alone.
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM articles a ${where} ORDER BY a.date, a.title, a.seq LIMIT @limit OFFSET @offset`;
  const rows = statement(db, sql).all({ ...params, limit: options.limit ?? -1, offset: options.offset ?? 0 }) as SummaryRow[];
  return rows.map(toSummary);
}

function toSummary(row: SummaryRow): StoredArticleSummary {
  const origin: Location = {};
  if (row.origin_file !== null) origin.file = row.origin_file;
  if (row.origin_line !== null) origin.line = row.origin_line;
  if (row.origin_row !== null) origin.row = row.origin_row;
  return {
    id: row.id,
    date: row.date,
    published: row.published,
    title: row.title,
    ...articleTitle(row.title, row.lead),
    source: row.source,
    url: row.url,
    lang: row.lang,
    externalId: row.external_id,
    origin,
    ingestedAt: row.ingested_at,
  };
}

function toMention(row: MentionRow): ActorMention {
  const mention: ActorMention = {
    label: 'ACTOR',
    start: row.start,
    end: row.end,
    actor: { id: row.actor_id, name: row.name, country: row.country, org: row.org, sector: row.sector as SectorCode | null, role: row.mention_role },
    rule: row.rule,
    reason: row.reason,
  };
  if (row.antecedent !== null) mention.antecedent = row.antecedent;
  return mention;
}

function toTimex(row: TimexRow): TimexSpan {
  return {
    label: 'TIMEX',
    start: row.start,
    end: row.end,
    type: row.type as TimexType,
    value: row.value,
    granularity: row.granularity as Granularity | null,
    rule: row.rule,
    reason: row.reason,
  };
}
