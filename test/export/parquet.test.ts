import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { CODER_VERSION, EVENT_COLUMNS, eventsParquetChunks, iterateEvents, openStore, parquetName, type EventRow, type Store } from '../../src/index.ts';
import { tempDir } from '../store/fixtures.ts';
import { seedQueryFixture } from '../store/query-fixtures.ts';
import { seedExportFixture } from './fixtures.ts';

const tmp = tempDir('dateline-export-parquet-');
let store: Store;
before(() => {
  store = openStore(tmp.file());
  seedQueryFixture(store);
  seedExportFixture(store);
});
after(() => {
  store.close();
  tmp.cleanup();
});

/** The chunks as one ArrayBuffer, as a reader gets the file. */
function fileOf(chunks: Iterable<Uint8Array>): ArrayBuffer {
  const bytes = Buffer.concat([...chunks]);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

const DAY = (day: string): Date => new Date(`${day}T00:00:00Z`);

test('parquet (issue 15): typed columns - dates as DATE, counts as INT32, actors as lists of text', () => {
  const file = fileOf(eventsParquetChunks(iterateEvents(store.db, {})));
  const schema = parquetSchema(parquetMetadata(file));
  const byName = new Map(schema.children.map((c) => [c.element.name, c]));
  assert.deepEqual([...byName.keys()], EVENT_COLUMNS.map((c) => parquetName(c.header)), 'the CSV columns, in snake case');
  for (const name of ['event_date', 'publication_date', 'first_seen']) {
    assert.deepEqual([byName.get(name)!.element.type, byName.get(name)!.element.converted_type], ['INT32', 'DATE'], name);
  }
  for (const name of ['quad_code', 'trigger_start', 'num_mentions']) assert.equal(byName.get(name)!.element.type, 'INT32', name);
  assert.equal(byName.get('negated')!.element.type, 'BOOLEAN');
  for (const name of ['actor_name', 'recipient_code', 'mention_ids', 'contexts']) {
    const list = byName.get(name)!;
    assert.equal(list.element.converted_type, 'LIST', name);
    assert.equal(list.children[0]!.element.repetition_type, 'REPEATED');
    assert.equal(list.children[0]!.children[0]!.element.converted_type, 'UTF8');
  }
  for (const name of ['source', 'language', 'version', 'url']) assert.equal(byName.get(name)!.element.converted_type, 'UTF8', name);
});

test('parquet (issue 15): one row per event, values read back as written', async () => {
  const rows = [...iterateEvents(store.db, {})];
  const read = await parquetReadObjects({ file: fileOf(eventsParquetChunks(rows)) });
  assert.equal(read.length, rows.length, 'one row per event, not per pair');
  assert.deepEqual(read.map((r) => r.event_id), rows.map((r) => r.id));
  const threat = read.find((r) => r.event_id === 'x1:e0')!;
  assert.deepEqual(threat.actor_name, ['Russia', 'Belarus']);
  assert.deepEqual(threat.recipient_country, ['UKR', 'USA']);
  assert.deepEqual(threat.event_date, DAY('2022-02-01'));
  assert.equal(threat.quad_code, 3);
  assert.equal(threat.negated, false);
  assert.deepEqual([threat.source, threat.language, threat.url, threat.version], ['Example Wire', 'en-GB', 'https://example.org/x1', CODER_VERSION]);
  assert.deepEqual([threat.num_mentions, threat.mention_ids, threat.first_seen], [1, ['x1:e0'], DAY('2022-02-01')]);
  const lone = read.find((r) => r.event_id === 'x1:e1')!;
  assert.deepEqual(lone.recipient_name, [], 'no target is an empty list');
  const unplaced = read.find((r) => r.event_id === 'a2:e3')!;
  assert.deepEqual(unplaced.actor_country, [null], 'an actor without a country keeps its place in the list');
  const sanctioned = read.find((r) => r.event_id === 'a4:e0')!;
  assert.equal(sanctioned.sentence, 'Russia sanctioned Ukraine, "again",\nin April; @once more.', 'text as is: no CSV defusing');
  assert.equal(sanctioned.date_value, '2022-04');
});

test('parquet: a round trip of every event through the file gives the rows back', async () => {
  const rows: EventRow[] = [...iterateEvents(store.db, { status: ['occurred', 'scheduled', 'denied', 'hypothetical'] })];
  const read = await parquetReadObjects({ file: fileOf(eventsParquetChunks(rows, { rowGroupRows: 4 })) });
  const back = read.map((r) => ({
    id: r.event_id, day: (r.event_date as Date).toISOString().slice(0, 10), event: r.event_type, mode: r.event_mode, status: r.status,
    source: r.actor_id, target: r.recipient_id, trigger: r.trigger, start: r.trigger_start, end: r.trigger_end, articleTitle: r.article_title,
  }));
  assert.deepEqual(back, rows.map((r) => ({
    id: r.id, day: r.day, event: r.event, mode: r.mode, status: r.status, source: r.source.map((p) => p.id), target: r.target.map((p) => p.id),
    trigger: r.trigger, start: r.start, end: r.end, articleTitle: r.articleTitle,
  })));
});

test('parquet: written a row group at a time, each group handed out as it is done', () => {
  const rows = [...iterateEvents(store.db, {})];
  const chunks = [...eventsParquetChunks(rows, { rowGroupRows: 4 })];
  assert.equal(rows.length, 15);
  assert.equal(chunks.length, 4, 'one chunk per full row group; the last, partial one leaves with the footer');
  const meta = parquetMetadata(fileOf(chunks));
  assert.deepEqual(meta.row_groups.map((g) => Number(g.num_rows)), [4, 4, 4, 3]);
  assert.equal(meta.created_by, `dateline ${CODER_VERSION}`);
});

test('parquet: no events is a valid file with no rows', async () => {
  const file = fileOf(eventsParquetChunks([]));
  assert.equal(parquetMetadata(file).num_rows, 0n);
  assert.deepEqual(await parquetReadObjects({ file }), []);
});

test('parquet: rows are pulled one row group ahead at most, so memory is bounded by a group', () => {
  const rows = [...iterateEvents(store.db, {})];
  let pulled = 0;
  const counted = (function* (): Generator<EventRow> {
    for (const row of rows) {
      pulled += 1;
      yield row;
    }
  })();
  const chunks = eventsParquetChunks(counted, { rowGroupRows: 5 });
  chunks.next();
  assert.equal(pulled, 5, 'the first group is written after five rows');
  chunks.next();
  assert.equal(pulled, 10);
});
