import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../doc/index.ts';
import { DatelineError } from '../errors.ts';
import { createPipeline, type Component } from './pipeline.ts';

const tokens: Component = { name: 'toy-tokens', assigns: ['tokens'], requires: [], run: (doc) => void (doc.tokens = []) };
const actors: Component = { name: 'toy-actors', assigns: ['actors'], requires: ['tokens'], run: (doc) => void (doc.spans.actors = []) };
const broken: Component = { name: 'toy-broken', assigns: [], requires: [], run: () => { throw new Error('boom'); } };

test('nlp/pipeline: runs components in order', () => {
  const doc = createPipeline([tokens, actors]).run(createDoc('x', '2022-01-10'));
  assert.deepEqual(doc.spans.actors, []);
});

test('nlp/pipeline: a requirement no earlier component assigns stops the build, naming both', () => {
  assert.throws(() => createPipeline([actors, tokens]), (e: unknown) => e instanceof DatelineError && e.code === 'E_PIPE_MISSING_LAYER'
    && e.message === 'component toy-actors requires tokens, which no earlier component assigns');
});

test('nlp/pipeline: a failing component goes to the error handler with the article id', () => {
  const seen: string[] = [];
  const pipeline = createPipeline([broken, tokens], { onError: (e) => seen.push(e.message) });
  const doc = pipeline.run(createDoc('x', '2022-01-10', { id: 'abc' }));
  assert.deepEqual(seen, ['component toy-broken failed on article abc: boom']);
  assert.deepEqual(doc.tokens, [], 'the Doc is returned as far as it got');
  assert.throws(() => createPipeline([broken]).run(createDoc('x', '2022-01-10')), /component toy-broken failed on article \(unsaved\): boom/);
});
