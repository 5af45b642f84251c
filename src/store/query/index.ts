/**
 * The query layer behind the HTTP API and the exports: filtered, keyset-paged event lists and
 * SQL-side aggregates over the store.
 */
export { queryEvents, iterateEvents, articleEvents, MAX_PAGE } from './events.ts';
export { eventHistogram, dyadSeries, countryCounts } from './aggregates.ts';
export { listActors, actorDetail, MAX_ACTORS } from './actors.ts';
export { actorNetwork } from './network.ts';
export { upcomingEvents } from './upcoming.ts';
export { listQuotes, listStatements, type QuoteFilter, type StatementFilter } from './quotes.ts';
export { queryCode } from './code.ts';
export { codeInfo, type CodeInfo } from './names.ts';
export { EVENT_STATUSES, DEFAULT_STATUSES } from './filter-sql.ts';
export type * from './types.ts';
