import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { PIPELINE_VERSION } from '../../src/index.ts';
import { fixture, runCli, tempDb } from './helpers.ts';

// `dateline recode` (DECISIONS §9) and what `stats` says about pipeline versions.

test('cli recode: all current after ingest; older articles re-coded; stats counts versions; exit statuses', async () => {
  const db = tempDb();
  const ingest = await runCli('ingest', fixture('ingest', 'articles.jsonl'), '--db', db, '--workers', '0');
  const stored = Number(/^\d+ read, (\d+) new/.exec(ingest.out)?.[1]);
  assert.ok(stored >= 2, ingest.out + ingest.err);

  const none = await runCli('recode', '--db', db, '--workers', '0');
  assert.equal(none.code, 0, none.err);
  assert.equal(none.out, `0 recoded, ${stored} already current\n`);

  const raw = new Database(db);
  raw.exec("UPDATE articles SET pipeline_version = '1' WHERE seq = (SELECT min(seq) FROM articles)");
  raw.close();
  const stats = await runCli('stats', '--db', db);
  assert.match(stats.out, new RegExp(`coded by +pipeline v${PIPELINE_VERSION} \\(current\\): ${stored - 1}, an older version: 1 \\(dateline recode re-codes them\\)`));
  assert.match(stats.out, /^ +1 {2}pipeline v1$/m);
  const json = JSON.parse((await runCli('stats', '--db', db, '--json')).out);
  assert.equal(json.olderPipelineArticles, 1);
  assert.equal(json.currentPipelineVersion, String(PIPELINE_VERSION));

  const one = await runCli('recode', '--db', db, '--workers', '0', '--json');
  assert.equal(one.code, 0, one.err);
  const summary = JSON.parse(one.out.split('\n')[0]!).summary;
  assert.deepEqual([summary.recoded, summary.current], [1, stored - 1]);
  assert.equal(JSON.parse((await runCli('stats', '--db', db, '--json')).out).olderPipelineArticles, 0);

  const all = await runCli('recode', '--db', db, '--workers', '0', '--all', '--since', '2000-01-01');
  assert.match(all.out, new RegExp(`^${stored} recoded, 0 already current \\(events: `));
});

test('cli recode: a missing store is exit 3 and is not created; a bad date is exit 2', async () => {
  const db = tempDb();
  const missing = await runCli('recode', '--db', db);
  assert.equal(missing.code, 3);
  assert.match(missing.err, /dateline: /);
  assert.equal(existsSync(db), false);
  const bad = await runCli('recode', '--db', db, '--since', '2022-02-30');
  assert.equal(bad.code, 2);
});
