import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * Returns a prepared statement for `sql` on `db`, preparing it once per connection. Inserting a
 * batch runs the same few statements thousands of times; re-preparing each time would dominate.
 *
 * @param db - The open connection.
 * @param sql - Statement text; the text itself is the cache key, so build it from constants only.
 * @returns The cached statement.
 * @example
 * const count = statement(db, 'SELECT count(*) AS n FROM articles').get() as { n: number };
 */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let prepared = byText.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    byText.set(sql, prepared);
  }
  return prepared;
}
