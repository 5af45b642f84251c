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
export { codeInfo, worldCountryName, type CodeInfo } from './names.ts';
export {
  EVENT_FILTERS, EVENT_FILTER_NAMES, EVENT_STATUSES, DEFAULT_STATUSES, PLOVER_TYPES, PLOVER_MODE_NAMES, ACTOR_CLASS_CODES,
  FilterValueError, filterFlag, filterMessage, parseEventFilter, splitList,
  type EventFilterName, type FilterDef, type FilterIssue, type FilterParse,
} from './filter-spec.ts';
export { resolveActorRefs, suggestActors, type ActorMatch, type ActorSuggestion } from './actor-refs.ts';
export type * from './types.ts';
