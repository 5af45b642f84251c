// Issue 15: `events` and `export` take the same filters, read by the one parser the API uses: codes in
// any case, comma lists, actor names, --mode and --q, and an unknown value as a usage error.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/index.ts';
import { runCli, tempDb } from './helpers.ts';
import { seedQueryFixture } from '../store/query-fixtures.ts';

let db: string;
before(() => {
  db = tempDb();
  const store = openStore(db);
  seedQueryFixture(store);
  store.close();
});

async function ids(...args: string[]): Promise<string[]> {
  const run = await runCli('events', '--db', db, '--json', ...args);
  assert.equal(run.code, 0, run.err);
  return run.out.trim().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id).sort();
}

async function exported(...args: string[]): Promise<string[]> {
  const run = await runCli('export', '--db', db, '--format', 'jsonl', ...args);
  assert.equal(run.code, 0, run.err);
  return run.out.trim().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id).sort();
}

test('events: --actor in any case, by name, as a list; IGO finds every IGO', async () => {
  const rus = await ids('--actor', 'RUS');
  assert.ok(rus.length > 0);
  assert.deepEqual(await ids('--actor', 'rus'), rus);
  assert.deepEqual(await ids('--actor', 'Russia'), rus);
  assert.deepEqual(await ids('--actor', 'russian'), rus);
  assert.deepEqual(await ids('--actor', 'igo'), await ids('--actor', 'NATO'));
  const nato = await ids('--actor', 'NATO');
  assert.deepEqual(await ids('--actor', 'rus,nato'), [...new Set([...rus, ...nato])].sort());
});

test('events: --type takes a list in any case; --mode and --q exist', async () => {
  const consult = await ids('--type', 'CONSULT');
  const request = await ids('--type', 'REQUEST');
  assert.ok(consult.length > 0 && request.length > 0);
  assert.deepEqual(await ids('--type', 'consult,Request'), [...consult, ...request].sort());
  assert.deepEqual(await ids('--mode', 'AID'), ['a2:e2']);
  assert.deepEqual(await ids('--q', 'Geneva', '--actor', 'USA'), ['a1:e0', 'a2:e0']);
});

test('events and export select the same events for the same flags', async () => {
  for (const flags of [['--actor', 'russia'], ['--type', 'consult,request'], ['--dyad', 'usa,RUS'], ['--status', 'denied'], ['--since', '2022-01-11']]) {
    assert.deepEqual(await ids(...flags), await exported(...flags), flags.join(' '));
  }
});

test('events --json: camelCase articleId and articleDate beside the deprecated snake_case aliases', async () => {
  const run = await runCli('events', '--db', db, '--json', '--limit', '1');
  assert.equal(run.code, 0, run.err);
  const row = JSON.parse(run.out) as Record<string, unknown>;
  assert.equal(typeof row.articleId, 'string');
  assert.match(String(row.articleDate), /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(row.article_id, row.articleId);
  assert.equal(row.article_date, row.articleDate);
});

test('events and export: a bad or unknown filter value is a usage error naming the flag, in the API\'s words', async () => {
  const cases: [string[], RegExp][] = [
    [['--actor', 'Narnia'], /^dateline: bad --actor "Narnia": no actor has this code, id or name/],
    [['--type', 'CONSULT,PARTY'], /^dateline: bad --type "PARTY": expected PLOVER types/],
    [['--status', 'maybe'], /^dateline: bad --status "maybe"/],
    [['--mode', 'teleport'], /^dateline: bad --mode "teleport"/],
    [['--dyad', 'RUS'], /^dateline: bad --dyad "RUS": expected two actors/],
    [['--since', '2022-02-30'], /^dateline: bad --since "2022-02-30"/],
  ];
  for (const [flags, message] of cases) {
    for (const command of [['events'], ['export', '--format', 'csv']]) {
      const run = await runCli(...command, '--db', db, ...flags);
      assert.equal(run.code, 2, `${command.join(' ')} ${flags.join(' ')}: ${run.err}`);
      assert.match(run.err, message, `${command.join(' ')} ${flags.join(' ')}`);
      assert.equal(run.out, '');
    }
  }
});

test('events --help lists every filter flag once, with the shared descriptions', async () => {
  const help = (await runCli('events', '--help')).out;
  const exportHelp = (await runCli('export', '--help')).out;
  for (const flag of ['--actor', '--dyad', '--type', '--mode', '--status', '--since', '--until', '--q']) {
    assert.equal(help.split(`${flag} <`).length - 1, 1, `${flag} in events --help`);
    assert.equal(exportHelp.split(`${flag} <`).length - 1, 1, `${flag} in export --help`);
  }
  assert.match(help, /names \(Russia, Russian\)/);
});
