import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  annotateArticle, articleId, buildPipeline, listInputFiles, loadKnowledge, PACKAGE_ROOT, readInput, workerAnnotator,
  type Annotator, type ArticleBatchItem, type ArticleWithId, type Knowledge,
} from '../../src/index.ts';

// Issue 17: the same input gives the same output in any order and in any process. Articles are
// coded forward by one pipeline, reversed by a second pipeline in this process, and reversed again
// in a worker thread (its own modules, knowledge base and wink-nlp). Every annotation is compared.

const FIXTURE = join(PACKAGE_ROOT, 'test', 'fixtures', 'order', 'articles.jsonl');
const GUARDIAN = join(PACKAGE_ROOT, '..', 'shared', 'data', 'corpus', 'guardian-sample.csv');

let knowledge: Knowledge;
let worker: Annotator;
before(() => {
  knowledge = loadKnowledge();
  worker = workerAnnotator({ workers: 1 });
});
after(async () => worker.close());

async function read(paths: string[]): Promise<ArticleWithId[]> {
  const out: ArticleWithId[] = [];
  for (const file of await listInputFiles(paths)) {
    for (const a of (await readInput(file)).articles) out.push({ ...a, id: articleId(a.title, a.text) });
  }
  return out;
}

/** Every annotation of an article, keyed for comparison (the article itself is input, not output). */
function annotations(item: ArticleBatchItem): string {
  const { article: _article, ...rest } = item;
  return JSON.stringify(rest);
}

async function assertOrderFree(articles: ArticleWithId[]): Promise<number> {
  const forward = articles.map((a) => annotateArticle(buildPipeline(knowledge), a));
  const pipeline = buildPipeline(knowledge);
  const reversed = [...articles].reverse().map((a) => annotateArticle(pipeline, a)).reverse();
  const inWorker = (await worker.annotate([...articles].reverse())).reverse();
  let events = 0;
  articles.forEach((a, i) => {
    const expected = annotations(forward[i]!);
    assert.equal(annotations(reversed[i]!), expected, `article ${a.id} (${a.origin.file}:${a.origin.line ?? 1}) differs when coded in reverse order`);
    assert.equal(annotations(inWorker[i]!), expected, `article ${a.id} (${a.origin.file}:${a.origin.line ?? 1}) differs in a worker thread`);
    events += (forward[i]!.events ?? []).length;
  });
  return events;
}

test('order: examples/ and the order fixture code the same forward, reversed and in another thread', async () => {
  const articles = await read([join(PACKAGE_ROOT, 'examples'), FIXTURE]);
  assert.ok(articles.length >= 10, `expected the examples, got ${articles.length} articles`);
  const events = await assertOrderFree(articles);
  assert.ok(events > 0, 'the articles have events to compare');
  // The case behind the issue: "a Syrian women's summit" is not a Syrian person, whatever came first.
  const summit = articles.findIndex((a) => a.externalId === 'order-1');
  const item = annotateArticle(buildPipeline(knowledge), articles[summit]!);
  assert.ok(!(item.events ?? []).some((e) => e.source.some((s) => s.actor.id === 'agent:SYR-CVL')), JSON.stringify(item.events));
});

test('order: the Guardian sample codes the same forward, reversed and in another thread', { skip: !existsSync(GUARDIAN) && 'no ../shared (guardian-sample.csv)' }, async () => {
  const articles = await read([GUARDIAN]);
  assert.ok(articles.length > 200);
  const events = await assertOrderFree(articles);
  assert.ok(events > 1000, `${events} events`);
});
