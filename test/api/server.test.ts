import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { DatelineError, openStore } from '../../src/index.ts';
import { createServer } from '../../src/api/server.ts';
import { bearerMatches, isLoopbackHost } from '../../src/api/security.ts';
import { NO_BUILD_MESSAGE } from '../../src/api/routes/static.ts';
import { HIT_CLOSE, HIT_OPEN, snippetSegments } from '../../src/api/snippet.ts';
import { startServer, tempDir, type RunningServer } from './helpers.ts';

type Json = Record<string, unknown>;
const tmp = tempDir();
const webRoot = join(tmp.dir, 'dist');
let bare: RunningServer;
let withUi: RunningServer;

before(async () => {
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>ui</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("app");\n');
  writeFileSync(join(tmp.dir, 'secret.txt'), 'outside the web root');
  bare = await startServer(join(tmp.dir, 'bare.db'));
  withUi = await startServer(join(tmp.dir, 'ui.db'), { webRoot });
});
after(async () => {
  await bare?.close();
  await withUi?.close();
  tmp.cleanup();
});

/** A GET with the path sent exactly as written (fetch would normalise `..`). */
function rawGet(base: string, path: string): Promise<{ status: number; body: string; type: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type']) }));
    });
    req.on('error', reject).end();
  });
}

describe('binding and tokens', () => {
  test('a public host without a token refuses to start', async () => {
    const store = openStore(join(tmp.dir, 'public.db'));
    try {
      for (const host of ['0.0.0.0', '::', '192.168.1.20', 'example.org']) {
        await assert.rejects(createServer({ store, host }), (e: unknown) => e instanceof DatelineError && e.code === 'E_SERVE_NO_TOKEN' && e.message.includes(host));
      }
      const app = await createServer({ store, host: '0.0.0.0', token: 't' });
      await app.close();
      for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) await (await createServer({ store, host })).close();
    } finally {
      store.close();
    }
  });

  test('loopback hosts and bearer tokens', () => {
    assert.deepEqual(['127.0.0.1', '127.9.9.9', 'LOCALHOST', '::1', '[::1]'].map(isLoopbackHost), [true, true, true, true, true]);
    assert.deepEqual(['0.0.0.0', '::', '10.0.0.1', 'localhost.example.org', '128.0.0.1'].map(isLoopbackHost), [false, false, false, false, false]);
    assert.equal(bearerMatches('Bearer abc', 'abc'), true);
    assert.equal(bearerMatches('Bearer abcd', 'abc'), false);
    assert.equal(bearerMatches('Bearer ', ''), false);
    assert.equal(bearerMatches('abc', 'abc'), false);
    assert.equal(bearerMatches(undefined, 'abc'), false);
  });
});

describe('headers and errors', () => {
  test('every response carries the CSP and the other security headers', async () => {
    const responses = await Promise.all([
      fetch(new URL('api/stats', bare.url)),
      fetch(new URL('api/events?since=x', bare.url)),
      fetch(new URL('api/nowhere', bare.url)),
      fetch(new URL('api/articles', bare.url), { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: 'x' }),
      fetch(new URL('/', bare.url)),
      fetch(new URL('/assets/app.js', withUi.url)),
      fetch(new URL('/timeline', withUi.url)),
    ]);
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, response.url);
      assert.match(csp, /script-src 'self'/);
      assert.match(csp, /object-src 'none'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
      await response.arrayBuffer();
    }
  });

  test('an unexpected failure is a 500 that tells nothing of the inside', async () => {
    const broken = await startServer(join(tmp.dir, 'broken.db'));
    try {
      broken.store.db.close();
      const response = await fetch(new URL('api/stats', broken.url));
      assert.equal(response.status, 500);
      assert.deepEqual(await response.json(), { error: 'internal', message: 'internal server error' });
    } finally {
      await broken.close();
    }
  });

  test('search snippets split into segments, stray marks dropped', () => {
    assert.deepEqual(snippetSegments(`a ${HIT_OPEN}NATO${HIT_CLOSE} b ${HIT_OPEN}x`), [
      { text: 'a ', hit: false }, { text: 'NATO', hit: true }, { text: ' b ', hit: false }, { text: 'x', hit: true },
    ]);
    assert.deepEqual(snippetSegments('<b>plain</b>'), [{ text: '<b>plain</b>', hit: false }]);
  });

  test('unknown routes are JSON 404s', async () => {
    const response = await fetch(new URL('api/nowhere?x=1', bare.url), { method: 'DELETE' });
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), { error: 'not_found', message: 'no route DELETE /api/nowhere' });
  });
});

describe('the web UI', () => {
  test('without a build, / says how to make one and the API still works', async () => {
    for (const path of ['/', '/timeline']) {
      const response = await fetch(new URL(path, bare.url));
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type')!, /^text\/plain/);
      assert.equal(await response.text(), NO_BUILD_MESSAGE);
    }
    assert.equal((await fetch(new URL('api/stats', bare.url))).status, 200);
  });

  test('files of the build are served; other paths get index.html; /api paths never do', async () => {
    const index = await fetch(new URL('/', withUi.url));
    assert.match(index.headers.get('content-type')!, /^text\/html/);
    const html = await index.text();
    assert.match(html, /<title>ui<\/title>/);
    const script = await fetch(new URL('/assets/app.js', withUi.url));
    assert.match(script.headers.get('content-type')!, /javascript/);
    assert.equal(await script.text(), 'console.log("app");\n');
    assert.equal(await (await fetch(new URL('/actor/RUS?x=1', withUi.url))).text(), html);
    const api = await fetch(new URL('/api/nothing/here', withUi.url));
    assert.equal(api.status, 404);
    assert.match(api.headers.get('content-type')!, /^application\/json/);
  });

  test('paths cannot climb out of the web root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const { body } = await rawGet(withUi.url, path);
      assert.ok(!body.includes('outside the web root'), path);
    }
  });
});

describe('OpenAPI', () => {
  let doc: { openapi: string; paths: Record<string, Record<string, { parameters: { name: string; in: string; required: boolean }[]; summary: string }>> };
  before(async () => {
    doc = (await (await fetch(new URL('api/openapi.json', bare.url))).json()) as typeof doc;
  });

  test('documents every registered /api route, and only those', async () => {
    const store = openStore(join(tmp.dir, 'routes.db'));
    const app = await createServer({ store, host: '127.0.0.1' });
    try {
      const registered = app.datelineRoutes.filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api/'));
      assert.ok(registered.length >= 19);
      for (const route of registered) {
        const op = doc.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
        assert.ok(op, `${route.method} ${route.url} is not in the document`);
        assert.notEqual(op.summary, 'undocumented route', `${route.method} ${route.url} has no description`);
      }
      const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      assert.equal(documented.length, registered.length);
      assert.equal(doc.openapi, '3.1.0');
    } finally {
      await app.close();
      store.close();
    }
  });

  test('each GET accepts exactly the query parameters it documents', async () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      const op = ops.get;
      if (!op) continue;
      const base = path.replace('{id}', 'nope').replace('{code}', 'RUS');
      const unknown = await (await fetch(new URL(`${base}?not_a_parameter=1`, bare.url))).json() as Json;
      assert.equal(unknown.parameter, 'not_a_parameter', path);
      for (const parameter of op.parameters.filter((p) => p.in === 'query')) {
        const answer = await (await fetch(new URL(`${base}?${parameter.name}=%20`, bare.url))).text();
        assert.doesNotMatch(answer, /unknown parameter/, `${path} documents ${parameter.name} but refuses it`);
      }
    }
  });
});
