import Database from 'better-sqlite3';
import { DatelineError } from '../errors.ts';
import { loadMigrations, migrate, MIGRATIONS_DIR } from './migrate.ts';
import { Store } from './store.ts';

/** Options for {@link openStore}. */
export interface OpenStoreOptions {
  /** How long to wait for another process's write lock before failing, in ms; default 5000. */
  busyTimeoutMs?: number;
  /** Where the `NNN_name.sql` migrations are; default the ones shipped in `src/store/migrations/`. */
  migrationsDir?: URL | string;
}

/** Default for {@link OpenStoreOptions.busyTimeoutMs}. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) a Dateline database and brings its schema up to date.
 * Sets WAL (readers never block the writer, and a killed writer loses only its open
 * transaction), `synchronous=NORMAL` (safe with WAL against process crashes, much faster than
 * FULL), `foreign_keys=ON` (off by default in SQLite, per connection), and a busy timeout.
 *
 * @param file - Database path, or `:memory:`; see {@link resolveDbPath}.
 * @param options - Busy timeout and migrations directory.
 * @returns The open store; call `close()` when done.
 * @throws DatelineError `E_STORE_OPEN` naming the file when it cannot be opened or is not a
 *   database; `E_STORE_NEWER_SCHEMA` when a newer Dateline wrote it; `E_STORE_MIGRATION` when
 *   an upgrade fails.
 * @example
 * const store = openStore(resolveDbPath(flags.db), { busyTimeoutMs: 10_000 });
 */
export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  const migrations = loadMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (cause) {
    throw openError(file, cause);
  }
  try {
    // busy_timeout first: switching to WAL needs a lock another process may hold.
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS))}`);
    // The first real read happens here, so this is where a non-database file is detected.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // A bigger page cache keeps the indexes of a long ingest in memory (the default is 2 MB).
    db.pragma('cache_size = -32768');
    db.pragma('temp_store = MEMORY');
  } catch (cause) {
    db.close();
    throw openError(file, cause);
  }
  try {
    migrate(db, { file, migrations });
  } catch (error) {
    db.close();
    throw error;
  }
  return new Store(db, file);
}

function openError(file: string, cause: unknown): DatelineError {
  return new DatelineError('E_STORE_OPEN', { file, detail: cause instanceof Error ? cause.message : String(cause) }, {}, { cause });
}
