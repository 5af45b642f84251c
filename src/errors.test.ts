import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ERROR_MESSAGES, DatelineError, formatMessage, problem } from './errors.ts';

const documented = new Set([...readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8').matchAll(/^### (E_[A-Z_]+)$/gm)].map((m) => m[1]!));

test('errors: every code is documented in docs/errors.md', () => {
  const missing = Object.keys(ERROR_MESSAGES).filter((c) => !documented.has(c));
  assert.deepEqual(missing, []);
});

test('errors: docs/errors.md documents no stale code', () => {
  const stale = [...documented].filter((c) => !(c in ERROR_MESSAGES));
  assert.deepEqual(stale, []);
});

test('errors: messages fill placeholders and lead with the location', () => {
  assert.equal(formatMessage('E_STORE_NOT_FOUND', { id: 'abc' }), 'no article with id abc');
  const e = new DatelineError('E_INGEST_MISSING_FIELD', { field: 'text' }, { file: 'a.jsonl', line: 3 });
  assert.equal(e.message, 'a.jsonl:3: missing field "text"');
  assert.equal(e.code, 'E_INGEST_MISSING_FIELD');
  assert.equal(problem('E_INGEST_EMPTY_TEXT', {}, { file: 'b.csv', row: 2 }).message, 'b.csv row 2: no text');
});
