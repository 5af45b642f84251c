/** /api/quotes and /api/statements: what actors said, page by page. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { listQuotes, listStatements } from '../../index.ts';
import { actorRefParam } from '../filters.ts';
import { count, day, parseParams, text } from '../params.ts';
import { RESPONSES } from '../schemas.ts';
import type { ApiContext } from '../server.ts';

const PAGING = {
  speaker: actorRefParam('the speaker, as for the actor filter: a code (RUS, NATO) or class code (IGO) in any case, an actor id, or a name (Russia)').optional(),
  since: day('first article date, inclusive').optional(),
  until: day('last article date, inclusive').optional(),
  limit: count('rows per page', 1, 500).default(50),
  cursor: text('the previous page\'s `next`', 500).optional(),
};

const QuotesQuery = z.strictObject(PAGING);
const StatementsQuery = z.strictObject({ ...PAGING, kind: text('statement kind (denial, concern, warning, claim)', 40).optional() });

/** The store's filter object without the keys that were not given. */
function given<T extends object>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/**
 * Registers GET /api/quotes and GET /api/statements.
 *
 * @example
 * await app.register(quoteRoutes, context);
 */
export const quoteRoutes: FastifyPluginAsync<ApiContext> = async (app, { store }) => {
  app.get('/api/quotes', {
    config: { doc: { tag: 'quotes', summary: 'Quotes with their speakers, newest first', query: QuotesQuery, response: { mediaType: 'application/json', description: 'one page', schema: RESPONSES.quotes }, errors: [400] } },
  }, async (request) => {
    const { limit, cursor, ...filter } = parseParams(QuotesQuery, request.query);
    return listQuotes(store.db, given(filter), { limit, cursor: cursor ?? null });
  });

  app.get('/api/statements', {
    config: { doc: { tag: 'quotes', summary: 'Statements (denials, concerns, warnings, claims), newest first', query: StatementsQuery, response: { mediaType: 'application/json', description: 'one page', schema: RESPONSES.statements }, errors: [400] } },
  }, async (request) => {
    const { limit, cursor, ...filter } = parseParams(StatementsQuery, request.query);
    return listStatements(store.db, given(filter), { limit, cursor: cursor ?? null });
  });
};
