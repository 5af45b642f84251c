import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readHtml } from './html.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
const fixture = (name: string): string => readFileSync(`${FIXTURES}${name}`, 'utf8');

const page = (head: string, body = '<p>The council met on Monday and agreed a budget for the new year.</p>'): string =>
  `<!doctype html><html><head><title>T</title>${head}</head><body><article>${body}</article></body></html>`;

describe('readHtml', () => {
  test('reads a saved news page: Readability text, og:title, site name, canonical url, lang', () => {
    const { articles, problems } = readHtml(fixture('page.html'), 'page.html');
    assert.deepEqual(problems, []);
    assert.equal(articles.length, 1);
    const article = articles[0]!;
    assert.equal(article.title, 'Coalition talks collapse in Norvania');
    assert.equal(article.source, 'The Daily Ledger');
    assert.equal(article.url, 'https://ledger.example/world/norvania-talks');
    assert.equal(article.lang, 'en-GB');
    assert.deepEqual(article.origin, { file: 'page.html' });
  });

  test('the date is the one written in the page zone, from JSON-LD @graph when meta tags are absent', () => {
    const { articles } = readHtml(fixture('page.html'), 'page.html');
    assert.equal(articles[0]!.date, '2023-05-04');
    assert.equal(articles[0]!.published, '2023-05-04T22:40:00-04:00');
  });

  test('keeps paragraphs as blank lines, drops navigation, scripts and the repeated headline', () => {
    const text = readHtml(fixture('page.html'), 'page.html').articles[0]!.text;
    assert.match(text, /^Negotiations to form a governing coalition/);
    assert.match(text, /reform the pension system\.\n\nThe breakdown leaves/);
    assert.match(text, /Friday & urged them to \u201Cput the country first\u201D/);
    assert.match(text, /support falling\.\nTurnout/);
    for (const furniture of ['Home', 'Sport', 'analytics', 'All rights reserved', 'font-family']) {
      assert.ok(!text.includes(furniture), furniture);
    }
    assert.ok(!text.startsWith('Coalition talks collapse'));
  });

  test('falls back to <title> and a Dublin Core date meta tag', () => {
    const { articles, problems } = readHtml(fixture('meta-only.html'), 'bridge.html');
    assert.deepEqual(problems, []);
    assert.equal(articles[0]!.title, 'Bridge reopens after repairs');
    assert.equal(articles[0]!.date, '2023-05-02');
    assert.equal(articles[0]!.text, 'The Kesten river bridge reopened to traffic on Tuesday after eight months of repairs, the transport ministry said.\n\nEngineers replaced the cables and resurfaced the deck.');
  });

  test('finds the date in each supported place', () => {
    const cases: [string, string][] = [
      ['<meta property="article:published_time" content="2023-01-02T10:00:00Z">', '2023-01-02'],
      ['<meta name="pubdate" content="2023-01-03">', '2023-01-03'],
      ['<meta name="publish-date" content="2023-01-04">', '2023-01-04'],
      ['<meta name="date" content="2023-01-05">', '2023-01-05'],
      ['<meta itemprop="datePublished" content="2023-01-06">', '2023-01-06'],
      ['<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2023-01-07"}]</script>', '2023-01-07'],
    ];
    for (const [head, day] of cases) {
      assert.equal(readHtml(page(head), 'p.html').articles[0]?.date, day, head);
    }
    const timeTag = page('', '<time datetime="2023-01-08T09:00:00+01:00">8 January</time><p>The council met on Monday and agreed a budget.</p>');
    assert.equal(readHtml(timeTag, 'p.html').articles[0]?.date, '2023-01-08');
  });

  test('meta tags win over <time>, and broken JSON-LD is ignored', () => {
    const html = page('<script type="application/ld+json">{broken</script><meta name="date" content="2023-02-01">', '<time datetime="2023-03-01">x</time><p>The council met on Monday and agreed a budget.</p>');
    assert.equal(readHtml(html, 'p.html').articles[0]?.date, '2023-02-01');
  });

  test('no date and no default date is E_INGEST_NO_DATE naming the file', () => {
    const { articles, problems } = readHtml(fixture('no-date.html'), 'no-date.html');
    assert.equal(articles.length, 0);
    assert.deepEqual(problems.map((p) => p.message), ['no-date.html: no date: add a "date YYYY-MM-DD" first line or pass --date']);
  });

  test('the default date applies to an undated page', () => {
    const { articles } = readHtml(fixture('no-date.html'), 'no-date.html', { defaultDate: '2023-05-07' });
    assert.equal(articles[0]?.date, '2023-05-07');
    assert.match(articles[0]!.text, /^The library will close early/);
  });

  test('a date the page gives but that cannot be read is reported', () => {
    const { problems } = readHtml(page('<meta name="date" content="May the fourth">'), 'p.html');
    assert.deepEqual(problems.map((p) => p.message), ['p.html: unparseable date "May the fourth": expected YYYY-MM-DD or an ISO timestamp']);
  });

  test('a page without any text is E_INGEST_HTML_NO_TEXT', () => {
    const { problems } = readHtml('<html><head><meta name="date" content="2023-01-01"></head><body><script>x()</script></body></html>', 'e.html');
    assert.deepEqual(problems.map((p) => p.message), ['e.html: no article text found in the page']);
  });
});
