import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, EventSpan, EventStatus, PloverType } from '../doc/types.ts';
import { article, freshStore } from '../../test/store/fixtures.ts';
import type { Store } from './store.ts';

const RUS: Actor = { id: 'country:RUS', name: 'Russia', country: 'RUS', org: null, sector: null, role: null };
const USA: Actor = { id: 'agent:USA-GOV', name: 'American government', country: 'USA', org: null, sector: 'GOV', role: null };
const NATO: Actor = { id: 'org:nato', name: 'NATO', country: 'IGO', org: 'NATO', sector: 'IGO', role: null };

function event(text: string, trigger: string, type: PloverType, source: Actor[], target: Actor[], status: EventStatus, date: string | null, sentence: number): EventSpan {
  const start = text.indexOf(trigger);
  const who = (a: Actor) => ({ start: 0, end: 1, mention: 0, actor: a });
  return {
    start, end: start + trigger.length, label: 'EVENT', event: type, mode: null, context: [], source: source.map(who), target: target.map(who),
    sentence, date, status, reportedBy: null, negated: false, intensity: null,
    explain: [{ decides: 'type', rule: `lexicon:events/${trigger}`, reason: `"${trigger}" is ${type}` }],
  };
}

function seed(store: Store): void {
  const a = article({ id: 'talks', date: '2021-12-28', sentences: ['Russia and the US will hold talks after the holidays.', 'Russia denied plans to attack.', 'Nato met Russia last week.'] });
  const text = a.article.text;
  a.events = [
    event(text, 'talks', 'CONSULT', [RUS], [USA], 'scheduled', '2022-01-10/..', 0),
    event(text, 'attack', 'ASSAULT', [RUS], [], 'denied', null, 1),
    event(text, 'met', 'CONSULT', [NATO], [RUS], 'occurred', '2021-W51', 2),
  ];
  store.insertArticles([a]);
}

test('store/events: events round-trip whole, with every participant and the explanation', (t) => {
  const store = freshStore(t);
  seed(store);
  const got = store.getArticle('talks')!;
  assert.equal(got.events.length, 3);
  assert.deepEqual(got.events[0]!.explain, [{ decides: 'type', rule: 'lexicon:events/talks', reason: '"talks" is CONSULT' }]);
  assert.equal(store.stats().events, 3);
});

test('store/events: listing shows occurred and scheduled by default, by their own date; filters by actor, dyad, type, status', (t) => {
  const store = freshStore(t);
  seed(store);
  assert.deepEqual(store.listEvents().map((e) => e.event.event + '@' + e.event.date), ['CONSULT@2021-W51', 'CONSULT@2022-01-10/..']);
  assert.deepEqual(store.listEvents({ status: ['denied'] }).map((e) => e.event.event), ['ASSAULT']);
  assert.deepEqual(store.listEvents({ actor: 'USA' }).map((e) => e.event.date), ['2022-01-10/..']);
  assert.deepEqual(store.listEvents({ actor: 'NATO' }).map((e) => e.event.date), ['2021-W51']);
  assert.deepEqual(store.listEvents({ dyad: ['USA', 'RUS'] }).map((e) => e.event.date), ['2022-01-10/..']);
  assert.deepEqual(store.listEvents({ type: 'consult', since: '2022-01-01' }).map((e) => e.event.date), ['2022-01-10/..']);
  assert.deepEqual(store.listEvents({ until: '2021-12-22' }).map((e) => e.event.date), ['2021-W51']);
  assert.equal(store.listEvents()[0]!.sentenceText, 'Nato met Russia last week.');
});

test('store/events: upcoming lists scheduled events from a day on, soonest first', (t) => {
  const store = freshStore(t);
  seed(store);
  assert.deepEqual(store.upcoming('2022-01-01').map((e) => e.event.date), ['2022-01-10/..']);
  assert.deepEqual(store.upcoming('2022-02-01'), []);
  assert.throws(() => store.upcoming('soon'), /bad date "soon" for from/);
});
