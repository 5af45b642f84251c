/**
 * The web UI: files of the built app (web/dist), and index.html for any other non-/api path so the
 * app's own routes load on refresh. Without a build, a short text says how to make one.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { ApiError } from '../errors.ts';
import type { ApiContext } from '../server.ts';

/** What `/` says when web/dist has not been built. */
export const NO_BUILD_MESSAGE = 'Dateline: the web UI is not built. Run `npm run build:web`, then restart. The JSON API works meanwhile: /api/stats, /api/openapi.json.\n';

/**
 * Whether `relative` (a decoded URL path below the root) names a file inside `root`.
 *
 * @example
 * isFileWithin('/app/web/dist', 'assets/app.js'); // true when built
 * isFileWithin('/app/web/dist', '../package.json'); // false
 */
export function isFileWithin(root: string, relative: string): boolean {
  const base = resolve(root);
  const full = resolve(base, relative);
  if (!full.startsWith(base + sep)) return false;
  try {
    return statSync(full).isFile();
  } catch {
    return false;
  }
}

const isApi = (url: string): boolean => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

function apiNotFound(url: string): ApiError {
  return ApiError.notFound(`no route GET ${url.split('?')[0]}`);
}

/**
 * Registers GET / and GET /* (after every /api route: Fastify prefers the more specific path).
 *
 * @example
 * await app.register(staticRoutes, context);
 */
export const staticRoutes: FastifyPluginAsync<ApiContext> = async (app, { webRoot }) => {
  if (!existsSync(resolve(webRoot, 'index.html'))) {
    const explain = async (request: { url: string }, reply: FastifyReply): Promise<FastifyReply> => {
      if (isApi(request.url)) throw apiNotFound(request.url);
      return reply.type('text/plain; charset=utf-8').send(NO_BUILD_MESSAGE);
    };
    app.get('/', explain);
    app.get('/*', explain);
    return;
  }
  await app.register(fastifyStatic, { root: resolve(webRoot), serve: false });
  const sendIndex = (reply: FastifyReply): FastifyReply => reply.header('cache-control', 'no-cache').sendFile('index.html');
  app.get('/', async (_request, reply) => sendIndex(reply));
  app.get<{ Params: { '*': string } }>('/*', async (request, reply) => {
    if (isApi(request.url)) throw apiNotFound(request.url);
    const path = request.params['*'];
    return isFileWithin(webRoot, path) ? reply.sendFile(path) : sendIndex(reply);
  });
};
