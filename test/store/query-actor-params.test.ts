// Issue 15: the actor page, dyads and quotes' speaker took exact codes only, while the event filters
// read codes in any case, class codes and names. They now read actors as the filters do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { actorDetail, dyadSeries, FilterValueError, listQuotes, openStore, type Store } from '../../src/index.ts';
import { tempDir } from './fixtures.ts';
import { seedUntitledFixture } from './query-untitled-fixture.ts';

const tmp = tempDir('dateline-actor-params-');
let store: Store;
before(() => {
  store = openStore(tmp.file());
  seedUntitledFixture(store);
});
after(() => {
  store.close();
  tmp.cleanup();
});

const badFilter = (option: string, value: string) => (error: unknown): boolean => {
  assert.ok(error instanceof FilterValueError, String(error));
  assert.equal(error.code, 'E_USAGE_BAD_FILTER');
  assert.equal(error.option, option);
  assert.match(error.message, new RegExp(`^bad ${option} "${value}": no actor has this code, id or name`));
  return true;
};

test('quotes: the speaker is a code in any case, a name, an actor id or a person\'s name', () => {
  const said = (speaker: string) => listQuotes(store.db, { speaker }, { limit: 10 }).items.map((q) => [q.articleId, q.quote]);
  const rus = said('RUS');
  assert.deepEqual(rus, [['a5', 'Nothing is agreed,'], ['a1', 'We want peace, not war,']]);
  for (const speaker of ['rus', 'Russia', 'russian', ' Russia ']) assert.deepEqual(said(speaker), rus, speaker);
  assert.deepEqual(said('Sergey Lavrov'), said('person:sergey-lavrov'));
  assert.deepEqual(said('PERSON:Sergey-Lavrov'), rus);
  assert.deepEqual(said('united states'), [['a2', 'the door stays open']]);
  assert.deepEqual(said('igo'), [], 'a class code: international organisations said nothing here');
  assert.throws(() => said('Narnia'), badFilter('speaker', 'Narnia'));
  assert.throws(() => said('RUS,USA'), /^FilterValueError: bad speaker "RUS,USA": expected one actor, not a list/);
});

test('dyads: either side is read as the actor filter reads it; an unknown one is named as a or b', () => {
  const total = (a: string, b: string) => dyadSeries(store.db, a, b, {}, 'month').reduce((n, bucket) => n + bucket.total, 0);
  const rusUsa = total('RUS', 'USA');
  assert.equal(rusUsa, 2);
  assert.equal(total('russia', 'United States'), rusUsa);
  assert.equal(total('rus', 'usa'), rusUsa);
  assert.equal(total('Sergey Lavrov', 'USA'), 1);
  assert.equal(total('igo', 'Russia'), total('NATO', 'RUS'), 'a class code: every international organisation');
  assert.throws(() => total('Narnia', 'USA'), badFilter('a', 'Narnia'));
  assert.throws(() => total('RUS', 'Atlantis'), badFilter('b', 'Atlantis'));
});

test('actor page: a code in any case, a name, an id or a class code; nothing matching is no page', () => {
  const rus = actorDetail(store.db, 'RUS', {}, 'month');
  assert.ok(rus && rus.events > 0);
  for (const ref of ['rus', 'Russia', 'Russian Federation', ' russia ']) assert.deepEqual(actorDetail(store.db, ref, {}, 'month'), rus, ref);
  assert.deepEqual(actorDetail(store.db, 'nato', {}, 'month'), actorDetail(store.db, 'NATO', {}, 'month'));
  const lavrov = actorDetail(store.db, 'sergey lavrov', {}, 'month');
  assert.deepEqual([lavrov?.code, lavrov?.name, lavrov?.quotes.length], ['person:sergey-lavrov', 'Sergey Lavrov', 2]);
  const igo = actorDetail(store.db, 'igo', {}, 'month');
  assert.deepEqual([igo?.code, igo?.name, igo?.events], ['IGO', 'International organisations', actorDetail(store.db, 'NATO', {}, 'month')?.events]);
  assert.ok(igo?.partners.some((p) => p.code === 'RUS') && !igo.partners.some((p) => p.code === 'NATO'), 'partners are outside the class');
  assert.equal(actorDetail(store.db, 'Narnia', {}, 'month'), null);
  assert.equal(actorDetail(store.db, 'FRA', {}, 'month'), null, 'a real code the store has not seen');
});
