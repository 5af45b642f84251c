/**
 * Builds the OpenAPI 3.1 document from the registered routes and their {@link RouteDoc}s. The
 * parameter schemas are the zod schemas that validate requests, converted with `z.toJSONSchema`.
 */
import { z } from 'zod';
import { ErrorBody } from './schemas.ts';
import type { RouteDoc } from './route-doc.ts';
import type { ParamsSchema } from './params.ts';

/** A registered route as the document needs it. */
export interface DocumentedRoute {
  method: string;
  url: string;
  doc: RouteDoc | undefined;
}

type JsonObject = Record<string, unknown>;

const ERROR_TEXT: Readonly<Record<number, string>> = {
  400: 'a bad or unknown parameter (`parameter` names it)',
  401: 'missing or wrong bearer token',
  403: 'a write without a JSON type or X-Dateline-Upload, or from another origin',
  404: 'no such article or actor',
  413: 'body larger than the limit',
  415: 'unsupported content type',
  422: 'nothing usable in the body',
};

/**
 * A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), describing what a client sends
 * (`input`) or receives (`output`).
 *
 * @example
 * jsonSchema(z.string(), 'input'); // { type: 'string' }
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const out = z.toJSONSchema(schema, {
    io, unrepresentable: 'any',
    // Whole-number parameters arrive as text and are checked by a pattern; documented as integers.
    override: (ctx) => {
      if (ctx.jsonSchema.type === 'integer') delete ctx.jsonSchema.pattern;
    },
  }) as JsonObject;
  delete out.$schema;
  return out;
}

function parameters(schema: ParamsSchema | undefined, where: 'query' | 'path'): JsonObject[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    const required = where === 'path' || (object.required ?? []).includes(name);
    return { name, in: where, required, ...(description ? { description } : {}), schema: rest };
  });
}

function operation(route: DocumentedRoute, doc: RouteDoc): JsonObject {
  const ok = doc.response;
  const responses: JsonObject = {
    [String(ok.status ?? 200)]: {
      description: ok.description,
      content: { [ok.mediaType]: ok.schema ? { schema: jsonSchema(ok.schema, 'output') } : {} },
    },
  };
  const errorContent = { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } };
  for (const status of [...doc.errors, 500]) {
    responses[String(status)] = { description: ERROR_TEXT[status] ?? 'unexpected failure (no details are given)', content: errorContent };
  }
  const op: JsonObject = {
    operationId: `${route.method.toLowerCase()}${route.url.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c?: string) => (c ? c.toUpperCase() : ''))}`,
    tags: [doc.tag],
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    parameters: [...parameters(doc.params, 'path'), ...parameters(doc.query, 'query')],
    responses,
  };
  if (doc.body) {
    const schema = doc.body.schema ? { schema: jsonSchema(doc.body.schema, 'input') } : { schema: { type: 'string' } };
    op.requestBody = { required: true, description: doc.body.description, content: Object.fromEntries(doc.body.mediaTypes.map((t) => [t, t === 'application/json' ? schema : { schema: { type: 'string' } }])) };
  }
  if (doc.auth) op.security = [{ bearer: [] }];
  return op;
}

/**
 * The OpenAPI 3.1 document for `routes`. Routes without a {@link RouteDoc} are listed with a
 * summary saying so, never left out, so a missing description is visible.
 *
 * @param routes - Every registered route (HEAD routes are skipped: Fastify adds them for GETs).
 * @param version - The package version.
 * @returns The document, ready for `JSON.stringify`.
 * @example
 * buildOpenApi([{ method: 'GET', url: '/api/stats', doc }], '0.1.0').paths['/api/stats'];
 */
export function buildOpenApi(routes: readonly DocumentedRoute[], version: string): JsonObject & { paths: Record<string, JsonObject> } {
  const paths: Record<string, JsonObject> = {};
  for (const route of routes) {
    if (route.method === 'HEAD' || !route.url.startsWith('/api/')) continue;
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const doc = route.doc ?? { tag: 'undocumented', summary: 'undocumented route', response: { mediaType: 'application/json', description: 'undocumented' }, errors: [] };
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route, doc) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dateline API',
      version,
      description: 'Political events coded to PLOVER from dated news articles, with every fact traced to its sentence. '
        + 'Unknown query parameters are refused with 400. See docs/api.md.',
    },
    servers: [{ url: '/' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'DATELINE_TOKEN, needed for POST when the server has a token' } } },
    paths,
  };
}
