import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Doc, type PosTag, type Token } from '../doc/index.ts';
import { createPipeline } from '../nlp/pipeline.ts';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';
import { tokenAtoms } from './atoms.ts';
import { loadTimeLexicon } from './lexicon.ts';
import { createTimexTagger, type TimexExt } from './tagger.ts';
import { clauseTense } from './tense.ts';

const lexicon = loadTimeLexicon(DEFAULT_DATA_DIR, { strict: true });

/** Builds a segmented Doc by hand from `word/POS` pairs, one sentence per array. */
function handDoc(date: string, sentences: string[][]): Doc {
  const parts = sentences.map((s) => s.map((wp) => wp.slice(0, wp.lastIndexOf('/'))).join(' '));
  const doc = createDoc(parts.join(' '), date);
  let offset = 0;
  sentences.forEach((s, si) => {
    const firstToken = doc.tokens.length;
    const start = offset;
    for (const wp of s) {
      const cut = wp.lastIndexOf('/');
      const text = wp.slice(0, cut);
      const token: Token = { text, norm: text.toLowerCase().replace(/\u2019/g, "'"), start: offset, end: offset + text.length, pos: wp.slice(cut + 1) as PosTag, sentence: si };
      doc.tokens.push(token);
      offset += text.length + 1;
    }
    doc.sentences.push({ start, end: offset - 1, firstToken, endToken: doc.tokens.length });
  });
  return doc;
}

test('time/tagger component contract', () => {
  const tagger = createTimexTagger(lexicon);
  assert.equal(tagger.name, 'timex');
  assert.deepEqual(tagger.assigns, ['timex']);
  assert.deepEqual(tagger.requires, ['sentences', 'tokens']);
});

test('time/tagger on a hand-built doc: weekday by tense, with provenance', () => {
  const doc = handDoc('2021-12-28', [
    ['Lavrov/PROPN', 'said/VERB', 'on/ADP', 'Monday/PROPN', './PUNCT'],
    ['Talks/NOUN', 'will/AUX', 'start/VERB', 'on/ADP', 'Monday/PROPN', './PUNCT'],
  ]);
  createTimexTagger(lexicon).run(doc);
  const spans = doc.spans.timex!;
  assert.deepEqual(spans.map((s) => [doc.text.slice(s.start, s.end), s.value, s.rule]), [
    ['on Monday', '2021-12-27', 'time:weekday-past'],
    ['on Monday', '2022-01-03', 'time:weekday-future'],
  ]);
  assert.match(spans[0]!.reason, /past tense/);
  assert.equal(spans[0]!.label, 'TIMEX');
  assert.equal(spans[0]!.granularity, 'day');
});

test('time/tagger links a period to the end the article states (time:linked-end)', () => {
  const doc = handDoc('2021-12-28', [
    ['Talks/NOUN', 'will/AUX', 'start/VERB', 'immediately/ADV', 'after/ADP', 'New/PROPN', 'Year/PROPN', 'holidays/NOUN', './PUNCT'],
    ['The/DET', 'holidays/NOUN', 'in/ADP', 'Russia/PROPN', 'will/AUX', 'last/VERB', 'till/ADP', 'January/PROPN', '9/NUM', './PUNCT'],
  ]);
  createTimexTagger(lexicon).run(doc);
  const spans = doc.spans.timex!;
  assert.deepEqual(spans.map((s) => [doc.text.slice(s.start, s.end), s.value]), [
    ['immediately after New Year holidays', '2022-01-10/..'],
    ['till January 9', '../2022-01-09'],
  ]);
  assert.equal(spans[0]!.rule, 'time:linked-end');
  assert.match(spans[0]!.reason, /till January 9/);
  const ext = doc.ext.timex as TimexExt;
  assert.deepEqual(ext.links, [{ id: 'new-year-holidays', edge: 'end', date: '2022-01-09', sourceText: 'till January 9' }]);
});

test('time/tagger without a statement the lexicon default holds', () => {
  const doc = handDoc('2021-12-28', [['Talks/NOUN', 'will/AUX', 'start/VERB', 'after/ADP', 'the/DET', 'New/PROPN', 'Year/PROPN', 'holidays/NOUN', './PUNCT']]);
  createTimexTagger(lexicon).run(doc);
  assert.equal(doc.spans.timex![0]!.value, '2022-01-09/..');
  assert.equal(doc.spans.timex![0]!.rule, 'time:named-period/new-year-holidays');
});

test('time/tagger runs in a pipeline and replaces its own spans only', () => {
  const doc = handDoc('2021-12-28', [['Lavrov/PROPN', 'spoke/VERB', 'yesterday/NOUN', './PUNCT']]);
  doc.spans.actors = [];
  createPipeline([{ name: 'fake-segmenter', assigns: ['sentences', 'tokens'], requires: [], run: () => {} }, createTimexTagger(lexicon)]).run(doc);
  assert.equal(doc.spans.timex![0]!.value, '2021-12-27');
  assert.deepEqual(doc.spans.actors, []);
});

test('time/tagger hint serves a bare phrase; a verb wins over it', () => {
  const bare = handDoc('2021-12-28', [['Monday/PROPN']]);
  createTimexTagger(lexicon, { tense: 'future' }).run(bare);
  assert.equal(bare.spans.timex![0]!.value, '2022-01-03');
  const verb = handDoc('2021-12-28', [['He/PRON', 'arrived/VERB', 'on/ADP', 'Monday/PROPN']]);
  createTimexTagger(lexicon, { tense: 'future' }).run(verb);
  assert.equal(verb.spans.timex![0]!.value, '2021-12-27');
});

test('time/tagger a present verb schedules a weekday ahead (news body text), other dates take the nearest', () => {
  const weekday = handDoc('2022-01-10', [['The/DET', 'talks/NOUN', 'continue/VERB', 'on/ADP', 'Wednesday/PROPN']]);
  createTimexTagger(lexicon).run(weekday);
  assert.equal(weekday.spans.timex![0]!.value, '2022-01-12');
  const monthDay = handDoc('2021-12-28', [['The/DET', 'holidays/NOUN', 'end/VERB', 'on/ADP', 'January/PROPN', '9/NUM']]);
  createTimexTagger(lexicon).run(monthDay);
  assert.equal(monthDay.spans.timex![0]!.value, '2022-01-09');
});

test('time/tense reads the verb group nearest the date', () => {
  const cases: Array<[string[], string | null]> = [
    [['Lavrov/PROPN', 'said/VERB', 'on/ADP', 'Monday/PROPN'], 'past'],
    [['Talks/NOUN', 'will/AUX', 'resume/VERB', 'on/ADP', 'Monday/PROPN'], 'future'],
    [['Talks/NOUN', 'have/AUX', 'resumed/VERB', 'on/ADP', 'Monday/PROPN'], 'past'],
    [['Nato/PROPN', 'has/AUX', 'decided/VERB', 'to/PART', 'convene/VERB', 'a/DET', 'meeting/NOUN', 'on/ADP', 'Monday/PROPN'], 'future'],
    [['The/DET', 'deal/NOUN', 'must/AUX', 'be/AUX', 'signed/VERB', 'on/ADP', 'Monday/PROPN'], 'future'],
    [['He/PRON', 'is/AUX', 'meeting/VERB', 'them/PRON', 'on/ADP', 'Monday/PROPN'], 'future'],
    [['Russia/PROPN', 'says/VERB', 'talks/NOUN', 'on/ADP', 'Monday/PROPN'], 'present'],
    [['Lavrov/PROPN', 'said/VERB', 'the/DET', 'talks/NOUN', ',/PUNCT', 'which/PRON', 'resume/VERB', 'on/ADP', 'Monday/PROPN'], 'present'],
    [['On/ADP', 'Monday/PROPN', ',/PUNCT', 'Lavrov/PROPN', 'warned/VERB', 'Nato/PROPN'], 'past'],
  ];
  for (const [words, want] of cases) {
    const doc = handDoc('2021-12-28', [words]);
    const at = doc.tokens.findIndex((t) => t.text === 'Monday');
    assert.equal(clauseTense(doc, lexicon, at - (doc.tokens[at - 1]?.norm === 'on' ? 1 : 0), at + 1), want, words.join(' '));
  }
});

test('time/atoms split hyphenated words and glued possessives, drop abbreviation stops from the norm', () => {
  const tok = (text: string): Token => ({ text, norm: text.toLowerCase(), start: 10, end: 10 + text.length, pos: 'PROPN', sentence: 0 });
  assert.deepEqual(tokenAtoms(tok('mid-January'), 0).map((a) => [a.norm, a.start, a.end]), [['mid', 10, 13], ['-', 13, 14], ['january', 14, 21]]);
  assert.deepEqual(tokenAtoms(tok("Monday's"), 0).map((a) => a.norm), ['monday', "'s"]);
  assert.deepEqual(tokenAtoms(tok('Jan.'), 0).map((a) => [a.norm, a.end, a.dot]), [['jan', 14, true]]);
  assert.deepEqual(tokenAtoms(tok('2014-2016'), 0).map((a) => a.norm), ['2014-2016']);
});
