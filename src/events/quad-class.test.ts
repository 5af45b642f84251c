import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { PLOVER_MODES } from './lexicon.ts';
import { QUAD_CLASS, quadClassSql, quadCode } from './quad-class.ts';

test('every PLOVER type has a quad class and all four classes are used', () => {
  assert.deepEqual(Object.keys(QUAD_CLASS).sort(), Object.keys(PLOVER_MODES).sort());
  assert.equal(new Set(Object.values(QUAD_CLASS)).size, 4);
});

test('quad codes follow the manual: AGREE 1, AID 2, REQUEST 3, ASSAULT 4', () => {
  assert.deepEqual([quadCode('AGREE'), quadCode('AID'), quadCode('REQUEST'), quadCode('ASSAULT')], [1, 2, 3, 4]);
});

test('the SQL CASE agrees with the table inside SQLite', () => {
  const db = new Database(':memory:');
  for (const [type, quad] of Object.entries(QUAD_CLASS)) {
    const row = db.prepare(`SELECT ${quadClassSql('?')} AS quad`).get(type) as { quad: string };
    assert.equal(row.quad, quad, type);
  }
  assert.equal((db.prepare(`SELECT ${quadClassSql('?')} AS quad`).get('NOPE') as { quad: string | null }).quad, null);
  db.close();
});
