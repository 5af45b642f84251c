import { articleId, listInputFiles, readRecords, type ArticleInput, type ReadInputOptions } from '../ingest/index.ts';
import type { Pipeline } from '../nlp/pipeline.ts';
import type { ArticleBatchItem, Store } from '../store/index.ts';
import type { Problem } from '../errors.ts';
import { isAnnotator, pipelineAnnotator, type AnnotatedItem, type Annotator, type ArticleWithId } from './annotator.ts';

// Progress is reported every this many articles, and after each batch and each file.
const PROGRESS_EVERY = 20;
// Articles per annotation chunk: big enough that posting to a worker costs little, small enough
// that the first batch is stored soon.
const CHUNK = 16;

/** Options for {@link ingestPaths}. */
export interface IngestOptions extends ReadInputOptions {
  /** Store nothing when any record is bad (default: store the good ones and report the bad). */
  strict?: boolean;
  /**
   * Articles per transaction; a killed process keeps every committed batch whole. Default 200 on one
   * thread; 64 with worker threads, so that storing one batch overlaps with annotating the next.
   */
  batchSize?: number;
  /** Called after each stored batch and each file, for progress bars. */
  onProgress?: (progress: IngestProgress) => void;
}

/** Running totals of an ingest. */
export interface IngestProgress {
  files: number;
  filesDone: number;
  read: number;
  /** Articles done: run through the pipeline (stored or waiting in the open batch) or found already stored. */
  processed: number;
  inserted: number;
  existing: number;
  rejected: number;
  /** Bytes of article text processed so far. */
  bytes: number;
}

/** What an ingest did, with every rejected record and why. */
export interface IngestSummary extends IngestProgress {
  problems: Problem[];
  /**
   * Limits reached on stored articles (sentences not annotated, a sentence not coded, events
   * dropped), each naming the article. They do not change the exit status.
   */
  warnings: Problem[];
  /** True when `strict` was set and a problem stopped anything from being stored. */
  aborted: boolean;
}

/**
 * Reads every input path (files, folders recursively, `-` for stdin), runs the pipeline on each new
 * article and stores it in batches of one transaction each. Articles already stored (same content
 * hash) are counted, not processed again. Bad records are reported and skipped; with `strict`, any bad
 * record means nothing is stored. Given an {@link Annotator} (such as `workerAnnotator()`), the NLP
 * runs on it, overlapping with reading and storing; the caller closes it.
 *
 * @example
 * const summary = await ingestPaths(store, pipeline, ['examples/articles']);
 * console.log(`${summary.read} read, ${summary.inserted} new, ${summary.existing} already stored`);
 */
export async function ingestPaths(store: Store, annotatorOrPipeline: Pipeline | Annotator, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const files = paths.includes('-') ? [...(await listInputFiles(paths.filter((p) => p !== '-'))), '-'] : await listInputFiles(paths);
  const summary: IngestSummary = { files: files.length, filesDone: 0, read: 0, processed: 0, inserted: 0, existing: 0, rejected: 0, bytes: 0, problems: [], warnings: [], aborted: false };
  const report = (): void => options.onProgress?.({ ...summary });
  const annotator = isAnnotator(annotatorOrPipeline) ? annotatorOrPipeline : pipelineAnnotator(annotatorOrPipeline);
  const batchSize = options.batchSize ?? (annotator.concurrency > 1 ? 64 : 200);

  // Strict mode must see every problem before storing anything: it reads every input once to find
  // them, then again to store. Standard input cannot be read twice, so its articles are kept.
  const seen = new Set<string>();
  let batch: ArticleBatchItem[] = [];
  const flush = (): void => {
    if (!batch.length) return;
    const result = store.insertArticles(batch);
    summary.inserted += result.inserted.length;
    summary.existing += result.existing.length;
    batch = [];
    report();
  };
  // Chunks in flight, oldest first: results are stored in the order the articles were read. Worker
  // threads get a whole batch ahead, so they keep annotating while this thread writes a batch.
  const inFlight: Promise<AnnotatedItem[]>[] = [];
  const maxInFlight = annotator.concurrency > 1 ? annotator.concurrency + Math.ceil(batchSize / CHUNK) : annotator.concurrency;
  let chunk: ArticleWithId[] = [];
  const submit = (): void => {
    if (!chunk.length) return;
    const annotated = annotator.annotate(chunk);
    // Marked handled now; the rejection still reaches the await that drains it.
    annotated.catch(() => {});
    inFlight.push(annotated);
    chunk = [];
  };
  const drainOne = async (): Promise<void> => {
    for (const item of await inFlight.shift()!) {
      if (item.warnings) {
        summary.warnings.push(...item.warnings);
        delete item.warnings;
      }
      batch.push(item);
      if (batch.length >= batchSize) flush();
    }
  };
  const handle = async (article: ArticleInput): Promise<void> => {
    summary.processed++;
    const id = articleId(article.title, article.text);
    if (seen.has(id) || store.hasArticle(id)) {
      summary.existing++;
    } else {
      seen.add(id);
      summary.bytes += Buffer.byteLength(article.text);
      chunk.push({ ...article, id });
      if (chunk.length >= CHUNK) submit();
      while (inFlight.length >= maxInFlight) await drainOne();
    }
    if (summary.processed % PROGRESS_EVERY === 0) report();
  };
  const stdinArticles: ArticleInput[] = [];

  // Records are read one at a time and each is handed on before the next is read (JSON Lines and
  // CSV are streamed), so memory follows the chunks in flight, not the size of the input.
  for (const file of files) {
    for await (const item of readRecords(file, options)) {
      if ('problem' in item) {
        summary.rejected++;
        summary.problems.push(item.problem);
        continue;
      }
      summary.read++;
      if (!options.strict) await handle(item.article);
      else if (file === '-') stdinArticles.push(item.article);
    }
    summary.filesDone++;
    report();
  }
  if (options.strict) {
    if (summary.problems.length) {
      summary.aborted = true;
      return summary;
    }
    for (const file of files) {
      if (file === '-') {
        for (const article of stdinArticles) await handle(article);
        continue;
      }
      for await (const item of readRecords(file, options)) if ('article' in item) await handle(item.article);
    }
  }
  submit();
  while (inFlight.length) await drainOne();
  flush();
  return summary;
}

/** Exit status for an ingest: 0 all good, 1 some records rejected, 2 nothing usable. */
export function ingestExitCode(summary: IngestSummary): 0 | 1 | 2 {
  if (summary.aborted || (summary.read === 0 && summary.problems.length > 0)) return 2;
  if (summary.read === 0 && summary.files === 0) return 2;
  return summary.problems.length ? 1 : 0;
}
