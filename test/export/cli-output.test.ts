import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { parquetReadObjects } from 'hyparquet';
import { openStore } from '../../src/index.ts';
import { main } from '../../src/cli/main.ts';
import { runCli, tempDb } from '../cli/helpers.ts';
import { Draft, Q_ACTORS } from '../store/query-fixtures.ts';
import { seedExportFixture } from './fixtures.ts';

let db: string;
let big: string;
before(() => {
  db = tempDb();
  const store = openStore(db);
  seedExportFixture(store);
  store.close();
  // Enough rows for a file stream to ask the export to wait for it many times over.
  big = tempDb();
  const bigStore = openStore(big);
  const sentences = Array.from({ length: 600 }, (_, i) => `Russia met Ukraine in round ${i} of the long talks about everything.`);
  const draft = new Draft('big', '2022-01-05', 'Many rounds', sentences);
  sentences.forEach((_, i) => draft.event(i, 'met', 'CONSULT', 'occurred', null, [[Q_ACTORS.rus, 'Russia']], [[Q_ACTORS.ukr, 'Ukraine']]));
  bigStore.insertArticles([draft.item]);
  bigStore.close();
});

test('cli export --out (issue 15): a long CSV export emits no MaxListenersExceededWarning', async () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error): void => {
    warnings.push(`${warning.name}: ${warning.message}`);
  };
  process.on('warning', onWarning);
  try {
    const out = join(big, '..', 'big.csv');
    const run = await runCli('export', '--db', big, '--format', 'csv', '--out', out);
    assert.equal(run.code, 0, run.err);
    assert.equal(readFileSync(out, 'utf8').split('\r\n').length, 1 + 600 + 1);
    // process 'warning' is emitted on the next tick after the listener that tripped it.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('warning', onWarning);
  }
  assert.deepEqual(warnings, []);
});

test('cli export --grouped (issue 15): one row per event; without it one per pair', async () => {
  const pairs = await runCli('export', '--db', db, '--format', 'csv');
  const grouped = await runCli('export', '--db', db, '--format', 'csv', '--grouped');
  assert.equal(grouped.code, 0, grouped.err);
  assert.equal((parse(pairs.out, { columns: true }) as unknown[]).length, 10);
  const rows = parse(grouped.out, { columns: true }) as Record<string, string>[];
  assert.equal(rows.length, 6);
  assert.equal(rows[0]!['Actor Name'], 'Russia; Belarus');
  const misuse = await runCli('export', '--db', db, '--format', 'jsonl', '--grouped');
  assert.equal(misuse.code, 2);
  assert.match(misuse.err, /--grouped is for --format csv/);
});

test('cli export --format parquet (issue 15): a file readable back, one row per event', async () => {
  const out = join(db, '..', 'events.parquet');
  const run = await runCli('export', '--db', db, '--format', 'parquet', '--since', '2022-02-02', '--out', out);
  assert.equal(run.code, 0, run.err);
  const bytes = readFileSync(out);
  const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  assert.deepEqual(rows.map((r) => r.event_id), ['x2:e0', 'x2:e1', 'x2:e2']);
  assert.deepEqual(rows[1]!.actor_name, ['Sergey Lavrov', 'Russia']);
});

class Terminal extends Writable {
  isTTY = true;
  bytes = 0;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.bytes += chunk.length;
    done();
  }
}

test('cli export --format parquet: refused on a terminal without --out, written to a pipe', async () => {
  const terminal = new Terminal();
  const err = new Terminal();
  const code = await main(['node', 'dateline', 'export', '--db', db, '--format', 'parquet'], { out: terminal, err });
  assert.equal(code, 2);
  assert.equal(terminal.bytes, 0, 'no binary on the terminal');
  const piped = await runCli('export', '--db', db, '--format', 'parquet');
  assert.equal(piped.code, 0, piped.err);
  assert.ok(piped.out.startsWith('PAR1'));
});
