// DECISIONS §3: the upcoming lists (upcomingEvents for the API and calendars, store.upcoming for the
// CLI) show what every event list shows: events at or above the confidence threshold, and those
// stored before scoring; 0 shows every one. The held report is found whatever its confidence.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FilterValueError, openStore, upcomingEvents, type Store } from '../../src/index.ts';
import { tempDir } from './fixtures.ts';
import { insertUpcomingFixture } from './upcoming-fixtures.ts';

const tmp = tempDir('dateline-upcoming-confidence-');
let store: Store;
before(() => {
  store = openStore(tmp.file());
  insertUpcomingFixture(store);
});
after(() => {
  store.close();
  tmp.cleanup();
});

const listed = (minConfidence?: number): string[][] =>
  upcomingEvents(store.db, '2022-01-01', 10, minConfidence === undefined ? {} : { minConfidence }).map((r) => [r.event, r.date ?? '', r.held?.eventId ?? '']);

test('upcomingEvents: the default threshold hides the low event, keeps the unscored one; the held report counts whatever its confidence', () => {
  assert.deepEqual(listed(), [['CONSULT', '2022-01-10', 'u2:e0'], ['CONSULT', '2022-01-14', '']]);
  assert.deepEqual(listed(0), [['CONSULT', '2022-01-10', 'u2:e0'], ['SANCTION', '2022-01-12', ''], ['CONSULT', '2022-01-14', '']]);
  assert.deepEqual(listed(1), [['CONSULT', '2022-01-14', '']], 'only the unscored event reaches 1');
});

test('upcomingEvents: a threshold outside 0..1 is refused in the filter\'s words', () => {
  assert.throws(() => listed(1.5), (error) => error instanceof FilterValueError && /expected a number from 0 to 1/.test(error.message));
});

test('store.upcoming: the same threshold', () => {
  const dates = (minConfidence?: number): (string | null)[] => store.upcoming('2022-01-01', 10, minConfidence).map((e) => e.event.date);
  assert.deepEqual(dates(), ['2022-01-10', '2022-01-14']);
  assert.deepEqual(dates(0), ['2022-01-10', '2022-01-12', '2022-01-14']);
  assert.deepEqual(dates(1), ['2022-01-14']);
});
