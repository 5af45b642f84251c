import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPipeline, createDoc, loadKnowledge } from '../index.ts';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';
import { eventJson } from './json.ts';
import { CONFIDENCE_MODEL_FILE, DEFAULT_MIN_CONFIDENCE, confidenceOf, loadConfidenceModel, topContributions } from './confidence.ts';

const knowledge = loadKnowledge();
const pipeline = buildPipeline(knowledge, { components: ['segmenter', 'actors', 'timex', 'events'] });

test('confidence: the committed model loads, and its threshold is DEFAULT_MIN_CONFIDENCE', () => {
  const model = loadConfidenceModel(DEFAULT_DATA_DIR);
  assert.ok(model);
  assert.equal(model.threshold, DEFAULT_MIN_CONFIDENCE);
  const raw = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, CONFIDENCE_MODEL_FILE), 'utf8')) as { provenance: { inputs: { sha256: string }[]; crossValidated: { ece: number } } };
  assert.ok(raw.provenance.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256)));
  assert.ok(raw.provenance.crossValidated.ece <= 0.05);
});

test('confidence: every coded event carries a confidence in [0, 1] and explain names the model', () => {
  const doc = pipeline.run(createDoc('Russia attacked Ukraine on Monday. The Turkish foreign minister urged Russia to withdraw its troops, officials said.', '2022-03-01'));
  const events = doc.spans.events ?? [];
  assert.ok(events.length >= 2);
  for (const e of events) {
    assert.ok(typeof e.confidence === 'number' && e.confidence >= 0 && e.confidence <= 1);
    const line = e.explain.find((x) => x.decides === 'confidence');
    assert.match(line?.reason ?? '', /^confidence \d\.\d\d from model models\/confidence\.json: features /);
    assert.equal(eventJson(e, { text: doc.text, start: 0 }, null).confidence, e.confidence);
  }
});

test('confidence: a clear act with both actors coded scores above one with no actor coded', () => {
  const clear = pipeline.run(createDoc('Russian troops attacked Ukraine.', '2022-03-01')).spans.events ?? [];
  const vague = pipeline.run(createDoc('Some people said that someone might attack somebody, if they were talking about it.', '2022-03-01')).spans.events ?? [];
  assert.ok(clear[0]?.confidence !== undefined);
  for (const e of vague) assert.ok((e.confidence ?? 0) < (clear[0]!.confidence ?? 0));
});

test('confidence: scoring and the contributions named are those of the weights', () => {
  const model = { weights: { bias: -1, 'type=ASSAULT': 2, 'source=none': -0.5 }, platt: { a: 1, b: 0 } };
  assert.equal(confidenceOf(model, { bias: 1, 'type=ASSAULT': 1 }), 0.731);
  assert.equal(topContributions(model, { bias: 1, 'type=ASSAULT': 1, 'source=none': 1, unknown: 1 }), 'type=ASSAULT +2.00, source=none -0.50');
});
