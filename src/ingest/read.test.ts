import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { DatelineError } from '../errors.ts';
import { sniffFormat, parseFormat, formatFromExtension } from './formats.ts';
import { decodeInput, readStream, readText } from './read.ts';
import { readInput } from './stream.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
const fixture = (name: string): string => `${FIXTURES}${name}`;

describe('readInput', () => {
  test('dispatches each fixture to its reader by extension', async () => {
    const counts: Record<string, number> = {};
    for (const name of ['seed-two-stories.txt', 'articles.jsonl', 'bom-crlf.csv', 'page.html', 'feed.rss', 'feed.atom']) {
      counts[name] = (await readInput(fixture(name))).articles.length;
    }
    assert.deepEqual(counts, {
      'seed-two-stories.txt': 2, 'articles.jsonl': 3, 'bom-crlf.csv': 3, 'page.html': 1, 'feed.rss': 2, 'feed.atom': 3,
    });
  });

  test('a binary file is one problem naming it', async () => {
    const path = fixture('binary.bin');
    const { articles, problems } = await readInput(path);
    assert.equal(articles.length, 0);
    assert.deepEqual(problems.map((p) => p.message), [`${path}: file looks binary (NUL bytes or invalid UTF-8), not text`]);
    assert.equal(problems[0]!.code, 'E_INGEST_BINARY_FILE');
  });

  test('bytes that are not UTF-8 count as binary', async () => {
    const { problems } = await readInput(fixture('latin1.txt'));
    assert.deepEqual(problems.map((p) => p.code), ['E_INGEST_BINARY_FILE']);
  });

  test('an empty file is one problem naming it', async () => {
    const path = fixture('empty.txt');
    const { problems } = await readInput(path);
    assert.deepEqual(problems.map((p) => p.message), [`${path}: file is empty`]);
  });

  test('a .txt without a date header and without --date is E_INGEST_NO_DATE', async () => {
    const path = fixture('plain.txt');
    const { problems } = await readInput(path);
    assert.deepEqual(problems.map((p) => p.message), [`${path}: no date: add a "date YYYY-MM-DD" first line or pass --date`]);
    assert.equal((await readInput(path, { defaultDate: '2023-05-05' })).articles.length, 1);
  });

  test('a missing file is E_INGEST_UNREADABLE, not a throw', async () => {
    const path = fixture('does-not-exist.txt');
    const { problems } = await readInput(path);
    assert.deepEqual(problems.map((p) => p.message), [`${path}: cannot read: no such file`]);
  });

  test('options.format overrides the extension; an unknown format lists the valid ones', async () => {
    const asText = await readInput(fixture('articles.jsonl'), { format: 'txt', defaultDate: '2023-05-01' });
    assert.equal(asText.articles.length, 1);
    const { problems } = await readInput(fixture('plain.txt'), { format: 'pdf' });
    assert.deepEqual(problems.map((p) => p.message), [`${fixture('plain.txt')}: unknown format "pdf": expected one of txt, jsonl, csv, html, feed`]);
  });

  test('a bad default date is a usage error, thrown', async () => {
    await assert.rejects(readInput(fixture('plain.txt'), { defaultDate: '2023-02-30' }), (error: unknown) => {
      assert.ok(error instanceof DatelineError);
      assert.equal(error.code, 'E_USAGE_BAD_DATE');
      return true;
    });
  });
});

describe('readText and readStream', () => {
  test('sniffs the format of unnamed input', () => {
    const jsonl = readText('{"date":"2023-05-04","text":"From a pipe."}\n', '<stdin>');
    assert.equal(jsonl.articles[0]?.text, 'From a pipe.');
    const csv = readText('date,text\n2023-05-04,A row.\n', '<stdin>');
    assert.equal(csv.articles[0]?.text, 'A row.');
    const seed = readText('date 2023-05-04\n\nA story.', '<stdin>');
    assert.equal(seed.articles[0]?.text, 'A story.');
  });

  test('strips a BOM before a JSON line', () => {
    const bytes = Buffer.from('\uFEFF{"date":"2023-05-04","text":"x"}\n', 'utf8');
    assert.deepEqual(readText(bytes, 'bom.jsonl').problems, []);
  });

  test('decodes UTF-16 text that starts with its BOM', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('date 2023-05-04\n\nZ\u00FCrich votes.', 'utf16le')]);
    assert.equal(readText(utf16, 'w.txt').articles[0]?.text, 'Z\u00FCrich votes.');
  });

  test('whitespace only is empty; a NUL in a string is binary', () => {
    assert.deepEqual(readText(' \n\t\n', 'w.txt').problems.map((p) => p.message), ['w.txt: file is empty']);
    assert.deepEqual(readText('date 2023-05-04\n\nA\u0000B', 'n.txt').problems.map((p) => p.code), ['E_INGEST_BINARY_FILE']);
  });

  test('readStream reads a stream to its end with a format override', async () => {
    const stream = Readable.from([Buffer.from('{"date":"2023-05-04",'), Buffer.from('"text":"Streamed."}\n')]);
    const { articles, problems } = await readStream(stream, { format: 'ndjson' });
    assert.deepEqual(problems, []);
    assert.equal(articles[0]?.origin.file, '<stdin>');
  });

  test('decodeInput reports invalid UTF-8', () => {
    assert.deepEqual(decodeInput(Buffer.from([0x61, 0xff, 0x62]), 'x.txt'), {
      problem: { code: 'E_INGEST_BINARY_FILE', location: { file: 'x.txt' }, message: 'x.txt: file looks binary (NUL bytes or invalid UTF-8), not text' },
    });
  });
});

describe('formats', () => {
  test('extensions and aliases', () => {
    assert.equal(formatFromExtension('a/b.NDJSON'), 'jsonl');
    assert.equal(formatFromExtension('a/b.htm'), 'html');
    assert.equal(formatFromExtension('a/b.atom'), 'feed');
    assert.equal(formatFromExtension('a/b.pdf'), null);
    assert.equal(parseFormat('RSS'), 'feed');
    assert.equal(parseFormat('.csv'), 'csv');
    assert.equal(parseFormat('constructor'), null);
  });

  test('sniffing', () => {
    assert.equal(sniffFormat('<?xml version="1.0"?>\n<rss version="2.0"></rss>'), 'feed');
    assert.equal(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'feed');
    assert.equal(sniffFormat('<!DOCTYPE html><html></html>'), 'html');
    assert.equal(sniffFormat('"","date","text"\n'), 'csv');
    assert.equal(sniffFormat('Just some words, and more.'), 'txt');
  });
});
