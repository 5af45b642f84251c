import { DatelineError, openStore, resolveDbPath, type Store } from '../index.ts';

/** Output streams, so tests can capture what a command prints. */
export interface Io {
  /** Standard input for `--jsonl` and `-`; defaults to `process.stdin`. */
  in?: NodeJS.ReadableStream;
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Opens the store named by `--db`, `DATELINE_DB` or the default, runs `fn`, and closes it. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T> | T): Promise<T> {
  const store = openStore(resolveDbPath(db));
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/** Today as `YYYY-MM-DD`: the default where a command's date is optional (the CLI may read the clock, the library never). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Checks a `YYYY-MM-DD` option value. */
export function checkDate(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new DatelineError('E_USAGE_BAD_DATE', { value: JSON.stringify(value), option });
  }
  return value;
}

/** Parses a positive integer option. */
export function parseCount(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new DatelineError('E_USAGE', { detail: `${option} must be a whole number, got ${JSON.stringify(value)}` });
  return n;
}
