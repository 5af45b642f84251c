import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPipeline, createDoc, ingestExitCode, ingestPaths, loadKnowledge, openStore, type EventSpan } from '../../src/index.ts';

// Issue 17: limits on what one article may cost, each reported naming the article.
const knowledge = loadKnowledge();
const CLAUSE = 'Russian troops attacked Ukrainian forces and Turkey criticised Iran, ';

test('limits: a 10,000-word sentence is not coded (a warning), where it used to give thousands of events', () => {
  const text = `${CLAUSE.repeat(1000)}they said.`;
  const unlimited = buildPipeline(knowledge, { limits: { sentenceWords: 1e9, sentenceEvents: 1e9 } }).run(createDoc(text, '2022-01-10', { id: 'long' }));
  assert.ok((unlimited.spans.events ?? []).length > 1000, 'without the limit the sentence gives thousands of events');
  const doc = buildPipeline(knowledge).run(createDoc(text, '2022-01-10', { id: 'long' }));
  assert.deepEqual(doc.spans.events, []);
  assert.deepEqual(doc.warnings, [{ code: 'E_LIMIT_SENTENCE_WORDS', params: { id: 'long', sentence: 1, count: 10003, limit: 250 } }]);
});

test('limits: events per sentence are capped at the first ones in the text', () => {
  const text = `${CLAUSE.repeat(6)}they said. Russia criticised Iran.`;
  const all = buildPipeline(knowledge, { limits: { sentenceEvents: 1e9 } }).run(createDoc(text, '2022-01-10', { id: 'many' })).spans.events ?? [];
  const doc = buildPipeline(knowledge, { limits: { sentenceEvents: 3 } }).run(createDoc(text, '2022-01-10', { id: 'many' }));
  const first = all.filter((e) => e.sentence === 0);
  assert.ok(first.length > 3);
  // The kept events are the first ones, as coded; only their confidence may differ, since the model
  // reads how many events their sentence has and the capped sentence has fewer.
  const unscored = (events: readonly EventSpan[]): object[] => events.map(({ confidence: _c, explain, ...e }) => ({ ...e, explain: explain.filter((x) => x.decides !== 'confidence') }));
  assert.deepEqual(unscored(doc.spans.events ?? []), unscored([...first.slice(0, 3), ...all.filter((e) => e.sentence === 1)]));
  assert.deepEqual(doc.warnings, [{ code: 'E_LIMIT_SENTENCE_EVENTS', params: { id: 'many', sentence: 1, count: first.length, limit: 3 } }]);
});

test('limits: only the first sentences of an article are annotated; the text is kept whole', () => {
  const text = 'Russia criticised Iran. Turkey criticised Iran. Iran criticised Turkey.';
  const doc = buildPipeline(knowledge, { limits: { sentences: 2 } }).run(createDoc(text, '2022-01-10', { id: 'short' }));
  assert.equal(doc.text, text);
  assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), ['Russia criticised Iran.', 'Turkey criticised Iran.']);
  assert.ok(doc.tokens.every((t) => t.end <= doc.sentences[1]!.end));
  assert.ok((doc.spans.events ?? []).every((e) => e.sentence < 2));
  assert.deepEqual(doc.warnings.map((w) => w.code), ['E_LIMIT_SENTENCES']);
});

test('limits: an ingest stores the article, reports each limit naming file, line and article, and still exits 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-limits-'));
  const store = openStore(join(dir, 'x.db'));
  try {
    const file = join(dir, 'a.jsonl');
    const lines = [
      { date: '2022-01-10', text: 'Russia criticised Iran on Monday.' },
      { date: '2022-01-10', text: `${CLAUSE.repeat(30)}they said.` },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const summary = await ingestPaths(store, buildPipeline(knowledge, { limits: { sentenceWords: 100 } }), [file]);
    assert.equal(summary.inserted, 2);
    assert.deepEqual(summary.problems, []);
    assert.equal(summary.warnings.length, 1);
    const [warning] = summary.warnings;
    assert.equal(warning!.code, 'E_LIMIT_SENTENCE_WORDS');
    assert.match(warning!.message, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: article [0-9a-f]{16} sentence 1 has 303 words, over the limit of 100: no events coded in it`));
    assert.equal(ingestExitCode(summary), 0);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
