/**
 * Shared pieces of the property-based fuzz suite (fast-check): run settings, the server over a
 * temporary store, and the checks every fuzzed store must pass.
 *
 * Runs are reproducible by default: a fixed seed and a small number of runs per property, so the
 * whole suite stays well under a minute on a slow machine. To search longer:
 *
 *   FUZZ_RUNS=2000 FUZZ_SEED=random node --import tsx --test test/fuzz/*.test.ts
 *
 * `FUZZ_TODO=run` also counts the properties marked as waiting for a known defect (see {@link waitsFor}).
 *
 * A failure prints the seed and the counterexample path (fast-check's report); replay it with
 * `FUZZ_SEED=<seed>` (and the same FUZZ_RUNS).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import type Database from 'better-sqlite3';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openStore, type Store } from '../../src/index.ts';
import { createServer } from '../../src/api/server.ts';
import { SECURITY_HEADERS } from '../../src/api/security.ts';
import { buildExampleDb, sharedPipeline, tempDir } from '../api/helpers.ts';

export { sharedPipeline, tempDir };

const DEFAULT_SEED = 17_2022;

/** The seed every property runs with: `FUZZ_SEED` (a number, or `random`), else a fixed one. */
export const FUZZ_SEED: number = (() => {
  const raw = process.env.FUZZ_SEED;
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  if (raw === 'random') return (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer or "random", got ${JSON.stringify(raw)}`);
  return seed;
})();

/**
 * fast-check parameters for one property: the suite's seed and `FUZZ_RUNS` runs if set, else
 * `defaultRuns` (chosen per property so the suite stays fast).
 *
 * @example
 * await fc.assert(fc.asyncProperty(arb, check), fuzzParams(100));
 */
export function fuzzParams<T>(defaultRuns: number): fc.Parameters<T> {
  const raw = process.env.FUZZ_RUNS;
  const runs = raw ? Number(raw) : defaultRuns;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive integer, got ${JSON.stringify(raw)}`);
  // interruptAfterTimeLimit is not set on purpose: a run's outcome never depends on the clock.
  return { seed: FUZZ_SEED, numRuns: runs, includeErrorInReport: true };
}

/**
 * Test options for a property that fails today on a known defect another change is fixing: marks it
 * `todo` (it still runs, and its failure is shown but not counted). `FUZZ_TODO=run` runs these as
 * ordinary tests, to see which ones pass now and can lose their mark.
 *
 * @example
 * test('deep JSON bodies', waitsFor('nested JSON depth limit'), async () => { ... });
 */
export function waitsFor(defect: string): { todo?: string } {
  return process.env.FUZZ_TODO === 'run' ? {} : { todo: `waits for ${defect}` };
}

/** Every request carries a Host the server serves (a localhost name), as a browser on this machine would. */
export const LOCAL_HOST = 'localhost';

/** A server over a copy of the example articles, driven with `inject` (no port). */
export interface FuzzServer {
  app: FastifyInstance;
  store: Store;
  close: () => Promise<void>;
}

/**
 * Builds the example store in a temporary folder and a server over it; uploads are coded in this
 * thread (the `pipeline` option), so a run needs no worker.
 *
 * @example
 * const server = await exampleServer(); after(server.close);
 */
export async function exampleServer(): Promise<FuzzServer> {
  const tmp = tempDir();
  const file = join(tmp.dir, 'fuzz.db');
  await buildExampleDb(file);
  const store = openStore(file);
  const app = await createServer({ store, host: '127.0.0.1', pipeline: sharedPipeline, webRoot: join(tmp.dir, 'no-web-build') });
  return {
    app,
    store,
    close: async () => {
      await app.close();
      store.close();
      tmp.cleanup();
    },
  };
}

/**
 * A server over a new, empty store: for properties whose counterexample must not depend on what
 * earlier runs stored.
 *
 * @example
 * const server = await emptyServer(); try { ... } finally { await server.close(); }
 */
export async function emptyServer(): Promise<FuzzServer> {
  const tmp = tempDir();
  const store = openStore(join(tmp.dir, 'fuzz.db'));
  const app = await createServer({ store, host: '127.0.0.1', pipeline: sharedPipeline, webRoot: join(tmp.dir, 'no-web-build') });
  return {
    app,
    store,
    close: async () => {
      await app.close();
      store.close();
      tmp.cleanup();
    },
  };
}

/** The keys the documented error body may have (docs/api.md, Errors). */
const ERROR_KEYS = new Set(['error', 'message', 'parameter', 'code']);

/**
 * What every response must satisfy: no 5xx, the security headers, and for a 4xx other than 422 the
 * API's one error shape `{error, message, parameter?, code?}` as JSON.
 *
 * @param response - What `inject` answered.
 * @param what - The request, for the assertion messages.
 */
export function checkResponse(response: LightMyRequestResponse, what: string): void {
  assert.ok(response.statusCode < 500, `${what}: status ${response.statusCode}, body ${response.body.slice(0, 300)}`);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    assert.equal(response.headers[name], value, `${what}: status ${response.statusCode} without the ${name} header (body ${response.body.slice(0, 200)})`);
  }
  if (response.statusCode >= 400 && response.statusCode !== 422) checkErrorBody(response, what);
}

/**
 * Asserts the body is the API's JSON error shape.
 *
 * @param response - An error response.
 * @param what - The request, for the assertion messages.
 */
export function checkErrorBody(response: LightMyRequestResponse, what: string): void {
  assert.match(String(response.headers['content-type']), /^application\/json/, `${what}: ${response.statusCode} is not JSON`);
  const body = JSON.parse(response.body) as Record<string, unknown>;
  assert.ok(body !== null && typeof body === 'object' && !Array.isArray(body), `${what}: error body is not an object`);
  assert.match(String(body.error), /^[a-z_]+$/, `${what}: error ${JSON.stringify(body.error)} is not one of the API's error words (body ${response.body.slice(0, 300)})`);
  assert.equal(typeof body.message, 'string', `${what}: error without a message`);
  for (const key of Object.keys(body)) assert.ok(ERROR_KEYS.has(key), `${what}: error body has an undocumented key ${JSON.stringify(key)} (body ${response.body.slice(0, 300)})`);
  if (body.parameter !== undefined) assert.equal(typeof body.parameter, 'string', `${what}: parameter is not a string`);
  assert.doesNotMatch(String(body.message), /SqliteError|SQLITE_|\n\s+at /, `${what}: the message leaks an internal error`);
}

// Annotation tables whose stored text is exactly the article text between start and end.
const SPAN_TABLES = [
  { table: 'sentences', start: 'start', end: 'end', text: 'text' },
  { table: 'mentions', start: 'start', end: 'end', text: 'text' },
  { table: 'timex', start: 'start', end: 'end', text: 'text' },
  { table: 'quotes', start: 'start', end: 'end', text: 'text' },
  { table: 'statements', start: 'start', end: 'end', text: null },
  { table: 'events', start: 'trigger_start', end: 'trigger_end', text: null },
] as const;

/**
 * The store is sound: `PRAGMA integrity_check` is ok, `PRAGMA foreign_key_check` finds nothing, the
 * full-text index agrees with the articles, and every stored annotation lies within its article's
 * text (0 <= start <= end <= text.length, UTF-16 units) and, where the table keeps its surface
 * text, is exactly `text.slice(start, end)`.
 *
 * @param db - The store's connection.
 * @param what - Context for the assertion messages.
 */
export function checkStore(db: Database.Database, what = 'store'): void {
  assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }], `${what}: integrity_check`);
  assert.deepEqual(db.pragma('foreign_key_check'), [], `${what}: foreign_key_check`);
  db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
  const texts = new Map((db.prepare('SELECT id, text FROM articles').all() as { id: string; text: string }[]).map((r) => [r.id, r.text]));
  for (const { table, start, end, text } of SPAN_TABLES) {
    const rows = db.prepare(`SELECT article_id AS articleId, "${start}" AS s, "${end}" AS e${text ? `, "${text}" AS t` : ''} FROM ${table}`).all() as { articleId: string; s: number | null; e: number | null; t?: string }[];
    for (const row of rows) {
      const articleText = texts.get(row.articleId);
      assert.ok(articleText !== undefined, `${what}: ${table} row for a missing article ${row.articleId}`);
      if (row.s === null && row.e === null) continue;
      const where = `${what}: ${table} [${row.s}, ${row.e}) in article ${row.articleId} of length ${articleText.length}`;
      assert.ok(Number.isInteger(row.s) && Number.isInteger(row.e) && row.s! >= 0 && row.s! <= row.e! && row.e! <= articleText.length, `${where} lies outside the text`);
      if (text) assert.equal(articleText.slice(row.s!, row.e!), row.t, `${where}: stored text is not the slice at its offsets`);
    }
  }
}

/** All stored articles' titles and texts, for finding records by content. */
export function storedArticles(db: Database.Database): { id: string; date: string; title: string | null; text: string }[] {
  return db.prepare('SELECT id, date, title, text FROM articles').all() as { id: string; date: string; title: string | null; text: string }[];
}

/**
 * A marker word unique to record `index` of a run: no marker is a substring of another, and no
 * reader or tokenizer changes it.
 *
 * @example
 * marker(3); // "zqm3q"
 */
export function marker(index: number): string {
  return `zqm${index}q`;
}

/** Marker indices found in a stored text (title included). */
export function markersIn(text: string): number[] {
  return [...text.matchAll(/zqm(\d+)q/g)].map((m) => Number(m[1]));
}

// ---- arbitraries shared by the properties ----

/** Sentences the pipeline codes into actors, events, dates and quotes. */
export const NEWS_SENTENCES = [
  'Russian and American diplomats met in Geneva on Monday for security talks.',
  'Germany urged Russia to pull back its troops from the border, officials said.',
  'NATO ministers will meet in Brussels next week.',
  '"We will not accept this," the Russian foreign minister said on Tuesday.',
  'Ukraine accused Moscow of shelling villages near Donetsk last Friday.',
  'The United States imposed sanctions on three Iranian banks in January.',
  'China denied that it had sent troops to the region.',
  'France called for calm after protesters clashed with police in Paris.',
  'Turkey and Greece agreed to resume talks on 2022-03-01.',
  'The EU will send humanitarian aid to Syria, a spokesman said.',
] as const;

/** A real day `YYYY-MM-DD`, years 1990 to 2030. */
export const realDay = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Dates that look like dates but are not real days, or not in an accepted form. */
export const badDay = fc.oneof(
  fc.constantFrom('2022-02-30', '2021-02-29', '2022-13-01', '2022-00-10', '2022-04-31', '0000-00-00', '2022-1-5', '22-01-05', 'yesterday', '2022/01/05', '05.01.2022', '2022-01-05T25:00:00Z', '2022-01-05T10:61:00Z'),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 32, max: 99 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${d}`),
);

/** Well-formed text fragments: letters of many scripts, emoji, punctuation; no control characters or line breaks. */
// eslint-disable-next-line no-control-regex
export const wellFormedFragment = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' '));

/**
 * An article body: news sentences mixed with random well-formed fragments, and the record's marker.
 * Never blank, one line.
 */
export function articleText(index: number, fragment: fc.Arbitrary<string> = wellFormedFragment): fc.Arbitrary<string> {
  return fc.tuple(fc.array(fc.oneof(fc.constantFrom(...NEWS_SENTENCES), fragment), { minLength: 0, maxLength: 4 }), fc.nat({ max: 4 }))
    .map(([parts, at]) => {
      const words = [...parts];
      words.splice(Math.min(at, words.length), 0, `Report ${marker(index)} filed.`);
      return words.join(' ');
    });
}
