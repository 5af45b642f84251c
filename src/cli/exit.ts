/**
 * The CLI's error convention (DECISIONS §7, docs/errors.md "Exit status"): one line per failure,
 * a stack trace only with DATELINE_DEBUG=1, and one exit status per kind of outcome.
 */
// Straight from the modules, not index.ts: main.ts loads this before any command, and start-up stays light.
import { DatelineError, type ErrorCode } from '../errors.ts';
import { storeFailure } from '../store/failure.ts';

/** Exit statuses of every `dateline` command. */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** Done, with records rejected (each reported). */
  rejected: 1,
  /** A usage error or nothing usable: a bad flag, a missing input file, no such article. */
  usage: 2,
  /** The store is unavailable: cannot be opened, missing, locked, full, read-only, wrong schema. */
  store: 3,
  /** Interrupted by SIGINT (Ctrl-C), as shells report it: 128 + 2. */
  interrupted: 130,
} as const;

const STORE_UNAVAILABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'E_STORE_OPEN', 'E_STORE_MISSING', 'E_STORE_OLD_SCHEMA', 'E_STORE_NEWER_SCHEMA', 'E_STORE_MIGRATION',
  'E_STORE_READ_ONLY', 'E_STORE_FULL', 'E_STORE_BUSY', 'E_STORE_FAILED',
]);

// Operating-system failures a user can act on; anything else is a bug, still told in one line.
const SYSTEM_ERRORS: Readonly<Record<string, { status: number; what: string }>> = {
  ENOSPC: { status: EXIT.store, what: 'the disk is full' },
  EDQUOT: { status: EXIT.store, what: 'the disk quota is exceeded' },
  ENOENT: { status: EXIT.usage, what: 'no such file' },
  EACCES: { status: EXIT.usage, what: 'permission denied' },
  EISDIR: { status: EXIT.usage, what: 'is a folder' },
};

/** What the CLI prints and returns for a failure. */
export interface Failure {
  status: number;
  /** One line, without the `dateline: ` prefix. */
  message: string;
}

/**
 * Classifies anything a command threw: a {@link DatelineError} keeps its message, a SQLite error
 * becomes the store error it stands for, an OS error says what happened, anything else is one line.
 *
 * @example
 * describeFailure(new DatelineError('E_STORE_MISSING', { file: 'x.db' })).status; // 3
 */
export function describeFailure(error: unknown): Failure {
  const known = storeFailure(error);
  if (known instanceof DatelineError) {
    return { status: STORE_UNAVAILABLE.has(known.code) ? EXIT.store : EXIT.usage, message: oneLine(known.message) };
  }
  const system = SYSTEM_ERRORS[(known as NodeJS.ErrnoException | null)?.code ?? ''];
  const detail = oneLine(known instanceof Error ? known.message : String(known));
  if (system) return { status: system.status, message: `${system.what}: ${detail}` };
  return { status: EXIT.usage, message: `unexpected error: ${detail} (DATELINE_DEBUG=1 shows where)` };
}

/**
 * Prints one failure to `err` (with the stack and causes when `env.DATELINE_DEBUG` is 1) and
 * returns its exit status.
 */
export function reportFailure(error: unknown, err: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): number {
  const { status, message } = describeFailure(error);
  err.write(`dateline: ${message}\n`);
  if (env.DATELINE_DEBUG === '1') err.write(`${stackOf(storeFailure(error))}\n`);
  return status;
}

function stackOf(error: unknown): string {
  const lines: string[] = [];
  for (let e: unknown = error; e !== undefined; e = (e as { cause?: unknown } | null)?.cause) {
    lines.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
    if (!(e instanceof Error)) break;
  }
  return lines.join('\nCaused by: ');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Watches an output stream for a reader that went away (`dateline search x | head -1`). */
export interface PipeWatch {
  /** True once a write failed with EPIPE: the command should end quietly with status 0. */
  readonly closed: boolean;
  /** A write error other than EPIPE, to be reported. */
  readonly failed: Error | undefined;
  /** Stops watching (kept when the pipe closed: later writes to the dead stream still error). */
  stop(): void;
}

/**
 * Listens for write errors on `out` so a closed pipe does not crash the process with a trace.
 *
 * @example
 * const pipe = watchPipe(process.stdout);
 */
export function watchPipe(out: NodeJS.WritableStream): PipeWatch {
  const state: { failed: Error | undefined } = { failed: undefined };
  const onError = (error: Error): void => {
    state.failed ??= error;
  };
  // A failed write marks the stream errored at once but emits 'error' a tick later, maybe after the
  // command returned: both are looked at.
  const failure = (): Error | undefined => state.failed ?? ((out as { errored?: Error | null }).errored ?? undefined);
  const isClosed = (error: Error | undefined): boolean => ['EPIPE', 'ERR_STREAM_DESTROYED'].includes((error as NodeJS.ErrnoException | undefined)?.code ?? '');
  out.on('error', onError);
  return {
    get closed() {
      return isClosed(failure());
    },
    get failed() {
      const error = failure();
      return isClosed(error) ? undefined : error;
    },
    stop: () => {
      if (!failure()) out.off('error', onError);
    },
  };
}

/**
 * Makes SIGINT (Ctrl-C) end the process with status 130 and one line on `err`, unless a command
 * listens for SIGINT itself (`serve` stops its server and ends with 0). Committed ingest batches
 * stay whole: SQLite drops only the open transaction. Returns a function that stops listening.
 */
export function exitOnInterrupt(err: NodeJS.WritableStream): () => void {
  const onInterrupt = (): void => {
    if (process.listenerCount('SIGINT') > 1) return;
    err.write('dateline: interrupted\n');
    process.exit(EXIT.interrupted);
  };
  process.on('SIGINT', onInterrupt);
  return () => process.off('SIGINT', onInterrupt);
}
