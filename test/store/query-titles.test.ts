// Issue 15: event rows, quotes and upcoming items gave only `articleTitle`, so an article without a
// title showed as "untitled" there while the article list and search named it by its opening words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { iterateEvents, listQuotes, listStatements, openStore, queryEvents, upcomingEvents, type Store } from '../../src/index.ts';
import { tempDir } from './fixtures.ts';
import { ANNOUNCED_LEAD, HELD_LEAD, seedUntitledFixture } from './query-untitled-fixture.ts';

const tmp = tempDir('dateline-titles-');
let store: Store;
before(() => {
  store = openStore(tmp.file());
  seedUntitledFixture(store);
});
after(() => {
  store.close();
  tmp.cleanup();
});

type Titled = { articleTitle: string | null; articleDisplayTitle: string; articleTitleFromLead: boolean };
const titles = (row: Titled | null | undefined) => row && [row.articleTitle, row.articleDisplayTitle, row.articleTitleFromLead];

test('event rows: an untitled article is named by its lead, marked; a titled one keeps its title', () => {
  const rows = queryEvents(store.db, { status: ['scheduled'] }, { limit: 50 }).items;
  assert.deepEqual(titles(rows.find((r) => r.articleId === 'a5')), [null, ANNOUNCED_LEAD, true]);
  assert.deepEqual(titles(rows.find((r) => r.id === 'a1:e0')), ['Talks set for Geneva', 'Talks set for Geneva', false]);
  const blank = queryEvents(store.db, { status: ['occurred'], dyad: ['RUS', 'UKR'], since: '2022-02-01', until: '2022-02-01' }, { limit: 5 }).items;
  assert.deepEqual(blank.map(titles), [['  ', HELD_LEAD, true]], 'a blank title is no title');
});

test('exports read the same rows: the JSON of every event has the display title', () => {
  const rows = [...iterateEvents(store.db, { actor: 'UKR' })];
  assert.ok(rows.length > 2);
  assert.ok(rows.every((r) => typeof r.articleDisplayTitle === 'string' && typeof r.articleTitleFromLead === 'boolean'));
  assert.deepEqual(titles(rows.find((r) => r.articleId === 'a6')), ['  ', HELD_LEAD, true]);
});

test('upcoming: the announcement and the report that it was held both have display titles', () => {
  const row = upcomingEvents(store.db, '2022-01-15', 10).find((r) => r.articleId === 'a5');
  assert.deepEqual(titles(row), [null, ANNOUNCED_LEAD, true]);
  assert.deepEqual(row?.held, { eventId: 'a6:e0', articleId: 'a6', articleTitle: '  ', articleDisplayTitle: HELD_LEAD, articleTitleFromLead: true, articleDate: '2022-02-02' });
  const titled = upcomingEvents(store.db, '2022-01-01', 10).find((r) => r.id === 'a1:e0');
  assert.deepEqual(titles(titled?.held), ['Geneva talks held', 'Geneva talks held', false]);
});

test('quotes and statements: the article is named as in event rows', () => {
  const quotes = listQuotes(store.db, {}, { limit: 10 }).items;
  assert.deepEqual(titles(quotes.find((q) => q.articleId === 'a5')), [null, ANNOUNCED_LEAD, true]);
  assert.deepEqual(titles(quotes.find((q) => q.articleId === 'a1')), ['Talks set for Geneva', 'Talks set for Geneva', false]);
  assert.deepEqual(listStatements(store.db, {}, { limit: 10 }).items.map(titles), [['Talks set for Geneva', 'Talks set for Geneva', false]]);
});
