import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateArticle, articleId, buildPipeline, ingestPaths, loadKnowledge, openStore, readText, type StoredArticle } from '../../src/index.ts';

// Issue 17: a lone UTF-16 surrogate ("\ud800" escaped in JSON) reached SQLite, which stored it as
// three replacement characters, so every offset after it pointed two characters too early.

const pipeline = buildPipeline(loadKnowledge());
const TEXT = 'Odd \ud800 mark. Russia accused Ukraine of shelling the town on Monday.';

/** Ingests `content` as `name` (in a file, or as text for inputs a UTF-8 file cannot hold) and reads the article back. */
async function storedArticle(name: string, content: string, asFile: boolean): Promise<StoredArticle> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-unicode-'));
  const store = openStore(join(dir, 'x.db'));
  try {
    if (asFile) {
      writeFileSync(join(dir, name), content);
      const summary = await ingestPaths(store, pipeline, [join(dir, name)]);
      assert.deepEqual(summary.problems, []);
    } else {
      const { articles, problems } = readText(content, name);
      assert.deepEqual(problems, []);
      store.insertArticles(articles.map((a) => annotateArticle(pipeline, { ...a, id: articleId(a.title, a.text) })));
    }
    const [summary] = store.listArticles();
    return store.requireArticle(summary!.id);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function assertOffsets(article: StoredArticle): void {
  assert.equal(article.text, TEXT.replace('\ud800', '\ufffd'));
  const slice = (r: { start: number; end: number }): string => article.text.slice(r.start, r.end);
  const accused = article.events.find((e) => e.event === 'ACCUSE');
  assert.ok(accused, JSON.stringify(article.events));
  assert.equal(slice(accused), 'accused');
  assert.deepEqual(accused.source.map(slice), ['Russia']);
  assert.deepEqual(accused.target.map(slice), ['Ukraine']);
  assert.deepEqual(article.mentions.map(slice), ['Russia', 'Ukraine']);
  assert.deepEqual(article.timex.map(slice), ['on Monday']);
  for (const s of article.sentences) assert.equal(slice(s).trim(), slice(s));
}

test('unicode: a lone surrogate escaped in JSON Lines leaves every offset on its word', async () => {
  // The file holds the six characters \ud800, as JSON writers emit them; JSON.parse makes the lone surrogate.
  const line = JSON.stringify({ date: '2022-01-10', text: TEXT });
  assert.ok(line.includes('\\ud800'));
  assertOffsets(await storedArticle('a.jsonl', `${line}\n`, true));
});

test('unicode: a lone surrogate in CSV and in dated text leaves every offset on its word', async () => {
  // A UTF-8 file cannot hold a lone surrogate; text handed over as a string (uploads, the library) can.
  assertOffsets(await storedArticle('a.csv', `date,text\n2022-01-10,"${TEXT}"\n`, false));
  assertOffsets(await storedArticle('a.txt', `date 2022-01-10\n\n${TEXT}\n`, false));
});

test('unicode: decomposed letters are stored composed (NFC), so names match the knowledge base', async () => {
  const decomposed = 'Recep Tayyip Erdog\u0306an met Vladimir Putin in Sochi on Monday.';
  const { articles } = readText(JSON.stringify({ date: '2022-01-10', text: decomposed }), 'b.jsonl');
  assert.equal(articles[0]!.text, decomposed.normalize('NFC'));
  assert.equal(articles[0]!.text.length, decomposed.length - 1);
});
