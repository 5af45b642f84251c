import { buildPipeline, defaultWorkerCount, loadKnowledge, pipelineAnnotator, workerAnnotator, type Annotator, type Limits } from '../index.ts';
import { gcIntervalFrom, startHeapTrim } from '../lib/heap-trim.ts';
import { parseCount } from './context.ts';

/** The `--workers` option's help text, shared by the commands that ingest. */
export const WORKERS_HELP = `threads that run the NLP while the main thread reads and stores; 0 runs it on the main thread (default: cores - 1 = ${defaultWorkerCount()})`;

/**
 * The annotator a command ingests with: `--workers 0` runs the pipeline on this thread, any other
 * count (default one per core but one) in worker threads. The caller closes it.
 *
 * @example
 * const annotator = annotatorFor(flags.workers);
 * try { await ingestPaths(store, annotator, paths); } finally { await annotator.close(); }
 */
export function annotatorFor(workers: string | undefined, limits?: Partial<Limits>): Annotator {
  const count = workers === undefined ? defaultWorkerCount() : parseCount(workers, '--workers');
  // A command's annotator runs a whole batch job, so this thread and every worker trim their heaps
  // while it is open (src/lib/heap-trim.ts: otherwise memory grows with the input's size).
  const gcIntervalMs = gcIntervalFrom(process.env);
  const annotator = count === 0 ? pipelineAnnotator(buildPipeline(loadKnowledge(), { limits })) : workerAnnotator({ workers: count, limits, gcIntervalMs });
  const stopTrim = startHeapTrim(gcIntervalMs);
  return {
    concurrency: annotator.concurrency,
    annotate: (articles) => annotator.annotate(articles),
    close: async () => {
      stopTrim();
      await annotator.close();
    },
  };
}
