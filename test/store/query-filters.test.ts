// Issue 15: one filter reading for every event query: codes in any case, comma lists, actor names,
// class codes, and an unknown value as an error rather than an empty answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  actorNetwork, eventHistogram, FilterValueError, iterateEvents, listActors, queryEvents, suggestActors, type EventFilter, type Store,
} from '../../src/index.ts';
import { openStore } from '../../src/index.ts';
import { tempDir } from './fixtures.ts';
import { seedQueryFixture } from './query-fixtures.ts';

const tmp = tempDir('dateline-filters-');
let store: Store;
before(() => {
  store = openStore(tmp.file());
  seedQueryFixture(store);
});
after(() => {
  store.close();
  tmp.cleanup();
});

const ids = (filter: EventFilter): string[] => queryEvents(store.db, filter, { limit: 100 }).items.map((r) => r.id).sort();

test('filters: codes, types, statuses and modes are read in any case', () => {
  assert.deepEqual(ids({ actor: 'rus' }), ids({ actor: 'RUS' }));
  assert.ok(ids({ actor: 'RUS' }).length > 0);
  assert.deepEqual(ids({ actor: 'nato' }), ids({ actor: 'NATO' }));
  assert.deepEqual(ids({ actor: 'PERSON:SERGEY-LAVROV' }), ids({ actor: 'person:sergey-lavrov' }));
  assert.deepEqual(ids({ type: ['consult' as never] }), ids({ type: ['CONSULT'] }));
  assert.deepEqual(ids({ status: ['Denied' as never] }), ids({ status: ['denied'] }));
  assert.deepEqual(ids({ mode: 'AID' }), ids({ mode: 'aid' }));
});

test('filters: an actor list is any of them; a mode list too', () => {
  const rus = ids({ actor: 'RUS' });
  const nato = ids({ actor: 'NATO' });
  assert.deepEqual(ids({ actor: ['RUS', 'NATO'] }), [...new Set([...rus, ...nato])].sort());
  assert.deepEqual(ids({ mode: ['aid', 'visit'] }), ids({ mode: 'aid' }));
});

test('filters: actor names resolve through the store and the country list', () => {
  assert.deepEqual(ids({ actor: 'Russia' }), ids({ actor: 'RUS' }));
  assert.deepEqual(ids({ actor: 'russian' }), ids({ actor: 'RUS' }), 'a demonym from world-countries');
  assert.deepEqual(ids({ actor: 'Russian Federation' }), ids({ actor: 'RUS' }), 'an official name');
  assert.deepEqual(ids({ actor: 'Sergey Lavrov' }), ids({ actor: 'person:sergey-lavrov' }), "a person's name is that person, not the country");
  assert.deepEqual(ids({ dyad: ['united states', 'russia'] }), ids({ dyad: ['USA', 'RUS'] }));
  assert.ok(ids({ dyad: ['USA', 'RUS'] }).length > 0);
});

test('filters: a class code finds every actor of the class (DECISIONS §9)', () => {
  assert.deepEqual(ids({ actor: 'IGO' }), ids({ actor: 'NATO' }));
  assert.deepEqual(ids({ actor: 'igo' }), ids({ actor: 'NATO' }));
  assert.deepEqual(ids({ dyad: ['IGO', 'RUS'] }), ids({ dyad: ['NATO', 'RUS'] }));
});

test('filters: an ISO country the store has not seen is a real, empty answer', () => {
  assert.deepEqual(ids({ actor: 'FRA' }), []);
  assert.deepEqual(ids({ actor: 'France' }), []);
});

test('filters: an unknown actor, type, status or mode is an error naming the filter and the value', () => {
  const cases: [EventFilter, RegExp][] = [
    [{ actor: 'Narnia' }, /^bad actor "Narnia": no actor has this code, id or name/],
    [{ actor: ['RUS', 'XYZ'] }, /^bad actor "XYZ"/],
    [{ actor: 'person:nobody' }, /^bad actor "person:nobody"/],
    [{ dyad: ['RUS', 'Atlantis'] }, /^bad dyad "Atlantis"/],
    [{ dyad: ['RUS'] as never }, /^bad dyad "RUS": expected two actors/],
    [{ type: ['PARTY' as never] }, /^bad type "PARTY": expected PLOVER types/],
    [{ status: ['rumoured' as never] }, /^bad status "rumoured": expected statuses/],
    [{ mode: 'teleport' }, /^bad mode "teleport": no such mode/],
  ];
  for (const [filter, message] of cases) {
    assert.throws(() => queryEvents(store.db, filter, { limit: 5 }), (e: unknown) => e instanceof FilterValueError && e.code === 'E_USAGE_BAD_FILTER' && message.test(e.message), JSON.stringify(filter));
  }
});

test('filters: every aggregate reads names the same way', () => {
  const byName = eventHistogram(store.db, { actor: 'russia' }, 'month');
  assert.deepEqual(byName, eventHistogram(store.db, { actor: 'RUS' }, 'month'));
  assert.deepEqual(actorNetwork(store.db, { actor: 'igo' }, 10), actorNetwork(store.db, { actor: 'NATO' }, 10));
  assert.deepEqual(listActors(store.db, { type: ['sanction' as never] }, 10), listActors(store.db, { type: ['SANCTION'] }, 10));
  assert.deepEqual([...iterateEvents(store.db, { actor: 'Russia' })].length, ids({ actor: 'RUS' }).length);
});

test('suggestions: codes and names by prefix, countries and organisations first', () => {
  const rus = suggestActors(store.db, 'rus', 10);
  assert.deepEqual(rus[0], { code: 'RUS', name: 'Russia' });
  assert.deepEqual(suggestActors(store.db, 'lav', 10), [{ code: 'person:sergey-lavrov', name: 'Sergey Lavrov' }]);
  assert.deepEqual(suggestActors(store.db, 'ig', 10)[0], { code: 'IGO', name: 'every international organisation' });
  assert.deepEqual(suggestActors(store.db, 'nat', 10)[0], { code: 'NATO', name: 'NATO' });
  assert.deepEqual(suggestActors(store.db, '%', 10), [], 'a LIKE wildcard is a letter');
  assert.deepEqual(suggestActors(store.db, '  ', 10), []);
});
