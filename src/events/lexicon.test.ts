import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatelineError } from '../errors.ts';
import { createLemmatizer, loadEventLexicon, PLOVER_MODES } from './index.ts';

/** A score for each type: the least a valid `intensity.tsv` holds. */
const TYPE_SCORES = `type\tmode\tscore\tnote\n${Object.keys(PLOVER_MODES).map((t) => `${t}\t\t0\n`).join('')}`;

function dataDir(triggers: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-events-'));
  const ev = join(dir, 'lexicons', 'events');
  mkdirSync(ev, { recursive: true });
  writeFileSync(join(ev, 'triggers.tsv'), `phrase\ttype\tmode\tcontext\tpos\tnote\n${triggers}`);
  writeFileSync(join(ev, 'cues.tsv'), 'phrase\tcue\twhere\tnote\nwill\tscheduled\tbefore\tfuture\n');
  writeFileSync(join(ev, 'lemmas.tsv'), 'form\tlemma\nmet\tmeet\n');
  writeFileSync(join(ev, 'contexts.tsv'), 'word\tcontext\ntroop\tmilitary\n');
  writeFileSync(join(ev, 'non-triggers.tsv'), 'phrase\tnote\npress release\ta document\n');
  writeFileSync(join(ev, 'intensity.tsv'), TYPE_SCORES);
  return dir;
}

test('a bad trigger entry is a problem naming file, line and field, and is skipped', () => {
  const dir = dataDir('meet\tCONSULT\t\t\tverb\tok\nbomb\tASSAULT\tnuclear\t\tverb\tbad mode\nhug\tEMBRACE\t\t\tverb\tbad type\n');
  try {
    const { lexicon, problems } = loadEventLexicon(dir);
    assert.equal(lexicon.size, 1);
    assert.equal(problems.length, 2);
    assert.match(problems[0]!.message, /triggers\.tsv:3 mode: mode nuclear is not a codebook mode of ASSAULT/);
    assert.match(problems[1]!.message, /triggers\.tsv:4 type:/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('strict loading throws on the first bad entry', () => {
  const dir = dataDir('Meet  Up\tCONSULT\t\t\tverb\tbad phrase\n');
  try {
    assert.throws(() => loadEventLexicon(dir, { strict: true }), (e: unknown) => e instanceof DatelineError && /triggers\.tsv:2 phrase/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a phrase listed twice for the same pos is a duplicate', () => {
  const dir = dataDir('meet\tCONSULT\t\t\tverb\tone\nmeet\tCONSULT\tvisit\t\tverb\ttwo\n');
  try {
    const { problems } = loadEventLexicon(dir);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /duplicate id meet \(first at line 2\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the lemmatiser undoes regular and irregular inflections to known lemmas only', () => {
  const lemma = createLemmatizer(new Map([['met', 'meet'], ['fought', 'fight']]), new Set(['agree', 'urge', 'stop', 'deny', 'talk', 'shell', 'meet', 'news']));
  assert.equal(lemma('agreed'), 'agree');
  assert.equal(lemma('urging'), 'urge');
  assert.equal(lemma('stopped'), 'stop');
  assert.equal(lemma('denied'), 'deny');
  assert.equal(lemma('talks'), 'talk');
  assert.equal(lemma('shelling'), 'shell');
  assert.equal(lemma('met'), 'meet');
  assert.equal(lemma('news'), 'news');
  assert.equal(lemma('bananas'), 'bananas');
});
