/**
 * Shapes the query layer returns: what the HTTP API serves and the exports write. Kept in one file so
 * the server and the UI compile against a single contract.
 */
// Imported from the defining files, not the barrels: the browser UI type-checks against this file
// and must not pull in modules that need Node.
import type { EventStatus, PloverType } from '../../doc/types.ts';
import type { EventJson, ParticipantJson, QuoteJson, StatementJson } from '../../events/json.ts';
import type { QuadClass } from '../../events/quad-class.ts';

/** Bucket width of a time series; weeks start on Monday. */
export type Interval = 'day' | 'week' | 'month';

/**
 * Filters every event-derived query accepts. Dates are inclusive `YYYY-MM-DD` bounds on the event's
 * `day`; `status` defaults to occurred and scheduled.
 */
export interface EventFilter {
  /**
   * Actors, any of which as source or target: codes (`RUS`, `NATO`; `IGO` for every international
   * organisation), actor ids (`person:sergey-lavrov`) or names (`Russia`, `Russian`), any case.
   */
  actor?: string | readonly string[];
  /** Two actors as for `actor`: events from either to the other. */
  dyad?: readonly [string, string];
  /** PLOVER types, any case. */
  type?: readonly PloverType[];
  /** PLOVER modes (`visit`), any case. */
  mode?: string | readonly string[];
  status?: readonly EventStatus[];
  since?: string;
  until?: string;
  /** Words matched against the text of the event's article (full-text index). */
  q?: string;
  /**
   * Events whose confidence is at least this (0 to 1); default DEFAULT_MIN_CONFIDENCE (DECISIONS §3),
   * 0 shows every event. Events stored before they were scored (no confidence) are always shown.
   */
  min_confidence?: number;
}

/** Keyset paging: `cursor` is the opaque `next` of the previous page. */
export interface Page {
  limit: number;
  cursor?: string | null;
  order?: 'asc' | 'desc';
}

/** One stored event with its article and sentence, in the `dateline code --json` shape. */
export interface EventRow extends EventJson {
  id: string;
  articleId: string;
  articleTitle: string | null;
  /** What lists call the article: `articleTitle`, or the opening words of its lead when it has none (store/display-title.ts). */
  articleDisplayTitle: string;
  /** True when `articleDisplayTitle` is the lead's opening words rather than a title. */
  articleTitleFromLead: boolean;
  articleDate: string;
  sentenceIdx: number | null;
  /** Offset of `sentence` in the article text. */
  sentenceStart: number | null;
  sentence: string | null;
  quad: QuadClass;
  /** The day the event is placed on: its own date start, else its date end, else the article date. */
  day: string;
  /** The article's outlet (POLECAT's `Source`), URL and language tag, when the input gave them. */
  articleSource: string | null;
  articleUrl: string | null;
  articleLanguage: string | null;
  /**
   * The record's mentions (GDELT's names, DECISIONS §1). Until mentions are merged into records, a
   * record is its one mention: 1, 1, 1, `[id]`, the article's date.
   */
  numMentions: number;
  numArticles: number;
  numSources: number;
  mentionIds: string[];
  firstSeen: string;
}

/** One page of events and the count for the whole filter. */
export interface EventPage {
  items: EventRow[];
  next: string | null;
  total: number;
}

/** Event counts per quad class in one period (`period` is the bucket's first day). */
export interface QuadBucket {
  period: string;
  verbal_cooperation: number;
  material_cooperation: number;
  verbal_conflict: number;
  material_conflict: number;
  total: number;
}

/** An actor code with its event counts. */
export interface ActorSummary {
  code: string;
  name: string;
  country: string | null;
  sector: string | null;
  events: number;
  asSource: number;
  asTarget: number;
}

/** Another actor an actor has events with. */
export interface Partner {
  code: string;
  name: string;
  events: number;
  cooperation: number;
  conflict: number;
}

/** A stored quote with its article. */
export interface QuoteRow {
  articleId: string;
  articleTitle: string | null;
  /** What lists call the article: `articleTitle`, or the opening words of its lead when it has none (store/display-title.ts). */
  articleDisplayTitle: string;
  /** True when `articleDisplayTitle` is the lead's opening words rather than a title. */
  articleTitleFromLead: boolean;
  articleDate: string;
  quote: string;
  kind: string;
  speaker: ParticipantJson | null;
  date: string | null;
  start: number;
  end: number;
}

/** A stored statement (denial, concern, warning, claim) with its article. */
export interface StatementRow {
  articleId: string;
  articleTitle: string | null;
  /** What lists call the article: `articleTitle`, or the opening words of its lead when it has none (store/display-title.ts). */
  articleDisplayTitle: string;
  /** True when `articleDisplayTitle` is the lead's opening words rather than a title. */
  articleTitleFromLead: boolean;
  articleDate: string;
  kind: string;
  about: string;
  speaker: ParticipantJson | null;
  date: string | null;
  start: number;
  end: number;
}

/** Everything the actor page shows. */
export interface ActorDetail {
  code: string;
  name: string;
  country: string | null;
  events: number;
  byType: { period: string; type: PloverType; count: number }[];
  partners: Partner[];
  quotes: QuoteRow[];
}

/** Actors as nodes, undirected actor pairs as edges. */
export interface Network {
  nodes: { id: string; label: string; country: string | null; events: number }[];
  edges: { source: string; target: string; events: number; cooperation: number; conflict: number }[];
}

/** A scheduled event, with the later report that it took place when there is one. */
export interface UpcomingRow extends EventRow {
  held: null | { eventId: string; articleId: string; articleTitle: string | null; articleDisplayTitle: string; articleTitleFromLead: boolean; articleDate: string };
}

/** An article with every annotation, offsets into its text: what the article reader shows. */
export interface ArticleView {
  id: string;
  date: string;
  title: string | null;
  /** What lists call it: `title`, or the opening words of the lead when it has none (store/display-title.ts). */
  displayTitle: string;
  /** True when `displayTitle` is the lead's opening words rather than a title. */
  titleFromLead: boolean;
  source: string | null;
  url: string | null;
  published: string | null;
  text: string;
  sentences: { idx: number; start: number; end: number }[];
  mentions: {
    idx: number; start: number; end: number; text: string;
    actor: { id: string; name: string; country: string | null; sector: string | null; org: string | null; role: string | null };
    rule: string; reason: string;
  }[];
  timex: { start: number; end: number; text: string; value: string | null; type: string; rule: string }[];
  events: EventRow[];
  quotes: QuoteJson[];
  statements: StatementJson[];
}
