import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { actorNode, directedNetwork, iterateEvents, networkGraphml, openStore, worldCountryName, type Store } from '../../src/index.ts';
import { tempDir } from '../store/fixtures.ts';
import { X_ACTORS, seedExportFixture } from './fixtures.ts';

const tmp = tempDir('dateline-export-graphml-');
let store: Store;
before(() => {
  store = openStore(tmp.file());
  seedExportFixture(store);
});
after(() => {
  store.close();
  tmp.cleanup();
});

interface Data { key: string; '#text': string | number }
interface Graph {
  key: { id: string; for: string; 'attr.name': string; 'attr.type': string }[];
  graph: { edgedefault: string; node: { id: string; data: Data[] }[]; edge: { id: string; source: string; target: string; data: Data[] }[] };
}

function graphOf(limit: number): Graph {
  const xml = networkGraphml(directedNetwork(iterateEvents(store.db, {}), { limit, countryName: worldCountryName }));
  assert.equal(XMLValidator.validate(xml), true, 'well-formed');
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name) }).parse(xml) as { graphml: Graph };
  return parsed.graphml;
}

const value = (data: Data[], key: string): string | number | undefined => data.find((d) => d.key === key)?.['#text'];

test('graphml (issue 15): readable labels; transnational groups and unattributed agents are nodes of their own', () => {
  const g = graphOf(100);
  const labels = Object.fromEntries(g.graph.node.map((n) => [n.id, value(n.data, 'label')]));
  assert.deepEqual(labels, {
    RUS: 'Russia', UKR: 'Ukraine', BLR: 'Belarus', USA: 'United States', NATO: 'NATO',
    'group:isis': 'Islamic State', 'group:al-qaeda': 'al-Qaeda', 'agent:?-GOV': 'government (unattributed)',
  });
  for (const label of Object.values(labels)) assert.doesNotMatch(String(label), /IMG|agent:|\?-/);
});

test('graphml (issue 15): directed edges weighted by events, with PLOVER types and quad class', () => {
  const g = graphOf(100);
  assert.equal(g.graph.edgedefault, 'directed');
  const edges = Object.fromEntries(g.graph.edge.map((e) => [`${e.source}>${e.target}`, Object.fromEntries(e.data.map((d) => [d.key, d['#text']]))]));
  assert.deepEqual(edges['RUS>UKR'], { weight: 2, type: 'ACCUSE', types: 'ACCUSE 1; THREATEN 1', quad_class: 'verbal_conflict', cooperation: 0, conflict: 2 },
    'Lavrov and Russia in one event count once');
  assert.equal(edges['UKR>RUS']!.weight, 1, 'the other direction is another edge');
  assert.equal(edges['group:isis>group:al-qaeda']!.type, 'ASSAULT');
  assert.equal(Object.keys(edges).length, 7);
  assert.equal(g.graph.edge[0]!.source, 'RUS', 'heaviest first');
  const rus = g.graph.node.find((n) => n.id === 'RUS')!;
  assert.equal(value(rus.data, 'events'), 4, 'every event of the node, with or without a partner');
});

test('graphml: every data key is declared for its element, once', () => {
  const g = graphOf(100);
  const declared = new Map(g.key.map((k) => [k.id, k.for]));
  assert.equal(declared.size, g.key.length);
  for (const n of g.graph.node) for (const d of n.data) assert.equal(declared.get(d.key), 'node', d.key);
  for (const e of g.graph.edge) for (const d of e.data) assert.equal(declared.get(d.key), 'edge', d.key);
  assert.ok(g.key.every((k) => k['attr.name'] && ['string', 'int'].includes(k['attr.type'])));
});

test('graphml: --limit keeps the heaviest edges and only the nodes they touch', () => {
  const g = graphOf(1);
  assert.deepEqual(g.graph.edge.map((e) => [e.source, e.target]), [['RUS', 'UKR']]);
  assert.deepEqual(g.graph.node.map((n) => n.id), ['RUS', 'UKR']);
});

test('actorNode: members join their country or organisation, whose own name wins', () => {
  const lavrov = { id: 'person:sergey-lavrov', name: 'Sergey Lavrov', country: 'RUS', org: null };
  assert.deepEqual(actorNode(lavrov, worldCountryName), { id: 'RUS', label: 'Russia', country: 'RUS', labelRank: 1 });
  assert.deepEqual(actorNode({ id: 'person:x', name: 'X', country: 'IGO', org: 'NATO' }, worldCountryName), { id: 'NATO', label: 'NATO', country: 'IGO', labelRank: 1 });
  assert.equal(actorNode(X_ACTORS.isis, worldCountryName).id, 'group:isis');
  assert.equal(actorNode({ id: 'agent:?-MIL', name: 'military', country: null, org: null }, worldCountryName).label, 'military (unattributed)');
});
