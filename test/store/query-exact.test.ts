import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import {
  actorDetail, actorNetwork, articleEvents, countryCounts, DatelineError, dyadSeries, eventHistogram, iterateEvents, listActors,
  listQuotes, listStatements, loadMigrations, migrate, openStore, queryEvents, upcomingEvents, QUAD_CLASS, quadCode, type Store,
} from '../../src/index.ts';
import { tempDir } from './fixtures.ts';
import { seedQueryFixture } from './query-fixtures.ts';

const tmp = tempDir('dateline-query-');
let store: Store;
before(() => {
  store = openStore(tmp.file());
  seedQueryFixture(store);
});
after(() => {
  store.close();
  tmp.cleanup();
});

const ids = (rows: { id: string }[]): string[] => rows.map((r) => r.id).sort();

test('query: the default statuses are occurred and scheduled; total counts the whole filter', () => {
  const page = queryEvents(store.db, {}, { limit: 3 });
  assert.equal(page.total, 9);
  assert.equal(page.items.length, 3);
  assert.equal(queryEvents(store.db, { status: ['occurred', 'scheduled', 'denied', 'hypothetical'] }, { limit: 50 }).total, 10);
  assert.deepEqual(ids(queryEvents(store.db, { status: ['denied'] }, { limit: 50 }).items), ['a1:e2']);
});

test('query: newest day first by default, oldest first with asc; day falls back to the article date', () => {
  const desc = queryEvents(store.db, {}, { limit: 50 }).items.map((e) => e.day);
  assert.deepEqual(desc, [...desc].sort().reverse());
  const asc = queryEvents(store.db, {}, { limit: 50, order: 'asc' }).items;
  assert.equal(asc[0]!.id, 'a1:e1');
  assert.equal(asc[0]!.day, '2022-01-05');
  assert.equal(asc[0]!.date, null);
  const week = asc.find((e) => e.id === 'a1:e3')!;
  assert.equal(week.day, '2022-01-10');
});

test('query: rows have the code --json shape, cut from the stored sentence', () => {
  const [row] = queryEvents(store.db, { dyad: ['RUS', 'USA'], status: ['scheduled'] }, { limit: 5 }).items;
  assert.ok(row);
  assert.equal(row.id, 'a1:e0');
  assert.equal(row.articleTitle, 'Talks set for Geneva');
  assert.equal(row.articleDate, '2022-01-05');
  assert.equal(row.sentence, 'Russia and the US will hold talks in Geneva on January 10.');
  assert.equal(row.trigger, 'hold talks');
  assert.equal(row.sentence!.slice(row.start - row.sentenceStart!, row.end - row.sentenceStart!), 'hold talks');
  assert.equal(row.quad, 'verbal_cooperation');
  assert.deepEqual(row.source.map((p) => [p.text, p.country]), [['Russia', 'RUS']]);
  assert.deepEqual(row.target.map((p) => [p.text, p.id]), [['the US', 'agent:USA-GOV']]);
  assert.equal(row.explain[0]!.rule, 'lexicon:events/hold talks');
});

test('query: actor by code or id, dyad either way, type, mode, days and full text combine', () => {
  assert.equal(queryEvents(store.db, { actor: 'RUS' }, { limit: 50 }).total, 8);
  assert.deepEqual(ids(queryEvents(store.db, { actor: 'person:sergey-lavrov' }, { limit: 50 }).items), ['a1:e1', 'a2:e0']);
  assert.deepEqual(ids(queryEvents(store.db, { dyad: ['USA', 'RUS'] }, { limit: 50 }).items), ['a1:e0', 'a2:e0']);
  assert.deepEqual(ids(queryEvents(store.db, { dyad: ['NATO', 'RUS'] }, { limit: 50 }).items), ['a1:e1', 'a1:e3', 'a2:e1']);
  assert.deepEqual(ids(queryEvents(store.db, { actor: 'NATO', type: ['CONSULT', 'REQUEST'] }, { limit: 50 }).items), ['a1:e3', 'a2:e1', 'a2:e2']);
  assert.deepEqual(ids(queryEvents(store.db, { actor: 'NATO', type: ['CONSULT', 'REQUEST'], since: '2022-01-11' }, { limit: 50 }).items), ['a2:e1', 'a2:e2']);
  assert.deepEqual(ids(queryEvents(store.db, { mode: 'aid' }, { limit: 50 }).items), ['a2:e2']);
  assert.deepEqual(ids(queryEvents(store.db, { until: '2022-01-10', since: '2022-01-10' }, { limit: 50 }).items), ['a1:e0', 'a1:e3', 'a2:e0']);
  assert.equal(queryEvents(store.db, { q: 'Geneva' }, { limit: 50 }).total, 7);
  assert.deepEqual(ids(queryEvents(store.db, { q: 'Geneva', actor: 'USA' }, { limit: 50 }).items), ['a1:e0', 'a2:e0']);
  // Issue 15: an actor nothing names is a usage error, not an empty answer.
  assert.throws(() => queryEvents(store.db, { actor: 'XYZ' }, { limit: 50 }), /bad actor "XYZ": no actor has this code, id or name/);
});

test('query: bad values throw DatelineError naming the value', () => {
  const bad: [() => unknown, RegExp][] = [
    [() => queryEvents(store.db, { since: '2022-1-5' }, { limit: 5 }), /bad since "2022-1-5": expected a real day as YYYY-MM-DD/],
    [() => queryEvents(store.db, { until: '2022-02-30' }, { limit: 5 }), /bad until "2022-02-30"/],
    [() => queryEvents(store.db, { type: ['PARTY' as never] }, { limit: 5 }), /bad type "PARTY"/],
    [() => queryEvents(store.db, { status: ['rumoured' as never] }, { limit: 5 }), /bad status "rumoured"/],
    [() => queryEvents(store.db, {}, { limit: 0 }), /bad limit 0/],
    [() => queryEvents(store.db, {}, { limit: 5, cursor: 'not a cursor' }), /bad cursor/],
    [() => queryEvents(store.db, {}, { limit: 5, order: 'sideways' as never }), /bad order/],
    [() => queryEvents(store.db, { q: '   ' }, { limit: 5 }), /bad search query/],
    [() => queryEvents(store.db, { q: 'NEAR(' }, { limit: 5 }), /bad search query/],
    [() => queryEvents(store.db, { actor: '' }, { limit: 5 }), /bad actor/],
    [() => eventHistogram(store.db, {}, 'year' as never), /bad interval "year"/],
    [() => upcomingEvents(store.db, 'soon', 10), /bad date "soon" for from/],
    [() => listStatements(store.db, { kind: 'boast' }, { limit: 5 }), /bad kind "boast"/],
    [() => listActors(store.db, {}, 5000), /bad limit 5000/],
  ];
  for (const [run, message] of bad) assert.throws(run, (e: unknown) => e instanceof DatelineError && message.test(e.message));
});

test('query: a cursor from one order is refused in the other', () => {
  const first = queryEvents(store.db, {}, { limit: 2, order: 'asc' });
  assert.throws(() => queryEvents(store.db, {}, { limit: 2, order: 'desc', cursor: first.next }), DatelineError);
});

test('histogram: per quad class, monthly and weekly (weeks start on Monday)', () => {
  assert.deepEqual(eventHistogram(store.db, {}, 'month'), [
    { period: '2022-01-01', verbal_cooperation: 4, material_cooperation: 0, verbal_conflict: 2, material_conflict: 0, total: 6 },
    { period: '2022-02-01', verbal_cooperation: 0, material_cooperation: 0, verbal_conflict: 0, material_conflict: 1, total: 1 },
    { period: '2022-04-01', verbal_cooperation: 0, material_cooperation: 0, verbal_conflict: 0, material_conflict: 2, total: 2 },
  ]);
  assert.deepEqual(eventHistogram(store.db, {}, 'week').map((b) => [b.period, b.total]), [['2022-01-03', 1], ['2022-01-10', 5], ['2022-01-31', 1], ['2022-03-28', 2]]);
  assert.deepEqual(eventHistogram(store.db, { since: '2022-01-11', until: '2022-01-11' }, 'day').map((b) => [b.period, b.total]), [['2022-01-11', 1]]);
  assert.deepEqual(dyadSeries(store.db, 'RUS', 'UKR', {}, 'month'), [
    { period: '2022-04-01', verbal_cooperation: 0, material_cooperation: 0, verbal_conflict: 0, material_conflict: 2, total: 2 },
  ]);
});

test('actors: codes with names, counts as source and target, most events first; q searches actors', () => {
  assert.deepEqual(listActors(store.db, {}, 10), [
    { code: 'RUS', name: 'Russia', country: 'RUS', sector: null, events: 8, asSource: 4, asTarget: 4 },
    { code: 'NATO', name: 'NATO', country: 'IGO', sector: 'IGO', events: 4, asSource: 2, asTarget: 2 },
    { code: 'UKR', name: 'Ukraine', country: 'UKR', sector: null, events: 3, asSource: 2, asTarget: 1 },
    { code: 'USA', name: 'United States', country: 'USA', sector: 'GOV', events: 2, asSource: 0, asTarget: 2 },
    { code: 'person:~ivan-x', name: 'Ivan X', country: null, sector: 'CVL', events: 1, asSource: 1, asTarget: 0 },
  ]);
  assert.deepEqual(listActors(store.db, { q: 'lavrov' }, 10).map((a) => a.code), ['RUS']);
  assert.deepEqual(listActors(store.db, { q: 'uk' }, 10).map((a) => a.code), ['UKR']);
  assert.deepEqual(listActors(store.db, { q: 'U' }, 10).map((a) => a.code), ['RUS', 'UKR', 'USA']);
  assert.deepEqual(listActors(store.db, { q: '%' }, 10), []);
  assert.deepEqual(listActors(store.db, { type: ['SANCTION'] }, 10).map((a) => [a.code, a.events]), [['RUS', 2], ['UKR', 2]]);
});

test('actor detail: events by period and type, partners split by cooperation and conflict, quotes', () => {
  const nato = actorDetail(store.db, 'NATO', {}, 'month');
  assert.ok(nato);
  assert.equal(nato.name, 'NATO');
  assert.equal(nato.events, 4);
  assert.deepEqual(nato.byType, [
    { period: '2022-01-01', type: 'ACCUSE', count: 1 }, { period: '2022-01-01', type: 'CONSULT', count: 2 }, { period: '2022-01-01', type: 'REQUEST', count: 1 },
  ]);
  assert.deepEqual(nato.partners, [{ code: 'RUS', name: 'Russia', events: 3, cooperation: 2, conflict: 1 }, { code: 'UKR', name: 'Ukraine', events: 1, cooperation: 0, conflict: 1 }]);
  const rus = actorDetail(store.db, 'RUS', {}, 'month')!;
  assert.deepEqual(rus.quotes.map((q) => [q.quote, q.speaker?.text]), [['We want peace, not war,', 'Lavrov']]);
  assert.equal(actorDetail(store.db, 'XYZ', {}, 'month'), null);
  assert.equal(actorDetail(store.db, 'person:sergey-lavrov', {}, 'day')!.events, 2);
});

test('network: undirected edges by weight, no self-loops; nodes with their event counts', () => {
  const net = actorNetwork(store.db, {}, 10);
  assert.deepEqual(net.edges, [
    { source: 'NATO', target: 'RUS', events: 3, cooperation: 2, conflict: 1 },
    { source: 'RUS', target: 'UKR', events: 2, cooperation: 0, conflict: 2 },
    { source: 'RUS', target: 'USA', events: 2, cooperation: 2, conflict: 0 },
    { source: 'NATO', target: 'UKR', events: 1, cooperation: 0, conflict: 1 },
    { source: 'RUS', target: 'person:~ivan-x', events: 1, cooperation: 0, conflict: 1 },
  ]);
  assert.deepEqual(net.nodes.map((n) => [n.id, n.label, n.events]), [['RUS', 'Russia', 8], ['NATO', 'NATO', 4], ['UKR', 'Ukraine', 3], ['USA', 'United States', 2], ['person:~ivan-x', 'Ivan X', 1]]);
  const top = actorNetwork(store.db, {}, 1);
  assert.deepEqual(top.nodes.map((n) => n.id), ['RUS', 'NATO']);
  assert.throws(() => actorNetwork(store.db, { actor: 'XYZ' }, 10), /bad actor "XYZ"/);
});

test('map: an event counts once per distinct country; organisations and unplaced actors are left out', () => {
  assert.deepEqual(countryCounts(store.db, {}), [{ country: 'RUS', events: 8 }, { country: 'UKR', events: 3 }, { country: 'USA', events: 2 }]);
  assert.deepEqual(countryCounts(store.db, { status: ['denied'] }), [{ country: 'RUS', events: 1 }, { country: 'UKR', events: 1 }]);
});

test('upcoming: scheduled events soonest first, held when a later article reports them with the same codes', () => {
  const rows = upcomingEvents(store.db, '2022-01-01', 10);
  assert.deepEqual(rows.map((r) => [r.id, r.held?.eventId ?? null]), [['a1:e0', 'a2:e0'], ['a1:e3', 'a2:e1'], ['a3:e0', null]]);
  assert.deepEqual(rows[0]!.held, { eventId: 'a2:e0', articleId: 'a2', articleTitle: 'Geneva talks held', articleDisplayTitle: 'Geneva talks held', articleTitleFromLead: false, articleDate: '2022-01-11' });
  assert.deepEqual(upcomingEvents(store.db, '2022-01-11', 10).map((r) => r.id), ['a3:e0']);
  assert.deepEqual(upcomingEvents(store.db, '2022-01-01', 1).map((r) => r.id), ['a1:e0']);
});

test('quotes and statements: newest article first, by speaker code or id, paged', () => {
  assert.deepEqual(listQuotes(store.db, {}, { limit: 10 }).items.map((q) => [q.articleId, q.quote, q.speaker?.text]), [
    ['a2', 'the door stays open', 'Washington'], ['a1', 'We want peace, not war,', 'Lavrov'],
  ]);
  assert.deepEqual(listQuotes(store.db, { speaker: 'RUS' }, { limit: 10 }).items.map((q) => q.articleId), ['a1']);
  assert.deepEqual(listQuotes(store.db, { speaker: 'person:sergey-lavrov' }, { limit: 10 }).items.map((q) => q.articleId), ['a1']);
  assert.deepEqual(listQuotes(store.db, { since: '2022-01-06' }, { limit: 10 }).items.map((q) => q.articleId), ['a2']);
  const first = listQuotes(store.db, {}, { limit: 1 });
  const second = listQuotes(store.db, {}, { limit: 1, cursor: first.next });
  assert.deepEqual([first.items[0]!.articleId, second.items[0]!.articleId, second.next], ['a2', 'a1', null]);
  const statements = listStatements(store.db, { kind: 'denial', speaker: 'RUS' }, { limit: 10 });
  assert.deepEqual(statements.items.map((s) => [s.about, s.speaker?.name, s.articleTitle]), [['troops were massing', 'Russia', 'Talks set for Geneva']]);
  assert.deepEqual(listStatements(store.db, { kind: 'warning' }, { limit: 10 }).items, []);
});

test('article events: every status, in article order; an unknown article has none', () => {
  assert.deepEqual(articleEvents(store.db, 'a1').map((e) => [e.id, e.status]), [['a1:e0', 'scheduled'], ['a1:e1', 'occurred'], ['a1:e2', 'denied'], ['a1:e3', 'scheduled']]);
  assert.deepEqual(articleEvents(store.db, 'nope'), []);
});

test('iterate: streams every matching row once, in order', () => {
  assert.deepEqual([...iterateEvents(store.db, { actor: 'RUS' })].map((e) => e.day), ['2022-01-05', '2022-01-10', '2022-01-10', '2022-01-10', '2022-01-12', '2022-02-01', '2022-04-01', '2022-04-01']);
  assert.throws(() => iterateEvents(store.db, { since: 'x' }), DatelineError);
});

test('migration 003 fills day, quad and codes for events stored before it', (t) => {
  const dir = tempDir('dateline-migrate-');
  t.after(dir.cleanup);
  const db = new Database(dir.file());
  t.after(() => db.close());
  const migrations = loadMigrations();
  migrate(db, { file: 'v2.db', migrations: migrations.slice(0, 2) });
  db.prepare("INSERT INTO articles (id, date, text, ingested_at) VALUES ('old', '2021-12-28', 'NATO met Stoltenberg.', 'now')").run();
  db.prepare("INSERT INTO actors (id, name, country, org, sector) VALUES ('org:nato', 'NATO', 'IGO', 'NATO', 'IGO'), ('person:x', 'X', NULL, NULL, NULL)").run();
  const insert = db.prepare("INSERT INTO events (id, article_id, type, rule, reason, date_start, date_end, status) VALUES (?, 'old', ?, 'r', 'r', ?, ?, 'occurred')");
  insert.run('old:e0', 'COERCE', null, null);
  insert.run('old:e1', 'AGREE', null, '2022-01-09');
  db.prepare("INSERT INTO event_actors (event_id, role, actor_id, country) VALUES ('old:e0', 'source', 'org:nato', 'IGO'), ('old:e0', 'target', 'person:x', NULL)").run();
  migrate(db, { file: 'v2.db', migrations });
  assert.deepEqual(db.prepare('SELECT id, day, quad FROM events ORDER BY id').all(), [{ id: 'old:e0', day: '2021-12-28', quad: 4 }, { id: 'old:e1', day: '2022-01-09', quad: 1 }]);
  assert.deepEqual(db.prepare('SELECT code FROM event_actors ORDER BY role').all(), [{ code: 'NATO' }, { code: 'person:x' }]);
  // The migration's quad table must be the codebook's.
  const quadCase = /quad = (CASE type[\s\S]*?END);/.exec(migrations[2]!.sql)![1]!;
  const quadOf = db.prepare(`SELECT ${quadCase} AS quad FROM (SELECT ? AS type)`);
  for (const type of Object.keys(QUAD_CLASS) as (keyof typeof QUAD_CLASS)[]) {
    assert.equal((quadOf.get(type) as { quad: number }).quad, quadCode(type), type);
  }
});

// What event_codes must always equal: event_actors grouped by (code, event) with the event's columns.
const EVENT_CODES_DEFINITION = `SELECT x.code, e.id, max(x.role = 'source') AS source, max(x.role = 'target') AS target,
    max(x.country IS x.code) AS is_country, e.status, e.day, e.quad, e.type, e.mode, e.article_id
  FROM event_actors x JOIN events e ON e.id = x.event_id GROUP BY x.code, x.event_id ORDER BY 1, 2`;
const EVENT_CODES_ROWS = `SELECT code, id, source, target, is_country, status, day, quad, type, mode, article_id
  FROM event_codes ORDER BY 1, 2`;

test('event_codes follows inserts, deletes and updates of events and their roles', (t) => {
  const dir = tempDir('dateline-event-codes-');
  t.after(dir.cleanup);
  const own = openStore(dir.file());
  t.after(() => own.close());
  seedQueryFixture(own);
  const same = (when: string): void => assert.deepEqual(own.db.prepare(EVENT_CODES_ROWS).all(), own.db.prepare(EVENT_CODES_DEFINITION).all(), when);
  same('after insert');
  // One row per code and event, whichever of its actors (Russia, Lavrov) and roles carry the code.
  assert.equal((own.db.prepare("SELECT count(*) AS n FROM event_codes WHERE code = 'RUS'").get() as { n: number }).n, 9);
  own.db.prepare("UPDATE events SET status = 'hypothetical' WHERE id = 'a2:e0'").run();
  same('after an event update');
  assert.deepEqual(listActors(own.db, {}, 10).find((a) => a.code === 'USA'), { code: 'USA', name: 'United States', country: 'USA', sector: 'GOV', events: 1, asSource: 0, asTarget: 1 });
  own.db.prepare("UPDATE event_actors SET code = 'XYZ' WHERE event_id = 'a2:e3' AND role = 'source'").run();
  same('after a role update');
  own.db.prepare("DELETE FROM event_actors WHERE event_id = 'a1:e3' AND role = 'target'").run();
  same('after a role delete');
  // a2:e0 is no longer counted (hypothetical), Ivan X is XYZ now, and a1:e3 lost its target.
  assert.deepEqual(actorNetwork(own.db, {}, 10).edges.map((x) => [x.source, x.target, x.events]), [
    ['NATO', 'RUS', 2], ['RUS', 'UKR', 2], ['NATO', 'UKR', 1], ['RUS', 'USA', 1], ['RUS', 'XYZ', 1],
  ]);
  // An organisation whose code looks like a country's (IMF) is on the actor list, never on the map.
  own.db.prepare("INSERT INTO actors (id, name, country, org, sector) VALUES ('org:imf', 'IMF', 'IGO', 'IMF', 'IGO')").run();
  own.db.prepare("INSERT INTO event_actors (event_id, role, actor_id, country, code) VALUES ('a2:e1', 'target', 'org:imf', 'IGO', 'IMF')").run();
  same('after a role insert');
  assert.ok(listActors(own.db, {}, 10).some((a) => a.code === 'IMF'));
  own.db.prepare("DELETE FROM articles WHERE id = 'a4'").run();
  same('after an article delete (cascading to its events and roles)');
  assert.deepEqual(countryCounts(own.db, {}), [{ country: 'RUS', events: 5 }, { country: 'UKR', events: 2 }, { country: 'USA', events: 1 }]);
});

test('migration 004 fills event_codes for events stored before it', (t) => {
  const dir = tempDir('dateline-migrate-004-');
  t.after(dir.cleanup);
  const db = new Database(dir.file());
  t.after(() => db.close());
  const migrations = loadMigrations();
  migrate(db, { file: 'v3.db', migrations: migrations.slice(0, 3) });
  db.prepare("INSERT INTO articles (id, date, text, ingested_at) VALUES ('old', '2021-12-28', 'Russia and Lavrov warned NATO.', 'now')").run();
  db.prepare(`INSERT INTO actors (id, name, country, org, sector) VALUES ('country:RUS', 'Russia', 'RUS', NULL, NULL),
    ('person:sergey-lavrov', 'Sergey Lavrov', 'RUS', NULL, 'GOV'), ('org:nato', 'NATO', 'IGO', 'NATO', 'IGO')`).run();
  db.prepare(`INSERT INTO events (id, article_id, type, rule, reason, status, day, quad)
    VALUES ('old:e0', 'old', 'THREATEN', 'r', 'r', 'occurred', '2021-12-28', 3)`).run();
  db.prepare(`INSERT INTO event_actors (event_id, role, actor_id, country, code) VALUES ('old:e0', 'source', 'country:RUS', 'RUS', 'RUS'),
    ('old:e0', 'source', 'person:sergey-lavrov', 'RUS', 'RUS'), ('old:e0', 'target', 'org:nato', 'IGO', 'NATO')`).run();
  migrate(db, { file: 'v3.db', migrations });
  assert.deepEqual(db.prepare('SELECT code, id, source, target, is_country, status, day, quad, type FROM event_codes ORDER BY code').all(), [
    { code: 'NATO', id: 'old:e0', source: 0, target: 1, is_country: 0, status: 'occurred', day: '2021-12-28', quad: 3, type: 'THREATEN' },
    { code: 'RUS', id: 'old:e0', source: 1, target: 0, is_country: 1, status: 'occurred', day: '2021-12-28', quad: 3, type: 'THREATEN' },
  ]);
  assert.deepEqual(db.prepare(EVENT_CODES_ROWS).all(), db.prepare(EVENT_CODES_DEFINITION).all());
});

test('aggregates accept every event filter field at once', () => {
  const filter = { actor: 'RUS', dyad: ['RUS', 'USA'] as [string, string], type: ['CONSULT' as const], mode: 'aid', status: ['occurred' as const], since: '2022-01-01', until: '2022-12-31', q: 'Geneva' };
  assert.deepEqual(countryCounts(store.db, filter), []);
  assert.deepEqual(actorNetwork(store.db, filter, 10), { nodes: [], edges: [] });
  const { q: _q, ...withoutText } = filter;
  assert.deepEqual(listActors(store.db, withoutText, 10), []);
  assert.deepEqual(listActors(store.db, { ...withoutText, mode: undefined }, 10).map((a) => [a.code, a.events]), [['RUS', 1], ['USA', 1]]);
});
