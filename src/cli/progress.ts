import cliProgress from 'cli-progress';
import type { IngestProgress } from '../index.ts';

/** A progress reporter: `update` on each step, `stop` at the end. Silent when not on a terminal. */
export interface ProgressReporter {
  update(progress: IngestProgress): void;
  stop(): void;
}

/**
 * A progress bar over files with articles/second, drawn on stderr only when it is a terminal, so
 * piped and scripted runs stay clean.
 */
export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }): ProgressReporter {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: 'ingest [{bar}] {value}/{total} files | {read} read, {inserted} new | {rate} articles/s', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let begun = false;
  return {
    update(p) {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      const payload = { read: p.read, inserted: p.inserted, rate: Math.round(p.read / seconds) };
      if (!begun) {
        bar.start(p.files, p.filesDone, payload);
        begun = true;
      } else bar.update(p.filesDone, payload);
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}
