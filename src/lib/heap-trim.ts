/**
 * Periodic full garbage collections for long batch jobs (ingest, recode). V8 sizes its heap limit
 * from the machine's memory (several GB here) and lets a busy heap grow far towards it before a
 * full collection, so a 20 MB ingest peaked at 2.5 times the memory of a 100 KB one although its
 * live data did not grow (docs/limits.md). A full collection every second returns that
 * memory at a cost of a few per cent of the run time. `DATELINE_GC_INTERVAL_MS=0` turns it off.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** Default interval between collections, in ms. */
export const DEFAULT_GC_INTERVAL_MS = 1000;

/**
 * The interval a job should use: `DATELINE_GC_INTERVAL_MS` when it is a whole number, else the default.
 *
 * @example
 * gcIntervalFrom({ DATELINE_GC_INTERVAL_MS: '0' }); // 0 (off)
 */
export function gcIntervalFrom(env: Record<string, string | undefined>): number {
  const raw = env.DATELINE_GC_INTERVAL_MS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_GC_INTERVAL_MS;
  const ms = Number(raw);
  return Number.isInteger(ms) && ms >= 0 ? ms : DEFAULT_GC_INTERVAL_MS;
}

let collect: (() => void) | undefined;

// The collector is reachable without starting node with --expose-gc: the flag can be set at run time,
// and a fresh context then sees `gc` (each thread gets its own isolate's).
function collector(): () => void {
  if (!collect) {
    v8.setFlagsFromString('--expose_gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  return collect;
}

/**
 * Starts a full collection every `intervalMs` on this thread; the timer never keeps the process
 * alive. Returns the function that stops it. An interval of 0 (or less) does nothing.
 *
 * @example
 * const stop = startHeapTrim(gcIntervalFrom(process.env));
 * try { await ingestPaths(store, annotator, paths); } finally { stop(); }
 */
export function startHeapTrim(intervalMs: number): () => void {
  if (!(intervalMs > 0)) return () => {};
  const gc = collector();
  const timer = setInterval(gc, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
