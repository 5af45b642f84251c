import type Database from 'better-sqlite3';
import type { EventSpan } from '../doc/types.ts';
import { checkCount, checkDateBound } from './filters.ts';
import { statement } from './statements.ts';
import { upcomingThreshold } from './query/upcoming.ts';
import type { ListEventsOptions, StoredEvent } from './types.ts';

const DEFAULT_STATUSES = ['occurred', 'scheduled'] as const;

interface EventRow {
  id: string;
  article_id: string;
  date: string;
  title: string | null;
  sentence_text: string | null;
  payload: string;
}

// An actor filter matches an actor id exactly or a country/organisation code.
const ACTOR_MATCH = (role: string | null, param: string): string => `EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id
  ${role ? `AND x.role = '${role}'` : ''} AND (x.actor_id = @${param} OR x.country = @${param}
  OR x.actor_id IN (SELECT id FROM actors WHERE org = @${param})))`;

/**
 * Lists stored events, by their own date then article order. By default only `occurred` and
 * `scheduled` events are listed; denied and hypothetical ones when asked for by `status`.
 *
 * @example
 * listEvents(db, { dyad: ['RUS', 'USA'], status: ['scheduled'] });
 */
export function listEvents(db: Database.Database, options: ListEventsOptions = {}): StoredEvent[] {
  checkCount(options.limit, 'limit');
  checkCount(options.offset, 'offset');
  checkDateBound(options.since, 'since');
  checkDateBound(options.until, 'until');
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: options.limit ?? -1, offset: options.offset ?? 0 };
  const statuses = options.status?.length ? options.status : DEFAULT_STATUSES;
  statuses.forEach((s, i) => (params[`status${i}`] = s));
  where.push(`e.status IN (${statuses.map((_, i) => `@status${i}`).join(', ')})`);
  if (options.type) {
    where.push('e.type = @type');
    params.type = options.type.toUpperCase();
  }
  if (options.actor) {
    where.push(ACTOR_MATCH(null, 'actor'));
    params.actor = options.actor;
  }
  if (options.dyad) {
    const [a, b] = options.dyad;
    params.dyadA = a;
    params.dyadB = b;
    where.push(`((${ACTOR_MATCH('source', 'dyadA')} AND ${ACTOR_MATCH('target', 'dyadB')}) OR (${ACTOR_MATCH('source', 'dyadB')} AND ${ACTOR_MATCH('target', 'dyadA')}))`);
  }
  // An event without its own date is placed on its article's date for range filters; an event
  // over a period is in range when the period overlaps it.
  if (options.since) {
    where.push('coalesce(e.date_end, e.date_start, a.date) >= @since');
    params.since = options.since;
  }
  if (options.until) {
    where.push('coalesce(e.date_start, e.date_end, a.date) <= @until');
    params.until = options.until;
  }
  const sql = `
    SELECT e.id, e.article_id, a.date, a.title, s.text AS sentence_text, e.payload
    FROM events e JOIN articles a ON a.id = e.article_id
    LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_idx
    WHERE ${where.join(' AND ')}
    ORDER BY coalesce(e.date_start, e.date_end, a.date), a.date, a.seq, e.idx
    LIMIT @limit OFFSET @offset`;
  return (statement(db, sql).all(params) as EventRow[]).map(toStored);
}

/**
 * Scheduled events whose date starts on or after `from` (`YYYY-MM-DD`), soonest first, each with
 * the article that announced it. An open range such as `2022-01-10/..` counts from its start,
 * `../2022-01-09` ("by January 9") from its end; events with no date are left out. Only events at
 * or above `minConfidence` are listed (default DEFAULT_MIN_CONFIDENCE, DECISIONS §3; 0 lists every
 * one; an event with no confidence is always listed), as `upcomingEvents` lists them.
 *
 * @example
 * upcoming(db, '2022-01-01');
 */
export function upcoming(db: Database.Database, from: string, limit = 100, minConfidence?: number): StoredEvent[] {
  checkDateBound(from, 'from');
  const sql = `
    SELECT e.id, e.article_id, a.date, a.title, s.text AS sentence_text, e.payload
    FROM events e JOIN articles a ON a.id = e.article_id
    LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_idx
    WHERE e.status = 'scheduled' AND coalesce(e.date_start, e.date_end) >= @from
      AND (@min_confidence = 0 OR e.confidence >= @min_confidence OR e.confidence IS NULL)
    ORDER BY coalesce(e.date_start, e.date_end), a.date, e.idx
    LIMIT @limit`;
  return (statement(db, sql).all({ from, limit, min_confidence: upcomingThreshold(minConfidence) }) as EventRow[]).map(toStored);
}

function toStored(row: EventRow): StoredEvent {
  return { id: row.id, articleId: row.article_id, articleDate: row.date, articleTitle: row.title, sentenceText: row.sentence_text, event: JSON.parse(row.payload) as EventSpan };
}
