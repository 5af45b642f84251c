/** GET /api/kb: the knowledge base by name over HTTP, with the role of a date and 400s naming the field. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { getJson, startServer, tempDir, type RunningServer } from '../api/helpers.ts';

const tmp = tempDir();
let server: RunningServer;
before(async () => {
  server = await startServer(join(tmp.dir, 'kb.db'));
});
after(async () => {
  await server?.close();
  tmp.cleanup();
});

test('/api/kb: a person by one word of the name, with the role of the date', async () => {
  const { status, body } = await getJson(server.url, 'api/kb?q=Khurelsukh&date=2019-06-01');
  assert.equal(status, 200);
  const hits = body.hits as Array<{ name: string; country: string; role: { role: string; when: string } }>;
  assert.deepEqual([body.q, body.date], ['Khurelsukh', '2019-06-01']);
  assert.deepEqual([hits[0]?.name, hits[0]?.country, hits[0]?.role.role, hits[0]?.role.when], ['Khurelsukh Ukhnaa', 'MNG', 'prime minister', 'during']);
});

test('/api/kb: limit caps the hits; diacritics are ignored', async () => {
  const { body } = await getJson(server.url, 'api/kb?q=party&limit=2&date=2020-01-01');
  assert.equal((body.hits as unknown[]).length, 2);
  const { body: b2 } = await getJson(server.url, `api/kb?q=${encodeURIComponent('Khürelsükh')}&date=2022-06-01`);
  assert.equal((b2.hits as Array<{ role: { role: string } }>)[0]?.role.role, 'president');
});

test('/api/kb: a missing q, a bad date or an unknown parameter is a 400 naming it', async () => {
  for (const [path, field] of [['api/kb', 'q'], ['api/kb?q=Lavrov&date=2019-02-30', 'date'], ['api/kb?q=Lavrov&dat=2019-01-01', 'dat']] as const) {
    const { status, body } = await getJson(server.url, path);
    assert.equal(status, 400, path);
    assert.match(JSON.stringify(body), new RegExp(field), path);
  }
});
