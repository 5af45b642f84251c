/**
 * How a route describes itself for the OpenAPI document: attached to the route's `config`, so the
 * document is built from the routes actually registered and a route without a description shows up
 * as one (a test checks every /api route has one).
 */
import type { z } from 'zod';
import type { ParamsSchema } from './params.ts';

/** One route's documentation: its parameters are the very schemas that validate it. */
export interface RouteDoc {
  /** Groups routes in the document (`events`, `actors`, ...). */
  tag: string;
  summary: string;
  description?: string;
  query?: ParamsSchema;
  /** Path parameters (`:id`). */
  params?: ParamsSchema;
  /** The success response. */
  response: { status?: number; mediaType: string; description: string; schema?: z.ZodType };
  /** Error statuses this route can answer besides 500. */
  errors: number[];
  /** Accepted request bodies, by media type. */
  body?: { mediaTypes: string[]; description: string; schema?: z.ZodType };
  /** Needs `Authorization: Bearer <token>` when the server has a token. */
  auth?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's OpenAPI description. */
    doc?: RouteDoc;
  }
}
