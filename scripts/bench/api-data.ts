/**
 * A large database for latency benchmarks of the query layer (and the API over it), and a timing run.
 *
 *   node --import tsx scripts/bench/api-data.ts [FILE] [EVENTS] [CORPUS]
 *
 * builds FILE (default /tmp/dateline-bench.db) with at least EVENTS events (default 100000) and prints
 * the median time of each query the store layer answers (`npm run bench` measures the same over HTTP).
 * How: ingest CORPUS (default ../shared/data/corpus/guardian-sample.csv) once through the real
 * pipeline (the repository's example articles when that file is missing), then copy its articles,
 * sentences, events, event roles, quotes and statements in SQL (INSERT ... SELECT) as many times as
 * needed, each copy with new ids (`<id>-c<n>`) and every date shifted by n weeks, so the copies spread
 * over years and the indexes see realistic data. No NLP runs per copy: that is what makes it fast.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import {
  actorDetail, actorNetwork, buildPipeline, countryCounts, eventHistogram, ingestPaths, listActors, listQuotes, loadKnowledge, openStore,
  PACKAGE_ROOT, queryEvents, upcomingEvents,
} from '../../src/index.ts';

/** What the build used and made. */
export interface LargeDbSummary {
  source: string;
  seedEvents: number;
  copies: number;
  events: number;
  articles: number;
  seconds: number;
}

/** The corpus the bench reads unless told otherwise (outside the repository, so it may be missing). */
export const DEFAULT_CORPUS = resolve(PACKAGE_ROOT, '..', 'shared', 'data', 'corpus', 'guardian-sample.csv');

function seedPaths(corpus: string): { source: string; paths: string[] } {
  if (existsSync(corpus)) return { source: corpus, paths: [corpus] };
  const examples = join(PACKAGE_ROOT, 'examples');
  return { source: examples, paths: [join(examples, 'articles'), join(examples, 'articles.jsonl'), join(examples, 'feed.xml')] };
}

// Copy n of every original row: ids get `-c<n>`, dates move n weeks later. Constant SQL, @n bound.
const COPY_SQL = [
  `INSERT INTO articles (id, date, published, title, text, source, url, lang, external_id, origin_file, origin_line, origin_row, ingested_at)
   SELECT id || '-c' || @n, date(date, @shift), published, title, text, source, url, lang, external_id, origin_file, origin_line, origin_row, ingested_at
   FROM articles WHERE seq <= @maxSeq`,
  `INSERT INTO sentences (article_id, idx, "start", "end", text)
   SELECT s.article_id || '-c' || @n, s.idx, s."start", s."end", s.text FROM sentences s JOIN articles a ON a.id = s.article_id WHERE a.seq <= @maxSeq`,
  `INSERT INTO events (id, article_id, idx, sentence_idx, type, mode, context, source_actor_id, target_actor_id, date_value, date_start, date_end,
     status, trigger_start, trigger_end, rule, reason, negated, reported_by_actor_id, payload, day, quad)
   SELECT e.article_id || '-c' || @n || substr(e.id, length(e.article_id) + 1), e.article_id || '-c' || @n, e.idx, e.sentence_idx, e.type, e.mode,
     e.context, e.source_actor_id, e.target_actor_id, e.date_value, date(e.date_start, @shift), date(e.date_end, @shift), e.status,
     e.trigger_start, e.trigger_end, e.rule, e.reason, e.negated, e.reported_by_actor_id, e.payload, date(e.day, @shift), e.quad
   FROM events e JOIN articles a ON a.id = e.article_id WHERE a.seq <= @maxSeq`,
  `INSERT INTO event_actors (event_id, role, actor_id, country, code)
   SELECT e.article_id || '-c' || @n || substr(e.id, length(e.article_id) + 1), x.role, x.actor_id, x.country, x.code
   FROM event_actors x JOIN events e ON e.id = x.event_id JOIN articles a ON a.id = e.article_id WHERE a.seq <= @maxSeq`,
  `INSERT INTO quotes (article_id, idx, sentence_idx, "start", "end", text, speaker_actor_id, kind, date_value, rule, payload)
   SELECT q.article_id || '-c' || @n, q.idx, q.sentence_idx, q."start", q."end", q.text, q.speaker_actor_id, q.kind, q.date_value, q.rule, q.payload
   FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.seq <= @maxSeq`,
  `INSERT INTO statements (article_id, idx, sentence_idx, "start", "end", kind, about, speaker_actor_id, date_value, rule, payload)
   SELECT q.article_id || '-c' || @n, q.idx, q.sentence_idx, q."start", q."end", q.kind, q.about, q.speaker_actor_id, q.date_value, q.rule, q.payload
   FROM statements q JOIN articles a ON a.id = q.article_id WHERE a.seq <= @maxSeq`,
];

function count(db: Database.Database, table: 'events' | 'articles'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/**
 * Creates `file` afresh with at least `targetEvents` events (see the file comment for how).
 *
 * @param file - Database file; replaced if it exists.
 * @param targetEvents - Events wanted, e.g. 100000.
 * @param corpus - The seed corpus (any ingest format); the repository's examples when it does not exist.
 * @returns What was built and how long it took.
 * @example
 * await buildLargeEventDb('/tmp/bench.db', 100_000);
 */
export async function buildLargeEventDb(file: string, targetEvents: number, corpus = DEFAULT_CORPUS): Promise<LargeDbSummary> {
  const started = performance.now();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const { source, paths } = seedPaths(corpus);
  const store = openStore(file);
  try {
    await ingestPaths(store, buildPipeline(loadKnowledge()), paths);
    const db = store.db;
    const seedEvents = count(db, 'events');
    if (seedEvents === 0) throw new Error(`no events coded from ${source}`);
    const maxSeq = (db.prepare('SELECT max(seq) AS m FROM articles').get() as { m: number }).m;
    const copies = Math.max(0, Math.ceil(targetEvents / seedEvents) - 1);
    const statements = COPY_SQL.map((sql) => db.prepare(sql));
    const copy = db.transaction((n: number) => {
      for (const s of statements) s.run({ n, shift: `+${n * 7} days`, maxSeq });
    });
    for (let n = 1; n <= copies; n++) copy(n);
    db.exec('ANALYZE');
    return { source, seedEvents, copies, events: count(db, 'events'), articles: count(db, 'articles'), seconds: (performance.now() - started) / 1000 };
  } finally {
    store.close();
  }
}

function median(fn: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function main(): Promise<void> {
  const [file = '/tmp/dateline-bench.db', events = '100000', corpus] = process.argv.slice(2);
  const summary = await buildLargeEventDb(file, Number(events), corpus === undefined ? undefined : resolve(corpus));
  console.log(`built ${file}: ${summary.events} events, ${summary.articles} articles from ${summary.source} (${summary.seedEvents} seed events x ${summary.copies + 1}) in ${summary.seconds.toFixed(1)} s`);
  const store = openStore(file);
  const db = store.db;
  const page = queryEvents(db, {}, { limit: 50 });
  const cases: [string, () => unknown][] = [
    ['events page 1 (default filter)', () => queryEvents(db, {}, { limit: 50 })],
    ['events page 2 (cursor)', () => queryEvents(db, {}, { limit: 50, cursor: page.next })],
    ['events actor=RUS', () => queryEvents(db, { actor: 'RUS' }, { limit: 50 })],
    ['events dyad=RUS,USA', () => queryEvents(db, { dyad: ['RUS', 'USA'] }, { limit: 50 })],
    ['events type=ASSAULT since 2020', () => queryEvents(db, { type: ['ASSAULT'], since: '2020-01-01' }, { limit: 50 })],
    ['events q=talks', () => queryEvents(db, { q: 'talks' }, { limit: 50 })],
    ['histogram month', () => eventHistogram(db, {}, 'month')],
    ['histogram week actor=USA', () => eventHistogram(db, { actor: 'USA' }, 'week')],
    ['actors top 50', () => listActors(db, {}, 50)],
    ['actor detail RUS', () => actorDetail(db, 'RUS', {}, 'month')],
    ['network 200 edges', () => actorNetwork(db, {}, 200)],
    ['map', () => countryCounts(db, {})],
    ['upcoming from 2020-01-01', () => upcomingEvents(db, '2020-01-01', 100)],
    ['quotes page', () => listQuotes(db, {}, { limit: 50 })],
  ];
  for (const [name, fn] of cases) console.log(`${name.padEnd(34)} ${median(fn).toFixed(1).padStart(8)} ms`);
  store.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
