// Issue 15: articles without a title showed as "Untitled article" in every list and search result;
// they are now called by the opening words of their lead, marked as such, by the store's read layer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, freshStore } from '../../test/store/fixtures.ts';
import { articleTitle, LEAD_WORDS, leadTitle, NO_TITLE } from './display-title.ts';

test('leadTitle: the first sentence, at most ten words cut at a word with an ellipsis', () => {
  const cases: [string, string | null][] = [
    ['Talks failed. Both sides left.', 'Talks failed'],
    ['Russia warned Ukraine on Tuesday that the talks in Geneva would fail without guarantees.', 'Russia warned Ukraine on Tuesday that the talks in Geneva…'],
    ['MOSCOW, Dec 23 (Reuters) - President Vladimir Putin said the West must answer.', 'President Vladimir Putin said the West must answer'],
    ['KYIV (AP) — Shelling resumed.', 'Shelling resumed'],
    ['The U.S. and Russia met in Geneva on Monday, officials said.', 'The U.S. and Russia met in Geneva on Monday, officials…'],
    ['Ministers met,\n\nand   then\tleft', 'Ministers met, and then left'],
    ['Sanctions, tariffs, embargoes, quotas, bans, levies, duties, fines, seizures, freezes, more.', 'Sanctions, tariffs, embargoes, quotas, bans, levies, duties, fines, seizures, freezes…'],
    [`https://example.org/${'x'.repeat(120)} was posted.`, `https://example.org/${'x'.repeat(70)}…`],
    ['   ', null],
    ['— … —', null],
  ];
  for (const [text, expected] of cases) assert.equal(leadTitle(text), expected, text);
  const long = leadTitle('one two three four five six seven eight nine ten eleven twelve')!;
  assert.equal(long.replace('…', '').split(' ').length, LEAD_WORDS);
});

test('articleTitle: a title wins; else the lead, marked; else a plain placeholder', () => {
  assert.deepEqual(articleTitle('Talks set', 'Anything.'), { displayTitle: 'Talks set', titleFromLead: false });
  assert.deepEqual(articleTitle('  ', 'Talks failed. Both left.'), { displayTitle: 'Talks failed', titleFromLead: true });
  assert.deepEqual(articleTitle(null, 'Talks failed.'), { displayTitle: 'Talks failed', titleFromLead: true });
  assert.deepEqual(articleTitle(null, ''), { displayTitle: NO_TITLE, titleFromLead: false });
});

test('listArticles, getArticle and search call an untitled article by its lead', (t) => {
  const store = freshStore(t);
  store.insertArticles([
    article({ id: 'titled', date: '2022-01-05', title: 'Lavrov warns NATO', sentences: ['Sergey Lavrov warned NATO about Geneva.'] }),
    article({ id: 'wire', date: '2022-01-06', title: null, sentences: ['MOSCOW, Jan 6 (Reuters) - Russia warned Ukraine on Tuesday that the talks in Geneva would fail.', 'Nothing else.'] }),
  ]);
  const listed = new Map(store.listArticles().map((a) => [a.id, a]));
  assert.deepEqual([listed.get('titled')?.displayTitle, listed.get('titled')?.titleFromLead], ['Lavrov warns NATO', false]);
  assert.deepEqual([listed.get('wire')?.displayTitle, listed.get('wire')?.titleFromLead], ['Russia warned Ukraine on Tuesday that the talks in Geneva…', true]);
  assert.equal(listed.get('wire')?.title, null, 'title keeps its meaning');
  assert.equal(store.getArticle('wire')?.displayTitle, 'Russia warned Ukraine on Tuesday that the talks in Geneva…');
  const hits = new Map(store.search('Geneva').map((h) => [h.id, h]));
  assert.deepEqual([hits.get('wire')?.displayTitle, hits.get('wire')?.titleFromLead, hits.get('wire')?.titleHighlight], ['Russia warned Ukraine on Tuesday that the talks in Geneva…', true, null]);
  assert.deepEqual([hits.get('titled')?.displayTitle, hits.get('titled')?.titleFromLead], ['Lavrov warns NATO', false]);
});
