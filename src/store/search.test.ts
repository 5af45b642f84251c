import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatelineError } from '../errors.ts';
import { article, freshStore } from '../../test/store/fixtures.ts';
import { toFtsQuery, usesFtsSyntax } from './fts-query.ts';
import type { Store } from './store.ts';

function newsStore(t: { after: (fn: () => void) => void }): Store {
  const store = freshStore(t);
  store.insertArticles([
    article({ id: 'talks', date: '2021-12-28', title: 'Lavrov warns NATO', source: 'Reuters',
      sentences: ['Sergey Lavrov warned NATO against expansion on Monday.', 'The U.S. said sanctions were ready.'] }),
    article({ id: 'weather', date: '2021-12-27', title: 'Snow in Moscow', source: 'AP',
      sentences: ['Heavy snow fell in Moscow, and Lavrov was not mentioned until the end.'] }),
    article({ id: 'kyiv', date: '2021-12-29', title: null, source: 'AP',
      sentences: ["Kyiv's mayor met pro-Russian activists in Zürich about sanctioning."] }),
  ]);
  return store;
}

test('search returns hits best first with highlighted snippets', (t) => {
  const store = newsStore(t);
  const hits = store.search('Lavrov');
  assert.deepEqual(hits.map((h) => h.id), ['talks', 'weather'], 'the title hit ranks first');
  const [best] = hits;
  assert.equal(best?.titleHighlight, '[Lavrov] warns NATO');
  assert.match(best!.snippet, /\[Lavrov\]/);
  assert.ok(best!.rank <= hits[1]!.rank);
  assert.equal(best?.date, '2021-12-28');
  assert.equal(best?.source, 'Reuters');
});

test('markers, ellipsis and snippet length are options', (t) => {
  const store = newsStore(t);
  const [hit] = store.search('snow Moscow', { open: '<b>', close: '</b>', ellipsis: '...', snippetTokens: 5 });
  assert.equal(hit?.id, 'weather');
  assert.equal(hit?.titleHighlight, '<b>Snow</b> in <b>Moscow</b>');
  assert.match(hit!.snippet, /<b>/);
  assert.ok(hit!.snippet.split(/\s+/).length <= 7, `short snippet: ${hit!.snippet}`);
  assert.throws(() => store.search('snow', { snippetTokens: 65 }), RangeError);
});

test('plain phrases with punctuation are searchable; stemming and diacritics are folded', (t) => {
  const store = newsStore(t);
  assert.deepEqual(store.search('U.S. sanctions').map((h) => h.id), ['talks']);
  assert.deepEqual(store.search("Kyiv's").map((h) => h.id), ['kyiv']);
  assert.deepEqual(store.search('pro-Russian').map((h) => h.id), ['kyiv']);
  assert.deepEqual(store.search('zurich').map((h) => h.id), ['kyiv']);
  assert.deepEqual(store.search('sanction').map((h) => h.id).sort(), ['kyiv', 'talks']);
  const [untitled] = store.search('Kyiv');
  assert.equal(untitled?.titleHighlight, null);
});

test('FTS5 operators pass through', (t) => {
  const store = newsStore(t);
  assert.deepEqual(store.search('snow OR expansion').map((h) => h.id).sort(), ['talks', 'weather']);
  assert.deepEqual(store.search('"warned NATO"').map((h) => h.id), ['talks']);
  assert.deepEqual(store.search('Mosc*').map((h) => h.id), ['weather']);
  assert.deepEqual(store.search('title: Lavrov').map((h) => h.id), ['talks']);
  assert.deepEqual(store.search('Lavrov NOT snow').map((h) => h.id), ['talks']);
});

test('search filters by date and source and pages', (t) => {
  const store = newsStore(t);
  assert.deepEqual(store.search('Lavrov', { source: 'AP' }).map((h) => h.id), ['weather']);
  assert.deepEqual(store.search('Lavrov', { since: '2021-12-28' }).map((h) => h.id), ['talks']);
  assert.deepEqual(store.search('Lavrov', { limit: 1, offset: 1 }).map((h) => h.id), ['weather']);
});

test('a bad FTS query fails with E_STORE_BAD_QUERY naming it', (t) => {
  const store = newsStore(t);
  for (const query of ['"unterminated', 'Lavrov AND', 'nosuchcolumn: x OR (y']) {
    assert.throws(() => store.search(query), (e: unknown) => {
      assert.ok(e instanceof DatelineError, String(e));
      assert.equal(e.code, 'E_STORE_BAD_QUERY');
      assert.ok(e.message.includes(JSON.stringify(query)), e.message);
      return true;
    });
  }
  assert.throws(() => store.search('  '), (e: unknown) => e instanceof DatelineError && e.code === 'E_STORE_BAD_QUERY');
  assert.throws(() => store.search('U.S.', { raw: true }), (e: unknown) => e instanceof DatelineError && e.code === 'E_STORE_BAD_QUERY');
});

test('toFtsQuery quotes plain words and leaves FTS syntax alone', () => {
  assert.equal(toFtsQuery('  U.S. sanctions '), '"U.S." "sanctions"');
  assert.equal(toFtsQuery('Biden: talks'), '"Biden:" "talks"');
  assert.equal(toFtsQuery('war and peace'), '"war" "and" "peace"');
  assert.equal(toFtsQuery('"Lavrov said" OR NATO'), '"Lavrov said" OR NATO');
  assert.equal(toFtsQuery('sanction*'), 'sanction*');
  assert.equal(toFtsQuery(''), '');
  assert.equal(usesFtsSyntax('NEAR(a b)'), true);
  assert.equal(usesFtsSyntax('near the border'), false);
});
