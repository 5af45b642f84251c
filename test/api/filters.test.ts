// Issue 15: the API reads event filters as the CLI does (one parser): codes in any case, comma lists,
// actor names, and an unknown value as a 400 naming the parameter in the CLI's words.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildExampleDb, getJson, startServer, tempDir, type RunningServer } from './helpers.ts';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/index.ts';

const tmp = tempDir();
let server: RunningServer;

before(async () => {
  const file = join(tmp.dir, 'filters.db');
  await buildExampleDb(file);
  server = await startServer(file);
});
after(async () => {
  await server?.close();
  tmp.cleanup();
});

const get = (path: string) => getJson(server.url, path);
const total = async (path: string): Promise<number> => {
  const { status, body } = await get(path);
  assert.equal(status, 200, JSON.stringify(body));
  return body.total as number;
};

describe('event filters in the API', () => {
  test('codes, types and modes in any case; names find the code', async () => {
    const rus = await total('api/events?actor=RUS');
    assert.ok(rus > 0);
    assert.equal(await total('api/events?actor=rus'), rus);
    assert.equal(await total('api/events?actor=Russia'), rus);
    assert.equal(await total('api/events?actor=russian'), rus);
    assert.equal(await total('api/events?type=consult'), await total('api/events?type=CONSULT'));
    assert.equal(await total('api/events?mode=VISIT'), await total('api/events?mode=visit'));
  });

  test('lists: several actors, types and modes', async () => {
    const both = await total('api/events?type=CONSULT,THREATEN');
    assert.equal(both, (await total('api/events?type=CONSULT')) + (await total('api/events?type=THREATEN')));
    const modes = await total('api/events?mode=visit,phone');
    assert.equal(modes, (await total('api/events?mode=visit')) + (await total('api/events?mode=phone')));
    const actors = await total('api/events?actor=UKR,NATO');
    assert.ok(actors >= Math.max(await total('api/events?actor=UKR'), await total('api/events?actor=NATO')));
  });

  test('IGO finds every international organisation', async () => {
    assert.ok(await total('api/events?actor=IGO') >= await total('api/events?actor=NATO'));
    assert.ok(await total('api/events?actor=IGO') > await total('api/events?actor=NATO'), 'the examples have NATO and other IGOs (EU, OSCE)');
  });

  test('an unknown actor is a 400 naming the parameter, on lists, aggregates and exports alike', async () => {
    for (const path of ['api/events?actor=Narnia', 'api/events/histogram?actor=Narnia', 'api/network?actor=Narnia', 'api/map?actor=Narnia', 'api/export/events.csv?actor=Narnia', 'api/actors?actor=Narnia']) {
      const { status, body } = await get(path);
      assert.equal(status, 400, path);
      assert.equal(body.parameter, 'actor', path);
      assert.equal(body.code, 'E_USAGE_BAD_FILTER', path);
      assert.match(body.message as string, /^bad actor "Narnia": no actor has this code, id or name/, path);
    }
    const dyad = await get('api/events?dyad=RUS,Atlantis');
    assert.equal(dyad.status, 400);
    assert.equal(dyad.body.parameter, 'dyad');
    const mode = await get('api/events?mode=teleport');
    assert.equal(mode.status, 400);
    assert.equal(mode.body.parameter, 'mode');
    assert.match(mode.body.message as string, /^bad mode "teleport"/);
  });

  test('/api/actors/suggest completes codes and names', async () => {
    const { status, body } = await get('api/actors/suggest?q=Rus');
    assert.equal(status, 200);
    const items = body.items as { code: string; name: string }[];
    assert.deepEqual(items[0], { code: 'RUS', name: 'Russia' });
    assert.ok(items.some((i) => i.code === 'agent:RUS-GOV' && i.name === 'Russian government'), JSON.stringify(items));
    assert.ok(items.length <= 10);
    assert.deepEqual((await get('api/actors/suggest?q=zzzz')).body.items, []);
    const missing = await get('api/actors/suggest');
    assert.equal(missing.status, 400);
    assert.equal(missing.body.parameter, 'q');
  });

  test('the OpenAPI document describes each filter once, from the shared table', async () => {
    const doc = (await get('api/openapi.json')).body as { paths: Record<string, { get: { parameters: { name: string; description?: string; schema: { description?: string } }[] } }> };
    const describe = (path: string, name: string) => {
      const p = doc.paths[path]!.get.parameters.find((x) => x.name === name)!;
      return p.description ?? p.schema.description;
    };
    assert.match(describe('/api/events', 'actor')!, /names \(Russia, Russian\)/);
    assert.equal(describe('/api/events', 'mode'), describe('/api/export/events.csv', 'mode'));
    assert.ok(doc.paths['/api/actors/suggest']);
  });

  test('min_confidence (issue 10): the documented default on lists, aggregates and exports; 0 shows every event', async () => {
    const { body: stats } = await get('api/stats');
    const byStatus = stats.eventsByStatus as Record<string, number>;
    const everything = byStatus.occurred! + byStatus.scheduled!;
    assert.equal(await total('api/events?min_confidence=0'), everything, 'stats count every event, min_confidence=0 lists them');
    const shown = await total('api/events');
    assert.ok(shown < everything, `the default hides some of the example events (${shown} of ${everything})`);
    assert.equal(await total(`api/events?min_confidence=${DEFAULT_MIN_CONFIDENCE}`), shown);
    assert.ok(await total('api/events?min_confidence=0.9') <= shown);
    const page = await get('api/events?limit=200');
    for (const item of page.body.items as { confidence?: number | null }[]) assert.ok(item.confidence == null || item.confidence >= DEFAULT_MIN_CONFIDENCE);
    const sum = (buckets: { total: number }[]) => buckets.reduce((n, b) => n + b.total, 0);
    const histogram = async (q: string) => sum((await get(`api/events/histogram?interval=month${q}`)).body.buckets as { total: number }[]);
    assert.equal(await histogram(''), shown);
    assert.equal(await histogram('&min_confidence=0'), everything);
    const csvRows = async (q: string) => (await (await fetch(new URL(`api/export/events.jsonl${q}`, server.url))).text()).trim().split('\n').filter(Boolean).length;
    assert.equal(await csvRows(''), shown);
    assert.equal(await csvRows('?min_confidence=0'), everything);
    for (const bad of ['2', 'high', '-1']) {
      const { status, body } = await get(`api/events?min_confidence=${bad}`);
      assert.equal(status, 400, bad);
      assert.match(body.message as string, new RegExp(`^bad min_confidence "${bad}": expected a number from 0 to 1`));
    }
  });
});
