import { articleId, listInputFiles, readInput, type ArticleInput, type ReadInputOptions } from '../ingest/index.ts';
import { createDoc, type Doc } from '../doc/index.ts';
import type { Pipeline } from '../nlp/pipeline.ts';
import type { ArticleBatchItem, Store } from '../store/index.ts';
import type { Problem } from '../errors.ts';

// Progress is reported every this many articles, and after each batch and each file.
const PROGRESS_EVERY = 20;

/** Options for {@link ingestPaths}. */
export interface IngestOptions extends ReadInputOptions {
  /** Store nothing when any record is bad (default: store the good ones and report the bad). */
  strict?: boolean;
  /** Articles per transaction; a killed process keeps every committed batch whole. Default 200. */
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
  /** True when `strict` was set and a problem stopped anything from being stored. */
  aborted: boolean;
}

/** Runs the pipeline over one article and shapes it for the store. */
export function annotateArticle(pipeline: Pipeline, article: ArticleInput & { id: string }): ArticleBatchItem {
  const doc: Doc = pipeline.run(createDoc(article.text, article.date, { id: article.id, title: article.title }));
  return {
    article,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    mentions: doc.spans.actors ?? [],
    timex: doc.spans.timex ?? [],
    events: doc.spans.events ?? [],
    quotes: doc.spans.quotes ?? [],
    statements: doc.spans.statements ?? [],
  };
}

/**
 * Reads every input path (files, folders recursively, `-` for stdin), runs the pipeline on each new
 * article and stores it in batches of one transaction each. Articles already stored (same content
 * hash) are counted, not processed again. Bad records are reported and skipped; with `strict`, any bad
 * record means nothing is stored.
 *
 * @example
 * const summary = await ingestPaths(store, pipeline, ['examples/articles']);
 * console.log(`${summary.read} read, ${summary.inserted} new, ${summary.existing} already stored`);
 */
export async function ingestPaths(store: Store, pipeline: Pipeline, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 200;
  const files = paths.includes('-') ? [...(await listInputFiles(paths.filter((p) => p !== '-'))), '-'] : await listInputFiles(paths);
  const summary: IngestSummary = { files: files.length, filesDone: 0, read: 0, processed: 0, inserted: 0, existing: 0, rejected: 0, bytes: 0, problems: [], aborted: false };
  const report = (): void => options.onProgress?.({ ...summary });

  // Strict mode must see every problem before storing anything, so it reads everything first.
  const pending: ArticleInput[] = [];
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
  const handle = (article: ArticleInput): void => {
    summary.processed++;
    const id = articleId(article.title, article.text);
    if (seen.has(id) || store.hasArticle(id)) {
      summary.existing++;
    } else {
      seen.add(id);
      summary.bytes += Buffer.byteLength(article.text);
      batch.push(annotateArticle(pipeline, { ...article, id }));
      if (batch.length >= batchSize) flush();
    }
    if (summary.processed % PROGRESS_EVERY === 0) report();
  };

  for (const file of files) {
    const result = await readInput(file, options);
    summary.read += result.articles.length;
    summary.rejected += result.problems.length;
    summary.problems.push(...result.problems);
    if (options.strict) pending.push(...result.articles);
    else result.articles.forEach(handle);
    summary.filesDone++;
    report();
  }
  if (options.strict) {
    if (summary.problems.length) {
      summary.aborted = true;
      return summary;
    }
    pending.forEach(handle);
  }
  flush();
  return summary;
}

/** Exit status for an ingest: 0 all good, 1 some records rejected, 2 nothing usable. */
export function ingestExitCode(summary: IngestSummary): 0 | 1 | 2 {
  if (summary.aborted || (summary.read === 0 && summary.problems.length > 0)) return 2;
  if (summary.read === 0 && summary.files === 0) return 2;
  return summary.problems.length ? 1 : 0;
}
