/**
 * The gazetteer and the word view: case policies (`US` is not `us`, `Turkey` is not `turkey`),
 * hyphens and slashes, longest match, and the phrase tokenizer used for hand-built Docs.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../doc/index.ts';
import { Gazetteer, aliasWords, type GazetteerFallback } from './gazetteer.ts';
import { tokenizeSimple, wordsOf } from './words.ts';

function words(text: string) {
  const doc = createDoc(text, '2021-01-01');
  tokenizeSimple(doc);
  return wordsOf(doc);
}

function matches(g: Gazetteer<string>, text: string): string[] {
  const ws = words(text);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const m = g.match(ws, i);
    if (m) {
      out.push(m.entry.value);
      i = m.end - 1;
    }
  }
  return out;
}

describe('Gazetteer', () => {
  const g = new Gazetteer<string>();
  g.add('US', 'usa');
  g.add('Turkey', 'tur');
  g.add('troops', 'mil');
  g.add('secretary-general', 'sg');
  g.add('SPLM/A', 'splm');
  g.add('LeT', 'let');
  g.add('Organization for Security and Co-operation in Europe', 'osce');
  g.add('Organization', 'org-word');
  g.freeze();

  it('matches an all-capitals alias only in capitals, with or without dots', () => {
    assert.deepEqual(matches(g, 'US and U.S. troops'), ['usa', 'usa', 'mil']);
    assert.deepEqual(matches(g, 'let us go'), []);
  });

  it('matches a capitalised alias only when capitalised, a lower-case one in any case', () => {
    assert.deepEqual(matches(g, 'Turkey roasted turkey'), ['tur']);
    assert.deepEqual(matches(g, 'TROOPS and Troops'), ['mil', 'mil']);
  });

  it('matches an alias with inner capitals exactly', () => {
    assert.deepEqual(matches(g, 'LeT claimed it; let it be'), ['let']);
  });

  it('is hyphen- and slash-insensitive and prefers the longest alias', () => {
    assert.deepEqual(matches(g, 'the secretary general and the secretary-general'), ['sg', 'sg']);
    assert.deepEqual(matches(g, 'SPLM/A fighters'), ['splm']);
    assert.deepEqual(matches(g, 'the Organization for Security and Co-operation in Europe met'), ['osce']);
  });

  it('splits aliases the way it splits text', () => {
    assert.deepEqual(aliasWords("Kurdistan Workers' Party"), ['Kurdistan', 'Workers', 'Party']);
    assert.deepEqual(aliasWords("Russia's top diplomat"), ['Russia', "'s", 'top', 'diplomat']);
  });
});

describe('Gazetteer fallback', () => {
  // A fallback that names "Ana Maria Pop" (three words, priority 5) and "New York" (two words, priority 1).
  const fallback: GazetteerFallback<string> = {
    at(ws, i) {
      const run = (n: number): string => ws.slice(i, i + n).map((w) => w.key).join(' ');
      const make = (n: number, value: string, priority: number) => ({ keys: ws.slice(i, i + n).map((w) => w.key), cases: [], forms: [], alias: run(n), value, priority });
      if (run(3) === 'ana maria pop') return make(3, 'person', 5);
      if (run(2) === 'new york') return make(2, 'fallback-ny', 1);
      return null;
    },
  };
  const g = new Gazetteer<string>();
  g.add('Ana', 'ana-word');
  g.add('New York', 'compiled-ny', 3);
  g.add('New York Times', 'nyt');
  g.freeze();
  g.setFallback(fallback);

  it('a longer fallback entry wins over a shorter compiled one', () => {
    assert.deepEqual(matches(g, 'Ana Maria Pop spoke'), ['person']);
    assert.deepEqual(g.matchAll(words('Ana Maria Pop'), 0).map((m) => m.entry.value), ['person', 'ana-word']);
  });

  it('a longer compiled entry wins over a shorter fallback one', () => {
    assert.deepEqual(matches(g, 'the New York Times'), ['nyt']);
  });

  it('at the same length, priority decides and matchAll lists both in that order', () => {
    assert.deepEqual(matches(g, 'in New York'), ['compiled-ny']);
    assert.deepEqual(g.matchAll(words('New York'), 0).map((m) => m.entry.value), ['compiled-ny', 'fallback-ny']);
  });

  it('no fallback, or one that finds nothing, leaves matching as it was', () => {
    assert.deepEqual(matches(g, 'Ana spoke'), ['ana-word']);
    g.setFallback(null);
    assert.deepEqual(matches(g, 'Ana Maria Pop spoke'), ['ana-word']);
    g.setFallback(fallback);
  });
});

describe('tokenizeSimple', () => {
  it('keeps dotted abbreviations, splits possessives and sentences', () => {
    const doc = createDoc("The U.S. said Russia's army moved. Kyiv denied it.", '2021-01-01');
    tokenizeSimple(doc);
    assert.deepEqual(doc.tokens.map((t) => t.text), ['The', 'U.S.', 'said', 'Russia', "'s", 'army', 'moved', '.', 'Kyiv', 'denied', 'it', '.']);
    assert.equal(doc.sentences.length, 2);
    for (const t of doc.tokens) assert.equal(doc.text.slice(t.start, t.end), t.text);
  });
});
