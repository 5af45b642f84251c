import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findColumns, readCsv } from './csv.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = `${REPO}test/fixtures/ingest/`;
const GUARDIAN = `${REPO}../shared/data/corpus/guardian-sample.csv`;

const fixture = (name: string): string => readFileSync(`${FIXTURES}${name}`, 'utf8');

describe('readCsv', () => {
  test('the Guardian sample gives 249 articles and no problems', { skip: !existsSync(GUARDIAN) }, () => {
    const { articles, problems } = readCsv(readFileSync(GUARDIAN, 'utf8'), 'guardian.csv');
    assert.deepEqual(problems, []);
    assert.equal(articles.length, 249);
    assert.ok(articles.every((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.date) && a.text.length > 0 && a.source === 'Guardian'));
    assert.equal(articles[0]!.externalId, '3');
    assert.deepEqual(articles[0]!.origin, { file: 'guardian.csv', line: 2, row: 1 });
  });

  test('reads a BOM, CRLF, quoted newlines and doubled quotes, finding columns by other names', () => {
    const { articles, problems } = readCsv(fixture('bom-crlf.csv'), 'wire.csv', { defaultSource: 'Fallback' });
    assert.deepEqual(problems, []);
    assert.equal(articles.length, 3);
    assert.deepEqual(articles[0], {
      date: '2023-05-04',
      published: '2023-05-04T09:30:00+02:00',
      title: 'Ministers meet in Brussels',
      text: 'Foreign ministers met in Brussels on Thursday.\n\nThey discussed sanctions and energy.',
      source: 'Wire Desk',
      url: null,
      lang: null,
      externalId: '1',
      origin: { file: 'wire.csv', line: 2, row: 1 },
    });
    // The first record spans lines 2-4, so the second starts on line 5.
    assert.deepEqual(articles.map((a) => a.origin.line), [2, 5, 6]);
    assert.equal(articles[1]!.source, 'Fallback');
    assert.equal(articles[2]!.title, 'Quotes "inside" fields');
  });

  test('rows without text, with a bad date or too few fields are problems with line and row', () => {
    const { articles, problems } = readCsv(fixture('missing-text.csv'), 'rows.csv');
    assert.deepEqual(articles.map((a) => a.externalId), ['a1', 'a3']);
    assert.deepEqual(problems.map((p) => p.message), [
      'rows.csv:3 row 2: no text',
      'rows.csv:7 row 4: no text',
      'rows.csv:8 row 5: unparseable date "05/05/2023": expected YYYY-MM-DD or an ISO timestamp',
      'rows.csv:9 row 6: CSV error: row has 2 fields, the header has 4',
    ]);
    assert.deepEqual(problems[0]!.location, { file: 'rows.csv', line: 3, row: 2 });
  });

  test('--map picks a column by name, case-insensitively', () => {
    const csv = 'when,story,notes\n2023-05-04,The story text.,ignore me\n';
    const { articles, problems } = readCsv(csv, 'm.csv', { columnMap: { text: 'STORY', date: 'when' } });
    assert.deepEqual(problems, []);
    assert.equal(articles[0]!.text, 'The story text.');
  });

  test('--map naming a missing column is one file-level problem and nothing is read', () => {
    const csv = '"",date,text\n1,2023-05-04,Some text.\n';
    const { articles, problems } = readCsv(csv, 'm.csv', { columnMap: { text: 'body' } });
    assert.equal(articles.length, 0);
    assert.deepEqual(problems.map((p) => p.message), [
      'm.csv: --map names column "body", which the header does not have (columns: "", "date", "text")',
    ]);
    assert.equal(problems[0]!.code, 'E_INGEST_MAP_COLUMN');
  });

  test('a header without a text column, or without a date column and no default, is a file-level problem', () => {
    assert.deepEqual(readCsv('date,title\n2023-05-04,x\n', 'a.csv').problems.map((p) => p.message), [
      'a.csv: no text column: expected one of "text", "body", "content", or pass --map text=COLUMN',
    ]);
    assert.deepEqual(readCsv('title,text\nx,Some text.\n', 'b.csv').problems.map((p) => p.message), [
      'b.csv: no date column: expected "date", or pass --map date=COLUMN or --date',
    ]);
    const dated = readCsv('title,text\nx,Some text.\n', 'b.csv', { defaultDate: '2023-05-04' });
    assert.deepEqual(dated.problems, []);
    assert.equal(dated.articles[0]!.date, '2023-05-04');
  });

  test('an empty date cell uses the default date, or is a missing field', () => {
    const csv = 'published,text\n,Some text.\n';
    assert.deepEqual(readCsv(csv, 'a.csv').problems.map((p) => p.message), ['a.csv:2 row 1: missing field "published"']);
    assert.equal(readCsv(csv, 'a.csv', { defaultDate: '2023-05-04' }).articles[0]!.date, '2023-05-04');
  });

  test('an unclosed quote costs only its own row: reading goes on at the next line (issue 17)', () => {
    const csv = 'date,text\n2023-05-04,Good row.\n2023-05-05,"Never closed\n2023-05-06,Kept.\n';
    const { articles, problems } = readCsv(csv, 'q.csv');
    assert.deepEqual(articles.map((a) => a.text), ['Good row.', 'Kept.']);
    assert.deepEqual(problems.map((p) => p.message), ['q.csv:3: CSV error: the quote opened on line 3 is never closed']);
  });

  test('a quote that closes on a later row does not merge the rows, even without --strict (issue 17)', () => {
    // csv-parse with relax_quotes read lines 3-4 as one record: "Talks began\n2023-05-06,Second" row.
    const csv = 'date,text\n2023-05-04,One.\n2023-05-05,"Talks began\n2023-05-06,Second" row\n2023-05-07,Three.\n';
    const { articles, problems } = readCsv(csv, 'm.csv');
    assert.deepEqual(problems.map((p) => p.message), [
      'm.csv:3: CSV error: the quoted field opened on line 3, closed on line 4, is followed by " row" instead of a comma or the end of the row',
    ]);
    assert.deepEqual(articles.map((a) => [a.origin.line, a.text]), [[2, 'One.'], [4, 'Second" row'], [5, 'Three.']]);
    assert.ok(!articles.some((a) => a.text.includes('\n')), 'no article holds two rows');
  });

  test('a quote closed mid-field on its own line is that row\'s problem; the next rows are kept', () => {
    const csv = 'date,text\n2023-05-04,"He said "no" to talks"\n2023-05-05,Russia agreed.\n2023-05-06,"ok"\n';
    const { articles, problems } = readCsv(csv, 'q.csv');
    assert.deepEqual(problems.map((p) => p.location), [{ file: 'q.csv', line: 2 }]);
    assert.deepEqual(articles.map((a) => a.text), ['Russia agreed.', 'ok']);
  });

  test('a legal quoted field over several lines is one record (RFC 4180)', () => {
    const csv = 'date,text,source\n2023-05-04,"Para one.\n\nPara ""two"".",Wire\n2023-05-05,Next.,Wire\n';
    const { articles, problems } = readCsv(csv, 'ok.csv');
    assert.deepEqual(problems, []);
    assert.deepEqual(articles.map((a) => [a.origin, a.text]), [
      [{ file: 'ok.csv', line: 2, row: 1 }, 'Para one.\n\nPara "two".'],
      [{ file: 'ok.csv', line: 5, row: 2 }, 'Next.'],
    ]);
  });

  test('a record over the article size limit is rejected by line; the next rows are kept', () => {
    const big = 'x'.repeat(300);
    const csv = `date,text\n2023-05-04,"${big}\n${big}"\n2023-05-05,Small.\n`;
    const { articles, problems } = readCsv(csv, 'big.csv', { limits: { articleBytes: 400 } });
    assert.deepEqual(problems.map((p) => [p.code, p.location.line]), [['E_INGEST_TOO_LARGE', 2], ['E_INGEST_CSV', 3]]);
    assert.deepEqual(articles.map((a) => a.text), ['Small.']);
  });

  test('mixed line ends in one file still parse', () => {
    const { articles, problems } = readCsv('date,text\r\n2023-05-04,One.\n2023-05-05,"Two\r\nlines"\n', 'mix.csv');
    assert.deepEqual(problems, []);
    assert.deepEqual(articles.map((a) => a.text), ['One.', 'Two\nlines']);
  });
});

describe('findColumns', () => {
  test('an unnamed first column is the id; an unnamed later column is not', () => {
    assert.deepEqual(findColumns(['', 'date', 'text', 'source']), { columns: { id: 0, date: 1, text: 2, source: 3 } });
    assert.deepEqual(findColumns(['date', 'text', '']), { columns: { date: 0, text: 1 } });
  });

  test('prefers the best-known name and ignores case', () => {
    assert.deepEqual(findColumns(['Headline', 'Body', 'PubDate', 'Content']), { columns: { title: 0, text: 1, date: 2 } });
  });
});
