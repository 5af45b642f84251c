/** /api/articles: the article list, one article for the reader (its annotations paged past a size), and uploads (POST). */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { ArticleView } from '../../index.ts';
import { ApiError } from '../errors.ts';
import { articleView } from '../article-view.ts';
import { ANNOTATION_LISTS, ANNOTATION_PAGE_BYTES, ANNOTATION_PAGE_ITEMS, annotationPage, pagedArticleView } from '../queries/article-annotations.ts';
import { articlePage } from '../queries/article-page.ts';
import { BODY_FORMATS, ingestRead, readBody } from '../ingest-body.ts';
import { choice, count, day, parseParams, text } from '../params.ts';
import { bearerMatches } from '../security.ts';
import { RESPONSES } from '../schemas.ts';
import type { ApiContext } from '../server.ts';

const ListQuery = z.strictObject({
  since: day('first article date, inclusive').optional(),
  until: day('last article date, inclusive').optional(),
  source: text('exact source name').optional(),
  limit: count('articles per page', 1, 500).default(50),
  cursor: text('the previous page\'s `next`', 500).optional(),
});

const IdParams = z.strictObject({ id: text('article id (content hash)', 200) });
const NoQuery = z.strictObject({});
const AnnotationQuery = z.strictObject({ cursor: text('the list\'s `next` from the article or from the previous page', 500).optional() });

const cursor = z.string().nullable();
const ArticleResponse = RESPONSES.article.extend({
  next: z.object(Object.fromEntries(ANNOTATION_LISTS.map((list) => [list, cursor])))
    .meta({ description: `per list, the cursor of its next page (GET /api/articles/{id}/<list>?cursor=), null when the list is complete` }),
});
const PAGING = `A list holds at most ${ANNOTATION_PAGE_ITEMS} items and ends with the item that takes it past ${ANNOTATION_PAGE_BYTES / 1024 / 1024} MiB of JSON; \`next\` says where each list goes on.`;

const PostQuery = z.strictObject({
  format: choice('ingest format of a raw body (overrides Content-Type)', ['jsonl', 'ndjson', 'csv', 'txt', 'text', 'html', 'rss', 'atom', 'xml', 'feed']).optional(),
});

const PostBody = z.object({
  articles: z.array(z.object({
    id: z.union([z.string(), z.number()]).optional(), date: z.string().meta({ description: 'YYYY-MM-DD or ISO 8601 timestamp' }), text: z.string(),
    title: z.string().nullable().optional(), source: z.string().nullable().optional(), url: z.string().nullable().optional(),
  })),
});

/**
 * Registers GET /api/articles, GET /api/articles/:id, GET /api/articles/:id/<list> for each
 * annotation list, and POST /api/articles.
 *
 * @example
 * await app.register(articleRoutes, context);
 */
export const articleRoutes: FastifyPluginAsync<ApiContext> = async (app, context) => {
  // Raw bodies in every ingest format, and JSON too: read as bytes so the ingest readers see
  // exactly what was sent (encoding checks, BOMs) and `?format=` can override the type.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.get('/api/articles', {
    config: { doc: { tag: 'articles', summary: 'Stored articles, newest first, with their event counts', query: ListQuery, response: { mediaType: 'application/json', description: 'one page', schema: RESPONSES.articles }, errors: [400] } },
  }, async (request) => articlePage(context.store, parseParams(ListQuery, request.query)));

  const findArticle = (id: string): ArticleView => {
    const view = articleView(context.store, id);
    if (!view) throw ApiError.notFound(`no article with id ${JSON.stringify(id)}`);
    return view;
  };

  app.get('/api/articles/:id', {
    config: { doc: { tag: 'articles', summary: 'One article with sentences, actor mentions, timex, events, quotes and statements', description: PAGING, params: IdParams, query: NoQuery, response: { mediaType: 'application/json', description: 'the article', schema: ArticleResponse }, errors: [400, 404] } },
  }, async (request) => {
    const { id } = parseParams(IdParams, request.params);
    parseParams(NoQuery, request.query);
    return pagedArticleView(findArticle(id));
  });

  for (const list of ANNOTATION_LISTS) {
    const schema = z.object({ items: RESPONSES.article.shape[list], next: cursor });
    app.get(`/api/articles/:id/${list}`, {
      config: { doc: { tag: 'articles', summary: `The article's ${list}, one page at a time`, description: PAGING, params: IdParams, query: AnnotationQuery, response: { mediaType: 'application/json', description: 'one page', schema }, errors: [400, 404] } },
    }, async (request) => {
      const query = parseParams(AnnotationQuery, request.query);
      const { id } = parseParams(IdParams, request.params);
      return annotationPage(findArticle(id), list, query.cursor);
    });
  }

  app.post('/api/articles', {
    config: {
      doc: {
        tag: 'articles', summary: 'Add articles: JSON {"articles":[...]} or a raw body in any ingest format', auth: true,
        description: 'Answers 200 when at least one article was read (new or already stored), 422 when nothing was usable. Rejected records are listed in `problems`. '
          + 'A body other than application/json needs the header `X-Dateline-Upload: 1`, and an `Origin`, when sent, must be this server\'s (else 403; see docs/security.md).',
        query: PostQuery,
        body: { mediaTypes: ['application/json', ...Object.keys(BODY_FORMATS)], description: 'the articles', schema: PostBody },
        response: { mediaType: 'application/json', description: 'what was stored', schema: RESPONSES.ingest }, errors: [400, 401, 403, 413, 415, 422],
      },
    },
    preHandler: async (request, reply) => {
      if (context.token !== undefined && !bearerMatches(request.headers.authorization, context.token)) {
        reply.header('www-authenticate', 'Bearer realm="dateline"');
        throw new ApiError(401, { error: 'unauthorized', message: 'POST needs the header Authorization: Bearer <DATELINE_TOKEN>' });
      }
    },
  }, async (request, reply) => {
    const { format } = parseParams(PostQuery, request.query);
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const read = readBody(body, mediaType, format);
    const result = await ingestRead(context.store, context.annotator, read);
    return reply.code(result.read > 0 ? 200 : 422).send(result);
  });
};

