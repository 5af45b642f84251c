import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from './doc.ts';
import { wellFormed } from './unicode.ts';

test('wellFormed: lone surrogates become U+FFFD, pairs stay, the length never changes', () => {
  const cases: [string, string][] = [
    ['a\uD800b', 'a\uFFFDb'],
    ['a\uDC00b', 'a\uFFFDb'],
    ['\uDC00\uD800', '\uFFFD\uFFFD'],
    ['end\uD83D', 'end\uFFFD'],
    ['emoji \uD83D\uDE00 ok', 'emoji \uD83D\uDE00 ok'],
    ['plain', 'plain'],
  ];
  for (const [input, expected] of cases) {
    assert.equal(wellFormed(input), expected);
    assert.equal(wellFormed(input).length, input.length);
  }
});

test('createDoc: the text is well formed and keeps its offsets', () => {
  const doc = createDoc('x\uD800 Russia', '2022-01-10');
  assert.equal(doc.text, 'x\uFFFD Russia');
  assert.equal(doc.text.slice(3, 9), 'Russia');
});
