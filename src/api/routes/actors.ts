/** /api/actors: actors by event count, and one actor's page. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { actorDetail, listActors, suggestActors } from '../../index.ts';
import { ApiError } from '../errors.ts';
import { actorRefParam, EVENT_FILTER_SHAPE, toEventFilter } from '../filters.ts';
import { count, parseParams, text } from '../params.ts';
import { RESPONSES } from '../schemas.ts';
import type { ApiContext } from '../server.ts';
import { intervalParam } from './events.ts';

// `q` here narrows the actor list by name or code, so it is not the filters' full-text `q`.
const { q: _fullText, ...FILTERS_WITHOUT_Q } = EVENT_FILTER_SHAPE;

const ListQuery = z.strictObject({
  ...FILTERS_WITHOUT_Q,
  q: text('part of an actor name or code', 100).optional(),
  limit: count('actors to list', 1, 500).default(50),
});

const SuggestQuery = z.strictObject({
  q: text('what was typed so far: the start of a code or of a word of a name (Rus)', 100),
  limit: count('most suggestions', 1, 50).default(10),
});

const CodeParams = z.strictObject({ code: actorRefParam('the actor, as for the actor filter: a code (RUS, NATO) or class code (IGO) in any case, an actor id, or a name (Russia)') });
const DetailQuery = z.strictObject({ ...EVENT_FILTER_SHAPE, interval: intervalParam });

/**
 * Registers GET /api/actors, GET /api/actors/suggest and GET /api/actors/:code.
 *
 * @example
 * await app.register(actorRoutes, context);
 */
export const actorRoutes: FastifyPluginAsync<ApiContext> = async (app, { store }) => {
  app.get('/api/actors', {
    config: { doc: { tag: 'actors', summary: 'Actor codes by number of events, most first', query: ListQuery, response: { mediaType: 'application/json', description: 'the actors', schema: RESPONSES.actors }, errors: [400] } },
  }, async (request) => {
    const query = parseParams(ListQuery, request.query);
    const filter = { ...toEventFilter(query), ...(query.q !== undefined ? { q: query.q } : {}) };
    return { items: listActors(store.db, filter, query.limit) };
  });

  app.get('/api/actors/suggest', {
    config: { doc: { tag: 'actors', summary: 'Completions for an actor filter box: codes (and ids) with names whose code or a word of whose name starts with q', query: SuggestQuery, response: { mediaType: 'application/json', description: 'countries and organisations first, then people and other actors', schema: RESPONSES.actorSuggestions }, errors: [400] } },
  }, async (request) => {
    const query = parseParams(SuggestQuery, request.query);
    return { items: suggestActors(store.db, query.q, query.limit) };
  });

  app.get('/api/actors/:code', {
    config: { doc: { tag: 'actors', summary: "One actor: events by type over time, partners, quotes", params: CodeParams, query: DetailQuery, response: { mediaType: 'application/json', description: 'the actor', schema: RESPONSES.actor }, errors: [400, 404] } },
  }, async (request) => {
    const { code } = parseParams(CodeParams, request.params);
    const query = parseParams(DetailQuery, request.query);
    const detail = actorDetail(store.db, code, toEventFilter(query), query.interval);
    if (!detail) throw ApiError.notFound(`no actor ${JSON.stringify(code)} has events, quotes or mentions`);
    return detail;
  });
};
