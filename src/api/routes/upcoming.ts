/** /api/upcoming and /api/upcoming.ics: scheduled events, as JSON and as a calendar feed. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { EVENT_FILTERS, upcomingEvents, upcomingIcs } from '../../index.ts';
import { filterParam } from '../filters.ts';
import { count, day, parseParams } from '../params.ts';
import { RESPONSES } from '../schemas.ts';
import type { ApiContext } from '../server.ts';

const UpcomingQuery = z.strictObject({
  from: day('first day, inclusive; default today (UTC)').optional(),
  limit: count('most events', 1, 500).default(100),
  // The threshold of every event list (DECISIONS §3), read and refused as the event filter's.
  min_confidence: filterParam(EVENT_FILTERS.min_confidence).optional(),
});

// The library never reads the clock; the server decides what "today" is.
const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Registers GET /api/upcoming and GET /api/upcoming.ics.
 *
 * @example
 * await app.register(upcomingRoutes, context);
 */
export const upcomingRoutes: FastifyPluginAsync<ApiContext> = async (app, { store }) => {
  app.get('/api/upcoming', {
    config: { doc: { tag: 'upcoming', summary: 'Scheduled events from a day on, soonest first, each with the later report that it was held', query: UpcomingQuery, response: { mediaType: 'application/json', description: 'the events', schema: RESPONSES.upcoming }, errors: [400] } },
  }, async (request) => {
    const query = parseParams(UpcomingQuery, request.query);
    const from = query.from ?? today();
    return { from, items: upcomingEvents(store.db, from, query.limit, { minConfidence: query.min_confidence }) };
  });

  app.get('/api/upcoming.ics', {
    config: { doc: { tag: 'upcoming', summary: 'The same events as an iCalendar feed (RFC 5545)', query: UpcomingQuery, response: { mediaType: 'text/calendar', description: 'the calendar' }, errors: [400] } },
  }, async (request, reply) => {
    const query = parseParams(UpcomingQuery, request.query);
    const ics = upcomingIcs(upcomingEvents(store.db, query.from ?? today(), query.limit, { minConfidence: query.min_confidence }), { now: new Date(), name: 'Dateline: upcoming events' });
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="dateline-upcoming.ics"').send(ics);
  });
};
