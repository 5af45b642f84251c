/**
 * The JSON shapes the server's /api/ routes return (the HTTP API contract), as the UI reads them.
 */

// The shapes the server defines are imported from its own source, so the UI cannot drift from them.
import type { EventRow, Interval } from '../../src/store/query/types.ts';
import type { ParticipantJson as Participant } from '../../src/events/json.ts';
import type { QuadClass as Quad } from '../../src/events/quad-class.ts';
import type { EventStatus } from '../../src/doc/types.ts';

export type { QuadClass as Quad } from '../../src/events/quad-class.ts';
export type { EventStatus, Explanation } from '../../src/doc/types.ts';
export type { ParticipantJson as Participant } from '../../src/events/json.ts';
export type { EventRow, ActorSummary, QuoteRow, ActorDetail, Network, Interval } from '../../src/store/query/types.ts';

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
