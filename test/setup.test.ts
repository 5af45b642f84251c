import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, createDoc, DatelineError, loadKnowledge } from '../src/index.ts';

const knowledge = loadKnowledge();

test('setup: the default pipeline runs every registered component in order', () => {
  const pipeline = buildPipeline(knowledge);
  assert.deepEqual(pipeline.components.map((c) => c.name).slice(0, 3), ['segmenter', 'actors', 'timex']);
  assert.ok(pipeline.components.some((c) => c.name === 'quotes'));
  const doc = pipeline.run(createDoc('Russian foreign minister Sergey Lavrov said on Monday that talks would start on January 10.', '2021-12-28'));
  assert.equal(doc.spans.actors?.[0]?.actor.id, 'person:sergey-lavrov');
  assert.deepEqual(doc.spans.timex?.map((t) => t.value), ['2021-12-27', '2022-01-10']);
});

test('setup: a subset keeps the registered order; an unknown name lists the valid ones', () => {
  assert.deepEqual(buildPipeline(knowledge, { components: ['timex', 'segmenter'] }).components.map((c) => c.name), ['segmenter', 'timex']);
  assert.throws(() => buildPipeline(knowledge, { components: ['segmenter', 'sentiment'] }), (e: unknown) => e instanceof DatelineError
    && e.message.startsWith('unknown component sentiment: expected one of segmenter, actors, timex'));
  assert.throws(() => buildPipeline(knowledge, { components: ['actors'] }), /component actors requires sentences/);
});
