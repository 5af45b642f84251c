import { DatelineError, type ErrorCode } from '../errors.ts';

// SQLite's primary result codes, as better-sqlite3 spells them; extended codes
// (SQLITE_READONLY_DIRECTORY, SQLITE_IOERR_WRITE) start with the primary one.
const CODE_BY_PRIMARY: readonly (readonly [string, ErrorCode])[] = [
  ['SQLITE_FULL', 'E_STORE_FULL'],
  ['SQLITE_BUSY', 'E_STORE_BUSY'],
  ['SQLITE_LOCKED', 'E_STORE_BUSY'],
  ['SQLITE_READONLY', 'E_STORE_READ_ONLY'],
];

/**
 * Turns an error the SQLite driver raised (disk full, locked, read-only, corrupt, I/O) into a
 * {@link DatelineError} with a one-line message, keeping the driver's error as its `cause`. Other
 * errors, including DatelineErrors, come back unchanged: the CLI and the API decide what they mean.
 *
 * @param error - Anything a store call threw.
 * @param file - The database file, when the caller knows it, for the read-only message.
 * @returns A DatelineError (`E_STORE_FULL`, `E_STORE_BUSY`, `E_STORE_READ_ONLY`, `E_STORE_FAILED`) or `error` itself.
 * @example
 * try { store.insertArticles(batch); } catch (e) { throw storeFailure(e, store.file); }
 */
export function storeFailure(error: unknown, file = 'the store'): unknown {
  if (!isSqliteError(error)) return error;
  const detail = `${error.message} (${error.code})`;
  const code = CODE_BY_PRIMARY.find(([primary]) => error.code === primary || error.code.startsWith(`${primary}_`))?.[1] ?? 'E_STORE_FAILED';
  return new DatelineError(code, { file, detail }, {}, { cause: error });
}

// Recognised by shape, not `instanceof`: the CLI classifies errors without loading the driver.
function isSqliteError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === 'SqliteError' && typeof (error as { code?: unknown }).code === 'string';
}
