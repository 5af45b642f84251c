/** /api/events: the filtered event list and its histogram by quad class. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { eventHistogram, queryEvents } from '../../index.ts';
import { EVENT_FILTER_SHAPE, toEventFilter } from '../filters.ts';
import { choice, count, parseParams, text } from '../params.ts';
import { RESPONSES } from '../schemas.ts';
import type { ApiContext } from '../server.ts';

/** The `interval` parameter of every time series. */
export const intervalParam = choice('bucket width; weeks start on Monday', ['day', 'week', 'month']).default('day');

const ListQuery = z.strictObject({
  ...EVENT_FILTER_SHAPE,
  limit: count('events per page', 1, 500).default(50),
  cursor: text('the previous page\'s `next`', 500).optional(),
  order: choice('by day: newest first (desc) or oldest first (asc)', ['desc', 'asc']).default('desc'),
});

const HistogramQuery = z.strictObject({ ...EVENT_FILTER_SHAPE, interval: intervalParam });

/**
 * Registers GET /api/events and GET /api/events/histogram.
 *
 * @example
 * await app.register(eventRoutes, context);
 */
export const eventRoutes: FastifyPluginAsync<ApiContext> = async (app, { store }) => {
  app.get('/api/events', {
    config: { doc: { tag: 'events', summary: 'Events matching the filters, one page at a time', query: ListQuery, response: { mediaType: 'application/json', description: 'one page and the total for the filters', schema: RESPONSES.events }, errors: [400] } },
  }, async (request) => {
    const query = parseParams(ListQuery, request.query);
    return queryEvents(store.db, toEventFilter(query), { limit: query.limit, cursor: query.cursor ?? null, order: query.order });
  });

  app.get('/api/events/histogram', {
    config: { doc: { tag: 'events', summary: 'Event counts per period and quad class, oldest period first', query: HistogramQuery, response: { mediaType: 'application/json', description: 'the buckets (period = first day)', schema: RESPONSES.histogram }, errors: [400] } },
  }, async (request) => {
    const query = parseParams(HistogramQuery, request.query);
    return { interval: query.interval, buckets: eventHistogram(store.db, toEventFilter(query), query.interval) };
  });
};
