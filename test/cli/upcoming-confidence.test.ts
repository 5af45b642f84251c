// DECISIONS §3: `dateline upcoming` (and `export --format ics`) list scheduled events at or above the
// confidence threshold, as `events` does; --min-confidence and --all are read and refused as there.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/index.ts';
import { runCli, tempDb } from './helpers.ts';
import { insertUpcomingFixture } from '../store/upcoming-fixtures.ts';

let db: string;
before(() => {
  db = tempDb();
  const store = openStore(db);
  insertUpcomingFixture(store);
  store.close();
});

async function dates(...args: string[]): Promise<string[]> {
  const run = await runCli('upcoming', '--db', db, '--from', '2022-01-01', '--json', ...args);
  assert.equal(run.code, 0, run.err);
  return run.out.trim().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { date: string }).date);
}

test('upcoming: the default threshold, --min-confidence and --all', async () => {
  assert.deepEqual(await dates(), ['2022-01-10', '2022-01-14'], 'the low SANCTION hidden, the unscored CONSULT shown');
  assert.deepEqual(await dates('--all'), ['2022-01-10', '2022-01-12', '2022-01-14']);
  assert.deepEqual(await dates('--min-confidence', '0'), ['2022-01-10', '2022-01-12', '2022-01-14']);
  assert.deepEqual(await dates('--min-confidence', '1'), ['2022-01-14']);
  assert.deepEqual(await dates('--all', '--min-confidence', '1'), ['2022-01-14'], 'a threshold beside --all still holds');
});

test('upcoming: a bad --min-confidence is refused in the words of events', async () => {
  const [upcoming, events] = await Promise.all([
    runCli('upcoming', '--db', db, '--min-confidence', '1.5'),
    runCli('events', '--db', db, '--min-confidence', '1.5'),
  ]);
  assert.equal(upcoming.code, 2);
  assert.match(upcoming.err, /bad --min-confidence "1\.5": expected a number from 0 to 1/);
  assert.equal(upcoming.err, events.err);
});

test('export --format ics: the same threshold; --min-confidence is taken, other filters are not', async () => {
  const events = async (...args: string[]): Promise<number> => {
    const run = await runCli('export', '--db', db, '--format', 'ics', '--from', '2022-01-01', ...args);
    assert.equal(run.code, 0, run.err);
    return run.out.split('BEGIN:VEVENT').length - 1;
  };
  assert.equal(await events(), 2);
  assert.equal(await events('--all'), 3);
  assert.equal(await events('--min-confidence', '1'), 1);
  const refused = await runCli('export', '--db', db, '--format', 'ics', '--type', 'consult');
  assert.equal(refused.code, 2);
  assert.match(refused.err, /takes no --type/);
});
