import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { synthetic, tempDir } from '../../test/store/fixtures.ts';
import { loadMigrations } from './migrate.ts';
import { openStore } from './open.ts';

test('stats of an empty store', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const store = openStore(tmp.file());
  t.after(() => store.close());
  const stats = store.stats();
  assert.equal(stats.articles, 0);
  assert.equal(stats.dateRange, null);
  assert.deepEqual(stats.sources, []);
  assert.equal(stats.schemaVersion, loadMigrations().length);
  assert.equal(stats.file, tmp.file());
  assert.ok(stats.fileBytes > 0);
});

test('stats count every table, the date range, sources and sizes', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const store = openStore(tmp.file());
  t.after(() => store.close());
  const items = [synthetic(0), synthetic(1), synthetic(2), synthetic(27)];
  store.insertArticles(items);
  const stats = store.stats();
  const sentences = items.reduce((n, i) => n + i.sentences.length, 0);
  assert.deepEqual(
    { articles: stats.articles, sentences: stats.sentences, mentions: stats.mentions, actors: stats.actors, timex: stats.timex, quotes: stats.quotes, events: stats.events },
    { articles: 4, sentences, mentions: sentences, actors: 1, timex: 4, quotes: 0, events: 0 },
  );
  assert.deepEqual(stats.dateRange, { first: '2021-12-01', last: '2021-12-28' });
  assert.deepEqual(stats.sources, [{ source: 'Even Wire', articles: 2 }, { source: 'Odd Wire', articles: 2 }]);
  assert.equal(stats.fileBytes, statSync(tmp.file()).size);
  assert.equal(stats.walBytes, statSync(`${tmp.file()}-wal`).size);
  assert.ok(stats.walBytes > 0, 'the batch sits in the WAL until a checkpoint');
});

test('an in-memory store reports its logical size', () => {
  const store = openStore(':memory:');
  try {
    store.insertArticles([synthetic(3)]);
    const stats = store.stats();
    assert.equal(stats.articles, 1);
    assert.ok(stats.fileBytes > 0);
    assert.equal(stats.walBytes, 0);
  } finally {
    store.close();
  }
});
