import { parentPort, workerData } from 'node:worker_threads';
import { buildPipeline, loadKnowledge } from '../setup.ts';
import { startHeapTrim } from '../lib/heap-trim.ts';
import { annotateArticle, type ArticleWithId } from './annotator.ts';
import type { PipelineRecipe } from './worker-annotator.ts';

// One worker of a worker annotator: builds its own pipeline from the recipe, then answers
// `{ seq, articles }` with `{ seq, items }` or `{ seq, error }`.
const recipe = (workerData as { recipe: PipelineRecipe }).recipe;
const pipeline = buildPipeline(loadKnowledge(recipe.dataDir, { strict: recipe.strict }), { components: recipe.components, limits: recipe.limits });
startHeapTrim(recipe.gcIntervalMs ?? 0);

parentPort!.on('message', ({ seq, articles }: { seq: number; articles: ArticleWithId[] }) => {
  try {
    parentPort!.postMessage({ seq, items: articles.map((a) => annotateArticle(pipeline, a)) });
  } catch (error) {
    const e = error as Error;
    parentPort!.postMessage({ seq, error: { name: e.name, message: e.message, code: (e as { code?: string }).code } });
  }
});
