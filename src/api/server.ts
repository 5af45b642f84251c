/**
 * The HTTP server: a Fastify instance with one plugin per resource under /api/ and the built web UI
 * at /. Built by {@link createServer}; `dateline serve` and `dateline demo --serve` listen with it.
 */
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT, pipelineAnnotator, workerAnnotator, type Annotator, type Pipeline, type Store } from '../index.ts';
import { ApiError, clientErrorResponse, errorReply } from './errors.ts';
import { addRequestGuards } from './guards.ts';
import type { DocumentedRoute } from './openapi-doc.ts';
import { checkBinding, hostAllowList, SECURITY_HEADERS } from './security.ts';
import { actorRoutes } from './routes/actors.ts';
import { articleRoutes } from './routes/articles.ts';
import { dyadRoutes } from './routes/dyads.ts';
import { eventRoutes } from './routes/events.ts';
import { exportRoutes } from './routes/exports.ts';
import { kbRoutes } from './routes/kb.ts';
import { networkRoutes } from './routes/network.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { quoteRoutes } from './routes/quotes.ts';
import { searchRoutes } from './routes/search.ts';
import { staticRoutes } from './routes/static.ts';
import { statsRoutes } from './routes/stats.ts';
import { upcomingRoutes } from './routes/upcoming.ts';

/** Options for {@link createServer}. */
export interface ServerOptions {
  /** The open store to serve; the caller closes it after the server. */
  store: Store;
  /** Bearer token POST requests must carry; required when `host` is not loopback. */
  token?: string;
  /** The host the caller will listen on: checked here so an unsafe binding never starts. */
  host: string;
  /**
   * Host names requests may carry besides IP addresses, `localhost` (and `*.localhost`) and `host`:
   * the names a proxy or load balancer serves this under. `*.example.org` allows subdomains.
   */
  allowedHosts?: readonly string[];
  /** The built web UI; default `web/dist` in the package. */
  webRoot?: string;
  /**
   * Builds the pipeline for POST /api/articles; called once, on the first POST. Default: a worker
   * thread with the bundled data, so coding an upload does not block other requests.
   */
  pipeline?: () => Pipeline;
  /** Largest request body in bytes; default 10 MB. Larger bodies get 413. */
  bodyLimit?: number;
  /** Log requests as JSON lines on stdout (Fastify's pino logger); default off. */
  logger?: boolean;
}

/** What every route plugin receives: the store and the server-wide settings. */
export interface ApiContext {
  store: Store;
  token: string | undefined;
  /** The annotator for uploads, built on first use. */
  annotator: () => Annotator;
  webRoot: string;
  version: string;
  /** Every route registered so far (complete once the server is ready), for the OpenAPI document. */
  routes: readonly DocumentedRoute[];
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, with its OpenAPI description: what /api/openapi.json is built from. */
    datelineRoutes: readonly DocumentedRoute[];
  }
}

/** Default for {@link ServerOptions.bodyLimit}: 10 MB. */
export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

/** Default for {@link ServerOptions.webRoot}. */
export const DEFAULT_WEB_ROOT = join(PACKAGE_ROOT, 'web', 'dist');

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/**
 * Builds the server, ready to `listen`. Every response carries the security headers; errors are
 * JSON (`{error, message, parameter?}`), Fastify's and Node's own included, and a 500 never
 * includes a stack trace. Requests for another host name are refused (421), writes from other
 * web pages too (403); see docs/security.md.
 *
 * @param options - The store, token, host and limits.
 * @returns The Fastify instance, plugins loaded.
 * @throws DatelineError `E_SERVE_NO_TOKEN` when `host` is not loopback and there is no token.
 * @example
 * const app = await createServer({ store, host: '127.0.0.1' });
 * await app.listen({ host: '127.0.0.1', port: 8080 });
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  checkBinding(options.host, options.token);
  const hostAllowed = hostAllowList(options.host, options.allowedHosts);
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Keep-alive sockets would hold `close()` open until they time out.
    forceCloseConnections: true,
    // Requests Node cannot parse, and URLs Fastify cannot decode, answer like every other error.
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
      socket.end(clientErrorResponse(error.code, SECURITY_HEADERS));
    },
    frameworkErrors: (error, _request, frameworkReply) => {
      const { status, body } = errorReply(error);
      const reply = frameworkReply as unknown as FastifyReply;
      void reply.code(status).headers(SECURITY_HEADERS).type('application/json; charset=utf-8').send(JSON.stringify(body));
    },
  });
  const routes: DocumentedRoute[] = [];
  app.decorate('datelineRoutes', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, doc: route.config?.doc });
  });
  addRequestGuards(app, { hostAllowed, routes });
  app.setErrorHandler((error, request, reply) => {
    const { status, body, headers } = errorReply(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(status).headers({ ...SECURITY_HEADERS, ...headers }).type('application/json; charset=utf-8').send(body);
  });
  // The guards answer unknown paths first; this stays for anything they let through.
  app.setNotFoundHandler((request) => {
    throw ApiError.notFound(`no route ${request.method} ${request.url.split('?')[0]}`);
  });

  // Uploads are coded in a worker thread unless the caller hands over a pipeline it already has.
  let annotator: Annotator | undefined;
  const makeAnnotator = (): Annotator => (options.pipeline ? pipelineAnnotator(options.pipeline()) : workerAnnotator({ workers: 1 }));
  app.addHook('onClose', async () => annotator?.close());
  const context: ApiContext = {
    store: options.store,
    token: options.token || undefined,
    annotator: () => (annotator ??= makeAnnotator()),
    webRoot: options.webRoot ?? DEFAULT_WEB_ROOT,
    version,
    routes,
  };
  for (const plugin of [statsRoutes, articleRoutes, eventRoutes, actorRoutes, dyadRoutes, networkRoutes, upcomingRoutes, quoteRoutes, searchRoutes, kbRoutes, exportRoutes, openApiRoutes, staticRoutes]) {
    await app.register(plugin, context);
  }
  await app.ready();
  return app;
}
