// DECISIONS §3: /api/upcoming and /api/upcoming.ics list scheduled events at or above the confidence
// threshold, as /api/events does; `min_confidence` is read and refused as the event filter's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore } from '../../src/index.ts';
import { getJson, startServer, tempDir, type RunningServer } from './helpers.ts';
import { insertUpcomingFixture } from '../store/upcoming-fixtures.ts';

const tmp = tempDir();
let server: RunningServer;
before(async () => {
  const file = join(tmp.dir, 'upcoming.db');
  const store = openStore(file);
  insertUpcomingFixture(store);
  store.close();
  server = await startServer(file);
});
after(async () => {
  await server.close();
  tmp.cleanup();
});

async function dates(query = ''): Promise<string[]> {
  const { status, body } = await getJson(server.url, `api/upcoming?from=2022-01-01${query}`);
  assert.equal(status, 200, JSON.stringify(body));
  return (body.items as { date: string; held: { eventId: string } | null }[]).map((i) => `${i.date}${i.held ? ` held ${i.held.eventId}` : ''}`);
}

test('/api/upcoming: the default threshold; min_confidence=0 shows every event; the held report whatever its confidence', async () => {
  assert.deepEqual(await dates(), ['2022-01-10 held u2:e0', '2022-01-14']);
  assert.deepEqual(await dates('&min_confidence=0'), ['2022-01-10 held u2:e0', '2022-01-12', '2022-01-14']);
  assert.deepEqual(await dates('&min_confidence=1'), ['2022-01-14']);
});

test('/api/upcoming: a bad min_confidence is a 400 in the event filter\'s words', async () => {
  const [upcoming, events] = await Promise.all([getJson(server.url, 'api/upcoming?min_confidence=2'), getJson(server.url, 'api/events?min_confidence=2')]);
  assert.equal(upcoming.status, 400);
  assert.match(upcoming.body.message as string, /^bad min_confidence "2": expected a number from 0 to 1/);
  assert.equal(upcoming.body.message, events.body.message);
});

test('/api/upcoming.ics: the same threshold', async () => {
  const vevents = async (query: string): Promise<number> => {
    const response = await fetch(new URL(`api/upcoming.ics?from=2022-01-01${query}`, server.url));
    assert.equal(response.status, 200);
    return (await response.text()).split('BEGIN:VEVENT').length - 1;
  };
  assert.equal(await vevents(''), 2);
  assert.equal(await vevents('&min_confidence=0'), 3);
});
