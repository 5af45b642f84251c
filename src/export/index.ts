/**
 * Exports of query results: CSV (POLECAT column names first) and JSON Lines for events, iCalendar
 * for upcoming events, GraphML for the actor network. Pure: text in, text out, no I/O.
 */
export { eventsCsvLines, eventsJsonlLines, csvCell } from './csv.ts';
export { EVENT_COLUMNS, type EventColumn } from './columns.ts';
export { upcomingIcs, icsText, foldLine } from './ics.ts';
export { networkGraphml, xmlText } from './graphml.ts';
