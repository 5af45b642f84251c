/**
 * The JSON shapes the server's /api/ routes return (the HTTP API contract), as the UI reads them.
 */

/** PLOVER's four quad categories. */
export type Quad = 'verbal_cooperation' | 'material_cooperation' | 'verbal_conflict' | 'material_conflict';

/** How an event is reported. */
export type EventStatus = 'occurred' | 'scheduled' | 'denied' | 'hypothetical';

/** An actor taking part in an event; offsets are in the article text. */
export interface Participant {
  text: string;
  country: string | null;
  sector: string | null;
  org: string | null;
  name: string;
  id: string;
  start: number;
  end: number;
}

/** One line of why an event was coded as it was. */
export interface Explanation {
  decides: string;
  rule: string;
  reason: string;
}

/** An event with where it came from ("EventRow"). */
export interface EventRow {
  id: string;
  articleId: string;
  articleTitle: string | null;
  articleDate: string;
  sentenceIdx: number;
  sentenceStart: number;
  sentence: string | null;
  quad: Quad;
  day: string;
  event: string;
  mode: string | null;
  context: string[];
  status: EventStatus;
  source: Participant[];
  target: Participant[];
  trigger: string;
  date: string | null;
  start: number;
  end: number;
  negated: boolean;
  reported_by: Participant | null;
  explain: Explanation[];
}

/** A page of a cursor-paginated list. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/** `GET /api/events`. */
export interface EventPage extends Page<EventRow> {
  total: number;
}

/** `GET /api/stats`. */
export interface Stats {
  articles: number;
  sentences: number;
  mentions: number;
  timex: number;
  events: number;
  quotes: number;
  statements: number;
  dateRange: { first: string; last: string } | null;
  eventsByStatus: Partial<Record<EventStatus, number>>;
  eventsByQuad: Partial<Record<Quad, number>>;
}

/** Event counts per quad class for one period. */
export type QuadCounts = Record<Quad, number> & { period: string; total: number };

/** Chart bucket width. */
export type Interval = 'day' | 'week' | 'month';

/** `GET /api/events/histogram`. */
export interface Histogram {
  interval: Interval;
  buckets: QuadCounts[];
}

/** A resolved actor as an article mention carries it. */
export interface MentionActor {
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
  org: string | null;
  role: string | null;
}

/** `GET /api/articles/:id`. */
export interface ArticleDetail {
  id: string;
  date: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  text: string;
  sentences: { idx: number; start: number; end: number }[];
  mentions: { idx: number; start: number; end: number; text: string; actor: MentionActor; rule: string; reason: string }[];
  timex: { start: number; end: number; text: string; value: string | null; type: string; rule: string }[];
  events: EventRow[];
  quotes: { start: number; end: number; quote: string; kind: string; speaker: Participant | null; date: string | null }[];
  statements: { start: number; end: number; kind: string; about: string; speaker: Participant | null; date: string | null }[];
}

/** One row of `GET /api/actors`. */
export interface ActorSummary {
  code: string;
  name: string;
  country: string | null;
  sector: string | null;
  events: number;
  asSource: number;
  asTarget: number;
}

/** A quote as actor pages and `/api/quotes` list it. */
export interface QuoteRow {
  articleId: string;
  articleTitle: string | null;
  articleDate: string;
  quote: string;
  date: string | null;
  start: number;
  end: number;
}

/** `GET /api/actors/:code`. */
export interface ActorDetail {
  code: string;
  name: string;
  country: string | null;
  events: number;
  byType: { period: string; type: string; count: number }[];
  partners: { code: string; name: string; events: number; cooperation: number; conflict: number }[];
  quotes: QuoteRow[];
}

/** `GET /api/network`. */
export interface Network {
  nodes: { id: string; label: string; country: string | null; events: number }[];
  edges: { source: string; target: string; events: number; cooperation: number; conflict: number }[];
}

/** `GET /api/map`. */
export interface MapCounts {
  countries: { country: string; events: number }[];
}

/** The later report that a scheduled event took place. */
export interface Held {
  eventId: string;
  articleId: string;
  articleTitle: string | null;
  articleDate: string;
}

/** `GET /api/upcoming`. */
export interface Upcoming {
  from: string;
  items: (EventRow & { held: Held | null })[];
}

/** `GET /api/search`. */
export interface SearchResults {
  items: { articleId: string; title: string | null; date: string; source: string | null; snippet: { text: string; hit: boolean }[] }[];
}
