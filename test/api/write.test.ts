import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { getJson, startServer, tempDir, type RunningServer } from './helpers.ts';

type Json = Record<string, unknown>;
const tmp = tempDir();
const TOKEN = 'correct horse battery staple';
let open: RunningServer;
let guarded: RunningServer;

before(async () => {
  open = await startServer(join(tmp.dir, 'open.db'));
  guarded = await startServer(join(tmp.dir, 'guarded.db'), { token: TOKEN, bodyLimit: 4096 });
});
after(async () => {
  await open?.close();
  await guarded?.close();
  tmp.cleanup();
});

async function post(server: RunningServer, body: string, contentType: string, options: { query?: string; auth?: string } = {}): Promise<{ status: number; body: Json; headers: Headers }> {
  const headers: Record<string, string> = { 'content-type': contentType };
  // A body in another format than JSON says it comes from a program (docs/security.md).
  if (!contentType.startsWith('application/json')) headers['x-dateline-upload'] = '1';
  if (options.auth !== undefined) headers.authorization = options.auth;
  const response = await fetch(new URL(`api/articles${options.query ?? ''}`, server.url), { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as Json, headers: response.headers };
}

const article = (date: string, text: string, title?: string): Json => ({ date, text, ...(title ? { title } : {}) });

describe('POST /api/articles', () => {
  test('JSON articles are read, coded and stored; bad ones are listed', async () => {
    const body = JSON.stringify({ articles: [
      article('2022-01-10', 'Russian and American diplomats met in Geneva on Monday for security talks.', 'Geneva talks open'),
      article('2022-1-10', 'A record with a bad date.'),
      { date: '2022-01-10' },
    ] });
    const { status, body: result } = await post(open, body, 'application/json');
    assert.equal(status, 200);
    assert.deepEqual([result.read, result.inserted, result.existing, result.rejected], [1, 1, 0, 2]);
    const problems = result.problems as { message: string; location: Json }[];
    assert.deepEqual(problems.map((p) => p.location.field), ['articles[1]', 'articles[2]']);
    assert.match(problems[1]!.message, /missing field "text"/);
    const id = (result.ids as string[])[0]!;
    const stored = await getJson(open.url, `api/articles/${id}`);
    assert.equal(stored.body.title, 'Geneva talks open');
    assert.ok((stored.body.events as Json[]).some((e) => e.event === 'CONSULT'));
    const again = await post(open, body, 'application/json');
    assert.deepEqual([again.body.inserted, again.body.existing], [0, 1]);
  });

  test('raw bodies in the ingest formats, by Content-Type or ?format=', async () => {
    const csv = await post(open, 'date,title,text\n2022-01-11,Berlin speaks,"Germany urged Russia to pull back its troops, officials said."\n', 'text/csv');
    assert.deepEqual([csv.status, csv.body.inserted], [200, 1]);
    const jsonl = await post(open, '{"date":"2022-01-12","text":"France called for calm."}\n', 'text/plain', { query: '?format=jsonl' });
    assert.deepEqual([jsonl.status, jsonl.body.inserted], [200, 1]);
    const seed = await post(open, 'date 2022-01-13\n\nNATO ministers will meet in Brussels next week.', 'text/plain; charset=utf-8');
    assert.deepEqual([seed.status, seed.body.inserted], [200, 1]);
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Ours</title><item><title>Warsaw hosts envoys</title>'
      + '<pubDate>Fri, 14 Jan 2022 09:00:00 GMT</pubDate><description>Poland hosted OSCE envoys on Friday.</description></item></channel></rss>';
    const feed = await post(open, rss, 'application/rss+xml');
    assert.deepEqual([feed.status, feed.body.inserted], [200, 1]);
  });

  test('nothing usable is 422; unknown types 415; malformed requests 400', async () => {
    const none = await post(open, JSON.stringify({ articles: [{ text: 'no date' }] }), 'application/json');
    assert.equal(none.status, 422);
    assert.equal(none.body.read, 0);
    assert.equal(none.body.rejected, 1);
    const empty = await post(open, 'date,text\n', 'text/csv');
    assert.equal(empty.status, 422);
    assert.equal((await post(open, 'x', 'application/pdf')).status, 415);
    const notWrapped = await post(open, JSON.stringify([article('2022-01-10', 'x')]), 'application/json');
    assert.deepEqual([notWrapped.status, notWrapped.body.parameter], [400, 'body']);
    const broken = await post(open, '{"articles":', 'application/json');
    assert.equal(broken.status, 400);
    const badFormat = await post(open, 'x', 'text/plain', { query: '?format=docx' });
    assert.deepEqual([badFormat.status, badFormat.body.parameter], [400, 'format']);
  });

  test('article markup comes back as JSON text, never as HTML', async () => {
    const hostile = '<script>alert(1)</script> Protesters gathered in Kyiv on Sunday. <img src=x onerror=alert(1)>';
    const { body } = await post(open, JSON.stringify({ articles: [article('2022-01-16', hostile, 'Title <img src=x onerror=alert(1)>')] }), 'application/json');
    const id = (body.ids as string[])[0]!;
    const response = await fetch(new URL(`api/articles/${id}`, open.url));
    assert.match(response.headers.get('content-type')!, /^application\/json/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const stored = (await response.json()) as Json;
    assert.equal(stored.text, hostile);
    assert.equal(stored.title, 'Title <img src=x onerror=alert(1)>');
    const search = await fetch(new URL('api/search?q=protesters', open.url));
    assert.match(search.headers.get('content-type')!, /^application\/json/);
    const hit = ((await search.json()) as { items: { snippet: { text: string }[] }[] }).items[0]!;
    assert.ok(hit.snippet.map((s) => s.text).join('').includes('<script>'));
    const missing = await fetch(new URL('api/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E', open.url));
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type')!, /^application\/json/);
  });
});

describe('the token guards writes only', () => {
  const body = JSON.stringify({ articles: [article('2022-01-17', 'Japan sent aid to Tonga on Monday.')] });

  test('POST without the token, or with a wrong one, is 401', async () => {
    const missing = await post(guarded, body, 'application/json');
    assert.equal(missing.status, 401);
    assert.equal(missing.body.error, 'unauthorized');
    assert.match(missing.headers.get('www-authenticate')!, /^Bearer/);
    assert.equal((await post(guarded, body, 'application/json', { auth: `Bearer ${TOKEN}x` })).status, 401);
    assert.equal((await post(guarded, body, 'application/json', { auth: TOKEN })).status, 401);
    assert.equal((await getJson(guarded.url, 'api/stats')).body.articles, 0);
  });

  test('POST with the token stores; GET never needs it', async () => {
    const ok = await post(guarded, body, 'application/json', { auth: `Bearer ${TOKEN}` });
    assert.deepEqual([ok.status, ok.body.inserted], [200, 1]);
    const stats = await getJson(guarded.url, 'api/stats');
    assert.deepEqual([stats.status, stats.body.articles], [200, 1]);
  });

  test('a body over the limit is 413 JSON', async () => {
    const big = JSON.stringify({ articles: [article('2022-01-18', 'word '.repeat(2000))] });
    const { status, body: result } = await post(guarded, big, 'application/json', { auth: `Bearer ${TOKEN}` });
    assert.equal(status, 413);
    assert.equal(result.error, 'payload_too_large');
  });

  test('the default limit is 10 MB', async () => {
    const { status } = await post(open, 'a'.repeat(10 * 1024 * 1024 + 1), 'text/plain');
    assert.equal(status, 413);
  });
});

describe('the default annotator for uploads', () => {
  test('with no pipeline given, uploads are coded in a worker thread and the server keeps answering', async () => {
    const server = await startServer(join(tmp.dir, 'worker.db'), { pipeline: undefined });
    try {
      const body = JSON.stringify({ articles: [article('2022-02-01', 'Hungary urged Serbia on Monday to reopen the border crossing.', 'Border call')] });
      const [upload, stats] = await Promise.all([post(server, body, 'application/json'), getJson(server.url, 'api/stats')]);
      assert.equal(stats.status, 200);
      assert.equal(upload.status, 200);
      assert.equal(upload.body.inserted, 1);
      const events = await getJson(server.url, 'api/events?actor=HUN');
      assert.equal((events.body.items as { event: string }[])[0]?.event, 'REQUEST');
    } finally {
      await server.close();
    }
  });
});
