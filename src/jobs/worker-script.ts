/** The script a worker thread starts with, and the module it then imports (if any). */
export interface WorkerScript {
  script: URL;
  /** For the tsx shim: the TypeScript entry, as a file URL. */
  entry?: string;
}

/**
 * Where an annotation worker thread starts. From the sources, `ts-worker.mjs` registers tsx (workers
 * do not inherit the parent's loader) and imports `annotate-worker.ts`. The bundled CLI replaces
 * this module with one naming the bundled worker (scripts/build.ts).
 *
 * @example
 * const { script, entry } = annotateWorkerScript();
 * new Worker(script, { workerData: { entry, recipe } });
 */
export function annotateWorkerScript(): WorkerScript {
  return { script: new URL('./ts-worker.mjs', import.meta.url), entry: new URL('./annotate-worker.ts', import.meta.url).href };
}
