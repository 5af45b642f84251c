import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { parquetReadObjects } from 'hyparquet';
import { openStore } from '../../src/index.ts';
import { startServer, type RunningServer } from '../api/helpers.ts';
import { tempDir } from '../store/fixtures.ts';
import { seedExportFixture } from './fixtures.ts';

const tmp = tempDir('dateline-export-api-');
let server: RunningServer;
before(async () => {
  const file = tmp.file();
  const store = openStore(file);
  seedExportFixture(store);
  store.close();
  server = await startServer(file);
});
after(async () => {
  await server.close();
  tmp.cleanup();
});

const download = (path: string): Promise<Response> => fetch(new URL(path, server.url));

test('GET /api/export/events.csv (issue 15): one row per pair, grouped=true one per event', async () => {
  const pairs = parse(await (await download('api/export/events.csv')).text(), { columns: true }) as Record<string, string>[];
  assert.equal(pairs.length, 10);
  const grouped = parse(await (await download('api/export/events.csv?grouped=true')).text(), { columns: true }) as Record<string, string>[];
  assert.deepEqual(grouped.map((r) => r['Event ID']), ['x1:e0', 'x1:e1', 'x1:e2', 'x2:e0', 'x2:e1', 'x2:e2']);
  assert.equal(grouped[0]!['Source'], 'Example Wire');
  const bad = await download('api/export/events.csv?grouped=yes');
  assert.equal(bad.status, 400);
  assert.equal((await bad.json() as { parameter: string }).parameter, 'grouped');
});

test('GET /api/export/events.parquet (issue 15): a Parquet download, filtered, one row per event', async () => {
  const response = await download('api/export/events.parquet?actor=BLR');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/vnd.apache.parquet');
  assert.match(response.headers.get('content-disposition')!, /^attachment; filename="dateline-events\.parquet"$/);
  const rows = await parquetReadObjects({ file: await response.arrayBuffer() });
  assert.deepEqual(rows.map((r) => [r.event_id, r.actor_code]), [['x1:e0', ['RUS', 'BLR']]]);
  assert.equal((await download('api/export/events.parquet?since=soon')).status, 400);
});

test('GET /api/export/network.graphml (issue 15): directed, readable labels', async () => {
  const xml = await (await download('api/export/network.graphml')).text();
  assert.match(xml, /edgedefault="directed"/);
  assert.match(xml, /<node id="group:isis"><data key="label">Islamic State<\/data>/);
  assert.match(xml, /<data key="label">government \(unattributed\)<\/data>/);
});
