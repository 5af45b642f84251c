import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';
import { DatelineError } from '../errors.ts';
import { loadTimeLexicon, phraseKey } from './lexicon.ts';

test('time/lexicon the bundled data loads strictly with no problems', () => {
  const lex = loadTimeLexicon(DEFAULT_DATA_DIR, { strict: true });
  assert.deepEqual(lex.problems, []);
  assert.equal(lex.trie.get('january')?.sense?.month, 1);
  assert.equal(lex.trie.get('may')?.sense?.ambiguous, true);
  assert.equal(lex.periods.get('ramadan')?.rule.kind, 'calendar');
  assert.deepEqual(lex.heads.get('holidays')?.includes('new-year-holidays'), true);
  assert.equal(lex.tenseCues.get('will')?.tense, 'future');
  assert.ok(lex.irregularPast.has('said'));
});

test('time/lexicon phraseKey folds case, hyphens and possessives', () => {
  assert.deepEqual(phraseKey("New Year's Eve"), ['new', 'year', "'s", 'eve']);
  assert.deepEqual(phraseKey('Eid al-Fitr'), ['eid', 'al', 'fitr']);
});

test('time/lexicon a bad entry is reported with file, line and field, and skipped; strict throws', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-time-'));
  try {
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
    const file = join(dir, 'lexicons', 'time', 'named-periods.jsonl');
    appendFileSync(file, '{"id":"bad-one","names":["bad"],"rule":{"kind":"fixed","start":"13-01"}}\n');
    const lex = loadTimeLexicon(dir);
    assert.equal(lex.problems.length, 1);
    const p = lex.problems[0]!;
    assert.equal(p.code, 'E_DATA_ENTRY');
    assert.equal(p.location.file, file);
    assert.ok(p.location.line! > 1);
    assert.match(p.message, /rule\.start: expected MM-DD/);
    assert.equal(lex.periods.has('bad-one'), false);
    assert.ok(lex.periods.has('christmas'), 'good entries are kept');
    assert.throws(() => loadTimeLexicon(dir, { strict: true }), (e: unknown) => e instanceof DatelineError && e.code === 'E_DATA_ENTRY');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
