import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';
import { TIME_CASES } from './cases.ts';
import { findTimex } from './find.ts';
import { loadTimeLexicon } from './lexicon.ts';

const lexicon = loadTimeLexicon(DEFAULT_DATA_DIR, { strict: true });

for (const c of TIME_CASES) {
  const name = `time/find ${c.topic}: ${JSON.stringify(c.text)} @${c.ref}${c.tense ? ` (${c.tense})` : ''}`;
  test(name, c.todo ? { todo: c.todo } : {}, () => {
    const found = findTimex(lexicon, c.text, c.ref, c.tense ? { tense: c.tense } : {});
    if (c.none) {
      assert.deepEqual(found.map((f) => f.text), []);
      return;
    }
    const hit = c.span ? found.find((f) => f.text === c.span) : found[0];
    assert.ok(hit, `nothing found (got ${JSON.stringify(found.map((f) => f.text))})`);
    assert.equal(hit.value, c.value);
    assert.equal(c.text.slice(hit.start, hit.end), hit.text);
  });
}

test('time/find has at least 150 cases of our own', () => {
  assert.ok(TIME_CASES.length >= 150, String(TIME_CASES.length));
});
