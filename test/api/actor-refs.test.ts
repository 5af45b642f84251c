// Issue 15: /api/actors/:code, /api/dyads and /api/quotes?speaker= took exact codes only; and event
// rows, quotes and upcoming items named an untitled article "untitled". Both on a hand-made store.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore } from '../../src/index.ts';
import { ANNOUNCED_LEAD, HELD_LEAD, seedUntitledFixture } from '../store/query-untitled-fixture.ts';
import { getJson, startServer, tempDir, type RunningServer } from './helpers.ts';

type Json = Record<string, unknown>;
const tmp = tempDir();
let server: RunningServer;

before(async () => {
  const file = join(tmp.dir, 'refs.db');
  const store = openStore(file);
  seedUntitledFixture(store);
  store.close();
  server = await startServer(file);
});
after(async () => {
  await server?.close();
  tmp.cleanup();
});

const get = (path: string) => getJson(server.url, path);
const ok = async (path: string): Promise<Json> => {
  const { status, body } = await get(path);
  assert.equal(status, 200, `${path}: ${JSON.stringify(body)}`);
  return body;
};
const titles = (row: Json | undefined) => row && [row.articleTitle, row.articleDisplayTitle, row.articleTitleFromLead];

describe('untitled articles in event rows, quotes and upcoming', () => {
  test('/api/events, /api/quotes and /api/upcoming give the display title beside the title', async () => {
    const events = (await ok('api/events?actor=UKR&status=scheduled')).items as Json[];
    assert.deepEqual(titles(events.find((e) => e.articleId === 'a5')), [null, ANNOUNCED_LEAD, true]);
    assert.deepEqual(titles(events.find((e) => e.articleId === 'a3')), ['=HYPERLINK("http://x.example/","click")', '=HYPERLINK("http://x.example/","click")', false]);
    const quotes = (await ok('api/quotes?speaker=RUS')).items as Json[];
    assert.deepEqual(quotes.map(titles), [[null, ANNOUNCED_LEAD, true], ['Talks set for Geneva', 'Talks set for Geneva', false]]);
    const upcoming = ((await ok('api/upcoming?from=2022-01-15')).items as Json[]).find((e) => e.articleId === 'a5');
    assert.deepEqual(titles(upcoming), [null, ANNOUNCED_LEAD, true]);
    assert.deepEqual(titles(upcoming?.held as Json), ['  ', HELD_LEAD, true]);
    const exported = await fetch(new URL('api/export/events.jsonl?actor=UKR&status=scheduled', server.url));
    assert.equal(exported.status, 200);
    const rows = (await exported.text()).trim().split('\n').map((line) => JSON.parse(line) as Json);
    assert.deepEqual(titles(rows.find((e) => e.articleId === 'a5')), [null, ANNOUNCED_LEAD, true], 'the JSON export reads the same rows');
  });
});

describe('actor references beyond the event filters', () => {
  test('/api/actors/:code takes a code in any case, a name, an id or a class code; unknown stays 404', async () => {
    const rus = await ok('api/actors/RUS');
    for (const ref of ['rus', 'Russia', 'Russian%20Federation']) assert.deepEqual(await ok(`api/actors/${ref}`), rus, ref);
    assert.equal((await ok('api/actors/Sergey%20Lavrov')).code, 'person:sergey-lavrov');
    assert.equal((await ok('api/actors/igo')).code, 'IGO');
    const missing = await get('api/actors/Narnia');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error, 'not_found');
  });

  test('/api/dyads takes names; an unknown side is a 400 naming a or b in the filters\' words', async () => {
    const total = async (query: string) => ((await ok(`api/dyads?${query}`)).series as Json[]).reduce((n, b) => n + (b.total as number), 0);
    const rusUsa = await total('a=RUS&b=USA');
    assert.equal(rusUsa, 2);
    assert.equal(await total('a=russia&b=United%20States'), rusUsa);
    assert.equal(await total('a=rus&b=usa'), rusUsa);
    for (const [query, parameter] of [['a=Narnia&b=USA', 'a'], ['a=RUS&b=Narnia', 'b']] as const) {
      const { status, body } = await get(`api/dyads?${query}`);
      assert.equal(status, 400, query);
      assert.deepEqual([body.parameter, body.code], [parameter, 'E_USAGE_BAD_FILTER'], query);
      assert.match(body.message as string, new RegExp(`^bad ${parameter} "Narnia": no actor has this code, id or name`), query);
    }
  });

  test('/api/quotes and /api/statements take the speaker as a name; an unknown one is a 400 naming speaker', async () => {
    const rus = (await ok('api/quotes?speaker=RUS')).items as Json[];
    assert.equal(rus.length, 2);
    for (const speaker of ['rus', 'Russia', 'russian']) assert.deepEqual((await ok(`api/quotes?speaker=${speaker}`)).items, rus, speaker);
    assert.deepEqual((await ok('api/quotes?speaker=Sergey%20Lavrov')).items, rus);
    assert.equal(((await ok('api/statements?speaker=russia')).items as Json[]).length, 1);
    for (const path of ['api/quotes?speaker=Narnia', 'api/statements?speaker=Narnia']) {
      const { status, body } = await get(path);
      assert.equal(status, 400, path);
      assert.deepEqual([body.parameter, body.code], ['speaker', 'E_USAGE_BAD_FILTER'], path);
      assert.match(body.message as string, /^bad speaker "Narnia": no actor has this code, id or name/, path);
    }
  });
});
