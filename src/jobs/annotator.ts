import { createDoc, type Doc } from '../doc/index.ts';
import type { ArticleInput } from '../ingest/index.ts';
import type { Pipeline } from '../nlp/pipeline.ts';
import type { ArticleBatchItem } from '../store/index.ts';
import { problem, type ErrorCode, type Problem } from '../errors.ts';

/** An article with its content-hash id, ready to annotate. */
export type ArticleWithId = ArticleInput & { id: string };

/**
 * Turns articles into store batch items. An ingest hands it chunks in order and awaits them in
 * order, so an implementation may work on several chunks at once (in worker threads) while the
 * caller stores earlier ones.
 */
export interface Annotator {
  /** Annotates a chunk; the result has one item per article, in the same order. */
  annotate(articles: readonly ArticleWithId[]): Promise<AnnotatedItem[]>;
  /** How many chunks it can usefully have in flight: more only queue up memory. */
  readonly concurrency: number;
  /** Frees threads; the annotator is unusable afterwards. Safe to call twice. */
  close(): Promise<void>;
}

/** A store batch item with the limits the pipeline reached on it, as problems naming the article. */
export type AnnotatedItem = ArticleBatchItem & { warnings?: Problem[] };

/** Runs the pipeline over one article and shapes it for the store. */
export function annotateArticle(pipeline: Pipeline, article: ArticleWithId): AnnotatedItem {
  const doc: Doc = pipeline.run(createDoc(article.text, article.date, { id: article.id, title: article.title }));
  const warnings = doc.warnings.map((w) => problem(w.code as ErrorCode, w.params, article.origin));
  return {
    ...(warnings.length ? { warnings } : {}),
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
 * An annotator that runs `pipeline` on the calling thread, one chunk at a time.
 *
 * @example
 * const annotator = pipelineAnnotator(buildPipeline(loadKnowledge()));
 */
export function pipelineAnnotator(pipeline: Pipeline): Annotator {
  return {
    concurrency: 1,
    annotate: async (articles) => articles.map((a) => annotateArticle(pipeline, a)),
    close: async () => {},
  };
}

/** True for an {@link Annotator}, false for a bare pipeline. */
export function isAnnotator(value: Pipeline | Annotator): value is Annotator {
  return typeof (value as Annotator).annotate === 'function';
}
