import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatelineError } from '../errors.ts';
import { ACTORS, article, mentionOf, timexOf, freshStore } from '../../test/store/fixtures.ts';
import type { Store } from './store.ts';

function annotated(): ReturnType<typeof article> {
  const item = article({
    id: 'lavrov-1',
    date: '2021-12-28',
    published: '2021-12-28T09:15:00+03:00',
    title: 'Lavrov warns NATO',
    source: 'Reuters',
    url: 'https://example.com/lavrov',
    externalId: 'r-42',
    origin: { file: 'news.jsonl', line: 7 },
    sentences: ['Sergey Lavrov warned NATO on Monday.', 'He said talks would go on.'],
  });
  const { text } = item.article;
  item.mentions = [
    mentionOf(text, 'Sergey Lavrov', ACTORS.lavrov),
    mentionOf(text, 'NATO', ACTORS.nato),
    mentionOf(text, 'He', ACTORS.lavrov, { antecedent: 0, rule: 'rule:coref-pronoun', reason: 'nearest person' }),
  ];
  item.timex = [timexOf(text, 'Monday', '2021-12-27')];
  return item;
}

test('an article round-trips with its sentences, mentions and timex', (t) => {
  const store = freshStore(t);
  const item = annotated();
  assert.deepEqual(store.insertArticles([item]), { inserted: ['lavrov-1'], existing: [] });
  const got = store.getArticle('lavrov-1');
  assert.ok(got);
  const { text, sentences: _s, mentions: _m, timex: _t, events, quotes, statements, ingestedAt, ...summary } = got;
  assert.deepEqual([events, quotes, statements], [[], [], []]);
  assert.deepEqual(summary, {
    id: 'lavrov-1', date: '2021-12-28', published: '2021-12-28T09:15:00+03:00', title: 'Lavrov warns NATO',
    displayTitle: 'Lavrov warns NATO', titleFromLead: false, source: 'Reuters', url: 'https://example.com/lavrov', lang: 'en', externalId: 'r-42', origin: { file: 'news.jsonl', line: 7 },
  });
  assert.equal(text, item.article.text);
  assert.match(ingestedAt, /^\d{4}-\d{2}-\d{2}T/);
  assert.deepEqual(got.sentences, [
    { start: 0, end: 36, text: 'Sergey Lavrov warned NATO on Monday.' },
    { start: 37, end: 63, text: 'He said talks would go on.' },
  ]);
  assert.deepEqual(got.mentions, item.mentions);
  assert.deepEqual(got.timex, item.timex);
  const sentenceIdx = store.db.prepare('SELECT text, sentence_idx FROM mentions ORDER BY idx').all();
  assert.deepEqual(sentenceIdx, [
    { text: 'Sergey Lavrov', sentence_idx: 0 }, { text: 'NATO', sentence_idx: 0 }, { text: 'He', sentence_idx: 1 },
  ]);
  assert.equal(store.getArticle('missing'), null);
});

test('inserting the same batch twice adds nothing the second time', (t) => {
  const store = freshStore(t);
  const batch = [annotated(), article({ id: 'b' }), article({ id: 'c' })];
  assert.deepEqual(store.insertArticles(batch).inserted, ['lavrov-1', 'b', 'c']);
  const before = store.stats();
  assert.deepEqual(store.insertArticles(batch), { inserted: [], existing: ['lavrov-1', 'b', 'c'] });
  const after = store.stats();
  assert.deepEqual({ ...after, fileBytes: 0, walBytes: 0 }, { ...before, fileBytes: 0, walBytes: 0 });
  assert.equal(after.mentions, 3);
});

test('an id repeated inside one batch is stored once', (t) => {
  const store = freshStore(t);
  const result = store.insertArticles([article({ id: 'dup', text: 'First.' }), article({ id: 'dup', text: 'Second.' })]);
  assert.deepEqual(result, { inserted: ['dup'], existing: ['dup'] });
  assert.equal(store.getArticle('dup')?.text, 'First.');
  assert.equal(store.stats().sentences, 1);
});

test('hasArticle and requireArticle', (t) => {
  const store = freshStore(t);
  store.insertArticles([article({ id: 'x' })]);
  assert.equal(store.hasArticle('x'), true);
  assert.equal(store.hasArticle('y'), false);
  assert.equal(store.requireArticle('x').id, 'x');
  assert.throws(() => store.requireArticle('y'), (e: unknown) => e instanceof DatelineError && e.code === 'E_STORE_NOT_FOUND' && e.message.includes('y'));
});

test('untrusted text is stored verbatim: quotes, SQL and odd Unicode are only data', (t) => {
  const store = freshStore(t);
  const nasty = `Robert'); DROP TABLE articles; -- said "hi" \u0000 and 🇺🇦 at 10%_`;
  store.insertArticles([article({ id: "id'; --", title: "O'Brien", text: nasty, source: "' OR 1=1 --" })]);
  const got = store.getArticle("id'; --");
  assert.equal(got?.text, nasty);
  assert.equal(got?.title, "O'Brien");
  assert.deepEqual(store.listArticles({ source: "' OR 1=1 --" }).map((a) => a.id), ["id'; --"]);
  assert.equal(store.stats().articles, 1);
});

test('a span outside its text rolls back the whole batch', (t) => {
  const store = freshStore(t);
  const good = article({ id: 'good' });
  const bad = article({ id: 'bad', text: 'Short.' });
  bad.sentences = [{ start: 0, end: 99 }];
  assert.throws(() => store.insertArticles([good, bad]), RangeError);
  assert.equal(store.hasArticle('good'), false);

  const overlapping = article({ id: 'overlap', sentences: ['One two.', 'Three.'] });
  overlapping.sentences = [{ start: 0, end: 5 }, { start: 3, end: 8 }];
  assert.throws(() => store.insertArticles([overlapping]), /before sentences\[0\] ends/);

  const badAntecedent = annotated();
  badAntecedent.mentions![2]!.antecedent = 9;
  assert.throws(() => store.insertArticles([badAntecedent]), /antecedent 9/);
  assert.equal(store.stats().articles, 0);
});

test('actors are upserted: the latest name wins, the role on the article date stays with the mention', (t) => {
  const store = freshStore(t);
  const first = annotated();
  store.insertArticles([first]);
  const later = article({ id: 'later', date: '2030-01-01', sentences: ['Lavrov retired.'] });
  later.mentions = [mentionOf(later.article.text, 'Lavrov', { ...ACTORS.lavrov, name: 'Sergei Lavrov', role: 'former minister' })];
  store.insertArticles([later]);
  assert.deepEqual(store.db.prepare('SELECT name, role FROM actors WHERE id = ?').get(ACTORS.lavrov.id), { name: 'Sergei Lavrov', role: 'former minister' });
  assert.equal(store.getArticle('lavrov-1')?.mentions[0]?.actor.role, 'foreign minister');
  assert.equal(store.stats().actors, 2);
});

test('listArticles filters by date and source, orders by date then title, and pages', (t) => {
  const store = freshStore(t);
  store.insertArticles([
    article({ id: 'd3', date: '2021-12-03', title: 'Beta', source: 'AP' }),
    article({ id: 'd1', date: '2021-12-01', title: 'Zulu', source: 'Reuters' }),
    article({ id: 'd2b', date: '2021-12-02', title: 'Bravo', source: 'Reuters' }),
    article({ id: 'd2a', date: '2021-12-02', title: 'Alpha', source: 'AP' }),
    article({ id: 'd4', date: '2021-12-04', title: 'Last', source: 'AP' }),
  ]);
  const ids = (o: Parameters<Store['listArticles']>[0]): string[] => store.listArticles(o).map((a) => a.id);
  assert.deepEqual(ids({}), ['d1', 'd2a', 'd2b', 'd3', 'd4']);
  assert.deepEqual(ids({ since: '2021-12-02', until: '2021-12-03' }), ['d2a', 'd2b', 'd3']);
  assert.deepEqual(ids({ source: 'AP' }), ['d2a', 'd3', 'd4']);
  assert.deepEqual(ids({ source: 'AP', since: '2021-12-03' }), ['d3', 'd4']);
  assert.deepEqual(ids({ limit: 2 }), ['d1', 'd2a']);
  assert.deepEqual(ids({ limit: 2, offset: 2 }), ['d2b', 'd3']);
  assert.deepEqual(ids({ offset: 4 }), ['d4']);
  assert.deepEqual(ids({ source: 'Nobody' }), []);
  const first = store.listArticles({ limit: 1 })[0]!;
  assert.equal('text' in first, false, 'listing leaves the text out');
  assert.deepEqual(first.origin, { file: 'fixture.jsonl', line: 1 });
  assert.throws(() => store.listArticles({ since: '2021-12' }), (e: unknown) => e instanceof DatelineError && e.code === 'E_USAGE_BAD_DATE');
  assert.throws(() => store.listArticles({ limit: -1 }), RangeError);
});
