// The CLI's runtime conventions (issues 15 and 17, DECISIONS §5 and §7), played with real processes:
// a closed pipe, Ctrl-C, an unopenable store with worker threads, a missing file, a read-only store.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { fixture, runCli, tempDb } from './helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/dateline.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../examples/articles', import.meta.url));
// Generous: a cold start compiles TypeScript; the point is that the process ends at all.
const BOUNDED = { timeout: 90_000 };

// Permissions do not bind root, so as root the read-only test runs its commands as nobody.
const AS_ANOTHER_USER = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
const CAN_DROP_ROOT = AS_ANOTHER_USER.length === 0 || spawnSync('setpriv', ['--version']).status === 0;
// That user must also be able to read the checkout: a clone inside a private folder (mktemp -d is 0700) is not.
const OTHER_USER_READS_CHECKOUT = AS_ANOTHER_USER.length === 0 || (CAN_DROP_ROOT
  && spawnSync(AS_ANOTHER_USER[0]!, [...AS_ANOTHER_USER.slice(1), process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(BIN)})`]).status === 0);

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/**
 * Runs `dateline ARGS` as a process. `closeOutput` closes the reading end of its stdout before it
 * writes anything, as `| head -1` does once it has its line; `interruptAfterOutput` sends SIGINT once
 * it has printed something.
 */
function spawnCli(args: string[], options: { closeOutput?: boolean; input?: string; interruptAfterOutput?: boolean; prefix?: string[]; beforeInterrupt?: (out: string) => Promise<void> } = {}): Promise<Ended> {
  const command = [...(options.prefix ?? []), process.execPath, BIN, ...args];
  const child = spawn(command[0]!, command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
  const ended: Ended = { code: null, signal: null, out: '', err: '' };
  child.stderr.on('data', (d: Buffer) => (ended.err += d.toString()));
  if (options.closeOutput) child.stdout.destroy();
  else {
    child.stdout.on('data', (d: Buffer) => {
      ended.out += d.toString();
      if (options.interruptAfterOutput) void (options.beforeInterrupt?.(ended.out) ?? Promise.resolve()).finally(() => child.kill('SIGINT'));
    });
  }
  if (options.input !== undefined) child.stdin.write(options.input);
  if (!options.interruptAfterOutput) child.stdin.end();
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ ...ended, code, signal })));
}

describe('cli conventions', () => {
  let db = '';
  before(async () => {
    db = tempDb();
    const run = await runCli('ingest', EXAMPLES, '--db', db, '--workers', '0');
    assert.equal(run.code, 0, run.err);
  });

  test('ingest refreshes the planner statistics after writing (DECISIONS §5)', () => {
    const raw = new Database(db, { readonly: true });
    const analysed = raw.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'sqlite_stat1'").get() as { n: number };
    const tables = analysed.n ? (raw.prepare('SELECT DISTINCT tbl FROM sqlite_stat1').all() as { tbl: string }[]).map((r) => r.tbl) : [];
    raw.close();
    for (const table of ['articles', 'events']) assert.ok(tables.includes(table), `${table} analysed: ${tables.join(', ')}`);
  });

  test('a closed pipe ends quietly with 0 (issue 15: search | head, articles | head)', BOUNDED, async () => {
    for (const args of [['search', 'Russia', '--db', db], ['articles', '--json', '--db', db], ['events', '--limit', '500', '--db', db]]) {
      const run = await spawnCli(args, { closeOutput: true });
      assert.deepEqual({ code: run.code, signal: run.signal, err: run.err }, { code: 0, signal: null, err: '' }, args.join(' '));
    }
  });

  test('Ctrl-C ends with 130 and one line (DECISIONS §7)', BOUNDED, async () => {
    const line = `${JSON.stringify({ id: 'a1', date: '2022-01-14', text: 'Poland urged Belarus on Wednesday to release the activists.' })}\n`;
    const run = await spawnCli(['code', '--jsonl'], { input: line, interruptAfterOutput: true });
    assert.equal(run.signal, null);
    assert.equal(run.code, 130);
    assert.equal(run.err, 'dateline: interrupted\n');
  });

  test('ingest into a folder that does not exist says so and exits 3, worker threads and all (issue 17)', BOUNDED, async () => {
    const missing = `${dirname(tempDb())}/no/such/dir/x.db`;
    const run = await spawnCli(['ingest', EXAMPLES, '--db', missing, '--workers', '2']);
    assert.equal(run.code, 3);
    assert.equal(run.err, `dateline: cannot open database ${missing}: no such folder ${dirname(missing)}\n`);
  });

  test('ingest of a missing path is a usage error that creates no database (issues 15, 17)', async () => {
    const fresh = tempDb();
    const run = await runCli('ingest', fixture('ingest', 'plain.txt'), '/no/such/file.txt', '--db', fresh);
    assert.equal(run.code, 2);
    assert.equal(run.err, 'dateline: no such file: /no/such/file.txt\n');
    assert.deepEqual(readdirSync(dirname(fresh)), []);
  });

  test('read commands and serve never create a store: a missing file is exit 3 naming it (issue 15)', async () => {
    const typo = tempDb();
    for (const args of [['serve', '--port', '0'], ['stats'], ['search', 'x'], ['articles'], ['migrate']]) {
      const run = await runCli(...args, '--db', typo);
      assert.equal(run.code, 3, args[0]);
      assert.match(run.err, new RegExp(`^dateline: no database at ${typo}: `), args[0]);
    }
    assert.equal(existsSync(typo), false);
  });

  test('huge counts and impossible dates are usage errors, not SQLite traces (issue 17)', async () => {
    for (const args of [['articles', '--offset', '99999999999999999999'], ['articles', '--limit', '99999999999999999999'], ['search', 'x', '--limit', '99999999999999999999']]) {
      const run = await runCli(...args, '--db', db);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.err, /^dateline: --(offset|limit) must be a whole number from 0 to 9007199254740991, got "99999999999999999999"\n$/);
    }
    const date = await runCli('articles', '--since', '2022-02-30', '--db', db);
    assert.equal(date.code, 2);
    assert.equal(date.err, 'dateline: bad date "2022-02-30" for --since: expected YYYY-MM-DD\n');
  });

  test('a read-only store in a read-only folder can be read by stats, search and serve, not written (issue 17)', { ...BOUNDED, skip: (!CAN_DROP_ROOT && 'running as root without setpriv') || (!OTHER_USER_READS_CHECKOUT && 'the checkout is not readable by the unprivileged user the test runs as (a private parent folder)') }, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-ro-'));
    const file = join(dir, 'ro.db');
    copyFileSync(db, file);
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    t.after(() => chmodSync(dir, 0o755));
    const asReader = { prefix: AS_ANOTHER_USER };
    const stats = await spawnCli(['stats', '--json', '--db', file], asReader);
    assert.equal(stats.code, 0, stats.err);
    assert.equal(JSON.parse(stats.out).articles, 18);
    const search = await spawnCli(['search', 'Russia', '--json', '--db', file], asReader);
    assert.equal(search.code, 0, search.err);
    assert.ok(search.out.trim().split('\n').length > 1);
    const served: Record<string, number> = {};
    const serve = await spawnCli(['serve', '--port', '0', '--db', file], {
      ...asReader,
      interruptAfterOutput: true,
      beforeInterrupt: async (out) => {
        const url = /http:\/\/\S+\//.exec(out)![0];
        for (const path of ['api/stats', 'api/export/events.csv']) served[path] = (await fetch(new URL(path, url))).status;
      },
    });
    assert.equal(serve.code, 0, serve.err);
    assert.deepEqual(served, { 'api/stats': 200, 'api/export/events.csv': 200 });
    assert.match(serve.out, /^Dateline serving .*ro\.db on http:\/\/127\.0\.0\.1:\d+\/\n$/);
    assert.match(serve.err, /is read-only: .*\ndateline: serving it read-only, without uploads\n$/);
    const ingest = await spawnCli(['ingest', fixture('ingest', 'articles.jsonl'), '--db', file, '--workers', '0'], asReader);
    assert.equal(ingest.code, 3);
    assert.match(ingest.err, /^dateline: database .*ro\.db is read-only: /);
    assert.deepEqual(readdirSync(dir), ['ro.db'], 'reading left no -wal or -shm behind');
  });
});
