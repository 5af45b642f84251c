import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type ActorMention, type EventSpan } from '../doc/index.ts';
import { segment } from '../nlp/segment.ts';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';
import { codeEvents, loadEventLexicon } from './index.ts';

const { lexicon } = loadEventLexicon(DEFAULT_DATA_DIR, { strict: true });
const COUNTRIES: Record<string, string> = { Chile: 'CHL', Peru: 'PER', Bolivia: 'BOL' };

/** Codes one sentence whose actors are the country names above. */
function coded(text: string): EventSpan[] {
  const doc = createDoc(text, '2024-03-05');
  segment(doc);
  const mentions: ActorMention[] = [];
  for (const [surface, code] of Object.entries(COUNTRIES)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      mentions.push({ label: 'ACTOR', start: at, end: at + surface.length, actor: { id: `c:${code}`, name: surface, country: code, org: null, sector: null, role: null }, rule: 'test', reason: 'test' });
    }
  }
  doc.spans.actors = mentions.sort((a, b) => a.start - b.start);
  doc.spans.timex = [];
  return codeEvents(doc, lexicon);
}

const summary = (events: EventSpan[]): string[] => events.map((e) => `${e.event} ${e.status}`);

test('an act inside a condition is hypothetical, never a threat that occurred', () => {
  const events = coded('Chile said it would respond if Peru invaded Bolivia.');
  const invasion = events.find((e) => e.source[0]?.actor.country === 'PER');
  assert.ok(invasion, summary(events).join('; '));
  assert.deepEqual([invasion.event, invasion.status], ['ASSAULT', 'hypothetical']);
  // The conditional after the act still makes a threat of it.
  assert.deepEqual(summary(coded('Chile will attack Peru if it closes the border.')).slice(0, 1), ['THREATEN occurred']);
});

test('a question reports nothing: hypothetical, and no threat', () => {
  const [e] = coded('Will Chile attack Peru?');
  assert.deepEqual([e?.event, e?.status], ['ASSAULT', 'hypothetical']);
  assert.ok(e!.explain.some((x) => x.rule === 'rule:events/question'));
  assert.deepEqual(summary(coded('Chile attacked Peru.')), ['ASSAULT occurred']);
});

test('an event noun in a temporal adjunct makes no event of its own', () => {
  assert.deepEqual(summary(coded('The bombing came after the talks between Chile and Peru.')).filter((s) => s.startsWith('CONSULT')), []);
  assert.deepEqual(summary(coded('Chile met Peru after the latest bombing.')), ['CONSULT occurred']);
  assert.deepEqual(summary(coded('Chile met Peru ahead of the summit.')), ['CONSULT occurred']);
  // A verb after the preposition is no adjunct noun: "after attacking".
  assert.ok(summary(coded('Chile withdrew after attacking Peru.')).includes('ASSAULT occurred'));
});
