// Issue 17: GET /api/articles/:id for a very large article answered 245 MB of JSON. Past a
// documented size its annotation lists now hold their first page and `next` cursors, which
// GET /api/articles/:id/<list> follows (DECISIONS §7: the article keeps its fields).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { ActorMention, EventSpan } from '../../src/doc/types.ts';
import { ANNOTATION_LISTS, ANNOTATION_PAGE_BYTES, ANNOTATION_PAGE_ITEMS } from '../../src/api/queries/article-annotations.ts';
import { article, ACTORS } from '../store/fixtures.ts';
import { getJson, startServer, tempDir, type RunningServer } from './helpers.ts';

type Json = Record<string, unknown>;
const tmp = tempDir();
let server: RunningServer;

const SENTENCES = 2500;
// Long sentences: every event carries its sentence, so events reach the byte bound before the item bound.
const sentenceText = (k: number): string => `Sentence ${k}: Sergey Lavrov met NATO envoys in Geneva ${'and the talks went on '.repeat(60)}until late.`;

before(async () => {
  server = await startServer(join(tmp.dir, 'large.db'));
  const big = article({ id: 'big', title: 'A very long article', sentences: Array.from({ length: SENTENCES }, (_, k) => sentenceText(k)) });
  const { text } = big.article;
  big.mentions = big.sentences.flatMap((s): ActorMention[] => ['Lavrov', 'NATO'].map((word) => {
    const at = text.indexOf(word, s.start);
    return { label: 'ACTOR', start: at, end: at + word.length, actor: word === 'NATO' ? ACTORS.nato : ACTORS.lavrov, rule: 'kb:test', reason: 'synthetic' };
  }));
  big.events = big.sentences.map((s, k): EventSpan => {
    const at = text.indexOf('met', s.start);
    return {
      label: 'EVENT', start: at, end: at + 3, event: 'CONSULT', mode: null, context: [], source: [], target: [], sentence: k, date: null,
      status: 'occurred', reportedBy: null, negated: false, intensity: 2.5, explain: [{ decides: 'type', rule: 'lexicon:events/meet', reason: 'synthetic' }],
    };
  });
  const small = article({ id: 'small', title: 'A short article', sentences: ['Sergey Lavrov met NATO envoys.', 'Talks went on.'] });
  server.store.insertArticles([big, small]);
});
after(async () => {
  await server?.close();
  tmp.cleanup();
});

/** Every item of one list: the article's first page, then each cursor in turn. */
async function follow(list: string, first: Json[], next: string | null): Promise<{ items: Json[]; pages: number }> {
  const items = [...first];
  let pages = 1;
  while (next !== null) {
    const page = await getJson(server.url, `api/articles/big/${list}?cursor=${encodeURIComponent(next)}`);
    assert.equal(page.status, 200, JSON.stringify(page.body));
    const got = page.body.items as Json[];
    assert.ok(got.length > 0 && got.length <= ANNOTATION_PAGE_ITEMS);
    items.push(...got);
    next = page.body.next as string | null;
    pages++;
  }
  return { items, pages };
}

describe('GET /api/articles/:id pages its annotations past a size', () => {
  test('a large article answers first pages and next cursors, not every annotation', async () => {
    const response = await fetch(new URL('api/articles/big', server.url));
    const raw = await response.text();
    const body = JSON.parse(raw) as Json;
    assert.equal(response.status, 200);
    const text = body.text as string;
    // The text, plus at most one bounded page per list.
    assert.ok(raw.length < text.length + ANNOTATION_LISTS.length * (ANNOTATION_PAGE_BYTES + 10_000), `${raw.length} characters`);
    const next = body.next as Record<string, string | null>;
    assert.deepEqual(Object.keys(next).sort(), [...ANNOTATION_LISTS].sort());
    assert.equal((body.sentences as Json[]).length, ANNOTATION_PAGE_ITEMS);
    assert.equal((body.mentions as Json[]).length, ANNOTATION_PAGE_ITEMS);
    const events = body.events as Json[];
    assert.ok(events.length < ANNOTATION_PAGE_ITEMS, 'the byte bound ends the events page first');
    assert.ok(next.sentences && next.mentions && next.events);
    assert.deepEqual([next.timex, next.quotes, next.statements], [null, null, null]);
    for (const field of ['id', 'date', 'title', 'source', 'url', 'published', 'text', 'sentences', 'mentions', 'timex', 'events', 'quotes', 'statements']) {
      assert.ok(field in body, `keeps ${field}`);
    }
  });

  test('following the cursors gives every annotation once, in order', async () => {
    const body = (await getJson(server.url, 'api/articles/big')).body;
    const next = body.next as Record<string, string | null>;
    const sentences = await follow('sentences', body.sentences as Json[], next.sentences!);
    assert.deepEqual(sentences.items.map((s) => s.idx), Array.from({ length: SENTENCES }, (_, k) => k));
    assert.equal(sentences.pages, Math.ceil(SENTENCES / ANNOTATION_PAGE_ITEMS));
    const mentions = await follow('mentions', body.mentions as Json[], next.mentions!);
    assert.deepEqual(mentions.items.map((m) => m.idx), Array.from({ length: 2 * SENTENCES }, (_, k) => k));
    const events = await follow('events', body.events as Json[], next.events!);
    assert.deepEqual(events.items.map((e) => e.sentenceIdx), Array.from({ length: SENTENCES }, (_, k) => k));
    assert.ok(events.items.every((e) => e.trigger === 'met'));
    const first = await getJson(server.url, 'api/articles/big/events');
    assert.deepEqual(first.body.items, body.events, 'no cursor is the first page');
  });

  test('a small article keeps every annotation, and every next is null', async () => {
    const { status, body } = await getJson(server.url, 'api/articles/small');
    assert.equal(status, 200);
    assert.equal((body.sentences as Json[]).length, 2);
    assert.equal((body.mentions as Json[]).length, 0);
    assert.deepEqual(body.next, { sentences: null, mentions: null, timex: null, events: null, quotes: null, statements: null });
    const page = await getJson(server.url, 'api/articles/small/sentences');
    assert.deepEqual(page.body, { items: body.sentences, next: null });
  });

  test('a cursor of another list, or not from this server, is a 400 naming cursor; an unknown article 404', async () => {
    const next = (await getJson(server.url, 'api/articles/big')).body.next as Record<string, string>;
    for (const cursor of [next.sentences, 'nonsense', Buffer.from('["events",-1]').toString('base64url'), Buffer.from('["events",999999]').toString('base64url')]) {
      const answer = await getJson(server.url, `api/articles/big/events?cursor=${encodeURIComponent(cursor!)}`);
      assert.deepEqual([answer.status, answer.body.parameter], [400, 'cursor']);
    }
    assert.equal((await getJson(server.url, 'api/articles/nope/events')).status, 404);
    assert.equal((await getJson(server.url, 'api/articles/big/events?limit=5')).body.parameter, 'limit');
  });
});
