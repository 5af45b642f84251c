import type { Pipeline } from '../nlp/pipeline.ts';
import type { ArticleBatchItem, RecodeSelection, Store } from '../store/index.ts';
import type { Problem } from '../errors.ts';
import { isAnnotator, pipelineAnnotator, type Annotator, type ArticleWithId } from './annotator.ts';

// Articles per annotation chunk, as ingest: one post to a worker each.
const CHUNK = 16;

/** Options for {@link recodeStore}. */
export interface RecodeOptions extends RecodeSelection {
  /**
   * Articles per transaction; a killed re-coding keeps every committed batch whole, and a rerun
   * finishes the rest. Default 200 on one thread, 64 with worker threads (as ingest).
   */
  batchSize?: number;
  /** Called after each committed batch. */
  onProgress?: (progress: RecodeProgress) => void;
}

/** Running totals of a re-coding. */
export interface RecodeProgress {
  /** Articles to re-code when it began. */
  total: number;
  /** Articles re-coded (committed) so far. */
  recoded: number;
}

/** What a re-coding did. */
export interface RecodeSummary extends RecodeProgress {
  /** Articles within the date bounds that the current pipeline had already coded and were left alone (0 with `all`). */
  current: number;
  /** Events coded again with the same type and trigger, which kept their ids. */
  eventsKept: number;
  /** Events the new coding added. */
  eventsAdded: number;
  /** Events of the old coding that the new one no longer finds. */
  eventsDropped: number;
  /** Limits reached on re-coded articles, each naming the article, as ingest reports them. */
  warnings: Problem[];
}

/**
 * Re-runs the current pipeline on stored articles (DECISIONS §9): those coded by another pipeline
 * version (or every one with `all`) within the date bounds, in storage order, in batches of one
 * transaction each that replace the articles' annotations and stamp the current version. A killed
 * run leaves each article wholly old or wholly new, and a rerun re-codes only what is left. Events
 * coded again keep their ids. Given an {@link Annotator} (such as `workerAnnotator()`), the NLP runs
 * on it while the previous batch is written; the caller closes it.
 *
 * @param store - A store opened for writing.
 * @param annotatorOrPipeline - The current pipeline, or an annotator running it.
 * @param options - Date bounds, `all`, batch size, progress.
 * @returns The counts.
 * @throws DatelineError `E_USAGE_BAD_DATE` for a malformed bound, store errors as ingest does.
 * @example
 * const s = await recodeStore(store, pipeline, { since: '2022-01-01' });
 * console.log(`${s.recoded} recoded, ${s.current} already current`);
 */
export async function recodeStore(store: Store, annotatorOrPipeline: Pipeline | Annotator, options: RecodeOptions = {}): Promise<RecodeSummary> {
  const selection: RecodeSelection = { since: options.since, until: options.until, all: options.all };
  const annotator = isAnnotator(annotatorOrPipeline) ? annotatorOrPipeline : pipelineAnnotator(annotatorOrPipeline);
  const batchSize = Math.max(1, options.batchSize ?? (annotator.concurrency > 1 ? 64 : 200));
  const counts = store.recodeCounts(selection);
  const current = options.all ? 0 : counts.current;
  const summary: RecodeSummary = { total: counts.total - current, recoded: 0, current, eventsKept: 0, eventsAdded: 0, eventsDropped: 0, warnings: [] };

  // One batch is annotated while the one before it is written.
  const fetch = (afterSeq: number): { lastSeq: number; annotated: Promise<ArticleBatchItem[]> } | null => {
    const page = store.articlesToRecode(selection, afterSeq, batchSize);
    if (!page.length) return null;
    const articles: ArticleWithId[] = page.map((p) => p.article);
    const chunks: Promise<ArticleBatchItem[]>[] = [];
    for (let i = 0; i < articles.length; i += CHUNK) {
      chunks.push(annotator.annotate(articles.slice(i, i + CHUNK)).then((items) => items.map(({ warnings, ...item }) => {
        if (warnings) summary.warnings.push(...warnings);
        return item;
      })));
    }
    const annotated = Promise.all(chunks).then((parts) => parts.flat());
    // Marked handled now; the rejection still reaches the await below.
    annotated.catch(() => {});
    return { lastSeq: page.at(-1)!.seq, annotated };
  };

  let next = fetch(0);
  while (next) {
    const items = await next.annotated;
    next = fetch(next.lastSeq);
    const result = store.replaceAnnotations(items);
    summary.recoded += result.replaced;
    summary.eventsKept += result.eventsKept;
    summary.eventsAdded += result.eventsAdded;
    summary.eventsDropped += result.eventsDropped;
    options.onProgress?.({ total: summary.total, recoded: summary.recoded });
  }
  return summary;
}
