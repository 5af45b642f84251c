import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isTitleLike, readSeedText } from './seed-txt.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = `${REPO}test/fixtures/ingest/`;
const SEED = `${REPO}../shared/data/seed/000_92299265eec00e6e.txt`;

describe('readSeedText', () => {
  test('the real seed file gives two stories dated 2021-12-28', { skip: !existsSync(SEED) }, () => {
    const { articles, problems } = readSeedText(readFileSync(SEED, 'utf8'), 'seed.txt');
    assert.deepEqual(problems, []);
    assert.equal(articles.length, 2);
    const [first, second] = articles;
    assert.equal(first?.date, '2021-12-28');
    assert.equal(first?.title, null);
    assert.ok(first?.text.startsWith('Talks between Russia and the United States'));
    assert.equal(second?.date, '2021-12-28');
    assert.equal(second?.title, 'Situation at Afghan-Tajik border a concern: Russia');
    assert.ok(second?.text.startsWith('The security situation'));
    assert.ok(!first?.text.includes('Afghan-Tajik border a concern'));
  });

  test('a title line at the top names the first story; the next title starts a second', () => {
    const { articles, problems } = readSeedText(readFileSync(`${FIXTURES}seed-two-stories.txt`, 'utf8'), 'two.txt');
    assert.deepEqual(problems, []);
    assert.deepEqual(articles.map((a) => [a.title, a.date, a.origin.line]), [
      ['Harbour council approves new ferry link', '2023-05-04', 2],
      ['Fishermen protest fuel prices in northern port', '2023-05-04', 10],
    ]);
    assert.match(articles[0]!.text, /^The regional council of Porto Vela/);
    assert.equal(articles[0]!.text.split('\n\n').length, 3);
    assert.match(articles[1]!.text, /blockade was lifted by noon\.$/);
  });

  test('text may follow the date on the header line; CRLF becomes LF and paragraphs one blank line apart', () => {
    const { articles } = readSeedText(' date 2021-12-28 First paragraph here.\r\n\r\n\r\n\r\nSecond paragraph.  \r\n', 'a.txt');
    assert.equal(articles.length, 1);
    assert.equal(articles[0]!.text, 'First paragraph here.\n\nSecond paragraph.');
    assert.equal(articles[0]!.origin.line, 1);
  });

  test('an ISO timestamp in the header gives the published instant', () => {
    const { articles } = readSeedText('date 2021-12-28T01:00:00+03:00\n\nText.', 'a.txt');
    assert.equal(articles[0]!.date, '2021-12-28');
    assert.equal(articles[0]!.published, '2021-12-28T01:00:00+03:00');
  });

  test('a plain .txt without a header uses the default date and source', () => {
    const content = readFileSync(`${FIXTURES}plain.txt`, 'utf8');
    const { articles, problems } = readSeedText(content, 'plain.txt', { defaultDate: '2023-05-05', defaultSource: 'Local Desk' });
    assert.deepEqual(problems, []);
    assert.equal(articles.length, 1);
    assert.equal(articles[0]!.date, '2023-05-05');
    assert.equal(articles[0]!.source, 'Local Desk');
    assert.equal(articles[0]!.title, null);
  });

  test('a plain .txt without a header or a default date is a problem naming the file', () => {
    const { articles, problems } = readSeedText('Some undated text.', 'notes/plain.txt');
    assert.equal(articles.length, 0);
    assert.deepEqual(problems.map((p) => p.message), ['notes/plain.txt: no date: add a "date YYYY-MM-DD" first line or pass --date']);
    assert.equal(problems[0]!.code, 'E_INGEST_NO_DATE');
  });

  test('an impossible header date is a problem at line 1', () => {
    const { problems } = readSeedText('date 2021-02-30\n\nText.', 'a.txt');
    assert.deepEqual(problems.map((p) => p.message), ['a.txt:1: unparseable date "2021-02-30": expected YYYY-MM-DD or an ISO timestamp']);
  });

  test('a header with no text after it is an empty-text problem', () => {
    const { articles, problems } = readSeedText('date 2021-12-28\n\n', 'a.txt');
    assert.equal(articles.length, 0);
    assert.deepEqual(problems.map((p) => p.message), ['a.txt:1: no text']);
  });

  test('a story opening with the word "Date" is not taken for a header', () => {
    const { problems } = readSeedText('Date palms were planted along the avenue.', 'a.txt');
    assert.equal(problems[0]?.code, 'E_INGEST_NO_DATE');
  });

  test('hard-wrapped paragraphs, lists and a closing title-like line stay in one story', () => {
    const text = [
      'date 2021-12-28',
      'The minister said the plan had three parts',
      'and would be presented to parliament in March.',
      '',
      '- More money for schools',
      '',
      '- Fewer tests for pupils',
      '',
      '(Reporting by a correspondent)',
      '',
      'Further talks are planned.',
      '',
      'Ends with a title-like line',
    ].join('\n');
    const { articles } = readSeedText(text, 'a.txt');
    assert.equal(articles.length, 1);
    assert.equal(articles[0]!.title, null);
  });
});

describe('isTitleLike', () => {
  test('accepts headlines and rejects prose', () => {
    assert.equal(isTitleLike('Situation at Afghan-Tajik border a concern: Russia'), true);
    assert.equal(isTitleLike('EU leaders agree 2030 climate target'), true);
    assert.equal(isTitleLike('Lavrov said talks would start.'), false);
    assert.equal(isTitleLike('He said:'), false);
    assert.equal(isTitleLike('calling talks with Nato \u201Cimportant\u201D'), false);
    assert.equal(isTitleLike('MOSCOW'), false);
    assert.equal(isTitleLike('lower-case start of a broken line'), false);
    assert.equal(isTitleLike('A'.repeat(60) + ' ' + 'B'.repeat(60)), false);
  });
});
