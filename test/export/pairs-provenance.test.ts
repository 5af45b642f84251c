import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CODER_VERSION, EVENT_COLUMNS, eventsCsvLines, eventsJsonlLines, iterateEvents, openStore, queryEvents, type Store } from '../../src/index.ts';
import { tempDir } from '../store/fixtures.ts';
import { seedExportFixture } from './fixtures.ts';

const tmp = tempDir('dateline-export-pairs-');
let store: Store;
before(() => {
  store = openStore(tmp.file());
  seedExportFixture(store);
});
after(() => {
  store.close();
  tmp.cleanup();
});

const csv = (grouped = false): Record<string, string>[] =>
  parse([...eventsCsvLines(iterateEvents(store.db, {}), { grouped })].join(''), { columns: true }) as Record<string, string>[];

test('csv (issue 15): one row per source-target pair, Event ID the record id on each', () => {
  const rows = csv();
  assert.equal(rows.length, 10);
  const threat = rows.filter((r) => r['Event ID'] === 'x1:e0');
  assert.deepEqual(threat.map((r) => [r['Actor Country'], r['Recipient Country']]), [['RUS', 'UKR'], ['RUS', 'USA'], ['BLR', 'UKR'], ['BLR', 'USA']]);
  assert.deepEqual(threat.map((r) => [r['Actor Name Raw'], r['Recipient Name Raw'], r['Actor Code'], r['Recipient ID']]), [
    ['Russia', 'Ukraine', 'RUS', 'country:UKR'], ['Russia', 'the US', 'RUS', 'agent:USA-GOV'],
    ['Belarus', 'Ukraine', 'BLR', 'country:UKR'], ['Belarus', 'the US', 'BLR', 'agent:USA-GOV'],
  ]);
  assert.ok(rows.every((r) => !r['Actor Name']!.includes(';') && !r['Recipient Name']!.includes(';')), 'one actor per cell');
  const alone = rows.filter((r) => r['Event ID'] === 'x1:e1');
  assert.deepEqual(alone.map((r) => [r['Actor Name'], r['Recipient Name']]), [['Russia', '']], 'an event without a target keeps its row');
});

test('csv --grouped (issue 15): one row per event, actors joined in order', () => {
  const rows = csv(true);
  assert.equal(rows.length, 6);
  const threat = rows.find((r) => r['Event ID'] === 'x1:e0')!;
  assert.equal(threat['Actor Name'], 'Russia; Belarus');
  assert.equal(threat['Recipient Country'], 'UKR; USA');
  assert.equal(rows.find((r) => r['Event ID'] === 'x1:e1')!['Recipient Name'], '');
});

test('csv (issue 15): POLECAT Source, Language and Version, and URL, from the article and the coder', () => {
  const headers = EVENT_COLUMNS.map((c) => c.header);
  for (const h of ['Source', 'Language', 'Version', 'URL']) assert.ok(headers.includes(h), h);
  assert.ok(headers.indexOf('Source') < headers.indexOf('Publication Date'), "POLECAT's order");
  const rows = csv();
  const x1 = rows.find((r) => r['Event ID'] === 'x1:e2')!;
  assert.deepEqual([x1['Source'], x1['Language'], x1['URL'], x1['Version']], ['Example Wire', 'en-GB', 'https://example.org/x1', CODER_VERSION]);
  const x2 = rows.find((r) => r['Event ID'] === 'x2:e0')!;
  assert.deepEqual([x2['Source'], x2['Language'], x2['URL'], x2['Version']], ['', '', '', CODER_VERSION], 'unknown is empty, not made up');
  assert.match(CODER_VERSION, /^\d+\.\d+\.\d+\+pipeline\.\d+$/);
  assert.deepEqual([x1['Num Mentions'], x1['Mention IDs'], x1['First Seen']], ['1', 'x1:e2', '2022-02-01'], 'a record is its one mention');
});

test('json (issue 15): the API event object and JSONL carry the same provenance, added beside the old fields', () => {
  const { items } = queryEvents(store.db, {}, { limit: 10, order: 'asc' });
  const x1 = items.find((e) => e.id === 'x1:e0')!;
  assert.equal(x1.articleSource, 'Example Wire');
  assert.equal(x1.articleUrl, 'https://example.org/x1');
  assert.equal(x1.articleLanguage, 'en-GB');
  assert.equal(x1.version, CODER_VERSION);
  assert.deepEqual([x1.numMentions, x1.numArticles, x1.numSources, x1.mentionIds, x1.firstSeen], [1, 1, 1, ['x1:e0'], '2022-02-01']);
  assert.equal(x1.source.length, 2, 'source stays the actors');
  const line = JSON.parse([...eventsJsonlLines([x1])][0]!) as Record<string, unknown>;
  assert.equal(line.articleSource, 'Example Wire');
  assert.equal(line.version, CODER_VERSION);
  assert.equal((line.target as unknown[]).length, 2, 'JSONL keeps one line per record, actors as lists');
});
