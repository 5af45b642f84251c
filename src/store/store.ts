import type Database from 'better-sqlite3';
import { getArticle, hasArticle, listArticles, requireArticle } from './articles-read.ts';
import { insertArticles } from './articles-insert.ts';
import { DatelineError } from '../errors.ts';
import { schemaVersion } from './migrate.ts';
import { search } from './search.ts';
import { storeStats } from './stats.ts';
import type {
  ArticleBatchItem, InsertResult, ListArticlesOptions, SearchHit, SearchOptions, StoreStats, StoredArticle, StoredArticleSummary, ListEventsOptions, StoredEvent } from './types.ts';
import { listEvents, upcoming } from './events-read.ts';
import { articlesToRecode, recodeCounts, replaceAnnotations, type ArticleToRecode, type RecodeCounts, type RecodeSelection, type ReplaceResult } from './recode.ts';

/**
 * An open Dateline database. Get one from {@link openStore}; each method delegates to the
 * function of the same concern (`articles-insert.ts`, `articles-read.ts`, `search.ts`, `stats.ts`).
 *
 * @example
 * const store = openStore(resolveDbPath(flags.db));
 * try {
 *   store.insertArticles(batch);
 *   console.log(store.stats().articles);
 * } finally {
 *   store.close();
 * }
 */
export class Store {
  /**
   * @param db - An open, migrated connection; the Store owns it from now on.
   * @param file - The file it was opened from, for messages and sizes.
   */
  constructor(
    /** The raw connection, for store modules that later stages add; others use the methods. */
    readonly db: Database.Database,
    /** The database file as given to {@link openStore}. */
    readonly file: string,
  ) {}

  /** The schema version (number of migrations applied). */
  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  /** Whether the connection is still open. */
  get isOpen(): boolean {
    return this.db.open;
  }

  /**
   * Stores a batch in one transaction, skipping articles already stored. See {@link insertArticles}.
   *
   * @param batch - Articles with sentence ranges and optional mentions and timex.
   * @returns Ids newly inserted and ids already present.
   * @throws DatelineError `E_STORE_READ_ONLY` on a store opened with `openStoreReadOnly`.
   * @example
   * const { inserted, existing } = store.insertArticles(items);
   */
  insertArticles(batch: readonly ArticleBatchItem[]): InsertResult {
    if (this.db.readonly) {
      throw new DatelineError('E_STORE_READ_ONLY', { file: this.file, detail: 'it was opened for reading only, so nothing can be added' });
    }
    return insertArticles(this.db, batch);
  }

  /**
   * How many articles a re-coding selects, and how many the current pipeline coded. See {@link recodeCounts}.
   *
   * @example
   * const { total, current } = store.recodeCounts({ since: '2022-01-01' });
   */
  recodeCounts(selection: RecodeSelection = {}): RecodeCounts {
    return recodeCounts(this.db, selection);
  }

  /**
   * The next page of articles to re-code after `afterSeq`. See {@link articlesToRecode}.
   *
   * @example
   * const page = store.articlesToRecode({}, 0, 64);
   */
  articlesToRecode(selection: RecodeSelection, afterSeq: number, limit: number): ArticleToRecode[] {
    return articlesToRecode(this.db, selection, afterSeq, limit);
  }

  /**
   * Replaces stored articles' annotations with a new coding in one transaction, keeping the ids of
   * events coded again. See {@link replaceAnnotations}.
   *
   * @throws DatelineError `E_STORE_READ_ONLY` on a store opened with `openStoreReadOnly`.
   * @example
   * store.replaceAnnotations(annotated);
   */
  replaceAnnotations(batch: readonly ArticleBatchItem[]): ReplaceResult {
    if (this.db.readonly) {
      throw new DatelineError('E_STORE_READ_ONLY', { file: this.file, detail: 'it was opened for reading only, so nothing can be re-coded' });
    }
    return replaceAnnotations(this.db, batch);
  }

  /**
   * Whether an article is stored. See {@link hasArticle}.
   *
   * @param id - Article id.
   * @returns True when stored.
   * @example
   * store.hasArticle(id);
   */
  hasArticle(id: string): boolean {
    return hasArticle(this.db, id);
  }

  /**
   * One article with its sentences, mentions and timex, or null. See {@link getArticle}.
   *
   * @param id - Article id.
   * @returns The article or null.
   * @example
   * store.getArticle(id)?.sentences.length;
   */
  getArticle(id: string): StoredArticle | null {
    return getArticle(this.db, id);
  }

  /**
   * One article, or `E_STORE_NOT_FOUND`. See {@link requireArticle}.
   *
   * @param id - Article id.
   * @returns The article.
   * @example
   * const article = store.requireArticle(flags.id);
   */
  requireArticle(id: string): StoredArticle {
    return requireArticle(this.db, id);
  }

  /**
   * Article summaries by date then title. See {@link listArticles}.
   *
   * @param options - Date bounds, source, limit, offset.
   * @returns The summaries.
   * @example
   * store.listArticles({ since: '2021-12-01', limit: 20 });
   */
  listArticles(options: ListArticlesOptions = {}): StoredArticleSummary[] {
    return listArticles(this.db, options);
  }

  /**
   * Full-text search with highlighted snippets, best first. See {@link search}.
   *
   * @param query - Plain words or an FTS5 query.
   * @param options - Limit, markers, filters.
   * @returns The hits.
   * @example
   * store.search('Lavrov', { open: '**', close: '**' });
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return search(this.db, query, options);
  }

  /**
   * Stored events, `occurred` and `scheduled` unless `status` asks for others. See {@link listEvents}.
   *
   * @example
   * store.listEvents({ dyad: ['RUS', 'USA'], type: 'CONSULT' });
   */
  listEvents(options: ListEventsOptions = {}): StoredEvent[] {
    return listEvents(this.db, options);
  }

  /**
   * Scheduled events from `from` (`YYYY-MM-DD`) on, soonest first, at or above the confidence
   * threshold (default DEFAULT_MIN_CONFIDENCE; 0 for every one). See {@link upcoming}.
   *
   * @example
   * store.upcoming('2022-01-01');
   */
  upcoming(from: string, limit?: number, minConfidence?: number): StoredEvent[] {
    return upcoming(this.db, from, limit, minConfidence);
  }

  /**
   * Counts, date range, sources and sizes. See {@link storeStats}.
   *
   * @returns The statistics.
   * @example
   * const { articles, fileBytes } = store.stats();
   */
  stats(): StoreStats {
    return storeStats(this.db, this.file);
  }

  /**
   * Closes the connection; safe to call twice. SQLite checkpoints the WAL into the main file
   * when the last connection closes.
   *
   * @example
   * store.close();
   */
  close(): void {
    if (this.db.open) this.db.close();
  }
}
