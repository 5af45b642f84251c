import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleBatchItem } from '../store/index.ts';
import type { Annotator } from './annotator.ts';
import type { Limits } from '../ingest/limits.ts';
import { annotateWorkerScript } from './worker-script.ts';

/** What a worker needs to build the same pipeline as the caller (functions cannot cross threads). */
export interface PipelineRecipe {
  /** Data directory for `loadKnowledge`; default the package's own. */
  dataDir?: string;
  /** Stop on the first bad data entry. */
  strict?: boolean;
  /** Components to run; default all. */
  components?: readonly string[];
  /** Pipeline limits (see `DEFAULT_LIMITS`). */
  limits?: Partial<Limits>;
  /** Full garbage collection every this many ms in each worker (src/lib/heap-trim.ts); 0 or absent: none. */
  gcIntervalMs?: number;
}

/** Options for {@link workerAnnotator}. */
export interface WorkerAnnotatorOptions extends PipelineRecipe {
  /** Worker threads; default {@link defaultWorkerCount}. */
  workers?: number;
}

interface Pending {
  resolve: (items: ArticleBatchItem[]) => void;
  reject: (error: Error) => void;
}

type Reply = { seq: number; items: ArticleBatchItem[] } | { seq: number; error: { name: string; message: string; code?: string } };

/**
 * Worker threads for the NLP: one less than the cores, at least one. On two cores, one worker
 * annotates while the main thread reads files and writes SQLite.
 *
 * @example
 * defaultWorkerCount(); // 1 on a 2-core machine
 */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * An annotator that runs the pipeline in worker threads, each with its own copy of the knowledge
 * base, so annotating overlaps with the caller's reading and storing. Chunks go to the worker
 * with the fewest in flight; results come back keyed by sequence number.
 *
 * @example
 * const annotator = workerAnnotator({ workers: 1 });
 * try { const items = await annotator.annotate(articles); } finally { await annotator.close(); }
 */
export function workerAnnotator(options: WorkerAnnotatorOptions = {}): Annotator {
  const count = options.workers ?? defaultWorkerCount();
  const recipe: PipelineRecipe = { dataDir: options.dataDir, strict: options.strict, components: options.components, limits: options.limits, gcIntervalMs: options.gcIntervalMs };
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, Set<number>>();
  let seq = 0;
  let failure: Error | null = null;

  const fail = (error: Error): void => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };

  for (let i = 0; i < count; i++) {
    const { script, entry } = annotateWorkerScript();
    const worker = new Worker(script, { workerData: { entry, recipe } });
    const mine = new Set<number>();
    load.set(worker, mine);
    worker.on('message', (reply: Reply) => {
      mine.delete(reply.seq);
      const p = pending.get(reply.seq);
      pending.delete(reply.seq);
      if (!p) return;
      if ('items' in reply) p.resolve(reply.items);
      else p.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, code: reply.error.code }));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0 && load.has(worker)) fail(new Error(`annotation worker stopped with exit code ${code}`));
    });
  }

  return {
    concurrency: count * 2,
    annotate(articles) {
      if (failure) return Promise.reject(failure);
      const [worker, mine] = [...load.entries()].reduce((a, b) => (b[1].size < a[1].size ? b : a));
      const id = seq++;
      mine.add(id);
      return new Promise<ArticleBatchItem[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ seq: id, articles });
      });
    },
    async close() {
      const workers = [...load.keys()];
      load.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
