// Issue 17, the server's part: writes only from programs or the server's own pages, only the host
// names it serves (DNS rebinding), 405 with Allow, one error shape and the security headers on
// every answer (Fastify's and Node's own included), bounded JSON nesting, a case-insensitive auth
// scheme and control characters in search queries. The same attacks played in Chromium from a
// second origin are in test/browser/cross-origin.test.ts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { DatelineError, openStore } from '../../src/index.ts';
import { createServer } from '../../src/api/server.ts';
import { bearerMatches, hostAllowList, sameOrigin } from '../../src/api/security.ts';
import { jsonDepth } from '../../src/api/json-depth.ts';
import { allowedMethods } from '../../src/api/guards.ts';
import { allowedHosts } from '../../src/cli/commands/serve.ts';
import { startServer, tempDir, type RunningServer } from './helpers.ts';

type Json = Record<string, unknown>;
const tmp = tempDir();
const TOKEN = 's3cret token';
let open: RunningServer;
let guarded: RunningServer;
let port: number;

before(async () => {
  open = await startServer(join(tmp.dir, 'open.db'));
  guarded = await startServer(join(tmp.dir, 'guarded.db'), { token: TOKEN, allowedHosts: ['dateline.example.org', '*.corp.example'] });
  port = Number(new URL(open.url).port);
});
after(async () => {
  await open?.close();
  await guarded?.close();
  tmp.cleanup();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Json;
}

/** One request with exactly these headers (fetch would not let us set Host or leave Origin out). */
function send(server: RunningServer, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method, headers, setHost: headers.host === undefined }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? (JSON.parse(text) as Json) : {} });
      });
    });
    req.on('error', reject).end(body);
  });
}

/** Raw bytes to the open server, for requests Node's client will not send; the answer parsed. */
function raw(text: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let got = '';
    socket.setEncoding('utf8').on('data', (c: string) => (got += c)).on('error', reject).on('close', () => {
      const [head = '', body = ''] = got.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) headers[line.slice(0, line.indexOf(':')).toLowerCase()] = line.slice(line.indexOf(':') + 1).trim();
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) as Json });
    });
  });
}

/** The one error shape and the security headers. */
function assertErrorAnswer(answer: Answer, status: number, error: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.equal(answer.body.error, error);
  assert.equal(typeof answer.body.message, 'string');
  assert.deepEqual(Object.keys(answer.body).filter((k) => !['error', 'message', 'parameter', 'code'].includes(k)), []);
  assert.match(String(answer.headers['content-type']), /^application\/json/);
  assert.match(String(answer.headers['content-security-policy']), /default-src 'self'.*frame-ancestors 'none'/);
  assert.equal(answer.headers['x-content-type-options'], 'nosniff');
  assert.equal(answer.headers['referrer-policy'], 'no-referrer');
}

const articles = (text: string): string => JSON.stringify({ articles: [{ date: '2022-03-01', text }] });
const stored = async (server: RunningServer): Promise<number> => server.store.stats().articles;

describe('writes need JSON or X-Dateline-Upload, and a same-origin Origin when one is sent', () => {
  test('what a form or a no-cors fetch can send is refused, and nothing is stored', async () => {
    const before = await stored(open);
    const jsonl = '{"date":"2022-03-01","text":"Planted by another page."}\n';
    const attempts = [
      send(open, 'POST', '/api/articles?format=jsonl', { 'content-type': 'text/plain' }, jsonl),
      send(open, 'POST', '/api/articles?format=jsonl', { 'content-type': 'text/plain', origin: 'http://attacker.example' }, jsonl),
      send(open, 'POST', '/api/articles?format=jsonl', { 'content-type': 'application/x-www-form-urlencoded' }, jsonl),
      send(open, 'POST', '/api/articles?format=csv', { 'content-type': 'multipart/form-data; boundary=x' }, 'date,text\n2022-03-01,Planted.\n'),
      send(open, 'POST', '/api/articles', {}, 'date 2022-03-01\n\nPlanted without a type.'),
    ];
    for (const answer of await Promise.all(attempts)) assertErrorAnswer(answer, 403, 'forbidden');
    assert.match((await attempts[0]!).body.message as string, /X-Dateline-Upload/);
    assert.equal(await stored(open), before);
  });

  test('JSON or a marked upload from another origin is refused too; a null Origin as well', async () => {
    const before = await stored(open);
    const host = `127.0.0.1:${port}`;
    for (const origin of [`http://127.0.0.1:${port + 1}`, 'http://evil.example', 'null', `https://127.0.0.1:${port}.evil.example`]) {
      assertErrorAnswer(await send(open, 'POST', '/api/articles', { host, origin, 'content-type': 'application/json' }, articles('Cross-site JSON.')), 403, 'forbidden');
      assertErrorAnswer(await send(open, 'POST', '/api/articles', { host, origin, 'content-type': 'text/csv', 'x-dateline-upload': '1' }, 'date,text\n2022-03-01,Cross.\n'), 403, 'forbidden');
    }
    assert.equal(await stored(open), before);
  });

  test('programs (no Origin) and the server\'s own pages (same Origin) still write', async () => {
    const json = await send(open, 'POST', '/api/articles', { 'content-type': 'application/json; charset=utf-8' }, articles('Poland hosted talks on Tuesday.'));
    assert.deepEqual([json.status, json.body.inserted], [200, 1]);
    const csv = await send(open, 'POST', '/api/articles', { 'content-type': 'text/csv', 'x-dateline-upload': '1' }, 'date,text\n2022-03-02,Estonia urged calm.\n');
    assert.deepEqual([csv.status, csv.body.inserted], [200, 1]);
    const page = await send(open, 'POST', '/api/articles', { origin: `http://localhost:${port}`, host: `localhost:${port}`, 'content-type': 'application/json' }, articles('Latvia sent aid.'));
    assert.deepEqual([page.status, page.body.inserted], [200, 1]);
  });

  test('Origin against Host: port and name must match; https behind a proxy matches its plain Host', () => {
    assert.equal(sameOrigin('http://127.0.0.1:8080', '127.0.0.1:8080'), true);
    assert.equal(sameOrigin('https://dateline.example.org', 'dateline.example.org'), true);
    assert.equal(sameOrigin('http://[::1]:8080', '[::1]:8080'), true);
    assert.equal(sameOrigin('http://127.0.0.1:8081', '127.0.0.1:8080'), false);
    assert.equal(sameOrigin('http://localhost:8080', '127.0.0.1:8080'), false);
    assert.equal(sameOrigin('null', '127.0.0.1:8080'), false);
    assert.equal(sameOrigin('file://', '127.0.0.1:8080'), false);
    assert.equal(sameOrigin('http://127.0.0.1:8080', undefined), false);
  });
});

describe('only the host names the server serves (DNS rebinding)', () => {
  test('Host: evil.example is refused with 421, reads included', async () => {
    for (const [method, path] of [['GET', '/api/stats'], ['GET', '/'], ['POST', '/api/articles']] as const) {
      const answer = await send(open, method, path, { host: `evil.example:${port}`, 'content-type': 'application/json' }, method === 'POST' ? articles('Rebound.') : undefined);
      assertErrorAnswer(answer, 421, 'misdirected_request');
      assert.match(answer.body.message as string, /--allowed-host/);
    }
    assert.equal((await send(open, 'GET', '/api/stats', { host: 'evil.example' })).status, 421);
    assert.equal((await send(open, 'GET', '/api/stats', { host: 'not a host' })).status, 421);
  });

  test('loopback names and IP addresses are served; more names with allowedHosts', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LocalHost.:${port}`, `app.localhost:${port}`, `10.1.2.3:${port}`]) {
      assert.equal((await send(open, 'GET', '/api/stats', { host })).status, 200, host);
    }
    assert.equal((await send(open, 'GET', '/api/stats', { host: 'dateline.example.org' })).status, 421);
    for (const host of ['dateline.example.org', 'Dateline.Example.org:443', 'a.corp.example']) {
      assert.equal((await send(guarded, 'GET', '/api/stats', { host })).status, 200, host);
    }
    for (const host of ['corp.example', 'dateline.example.org.evil.example', 'xdateline.example.org']) {
      assert.equal((await send(guarded, 'GET', '/api/stats', { host })).status, 421, host);
    }
  });

  test('names are checked when the server is built; --allowed-host takes repeats and comma lists, else the environment', async () => {
    const allowed = hostAllowList('0.0.0.0', ['dateline.example.org']);
    assert.equal(allowed('dateline.example.org:8080'), true);
    assert.equal(allowed('[::1]'), true);
    assert.equal(allowed('[evil.example]'), false);
    assert.equal(allowed('evil.example:8080'), false);
    const store = openStore(join(tmp.dir, 'names.db'));
    try {
      await assert.rejects(createServer({ store, host: '127.0.0.1', allowedHosts: ['http://x.example/'] }), (e: unknown) => e instanceof DatelineError && e.code === 'E_USAGE' && /--allowed-host/.test(e.message));
    } finally {
      store.close();
    }
    assert.deepEqual(allowedHosts(['a.example,b.example', ' c.example '], 'env.example'), ['a.example', 'b.example', 'c.example']);
    assert.deepEqual(allowedHosts(undefined, 'env.example, other.example'), ['env.example', 'other.example']);
    assert.deepEqual(allowedHosts(undefined, undefined), []);
  });
});

describe('wrong methods and unknown paths', () => {
  test('a known path with a wrong method is 405 with Allow', async () => {
    const cases: [string, string, string][] = [
      ['DELETE', '/api/events', 'GET, HEAD'],
      ['POST', '/api/stats', 'GET, HEAD'],
      ['PUT', '/api/articles/abc', 'GET, HEAD'],
      ['DELETE', '/api/articles', 'GET, HEAD, POST'],
      ['OPTIONS', '/api/articles', 'GET, HEAD, POST'],
    ];
    for (const [method, path, allow] of cases) {
      const answer = await send(open, method, path, { 'content-type': 'application/json' }, method === 'POST' ? '{x' : undefined);
      assertErrorAnswer(answer, 405, 'method_not_allowed');
      assert.equal(answer.headers.allow, allow, `${method} ${path}`);
    }
  });

  test('an unknown path stays 404, whatever the method', async () => {
    for (const method of ['GET', 'DELETE', 'POST']) assertErrorAnswer(await send(open, method, '/api/nowhere', { 'content-type': 'application/json' }), 404, 'not_found');
  });

  test('route patterns: params match one segment, the UI catch-all never an /api path', () => {
    const routes = [{ method: 'GET', url: '/api/articles/:id' }, { method: 'POST', url: '/api/articles' }, { method: 'GET', url: '/*' }];
    assert.deepEqual(allowedMethods(routes, '/api/articles/x'), ['GET']);
    assert.deepEqual(allowedMethods(routes, '/api/articles/x/y'), []);
    assert.deepEqual(allowedMethods(routes, '/api/articles/'), []);
    assert.deepEqual(allowedMethods(routes, '/timeline'), ['GET']);
  });
});

describe('the framework\'s own errors have the one shape and the headers', () => {
  test('a URL Fastify cannot decode, a malformed request, headers too large, a body too large', async () => {
    assertErrorAnswer(await raw(`GET /api/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`), 400, 'bad_request');
    assertErrorAnswer(await raw('NOT HTTP AT ALL\r\n\r\n'), 400, 'bad_request');
    assertErrorAnswer(await raw(`GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20000)}\r\nConnection: close\r\n\r\n`), 431, 'header_too_large');
    assertErrorAnswer(await raw(`POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 99999999\r\nConnection: close\r\n\r\n`), 413, 'payload_too_large');
    assertErrorAnswer(await raw(`POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{"art`), 400, 'bad_request');
  });
});

describe('JSON nesting', () => {
  test('a 5,000-deep JSON body is a 400, not a 500', async () => {
    for (const deep of [`{"articles":${'['.repeat(5000)}${']'.repeat(5000)}}`, `{"articles":[${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}]}`]) {
      const answer = await send(open, 'POST', '/api/articles', { 'content-type': 'application/json' }, deep);
      assertErrorAnswer(answer, 400, 'bad_request');
      assert.equal(answer.body.parameter, 'body');
      assert.match(answer.body.message as string, /at most 64 deep/);
    }
  });

  test('depth counts brackets outside strings only', () => {
    assert.equal(jsonDepth('{"articles":[{"date":"2022-01-10","text":"[[[{{{"}]}', 64), 3);
    assert.equal(jsonDepth('"\\"[["', 64), 0);
    assert.equal(jsonDepth('['.repeat(100), 64), 65);
  });
});

describe('Authorization', () => {
  test('the Bearer scheme in any case; the token itself exactly', async () => {
    assert.equal(bearerMatches('bearer abc', 'abc'), true);
    assert.equal(bearerMatches('BEARER abc', 'abc'), true);
    assert.equal(bearerMatches('Bearer ABC', 'abc'), false);
    assert.equal(bearerMatches('Basic abc', 'abc'), false);
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      const answer = await send(guarded, 'POST', '/api/articles', { 'content-type': 'application/json', authorization: `${scheme} ${TOKEN}` }, articles(`Chile and Peru met on Monday (${scheme}).`));
      assert.equal(answer.status, 200, scheme);
    }
    assertErrorAnswer(await send(guarded, 'POST', '/api/articles', { 'content-type': 'application/json', authorization: `bearer ${TOKEN.toUpperCase()}` }, articles('x')), 401, 'unauthorized');
  });
});

describe('control characters in search queries', () => {
  test('q=%00 and other controls are a 400 naming q; tabs and line breaks are spaces', async () => {
    for (const q of ['%00', 'a%00b', 'NATO%01', '%7F']) {
      const answer = await send(open, 'GET', `/api/search?q=${q}`);
      assertErrorAnswer(answer, 400, 'bad_request');
      assert.equal(answer.body.parameter, 'q');
      assert.match(answer.body.message as string, /control character/);
    }
    const tabbed = await send(open, 'GET', '/api/search?q=Poland%09talks%0A');
    assert.equal(tabbed.status, 200);
    assert.equal((tabbed.body.items as unknown[]).length, 1);
  });
});
