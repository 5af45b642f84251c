import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWinkReader, readWithWink } from './wink.ts';

// Issue 17: wink-nlp adds every word it has not seen to its lexicon, and afterwards tokenises that
// string as one known word. "women’s," in one article made "women’s" one token in the next one.
const LATER = 'The next step is holding a Syrian women’s summit in Geneva.';
const EARLIER = 'Help came from local women’s, youth and human rights groups.';

test('wink reader: a text reads the same whatever was read before it (issue 17)', () => {
  const reader = createWinkReader();
  const alone = reader.read(LATER);
  reader.read(EARLIER);
  const after = reader.read(LATER);
  assert.deepEqual(after, alone);
  assert.deepEqual(alone.words.slice(6, 9), ['Syrian', 'women', '’s']);
});

test('wink reader: the shared reader matches a fresh one after other texts', () => {
  readWithWink(EARLIER);
  assert.deepEqual(readWithWink(LATER), createWinkReader().read(LATER));
});

test('wink reader: rebuilding the instance many times changes nothing and does not exhaust memory', () => {
  // rebuildAfter 1: every text with a new word rebuilds wink from its model (about 60 ms each).
  const reader = createWinkReader({ rebuildAfter: 1 });
  const expected = createWinkReader().read(LATER);
  for (let i = 0; i < 25; i++) {
    reader.read(`${EARLIER} Zqx${i}vard arrived.`);
    assert.deepEqual(reader.read(LATER), expected);
  }
});
