import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMigrations, MIGRATIONS_DIR, openStore, openStoreReadOnly, PIPELINE_VERSION } from '../../src/index.ts';
import { article, tempDir } from './fixtures.ts';

// Migration 005 (DECISIONS §9): each article records the pipeline version that coded it.

test('store/migrate 005: a store at schema 4 gains pipeline_version, its articles count as coded by an older version', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const old = join(tmp.dir, 'migrations-4');
  mkdirSync(old);
  for (const m of loadMigrations().slice(0, 4)) copyFileSync(join(fileURLToPath(MIGRATIONS_DIR), m.name), join(old, m.name));
  const file = tmp.file();
  const v4 = openStore(file, { migrationsDir: old });
  assert.equal(v4.schemaVersion, 4);
  v4.db.prepare(`INSERT INTO articles (id, date, title, text, ingested_at) VALUES ('a1', '2022-01-10', 'Geneva talks', 'Envoys met in Geneva.', '2022-01-10T00:00:00Z')`).run();
  v4.db.prepare(`INSERT INTO sentences (article_id, idx, "start", "end", text) VALUES ('a1', 0, 0, 21, 'Envoys met in Geneva.')`).run();
  v4.close();

  assert.throws(() => openStoreReadOnly(file), { code: 'E_STORE_OLD_SCHEMA' }, 'readers still ask for `dateline migrate`');
  const store = openStore(file);
  t.after(() => store.close());
  assert.equal(store.schemaVersion, loadMigrations().length);
  assert.deepEqual(store.db.prepare('SELECT id, pipeline_version FROM articles').all(), [{ id: 'a1', pipeline_version: null }]);
  const stats = store.stats();
  assert.deepEqual(stats.pipelineVersions, [{ version: null, articles: 1 }]);
  assert.equal(stats.olderPipelineArticles, 1);
  assert.equal(stats.currentPipelineVersion, String(PIPELINE_VERSION));
  assert.deepEqual(store.recodeCounts(), { total: 1, current: 0 });

  // A new article records the current version; stamping a version leaves the full-text index whole.
  store.insertArticles([article({ id: 'a2', date: '2022-01-11', sentences: ['Talks resumed in Vienna.'] })]);
  assert.equal((store.db.prepare("SELECT pipeline_version AS v FROM articles WHERE id = 'a2'").get() as { v: string }).v, String(PIPELINE_VERSION));
  store.db.prepare("UPDATE articles SET pipeline_version = '1' WHERE id = 'a1'").run();
  store.db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
  assert.deepEqual(store.search('Geneva').map((h) => h.id), ['a1']);
  assert.deepEqual(store.stats().pipelineVersions, [{ version: String(PIPELINE_VERSION), articles: 1 }, { version: '1', articles: 1 }]);
  assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
  const plan = store.db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM articles a WHERE a.pipeline_version IS NOT '2'`).all() as { detail: string }[];
  assert.ok(plan.some((p) => /articles_pipeline_version/.test(p.detail)), JSON.stringify(plan));
});
