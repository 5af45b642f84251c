import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';

// better-sqlite3 reads URI filenames (and so `?immutable=1`) only when SQLITE_USE_URI is 1 as its
// native addon loads, which happens on the first `new Database`: set here, before any store opens.
process.env.SQLITE_USE_URI ??= '1';

/**
 * The name to hand SQLite for a user's path: with URI filenames on, a relative path that starts
 * with `file:` would be read as a URI, so it gets a `./` in front.
 *
 * @param file - A path as the user gave it, or `:memory:`.
 * @returns The same file, safe from URI parsing.
 * @example
 * sqlitePath('file:x.db'); // './file:x.db'
 */
export function sqlitePath(file: string): string {
  return file.startsWith('file:') ? `./${file}` : file;
}

/**
 * Opens `file` read-only as immutable: SQLite takes no locks and reads neither `-shm` nor `-wal`.
 * Only for a database nobody writes and whose `-wal` is empty or absent.
 *
 * @param file - An existing database file.
 * @returns The read-only connection.
 * @throws SqliteError when the file cannot be opened (or URI filenames are off in this process).
 * @example
 * const db = openImmutable('/mnt/ro/dateline.db');
 */
export function openImmutable(file: string): Database.Database {
  return new Database(`${pathToFileURL(resolve(file)).href}?immutable=1`, { readonly: true, fileMustExist: true });
}
