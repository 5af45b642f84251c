import { buildPipeline, defaultWorkerCount, loadKnowledge, pipelineAnnotator, workerAnnotator, type Annotator, type Limits } from '../index.ts';
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
  return count === 0 ? pipelineAnnotator(buildPipeline(loadKnowledge(), { limits })) : workerAnnotator({ workers: count, limits });
}
