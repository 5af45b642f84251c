import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer as createNetServer, type Server } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/dateline.js', import.meta.url));
const LINE = /^Dateline serving (.+) on (http:\/\/[^ ]+\/)$/;
const tmp = tempDir();
const db = join(tmp.dir, 'serve.db');
const children: ChildProcessWithoutNullStreams[] = [];

// No inherited token: each test says whether it wants one.
const { DATELINE_TOKEN: _token, DATELINE_DB: _db, ...baseEnv } = process.env;

before(() => {
  const input = join(tmp.dir, 'one.jsonl');
  writeFileSync(input, '{"date":"2022-01-10","title":"Geneva","text":"Russian and American diplomats met in Geneva on Monday."}\n');
  const run = spawnSync(process.execPath, [BIN, 'ingest', input, '--db', db], { encoding: 'utf8', env: baseEnv });
  assert.equal(run.status, 0, run.stderr);
});
after(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  tmp.cleanup();
});

/** Spawns `dateline ARGS` and resolves with the URL from its "Dateline serving" line. */
function start(args: string[], env: NodeJS.ProcessEnv = baseEnv): Promise<{ child: ChildProcessWithoutNullStreams; url: string; line: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env });
  children.push(child);
  let out = '';
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const line = out.split('\n').find((l) => LINE.test(l));
      if (line) resolve({ child, url: LINE.exec(line)![2]!, line, output: () => out });
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before listening: ${err}`)));
  });
}

/** Resolves with the exit code (and signal) of a child. */
function exited(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; signal: string | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

test('dateline serve prints one line, serves the store, and stops cleanly on SIGTERM', async () => {
  const { child, url, line, output } = await start(['serve', '--db', db, '--port', '0']);
  assert.equal(LINE.exec(line)![1], db);
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  assert.ok(!url.endsWith(':0/'), 'the real port, not 0');
  const stats = (await (await fetch(new URL('api/stats', url))).json()) as { articles: number };
  assert.equal(stats.articles, 1);
  child.kill('SIGTERM');
  assert.deepEqual(await exited(child), { code: 0, signal: null });
  assert.equal(output(), `${line}\n`);
});

test('SIGINT stops it too', async () => {
  const { child } = await start(['serve', '--db', db, '--port', '0']);
  child.kill('SIGINT');
  assert.deepEqual(await exited(child), { code: 0, signal: null });
});

test('a public host without a token: a clear message and exit status 2', () => {
  const run = spawnSync(process.execPath, [BIN, 'serve', '--db', db, '--host', '0.0.0.0', '--port', '0'], { encoding: 'utf8', env: baseEnv });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /refusing to serve on 0\.0\.0\.0 without a token/);
  assert.equal(run.stdout, '');
});

test('a public host with DATELINE_TOKEN starts, and POST needs the token', async () => {
  const { child, url } = await start(['serve', '--db', db, '--host', '0.0.0.0', '--port', '0'], { ...baseEnv, DATELINE_TOKEN: 'tok' });
  const local = url.replace('0.0.0.0', '127.0.0.1');
  const body = JSON.stringify({ articles: [{ date: '2022-01-11', text: 'Talks continued.' }] });
  const denied = await fetch(new URL('api/articles', local), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  assert.equal(denied.status, 401);
  const allowed = await fetch(new URL('api/articles', local), { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer tok' }, body });
  assert.equal(allowed.status, 200);
  child.kill('SIGTERM');
  assert.equal((await exited(child)).code, 0);
});

/** The status of GET /api/stats sent with this `Host` header. */
function statusFor(url: string, host: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    httpRequest({ host: hostname, port, path: '/api/stats', headers: { host } }, (res) => {
      res.resume().on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject).end();
  });
}

test('--allowed-host (repeated or a comma list) and DATELINE_ALLOWED_HOSTS add host names; others get 421', async () => {
  const flagged = await start(['serve', '--db', db, '--port', '0', '--allowed-host', 'dateline.example.org,news.example.org', '--allowed-host', 'third.example.org']);
  for (const host of ['dateline.example.org', 'news.example.org:8080', 'third.example.org', 'localhost']) assert.equal(await statusFor(flagged.url, host), 200, host);
  assert.equal(await statusFor(flagged.url, 'evil.example'), 421);
  flagged.child.kill('SIGTERM');
  assert.equal((await exited(flagged.child)).code, 0);
  const fromEnv = await start(['serve', '--db', db, '--port', '0'], { ...baseEnv, DATELINE_ALLOWED_HOSTS: 'env.example.org' });
  assert.equal(await statusFor(fromEnv.url, 'env.example.org'), 200);
  assert.equal(await statusFor(fromEnv.url, 'dateline.example.org'), 421);
  fromEnv.child.kill('SIGTERM');
  assert.equal((await exited(fromEnv.child)).code, 0);
  const bad = spawnSync(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--allowed-host', 'http://x.example/'], { encoding: 'utf8', env: baseEnv });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--allowed-host must be a host name/);
});

test('a port in use and a bad port: exit status 2 with the reason', async () => {
  const blocker: Server = createNetServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  try {
    const port = (blocker.address() as { port: number }).port;
    const run = spawnSync(process.execPath, [BIN, 'serve', '--db', db, '--port', String(port)], { encoding: 'utf8', env: baseEnv });
    assert.equal(run.status, 2);
    assert.match(run.stderr, new RegExp(`cannot listen on 127\\.0\\.0\\.1 port ${port}: the port is in use`));
  } finally {
    blocker.close();
  }
  const bad = spawnSync(process.execPath, [BIN, 'serve', '--db', db, '--port', '70000'], { encoding: 'utf8', env: baseEnv });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--port must be from 0 to 65535/);
});

test('dateline demo --serve ingests the examples, then serves them', async () => {
  const demoDb = join(tmp.dir, 'demo.db');
  const { child, url, output } = await start(['demo', '--serve', '--db', demoDb, '--port', '0']);
  assert.match(output(), /Dateline demo: /);
  const stats = (await (await fetch(new URL('api/stats', url))).json()) as { articles: number; events: number };
  assert.ok(stats.articles >= 20 && stats.events > 0);
  child.kill('SIGTERM');
  assert.equal((await exited(child)).code, 0);
});
