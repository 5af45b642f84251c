import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, createDoc, loadKnowledge, DEFAULT_DATA_DIR } from '../../src/index.ts';
import { codeEvents, createEventCoder, loadEventLexicon } from '../../src/events/index.ts';
import { createPipeline } from '../../src/nlp/pipeline.ts';

const knowledge = loadKnowledge();
const { lexicon } = loadEventLexicon(DEFAULT_DATA_DIR, { strict: true });
const base = buildPipeline(knowledge, { components: ['segmenter', 'actors', 'timex'] });

function events(text: string, date = '2023-06-14') {
  const doc = base.run(createDoc(text, date));
  return { doc, events: codeEvents(doc, lexicon) };
}

test('the coder runs after the real stages, as a pipeline component', () => {
  const pipeline = createPipeline([...base.components, createEventCoder(lexicon)]);
  const doc = pipeline.run(createDoc('Turkey urged Russia on Monday to release the detained sailors.', '2023-06-14'));
  const e = doc.spans.events?.[0];
  assert.equal(e?.event, 'REQUEST');
  assert.equal(e?.source[0]?.actor.country, 'TUR');
  assert.equal(e?.target[0]?.actor.country, 'RUS');
  assert.equal(e?.date, '2023-06-12');
});

test('real stages: a planned meeting is scheduled, with its date', () => {
  const { events: es } = events('Japan and South Korea will hold talks in Seoul next week.');
  assert.equal(es[0]?.event, 'CONSULT');
  assert.equal(es[0]?.status, 'scheduled');
  assert.deepEqual(es[0]?.source.map((p) => p.actor.country), ['JPN', 'KOR']);
});

test('real stages: a feared attack and a denied attack are never occurred', () => {
  const { events: feared } = events('The troop buildup has raised fears of a possible invasion.');
  assert.ok(feared.filter((e) => e.event === 'ASSAULT').every((e) => e.status !== 'occurred'));
  const { events: denied } = events('China has denied it plans to attack Taiwan.');
  const attack = denied.find((e) => e.event === 'ASSAULT');
  assert.equal(attack?.status, 'denied');
  assert.equal(attack?.source[0]?.actor.country, 'CHN');
});

test('real stages: reported speech keeps the speaker apart', () => {
  const { events: es } = events('The Ukrainian foreign minister said Russian forces shelled Kharkiv on Tuesday.');
  const e = es.find((x) => x.event === 'ASSAULT');
  assert.equal(e?.source[0]?.actor.country, 'RUS');
  assert.equal(e?.reportedBy?.actor.country, 'UKR');
  assert.equal(e?.date, '2023-06-13');
});

test('events/pipeline: blocking a bridge or an entrance is a protest (obstruct)', () => {
  for (const text of ['Greek farmers blocked the main bridge into Athens on Monday.', 'French fishermen blocked the entrance to the port of Calais.']) {
    const doc = createPipeline([...base.components, createEventCoder(lexicon)]).run(createDoc(text, '2022-01-10'));
    const e = doc.spans.events?.[0];
    assert.equal(e?.event, 'PROTEST', text);
    assert.equal(e?.mode, 'obstruct');
  }
});
