/** /api/network and /api/map: who deals with whom, and where. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { actorNetwork, countryCounts } from '../../index.ts';
import { EVENT_FILTER_SHAPE, EventFilterQuery, toEventFilter } from '../filters.ts';
import { count, parseParams } from '../params.ts';
import { RESPONSES } from '../schemas.ts';
import type { ApiContext } from '../server.ts';

const NetworkQuery = z.strictObject({ ...EVENT_FILTER_SHAPE, limit: count('most edges, heaviest first', 1, 1000).default(200) });

/**
 * Registers GET /api/network and GET /api/map.
 *
 * @example
 * await app.register(networkRoutes, context);
 */
export const networkRoutes: FastifyPluginAsync<ApiContext> = async (app, { store }) => {
  app.get('/api/network', {
    config: { doc: { tag: 'network', summary: 'Actor network: one undirected edge per actor pair', query: NetworkQuery, response: { mediaType: 'application/json', description: 'nodes and edges', schema: RESPONSES.network }, errors: [400] } },
  }, async (request) => {
    const query = parseParams(NetworkQuery, request.query);
    return actorNetwork(store.db, toEventFilter(query), query.limit);
  });

  app.get('/api/map', {
    config: { doc: { tag: 'network', summary: 'Events per country (ISO alpha-3) among sources and targets', query: EventFilterQuery, response: { mediaType: 'application/json', description: 'the countries', schema: RESPONSES.map }, errors: [400] } },
  }, async (request) => {
    const query = parseParams(EventFilterQuery, request.query);
    return { countries: countryCounts(store.db, toEventFilter(query)) };
  });
};
