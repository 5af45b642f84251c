import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildExampleDb, getJson, startServer, tempDir, type RunningServer } from './helpers.ts';

type Json = Record<string, unknown>;
const tmp = tempDir();
let server: RunningServer;

before(async () => {
  const file = join(tmp.dir, 'api.db');
  await buildExampleDb(file);
  server = await startServer(file);
});
after(async () => {
  await server?.close();
  tmp.cleanup();
});

const get = (path: string) => getJson(server.url, path);

describe('GET routes answer the example database', () => {
  test('/api/stats counts agree with each other', async () => {
    const { status, body } = await get('api/stats');
    assert.equal(status, 200);
    assert.ok((body.articles as number) >= 20);
    const byStatus = body.eventsByStatus as Record<string, number>;
    const byQuad = body.eventsByQuad as Record<string, number>;
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    assert.equal(sum(byStatus), body.events);
    assert.equal(sum(byQuad), body.events);
    assert.deepEqual(Object.keys(byStatus), ['occurred', 'scheduled', 'denied', 'hypothetical']);
    assert.match((body.dateRange as { first: string }).first, /^\d{4}-\d{2}-\d{2}$/);
  });

  test('/api/articles pages newest first through every article exactly once', async () => {
    const total = (await get('api/stats')).body.articles as number;
    const seen: Json[] = [];
    let next: string | null = null;
    do {
      const { status, body } = await get(`api/articles?limit=7${next ? `&cursor=${encodeURIComponent(next)}` : ''}`);
      assert.equal(status, 200);
      seen.push(...(body.items as Json[]));
      next = body.next as string | null;
    } while (next);
    assert.equal(seen.length, total);
    assert.equal(new Set(seen.map((a) => a.id)).size, total);
    const dates = seen.map((a) => a.date as string);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.ok(seen.some((a) => (a.events as number) > 0));
    const bounded = await get('api/articles?since=2022-01-01&until=2022-01-31');
    assert.ok((bounded.body.items as Json[]).every((a) => (a.date as string).startsWith('2022-01')));
  });

  test('/api/articles/:id has the reader data, offsets into the text', async () => {
    const first = ((await get('api/articles?limit=50')).body.items as Json[]).find((a) => (a.events as number) > 0)!;
    const { status, body } = await get(`api/articles/${first.id}`);
    assert.equal(status, 200);
    const text = body.text as string;
    const mention = (body.mentions as Json[])[0]!;
    assert.equal(text.slice(mention.start as number, mention.end as number), mention.text);
    const event = (body.events as Json[])[0]!;
    const sentence = event.sentence as string;
    const offset = event.sentenceStart as number;
    assert.equal(sentence.slice((event.start as number) - offset, (event.end as number) - offset), event.trigger);
    assert.deepEqual((body.sentences as Json[])[0], { idx: 0, start: 0, end: (body.sentences as Json[])[0]!.end });
    assert.equal((await get('api/articles/0000000000000000')).status, 404);
  });

  test('/api/events pages by cursor with the total for the filters', async () => {
    const ids: string[] = [];
    let next: string | null = null;
    let total: number;
    do {
      const { status, body } = await get(`api/events?dyad=RUS,USA&limit=5${next ? `&cursor=${encodeURIComponent(next)}` : ''}`);
      assert.equal(status, 200);
      total = body.total as number;
      ids.push(...(body.items as Json[]).map((e) => e.id as string));
      next = body.next as string | null;
    } while (next);
    assert.ok(total > 5);
    assert.equal(ids.length, total);
    assert.equal(new Set(ids).size, total);
    const asc = await get('api/events?order=asc&limit=20&type=consult,AGREE&status=occurred');
    const rows = asc.body.items as Json[];
    assert.ok(rows.length > 0);
    assert.ok(rows.every((e) => ['CONSULT', 'AGREE'].includes(e.event as string) && e.status === 'occurred'));
    const days = rows.map((e) => e.day as string);
    assert.deepEqual(days, [...days].sort());
  });

  test('/api/events/histogram buckets by Monday weeks, ascending', async () => {
    const { body } = await get('api/events/histogram?interval=week&since=2021-12-01&until=2022-02-28');
    assert.equal(body.interval, 'week');
    const buckets = body.buckets as Json[];
    assert.ok(buckets.length > 3);
    for (const b of buckets) assert.equal(new Date(`${b.period as string}T00:00:00Z`).getUTCDay(), 1);
    assert.ok(buckets.every((b) => b.total === (b.verbal_cooperation as number) + (b.material_cooperation as number) + (b.verbal_conflict as number) + (b.material_conflict as number)));
  });

  test('/api/actors and /api/actors/:code', async () => {
    const list = (await get('api/actors?limit=5')).body.items as Json[];
    assert.equal(list[0]!.code, 'RUS');
    const named = (await get('api/actors?q=ukr')).body.items as Json[];
    assert.ok(named.some((a) => a.code === 'UKR'));
    const rus = await get('api/actors/RUS?interval=month');
    assert.equal(rus.status, 200);
    assert.ok((rus.body.partners as Json[]).some((p) => p.code === 'USA'));
    assert.ok((rus.body.byType as Json[]).length > 0);
    const missing = await get('api/actors/XYZ');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error, 'not_found');
  });

  test('/api/dyads, /api/network and /api/map', async () => {
    const dyad = await get('api/dyads?a=RUS&b=USA&interval=month');
    assert.equal(dyad.status, 200);
    assert.deepEqual([dyad.body.a, dyad.body.b, dyad.body.interval], ['RUS', 'USA', 'month']);
    assert.ok((dyad.body.series as Json[]).reduce((n, b) => n + (b.total as number), 0) > 0);
    const network = (await get('api/network?limit=10')).body;
    const edges = network.edges as Json[];
    assert.ok(edges.length > 0 && edges.length <= 10);
    const nodeIds = new Set((network.nodes as Json[]).map((n) => n.id));
    assert.ok(edges.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target)));
    const countries = (await get('api/map')).body.countries as Json[];
    assert.ok(countries.some((c) => c.country === 'RUS' && (c.events as number) > 0));
  });

  test('/api/upcoming from a date, soonest first', async () => {
    const { body } = await get('api/upcoming?from=2022-01-01&limit=20');
    assert.equal(body.from, '2022-01-01');
    const items = body.items as Json[];
    assert.ok(items.length > 0);
    assert.ok(items.every((e) => e.status === 'scheduled' && 'held' in e));
    const today = await get('api/upcoming');
    assert.match(today.body.from as string, /^\d{4}-\d{2}-\d{2}$/);
  });

  test('/api/quotes and /api/statements page by cursor', async () => {
    const quotes = await get('api/quotes?limit=3');
    assert.equal((quotes.body.items as Json[]).length, 3);
    assert.equal(typeof quotes.body.next, 'string');
    const nextPage = await get(`api/quotes?limit=3&cursor=${encodeURIComponent(quotes.body.next as string)}`);
    assert.notDeepEqual(nextPage.body.items, quotes.body.items);
    const statements = (await get('api/statements?kind=denial')).body.items as Json[];
    assert.ok(statements.length > 0 && statements.every((s) => s.kind === 'denial'));
  });

  test('/api/search gives snippets as text segments', async () => {
    const { body } = await get('api/search?q=NATO&limit=3');
    const items = body.items as { snippet: { text: string; hit: boolean }[] }[];
    assert.ok(items.length > 0);
    const hits = items.flatMap((i) => i.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase()));
    assert.ok(hits.includes('nato'));
    assert.ok(items.every((i) => i.snippet.every((s) => !/[\uE000\uE001]/.test(s.text))));
  });
});

const STORE_CHECKED = new Set(['api/events?cursor=bogus', 'api/statements?kind=shouting']);

describe('bad parameters are 400 naming the parameter', () => {
  const cases: [string, string, RegExp][] = [
    ['api/events?since=2021-1-5', 'since', /bad since "2021-1-5": expected a real day as YYYY-MM-DD/],
    ['api/events?until=2022-02-30', 'until', /real day/],
    ['api/events?sinse=2022-01-01', 'sinse', /unknown parameter "sinse"/],
    ['api/events?limit=0', 'limit', /from 1 to 500/],
    ['api/events?limit=ten', 'limit', /whole number/],
    ['api/events?limit=5&limit=6', 'limit', /given once/],
    ['api/events?type=CONSULT,PARTY', 'type', /"PARTY"/],
    ['api/events?status=maybe', 'status', /occurred/],
    ['api/events?order=sideways', 'order', /desc, asc/],
    ['api/events?dyad=RUS', 'dyad', /expected two actors/],
    ['api/events?actor=%3Cscript%3E', 'actor', /bad actor "<script>": no actor has this code, id or name/],
    ['api/events?cursor=bogus', 'cursor', /cursor/],
    ['api/articles/abc?x=1', 'x', /unknown parameter/],
    ['api/events/histogram?interval=year', 'interval', /day, week, month/],
    ['api/articles?limit=501', 'limit', /500/],
    ['api/articles?cursor=not-a-cursor', 'cursor', /cursor/],
    ['api/actors?limit=-1', 'limit', /whole number/],
    ['api/actors/RUS?interval=hour', 'interval', /day, week, month/],
    ['api/dyads?a=RUS', 'b', /required/],
    ['api/dyads?a=RUS&b=USA&dyad=RUS,UKR', 'dyad', /unknown parameter/],
    ['api/network?limit=100000', 'limit', /1000/],
    ['api/map?q=', 'q', /non-empty/],
    ['api/upcoming?from=tomorrow', 'from', /YYYY-MM-DD/],
    ['api/upcoming.ics?from=2022-13-01', 'from', /real day/],
    ['api/quotes?speaker=RUS,USA', 'speaker', /bad speaker "RUS,USA": expected one actor, not a list/],
    ['api/statements?kind=shouting', 'kind', /shouting/],
    ['api/search?limit=5', 'q', /required/],
    ['api/stats?verbose=1', 'verbose', /this route takes none/],
    ['api/export/events.csv?since=yesterday', 'since', /YYYY-MM-DD/],
    ['api/export/events.jsonl?limit=5', 'limit', /unknown parameter/],
    ['api/export/network.graphml?type=NOPE', 'type', /NOPE/],
  ];
  for (const [path, parameter, message] of cases) {
    test(path, async () => {
      const { status, body } = await get(path);
      assert.equal(status, 400, JSON.stringify(body));
      assert.equal(body.error, 'bad_request');
      // The store checks cursors and statement kinds itself: its errors carry a code, not a parameter.
      if (STORE_CHECKED.has(path)) assert.equal(body.code, 'E_USAGE');
      else assert.equal(body.parameter, parameter);
      assert.match(body.message as string, message);
    });
  }
});

describe('downloads', () => {
  test('events.csv streams every matching event as an attachment', async () => {
    const response = await fetch(new URL('api/export/events.csv?dyad=RUS,USA', server.url));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/csv/);
    assert.match(response.headers.get('content-disposition')!, /^attachment; filename="[^"]+\.csv"$/);
    const text = await response.text();
    assert.match(text.split(/\r?\n/, 1)[0]!, /^Event ID,/);
    const total = (await get('api/events?dyad=RUS,USA&limit=1')).body.total as number;
    const ids = [...text.matchAll(/^([0-9a-f]{16}:e\d+),/gm)].map((m) => m[1]);
    assert.equal(new Set(ids).size, total);
  });

  test('events.jsonl has one event object a line, and other requests work while it streams', async () => {
    const [response, stats] = await Promise.all([fetch(new URL('api/export/events.jsonl?status=occurred,scheduled,denied,hypothetical&min_confidence=0', server.url)), get('api/stats')]);
    const lines = (await response.text()).trim().split('\n');
    assert.match(response.headers.get('content-disposition')!, /attachment/);
    assert.equal(lines.length, stats.body.events);
    assert.ok(lines.every((l) => typeof (JSON.parse(l) as Json).id === 'string'));
  });

  test('network.graphml and upcoming.ics', async () => {
    const graph = await fetch(new URL('api/export/network.graphml?limit=5', server.url));
    assert.match(graph.headers.get('content-disposition')!, /attachment; filename=".+\.graphml"/);
    assert.match(await graph.text(), /<graphml[\s\S]*<edge /);
    const ics = await fetch(new URL('api/upcoming.ics?from=2022-01-01', server.url));
    assert.match(ics.headers.get('content-type')!, /^text\/calendar/);
    const body = await ics.text();
    assert.match(body, /^BEGIN:VCALENDAR\r\n/);
    assert.match(body, /BEGIN:VEVENT/);
  });
});
