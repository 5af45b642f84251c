import cliProgress from 'cli-progress';
import type { IngestProgress } from '../index.ts';

/** A progress reporter: `update` on each step, `stop` at the end. Silent when not on a terminal. */
export interface ProgressReporter {
  update(progress: IngestProgress): void;
  stop(): void;
}

/**
 * A progress bar over the articles read so far (the total grows as files are read), with the file
 * count and articles/second, drawn on stderr only when it is a terminal, so piped and scripted runs
 * stay clean.
 */
export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }): ProgressReporter {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: 'ingest [{bar}] {value}/{total} articles | file {filesDone}/{files} | {inserted} new | {rate} articles/s', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let begun = false;
  return {
    update(p) {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      const payload = { filesDone: p.filesDone, files: p.files, inserted: p.inserted, rate: Math.round(p.processed / seconds) };
      if (!begun) {
        bar.start(Math.max(1, p.read), p.processed, payload);
        begun = true;
      } else {
        bar.setTotal(Math.max(1, p.read));
        bar.update(p.processed, payload);
      }
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}
