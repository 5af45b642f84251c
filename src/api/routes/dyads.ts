/** /api/dyads: one pair of actors over time, by quad class. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { dyadSeries } from '../../index.ts';
import { actorRefParam, EVENT_FILTER_SHAPE, toEventFilter } from '../filters.ts';
import { parseParams } from '../params.ts';
import { RESPONSES } from '../schemas.ts';
import type { ApiContext } from '../server.ts';
import { intervalParam } from './events.ts';

// The pair is `a` and `b`; a second pair (`dyad`) or one actor (`actor`) would contradict it.
const { dyad: _dyad, actor: _actor, ...FILTERS } = EVENT_FILTER_SHAPE;

const DyadQuery = z.strictObject({
  a: actorRefParam('first actor, as for the actor filter: a code (RUS) or class code (IGO) in any case, an actor id, or a name (Russia)'),
  b: actorRefParam('second actor, as for a'),
  interval: intervalParam,
  ...FILTERS,
});

/**
 * Registers GET /api/dyads.
 *
 * @example
 * await app.register(dyadRoutes, context);
 */
export const dyadRoutes: FastifyPluginAsync<ApiContext> = async (app, { store }) => {
  app.get('/api/dyads', {
    config: { doc: { tag: 'actors', summary: 'Events between two actors (either direction) per period and quad class', query: DyadQuery, response: { mediaType: 'application/json', description: 'the series, oldest period first', schema: RESPONSES.dyads }, errors: [400] } },
  }, async (request) => {
    const query = parseParams(DyadQuery, request.query);
    return { a: query.a, b: query.b, interval: query.interval, series: dyadSeries(store.db, query.a, query.b, toEventFilter(query), query.interval) };
  });
};
