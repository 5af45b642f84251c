/** /api/search: full-text search over articles, snippets as segments. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { count, day, parseParams, text } from '../params.ts';
import { RESPONSES } from '../schemas.ts';
import type { ApiContext } from '../server.ts';
import { HIT_CLOSE, HIT_OPEN, snippetSegments } from '../snippet.ts';

const SearchQuery = z.strictObject({
  q: text('words to find (stemmed); FTS5 syntax such as "exact phrase" or sanction* works too', 500),
  limit: count('most hits', 1, 100).default(20),
  since: day('first article date, inclusive').optional(),
  until: day('last article date, inclusive').optional(),
});

/**
 * Registers GET /api/search.
 *
 * @example
 * await app.register(searchRoutes, context);
 */
export const searchRoutes: FastifyPluginAsync<ApiContext> = async (app, { store }) => {
  app.get('/api/search', {
    config: { doc: { tag: 'articles', summary: 'Full-text search over titles and text, best match first', query: SearchQuery, response: { mediaType: 'application/json', description: 'the hits', schema: RESPONSES.search }, errors: [400] } },
  }, async (request) => {
    const { q, limit, since, until } = parseParams(SearchQuery, request.query);
    const hits = store.search(q, { limit, open: HIT_OPEN, close: HIT_CLOSE, ...(since ? { since } : {}), ...(until ? { until } : {}) });
    return {
      items: hits.map((h) => ({ articleId: h.id, title: h.title, date: h.date, source: h.source, snippet: snippetSegments(h.snippet) })),
    };
  });
};
