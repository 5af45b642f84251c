import { existsSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { schemaVersion } from './migrate.ts';
import { statement } from './statements.ts';
import type { StoreStats } from './types.ts';
import { STORED_PIPELINE_VERSION } from './articles-insert.ts';

// Constant table names: counted by name, so never built from input.
const COUNTED_TABLES = ['articles', 'sentences', 'mentions', 'actors', 'timex', 'quotes', 'statements', 'events'] as const;

/**
 * Counts what the store holds: rows per table, the article date range, articles per source,
 * and the size on disk. All counts come from one read transaction so they agree with each other.
 *
 * @param db - The open connection.
 * @param file - The database file, for the sizes (`:memory:` reports its logical size).
 * @returns The counts and sizes.
 * @example
 * const { articles, dateRange, sources } = storeStats(db, 'dateline.db');
 */
export function storeStats(db: Database.Database, file: string): StoreStats {
  return db.transaction((): StoreStats => {
    const counts = Object.fromEntries(
      COUNTED_TABLES.map((table) => [table, (statement(db, `SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
    ) as Record<(typeof COUNTED_TABLES)[number], number>;
    const range = statement(db, 'SELECT min(date) AS first, max(date) AS last FROM articles').get() as { first: string | null; last: string | null };
    const sources = statement(db, `
      SELECT source, count(*) AS articles FROM articles
      GROUP BY source ORDER BY articles DESC, source`).all() as { source: string | null; articles: number }[];
    // Through articles_pipeline_version; versions are numbers as text, so they sort as numbers.
    const pipelineVersions = statement(db, `
      SELECT pipeline_version AS version, count(*) AS articles FROM articles
      GROUP BY pipeline_version ORDER BY CAST(pipeline_version AS INTEGER) DESC NULLS LAST, pipeline_version DESC`).all() as { version: string | null; articles: number }[];
    const current = pipelineVersions.find((v) => v.version === STORED_PIPELINE_VERSION)?.articles ?? 0;
    return {
      file,
      schemaVersion: schemaVersion(db),
      ...counts,
      dateRange: range.first !== null && range.last !== null ? { first: range.first, last: range.last } : null,
      sources,
      pipelineVersions,
      currentPipelineVersion: STORED_PIPELINE_VERSION,
      olderPipelineArticles: counts.articles - current,
      ...diskSizes(db, file),
    };
  }).deferred();
}

function diskSizes(db: Database.Database, file: string): { fileBytes: number; walBytes: number } {
  if (db.memory || !existsSync(file)) {
    const pages = db.pragma('page_count', { simple: true }) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    return { fileBytes: pages * pageSize, walBytes: 0 };
  }
  const wal = `${file}-wal`;
  return { fileBytes: statSync(file).size, walBytes: existsSync(wal) ? statSync(wal).size : 0 };
}
