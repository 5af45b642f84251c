// Issue 10, DECISIONS §3: `events` and `export` show by default what `dateline code` shows: events at or
// above the documented confidence threshold (and those stored before scoring); --min-confidence sets
// it, --all shows every event whatever its status and confidence.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_MIN_CONFIDENCE, openStore } from '../../src/index.ts';
import { runCli, tempDb } from './helpers.ts';
import { Draft, Q_ACTORS } from '../store/query-fixtures.ts';

const { rus, usa, nato, ukr } = Q_ACTORS;
let db: string;
before(() => {
  db = tempDb();
  const store = openStore(db);
  const d = new Draft('c1', '2022-01-05', 'Talks', [
    'Russia will hold talks with the US on January 10.',
    'Russia accused NATO of bad faith.',
    'Ukraine asked NATO for help.',
    'Russia denied plans to attack Ukraine.',
  ])
    .event(0, 'hold talks', 'CONSULT', 'scheduled', '2022-01-10', [[rus, 'Russia']], [[usa, 'the US']])
    .event(1, 'accused', 'ACCUSE', 'occurred', null, [[rus, 'Russia']], [[nato, 'NATO']])
    .event(2, 'asked', 'REQUEST', 'occurred', null, [[ukr, 'Ukraine']], [[nato, 'NATO']])
    .event(3, 'attack', 'ASSAULT', 'denied', null, [[rus, 'Russia']], [[ukr, 'Ukraine']]);
  const [talks, accused, , attack] = d.item.events!;
  talks!.confidence = Math.min(1, DEFAULT_MIN_CONFIDENCE + 0.3);
  accused!.confidence = Math.max(0, DEFAULT_MIN_CONFIDENCE - 0.2);
  attack!.confidence = 0.01;
  store.insertArticles([d.item]);
  store.close();
});

async function types(command: 'events' | 'export', ...args: string[]): Promise<string[]> {
  const run = await runCli(command, '--db', db, ...(command === 'events' ? ['--json'] : ['--format', 'jsonl']), ...args);
  assert.equal(run.code, 0, run.err);
  return run.out.trim().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { event: string }).event).sort();
}

for (const command of ['events', 'export'] as const) {
  test(`${command}: the default threshold, --min-confidence and --all`, async () => {
    assert.deepEqual(await types(command), ['CONSULT', 'REQUEST'], 'the low ACCUSE hidden, the unscored REQUEST shown');
    assert.deepEqual(await types(command, '--min-confidence', '0'), ['ACCUSE', 'CONSULT', 'REQUEST']);
    assert.deepEqual(await types(command, '--min-confidence', '1'), DEFAULT_MIN_CONFIDENCE + 0.3 >= 1 ? ['CONSULT', 'REQUEST'] : ['REQUEST']);
    assert.deepEqual(await types(command, '--all'), ['ACCUSE', 'ASSAULT', 'CONSULT', 'REQUEST']);
    assert.deepEqual(await types(command, '--all', '--status', 'occurred'), ['ACCUSE', 'REQUEST']);
    assert.deepEqual(await types(command, '--all', '--min-confidence', String(DEFAULT_MIN_CONFIDENCE)), ['CONSULT', 'REQUEST']);
  });
}

test('events: a bad --min-confidence is a usage error in the filters\' words', async () => {
  const run = await runCli('events', '--db', db, '--min-confidence', '1.5');
  assert.equal(run.code, 2);
  assert.match(run.err, /bad --min-confidence "1\.5": expected a number from 0 to 1/);
});
