/** /api/stats: what the store holds, for the UI's header and the empty-state checks. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { EVENT_STATUSES, eventHistogram, queryEvents, QUAD_CLASSES, type Store } from '../../index.ts';
import { parseParams } from '../params.ts';
import { RESPONSES } from '../schemas.ts';
import type { ApiContext } from '../server.ts';

const NoQuery = z.strictObject({});

/** RESPONSES.stats with the pipeline versions that coded the stored articles (DECISIONS §9). */
const StatsResponse = RESPONSES.stats.extend({
  pipelineVersions: z.array(z.object({ version: z.string().nullable(), articles: z.number().int() }))
    .meta({ description: 'articles per pipeline version that coded them, newest first; version null: coded before versions were recorded' }),
  currentPipelineVersion: z.string().meta({ description: 'the pipeline version this server codes with' }),
  olderPipelineArticles: z.number().int().meta({ description: 'articles coded by an older pipeline version, which `dateline recode` re-codes' }),
});

/**
 * The counts GET /api/stats answers. Event counts cover every status and confidence (the store's
 * totals, not the default view); `eventsByQuad` sums the
 * store's histogram, so it agrees with the charts.
 *
 * @example
 * storeSummary(store).eventsByStatus.scheduled;
 */
export function storeSummary(store: Store): z.output<typeof StatsResponse> {
  const s = store.stats();
  const eventsByStatus: Record<string, number> = {};
  for (const status of EVENT_STATUSES) eventsByStatus[status] = queryEvents(store.db, { status: [status], min_confidence: 0 }, { limit: 1 }).total;
  const eventsByQuad: Record<string, number> = Object.fromEntries(QUAD_CLASSES.map((q) => [q, 0]));
  for (const bucket of eventHistogram(store.db, { status: [...EVENT_STATUSES], min_confidence: 0 }, 'month')) {
    for (const quad of QUAD_CLASSES) eventsByQuad[quad] = (eventsByQuad[quad] ?? 0) + bucket[quad];
  }
  return {
    articles: s.articles, sentences: s.sentences, mentions: s.mentions, timex: s.timex, events: s.events,
    quotes: s.quotes, statements: s.statements, dateRange: s.dateRange, eventsByStatus, eventsByQuad,
    pipelineVersions: s.pipelineVersions, currentPipelineVersion: s.currentPipelineVersion, olderPipelineArticles: s.olderPipelineArticles,
  };
}

/**
 * Registers GET /api/stats.
 *
 * @example
 * await app.register(statsRoutes, context);
 */
export const statsRoutes: FastifyPluginAsync<ApiContext> = async (app, context) => {
  app.get('/api/stats', {
    config: { doc: { tag: 'stats', summary: 'Counts of what the store holds', query: NoQuery, response: { mediaType: 'application/json', description: 'the counts', schema: StatsResponse }, errors: [400] } },
  }, async (request) => {
    parseParams(NoQuery, request.query);
    return storeSummary(context.store);
  });
};
