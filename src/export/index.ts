/**
 * Exports of query results: CSV (POLECAT column names first, one row per source-target pair),
 * JSON Lines and Parquet for events, iCalendar for upcoming events, GraphML for the directed actor
 * network. Pure: rows in, text or bytes out, no I/O.
 */
export { eventsCsvLines, eventsJsonlLines, csvCell, type EventsCsvOptions } from './csv.ts';
export { EVENT_COLUMNS, type EventColumn, type ColumnKind, type ColumnValue, type RowActors } from './columns.ts';
export { actorPairs } from './actor-pairs.ts';
export { eventsParquetChunks, parquetName, PARQUET_ROW_GROUP_ROWS, type EventsParquetOptions } from './parquet.ts';
export { upcomingIcs, icsText, foldLine } from './ics.ts';
export { actorNode, type ActorNode } from './actor-node.ts';
export { directedNetwork, type DirectedNetwork, type DirectedNetworkOptions, type NetworkEdge, type NetworkNode } from './directed-network.ts';
export { networkGraphml, xmlText } from './graphml.ts';
