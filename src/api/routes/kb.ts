/** /api/kb: look names up in the actor knowledge base (`dateline kb search` over HTTP). */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { DEFAULT_DATA_DIR, loadActorKnowledge, type ActorKnowledge } from '../../index.ts';
import { searchKnowledge } from '../../actors/search.ts';
import { count, day, parseParams, text } from '../params.ts';
import type { ApiContext } from '../server.ts';

const KbQuery = z.strictObject({
  q: text('words of a name: every one must be a word of the name or an alias (case and diacritics ignored)', 200),
  date: day('the role shown for a person is the one held that day, or the nearest (default: today)').optional(),
  limit: count('most hits', 1, 100).default(20),
});

const Hit = z.object({
  kind: z.enum(['person', 'org', 'group']),
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  source: z.enum(['hand-written', 'imported']).meta({ description: 'data/kb/*.jsonl, or data/kb/imported/ (built by npm run kb:build)' }),
  country: z.string().nullable(),
  sector: z.string().nullable(),
  org: z.string().nullable(),
  role: z.object({ role: z.string(), start: z.string(), end: z.string().nullable(), when: z.enum(['during', 'before', 'after']) }).nullable()
    .meta({ description: 'people: the role on the date asked, or the nearest, and where the date falls' }),
  score: z.number().int().meta({ description: '2: the whole name or an alias; 1: every query word in it' }),
});
const KbResponse = z.object({ q: z.string(), date: z.string(), hits: z.array(Hit) });

/**
 * Registers GET /api/kb. The knowledge base loads on the first request, not when the server starts.
 *
 * @example
 * await app.register(kbRoutes, context);
 */
export const kbRoutes: FastifyPluginAsync<ApiContext> = async (app) => {
  let kb: ActorKnowledge | undefined;
  app.get('/api/kb', {
    config: { doc: { tag: 'kb', summary: 'People, organisations and groups of the actor knowledge base by name, with the role of a date', query: KbQuery, response: { mediaType: 'application/json', description: 'the hits, best first', schema: KbResponse }, errors: [400] } },
  }, async (request) => {
    const query = parseParams(KbQuery, request.query);
    kb ??= loadActorKnowledge(DEFAULT_DATA_DIR).kb;
    const date = query.date ?? new Date().toISOString().slice(0, 10);
    return { q: query.q, date, hits: searchKnowledge(kb, query.q, { date, limit: query.limit }) };
  });
};
