/**
 * The embedded store: SQLite (better-sqlite3) holding articles, sentences, a full-text index, and
 * the annotation tables later stages fill. Only modules under `src/store/` import better-sqlite3.
 */
export { openStore, openStoreReadOnly, DEFAULT_BUSY_TIMEOUT_MS, type OpenStoreOptions } from './open.ts';
export { storeFailure } from './failure.ts';
export { refreshPlannerStats } from './optimize.ts';
export { resolveDbPath, DEFAULT_DB_PATH } from './paths.ts';
export { Store } from './store.ts';
export { loadMigrations, migrate, schemaVersion, MIGRATIONS_DIR, type Migration, type MigrationResult, type MigrateOptions } from './migrate.ts';
export { insertArticles } from './articles-insert.ts';
export { getArticle, hasArticle, listArticles, requireArticle } from './articles-read.ts';
export { search, SEARCH_DEFAULTS } from './search.ts';
export { articleTitle, leadTitle, LEAD_SQL, LEAD_WORDS, NO_TITLE, type ArticleTitle } from './display-title.ts';
export { toFtsQuery, usesFtsSyntax } from './fts-query.ts';
export { storeStats } from './stats.ts';
export { articleFilter, checkDateBound, type ArticleFilter } from './filters.ts';
export { listEvents, upcoming } from './events-read.ts';
export { eventId } from './annotations-insert.ts';
export { STORED_PIPELINE_VERSION } from './articles-insert.ts';
export { articlesToRecode, recodeCounts, replaceAnnotations, type ArticleToRecode, type RecodeCounts, type RecodeSelection, type ReplaceResult } from './recode.ts';
export type {
  ArticleBatchItem, ArticleToStore, InsertResult, ListArticlesOptions, SearchHit, SearchOptions, StoreStats,
  StoredArticle, StoredArticleSummary, StoredSentence, ListEventsOptions, StoredEvent,
} from './types.ts';
export * from './query/index.ts';
