import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readJsonl } from './jsonl.ts';

const FIXTURE = fileURLToPath(new URL('../../test/fixtures/ingest/articles.jsonl', import.meta.url));

describe('readJsonl', () => {
  const { articles, problems } = readJsonl(readFileSync(FIXTURE, 'utf8'), 'articles.jsonl', { defaultSource: 'Wire' });

  test('keeps the good lines with every optional field', () => {
    assert.equal(articles.length, 3);
    assert.deepEqual(articles[0], {
      date: '2023-05-04',
      published: null,
      title: 'Valdoria raises growth forecast',
      text: 'The finance ministry of Valdoria raised its growth forecast to 2.1 percent.',
      source: 'Valdoria Herald',
      url: 'https://example.org/val-001',
      lang: 'en',
      externalId: 'val-001',
      origin: { file: 'articles.jsonl', line: 1 },
    });
  });

  test('numeric ids become strings, timestamps give published, missing source takes the default', () => {
    assert.equal(articles[1]!.externalId, '2');
    assert.equal(articles[1]!.published, '2023-05-04T18:45:00+01:00');
    assert.equal(articles[1]!.source, 'Wire');
    assert.equal(articles[1]!.origin.line, 3);
    assert.equal(articles[2]!.date, '2023-05-06');
  });

  test('each bad line is one problem with the exact file:line message', () => {
    assert.deepEqual(problems.map((p) => p.message), [
      'articles.jsonl:4: malformed JSON: invalid JSON at column 47',
      'articles.jsonl:5: missing field "text"',
      'articles.jsonl:6: unparseable date "2023-02-30": expected YYYY-MM-DD or an ISO timestamp',
      'articles.jsonl:7: field "text" must be a string',
      'articles.jsonl:8: no text',
      'articles.jsonl:9: malformed JSON: expected an object, got an array',
    ]);
    assert.deepEqual(problems.map((p) => p.code), [
      'E_INGEST_BAD_JSON', 'E_INGEST_MISSING_FIELD', 'E_INGEST_BAD_DATE', 'E_INGEST_BAD_FIELD', 'E_INGEST_EMPTY_TEXT', 'E_INGEST_BAD_JSON',
    ]);
  });

  test('a line cut short says so', () => {
    const result = readJsonl('{"date": "2023-05-04", "text": "x"', 'cut.jsonl');
    assert.deepEqual(result.problems.map((p) => p.message), ['cut.jsonl:1: malformed JSON: invalid JSON at column 35']);
    assert.deepEqual(readJsonl('{', 'b.jsonl').problems.map((p) => p.code), ['E_INGEST_BAD_JSON']);
  });

  test('an optional field of the wrong type is named', () => {
    const result = readJsonl('{"date": "2023-05-04", "text": "x", "title": ["a"]}\r\n', 'a.jsonl');
    assert.deepEqual(result.problems.map((p) => p.message), ['a.jsonl:1: field "title" must be a string or null']);
  });

  test('a missing date is named before anything else', () => {
    const result = readJsonl('{"text": "x"}', 'a.jsonl');
    assert.deepEqual(result.problems.map((p) => p.message), ['a.jsonl:1: missing field "date"']);
  });
});
