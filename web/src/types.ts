/**
 * The JSON shapes the server's /api/ routes return (the HTTP API contract), as the UI reads them.
 */

// The shapes the server defines are imported from its own source, so the UI cannot drift from them.
import type { EventRow, Interval, QuadBucket, UpcomingRow } from '../../src/store/query/types.ts';
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
export type { QuadBucket as QuadCounts } from '../../src/store/query/types.ts';

/** `GET /api/events/histogram`. */
export interface Histogram {
  interval: Interval;
  buckets: QuadBucket[];
}

/** `GET /api/articles/:id`. */
export type { ArticleView as ArticleDetail } from '../../src/store/query/types.ts';

/** `GET /api/map`. */
export interface MapCounts {
  countries: { country: string; events: number }[];
}

/** `GET /api/upcoming`. */
export interface Upcoming {
  from: string;
  items: UpcomingRow[];
}

/** `GET /api/search`. */
export interface SearchResults {
  items: { articleId: string; title: string | null; displayTitle: string; titleFromLead: boolean; date: string; source: string | null; snippet: { text: string; hit: boolean }[] }[];
}
