import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  actorNetwork, articleEvents, buildPipeline, codedJson, countryCounts, createDoc, eventHistogram, ingestPaths, iterateEvents, listActors,
  loadKnowledge, MAX_ACTORS, openStore, PACKAGE_ROOT, queryCode, queryEvents, upcomingEvents, type EventFilter, type EventJson, type EventRow, type Store,
} from '../../src/index.ts';
import { tempDir } from './fixtures.ts';
import { seedQueryFixture } from './query-fixtures.ts';

// The repository's own example articles, coded by the real pipeline once for the whole file.
const tmp = tempDir('dateline-query-examples-');
const pipeline = buildPipeline(loadKnowledge());
let store: Store;
before(async () => {
  store = openStore(tmp.file());
  const examples = join(PACKAGE_ROOT, 'examples');
  await ingestPaths(store, pipeline, [join(examples, 'articles'), join(examples, 'articles.jsonl'), join(examples, 'feed.xml')]);
});
after(() => {
  store.close();
  tmp.cleanup();
});

function walk(filter: EventFilter, order: 'asc' | 'desc', limit: number): EventRow[] {
  const out: EventRow[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const page = queryEvents(store.db, filter, { limit, cursor, order });
    out.push(...page.items);
    cursor = page.next;
    if (!cursor) return out;
  }
  throw new Error('paging did not end');
}

const codes = (e: EventRow): string[] => [...e.source, ...e.target].map(queryCode);

const FILTERS: EventFilter[] = [
  {},
  { actor: 'RUS' },
  { dyad: ['RUS', 'USA'] },
  { type: ['CONSULT', 'THREATEN'], since: '2022-01-01', until: '2022-01-31' },
  { status: ['denied', 'hypothetical'] },
  { actor: 'NATO', status: ['occurred'] },
  { q: 'Geneva' },
];

test('examples: the store holds coded events to query', () => {
  assert.ok(queryEvents(store.db, {}, { limit: 1 }).total > 100);
});

test('examples: keyset paging returns every row exactly once, in order, both ways', () => {
  for (const filter of FILTERS) {
    const all = [...iterateEvents(store.db, filter)];
    const { total } = queryEvents(store.db, filter, { limit: 1 });
    assert.equal(all.length, total, JSON.stringify(filter));
    for (const order of ['asc', 'desc'] as const) {
      const paged = walk(filter, order, 7);
      assert.equal(new Set(paged.map((e) => e.id)).size, paged.length, 'no row twice');
      assert.deepEqual(paged.map((e) => e.id).sort(), all.map((e) => e.id).sort(), 'every row');
      const keys = paged.map((e) => `${e.day}|${e.id}`);
      assert.deepEqual(keys, [...keys].sort((a, b) => (order === 'asc' ? (a < b ? -1 : 1) : a < b ? 1 : -1)));
    }
  }
});

test('examples: every row satisfies every part of the filter', () => {
  for (const e of walk({ actor: 'RUS', type: ['CONSULT', 'THREATEN'], since: '2022-01-10', until: '2022-02-10' }, 'desc', 50)) {
    assert.ok(codes(e).includes('RUS'));
    assert.ok(['CONSULT', 'THREATEN'].includes(e.event));
    assert.ok(e.day >= '2022-01-10' && e.day <= '2022-02-10');
    assert.ok(['occurred', 'scheduled'].includes(e.status));
  }
  for (const e of walk({ dyad: ['RUS', 'USA'] }, 'asc', 50)) {
    const s = e.source.map(queryCode);
    const t = e.target.map(queryCode);
    assert.ok((s.includes('RUS') && t.includes('USA')) || (s.includes('USA') && t.includes('RUS')), e.id);
  }
});

test('examples: aggregates agree with the event list', () => {
  for (const filter of FILTERS) {
    const rows = [...iterateEvents(store.db, filter)];
    for (const interval of ['day', 'week', 'month'] as const) {
      const buckets = eventHistogram(store.db, filter, interval);
      assert.equal(buckets.reduce((n, b) => n + b.total, 0), rows.length);
      assert.equal(buckets.reduce((n, b) => n + b.material_conflict, 0), rows.filter((r) => r.quad === 'material_conflict').length);
      for (const b of buckets) assert.equal(b.verbal_cooperation + b.material_cooperation + b.verbal_conflict + b.material_conflict, b.total);
    }
  }
  const [top] = listActors(store.db, {}, 5);
  assert.equal(top!.events, queryEvents(store.db, { actor: top!.code }, { limit: 1 }).total);
  for (const { country, events } of countryCounts(store.db, {}).slice(0, 3)) {
    assert.equal(events, queryEvents(store.db, { actor: country }, { limit: 1 }).total, country);
  }
  const [edge] = actorNetwork(store.db, {}, 5).edges;
  assert.equal(edge!.events, queryEvents(store.db, { dyad: [edge!.source, edge!.target] }, { limit: 1 }).total);
});

// The per-code aggregates computed the plain way, from each event's own source and target lists.
interface Reference {
  actors: { code: string; events: number; asSource: number; asTarget: number }[];
  countries: { country: string; events: number }[];
  edges: { source: string; target: string; events: number; cooperation: number; conflict: number }[];
  eventsOf: Map<string, number>;
}

const byCount = <T>(count: (x: T) => number, key: (x: T) => string) => (x: T, y: T): number => count(y) - count(x) || (key(x) < key(y) ? -1 : 1);

function reference(rows: EventRow[]): Reference {
  const actors = new Map<string, { code: string; events: number; asSource: number; asTarget: number }>();
  const countries = new Map<string, number>();
  const edges = new Map<string, { source: string; target: string; events: number; cooperation: number; conflict: number }>();
  for (const e of rows) {
    const sources = new Set(e.source.map(queryCode));
    const targets = new Set(e.target.map(queryCode));
    for (const code of new Set([...sources, ...targets])) {
      const a = actors.get(code) ?? { code, events: 0, asSource: 0, asTarget: 0 };
      actors.set(code, { code, events: a.events + 1, asSource: a.asSource + Number(sources.has(code)), asTarget: a.asTarget + Number(targets.has(code)) });
    }
    const places = [...e.source, ...e.target].map((p) => p.country).filter((c): c is string => c !== null && /^[A-Z]{3}$/.test(c) && c !== 'IGO' && c !== 'NGO');
    for (const country of new Set(places)) countries.set(country, (countries.get(country) ?? 0) + 1);
    const pairs = new Set<string>();
    for (const s of sources) for (const t of targets) if (s !== t) pairs.add(s < t ? `${s}\n${t}` : `${t}\n${s}`);
    for (const pair of pairs) {
      const [source, target] = pair.split('\n') as [string, string];
      const x = edges.get(pair) ?? { source, target, events: 0, cooperation: 0, conflict: 0 };
      const cooperation = e.quad === 'verbal_cooperation' || e.quad === 'material_cooperation';
      edges.set(pair, { ...x, events: x.events + 1, cooperation: x.cooperation + Number(cooperation), conflict: x.conflict + Number(!cooperation) });
    }
  }
  return {
    actors: [...actors.values()].sort(byCount((a) => a.events, (a) => a.code)),
    countries: [...countries].map(([country, events]) => ({ country, events })).sort(byCount((c) => c.events, (c) => c.country)),
    edges: [...edges.values()].sort(byCount((x) => x.events, (x) => `${x.source}\n${x.target}`)),
    eventsOf: new Map([...actors.values()].map((a) => [a.code, a.events])),
  };
}

test('examples: actors, map and network equal a reference computed from the events themselves', () => {
  // The examples' most frequent mode, so the mode filter selects something real (an unknown mode is an error).
  const { mode } = store.db.prepare("SELECT mode FROM events WHERE mode IS NOT NULL AND mode != '' GROUP BY mode ORDER BY count(*) DESC, mode LIMIT 1").get() as { mode: string };
  const filters: EventFilter[] = [...FILTERS, { mode: [mode] }, { type: ['ASSAULT', 'COERCE'], status: ['occurred', 'scheduled', 'denied', 'hypothetical'] }];
  for (const filter of filters) {
    const expected = reference([...iterateEvents(store.db, filter)]);
    const label = JSON.stringify(filter);
    assert.ok(expected.actors.length < MAX_ACTORS && expected.edges.length < MAX_ACTORS, `${label}: the limit must not cut the comparison`);
    // listActors reads its `q` as an actor search, so the full-text filter is compared on the other two.
    if (filter.q === undefined) {
      assert.deepEqual(listActors(store.db, filter, MAX_ACTORS).map(({ code, events, asSource, asTarget }) => ({ code, events, asSource, asTarget })), expected.actors, label);
    }
    assert.deepEqual(countryCounts(store.db, filter), expected.countries, label);
    // The reference keeps every code; by default the network leaves country-less agents out (network.test.ts).
    const network = actorNetwork(store.db, filter, MAX_ACTORS, { unplacedAgents: true });
    assert.deepEqual(network.edges, expected.edges, label);
    assert.deepEqual(network.nodes.map((n) => [n.id, n.events]).sort(), [...new Set(expected.edges.flatMap((x) => [x.source, x.target]))].map((c) => [c, expected.eventsOf.get(c)]).sort(), label);
  }
  assert.ok(reference([...iterateEvents(store.db, {})]).edges.length > 10, 'the examples make a network worth comparing');
});

test('examples: upcoming events are scheduled, dated from the day asked, soonest first; held ones point at an occurred report', () => {
  const rows = upcomingEvents(store.db, '2022-01-01', 100);
  assert.ok(rows.length > 0);
  for (const r of rows) {
    assert.equal(r.status, 'scheduled');
    assert.ok(r.day >= '2022-01-01');
    if (r.held) {
      const [report] = articleEvents(store.db, r.held.articleId).filter((e) => e.id === r.held!.eventId);
      assert.equal(report?.status, 'occurred');
      assert.equal(report?.event, r.event);
      assert.ok(r.held.articleDate >= r.articleDate);
    }
  }
  assert.deepEqual(rows.map((r) => r.day), rows.map((r) => r.day).sort());
});

test('examples: an article\'s events match what dateline code prints for it', () => {
  const [first] = queryEvents(store.db, { status: ['occurred', 'scheduled', 'denied', 'hypothetical'] }, { limit: 1 }).items;
  const stored = store.getArticle(first!.articleId)!;
  const coded = codedJson(stored.id, pipeline.run(createDoc(stored.text, stored.date, { id: stored.id, title: stored.title }))) as { events: EventJson[] };
  const pick = (e: EventJson) => [e.event, e.status, e.trigger, e.start, e.end, e.date, e.sentence, e.source.map((p) => p.id), e.target.map((p) => p.id)];
  assert.deepEqual(articleEvents(store.db, stored.id).map(pick), coded.events.map(pick));
});

test('examples: paging stays exact while new events arrive between pages', () => {
  const before = [...iterateEvents(store.db, {}, 'desc')].map((e) => e.id);
  const seen: EventRow[] = [];
  let page = queryEvents(store.db, {}, { limit: 20 });
  seen.push(...page.items);
  seedQueryFixture(store);
  while (page.next) {
    page = queryEvents(store.db, {}, { limit: 20, cursor: page.next });
    seen.push(...page.items);
  }
  assert.equal(new Set(seen.map((e) => e.id)).size, seen.length, 'no row twice');
  for (const id of before) assert.ok(seen.some((e) => e.id === id), id);
});
