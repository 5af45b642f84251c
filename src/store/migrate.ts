import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { DatelineError } from '../errors.ts';

/** The migrations shipped with this module: `src/store/migrations/NNN_name.sql`. */
export const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** One schema step, read from `NNN_name.sql`; applying it moves the database to `version`. */
export interface Migration {
  version: number;
  /** File name, e.g. `001_init.sql`, for messages. */
  name: string;
  sql: string;
}

/** What {@link migrate} did. */
export interface MigrationResult {
  /** Schema version found on open. */
  from: number;
  /** Schema version after migrating. */
  to: number;
  /** File names of the migrations applied, in order. */
  applied: string[];
}

/** Options for {@link migrate}. */
export interface MigrateOptions {
  /** Database file name, for messages. */
  file: string;
  /** Migrations to apply; defaults to {@link loadMigrations} of {@link MIGRATIONS_DIR}. */
  migrations?: readonly Migration[];
}

const MIGRATION_FILE = /^(\d+)_[\w-]+\.sql$/;

/**
 * Reads the migration files of `dir`, ordered by number. Numbers must run 1, 2, 3, ... without
 * gaps or repeats: `user_version` records how many have been applied, so a gap would make a
 * later migration look applied when it never ran.
 *
 * @param dir - Directory of `NNN_name.sql` files (URL or path).
 * @returns The migrations in order.
 * @throws Error when numbering has a gap or a repeat (a packaging bug, not a user error).
 * @example
 * const migrations = loadMigrations(MIGRATIONS_DIR);
 * migrations.at(-1)?.version; // the newest schema this build knows
 */
export function loadMigrations(dir: URL | string = MIGRATIONS_DIR): Migration[] {
  const path = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const migrations = readdirSync(path)
    .map((name) => ({ name, match: MIGRATION_FILE.exec(name) }))
    .filter((f): f is { name: string; match: RegExpExecArray } => f.match !== null)
    .map(({ name, match }) => ({ version: Number(match[1]), name, sql: readFileSync(`${path}/${name}`, 'utf8') }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`migrations in ${path}: expected number ${i + 1} at ${m.name} (numbers must run 1, 2, 3, ... once each)`);
    }
  });
  return migrations;
}

/**
 * The schema version recorded in the database header (`PRAGMA user_version`); 0 for a new file.
 *
 * @param db - The open connection.
 * @returns The number of migrations applied.
 * @example
 * schemaVersion(store.db); // 1
 */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration newer than the database's `user_version`, each in its own IMMEDIATE
 * transaction that also bumps `user_version`, so a crash leaves the file at a whole version.
 * The version is re-read inside the transaction: two processes opening a new file at once must
 * not both run the same migration.
 *
 * Migrations run with `foreign_keys=ON`. One that rebuilds a table must not rely on switching it
 * off, since that pragma is a no-op inside a transaction; use `PRAGMA defer_foreign_keys` instead.
 *
 * @param db - The open connection.
 * @param options - File name for messages, and the migrations to apply.
 * @returns The versions before and after, and the migrations applied.
 * @throws DatelineError `E_STORE_NEWER_SCHEMA` when the database is newer than every migration
 *   known; `E_STORE_MIGRATION` when a migration fails (the database keeps its previous version).
 * @example
 * const { from, to } = migrate(db, { file: 'dateline.db' });
 */
export function migrate(db: Database.Database, options: MigrateOptions): MigrationResult {
  const migrations = options.migrations ?? loadMigrations();
  const known = migrations.length;
  const from = schemaVersion(db);
  if (from > known) {
    throw new DatelineError('E_STORE_NEWER_SCHEMA', { file: options.file, found: from, known });
  }
  const applied: string[] = [];
  for (const migration of migrations.slice(from)) {
    const applyOne = db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return false;
      db.exec(migration.sql);
      // A pragma takes no bound parameters; the version is an integer we parsed ourselves.
      db.pragma(`user_version = ${migration.version}`);
      return true;
    });
    try {
      if (applyOne.immediate()) applied.push(migration.name);
    } catch (cause) {
      throw new DatelineError('E_STORE_MIGRATION', { file: options.file, migration: migration.name, detail: (cause as Error).message }, {}, { cause });
    }
  }
  return { from, to: schemaVersion(db), applied };
}
