/** /api/openapi.json: the OpenAPI 3.1 document, built from the registered routes. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { buildOpenApi } from '../openapi-doc.ts';
import { parseParams } from '../params.ts';
import type { ApiContext } from '../server.ts';

const NoQuery = z.strictObject({});

/**
 * Registers GET /api/openapi.json.
 *
 * @example
 * await app.register(openApiRoutes, context);
 */
export const openApiRoutes: FastifyPluginAsync<ApiContext> = async (app, context) => {
  let document: object | undefined;
  app.get('/api/openapi.json', {
    config: { doc: { tag: 'meta', summary: 'This document (OpenAPI 3.1)', query: NoQuery, response: { mediaType: 'application/json', description: 'the document' }, errors: [400] } },
  }, async (request) => {
    parseParams(NoQuery, request.query);
    // Built on first request: by then every plugin has registered its routes.
    document ??= buildOpenApi(context.routes, context.version);
    return document;
  });
};
