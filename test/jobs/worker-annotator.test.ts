import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  annotateArticle, articleId, buildPipeline, ingestPaths, loadKnowledge, openStore, PACKAGE_ROOT, readInput, workerAnnotator,
  type Annotator, type ArticleWithId, type Pipeline,
} from '../../src/index.ts';

const EXAMPLES = join(PACKAGE_ROOT, 'examples', 'articles');
let pipeline: Pipeline;
let annotator: Annotator;
let articles: ArticleWithId[];

before(async () => {
  pipeline = buildPipeline(loadKnowledge());
  annotator = workerAnnotator({ workers: 2 });
  const read = await readInput(join(EXAMPLES, '01-russia-publishes-draft-treaties.txt'));
  articles = read.articles.map((a) => ({ ...a, id: articleId(a.title, a.text) }));
});
after(async () => annotator.close());

test('a worker annotator gives exactly what the pipeline gives on this thread', async () => {
  assert.ok(articles.length > 0);
  const [fromWorker, direct] = [await annotator.annotate(articles), articles.map((a) => annotateArticle(pipeline, a))];
  assert.deepEqual(fromWorker, direct);
  assert.ok(direct.some((item) => (item.events ?? []).length > 0), 'the example has events to compare');
});

test('chunks answered by two workers come back each to its own caller', async () => {
  const one = articles.slice(0, 1);
  const results = await Promise.all([0, 1, 2, 3, 4].map((i) => annotator.annotate(i % 2 ? [] : one)));
  assert.deepEqual(results.map((r) => r.length), [1, 0, 1, 0, 1]);
  assert.equal(results[0]![0]!.article.id, one[0]!.id);
});

test('ingest through workers stores the same rows as ingest on one thread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-workers-'));
  try {
    const counts = async (file: string, with_: Pipeline | Annotator): Promise<object> => {
      const store = openStore(join(dir, file));
      try {
        const summary = await ingestPaths(store, with_, [EXAMPLES], { batchSize: 3 });
        const { articles: n, sentences, mentions, events, quotes, statements } = store.stats();
        const order = store.listArticles({ limit: 1000 }).map((a) => a.id);
        return { inserted: summary.inserted, n, sentences, mentions, events, quotes, statements, order };
      } finally {
        store.close();
      }
    };
    assert.deepEqual(await counts('workers.db', annotator), await counts('thread.db', pipeline));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a worker that cannot build its pipeline fails the call with the reason', async () => {
  const broken = workerAnnotator({ workers: 1, dataDir: join(tmpdir(), 'no-such-dateline-data') });
  try {
    await assert.rejects(broken.annotate(articles.slice(0, 1)), /no-such-dateline-data/);
  } finally {
    await broken.close();
  }
});
