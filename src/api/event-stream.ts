/**
 * Streams every event of a filter as text lines (CSV, JSON Lines) or bytes (Parquet) without holding
 * them in memory.
 */
import { Readable } from 'node:stream';
import { iterateEvents, openStoreReadOnly, type EventFilter, type EventRow, type Store } from '../index.ts';

/** Turns rows into text lines, e.g. `eventsCsvLines`, or into byte chunks, e.g. `eventsParquetChunks`. */
export type LineWriter = (rows: Iterable<EventRow>) => Iterable<string> | Iterable<Uint8Array>;

// Lines are sent in chunks of about this many characters: one write per line would be slow.
const CHUNK_CHARS = 64 * 1024;

/**
 * A readable stream of `writeLines(events)`. It reads through its own connection to the store's
 * file: an open SQLite iterator makes its connection refuse every other statement, and other
 * requests keep using the shared one meanwhile. The filter is checked and the query started before
 * this returns, so a bad filter throws here (a 400) rather than breaking a download midway.
 *
 * @param store - The served store.
 * @param filter - The event filter.
 * @param writeLines - Rows to lines.
 * @returns The stream; its connection closes when it ends or is destroyed.
 * @throws DatelineError for a bad filter value.
 * @example
 * reply.type('text/csv').send(eventStream(store, filter, eventsCsvLines));
 */
export function eventStream(store: Store, filter: EventFilter, writeLines: LineWriter): Readable {
  // Read-only: a download never writes, and a store served read-only (a file this user cannot write) streams too.
  const reader = store.file === ':memory:' ? null : openStoreReadOnly(store.file);
  try {
    const rows = iterateEvents(reader?.db ?? store.db, filter)[Symbol.iterator]();
    const first = rows.next();
    // An in-memory store has no second connection: its rows are read up front.
    const rest: Iterable<EventRow> = reader ? { [Symbol.iterator]: () => rows } : [...{ [Symbol.iterator]: () => rows }];
    const all = (function* (): Generator<EventRow> {
      if (!first.done) yield first.value;
      yield* rest;
    })();
    const stream = Readable.from(chunks(writeLines(all)), { objectMode: false });
    stream.once('close', () => {
      rows.return?.();
      reader?.close();
    });
    return stream;
  } catch (error) {
    reader?.close();
    throw error;
  }
}

function* chunks(lines: Iterable<string> | Iterable<Uint8Array>): Generator<string | Uint8Array> {
  let buffer = '';
  for (const line of lines) {
    // Bytes come in chunks already (a Parquet row group).
    if (typeof line !== 'string') {
      yield line;
      continue;
    }
    buffer += line.endsWith('\n') ? line : `${line}\n`;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
