// Issue 10, DECISIONS §3 and §7: `min_confidence` is a filter of the store like the others. Its default,
// DEFAULT_MIN_CONFIDENCE, holds for every event query; 0 shows everything; an event stored before it
// was scored (no confidence) is always shown. Migration 006 fills the column from the payload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  actorNetwork, countryCounts, DEFAULT_MIN_CONFIDENCE, eventHistogram, FilterValueError, iterateEvents, listActors, loadMigrations, MIGRATIONS_DIR,
  openStore, queryEvents, type EventFilter, type Store,
} from '../../src/index.ts';
import { tempDir } from './fixtures.ts';
import { Draft, Q_ACTORS } from './query-fixtures.ts';

const { rus, usa, nato, ukr } = Q_ACTORS;
const LOW = Math.max(0, DEFAULT_MIN_CONFIDENCE - 0.2);
const HIGH = Math.min(1, DEFAULT_MIN_CONFIDENCE + 0.3);

const tmp = tempDir('dateline-confidence-');
let store: Store;
before(() => {
  store = openStore(tmp.file());
  const d = new Draft('c1', '2022-01-05', 'Talks', [
    'Russia will hold talks with the US on January 10.',
    'Russia accused NATO of bad faith.',
    'Ukraine asked NATO for help.',
  ])
    .event(0, 'hold talks', 'CONSULT', 'scheduled', '2022-01-10', [[rus, 'Russia']], [[usa, 'the US']])
    .event(1, 'accused', 'ACCUSE', 'occurred', null, [[rus, 'Russia']], [[nato, 'NATO']])
    .event(2, 'asked', 'REQUEST', 'occurred', null, [[ukr, 'Ukraine']], [[nato, 'NATO']]);
  const [talks, accused] = d.item.events!;
  talks!.confidence = HIGH;
  accused!.confidence = LOW;
  // The third has no confidence: stored before events were scored.
  store.insertArticles([d.item]);
});
after(() => {
  store.close();
  tmp.cleanup();
});

const types = (filter: EventFilter): string[] => queryEvents(store.db, filter, { limit: 100 }).items.map((r) => r.event).sort();

test('min_confidence: the stored column is the event\'s confidence, null when it had none', () => {
  const rows = store.db.prepare('SELECT type, confidence FROM events ORDER BY idx').all();
  assert.deepEqual(rows, [{ type: 'CONSULT', confidence: HIGH }, { type: 'ACCUSE', confidence: LOW }, { type: 'REQUEST', confidence: null }]);
  assert.equal(queryEvents(store.db, { min_confidence: 0 }, { limit: 10 }).items.find((r) => r.event === 'ACCUSE')?.confidence, LOW);
});

test('min_confidence: the default hides events below the threshold, and shows unscored ones', () => {
  assert.deepEqual(types({}), ['CONSULT', 'REQUEST']);
  assert.deepEqual(types({ min_confidence: DEFAULT_MIN_CONFIDENCE }), ['CONSULT', 'REQUEST']);
  assert.deepEqual(types({ min_confidence: 0 }), ['ACCUSE', 'CONSULT', 'REQUEST']);
  assert.deepEqual(types({ min_confidence: 1 }), HIGH === 1 ? ['CONSULT', 'REQUEST'] : ['REQUEST']);
  assert.deepEqual([...iterateEvents(store.db, {})].map((r) => r.event).sort(), ['CONSULT', 'REQUEST']);
  assert.equal(queryEvents(store.db, {}, { limit: 1 }).total, 2);
});

test('min_confidence: every aggregate reads the same default (event_codes carries the column)', () => {
  const total = (filter: EventFilter) => eventHistogram(store.db, filter, 'month').reduce((n, b) => n + b.total, 0);
  assert.equal(total({}), 2);
  assert.equal(total({ min_confidence: 0 }), 3);
  const natoCount = (filter: EventFilter) => listActors(store.db, filter, 50).find((a) => a.code === 'NATO')?.events ?? 0;
  assert.equal(natoCount({}), 1, 'the low ACCUSE is hidden, the unscored REQUEST shown');
  assert.equal(natoCount({ min_confidence: 0 }), 2);
  const rusCountry = (filter: EventFilter) => countryCounts(store.db, filter).find((c) => c.country === 'RUS')?.events ?? 0;
  assert.equal(rusCountry({}), 1);
  assert.equal(rusCountry({ min_confidence: 0 }), 2);
  const edges = (filter: EventFilter) => actorNetwork(store.db, filter, 50).edges.length;
  assert.ok(edges({ min_confidence: 0 }) > edges({}));
});

test('min_confidence: a bad value is refused in the filters\' words', () => {
  assert.throws(() => queryEvents(store.db, { min_confidence: 2 }, { limit: 1 }), (e: unknown) => e instanceof FilterValueError && /bad min_confidence "2": expected a number from 0 to 1/.test(e.message));
});

test('store/migrate 006: a store at schema 5 gains events.confidence, filled from the payload', (t) => {
  const dir = tempDir();
  t.after(dir.cleanup);
  const old = join(dir.dir, 'migrations-5');
  mkdirSync(old);
  for (const m of loadMigrations().slice(0, 5)) copyFileSync(join(fileURLToPath(MIGRATIONS_DIR), m.name), join(old, m.name));
  const file = dir.file();
  const v5 = openStore(file, { migrationsDir: old });
  assert.equal(v5.schemaVersion, 5);
  v5.db.prepare(`INSERT INTO articles (id, date, title, text, ingested_at) VALUES ('a1', '2022-01-10', 'T', 'Russia met NATO.', '2022-01-10T00:00:00Z')`).run();
  v5.db.prepare(`INSERT INTO actors (id, name, country) VALUES ('country:RUS', 'Russia', 'RUS')`).run();
  const insert = v5.db.prepare(`INSERT INTO events (id, article_id, idx, type, status, rule, reason, payload, day, quad) VALUES (?, 'a1', ?, 'CONSULT', 'occurred', 'r', 'r', ?, '2022-01-10', 1)`);
  insert.run('a1:e0', 0, JSON.stringify({ event: 'CONSULT', confidence: 0.07 }));
  insert.run('a1:e1', 1, JSON.stringify({ event: 'CONSULT' }));
  insert.run('a1:e2', 2, JSON.stringify({ event: 'CONSULT', confidence: null }));
  v5.db.prepare(`INSERT INTO event_actors (event_id, role, actor_id, country, code) VALUES ('a1:e0', 'source', 'country:RUS', 'RUS', 'RUS')`).run();
  v5.close();

  const migrated = openStore(file);
  t.after(() => migrated.close());
  assert.equal(migrated.schemaVersion, loadMigrations().length);
  assert.deepEqual(migrated.db.prepare('SELECT id, confidence FROM events ORDER BY id').all(), [
    { id: 'a1:e0', confidence: 0.07 }, { id: 'a1:e1', confidence: null }, { id: 'a1:e2', confidence: null },
  ]);
  assert.deepEqual(migrated.db.prepare('SELECT id, confidence FROM event_codes').all(), [{ id: 'a1:e0', confidence: 0.07 }]);
  // The triggers follow a change of the column.
  migrated.db.prepare(`UPDATE events SET confidence = 0.9 WHERE id = 'a1:e0'`).run();
  assert.deepEqual(migrated.db.prepare('SELECT confidence FROM event_codes').all(), [{ confidence: 0.9 }]);
  assert.ok(migrated.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'events_confidence'").get());
});
