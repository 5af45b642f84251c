/**
 * The API phase of `npm run bench`: latency of the HTTP API over a database of at least 100k events.
 * The real server (`createServer`) listens on 127.0.0.1, port 0, in this process; requests are sent
 * one at a time with fetch, so each figure is one request's full round trip (routing, validation,
 * the SQL, JSON) with nothing queued in front of it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openStore, PACKAGE_ROOT, type Store } from '../../src/index.ts';
import { createServer } from '../../src/api/server.ts';
import { buildLargeEventDb } from './api-data.ts';

/** Fewest events a database needs for the API phase; a smaller one is rebuilt. */
export const API_MIN_EVENTS = 100_000;

/** Where the API phase looks for a database to reuse (`.bench/` is gitignored). */
export const DEFAULT_API_DB = join(PACKAGE_ROOT, '.bench', 'api-100k.db');

/** Options of {@link runApiLatency}. */
export interface ApiLatencyOptions {
  /** Seed corpus when the database has to be built. */
  corpus: string;
  /** Database to reuse, or to build and keep; default: reuse {@link DEFAULT_API_DB}, else build in a temp dir. */
  dbFile?: string;
  /** Timed requests per query. */
  requests: number;
  /** Untimed requests per query first (statement cache, page cache, JIT). */
  warmup: number;
}

/** Latency of one query, in milliseconds. */
export interface QueryLatency {
  name: string;
  /** The request path as shown (a cursor is abbreviated). */
  path: string;
  p50: number;
  p99: number;
  max: number;
  /** Size of the response body. */
  bytes: number;
}

/** What the API phase measured, as the child process reports it to `scripts/bench.ts`. */
export interface ApiLatencyResult {
  db: { file: string; reused: boolean; source: string; events: number; articles: number; buildSeconds: number | null };
  requests: number;
  warmup: number;
  queries: QueryLatency[];
  peakRssMb: number;
}

// Event count of an existing file, 0 when it is missing or not a Dateline store: only then is it rebuilt.
function eventsIn(file: string): number {
  if (!existsSync(file)) return 0;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    return (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db?.close();
  }
}

/** The day at a fraction of the occurred and scheduled events ordered by day: realistic filter bounds. */
function dayAt(store: Store, fraction: number): string {
  const n = (store.db.prepare("SELECT count(*) AS n FROM events WHERE status IN ('occurred', 'scheduled')").get() as { n: number }).n;
  const row = store.db.prepare("SELECT day FROM events WHERE status IN ('occurred', 'scheduled') ORDER BY day LIMIT 1 OFFSET ?")
    .get(Math.floor(n * fraction)) as { day: string } | undefined;
  return row?.day ?? '2022-01-01';
}

// Nearest-rank percentile of sorted values.
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

async function get(url: string): Promise<{ ms: number; bytes: number; body: ArrayBuffer }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url}: status ${response.status}: ${Buffer.from(body).toString('utf8').slice(0, 300)}`);
  return { ms, bytes: body.byteLength, body };
}

/**
 * Finds or builds the database, serves it, and times every query the UI's main views make.
 * Progress goes to stderr; the caller prints the result.
 *
 * @param options - Corpus, database file, requests per query.
 * @returns The database used and p50/p99/max per query.
 * @example
 * const result = await runApiLatency({ corpus: DEFAULT_CORPUS, requests: 200, warmup: 20 });
 */
export async function runApiLatency(options: ApiLatencyOptions): Promise<ApiLatencyResult> {
  const candidate = options.dbFile ?? DEFAULT_API_DB;
  const reused = eventsIn(candidate) >= API_MIN_EVENTS;
  // A file the user named is built in place and kept; otherwise the build is thrown away afterwards.
  const tempDir = reused || options.dbFile ? undefined : mkdtempSync(join(tmpdir(), 'dateline-bench-api-'));
  const file = tempDir ? join(tempDir, 'api.db') : candidate;
  let buildSeconds: number | null = null;
  if (!reused) {
    process.stderr.write(`api: building a database of ${API_MIN_EVENTS} events from ${options.corpus} (or the examples if it is missing); about half a minute...\n`);
    buildSeconds = (await buildLargeEventDb(file, API_MIN_EVENTS, options.corpus)).seconds;
  }
  const store = openStore(file);
  try {
    const count = (sql: string): number => (store.db.prepare(sql).get() as { n: number }).n;
    const origin = store.db.prepare('SELECT origin_file FROM articles ORDER BY seq LIMIT 1').get() as { origin_file: string | null } | undefined;
    const db = {
      file: tempDir ? 'a temporary file' : relative(process.cwd(), file) || file,
      reused,
      source: origin?.origin_file ?? 'unknown',
      events: count('SELECT count(*) AS n FROM events'),
      articles: count('SELECT count(*) AS n FROM articles'),
      buildSeconds,
    };
    const app = await createServer({ store, host: '127.0.0.1', webRoot: join(tmpdir(), 'dateline-bench-no-web') });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const [since, middle, until] = [dayAt(store, 0.25), dayAt(store, 0.5), dayAt(store, 0.75)];
      const first = JSON.parse(Buffer.from((await get(`${base}/api/events`)).body).toString('utf8')) as { next: string | null };
      if (!first.next) throw new Error('api: the first page of events has no next page');
      const cursor = encodeURIComponent(first.next);
      const cases: [name: string, path: string, shown?: string][] = [
        ['events, newest first', '/api/events'],
        ['events, page 2 (cursor)', `/api/events?cursor=${cursor}`, '/api/events?cursor=<page 2>'],
        ['events of an actor', '/api/events?actor=RUS'],
        ['events of a dyad', '/api/events?dyad=RUS,USA'],
        ['events of a type in a period', `/api/events?type=ASSAULT&since=${since}&until=${until}`],
        ['histogram per day', '/api/events/histogram?interval=day'],
        ['dyad series per week', '/api/dyads?a=RUS&b=USA&interval=week'],
        ['dyad series per month', '/api/dyads?a=RUS&b=USA&interval=month'],
        ['actors', '/api/actors'],
        ['actor page', '/api/actors/RUS'],
        ['network', '/api/network'],
        ['map', '/api/map'],
        ['upcoming', `/api/upcoming?from=${middle}`],
      ];
      const queries: QueryLatency[] = [];
      for (const [name, path, shown] of cases) {
        for (let i = 0; i < options.warmup; i++) await get(base + path);
        const times: number[] = [];
        let bytes = 0;
        for (let i = 0; i < options.requests; i++) {
          const r = await get(base + path);
          times.push(r.ms);
          bytes = r.bytes;
        }
        times.sort((a, b) => a - b);
        queries.push({ name, path: shown ?? path, p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: times.at(-1)!, bytes });
      }
      return { db, requests: options.requests, warmup: options.warmup, queries, peakRssMb: process.resourceUsage().maxRSS / 1024 };
    } finally {
      await app.close();
    }
  } finally {
    store.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

/**
 * The result as the bench prints it: a header line and one table row per query.
 *
 * @example
 * console.log(formatApiLatency(result));
 */
export function formatApiLatency(r: ApiLatencyResult): string {
  const { db } = r;
  const origin = db.reused ? `reused ${db.file}` : `built in ${db.buildSeconds!.toFixed(1)} s${db.file === 'a temporary file' ? '' : ` into ${db.file}`}`;
  const lines = [
    `API over HTTP: ${db.events} events, ${db.articles} articles (${origin}; seeded from ${db.source}); ${r.requests} sequential requests per query after ${r.warmup} warm-up; peak RSS ${r.peakRssMb.toFixed(0)} MB`,
    `${'query'.padEnd(30)} ${'path'.padEnd(58)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'KB'.padStart(6)}`,
  ];
  for (const q of r.queries) {
    lines.push(`${q.name.padEnd(30)} ${q.path.padEnd(58)} ${q.p50.toFixed(1).padStart(7)} ${q.p99.toFixed(1).padStart(7)} ${q.max.toFixed(1).padStart(7)} ${(q.bytes / 1024).toFixed(0).padStart(6)}`);
  }
  return lines.join('\n');
}
