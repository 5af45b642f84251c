import type Database from 'better-sqlite3';
import { DatelineError } from '../errors.ts';
import { checkSpans, insertAnnotations, STORED_PIPELINE_VERSION } from './articles-insert.ts';
import { eventId } from './annotations-insert.ts';
import { articleFilter } from './filters.ts';
import { statement } from './statements.ts';
import type { ArticleBatchItem, ArticleToStore } from './types.ts';

/** Which stored articles a re-coding covers (DECISIONS §9). */
export interface RecodeSelection {
  /** Inclusive `YYYY-MM-DD` bounds on the article's date. */
  since?: string;
  until?: string;
  /** Every article in the bounds, also those the current pipeline coded; default only the others. */
  all?: boolean;
}

/** How many articles a selection holds, and how many of them the current pipeline already coded. */
export interface RecodeCounts {
  /** Articles within the date bounds. */
  total: number;
  /** Of those, coded by the current pipeline version. */
  current: number;
}

/** A stored article to re-code, with its `seq` for paging on. */
export interface ArticleToRecode {
  seq: number;
  article: ArticleToStore;
}

/** What replacing the annotations of a batch did to its events. */
export interface ReplaceResult {
  /** Articles whose annotations were replaced (an article deleted meanwhile is skipped). */
  replaced: number;
  /** Events coded again (same type and trigger offsets), which kept their id. */
  eventsKept: number;
  /** Events the new coding found that the old did not: new ids. */
  eventsAdded: number;
  /** Events of the old coding that the new one no longer finds: gone with their ids. */
  eventsDropped: number;
}

function where(selection: RecodeSelection): { sql: string; params: Record<string, string> } {
  const { conditions, params } = articleFilter({ since: selection.since, until: selection.until });
  return { sql: conditions.length ? conditions.join(' AND ') : '1', params };
}

/**
 * Counts the articles a re-coding selects and those of them already coded by the current pipeline.
 *
 * @param db - The open connection.
 * @param selection - Date bounds (`all` does not change the counts).
 * @returns The counts, from one statement so they agree.
 * @throws DatelineError `E_USAGE_BAD_DATE` for a malformed bound.
 * @example
 * const { total, current } = recodeCounts(store.db, { since: '2022-01-01' });
 */
export function recodeCounts(db: Database.Database, selection: RecodeSelection = {}): RecodeCounts {
  const { sql, params } = where(selection);
  const row = statement(db, `SELECT count(*) AS total, count(*) FILTER (WHERE a.pipeline_version = @current) AS current
    FROM articles a WHERE ${sql}`).get({ ...params, current: STORED_PIPELINE_VERSION }) as RecodeCounts;
  return { total: row.total, current: row.current };
}

/**
 * The next stored articles to re-code after `afterSeq`, in storage order: those not coded by the
 * current pipeline (or all with `selection.all`). Paging on `seq` never returns an article twice,
 * whether or not earlier pages have been re-coded yet.
 *
 * @param db - The open connection.
 * @param selection - Date bounds and `all`.
 * @param afterSeq - The `seq` of the last article of the previous page; 0 for the first.
 * @param limit - Articles per page.
 * @returns The articles, as the pipeline takes them.
 * @example
 * const page = articlesToRecode(store.db, {}, 0, 64);
 */
export function articlesToRecode(db: Database.Database, selection: RecodeSelection, afterSeq: number, limit: number): ArticleToRecode[] {
  const { sql, params } = where(selection);
  const stale = selection.all ? '' : 'AND a.pipeline_version IS NOT @current';
  const rows = statement(db, `
    SELECT a.seq, a.id, a.date, a.published, a.title, a.text, a.source, a.url, a.lang, a.external_id AS externalId,
      a.origin_file AS originFile, a.origin_line AS originLine, a.origin_row AS originRow
    FROM articles a WHERE a.seq > @afterSeq AND ${sql} ${stale}
    ORDER BY a.seq LIMIT @limit`).all({ ...params, current: STORED_PIPELINE_VERSION, afterSeq, limit }) as (Omit<ArticleToStore, 'origin'> & {
    seq: number; originFile: string | null; originLine: number | null; originRow: number | null;
  })[];
  return rows.map(({ seq, originFile, originLine, originRow, ...article }) => ({
    seq,
    article: { ...article, origin: { ...(originFile !== null ? { file: originFile } : {}), ...(originLine !== null ? { line: originLine } : {}), ...(originRow !== null ? { row: originRow } : {}) } },
  }));
}

const TABLES_OF_ARTICLE = ['events', 'quotes', 'statements', 'timex', 'mentions', 'sentences'] as const;

/**
 * Replaces the annotations of stored articles with a new coding, in ONE transaction: each article
 * ends with either its old annotations and version or its new ones, never half. Sentences,
 * mentions, timex, events (with their roles, and `event_codes` through its triggers), quotes and
 * statements are deleted and stored anew; the article row (and so its full-text entry) stays, and
 * its `pipeline_version` becomes the current one. An event coded again, with the same type and
 * trigger offsets, keeps its id; a new one gets an id its article never used, so an id once
 * dropped never names a different event.
 *
 * @param db - The open connection.
 * @param batch - The articles, as stored (same id and text), with their new annotations.
 * @returns How many were replaced and what happened to their events.
 * @throws RangeError when a span lies outside its text (the whole batch is rolled back).
 * @example
 * replaceAnnotations(store.db, annotated);
 */
export function replaceAnnotations(db: Database.Database, batch: readonly ArticleBatchItem[]): ReplaceResult {
  const run = db.transaction((items: readonly ArticleBatchItem[]): ReplaceResult => {
    const result: ReplaceResult = { replaced: 0, eventsKept: 0, eventsAdded: 0, eventsDropped: 0 };
    for (const item of items) {
      checkSpans(item);
      const { id, text } = item.article;
      const stored = statement(db, 'SELECT text FROM articles WHERE id = ?').get(id) as { text: string } | undefined;
      if (!stored) continue;
      if (stored.text !== text) {
        throw new DatelineError('E_STORE_FAILED', { file: db.name, detail: `re-coding article ${id}: its text is not the one stored` });
      }
      const old = statement(db, 'SELECT id, type, trigger_start AS start, trigger_end AS "end" FROM events WHERE article_id = ? ORDER BY idx').all(id) as OldEvent[];
      const ids = keptEventIds(id, old, item.events ?? []);
      for (const table of TABLES_OF_ARTICLE) statement(db, `DELETE FROM ${table} WHERE article_id = ?`).run(id);
      insertAnnotations(db, item, ids.ids);
      statement(db, 'UPDATE articles SET pipeline_version = ? WHERE id = ?').run(STORED_PIPELINE_VERSION, id);
      result.replaced++;
      result.eventsKept += ids.kept;
      result.eventsAdded += ids.ids.length - ids.kept;
      result.eventsDropped += old.length - ids.kept;
    }
    return result;
  });
  return run.immediate(batch);
}

interface OldEvent {
  id: string;
  type: string;
  start: number | null;
  end: number | null;
}

/**
 * Ids for an article's new events: the old id of the same event (type and trigger offsets; two alike
 * are paired in order), else `<article>:e<idx>` when the article never had that id, else the next
 * `<article>:e<n>` it never had.
 */
export function keptEventIds(articleId: string, old: readonly OldEvent[], events: readonly { event: string; start: number; end: number }[]): { ids: string[]; kept: number } {
  const key = (type: string, start: number | null, end: number | null): string => `${type}\u0000${start}\u0000${end}`;
  const byKey = new Map<string, string[]>();
  for (const e of old) {
    const k = key(e.type, e.start, e.end);
    byKey.set(k, [...(byKey.get(k) ?? []), e.id]);
  }
  const taken = new Set(old.map((e) => e.id));
  const matched = events.map((e) => byKey.get(key(e.event, e.start, e.end))?.shift());
  let next = 0;
  const ids = events.map((_, idx) => {
    const kept = matched[idx];
    if (kept !== undefined) return kept;
    let id = eventId(articleId, idx);
    while (taken.has(id)) id = eventId(articleId, events.length + next++);
    taken.add(id);
    return id;
  });
  return { ids, kept: matched.filter((m) => m !== undefined).length };
}
