import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDb } from './helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/dateline.js', import.meta.url));

test('bin/dateline.js runs as a real process, reads stdin with -, and sets the exit status', () => {
  const db = tempDb();
  const input = '{"date":"2022-01-10","text":"Diplomats met in Geneva on Monday. Talks lasted eight hours."}\n{"date":"nope","text":"x"}\n';
  const run = spawnSync(process.execPath, [BIN, 'ingest', '-', '--format', 'jsonl', '--db', db], { input, encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  assert.equal(run.stdout.trim(), '1 read, 1 new, 0 already stored, 1 rejected');
  assert.match(run.stderr, /<stdin>:2/);
  assert.ok(!run.stderr.includes("\u001b["), "no progress bar when stderr is not a terminal");
  const env = { ...process.env, DATELINE_DB: db };
  const stats = spawnSync(process.execPath, [BIN, 'stats', '--json'], { encoding: 'utf8', env });
  assert.equal(JSON.parse(stats.stdout).articles, 1);
  const version = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
  assert.match(version.stdout, /^\d+\.\d+\.\d+/);
});
