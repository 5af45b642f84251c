import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventParticipant, EventSpan, EventStatus, PloverType } from '../../src/doc/index.ts';
import { addOutcome, emptyTotals, primaryEvent, scoreRecord, seedPrecision } from '../../scripts/eval/metric.ts';

const who = (country: string): EventParticipant => ({ mention: 0, start: 0, end: 1, actor: { id: country, name: country, country, org: null, sector: null, role: null } });

function ev(event: PloverType, source: string[], target: string[], status: EventStatus = 'occurred', sentence = 0): EventSpan {
  return { label: 'EVENT', start: 0, end: 1, event, mode: null, context: [], source: source.map(who), target: target.map(who), sentence, date: null, status, reportedBy: null, negated: false, intensity: null, explain: [] };
}

const is = (code: string) => (p: EventParticipant) => p.actor.country === code;

test('the primary event is the first occurred or scheduled one', () => {
  const events = [ev('ASSAULT', ['RUS'], ['UKR'], 'hypothetical'), ev('CONSULT', ['RUS'], ['USA'], 'scheduled'), ev('REQUEST', ['TUR'], ['RUS'])];
  assert.equal(primaryEvent(events)?.event, 'CONSULT');
  assert.equal(primaryEvent([ev('ASSAULT', ['RUS'], [], 'denied')]), null);
});

test('roles are read on the first event of the gold type, wherever it is, and score nothing without one', () => {
  const events = [ev('ACCUSE', ['USA'], ['IRN']), ev('REQUEST', ['TUR'], ['RUS'], 'hypothetical')];
  const right = scoreRecord(events, { types: ['REQUEST'], source: is('TUR'), target: is('RUS') });
  assert.deepEqual([right.type, right.source, right.target], [false, true, true]);
  const none = scoreRecord(events, { types: ['SANCTION'], source: is('USA'), target: null });
  assert.deepEqual([none.type, none.source, none.target], [false, false, null]);
});

test('records without a gold side do not count for that side', () => {
  const totals = emptyTotals();
  addOutcome(totals, scoreRecord([ev('AGREE', ['JOR', 'GBR'], [])], { types: ['AGREE'], source: is('GBR'), target: null }));
  addOutcome(totals, scoreRecord([], { types: ['AGREE'], source: is('JOR'), target: is('GBR') }));
  assert.deepEqual(totals, { items: 2, type: 1, source: 1, withSource: 2, target: 0, withTarget: 1 });
});

test('seed precision: type + source + target; a second event for one gold event in one sentence is a duplicate', () => {
  const gold = [{ event: 'CONSULT', source: ['NATO'], target: ['RUS'] }, { event: 'REQUEST', source: ['TUR'], target: ['RUS'] }];
  const shown = [
    ev('CONSULT', ['NATO'], ['RUS'], 'scheduled', 3),
    ev('CONSULT', ['NATO'], ['RUS'], 'scheduled', 3), // same sentence: duplicate
    ev('CONSULT', ['NATO'], ['RUS'], 'occurred', 5), // another sentence: a mention of the same meeting
    ev('CONSULT', ['NATO'], ['NATO'], 'scheduled', 3), // wrong target
  ];
  const p = seedPrecision(shown, gold, (x) => x.actor.country);
  assert.deepEqual([p.right, p.shown, p.found, p.gold], [2, 4, 1, 2]);
  assert.match(p.judged[1]!.why, /duplicate/);
});
