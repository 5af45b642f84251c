import type { ActorMention, CharRange, EventSpan, IsoDate, QuoteSpan, StatementSpan, TimexSpan } from '../doc/types.ts';
import type { Location } from '../errors.ts';
import type { ArticleId, ArticleInput } from '../ingest/types.ts';

/** An article ready to store: the reader's fields plus its content-hash id. */
export type ArticleToStore = ArticleInput & { id: ArticleId };

/** One article of an insert batch, with the annotations computed for it so far. */
export interface ArticleBatchItem {
  article: ArticleToStore;
  /** Sentence ranges over `article.text`, in order and not overlapping. */
  sentences: CharRange[];
  /** Actor mentions; `antecedent` indexes this same array. */
  mentions?: ActorMention[];
  timex?: TimexSpan[];
  events?: EventSpan[];
  quotes?: QuoteSpan[];
  statements?: StatementSpan[];
}

/** Which articles of a batch were new and which the store already held. */
export interface InsertResult {
  inserted: ArticleId[];
  existing: ArticleId[];
}

/** A stored sentence: its range and its text. Its index is its position in the article's list. */
export interface StoredSentence extends CharRange {
  text: string;
}

/** An article as listed: everything but the text and annotations. */
export interface StoredArticleSummary {
  id: ArticleId;
  date: IsoDate;
  published: string | null;
  title: string | null;
  /** What lists call it: `title`, or the opening words of the lead when it has none (store/display-title.ts). */
  displayTitle: string;
  /** True when `displayTitle` is the lead's opening words rather than a title. */
  titleFromLead: boolean;
  source: string | null;
  url: string | null;
  lang: string | null;
  externalId: string | null;
  /** Where the record was read from (`file`, and `line` or `row` when known). */
  origin: Location;
  /** When it was stored, ISO 8601 UTC. */
  ingestedAt: string;
}

/** A stored article with its text, sentences and annotations, offsets as they were inserted. */
export interface StoredArticle extends StoredArticleSummary {
  text: string;
  sentences: StoredSentence[];
  mentions: ActorMention[];
  timex: TimexSpan[];
  events: EventSpan[];
  quotes: QuoteSpan[];
  statements: StatementSpan[];
}

/** Filters and paging for {@link Store.listArticles}. Dates are inclusive `YYYY-MM-DD`. */
export interface ListArticlesOptions {
  since?: IsoDate;
  until?: IsoDate;
  /** Exact source name. */
  source?: string;
  limit?: number;
  offset?: number;
}

/** Options for {@link Store.search}. */
export interface SearchOptions {
  /** Most hits to return; default 20. */
  limit?: number;
  offset?: number;
  /** Text put before each matched term in `snippet` and `titleHighlight`; default `[`. */
  open?: string;
  /** Text put after each matched term; default `]`. */
  close?: string;
  /** Text marking cut-off text at either end of the snippet; default `…`. */
  ellipsis?: string;
  /** Snippet length in tokens, 1 to 64; default 24. */
  snippetTokens?: number;
  /** Treat `query` as FTS5 syntax as is, without {@link toFtsQuery}'s quoting of plain words. */
  raw?: boolean;
  since?: IsoDate;
  until?: IsoDate;
  source?: string;
}

/** One search result, best first. */
export interface SearchHit {
  id: ArticleId;
  date: IsoDate;
  title: string | null;
  source: string | null;
  url: string | null;
  /** Title with matched terms marked, or null for an untitled article. */
  titleHighlight: string | null;
  /** What lists call it: `title`, or the opening words of the lead when it has none (store/display-title.ts). */
  displayTitle: string;
  /** True when `displayTitle` is the lead's opening words rather than a title. */
  titleFromLead: boolean;
  /** A short passage around the best match, matched terms marked. */
  snippet: string;
  /** BM25 rank: lower is better (FTS5 convention). */
  rank: number;
}

/** Counts and sizes for `dateline stats`. */
export interface StoreStats {
  file: string;
  schemaVersion: number;
  articles: number;
  sentences: number;
  mentions: number;
  actors: number;
  timex: number;
  quotes: number;
  statements: number;
  events: number;
  /** First and last article dates, or null when empty. */
  dateRange: { first: IsoDate; last: IsoDate } | null;
  /** Articles per source, most first; `source` null for articles without one. */
  sources: { source: string | null; articles: number }[];
  /**
   * Articles per pipeline version that coded them (`version` null: coded before versions were
   * recorded), newest version first; see src/version.ts.
   */
  pipelineVersions: { version: string | null; articles: number }[];
  /** The version this build's pipeline codes with (`PIPELINE_VERSION` as text). */
  currentPipelineVersion: string;
  /** Articles coded by another (older) version, which `dateline recode` would re-code. */
  olderPipelineArticles: number;
  /** Size of the database file on disk (logical size for `:memory:`). */
  fileBytes: number;
  /** Size of the write-ahead log not yet checkpointed into the file. */
  walBytes: number;
}

/** Filters for {@link Store.listEvents}. Dates are inclusive `YYYY-MM-DD` bounds on the event's own date. */
export interface ListEventsOptions {
  /** An actor id (`person:sergey-lavrov`) or a country/IGO code (`RUS`, `IGO`) as source or target. */
  actor?: string;
  /** Two actors or codes: events between them, either direction. */
  dyad?: [string, string];
  /** PLOVER type, e.g. `CONSULT`. */
  type?: string;
  /** Statuses to include; default `occurred` and `scheduled`. */
  status?: readonly string[];
  since?: IsoDate;
  until?: IsoDate;
  limit?: number;
  offset?: number;
}

/** A stored event with where it came from. */
export interface StoredEvent {
  id: string;
  articleId: string;
  articleDate: IsoDate;
  articleTitle: string | null;
  /** The sentence that reports it. */
  sentenceText: string | null;
  event: EventSpan;
}
