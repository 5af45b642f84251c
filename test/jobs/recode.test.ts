import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  annotateArticle, articleId, buildPipeline, ingestPaths, listInputFiles, loadKnowledge, openStore, PACKAGE_ROOT, PIPELINE_VERSION,
  readInput, recodeStore, workerAnnotator, type ArticleBatchItem, type ArticleWithId, type Pipeline, type Store,
} from '../../src/index.ts';

// DECISIONS §9: `dateline recode` re-runs the current pipeline on what an older one coded, replacing
// each article's annotations whole and keeping the ids of events coded again.

const EXAMPLES = join(PACKAGE_ROOT, 'examples');
const CURRENT = String(PIPELINE_VERSION);
const dir = mkdtempSync(join(tmpdir(), 'dateline-recode-'));
let pipeline: Pipeline;
let articles: ArticleWithId[];
let n = 0;

before(async () => {
  pipeline = buildPipeline(loadKnowledge());
  articles = [];
  for (const file of await listInputFiles([EXAMPLES])) {
    for (const a of (await readInput(file)).articles) articles.push({ ...a, id: articleId(a.title, a.text) });
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** A new store holding the examples as `ingest` stores them. */
async function ingested(): Promise<Store> {
  const store = openStore(join(dir, `s${n++}.db`));
  await ingestPaths(store, pipeline, [EXAMPLES]);
  return store;
}

/** Every stored annotation, per article in storage order, ids of events included. */
function dump(store: Store): string {
  const rows = (sql: string): unknown[] => store.db.prepare(sql).all();
  return JSON.stringify({
    sentences: rows('SELECT article_id, idx, "start", "end", text FROM sentences ORDER BY article_id, idx'),
    mentions: rows('SELECT article_id, idx, sentence_idx, "start", "end", text, actor_id, role, rule, reason, antecedent FROM mentions ORDER BY article_id, idx'),
    timex: rows('SELECT article_id, idx, sentence_idx, "start", "end", text, type, value, granularity, rule, reason FROM timex ORDER BY article_id, idx'),
    events: rows('SELECT id, article_id, idx, sentence_idx, type, mode, context, source_actor_id, target_actor_id, date_value, date_start, date_end, status, trigger_start, trigger_end, rule, reason, negated, reported_by_actor_id, payload, day, quad FROM events ORDER BY article_id, idx'),
    roles: rows('SELECT * FROM event_actors ORDER BY event_id, role, actor_id'),
    codes: rows('SELECT * FROM event_codes ORDER BY code, id'),
    quotes: rows('SELECT article_id, idx, sentence_idx, "start", "end", text, speaker_actor_id, kind, date_value, rule, payload FROM quotes ORDER BY article_id, idx'),
    statements: rows('SELECT article_id, idx, sentence_idx, "start", "end", kind, about, speaker_actor_id, date_value, rule, payload FROM statements ORDER BY article_id, idx'),
  });
}

/** The store is whole: SQLite's checks, the full-text index, foreign keys, and event_codes as its triggers define it. */
function assertConsistent(store: Store): void {
  assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
  assert.deepEqual(store.db.pragma('foreign_key_check'), []);
  store.db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
  const derived = store.db.prepare(`
    SELECT x.code, e.id, max(x.role = 'source') AS source, max(x.role = 'target') AS target, max(x.country IS x.code) AS is_country,
      e.status, e.day, e.quad, e.type, e.mode, e.article_id
    FROM event_actors x JOIN events e ON e.id = x.event_id WHERE x.code IS NOT NULL
    GROUP BY x.code, x.event_id ORDER BY x.code, e.id`).all();
  assert.deepEqual(store.db.prepare('SELECT code, id, source, target, is_country, status, day, quad, type, mode, article_id FROM event_codes ORDER BY code, id').all(), derived);
  for (const table of ['sentences', 'mentions', 'timex', 'events', 'quotes', 'statements']) {
    const dup = store.db.prepare(`SELECT article_id, idx, count(*) AS n FROM ${table} GROUP BY article_id, idx HAVING n > 1`).all();
    assert.deepEqual(dup, [], `no duplicate ${table}`);
  }
}

function versions(store: Store): Record<string, number> {
  const rows = store.db.prepare('SELECT coalesce(pipeline_version, \'null\') AS v, count(*) AS n FROM articles GROUP BY 1').all() as { v: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.v, r.n]));
}

test('jobs/recode: a store ingested by the current pipeline is all current and stays as it was', async (t) => {
  const store = await ingested();
  t.after(() => store.close());
  assert.deepEqual(versions(store), { [CURRENT]: articles.length }, 'ingest records the version that coded each article');
  const before = dump(store);
  const summary = await recodeStore(store, pipeline);
  assert.deepEqual({ ...summary, warnings: summary.warnings.length }, { total: 0, recoded: 0, current: articles.length, eventsKept: 0, eventsAdded: 0, eventsDropped: 0, warnings: 0 });
  assert.equal(dump(store), before);
  assert.equal(store.stats().olderPipelineArticles, 0);
});

test('jobs/recode: articles of an older version are re-coded whole, once, with their event ids', async (t) => {
  const store = await ingested();
  t.after(() => store.close());
  const before = dump(store);
  const events = store.stats().events;
  store.db.exec("UPDATE articles SET pipeline_version = '1'; UPDATE articles SET pipeline_version = NULL WHERE seq = (SELECT min(seq) FROM articles)");
  assert.equal(store.stats().olderPipelineArticles, articles.length);
  assert.deepEqual(store.stats().pipelineVersions, [{ version: '1', articles: articles.length - 1 }, { version: null, articles: 1 }]);

  const summary = await recodeStore(store, pipeline, { batchSize: 7 });
  assert.deepEqual([summary.total, summary.recoded, summary.current], [articles.length, articles.length, 0]);
  assert.deepEqual([summary.eventsKept, summary.eventsAdded, summary.eventsDropped], [events, 0, 0]);
  assert.equal(dump(store), before, 'the same coding again: every row and every event id as before, nothing twice');
  assert.deepEqual(versions(store), { [CURRENT]: articles.length });
  assertConsistent(store);
  assert.ok(store.search('Lavrov').length > 0, 'full-text search still finds the articles');

  const again = await recodeStore(store, pipeline);
  assert.equal(again.recoded, 0, 'a rerun finds nothing left');
  const all = await recodeStore(store, pipeline, { all: true });
  assert.deepEqual([all.recoded, all.current, all.eventsKept], [articles.length, 0, events], '--all re-codes the current ones too');
  assert.equal(dump(store), before);
});

test('jobs/recode: an event coded again keeps its id when its position changed; a dropped id is never reused', async (t) => {
  const store = openStore(join(dir, `s${n++}.db`));
  t.after(() => store.close());
  const coded = articles.map((a) => annotateArticle(pipeline, a));
  const index = coded.findIndex((item) => (item.events ?? []).length >= 3);
  assert.ok(index >= 0, 'an example article has three events');
  const fresh = coded[index]!;
  const real = fresh.events!;
  // The "older coding": the first event with another type (a different happening), the rest reversed.
  const spurious = { ...real[0]!, event: real[0]!.event === 'PROTEST' ? 'ACCUSE' : 'PROTEST' } as typeof real[0];
  const old: ArticleBatchItem = { ...fresh, events: [spurious, ...real.slice(1).reverse()] };
  store.insertArticles(coded.map((item, i) => (i === index ? old : item)));
  const id = fresh.article.id;
  store.db.prepare("UPDATE articles SET pipeline_version = '1' WHERE id = ?").run(id);
  const oldRows = store.db.prepare('SELECT id, type, trigger_start AS s, trigger_end AS e FROM events WHERE article_id = ?').all(id) as { id: string; type: string; s: number; e: number }[];
  const oldId = new Map(oldRows.map((r) => [`${r.type}/${r.s}/${r.e}`, r.id]));

  const summary = await recodeStore(store, pipeline);
  assert.deepEqual([summary.recoded, summary.current], [1, articles.length - 1]);
  assert.deepEqual([summary.eventsKept, summary.eventsAdded, summary.eventsDropped], [real.length - 1, 1, 1]);
  const newRows = store.db.prepare('SELECT id, idx, type, trigger_start AS s, trigger_end AS e FROM events WHERE article_id = ? ORDER BY idx').all(id) as { id: string; idx: number; type: string; s: number; e: number }[];
  assert.deepEqual(newRows.map((r) => [r.type, r.s, r.e]), real.map((e) => [e.event, e.start, e.end]), 'stored in the new order');
  for (const row of newRows.slice(1)) assert.equal(row.id, oldId.get(`${row.type}/${row.s}/${row.e}`), `event ${row.idx} keeps its id`);
  assert.ok(!oldRows.some((r) => r.id === newRows[0]!.id), `the new event ${newRows[0]!.id} does not take the dropped event's id`);
  assert.equal(new Set(newRows.map((r) => r.id)).size, newRows.length);
  assertConsistent(store);
});

test('jobs/recode: --since and --until limit the set; a rerun without them finishes the rest, in worker threads too', async (t) => {
  const store = await ingested();
  t.after(() => store.close());
  store.db.exec("UPDATE articles SET pipeline_version = '1'");
  const dates = articles.map((a) => a.date).sort();
  const since = dates[Math.floor(dates.length / 2)]!;
  const inRange = dates.filter((d) => d >= since).length;
  const first = await recodeStore(store, pipeline, { since });
  assert.deepEqual([first.recoded, first.current], [inRange, 0]);
  const stale = store.db.prepare("SELECT date FROM articles WHERE pipeline_version = '1'").all() as { date: string }[];
  assert.equal(stale.length, articles.length - inRange);
  assert.ok(stale.every((r) => r.date < since), 'only articles before --since are left');
  const until = await recodeStore(store, pipeline, { until: dates[0] });
  assert.equal(until.recoded, dates.filter((d) => d === dates[0]).length);

  const worker = workerAnnotator({ workers: 1 });
  try {
    const rest = await recodeStore(store, worker, { batchSize: 3 });
    assert.deepEqual([rest.recoded, rest.current], [articles.length - inRange - until.recoded, inRange + until.recoded]);
  } finally {
    await worker.close();
  }
  assert.deepEqual(versions(store), { [CURRENT]: articles.length });
  assertConsistent(store);
});

test('jobs/recode: a batch that fails leaves each of its articles as it was (old, never half)', async (t) => {
  const store = await ingested();
  t.after(() => store.close());
  store.db.exec("UPDATE articles SET pipeline_version = '1'");
  const before = dump(store);
  const [a, b] = articles.map((x) => annotateArticle(pipeline, x));
  const broken: ArticleBatchItem = { ...b!, sentences: [{ start: 0, end: b!.article.text.length + 5 }] };
  assert.throws(() => store.replaceAnnotations([a!, broken]), RangeError);
  assert.equal(dump(store), before);
  assert.deepEqual(versions(store), { 1: articles.length });
  assertConsistent(store);
});
