import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc } from '../doc/index.ts';
import { segment, normalizeToken } from './segment.ts';

interface SentenceCase {
  id: string;
  text: string;
  sentences: string[];
  note?: string;
  todo?: string;
}

const cases: SentenceCase[] = readFileSync(new URL('../../test/fixtures/sentences.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as SentenceCase);

function split(text: string): string[] {
  const doc = createDoc(text, '2022-01-10');
  segment(doc);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

describe('segment: tricky news sentences (test/fixtures/sentences.jsonl)', () => {
  test('has at least 30 cases', () => assert.ok(cases.length >= 30, `only ${cases.length}`));
  for (const c of cases) {
    test(`${c.id}: ${c.note ?? ''}`, { todo: c.todo }, () => {
      assert.deepEqual(split(c.text), c.sentences);
    });
  }
});

describe('segment: offsets', () => {
  const samples = [
    ...cases.map((c) => c.text),
    'MOSCOW (Reuters) - Russia’s top diplomat said on Monday that talks would start “immediately”.\r\n\r\nThe U.S. said no.',
    'Emoji 🇺🇦 and accents: Zelenskyy met Erdoğan in Kyiv — “we’re ready,” he said… Then 10.30am came.',
    '  leading and trailing spaces  ',
    '',
  ];
  for (const [i, text] of samples.entries()) {
    test(`every token and sentence maps back to the input (sample ${i})`, () => {
      const doc = createDoc(text, '2022-01-10');
      segment(doc);
      let last = 0;
      for (const t of doc.tokens) {
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.ok(t.start >= last, 'tokens are in order and do not overlap');
        assert.equal(text.slice(last, t.start).trim(), '', `nothing but space between tokens: ${JSON.stringify(text.slice(last, t.start))}`);
        last = t.end;
      }
      assert.equal(text.slice(last).trim(), '', 'nothing is lost after the last token');
      doc.sentences.forEach((s, si) => {
        const first = doc.tokens[s.firstToken]!;
        const lastTok = doc.tokens[s.endToken - 1]!;
        assert.equal(s.start, first.start);
        assert.equal(s.end, lastTok.end);
        for (let k = s.firstToken; k < s.endToken; k++) assert.equal(doc.tokens[k]!.sentence, si);
      });
      const covered = doc.sentences.reduce((n, s) => n + (s.endToken - s.firstToken), 0);
      assert.equal(covered, doc.tokens.length, 'every token is in exactly one sentence');
    });
  }
});

describe('segment: tokens', () => {
  test('POS tags come from wink-nlp', () => {
    const doc = createDoc('Lavrov said talks will start.', '2022-01-10');
    segment(doc);
    assert.deepEqual(doc.tokens.map((t) => t.pos), ['PROPN', 'VERB', 'NOUN', 'AUX', 'VERB', 'PUNCT']);
  });
  test('decimals and money stay whole', () => {
    const doc = createDoc('It fell 2.5% to $1.2bn.', '2022-01-10');
    segment(doc);
    assert.ok(doc.tokens.some((t) => t.text === '2.5'));
    assert.equal(doc.sentences.length, 1);
  });
  test('normalizeToken folds typographic quotes and dashes', () => {
    assert.equal(normalizeToken('Russia’s'), "russia's");
    assert.equal(normalizeToken('“Nato”—'), '"nato"-');
  });
});

describe('segment: regressions', () => {
  test('words with non-ASCII letters stay whole (wink breaks "Erdoğan" into three)', () => {
    const text = 'Erdoğan met Łukasz Jędrzejewski in Kraków. Don’t worry.';
    const doc = createDoc(text, '2022-01-10');
    segment(doc);
    const words = doc.tokens.map((t) => t.text);
    for (const w of ['Erdoğan', 'Łukasz', 'Jędrzejewski', 'Kraków']) assert.ok(words.includes(w), `${w} in ${words.join('|')}`);
  });
});
