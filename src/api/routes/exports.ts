/** /api/export/*: downloads of the filtered events (CSV, JSON Lines) and the network (GraphML). */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { actorNetwork, eventsCsvLines, eventsJsonlLines, networkGraphml } from '../../index.ts';
import { eventStream } from '../event-stream.ts';
import { EVENT_FILTER_SHAPE, EventFilterQuery, toEventFilter } from '../filters.ts';
import { count, parseParams } from '../params.ts';
import type { ApiContext } from '../server.ts';

const NetworkQuery = z.strictObject({ ...EVENT_FILTER_SHAPE, limit: count('most edges, heaviest first', 1, 1000).default(1000) });

const attachment = (name: string): string => `attachment; filename="${name}"`;

/**
 * Registers GET /api/export/events.csv, /api/export/events.jsonl and /api/export/network.graphml.
 *
 * @example
 * await app.register(exportRoutes, context);
 */
export const exportRoutes: FastifyPluginAsync<ApiContext> = async (app, { store }) => {
  app.get('/api/export/events.csv', {
    config: { doc: { tag: 'export', summary: 'Every matching event as CSV (POLECAT column names first; see docs/exports.md), streamed', query: EventFilterQuery, response: { mediaType: 'text/csv', description: 'a download' }, errors: [400] } },
  }, async (request, reply) => {
    const filter = toEventFilter(parseParams(EventFilterQuery, request.query));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', attachment('dateline-events.csv')).send(eventStream(store, filter, eventsCsvLines));
  });

  app.get('/api/export/events.jsonl', {
    config: { doc: { tag: 'export', summary: 'Every matching event as JSON Lines (one event object a line), streamed', query: EventFilterQuery, response: { mediaType: 'application/x-ndjson', description: 'a download' }, errors: [400] } },
  }, async (request, reply) => {
    const filter = toEventFilter(parseParams(EventFilterQuery, request.query));
    return reply.type('application/x-ndjson; charset=utf-8').header('content-disposition', attachment('dateline-events.jsonl')).send(eventStream(store, filter, eventsJsonlLines));
  });

  app.get('/api/export/network.graphml', {
    config: { doc: { tag: 'export', summary: 'The actor network as GraphML (Gephi, yEd, networkx)', query: NetworkQuery, response: { mediaType: 'application/graphml+xml', description: 'a download' }, errors: [400] } },
  }, async (request, reply) => {
    const query = parseParams(NetworkQuery, request.query);
    const graphml = networkGraphml(actorNetwork(store.db, toEventFilter(query), query.limit));
    return reply.type('application/graphml+xml; charset=utf-8').header('content-disposition', attachment('dateline-network.graphml')).send(graphml);
  });
};
