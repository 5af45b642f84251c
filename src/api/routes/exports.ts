/** /api/export/*: downloads of the filtered events (CSV, JSON Lines, Parquet) and the network (GraphML). */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import {
  directedNetwork, eventsCsvLines, eventsJsonlLines, eventsParquetChunks, iterateEvents, networkGraphml, worldCountryName, type EventRow,
} from '../../index.ts';
import { eventStream } from '../event-stream.ts';
import { EVENT_FILTER_SHAPE, EventFilterQuery, toEventFilter } from '../filters.ts';
import { count, parseParams } from '../params.ts';
import type { ApiContext } from '../server.ts';

const NetworkQuery = z.strictObject({ ...EVENT_FILTER_SHAPE, limit: count('most edges, heaviest first', 1, 1000).default(1000) });

const CsvQuery = z.strictObject({
  ...EVENT_FILTER_SHAPE,
  grouped: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false')
    .meta({ description: 'true: one row per event, its sources and targets joined by "; ", instead of one row per source-target pair' }),
});

const attachment = (name: string): string => `attachment; filename="${name}"`;

/**
 * Registers GET /api/export/events.csv, /api/export/events.jsonl, /api/export/events.parquet and
 * /api/export/network.graphml.
 *
 * @example
 * await app.register(exportRoutes, context);
 */
export const exportRoutes: FastifyPluginAsync<ApiContext> = async (app, { store }) => {
  app.get('/api/export/events.csv', {
    config: { doc: { tag: 'export', summary: 'Every matching event as CSV (POLECAT column names first, one row per source-target pair; see docs/exports.md), streamed', query: CsvQuery, response: { mediaType: 'text/csv', description: 'a download' }, errors: [400] } },
  }, async (request, reply) => {
    const query = parseParams(CsvQuery, request.query);
    const grouped = query.grouped === 'true';
    const lines = (rows: Iterable<EventRow>): Iterable<string> => eventsCsvLines(rows, { grouped });
    return reply.type('text/csv; charset=utf-8').header('content-disposition', attachment('dateline-events.csv')).send(eventStream(store, toEventFilter(query), lines));
  });

  app.get('/api/export/events.jsonl', {
    config: { doc: { tag: 'export', summary: 'Every matching event as JSON Lines (one event object a line), streamed', query: EventFilterQuery, response: { mediaType: 'application/x-ndjson', description: 'a download' }, errors: [400] } },
  }, async (request, reply) => {
    const filter = toEventFilter(parseParams(EventFilterQuery, request.query));
    return reply.type('application/x-ndjson; charset=utf-8').header('content-disposition', attachment('dateline-events.jsonl')).send(eventStream(store, filter, eventsJsonlLines));
  });

  app.get('/api/export/events.parquet', {
    config: { doc: { tag: 'export', summary: 'Every matching event as Parquet (one row per event, typed columns, actors as lists; see docs/exports.md), streamed a row group at a time', query: EventFilterQuery, response: { mediaType: 'application/vnd.apache.parquet', description: 'a download' }, errors: [400] } },
  }, async (request, reply) => {
    const filter = toEventFilter(parseParams(EventFilterQuery, request.query));
    return reply.type('application/vnd.apache.parquet').header('content-disposition', attachment('dateline-events.parquet')).send(eventStream(store, filter, (rows) => eventsParquetChunks(rows)));
  });

  app.get('/api/export/network.graphml', {
    config: { doc: { tag: 'export', summary: 'The actor network as GraphML (Gephi, yEd, networkx)', query: NetworkQuery, response: { mediaType: 'application/graphml+xml', description: 'a download' }, errors: [400] } },
  }, async (request, reply) => {
    const query = parseParams(NetworkQuery, request.query);
    const network = directedNetwork(iterateEvents(store.db, toEventFilter(query)), { limit: query.limit, countryName: worldCountryName });
    const graphml = networkGraphml(network);
    return reply.type('application/graphml+xml; charset=utf-8').header('content-disposition', attachment('dateline-network.graphml')).send(graphml);
  });
};
