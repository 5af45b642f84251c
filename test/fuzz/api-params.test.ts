/**
 * Fuzz: every GET route of /api/openapi.json with random query strings and path parameters, valid
 * and garbage alike. Whatever is asked: no 5xx, the security headers, JSON in the API's one error
 * shape for a 4xx; valid parameters are never refused.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { badDay, checkErrorBody, checkResponse, exampleServer, fuzzParams, LOCAL_HOST, realDay, type FuzzServer } from './helpers.ts';
import { PLOVER_TYPES } from '../../src/api/filters.ts';
import { EVENT_STATUSES } from '../../src/index.ts';

interface Param {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  schema: { type?: string; format?: string; enum?: string[]; minimum?: number; maximum?: number; pattern?: string };
}

interface Route {
  path: string;
  params: Param[];
  /** Media types the 200 answer may have. */
  mediaTypes: string[];
}

let server: FuzzServer;
let routes: Route[] = [];
// Real `next` values of paged routes, to be replayed, mutated and sent to the wrong route.
const cursors: string[] = [];
let articleIds: string[] = [];
// Every actor code /api/actors lists; and the codes, actor ids and modes the example store holds
// that the documented pattern accepts: values every filter must accept.
let listedCodes: string[] = [];
let codes: string[] = [];
let modes: string[] = [];

const get = (url: string) => server.app.inject({ method: 'GET', url, headers: { host: LOCAL_HOST } });

before(async () => {
  server = await exampleServer();
  const doc = (await get('/api/openapi.json')).json() as { paths: Record<string, Record<string, { parameters?: Param[]; responses?: Record<string, { content?: Record<string, unknown> }> }>> };
  routes = Object.entries(doc.paths).flatMap(([path, operations]) => {
    const op = operations.get;
    if (!op) return [];
    return [{ path, params: op.parameters ?? [], mediaTypes: Object.keys(op.responses?.['200']?.content ?? {}) }];
  });
  for (const url of ['/api/events?limit=1', '/api/events?limit=2&order=asc', '/api/articles?limit=1', '/api/quotes?limit=1', '/api/statements?limit=1']) {
    const { next } = (await get(url)).json() as { next?: string | null };
    if (next) cursors.push(next);
  }
  articleIds = ((await get('/api/articles?limit=20')).json() as { items: { id: string }[] }).items.map((a) => a.id);
  const db = server.store.db;
  listedCodes = ((await get('/api/actors?limit=500')).json() as { items: { code: string }[] }).items.map((a) => a.code);
  const pattern = new RegExp(routes.find((r) => r.path === '/api/events')!.params.find((p) => p.name === 'actor')!.schema.pattern!, 'u');
  codes = [
    ...listedCodes.slice(0, 12),
    ...(db.prepare('SELECT DISTINCT actor_id AS id FROM event_actors ORDER BY actor_id LIMIT 8').all() as { id: string }[]).map((r) => r.id),
  ].filter((code) => pattern.test(code));
  modes = (db.prepare('SELECT DISTINCT mode FROM events WHERE mode IS NOT NULL ORDER BY mode LIMIT 10').all() as { mode: string }[]).map((r) => r.mode);
});
after(async () => server?.close());

// ---- values ----

const CODES = ['RUS', 'USA', 'UKR', 'DEU', 'NATO', 'EU', 'CHN', 'person:vladimir-putin', 'XYZ', 'rus', 'Putin'] as const;
const plainWord = fc.oneof(
  fc.constantFrom('Russia', 'talks', 'sanctions', 'Geneva', 'NATO', 'U.S.', "Kyiv's", 'pro-Russian', 'Biden:', 'Москва', '北京', 'Zürich', 'e-mail', 'a', 'and', 'or'),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9'.-]{0,12}$/),
);
const plainText = (max: number) => fc.array(plainWord, { minLength: 1, maxLength: 5 }).map((w) => w.join(' ').slice(0, max));
const commaList = <T extends string>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 4 })
  .chain((items) => fc.tuple(fc.constant(items), fc.boolean())).map(([items, lower]) => items.map((s) => (lower ? s.toLowerCase() : s)).join(','));

/** A value the route documents as valid for `param` (never a cursor: those depend on the rest of the query). */
function validValue(route: Route, param: Param): fc.Arbitrary<string> {
  const { name, schema } = param;
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.format === 'date') return realDay;
  if (schema.type === 'integer') return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1000 }).map(String);
  if (['actor', 'speaker', 'code', 'a', 'b'].includes(name)) return fc.constantFrom(...codes);
  if (name === 'dyad') return fc.tuple(fc.constantFrom(...codes), fc.constantFrom(...codes)).map(([a, b]) => `${a},${b}`);
  if (name === 'type') return commaList(PLOVER_TYPES);
  if (name === 'status') return fc.uniqueArray(fc.constantFrom(...EVENT_STATUSES), { minLength: 1, maxLength: 4 }).map((s) => s.join(','));
  if (name === 'kind') return fc.constantFrom('denial', 'concern', 'warning', 'claim');
  if (name === 'id') return articleIds.length ? fc.oneof(fc.constantFrom(...articleIds), fc.stringMatching(/^[0-9a-f]{16}$/)) : fc.stringMatching(/^[0-9a-f]{16}$/);
  if (name === 'mode') return fc.constantFrom(...modes);
  if (name === 'min_confidence') return fc.integer({ min: 0, max: 1000 }).map((n) => String(n / 1000));
  return plainText(200);
}

const NASTY = [
  '', ' ', '  \t ', '0', '-1', '-0', '1e3', '1.5', '0x10', '+5', '00001', '99999999999999999999', '9'.repeat(400), '-99999999999999999999',
  'NaN', 'Infinity', 'null', 'undefined', 'true', '[]', '{}', '[object Object]', '__proto__', 'constructor', 'hasOwnProperty',
  '2022-02-30', '2021-02-29', '2020-02-29', '0000-00-00', '9999-12-31', '-2022-01-01', '+002022-01-01', '2022-01-01T00:00:00Z', '2022-1-5',
  '\u0000', 'a\u0000b', '"', '"unterminated', '""', '*', 'a*', '^', 'NEAR(', 'a NEAR b', 'AND', 'a OR', 'NOT', '(', ')', 'title:', 'text:x', 'col:x',
  "'", "'; DROP TABLE articles; --", '\\', '../../etc/passwd', '<script>alert(1)</script>', '%', '%00', '%zz', '&', '=', '#', '?',
  ',', ',,,', 'RUS,', ',RUS', 'RUS,USA,CHN', 'RUS , USA', 'CONSULT,', 'consult,threaten', 'occurred,,scheduled', 'OCCURRED',
  '\ud800', '\udfff', 'a\ud800b', '\udc00\ud800', '😀', '🇺🇦', 'é', 'é', '\u202e', '\u200b', '\ufeff', '\uffff', 'İ', 'ß',
  'a'.repeat(80), 'a'.repeat(81), 'a'.repeat(200), 'a'.repeat(201), 'a'.repeat(501), 'x'.repeat(20_000),
] as const;

const garbageValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: badDay },
  { weight: 2, arbitrary: fc.oneof(fc.bigInt().map(String), fc.double().map(String), fc.integer().map(String)) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'é', '\u0000', ' ', 'RUS,'), fc.integer({ min: 1, max: 5000 })).map(([s, n]) => s.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(...CODES) },
);

// A real cursor, as is, or cut, or with characters changed (still base64url-looking or not).
const cursorValue: fc.Arbitrary<string> = fc.constant(null).chain(() => {
  if (!cursors.length) return garbageValue;
  return fc.tuple(fc.constantFrom(...cursors), fc.nat(), fc.nat(), fc.constantFrom('', 'A', '_', '-', '=', '!', '%', 'é', '\u0000'), fc.constantFrom('as is', 'cut', 'change', 'append'))
    .map(([c, i, j, ch, how]) => {
      const at = i % (c.length + 1);
      if (how === 'cut') return c.slice(0, at);
      if (how === 'change') return c.slice(0, at) + ch + c.slice(at + 1 + (j % 3));
      if (how === 'append') return c + ch;
      return c;
    });
});

// ---- rendering a query string ----

/** Percent-encodes the UTF-8 bytes of `s` (a lone surrogate goes as U+FFFD, as a browser sends it). */
const percentEncode = (s: string): string => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
// What may stand raw in a request line: printable ASCII except space and '#'.
const rawSafe = (s: string): string => s.replace(/[^\x21-\x7e]|#/g, (c) => percentEncode(c));
const BAD_ESCAPES = ['%', '%2', '%zz', '%00', '%ED%A0%80', '%C3%28', '%FF', '%C0%AF', '%E2%82', '+', '%2B', '%25', '%26', '%3D', '%%', '%u0041'] as const;

/** One `name=value` of a query string, encoded one of several ways a client (or an attacker) might. */
const renderPair = (name: string, value: string): fc.Arbitrary<string> => fc.oneof(
  fc.constant(`${percentEncode(name)}=${encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'))}`),
  fc.constant(`${rawSafe(name)}=${percentEncode(value)}`),
  fc.constant(`${rawSafe(name)}=${rawSafe(value)}`),
  fc.constant(`${rawSafe(name)}`),
  fc.tuple(fc.constantFrom(...BAD_ESCAPES), fc.nat()).map(([bad, at]) => {
    const v = rawSafe(value);
    const i = at % (v.length + 1);
    return `${rawSafe(name)}=${v.slice(0, i)}${bad}${v.slice(i)}`;
  }),
);


function garbageQuery(route: Route): fc.Arbitrary<string> {
  const names = route.params.filter((p) => p.in === 'query').map((p) => p.name);
  const name = fc.oneof(
    { weight: 6, arbitrary: names.length ? fc.constantFrom(...names) : fc.constant('limit') },
    { weight: 1, arbitrary: fc.constantFrom('sinse', 'LIMIT', 'limit[]', 'a[b]', '__proto__', 'constructor', '', ' ', 'q.x', 'format', 'id') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  );
  const pair = name.chain((n) => fc.oneof(
    { weight: 4, arbitrary: validValue(route, route.params.find((p) => p.name === n) ?? { name: n, in: 'query', schema: {} }) },
    { weight: 4, arbitrary: garbageValue },
    { weight: n === 'cursor' ? 4 : 0, arbitrary: cursorValue },
  ).chain((value) => renderPair(n, value)));
  return fc.tuple(fc.array(pair, { maxLength: 6 }), fc.constantFrom('&', '&', '&', '&&', ';', '&amp;'))
    .chain(([pairs, sep]) => fc.tuple(fc.constant(pairs.join(sep)), fc.boolean()).map(([q, repeat]) => (repeat && pairs[0] ? `${q}&${pairs[0]}` : q)));
}

function validQuery(route: Route): fc.Arbitrary<string> {
  const optional = route.params.filter((p) => p.in === 'query' && !p.required && p.name !== 'cursor');
  const required = route.params.filter((p) => p.in === 'query' && p.required);
  return fc.tuple(
    fc.tuple(...required.map((p) => validValue(route, p).map((v) => [p.name, v] as const))),
    fc.subarray(optional).chain((chosen) => fc.tuple(...chosen.map((p) => validValue(route, p).map((v) => [p.name, v] as const)))),
  ).map(([req, opt]) => new URLSearchParams([...req, ...opt].map(([name, v]) => [name, v])).toString());
}

/** The route's path with each `{param}` filled from `value`. */
const fillPath = (route: Route, value: (param: Param) => fc.Arbitrary<string>): fc.Arbitrary<string> => {
  const pathParams = route.params.filter((p) => p.in === 'path');
  return fc.tuple(...pathParams.map((p) => value(p).map((v) => [p.name, v] as const)))
    .map((filled) => filled.reduce((path, [name, v]) => path.replace(`{${name}}`, v), route.path));
};

const byPath = (path: string): Route => routes.find((r) => r.path === path)!;
// Drawn by path so a counterexample prints short.
const anyRoute = () => fc.constantFrom(...routes.map((r) => r.path)).map(byPath, (route) => (route as Route).path);
const describeRequest = (url: string) => `GET ${url.length > 300 ? `${url.slice(0, 300)}...` : url}`;

describe('fuzz: GET parameters', () => {
  test('the OpenAPI document lists the GET routes to fuzz', () => {
    const paths = routes.map((r) => r.path);
    for (const expected of ['/api/events', '/api/articles', '/api/articles/{id}', '/api/actors/{code}', '/api/search', '/api/upcoming.ics', '/api/export/events.csv']) {
      assert.ok(paths.includes(expected), `${expected} missing from ${paths.join(', ')}`);
    }
    assert.ok(cursors.length >= 3, 'the example store pages: real cursors to replay');
    assert.ok(codes.length >= 8 && modes.length >= 2, 'the example store has actors and modes to filter by');
  });

  test('random and garbage query strings: no 5xx, security headers, the API error shape', async () => {
    const request = anyRoute().chain((route) => fc.tuple(
      fillPath(route, (p) => validValue(route, p).map((v) => encodeURIComponent(v))),
      garbageQuery(route),
    ).map(([path, query]) => ({ path: route.path, url: query === '' ? path : `${path}?${query}` })));
    await fc.assert(fc.asyncProperty(request, async ({ path, url }) => {
      const route = byPath(path);
      const response = await get(url);
      const what = describeRequest(url);
      checkResponse(response, what);
      if (response.statusCode === 200) {
        const type = String(response.headers['content-type']).split(';')[0]!.trim();
        assert.ok(route.mediaTypes.includes(type), `${what}: 200 as ${type}, documented ${route.mediaTypes.join(', ')}`);
        if (type === 'application/json') JSON.parse(response.body);
      }
    }), fuzzParams(400));
  });

  test('valid parameters are never refused', async () => {
    const request = anyRoute().chain((route) => fc.tuple(
      fillPath(route, (p) => validValue(route, p).map((v) => encodeURIComponent(v))),
      validQuery(route),
    ).map(([path, query]) => ({ path: route.path, url: query === '' ? path : `${path}?${query}` })));
    await fc.assert(fc.asyncProperty(request, async ({ path, url }) => {
      const route = byPath(path);
      const response = await get(url);
      const what = describeRequest(url);
      checkResponse(response, what);
      const hasPathParam = route.params.some((p) => p.in === 'path');
      const expected = hasPathParam ? [200, 404] : [200];
      assert.ok(expected.includes(response.statusCode), `${what}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    }), fuzzParams(250));
  });

  test('garbage in path parameters: no 5xx, the API error shape', async () => {
    // Only the path parameter is garbage; percent-escapes that decode to nothing valid are fine here.
    const withPathParams = () => fc.constantFrom(...routes.filter((r) => r.params.some((p) => p.in === 'path')).map((r) => r.path)).map(byPath, (route) => (route as Route).path);
    const request = withPathParams().chain((route) => fillPath(route, () => garbageValue.map((v) => encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '\ufffd')))));
    await fc.assert(fc.asyncProperty(request, async (url) => {
      checkResponse(await get(url), describeRequest(url));
    }), fuzzParams(150));
  });

  // Found by this suite: /api/actors listed "agent:?-GOV", which /api/actors/{code} and ?actor= refused (400).
  test('every actor code /api/actors lists opens its actor page and filters events', async () => {
    assert.ok(listedCodes.length > 10);
    for (const code of listedCodes) {
      for (const url of [`/api/actors/${encodeURIComponent(code)}`, `/api/events?actor=${encodeURIComponent(code)}`]) {
        const response = await get(url);
        checkResponse(response, `GET ${url}`);
        assert.equal(response.statusCode, 200, `GET ${url}: ${response.body.slice(0, 200)}`);
      }
    }
  });

  // Found by this suite: GET /api/events?until=2022-13-01 answered 500 (RangeError in the filter
  // parser's day check); month 00 and day 32 likewise, on every event-filter route.
  test('event filters refuse days that cannot be dates with a 400', async () => {
    const request = fc.tuple(
      fc.constantFrom(...routes.filter((r) => r.params.some((p) => p.name === 'until' && p.in === 'query') && !r.params.some((p) => p.in === 'path' || p.required)).map((r) => r.path)),
      fc.constantFrom('since', 'until'),
      fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    ).map(([path, name, day]) => `${path}?${name}=${day}`);
    await fc.assert(fc.asyncProperty(request, async (url) => {
      const response = await get(url);
      checkResponse(response, describeRequest(url));
      assert.equal(response.statusCode, 400, `${describeRequest(url)}: ${response.body.slice(0, 200)}`);
    }), fuzzParams(40));
  });

  // Issue 17: GET /api/articles/%zz answered Fastify's own {"error":"Bad Request","code":"FST_ERR_BAD_URL",...} without the security headers.
  test('malformed percent-escapes in the path: a 400 in the API error shape, with the security headers', async () => {
    const request = fc.tuple(anyRoute(), fc.constantFrom(...BAD_ESCAPES.filter((e) => !/^(%2B|%25|%26|%3D|\+)$/.test(e))), fc.nat())
      .map(([route, bad, at]) => {
        const path = route.path.replace(/\{[^}]+\}/g, 'RUS');
        const i = 5 + (at % (path.length - 4));
        return `${path.slice(0, i)}${bad}${path.slice(i)}`;
      });
    await fc.assert(fc.asyncProperty(request, async (url) => {
      const response = await get(url);
      checkResponse(response, describeRequest(url));
      if (response.statusCode >= 400) checkErrorBody(response, describeRequest(url));
    }), fuzzParams(60));
  });

  // Issue 17: DELETE /api/events answered 404 without an Allow header.
  test('a wrong method on a known route: 405 with Allow', async () => {
    const request = fc.tuple(anyRoute(), fc.constantFrom('PUT', 'DELETE', 'PATCH', 'POST'))
      .filter(([route, method]) => !(method === 'POST' && route.path === '/api/articles'));
    await fc.assert(fc.asyncProperty(request, async ([route, method]) => {
      const url = route.path.replace(/\{[^}]+\}/g, 'RUS');
      const response = await server.app.inject({ method, url, headers: { host: LOCAL_HOST } });
      const what = `${method} ${url}`;
      checkResponse(response, what);
      assert.equal(response.statusCode, 405, `${what}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      assert.match(String(response.headers.allow), /\bGET\b/, `${what}: Allow ${response.headers.allow}`);
    }), fuzzParams(40));
  });
});
