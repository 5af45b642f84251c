/**
 * The checks every request passes before routing reaches a handler: the security headers go on
 * first, then the `Host` must be one the server serves (421), the method one the path takes (405
 * with `Allow`, 404 for an unknown path), and a write must come from a program or from the
 * server's own pages (403). They run in `onRequest`, so a refused request's body is never read.
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.ts';
import { SECURITY_HEADERS, writeRefusal } from './security.ts';

/** A registered route as the guards see it. */
export interface KnownRoute {
  method: string;
  url: string;
}

/** Options for {@link addRequestGuards}. */
export interface GuardOptions {
  /** Whether a `Host` header names this server (see `hostAllowList`). */
  hostAllowed: (hostHeader: string | undefined) => boolean;
  /** Every route registered, complete once the server is ready. */
  routes: readonly KnownRoute[];
}

const READS = new Set(['GET', 'HEAD']);

/**
 * The methods a path takes, from the registered routes (`:param` matches one segment, `*` the
 * rest). Paths under /api/ never match the UI's catch-all, so an unknown API path stays a 404.
 *
 * @param routes - The registered routes.
 * @param path - The request path, without the query.
 * @returns The methods, sorted; empty for an unknown path.
 * @example
 * allowedMethods(routes, '/api/events'); // ['GET', 'HEAD']
 */
export function allowedMethods(routes: readonly KnownRoute[], path: string): string[] {
  const api = path === '/api' || path.startsWith('/api/');
  const methods = new Set<string>();
  for (const route of routes) {
    if (api && route.url.includes('*')) continue;
    if (matches(route.url, path)) methods.add(route.method);
  }
  return [...methods].sort();
}

function matches(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    if (part === '*') return true;
    const seg = got[i];
    if (seg === undefined) return false;
    if (part.startsWith(':') ? seg === '' : part !== seg) return false;
  }
  return want.length === got.length;
}

/**
 * Adds the guards as a root `onRequest` hook, so they cover every route and the 404 handler.
 *
 * @param app - The root instance, before routes are registered.
 * @param options - The host check and the route list.
 * @example
 * addRequestGuards(app, { hostAllowed: hostAllowList('127.0.0.1'), routes });
 */
export function addRequestGuards(app: FastifyInstance, options: GuardOptions): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    const host = request.headers.host;
    if (!options.hostAllowed(host)) {
      throw new ApiError(421, {
        error: 'misdirected_request',
        message: `this server does not serve the host ${JSON.stringify(host)}; start it with --allowed-host NAME (or DATELINE_ALLOWED_HOSTS) to serve that name`,
      });
    }
    if (request.routeOptions.url === undefined) {
      const path = request.url.split('?')[0]!;
      const allow = allowedMethods(options.routes, path);
      if (allow.length > 0) throw ApiError.methodNotAllowed(request.method, path, allow);
      throw ApiError.notFound(`no route ${request.method} ${path}`);
    }
    if (!READS.has(request.method)) {
      const refusal = writeRefusal(request.headers);
      if (refusal !== null) throw new ApiError(403, { error: 'forbidden', message: refusal });
    }
  });
}
