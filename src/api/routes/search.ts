/** /api/search: full-text search over articles, snippets as segments. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ApiError } from '../errors.ts';
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

// C0 controls and DEL. FTS5 reads NUL as the end of the query ("unterminated string"); tab, line
// feed and carriage return are spaces to a search, the others have no meaning in one.
const WHITESPACE_CONTROLS = /[\t\n\r]/g;
const isRefusedControl = (c: number): boolean => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;

/**
 * A search query as FTS5 should see it: tabs and line breaks become spaces, other control
 * characters are refused.
 *
 * @param q - The `q` parameter.
 * @returns The query.
 * @throws ApiError 400 naming `q` for a control character other than tab, LF or CR.
 * @example
 * searchText('NATO\tLavrov'); // 'NATO Lavrov'
 */
export function searchText(q: string): string {
  for (let i = 0; i < q.length; i++) {
    const c = q.charCodeAt(i);
    if (isRefusedControl(c)) {
      const code = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
      throw ApiError.badRequest('q', `q must not contain control characters, got ${code} at position ${i + 1}`);
    }
  }
  return q.replace(WHITESPACE_CONTROLS, ' ');
}

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
    const hits = store.search(searchText(q), { limit, open: HIT_OPEN, close: HIT_CLOSE, ...(since ? { since } : {}), ...(until ? { until } : {}) });
    return {
      items: hits.map((h) => ({ articleId: h.id, title: h.title, displayTitle: h.displayTitle, titleFromLead: h.titleFromLead, date: h.date, source: h.source, snippet: snippetSegments(h.snippet) })),
    };
  });
};
