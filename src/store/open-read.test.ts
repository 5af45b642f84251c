import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DatelineError, type ErrorCode } from '../errors.ts';
import { article, tempDir } from '../../test/store/fixtures.ts';
import { loadMigrations, MIGRATIONS_DIR } from './migrate.ts';
import { openStore, openStoreReadOnly } from './open.ts';

const KNOWN = loadMigrations().length;

function isError(code: ErrorCode, ...words: string[]) {
  return (e: unknown): boolean => e instanceof DatelineError && e.code === code && words.every((w) => e.message.includes(w));
}

/** A folder holding only the first `count` shipped migrations: a store built with it is that old. */
function olderMigrations(dir: string, count: number): string {
  const path = join(dir, 'migrations');
  mkdirSync(path);
  for (const m of loadMigrations().slice(0, count)) copyFileSync(new URL(m.name, MIGRATIONS_DIR), join(path, m.name));
  return path;
}

test('open (issue 17): reading a missing file is E_STORE_MISSING and creates nothing', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  assert.throws(() => openStoreReadOnly(tmp.file('typo.db')), isError('E_STORE_MISSING', tmp.file('typo.db')));
  assert.throws(() => openStore(tmp.file('typo.db'), { create: false }), isError('E_STORE_MISSING'));
  assert.deepEqual(readdirSync(tmp.dir), []);
});

test('open (issue 17): a read-only open reads, and refuses to write with E_STORE_READ_ONLY', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const writer = openStore(tmp.file());
  writer.insertArticles([article({ id: 'a1' })]);
  writer.close();
  const reader = openStoreReadOnly(tmp.file());
  t.after(() => reader.close());
  assert.ok(reader.db.readonly);
  assert.ok(reader.hasArticle('a1'));
  assert.equal(reader.stats().articles, 1);
  assert.throws(() => reader.insertArticles([article({ id: 'a2' })]), isError('E_STORE_READ_ONLY', tmp.file()));
});

test('open (issue 17): reading never migrates; an older schema names dateline migrate, and a write open upgrades it', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const old = openStore(tmp.file(), { migrationsDir: olderMigrations(tmp.dir, KNOWN - 1) });
  old.close();
  assert.throws(() => openStoreReadOnly(tmp.file()), isError('E_STORE_OLD_SCHEMA', 'dateline migrate', tmp.file()));
  const raw = new Database(tmp.file(), { readonly: true });
  assert.equal(raw.pragma('user_version', { simple: true }), KNOWN - 1, 'the failed read left the file as it was');
  raw.close();
  openStore(tmp.file(), { create: false }).close();
  const reader = openStoreReadOnly(tmp.file());
  assert.equal(reader.schemaVersion, KNOWN);
  reader.close();
});

test('open (issue 17): a newer schema names the version it needs, for reading and for writing', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const raw = new Database(tmp.file());
  raw.pragma('user_version = 99');
  raw.close();
  assert.throws(() => openStoreReadOnly(tmp.file()), isError('E_STORE_NEWER_SCHEMA', 'schema version 99'));
  assert.throws(() => openStore(tmp.file()), isError('E_STORE_NEWER_SCHEMA', 'schema version 99'));
});

test('open (issue 17): writing into a folder that does not exist names it, and creates nothing', (t) => {
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const file = join(tmp.dir, 'no', 'such', 'x.db');
  assert.throws(() => openStore(file), isError('E_STORE_OPEN', file));
  assert.equal(existsSync(join(tmp.dir, 'no')), false);
});
