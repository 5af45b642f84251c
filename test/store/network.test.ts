// Issue 15: the network was a hairball because country-less agents ("the government", agent:?-GOV)
// were single nodes joining every country. They are left out unless asked for.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../src/doc/types.ts';
import { actorNetwork, openStore, type Store } from '../../src/index.ts';
import { tempDir } from './fixtures.ts';
import { Draft, Q_ACTORS } from './query-fixtures.ts';

const government: Actor = { id: 'agent:?-GOV', name: 'government', country: null, org: null, sector: 'GOV', role: null };
const military: Actor = { id: 'agent:?-MIL', name: 'military', country: null, org: null, sector: 'MIL', role: null };
const fra: Actor = { id: 'country:FRA', name: 'France', country: 'FRA', org: null, sector: null, role: null };
const { rus, ukr, usa, stranger } = Q_ACTORS;

const tmp = tempDir('dateline-network-');
let store: Store;
before(() => {
  store = openStore(tmp.file());
  // Each country deals with "the government" of some other country the text names elsewhere, and
  // Russia with Ukraine for real.
  const draft = new Draft('n1', '2022-01-05', 'Governments everywhere', [
    'Russia criticised the government.',
    'Ukraine thanked the government.',
    'The government met France.',
    'The US accused the military.',
    'France praised the military.',
    'Russia attacked Ukraine.',
    'Ivan X met Russia.',
  ])
    .event(0, 'criticised', 'ACCUSE', 'occurred', null, [[rus, 'Russia']], [[government, 'the government']])
    .event(1, 'thanked', 'CONSULT', 'occurred', null, [[ukr, 'Ukraine']], [[government, 'the government']])
    .event(2, 'met', 'CONSULT', 'occurred', null, [[government, 'The government']], [[fra, 'France']])
    .event(3, 'accused', 'ACCUSE', 'occurred', null, [[usa, 'The US']], [[military, 'the military']])
    .event(4, 'praised', 'CONSULT', 'occurred', null, [[fra, 'France']], [[military, 'the military']])
    .event(5, 'attacked', 'ASSAULT', 'occurred', null, [[rus, 'Russia']], [[ukr, 'Ukraine']])
    .event(6, 'met', 'CONSULT', 'occurred', null, [[stranger, 'Ivan X']], [[rus, 'Russia']]);
  store.insertArticles([draft.item]);
});
after(() => {
  store?.close();
  tmp.cleanup();
});

test('network: no node for a country-less agent by default, so it joins no countries', () => {
  const net = actorNetwork(store.db, {}, 100);
  assert.deepEqual(net.nodes.map((n) => n.id).sort(), ['RUS', 'UKR', 'person:~ivan-x'].sort());
  assert.ok(net.edges.every((e) => !e.source.startsWith('agent:?') && !e.target.startsWith('agent:?')), JSON.stringify(net.edges));
  assert.deepEqual(net.edges.map((e) => [e.source, e.target, e.events]), [['RUS', 'UKR', 1], ['RUS', 'person:~ivan-x', 1]]);
  assert.equal(net.nodes.find((n) => n.id === 'RUS')?.events, 3, "a node's count is still all its events");
});

test('network: unplacedAgents keeps them, as one node each', () => {
  const net = actorNetwork(store.db, {}, 100, { unplacedAgents: true });
  assert.ok(net.nodes.some((n) => n.id === 'agent:?-GOV' && n.country === null));
  assert.equal(net.edges.filter((e) => e.source === 'agent:?-GOV' || e.target === 'agent:?-GOV').length, 3);
});
