import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { DatelineError } from '../errors.ts';
import { describeFailure, EXIT, reportFailure } from './exit.ts';

/** A real SQLITE_FULL: the page limit stands in for a full disk. */
function diskFullError(): unknown {
  const db = new Database(':memory:');
  try {
    db.exec('CREATE TABLE t (x)');
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000));
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
  assert.fail('the insert should have filled the database');
}

function capture(): Writable & { text: string } {
  const out = Object.assign(new Writable({ write: (chunk, _enc, done) => ((out.text += String(chunk)), done()) }), { text: '' });
  return out;
}

test('exit (issue 17): a raw SQLITE_FULL is one line and status 3, the store unavailable', () => {
  const err = capture();
  const status = reportFailure(diskFullError(), err, {});
  assert.equal(status, EXIT.store);
  assert.match(err.text, /^dateline: the database or the disk is full: .*\(SQLITE_FULL\)\n$/);
});

test('exit (issue 17): DATELINE_DEBUG=1 adds the stack and its cause', () => {
  const err = capture();
  reportFailure(diskFullError(), err, { DATELINE_DEBUG: '1' });
  const [first, ...rest] = err.text.trimEnd().split('\n');
  assert.match(first!, /^dateline: the database or the disk is full/);
  assert.match(rest.join('\n'), /Caused by: SqliteError/);
});

test('exit (issue 17): each kind of failure has its documented status, in one line', () => {
  const cases: [unknown, number, RegExp][] = [
    [new DatelineError('E_STORE_MISSING', { file: 'x.db' }), EXIT.store, /^no database at x\.db/],
    [new DatelineError('E_STORE_OLD_SCHEMA', { file: 'x.db', found: 3, known: 4 }), EXIT.store, /dateline migrate --db x\.db/],
    [new DatelineError('E_STORE_NOT_FOUND', { id: 'a1' }), EXIT.usage, /^no article with id a1$/],
    [new DatelineError('E_USAGE_NO_SUCH_FILE', { path: 'a.txt' }), EXIT.usage, /^no such file: a\.txt$/],
    [Object.assign(new Error('write failed'), { code: 'ENOSPC' }), EXIT.store, /^the disk is full: write failed$/],
    [new TypeError('x is not\na function'), EXIT.usage, /^unexpected error: x is not a function \(DATELINE_DEBUG=1 shows where\)$/],
  ];
  for (const [error, status, message] of cases) {
    const failure = describeFailure(error);
    assert.equal(failure.status, status, String(error));
    assert.match(failure.message, message);
  }
});
