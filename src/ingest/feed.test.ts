import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFeed } from './feed.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
const fixture = (name: string): string => readFileSync(`${FIXTURES}${name}`, 'utf8');

describe('readFeed: RSS 2.0', () => {
  const { articles, problems } = readFeed(fixture('feed.rss'), 'courier.rss');

  test('one article per item, with the channel title as source', () => {
    assert.deepEqual(problems, []);
    assert.equal(articles.length, 2);
    assert.deepEqual(articles[0], {
      date: '2023-05-04',
      published: '2023-05-04T23:30:00+02:00',
      title: 'Governor vetoes mining bill',
      text: 'The governor of Kaltmark vetoed a bill on Thursday that would have opened protected forest to mining.\n\nLawmakers said they would try to override the veto & pass the bill again in June.',
      source: 'Northern Courier & Gazette',
      url: 'https://courier.example/2023/05/veto',
      lang: 'en-gb',
      externalId: 'courier-1001',
      origin: { file: 'courier.rss', line: 8, row: 1 },
    });
  });

  test('content:encoded wins over description; escaped HTML in description is reduced to text', () => {
    assert.ok(!articles[0]!.text.includes('Short summary'));
    assert.equal(articles[1]!.text, 'The state rail company announced that fares will rise in July.\n\nSeason tickets are exempt.');
  });

  test('dc:date, numeric entities in titles, and a permalink guid as url', () => {
    assert.equal(articles[1]!.date, '2023-05-05');
    assert.equal(articles[1]!.title, 'Rail fares to rise by \u201Cup to\u201D 4%');
    assert.equal(articles[1]!.url, 'https://courier.example/2023/05/fares');
  });
});

describe('readFeed: Atom', () => {
  const { articles, problems } = readFeed(fixture('feed.atom'), 'harbour.atom');

  test('one article per entry; published wins over updated and keeps the written day', () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(articles.map((a) => [a.date, a.published]), [
      ['2023-05-06', '2023-05-06T01:15:00+03:00'],
      ['2023-05-05', '2023-05-05T17:00:00Z'],
      ['2023-05-04', '2023-05-04T08:00:00Z'],
    ]);
  });

  test('html, xhtml and text content all come out as plain paragraphs', () => {
    assert.deepEqual(articles.map((a) => a.text), [
      'A strike by customs officers left hundreds of containers waiting at the quay.\n\nThe union wants more staff.',
      'Harbour pilots signed a three-year contract.\n\nThe deal ends a long dispute.',
      'Tide tables for the summer are out & available at the harbour office.',
    ]);
  });

  test('the alternate link, entry id, feed title and xml:lang', () => {
    assert.deepEqual(articles.map((a) => [a.url, a.externalId, a.source, a.lang]), [
      ['https://harbour.example/customs-strike', 'urn:harbour:entry:1', 'Harbour Watch', 'en'],
      ['https://harbour.example/pilots', 'urn:harbour:entry:2', 'Harbour Watch', 'en'],
      [null, 'urn:harbour:entry:3', 'Harbour Watch', 'en'],
    ]);
  });
});

describe('readFeed: bad input', () => {
  test('an item with a bad date is a problem naming the file, line and item; the others are kept', () => {
    const { articles, problems } = readFeed(fixture('bad-date.rss'), 'valley.rss');
    assert.deepEqual(articles.map((a) => a.title), ['Dam inspection completed', 'School year extended']);
    assert.deepEqual(problems.map((p) => p.message), [
      'valley.rss:10 row 2: unparseable date "sometime next week": expected YYYY-MM-DD or an ISO timestamp',
    ]);
    assert.deepEqual(problems[0]!.location, { file: 'valley.rss', line: 10, row: 2 });
  });

  test('malformed XML is one E_INGEST_XML problem at the line of the error', () => {
    const { articles, problems } = readFeed(fixture('malformed.xml'), 'broken.xml');
    assert.equal(articles.length, 0);
    assert.deepEqual(problems.map((p) => p.message), [
      "broken.xml:6: malformed feed XML: Expected closing tag 'title' (opened in line 6, col 7) instead of closing tag 'item'.",
    ]);
  });

  test('unclosed elements at the end are named', () => {
    const { problems } = readFeed('<rss version="2.0"><channel>', 'cut.rss');
    assert.deepEqual(problems.map((p) => p.message), ['cut.rss:1: malformed feed XML: unclosed tags rss, channel']);
  });

  test('well-formed XML that is no feed is E_INGEST_NOT_A_FEED', () => {
    const { problems } = readFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'books.xml');
    assert.deepEqual(problems.map((p) => p.message), ['books.xml: XML is neither an RSS 2.0 nor an Atom feed']);
  });

  test('an undated item takes the default date, or is a missing field', () => {
    const xml = '<rss version="2.0"><channel><title>C</title><item><title>T</title><description>Body text.</description></item></channel></rss>';
    assert.deepEqual(readFeed(xml, 'a.rss').problems.map((p) => p.message), ['a.rss:1 row 1: missing field "pubDate"']);
    assert.equal(readFeed(xml, 'a.rss', { defaultDate: '2023-05-01' }).articles[0]?.date, '2023-05-01');
  });

  test('an item without any text is a problem', () => {
    const xml = '<rss version="2.0"><channel><item><title>Only a title</title><pubDate>Mon, 01 May 2023 10:00:00 GMT</pubDate></item></channel></rss>';
    assert.deepEqual(readFeed(xml, 'a.rss').problems.map((p) => p.message), ['a.rss:1 row 1: no text']);
  });
});
