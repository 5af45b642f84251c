import { existsSync } from 'node:fs';
import {
  DatelineError, openStore, openStoreReadOnly, refreshPlannerStats, resolveDbPath, type Store,
} from '../index.ts';
import { isIsoDay } from '../lib/calendar-day.ts';

/** Output streams, so tests can capture what a command prints. */
export interface Io {
  /** Standard input for `--jsonl` and `-`; defaults to `process.stdin`. */
  in?: NodeJS.ReadableStream;
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * Opens the store named by `--db`, `DATELINE_DB` or the default read-only, runs `fn`, and closes
 * it. Commands that only read use this: they never create, migrate or analyse a store, so a
 * missing file is `E_STORE_MISSING` and a read-only file can be read (DECISIONS §5).
 */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T> | T): Promise<T> {
  const store = openStoreReadOnly(resolveDbPath(db));
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/** Options for {@link withWritableStore}. */
export interface WritableStoreOptions {
  /** Whether a missing file becomes a new store (`ingest`, `demo`); else it is `E_STORE_MISSING`. */
  create: boolean;
}

/**
 * Opens the store for a command that writes (`ingest`, `migrate`, `serve` with uploads): migrates it
 * on open, runs `fn`, refreshes the planner statistics and closes it.
 */
export async function withWritableStore<T>(db: string | undefined, options: WritableStoreOptions, fn: (store: Store) => Promise<T> | T): Promise<T> {
  const store = openStore(resolveDbPath(db), { create: options.create });
  try {
    return await fn(store);
  } finally {
    try {
      refreshPlannerStats(store);
    } catch {
      // Statistics are an optimisation: a full disk must be reported as what stopped `fn`, not as this.
    }
    store.close();
  }
}

/**
 * Checks that every input path exists (`-` is standard input), before anything is opened or created.
 *
 * @throws DatelineError `E_USAGE_NO_SUCH_FILE` naming the first missing path.
 */
export function requireInputs(paths: readonly string[]): void {
  const missing = paths.find((p) => p !== '-' && !existsSync(p));
  if (missing !== undefined) throw new DatelineError('E_USAGE_NO_SUCH_FILE', { path: missing });
}

/** Today as `YYYY-MM-DD`: the default where a command's date is optional (the CLI may read the clock, the library never). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Checks a `YYYY-MM-DD` option value: a real calendar day (`2022-02-30` is refused, as the API does). */
export function checkDate(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDay(value)) {
    throw new DatelineError('E_USAGE_BAD_DATE', { value: JSON.stringify(value), option });
  }
  return value;
}

/** The largest count an option takes: beyond it a number is no longer exact in JavaScript. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** Parses a whole-number option (`--limit`, `--offset`, ...): digits only, at most {@link MAX_COUNT}. */
export function parseCount(value: string, option: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n <= MAX_COUNT)) {
    throw new DatelineError('E_USAGE', { detail: `${option} must be a whole number from 0 to ${MAX_COUNT}, got ${JSON.stringify(value)}` });
  }
  return n;
}
