import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli, tempDb, fixture } from './helpers.ts';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const SEED = `${SHARED}data/seed/000_92299265eec00e6e.txt`;
const GUARDIAN = `${SHARED}data/corpus/guardian-sample.csv`;

describe('cli ingest', () => {
  test('stores every format and says what it did; a second run adds nothing', async () => {
    const db = tempDb();
    const files = ['seed-two-stories.txt', 'articles.jsonl', 'bom-crlf.csv', 'page.html', 'feed.rss', 'feed.atom'].map((f) => fixture('ingest', f));
    const first = await runCli('ingest', ...files, '--db', db);
    const m = /^(\d+) read, (\d+) new, 0 already stored/.exec(first.out);
    assert.ok(m, first.out + first.err);
    const read = Number(m[1]);
    assert.ok(read >= 8);
    const second = await runCli('ingest', ...files, '--db', db);
    assert.ok(second.out.startsWith(`${read} read, 0 new, ${read} already stored`), second.out);
    assert.equal(second.code, first.code, 'the same bad records are reported again');
  });

  test('bad records are reported with file and line, good ones kept, exit 1', async () => {
    const db = tempDb();
    const run = await runCli('ingest', fixture('ingest', 'articles.jsonl'), fixture('ingest', 'empty.txt'), '--db', db);
    assert.equal(run.code, 1);
    assert.match(run.err, /empty\.txt: file is empty/);
    const list = await runCli('articles', '--db', db, '--json');
    assert.ok(list.out.trim().split('\n').length >= 1);
  });

  test('--strict stores nothing when a record is bad, exit 2', async () => {
    const db = tempDb();
    const run = await runCli('ingest', fixture('ingest', 'seed-two-stories.txt'), fixture('ingest', 'empty.txt'), '--db', db, '--strict');
    assert.equal(run.code, 2);
    assert.match(run.err, /--strict: nothing stored/);
    const stats = await runCli('stats', '--db', db, '--json');
    assert.equal(JSON.parse(stats.out).articles, 0);
  });

  test('nothing usable: exit 2', async () => {
    const run = await runCli('ingest', fixture('ingest', 'binary.bin'), '--db', tempDb());
    assert.equal(run.code, 2);
    assert.match(run.err, /binary\.bin: file looks binary/);
  });

  test('a plain .txt needs --date', async () => {
    const db = tempDb();
    const without = await runCli('ingest', fixture('ingest', 'plain.txt'), '--db', db);
    assert.equal(without.code, 2);
    assert.match(without.err, /plain\.txt: no date: add a "date YYYY-MM-DD" first line or pass --date/);
    const withDate = await runCli('ingest', fixture('ingest', 'plain.txt'), '--db', db, '--date', '2022-01-10');
    assert.equal(withDate.code, 0);
    assert.match(withDate.out, /^1 read, 1 new/);
  });

  test('usage errors name the option and exit 2', async () => {
    const bad = await runCli('ingest', fixture('ingest', 'plain.txt'), '--db', tempDb(), '--date', '10/01/2022');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /bad date "10\/01\/2022" for --date: expected YYYY-MM-DD/);
    const map = await runCli('ingest', fixture('ingest', 'bom-crlf.csv'), '--db', tempDb(), '--map', 'body');
    assert.equal(map.code, 2);
    assert.match(map.err, /bad --map entry "body": expected FIELD=COLUMN with FIELD one of date, text/);
    const format = await runCli('ingest', fixture('ingest', 'plain.txt'), '--db', tempDb(), '--format', 'docx');
    assert.match(format.err, /unknown format "docx": expected one of txt, jsonl, csv, html, feed/);
  });

  test('the seed gives two articles dated 2021-12-28 with the right titles', { skip: !existsSync(SEED) }, async () => {
    const db = tempDb();
    const run = await runCli('ingest', SEED, '--db', db);
    assert.equal(run.out.trim(), '2 read, 2 new, 0 already stored');
    const rows = (await runCli('articles', '--db', db, '--json')).out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(rows.map((r) => [r.date, r.title]).sort(), [['2021-12-28', 'Situation at Afghan-Tajik border a concern: Russia'], ['2021-12-28', null]].sort());
    const first = rows.find((r) => r.title === null);
    const shown = JSON.parse((await runCli('show', first.id, '--db', db, '--json')).out);
    assert.match(shown.text, /^Talks between Russia and the United States/);
    assert.equal(shown.sentences.length, 12);
  });

  test('the Guardian sample gives 249 articles and a second run adds 0', { skip: !existsSync(GUARDIAN) }, async () => {
    const db = tempDb();
    assert.equal((await runCli('ingest', GUARDIAN, '--db', db)).out.trim(), '249 read, 249 new, 0 already stored');
    assert.equal((await runCli('ingest', GUARDIAN, '--db', db)).out.trim(), '249 read, 0 new, 249 already stored');
  });
});

describe('cli listing, show, search, stats', () => {
  test('articles filters by date and prints a table or JSON Lines', async () => {
    const db = tempDb();
    await runCli('ingest', fixture('ingest', 'articles.jsonl'), '--db', db);
    const all = (await runCli('articles', '--db', db, '--json')).out.trim().split('\n').map((l) => JSON.parse(l));
    const dates = all.map((a) => a.date as string).sort();
    const since = dates[dates.length - 1]!;
    const later = (await runCli('articles', '--db', db, '--json', '--since', since)).out.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(later.every((a) => a.date >= since));
    assert.ok(later.length < all.length || dates[0] === since);
    const table = await runCli('articles', '--db', db);
    assert.match(table.out, /^id\s+date\s+source\s+title\n-+/);
  });

  test('search highlights matches; a bad query is a clear error', async () => {
    const db = tempDb();
    await runCli('ingest', fixture('ingest', 'seed-two-stories.txt'), '--db', db);
    const word = (await runCli('show', JSON.parse((await runCli('articles', '--db', db, '--json')).out.split('\n')[0]!).id, '--db', db, '--json')).out;
    const firstWord = (JSON.parse(word).text as string).match(/[A-Z][a-z]{4,}/)![0];
    const hits = await runCli('search', firstWord, '--db', db);
    assert.match(hits.out, new RegExp(`\\[${firstWord}\\]`));
    const bad = await runCli('search', 'NEAR(', '--raw', '--db', db);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /bad search query/);
  });

  test('show of an unknown id says so', async () => {
    const db = tempDb();
    await runCli('ingest', fixture('ingest', 'articles.jsonl'), '--db', db, '--workers', '0');
    const run = await runCli('show', 'feedfacefeedface', '--db', db);
    assert.equal(run.code, 2);
    assert.equal(run.err, 'dateline: no article with id feedfacefeedface\n');
  });

  test('every command has --help with examples or options', async () => {
    for (const cmd of ['ingest', 'articles', 'show', 'search', 'stats', 'demo', 'actor', 'timex', 'code', 'events', 'upcoming']) {
      const run = await runCli(cmd, '--help');
      assert.equal(run.code, 0);
      assert.match(run.out, new RegExp(`Usage: dateline ${cmd}`));
    }
  });

  test('an unknown command exits 2', async () => {
    const run = await runCli('frobnicate');
    assert.equal(run.code, 2);
    assert.match(run.err, /unknown command 'frobnicate'/);
  });
});

describe('cli demo (npm start)', () => {
  test('ingests the example articles and lists them; a second run adds nothing', async () => {
    const db = tempDb();
    const first = await runCli('demo', '--db', db);
    assert.equal(first.code, 0, first.err);
    assert.equal(first.err, '', 'the examples are all well-formed');
    const m = /Dateline demo: (\d+) read, \1 new, 0 already stored/.exec(first.out);
    assert.ok(m, first.out);
    assert.ok(Number(m[1]) >= 20, 'at least 20 example articles');
    const second = await runCli('demo', '--db', db);
    assert.match(second.out, new RegExp(`Dateline demo: ${m[1]} read, 0 new, ${m[1]} already stored`));
  });
});

describe('cli ingest stores the pipeline output', () => {
  test('actor mentions and temporal expressions are stored with offsets into the article text', async () => {
    const db = tempDb();
    await runCli('ingest', fixture('ingest', 'seed-two-stories.txt'), '--db', db);
    const ids = (await runCli('articles', '--db', db, '--json')).out.trim().split('\n').map((l) => JSON.parse(l).id as string);
    let mentions = 0;
    let timex = 0;
    for (const id of ids) {
      const a = JSON.parse((await runCli('show', id, '--db', db, '--json')).out);
      for (const m of a.mentions) {
        assert.ok(m.actor.id && m.rule && m.reason, 'every mention says what it is and why');
        assert.equal(typeof a.text.slice(m.start, m.end), 'string');
        assert.ok(m.end > m.start);
      }
      for (const t of a.timex) assert.ok(t.end > t.start && t.rule);
      mentions += a.mentions.length;
      timex += a.timex.length;
    }
    assert.ok(mentions > 0, 'some actors were found');
    assert.ok(timex > 0, 'some temporal expressions were found');
    const shown = await runCli('show', ids[0]!, '--db', db);
    assert.match(shown.out, /\nactors:\n/);
  });
});
