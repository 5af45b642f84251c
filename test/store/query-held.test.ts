import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, upcomingEvents } from '../../src/index.ts';
import { tempDir } from './fixtures.ts';
import { Draft, Q_ACTORS } from './query-fixtures.ts';

const tmp = tempDir('dateline-held-');
after(() => tmp.cleanup());
const { rus, usa, ukr } = Q_ACTORS;

test('upcoming: a meeting is held when both sides are later reported meeting, whatever their roles', () => {
  const store = openStore(tmp.file());
  try {
    const announced = new Draft('h1', '2022-01-05', 'Talks and sanctions ahead', [
      'The US will meet Russia in Geneva on January 10.',
      'Ukraine will sanction Russia on January 10.',
    ])
      .event(0, 'meet', 'CONSULT', 'scheduled', '2022-01-10', [[usa, 'The US']], [[rus, 'Russia']])
      .event(1, 'sanction', 'SANCTION', 'scheduled', '2022-01-10', [[ukr, 'Ukraine']], [[rus, 'Russia']]);
    const reported = new Draft('h2', '2022-01-11', 'They met; sanctions the other way', [
      'Russia and the US met in Geneva on Monday.',
      'Russia and Ukraine sanctioned each other on Monday.',
    ])
      .event(0, 'met', 'CONSULT', 'occurred', '2022-01-10', [[rus, 'Russia'], [usa, 'the US']], [])
      .event(1, 'sanctioned', 'SANCTION', 'occurred', '2022-01-10', [[rus, 'Russia'], [ukr, 'Ukraine']], []);
    store.insertArticles([announced.item, reported.item]);
    const rows = upcomingEvents(store.db, '2022-01-01', 10);
    assert.deepEqual(rows.map((r) => [r.event, r.held?.eventId ?? null]), [['CONSULT', 'h2:e0'], ['SANCTION', null]]);
  } finally {
    store.close();
  }
});
