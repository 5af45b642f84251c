import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput, readRecords, readSource } from './stream.ts';
import { resolveLimits, DEFAULT_LIMITS } from './limits.ts';
import type { ReadItem } from './items.ts';

const line = (i: number): string => `${JSON.stringify({ date: '2022-01-10', text: `Article ${i}: Russia and Ukraine held talks.` })}\n`;

/**
 * A source that gives its second half only once the consumer has received a record: a reader that
 * read the whole input before handing anything over would fail here, whatever the timing.
 */
function gated(first: string, second: string, received: () => boolean): AsyncIterable<string> {
  return {
    async *[Symbol.asyncIterator]() {
      yield first;
      if (!received()) throw new Error('the rest of the input was asked for before any record was handed over');
      yield second;
    },
  };
}

for (const [format, head, rows] of [
  ['jsonl', '', [line(1), line(2)]],
  ['csv', 'date,text\n', ['2022-01-10,First article.\n', '2022-01-11,Second article.\n']],
] as const) {
  test(`readSource streams ${format}: the first record is handed over before the rest is read (issue 17)`, async () => {
    const items: ReadItem[] = [];
    // The first part is larger than the 4 KB the reader looks at to guess the format.
    const first = head + rows[0].repeat(1) + '\n'.repeat(5000);
    for await (const item of readSource(gated(first, rows[1], () => items.length > 0), `x.${format}`, { format })) items.push(item);
    assert.deepEqual(items.map((i) => ('article' in i ? i.article.origin.line : i.problem.message)), format === 'jsonl' ? [1, 5002] : [2, 5003]);
  });
}

test('readRecords: a JSON Lines line over the article limit is rejected by line, without holding it; the others are read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-stream-'));
  try {
    const file = join(dir, 'big.jsonl');
    const huge = JSON.stringify({ date: '2022-01-10', text: 'word '.repeat(5000) });
    writeFileSync(file, `${line(1)}${huge}\n${line(3)}`);
    const { articles, problems } = await readInput(file, { limits: { articleBytes: 10_000 } });
    assert.deepEqual(articles.map((a) => a.origin.line), [1, 3]);
    assert.deepEqual(problems.map((p) => [p.code, p.location.line]), [['E_INGEST_TOO_LARGE', 2]]);
    assert.match(problems[0]!.message, /big\.jsonl:2: article of \d+ bytes is over the limit of 10000 bytes/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('readRecords: a story of a text file over the article limit is rejected naming file and line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-stream-'));
  try {
    const file = join(dir, 'a.txt');
    writeFileSync(file, `date 2022-01-10\n\n${'Talks went on. '.repeat(100)}\n`);
    const { articles, problems } = await readInput(file, { limits: { articleBytes: 1000 } });
    assert.equal(articles.length, 0);
    assert.deepEqual(problems.map((p) => [p.code, p.location]), [['E_INGEST_TOO_LARGE', { file, line: 3 }]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('readRecords: a file read whole over the file limit is one problem, read no further', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-stream-'));
  try {
    const file = join(dir, 'page.html');
    writeFileSync(file, `<html><body><p>${'x'.repeat(5000)}</p></body></html>`);
    const items: ReadItem[] = [];
    for await (const item of readRecords(file, { limits: { fileBytes: 1000 } })) items.push(item);
    assert.deepEqual(items.map((i) => ('problem' in i ? i.problem.code : 'article')), ['E_INGEST_FILE_TOO_LARGE']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('readRecords: invalid UTF-8 on one JSON Lines line costs that line only', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-stream-'));
  try {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from(line(1)), Buffer.from('{"date":"2022-01-10","text":"bad \xff"}\n', 'latin1'), Buffer.from(line(3))]));
    const { articles, problems } = await readInput(file);
    assert.deepEqual(articles.map((a) => a.origin.line), [1, 3]);
    assert.deepEqual(problems.map((p) => [p.code, p.location.line]), [['E_INGEST_NOT_TEXT', 2]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('resolveLimits: defaults, then the environment, then --limit; a bad name lists the valid ones', () => {
  assert.deepEqual(resolveLimits(), DEFAULT_LIMITS);
  const limits = resolveLimits(['sentence-words=100,article-bytes=2MB', 'sentences=7'], { DATELINE_MAX_SENTENCES: '9', DATELINE_MAX_SENTENCE_EVENTS: '3' });
  assert.deepEqual(limits, { ...DEFAULT_LIMITS, sentenceWords: 100, articleBytes: 2 * 1024 * 1024, sentences: 7, sentenceEvents: 3 });
  assert.throws(() => resolveLimits(['words=3']), /bad --limit "words=3": expected NAME=N with NAME one of article-bytes, file-bytes, sentences, sentence-words, sentence-events/);
  assert.throws(() => resolveLimits(['sentences=0']), /bad --limit sentences "0"/);
  assert.throws(() => resolveLimits([], { DATELINE_MAX_ARTICLE_BYTES: 'lots' }), /bad DATELINE_MAX_ARTICLE_BYTES "lots"/);
});
