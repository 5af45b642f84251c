import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { openStore } from '../../src/index.ts';
import { runCli, tempDb } from '../cli/helpers.ts';
import { seedQueryFixture } from '../store/query-fixtures.ts';

let db: string;
before(() => {
  db = tempDb();
  const store = openStore(db);
  seedQueryFixture(store);
  store.close();
});

test('cli export: CSV to stdout, filtered like dateline events', async () => {
  const run = await runCli('export', '--db', db, '--format', 'csv', '--dyad', 'RUS,USA');
  assert.equal(run.code, 0, run.err);
  const records = parse(run.out, { columns: true }) as Record<string, string>[];
  assert.deepEqual(records.map((r) => r['Event ID']).sort(), ['a1:e0', 'a2:e0']);
});

test('cli export: JSON Lines with types, statuses and days', async () => {
  const run = await runCli('export', '--db', db, '--format', 'jsonl', '--type', 'assault,sanction', '--status', 'occurred,denied', '--since', '2022-01-05');
  assert.equal(run.code, 0, run.err);
  const rows = run.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; event: string });
  assert.deepEqual(rows.map((r) => r.id), ['a1:e2', 'a2:e3', 'a4:e0']);
});

test('cli export: files with --out for ics and graphml', async () => {
  const dir = join(db, '..');
  const ics = join(dir, 'upcoming.ics');
  assert.equal((await runCli('export', '--db', db, '--format', 'ics', '--from', '2022-01-01', '--out', ics)).code, 0);
  const calendar = readFileSync(ics, 'utf8');
  assert.equal(calendar.match(/BEGIN:VEVENT/g)?.length, 3);
  assert.ok(calendar.startsWith('BEGIN:VCALENDAR\r\n'));
  const graphml = join(dir, 'network.graphml');
  const run = await runCli('export', '--db', db, '--format', 'graphml', '--actor', 'NATO', '--out', graphml);
  assert.equal(run.code, 0, run.err);
  assert.equal(run.out, '');
  const xml = readFileSync(graphml, 'utf8');
  assert.equal(XMLValidator.validate(xml), true);
  assert.match(xml, /<edge id="e0" source="NATO" target="RUS">/);
});

test('cli export: usage errors exit 2 with a message and write no file', async () => {
  const out = join(db, '..', 'never.csv');
  const cases: [string[], RegExp][] = [
    [['--format', 'xlsx'], /bad --format "xlsx"/],
    [['--format', 'csv', '--since', '2022-1-5', '--out', out], /bad --since "2022-1-5": expected a real day as YYYY-MM-DD/],
    [['--format', 'csv', '--type', 'PARTY', '--out', out], /bad --type "PARTY"/],
    [['--format', 'csv', '--dyad', 'RUS'], /bad --dyad "RUS": expected two actors/],
    [['--format', 'ics', '--actor', 'RUS'], /takes no --actor/],
  ];
  for (const [args, message] of cases) {
    const run = await runCli('export', '--db', db, ...args);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.err, message);
  }
  assert.equal(existsSync(out), false);
  assert.equal((await runCli('export', '--db', db)).code, 2, '--format is required');
});
