import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { DatelineError } from '../errors.ts';
import { article, tempDir } from '../../test/store/fixtures.ts';
import { loadMigrations, MIGRATIONS_DIR } from './migrate.ts';
import { openStore } from './open.ts';
import { resolveDbPath } from './paths.ts';

const KNOWN = loadMigrations().length;

function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

test('opening a new file creates it and applies every migration', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const store = openStore(tmp.file());
  t.after(() => store.close());
  assert.ok(existsSync(tmp.file()));
  assert.equal(store.schemaVersion, KNOWN);
  const tables = tableNames(store.db);
  for (const name of ['articles', 'sentences', 'articles_fts', 'actors', 'mentions', 'timex', 'quotes', 'events']) {
    assert.ok(tables.includes(name), `table ${name} exists`);
  }
});

test('reopening applies nothing again and keeps the data', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const first = openStore(tmp.file());
  first.insertArticles([article({ id: 'a1' })]);
  first.close();
  const second = openStore(tmp.file());
  t.after(() => second.close());
  assert.equal(second.schemaVersion, KNOWN);
  assert.ok(second.hasArticle('a1'));
  assert.equal(second.stats().articles, 1);
});

test('the connection runs in WAL mode with NORMAL sync, foreign keys and a busy timeout', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const store = openStore(tmp.file(), { busyTimeoutMs: 1234 });
  t.after(() => store.close());
  assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(store.db.pragma('synchronous', { simple: true }), 1); // NORMAL
  assert.equal(store.db.pragma('foreign_keys', { simple: true }), 1);
  assert.equal(store.db.pragma('busy_timeout', { simple: true }), 1234);
  store.insertArticles([article({ id: 'a1' })]);
  assert.ok(existsSync(`${tmp.file()}-wal`), 'writes go to the -wal file');
});

test('foreign keys are enforced, and deleting an article cascades to its rows', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const store = openStore(tmp.file());
  t.after(() => store.close());
  assert.throws(
    () => store.db.prepare('INSERT INTO sentences (article_id, idx, "start", "end", text) VALUES (?, 0, 0, 1, ?)').run('nope', 'x'),
    /FOREIGN KEY constraint failed/,
  );
  assert.throws(
    () => store.db.prepare("INSERT INTO events (id, article_id, type, rule, reason) VALUES ('e1', 'nope', 'CONSULT', 'r', 'r')").run(),
    /FOREIGN KEY constraint failed/,
  );
  store.insertArticles([article({ id: 'a1', sentences: ['One.', 'Two.'] })]);
  assert.throws(
    () => store.db.prepare("INSERT INTO mentions (article_id, idx, \"start\", \"end\", text, actor_id, rule, reason) VALUES ('a1', 0, 0, 3, 'One', 'actor:none', 'r', 'r')").run(),
    /FOREIGN KEY constraint failed/,
  );
  store.db.prepare('DELETE FROM articles WHERE id = ?').run('a1');
  assert.equal((store.db.prepare('SELECT count(*) AS n FROM sentences').get() as { n: number }).n, 0);
  assert.deepEqual(store.search('One'), []);
});

test('a database written by a newer Dateline is refused', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const raw = new Database(tmp.file());
  raw.pragma(`user_version = ${KNOWN + 5}`);
  raw.close();
  assert.throws(() => openStore(tmp.file()), (e: unknown) => {
    assert.ok(e instanceof DatelineError);
    assert.equal(e.code, 'E_STORE_NEWER_SCHEMA');
    assert.match(e.message, new RegExp(`${tmp.file().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*version ${KNOWN + 5}.*\\(${KNOWN}\\)`));
    return true;
  });
});

test('an unopenable path or a file that is not a database fails with E_STORE_OPEN naming it', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const missingDir = join(tmp.dir, 'no', 'such', 'dir', 'x.db');
  assert.throws(() => openStore(missingDir), (e: unknown) => e instanceof DatelineError && e.code === 'E_STORE_OPEN' && e.message.includes(missingDir));
  const notDb = tmp.file('notes.db');
  writeFileSync(notDb, 'This is a plain text file, long enough to look like a header of something else entirely.\n'.repeat(20));
  assert.throws(() => openStore(notDb), (e: unknown) => e instanceof DatelineError && e.code === 'E_STORE_OPEN' && e.message.includes(notDb));
  const aDirectory = join(tmp.dir, 'adir');
  mkdirSync(aDirectory);
  assert.throws(() => openStore(aDirectory), (e: unknown) => e instanceof DatelineError && e.code === 'E_STORE_OPEN');
});

test('a failing migration rolls back whole and reports E_STORE_MIGRATION', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const dir = join(tmp.dir, 'migrations');
  mkdirSync(dir);
  for (const m of loadMigrations()) copyFileSync(join(fileURLToPath(MIGRATIONS_DIR), m.name), join(dir, m.name));
  const broken = `${String(KNOWN + 1).padStart(3, '0')}_broken.sql`;
  writeFileSync(join(dir, broken), 'CREATE TABLE half_done (x INTEGER);\nTHIS IS NOT SQL;\n');
  assert.throws(() => openStore(tmp.file(), { migrationsDir: dir }), (e: unknown) => {
    assert.ok(e instanceof DatelineError);
    assert.equal(e.code, 'E_STORE_MIGRATION');
    assert.ok(e.message.includes(broken));
    return true;
  });
  const store = openStore(tmp.file());
  t.after(() => store.close());
  assert.equal(store.schemaVersion, KNOWN, 'the earlier migrations stayed applied');
  assert.ok(!tableNames(store.db).includes('half_done'), 'the failed migration left nothing behind');
});

test('migration numbers must run without gaps', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  writeFileSync(join(tmp.dir, '001_a.sql'), 'SELECT 1;');
  writeFileSync(join(tmp.dir, '003_c.sql'), 'SELECT 1;');
  writeFileSync(join(tmp.dir, 'README.md'), 'ignored');
  assert.throws(() => loadMigrations(tmp.dir), /expected number 2 at 003_c\.sql/);
});

test('resolveDbPath prefers --db, then DATELINE_DB, then ./dateline.db', () => {
  assert.equal(resolveDbPath('flag.db', { DATELINE_DB: 'env.db' }), 'flag.db');
  assert.equal(resolveDbPath(undefined, { DATELINE_DB: 'env.db' }), 'env.db');
  assert.equal(resolveDbPath('', { DATELINE_DB: '' }), './dateline.db');
  assert.equal(resolveDbPath(undefined, {}), './dateline.db');
});
