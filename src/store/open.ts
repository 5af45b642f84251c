import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DatelineError } from '../errors.ts';
import { loadMigrations, migrate, MIGRATIONS_DIR, schemaVersion } from './migrate.ts';
import { openImmutable, sqlitePath } from './sqlite-path.ts';
import { Store } from './store.ts';

/** Options for {@link openStore} and {@link openStoreReadOnly}. */
export interface OpenStoreOptions {
  /** How long to wait for another process's write lock before failing, in ms; default 5000. */
  busyTimeoutMs?: number;
  /** Where the `NNN_name.sql` migrations are; default the ones shipped in `src/store/migrations/`. */
  migrationsDir?: URL | string;
  /**
   * {@link openStore} only: whether a missing file becomes a new, empty store (default true, as
   * `ingest` wants). `false` makes a missing file `E_STORE_MISSING`, so `serve --db typo.db` or
   * `migrate` never leave an empty store behind.
   */
  create?: boolean;
}

/** Default for {@link OpenStoreOptions.busyTimeoutMs}. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens a Dateline database for writing (creating it if allowed) and brings its schema up to date.
 * Sets WAL (readers never block the writer, and a killed writer loses only its open
 * transaction), `synchronous=NORMAL` (safe with WAL against process crashes, much faster than
 * FULL), `foreign_keys=ON` (off by default in SQLite, per connection), and a busy timeout.
 * Commands that only read use {@link openStoreReadOnly} instead.
 *
 * @param file - Database path, or `:memory:`; see {@link resolveDbPath}.
 * @param options - Busy timeout, migrations directory, whether a missing file may be created.
 * @returns The open store; call `close()` when done.
 * @throws DatelineError `E_STORE_MISSING` for a missing file with `create: false`; `E_STORE_READ_ONLY`
 *   when the file cannot be written; `E_STORE_OPEN` naming the file when it cannot be opened or is
 *   not a database; `E_STORE_NEWER_SCHEMA` when a newer Dateline wrote it; `E_STORE_MIGRATION` when
 *   an upgrade fails.
 * @example
 * const store = openStore(resolveDbPath(flags.db), { busyTimeoutMs: 10_000 });
 */
export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  const migrations = loadMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
  if (file !== ':memory:') checkWritable(file, options.create ?? true);
  let db: Database.Database;
  try {
    db = new Database(sqlitePath(file));
  } catch (cause) {
    throw openError(file, cause);
  }
  try {
    // busy_timeout first: switching to WAL needs a lock another process may hold.
    setBusyTimeout(db, options);
    // The first real read happens here, so this is where a non-database file is detected.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    setConnectionPragmas(db);
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

/**
 * Opens an existing Dateline database for reading only: it never creates, migrates or analyses, so
 * a file that is read-only (`chmod 444`, a read-only mount) can be read. A WAL database needs its
 * `-shm` file, which SQLite creates beside it; when the folder is read-only and the file has no
 * pending `-wal` content, the file is opened as immutable instead.
 *
 * @param file - Database path; see {@link resolveDbPath}.
 * @param options - Busy timeout and the migrations directory (whose count is the schema version read).
 * @returns The open store, read-only (`store.db.readonly`); call `close()` when done.
 * @throws DatelineError `E_STORE_MISSING` when there is no such file; `E_STORE_OPEN` when it cannot be
 *   opened or is not a database; `E_STORE_OLD_SCHEMA` (naming `dateline migrate`) or
 *   `E_STORE_NEWER_SCHEMA` when its schema is not the one this Dateline reads.
 * @example
 * const store = openStoreReadOnly(resolveDbPath(flags.db));
 */
export function openStoreReadOnly(file: string, options: Omit<OpenStoreOptions, 'create'> = {}): Store {
  const known = loadMigrations(options.migrationsDir ?? MIGRATIONS_DIR).length;
  if (!existsSync(file)) throw new DatelineError('E_STORE_MISSING', { file });
  let db = openReading(file, () => new Database(sqlitePath(file), { readonly: true, fileMustExist: true }));
  let found: number;
  try {
    setBusyTimeout(db, options);
    found = schemaVersion(db);
  } catch (cause) {
    db.close();
    if (!canOpenImmutable(file, cause)) throw openError(file, cause);
    db = openReading(file, () => openImmutable(file));
    found = schemaVersion(db);
  }
  if (found !== known) {
    db.close();
    throw new DatelineError(found < known ? 'E_STORE_OLD_SCHEMA' : 'E_STORE_NEWER_SCHEMA', { file, found, known });
  }
  setConnectionPragmas(db);
  // A second guard beside the read-only handle: any statement that would write fails.
  db.pragma('query_only = ON');
  return new Store(db, file);
}

function openReading(file: string, open: () => Database.Database): Database.Database {
  try {
    return open();
  } catch (cause) {
    throw openError(file, cause);
  }
}

// SQLite cannot create the -shm of a WAL database in a read-only folder. Immutable mode skips the
// -shm and the -wal, so it is only right when the -wal holds nothing a writer left behind.
function canOpenImmutable(file: string, cause: unknown): boolean {
  const code = (cause as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^SQLITE_(CANTOPEN|READONLY)/.test(code)) return false;
  return !existsSync(`${file}-wal`) || statSync(`${file}-wal`).size === 0;
}

function checkWritable(file: string, create: boolean): void {
  if (!existsSync(file)) {
    if (!create) throw new DatelineError('E_STORE_MISSING', { file });
    if (!existsSync(dirname(file))) throw new DatelineError('E_STORE_OPEN', { file, detail: `no such folder ${dirname(file)}` });
    return;
  }
  try {
    accessSync(file, constants.W_OK);
  } catch {
    throw new DatelineError('E_STORE_READ_ONLY', { file, detail: 'this command writes; commands that only read (stats, search, articles, serve --read-only) can open it' });
  }
}

function setBusyTimeout(db: Database.Database, options: OpenStoreOptions): void {
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS))}`);
}

function setConnectionPragmas(db: Database.Database): void {
  db.pragma('foreign_keys = ON');
  // A bigger page cache keeps the indexes of a long ingest in memory (the default is 2 MB).
  db.pragma('cache_size = -32768');
  db.pragma('temp_store = MEMORY');
}

function openError(file: string, cause: unknown): DatelineError {
  return new DatelineError('E_STORE_OPEN', { file, detail: cause instanceof Error ? cause.message : String(cause) }, {}, { cause });
}
