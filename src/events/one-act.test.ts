import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Actor, type ActorMention, type Doc, type EventSpan } from '../doc/index.ts';
import { segment } from '../nlp/segment.ts';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';
import { codeEvents, loadEventLexicon } from './index.ts';
import { sameParty } from './one-act.ts';

const { lexicon } = loadEventLexicon(DEFAULT_DATA_DIR, { strict: true });

/** A segmented Doc with hand-made actors: surface -> [id, country, org]. */
function coded(text: string, actors: Record<string, [string, string, string | null]>): { doc: Doc; events: EventSpan[] } {
  const doc = createDoc(text, '2024-03-05');
  segment(doc);
  const mentions: ActorMention[] = [];
  for (const [surface, [id, country, org]] of Object.entries(actors)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      mentions.push({ label: 'ACTOR', start: at, end: at + surface.length, actor: { id, name: surface, country, org, sector: org ? 'IGO' : null, role: null }, rule: 'test', reason: 'test' });
    }
  }
  doc.spans.actors = mentions.sort((a, b) => a.start - b.start);
  doc.spans.timex = [];
  return { doc, events: codeEvents(doc, lexicon) };
}

const word = (doc: Doc, e: EventSpan): string => doc.text.slice(e.start, e.end);
const codes = (ps: EventSpan['source']): (string | null)[] => ps.map((p) => p.actor.org ?? p.actor.country);

test('a verb and its object noun of the same type are one event, and explain names both words', () => {
  const { doc, events } = coded('Brazil will convene a new meeting with Argentina next week.', { Brazil: ['c:BRA', 'BRA', null], Argentina: ['c:ARG', 'ARG', null] });
  assert.equal(events.length, 1);
  const [e] = events;
  assert.equal(e!.event, 'CONSULT');
  assert.equal(word(doc, e!), 'convene a new meeting');
  assert.deepEqual([codes(e!.source), codes(e!.target), e!.status], [['BRA'], ['ARG'], 'scheduled']);
  const why = e!.explain.find((x) => x.rule === 'rule:events/one-act');
  assert.match(why?.reason ?? '', /"convene" and "meeting" in one clause describe one act/);
});

test('a noun and the phrase that qualifies it are one event, with the mode of the phrase', () => {
  const { events } = coded('Kenya and Somalia resumed negotiations under the auspices of the African Union.', { Kenya: ['c:KEN', 'KEN', null], Somalia: ['c:SOM', 'SOM', null], 'the African Union': ['o:AU', 'IGO', 'AU'] });
  const consults = events.filter((e) => e.event === 'CONSULT');
  assert.equal(consults.length, 1);
  assert.equal(consults[0]!.mode, 'multilateral');
  assert.match(consults[0]!.explain.find((x) => x.decides === 'mode')?.reason ?? '', /auspices/);
});

test('triggers joined by "and", or with an actor between them, stay separate events', () => {
  assert.equal(coded('Brazil met Argentina and talked with Chile.', { Brazil: ['c:BRA', 'BRA', null], Argentina: ['c:ARG', 'ARG', null], Chile: ['c:CHL', 'CHL', null] }).events.filter((e) => e.event === 'CONSULT').length, 2);
  assert.equal(coded('Egypt held talks with Sudan about a meeting of the Nile commission.', { Egypt: ['c:EGY', 'EGY', null], Sudan: ['c:SDN', 'SDN', null] }).events.filter((e) => e.event === 'CONSULT').length, 2);
});

test('an organisation is not its own target, even through another of its bodies', () => {
  const { events } = coded('The Nato chief will convene a meeting of the Nato-Russia Council.', { 'The Nato chief': ['p:chief', 'IGO', 'NATO'], 'the Nato-Russia Council': ['g:nrc', 'IGO', 'NATO'] });
  assert.equal(events.length, 1);
  assert.deepEqual([codes(events[0]!.source), codes(events[0]!.target)], [['NATO'], []]);
});

test('same party: one entity or one organisation; two actors of one country are different parties', () => {
  const a = (id: string, country: string, org: string | null, sector: Actor['sector'] = null): Actor => ({ id, name: id, country, org, sector, role: null });
  assert.ok(sameParty(a('p:x', 'IGO', 'NATO', 'IGO'), a('g:nrc', 'IGO', 'NATO', 'IGO')));
  assert.ok(!sameParty(a('o:nato', 'IGO', 'NATO'), a('o:osce', 'IGO', 'OSCE')));
  assert.ok(!sameParty(a('c:TUR', 'TUR', null), a('c:TUR:authorities', 'TUR', null, 'GOV')));
});
