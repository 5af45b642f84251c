import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PIPELINE_VERSION } from '../../src/index.ts';
import { getJson, startServer, tempDir, type RunningServer } from './helpers.ts';

// DECISIONS §9: an upload records the pipeline version that coded it, and /api/stats says how many
// articles each version coded and how many an older one did.

const tmp = tempDir();
let server: RunningServer;
before(async () => {
  server = await startServer(join(tmp.dir, 'versions.db'));
});
after(async () => {
  await server?.close();
  tmp.cleanup();
});

test('/api/stats: articles per pipeline version, uploads coded by the current one', async () => {
  const body = JSON.stringify({ articles: [
    { date: '2022-01-10', text: 'Russian and American diplomats met in Geneva on Monday for security talks.' },
    { date: '2022-01-11', text: 'Germany urged Russia to pull back its troops, officials said.' },
  ] });
  const response = await fetch(new URL('api/articles', server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  assert.equal(response.status, 200);
  const current = String(PIPELINE_VERSION);
  let stats = (await getJson(server.url, 'api/stats')).body;
  assert.deepEqual([stats.pipelineVersions, stats.currentPipelineVersion, stats.olderPipelineArticles], [[{ version: current, articles: 2 }], current, 0]);

  server.store.db.exec("UPDATE articles SET pipeline_version = NULL WHERE date = '2022-01-10'");
  stats = (await getJson(server.url, 'api/stats')).body;
  assert.deepEqual([stats.pipelineVersions, stats.olderPipelineArticles], [[{ version: current, articles: 1 }, { version: null, articles: 1 }], 1]);
});
