import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPipeline, loadKnowledge, createDoc, DEFAULT_DATA_DIR, DatelineError, type Doc } from '../../src/index.ts';
import { loadQuoteLexicon, createQuoteTagger, tagQuotes, findQuoteMarks } from '../../src/quotes/index.ts';

const pipeline = buildPipeline(loadKnowledge(), { components: ['segmenter', 'actors', 'timex'] });
const lexicon = loadQuoteLexicon(DEFAULT_DATA_DIR, { strict: true });
const tagger = createQuoteTagger(lexicon);

function run(text: string, date = '2022-03-09'): Doc {
  const doc = pipeline.run(createDoc(text, date));
  tagger.run(doc);
  return doc;
}
const quotes = (doc: Doc) => (doc.spans.quotes ?? []).map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker?.actor.name ?? null, date: q.date }));
const statements = (doc: Doc) => (doc.spans.statements ?? []).map((s) => ({ kind: s.kind, about: s.about, speaker: s.speaker?.actor.name ?? null, date: s.date }));

test('component contract', () => {
  assert.equal(tagger.name, 'quotes');
  assert.deepEqual([...tagger.assigns], ['quotes', 'statements']);
  assert.deepEqual([...tagger.requires], ['sentences', 'tokens', 'actors', 'timex']);
});

test('direct quote, speaker named after with a date; start/end cover the words', () => {
  const doc = run('“We will not back down on the sanctions,” Ukrainian President Volodymyr Zelenskyy said on Tuesday.');
  const [q] = doc.spans.quotes!;
  assert.equal(q!.kind, 'direct');
  assert.equal(q!.text, 'We will not back down on the sanctions,');
  assert.equal(doc.text.slice(q!.start, q!.end), q!.text);
  assert.equal(q!.date, '2022-03-08');
});

test('speaker before with a colon, and inverted "said X"', () => {
  assert.deepEqual(quotes(run('Sergey Lavrov said: "The sanctions will not change our course."')),
    [{ text: 'The sanctions will not change our course.', kind: 'direct', speaker: 'Sergey Lavrov', date: null }]);
  assert.deepEqual(quotes(run('“Our patience is not endless,” said Sergey Lavrov.')).map((q) => q.speaker), ['Sergey Lavrov']);
});

test('pronoun speaker resolved by the actor stage, and a follow-on quote continues it', () => {
  const got = quotes(run('Sergey Lavrov spoke to journalists in Moscow. “We are ready,” he said on Friday. “We have no plans to escalate.”'));
  assert.deepEqual(got.map((q) => [q.text, q.speaker, q.date]), [
    ['We are ready,', 'Sergey Lavrov', '2022-03-04'],
    ['We have no plans to escalate.', 'Sergey Lavrov', '2022-03-04'],
  ]);
});

test('a quote split by the reporting clause gives two quotes with one speaker', () => {
  const got = quotes(run('“The door is open,” Sergey Lavrov said, “but we will not wait forever.”'));
  assert.deepEqual(got.map((q) => [q.text, q.speaker, q.kind]), [
    ['The door is open,', 'Sergey Lavrov', 'direct'],
    ['but we will not wait forever.', 'Sergey Lavrov', 'direct'],
  ]);
});

test('multi-paragraph quote: an unclosed paragraph reopened by the next one', () => {
  const doc = run('Sergey Lavrov said: “We will see what they offer.\n\n“Then we will decide what to do.”');
  const [q] = doc.spans.quotes!;
  assert.equal(doc.spans.quotes!.length, 1);
  assert.equal(q!.text, 'We will see what they offer.\nThen we will decide what to do.');
  assert.equal(q!.speaker?.actor.name, 'Sergey Lavrov');
  // An unclosed quote whose next paragraph does not reopen is dropped.
  assert.equal(run('Sergey Lavrov said: “We will see.\n\nThe talks went on.').spans.quotes!.length, 0);
});

test('according to X', () => {
  assert.deepEqual(quotes(run('The offer was “a step in the right direction”, according to Sergey Lavrov.')).map((q) => [q.kind, q.speaker]),
    [['partial', 'Sergey Lavrov']]);
});

test('partial quotes take the subject of the clause, past infinitives and objects', () => {
  const got = quotes(run('Turkey on Friday urged Ukraine to avoid “reckless” steps. Sergey Lavrov called the proposal “interesting”.'));
  assert.deepEqual(got, [
    { text: 'reckless', kind: 'partial', speaker: 'Turkey', date: '2022-03-04' },
    { text: 'interesting', kind: 'partial', speaker: 'Sergey Lavrov', date: null },
  ]);
});

test('apostrophes are never quote marks; single quotes are', () => {
  assert.equal(findQuoteMarks('Russia’s army doesn’t move, and the players’ union won’t either.').length, 0);
  assert.equal(findQuoteMarks("Russia's army doesn't move; the 1990s' crises.").length, 0);
  const text = 'Nato called it ‘reckless’ and Moscow’s reply "weak".';
  assert.deepEqual(findQuoteMarks(text).map((m) => m.parts.map((p) => text.slice(p.start, p.end))), [['reckless'], ['weak']]);
});

test('scare quotes with no reporting clause: partial, speaker null', () => {
  assert.deepEqual(quotes(run('The so-called “red lines” have moved again.')),
    [{ text: 'red lines', kind: 'partial', speaker: null, date: null }]);
});

test('statements: denial, concern (three frames), warning, claim', () => {
  assert.deepEqual(statements(run('Turkey has denied it sent drones to the region.')),
    [{ kind: 'denial', about: 'it sent drones to the region', speaker: 'Turkey', date: null }]);
  assert.deepEqual(statements(run('Ukraine on Monday expressed concern over the troop movements.')),
    [{ kind: 'concern', about: 'the troop movements', speaker: 'Ukraine', date: '2022-03-07' }]);
  assert.deepEqual(statements(run('The grain corridor is a serious concern, Sergey Lavrov said on Monday.')),
    [{ kind: 'concern', about: 'The grain corridor', speaker: 'Sergey Lavrov', date: '2022-03-07' }]);
  assert.deepEqual(statements(run('Poland is worried about the refugee flows.')),
    [{ kind: 'concern', about: 'the refugee flows', speaker: 'Poland', date: null }]);
  assert.deepEqual(statements(run('Nato warned that the strikes could spread. Poland warned of shortages.')).map((s) => [s.kind, s.about, s.speaker]),
    [['warning', 'the strikes could spread', 'NATO'], ['warning', 'shortages', 'Poland']]);
  assert.deepEqual(statements(run('Ukraine claimed that the bridge was destroyed.')).map((s) => [s.kind, s.about, s.speaker]),
    [['claim', 'the bridge was destroyed', 'Ukraine']]);
});

test('statement false positives: negated cue, "deny membership", "the concerned parties"', () => {
  assert.deepEqual(statements(run('Turkey did not deny the reports.')), []);
  assert.deepEqual(statements(run('Russia demanded that Nato deny membership to Ukraine.')), []);
  assert.deepEqual(statements(run('The concerned parties met in Geneva.')), []);
});

test('loader: a bad entry is reported with file and line, and throws in strict mode', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quotes-lex-'));
  const lex = join(dir, 'lexicons', 'quotes');
  mkdirSync(lex, { recursive: true });
  copyFileSync(join(DEFAULT_DATA_DIR, 'lexicons', 'quotes', 'reporting.tsv'), join(lex, 'reporting.tsv'));
  writeFileSync(join(lex, 'statement-cues.tsv'), 'word\tkind\tpos\tcomplement\ndenied\tdenial\tverb\tbare\nfretted\tgrumble\tverb\n');
  const loaded = loadQuoteLexicon(dir);
  assert.equal(loaded.problems.length, 1);
  assert.equal(loaded.problems[0]!.location.line, 3);
  assert.equal(loaded.problems[0]!.location.field, 'kind');
  assert.equal(loaded.cues.get('denied')?.length, 1);
  assert.throws(() => loadQuoteLexicon(dir, { strict: true }), (e: unknown) => e instanceof DatelineError && e.code === 'E_DATA_ENTRY');
});

const SEED = join(DEFAULT_DATA_DIR, '..', '..', 'shared', 'data', 'seed');
test('seed article: the gold quotes and statements', { skip: !existsSync(join(SEED, 'gold.json')) && 'no ../shared' }, () => {
  const raw = readFileSync(join(SEED, '000_92299265eec00e6e.txt'), 'utf8').replace(/^\s*date (\S+)\s/, '');
  const doc = pipeline.run(createDoc(raw, '2021-12-28'));
  tagQuotes(doc, lexicon);
  const gold = JSON.parse(readFileSync(join(SEED, 'gold.json'), 'utf8')) as { quotes: { quote: string; speaker: string; date: string }[] };
  const got = quotes(doc);
  for (const g of gold.quotes) {
    const q = got.find((x) => x.text === g.quote);
    assert.ok(q, `quote ${g.quote}`);
    assert.equal(q.speaker, g.speaker);
    assert.equal(q.date, g.date);
  }
  assert.deepEqual(got.map((q) => q.kind), ['direct', 'partial', 'partial']);
  assert.deepEqual(statements(doc), [
    { kind: 'denial', about: 'it has plans to attack its neighbour', speaker: 'Russia', date: null },
    { kind: 'concern', about: 'The security situation at the Afghanistan-Tajikistan border', speaker: 'Vladimir Putin', date: '2021-12-27' },
  ]);
});

test('known miss: a relative clause between subject and verb ("Lavrov, who met X, said")', { todo: 'subjectBefore stops at the object mention of the inner verb' }, () => {
  assert.equal(quotes(run('“We are ready,” Sergey Lavrov, who met Mevlut Cavusoglu on Friday, said.'))[0]?.speaker, 'Sergey Lavrov');
});
test('known miss: headline statements without a copula ("Situation at border a concern: Russia")', { todo: 'needs a headline frame' }, () => {
  assert.equal(statements(run('Situation at Afghan-Tajik border a concern: Russia')).length, 1);
});
test('attribution after a quote that ends in a full stop (“We are ready.” Lavrov said.)', () => {
  assert.equal(quotes(run('“We are ready.” Sergey Lavrov said.'))[0]?.speaker, 'Sergey Lavrov');
});
