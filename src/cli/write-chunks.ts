/** Writing a long export to a stream or file with backpressure. */

/**
 * Resolves once the stream asks for more (`drain`), or can take no more (`close`, `error`), and
 * removes all three listeners whichever comes first. (A `Promise.race` of `once(drain)` and
 * `once(close)` leaves the loser's listeners behind: an export that waits eleven times trips
 * Node's MaxListenersExceededWarning.)
 */
function drainedOrDone(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
    out.on('error', done);
  });
}

/**
 * Writes chunks in order, waiting whenever the stream asks to, so a 100k-row export never piles up
 * in memory. A reader that goes away (`| head`) ends the export quietly rather than crashing it.
 *
 * @param out - Standard output or a file stream.
 * @param chunks - Text or bytes, computed lazily.
 * @throws The stream's error, unless it is EPIPE.
 * @example
 * await writeChunks(createWriteStream('events.csv'), eventsCsvLines(rows));
 */
export async function writeChunks(out: NodeJS.WritableStream, chunks: Iterable<string | Uint8Array>): Promise<void> {
  let failed: (Error & { code?: string }) | null = null;
  const onError = (error: Error): void => {
    failed = error;
  };
  out.on('error', onError);
  try {
    for (const chunk of chunks) {
      if (failed) break;
      if (!out.write(chunk)) await drainedOrDone(out);
    }
  } finally {
    out.off('error', onError);
  }
  const error = failed as (Error & { code?: string }) | null;
  if (error && error.code !== 'EPIPE') throw error;
}
