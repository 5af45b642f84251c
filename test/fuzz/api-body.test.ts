/**
 * Fuzz: POST /api/articles with random bodies and content types, and with JSON article lists that
 * mix good records with bad ones. No 5xx, every good record stored, every bad one reported by its
 * index, and the store stays sound (integrity and foreign-key checks, offsets within the text).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  articleText, badDay, checkResponse, checkStore, emptyServer, exampleServer, fuzzParams, LOCAL_HOST, marker, markersIn, realDay, type FuzzServer,
} from './helpers.ts';

let server: FuzzServer;
before(async () => {
  server = await exampleServer();
});
after(async () => server?.close());

interface Reply {
  read: number;
  ids: string[];
  inserted: number;
  existing: number;
  rejected: number;
  problems: { message: string; location: { file?: string; field?: string; line?: number; row?: number } }[];
}

async function post(payload: string | Buffer, contentType: string | null, query = '', on: FuzzServer = server) {
  const headers: Record<string, string> = { host: LOCAL_HOST };
  if (contentType !== null) headers['content-type'] = contentType;
  return on.app.inject({ method: 'POST', url: `/api/articles${query}`, headers, payload });
}

/** The ingest answer of a 200 or 422: counts that add up and a location on every problem. */
function checkReply(reply: Reply, what: string): void {
  assert.equal(typeof reply.read, 'number', `${what}: no read count`);
  assert.equal(reply.ids.length, reply.read, `${what}: one id per article read`);
  assert.equal(reply.inserted + reply.existing, reply.read, `${what}: inserted + existing = read`);
  assert.equal(reply.problems.length, reply.rejected, `${what}: one problem per rejected record`);
  for (const p of reply.problems) {
    assert.equal(p.location.file, 'request body', `${what}: problem without a location: ${p.message}`);
    assert.equal(typeof p.message, 'string');
  }
}

// ---- bodies ----

const CONTENT_TYPES = [
  'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json;charset=latin1', 'text/plain', 'text/plain; charset=utf-8',
  'text/csv', 'application/x-ndjson', 'application/jsonl', 'text/html', 'application/xml', 'text/xml', 'application/rss+xml', 'application/atom+xml',
  'application/pdf', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/octet-stream', '', ';', 'text/', '*/*',
  'application/json\u0000', 'application/json, text/plain', 'application/vnd.api+json',
] as const;
const FORMATS = ['', '?format=jsonl', '?format=csv', '?format=txt', '?format=html', '?format=rss', '?format=atom', '?format=xml', '?format=feed', '?format=docx', '?format=', '?format=jsonl&format=csv', '?x=1', '?format=%00'] as const;

const jsonText = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
  fc.record({ articles: fc.jsonValue({ maxDepth: 4 }) }).map((v) => JSON.stringify(v)),
  fc.record({ articles: fc.array(fc.dictionary(fc.constantFrom('date', 'text', 'title', 'id', 'source', 'url', 'lang', 'x'), fc.jsonValue({ maxDepth: 3 })), { maxLength: 5 }) })
    .map((v) => JSON.stringify(v)),
);
const rawBody: fc.Arbitrary<string | Buffer> = fc.oneof(
  { weight: 4, arbitrary: jsonText },
  { weight: 2, arbitrary: jsonText.chain((s) => fc.nat({ max: s.length }).map((n) => s.slice(0, n))) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'null', '[]', '{}', '{"articles":null}', '{"articles":{}}', '{"articles":[null]}', '{"__proto__":{"articles":[]}}', '{"articles":[],"articles":[1]}', '\ufeff{"articles":[]}', 'date 2022-01-10\n\nTalks began.', 'date,text\n2022-01-10,Talks began.\n', '<rss><channel><item>') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('title', 'source', 'x'), fc.integer({ min: 1000, max: 300_000 }))
    .map(([key, n]) => JSON.stringify({ articles: [{ date: '2022-01-10', text: 'Diplomats met in Geneva.', [key]: 'ü'.repeat(n) }] })) },
);

/** One article record of a JSON body: good, or bad in one known way. */
type RecordCase = { good: true; value: Record<string, unknown> } | { good: false; value: unknown };

const extras = fc.dictionary(fc.string({ maxLength: 8 }).filter((k) => !['date', 'text', 'title', 'id', 'source', 'url', 'lang'].includes(k)), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 3 });
const optionalString = fc.option(fc.string({ maxLength: 40 }), { nil: null });

function goodRecord(index: number, text: fc.Arbitrary<string> = articleText(index)): fc.Arbitrary<RecordCase> {
  return fc.record({
    date: fc.oneof(realDay, realDay.map((d) => `${d}T09:30:00Z`), realDay.map((d) => `${d}T23:59:59+05:30`)),
    text,
    title: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
    source: fc.option(optionalString, { nil: undefined }),
    url: fc.option(optionalString, { nil: undefined }),
    id: fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.integer()), { nil: undefined }),
  }, { requiredKeys: ['date', 'text'] }).chain((record) => extras.map((x) => ({ good: true as const, value: { ...x, ...record } })));
}

const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.array(fc.string(), { minLength: 1, maxLength: 2 }), fc.double());

function badRecord(index: number): fc.Arbitrary<RecordCase> {
  const base = { date: '2022-01-10', text: `Diplomats met in Geneva, ${marker(index)} reports.` };
  return fc.oneof(
    fc.constant({ text: base.text }),
    fc.constant({ date: base.date }),
    fc.constant({ date: null, text: base.text }),
    notAString.map((date) => ({ date, text: base.text })),
    notAString.map((text) => ({ date: base.date, text })),
    badDay.map((date) => ({ date, text: base.text })),
    fc.constantFrom('', ' ', '\n\t ').map((text) => ({ date: base.date, text })),
    fc.tuple(fc.constantFrom('title', 'source', 'url', 'lang', 'id'), fc.oneof(fc.constant({}), fc.constant([1]), fc.boolean()))
      .map(([key, value]) => ({ ...base, [key]: value })),
    fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 10 }), fc.constant([base])),
  ).map((value) => ({ good: false as const, value }));
}

const articleList = (good: (i: number) => fc.Arbitrary<RecordCase>) => fc.array(fc.boolean(), { minLength: 1, maxLength: 8 })
  .chain((kinds) => fc.tuple(...kinds.map((isGood, i) => (isGood ? good(i) : badRecord(i)))));

/** Posts `cases` as one JSON body to `on` and checks the answer and the store against what was sent. */
async function postAndCheck(cases: RecordCase[], on: FuzzServer = server): Promise<void> {
  const body = JSON.stringify({ articles: cases.map((c) => c.value) });
  const what = `POST ${body.length > 400 ? `${body.slice(0, 400)}...` : body}`;
  const response = await post(body, 'application/json', '', on);
  checkResponse(response, what);
  const goodAt = cases.flatMap((c, i) => (c.good ? [i] : []));
  const badAt = cases.flatMap((c, i) => (c.good ? [] : [i]));
  assert.equal(response.statusCode, goodAt.length ? 200 : 422, `${what}: ${response.statusCode} ${response.body.slice(0, 300)}`);
  const reply = response.json() as Reply;
  checkReply(reply, what);
  assert.equal(reply.read, goodAt.length, `${what}: read`);
  assert.deepEqual(reply.problems.map((p) => p.location.field), badAt.map((i) => `articles[${i}]`), `${what}: the bad records, by index`);
  const stored = on.store.db.prepare('SELECT title, text FROM articles WHERE id = ?');
  goodAt.forEach((index, k) => {
    const row = stored.get(reply.ids[k]) as { title: string | null; text: string } | undefined;
    assert.ok(row, `${what}: articles[${index}] (id ${reply.ids[k]}) is not stored`);
    assert.deepEqual(markersIn(`${row.title ?? ''}\n${row.text}`), [index], `${what}: articles[${index}] is stored as something else: ${JSON.stringify(row).slice(0, 300)}`);
  });
  checkStore(on.store.db, what);
}

describe('fuzz: POST /api/articles', () => {
  test('random bodies, content types and formats: no 5xx, the error shape, a sound store', async () => {
    const request = fc.tuple(rawBody, fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: null }), fc.constantFrom(...FORMATS));
    await fc.assert(fc.asyncProperty(request, async ([payload, contentType, query]) => {
      const shown = typeof payload === 'string' ? payload : payload.toString('base64');
      const what = `POST${query} (${contentType}) ${shown.length > 300 ? `${shown.slice(0, 300)}...` : shown}`;
      const response = await post(payload, contentType, query);
      checkResponse(response, what);
      if (response.statusCode === 200 || response.statusCode === 422) checkReply(response.json() as Reply, what);
    }), fuzzParams(200));
    checkStore(server.store.db, 'after the random bodies');
  });

  test('JSON article lists mixing good and bad records: the good stored, the bad reported by index', async () => {
    await fc.assert(fc.asyncProperty(articleList((i) => goodRecord(i)), (cases) => postAndCheck(cases)), fuzzParams(60));
  });

  // Issue 17: POST {"articles":[{"date":"2022-01-10","text":"\ud800 Germany urged Russia to pull back."}]}
  // stored annotations whose text differed from text.slice(start, end).
  test('good records with lone surrogates: offsets still point at their text', async () => {
    const surrogate = fc.constantFrom('\ud800', '\udfff', '\udbff\udbff', '\udc00\ud800', 'a\ud83d', '\ude00b');
    const text = (i: number) => fc.tuple(articleText(i), fc.array(surrogate, { minLength: 1, maxLength: 3 }), fc.nat())
      .map(([t, lone, at]) => {
        // Each lone surrogate goes in at a space, never inside the marker.
        let out = t;
        for (const s of lone) {
          const spaces = [...out.matchAll(/ /g)].map((m) => m.index);
          const cut = spaces[at % spaces.length]!;
          out = `${out.slice(0, cut)} ${s}${out.slice(cut)}`;
        }
        return `${lone[0]} ${out}`;
      });
    // A new store per run, so the counterexample is the one body that breaks it.
    await fc.assert(fc.asyncProperty(articleList((i) => goodRecord(i, text(i))), async (cases) => {
      const fresh = await emptyServer();
      try {
        await postAndCheck(cases, fresh);
      } finally {
        await fresh.close();
      }
    }), fuzzParams(40));
  });

  // Issue 17: POST {"articles":[[[[...5000 deep...]]]]} (application/json) answered 500.
  test('deeply nested JSON bodies: no 5xx', async () => {
    const deep = fc.tuple(fc.integer({ min: 500, max: 20_000 }), fc.constantFrom('array', 'object', 'in article', 'in title'))
      .map(([depth, where]) => {
        const nest = where === 'object' ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) : '['.repeat(depth) + ']'.repeat(depth);
        if (where === 'in article') return `{"articles":[${nest}]}`;
        if (where === 'in title') return `{"articles":[{"date":"2022-01-10","text":"Talks began.","title":${nest}}]}`;
        return `{"articles":${nest}}`;
      });
    await fc.assert(fc.asyncProperty(deep, async (body) => {
      checkResponse(await post(body, 'application/json'), `POST ${body.slice(0, 60)}... (${body.length} bytes)`);
    }), fuzzParams(20));
    checkStore(server.store.db, 'after the deep bodies');
  });
});
