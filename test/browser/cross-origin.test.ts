// Issue 17: the attacks a web page can make on a Dateline server running on this machine, played
// in Chromium. A page from a second origin (another local port) tries to plant articles with a
// `no-cors` fetch and with a plain HTML form, to post JSON, and to read the API; a page served under
// a DNS name that points at 127.0.0.1 (DNS rebinding, simulated with Chromium's host resolver
// rules) tries to read it as its own origin. None may store or read anything, while the server's own
// page still writes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openStore } from '../../src/index.ts';
import { api, skipReason, startServer, type Server } from './harness.ts';

const skip = skipReason();
const REBOUND = 'rebound.example';

/** The attacker's page: a text/plain form whose body is a JSON Lines record, and scripted fetches. */
function attackerPage(target: string): string {
  const line = JSON.stringify({ date: '2022-03-01', text: 'Planted by a no-cors fetch.' });
  return `<!doctype html><meta charset="utf-8"><title>attacker</title>
<form id="plant" method="POST" action="${target}api/articles?format=jsonl" enctype="text/plain">
  <input name='{"date":"2022-03-01","text":"Planted by a form.","pad":"' value='"}'>
</form>
<script>
window.attack = async () => {
  const results = {};
  try {
    await fetch('${target}api/articles?format=jsonl', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(line)} + '\\n' });
    results.noCors = 'sent';
  } catch (e) { results.noCors = 'failed: ' + e; }
  try {
    await fetch('${target}api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [{ date: '2022-03-01', text: 'Planted by a CORS fetch.' }] }) });
    results.json = 'sent';
  } catch (e) { results.json = 'blocked'; }
  try {
    results.read = await (await fetch('${target}api/stats')).text();
  } catch (e) { results.read = 'blocked'; }
  return results;
};
</script>`;
}

describe('writes and reads from other origins, in Chromium', { skip: skip ?? false }, () => {
  let dir: string;
  let dateline: Server;
  let attacker: HttpServer;
  let attackerUrl: string;
  let browser: Browser;
  let page: Page;
  const seen: string[] = [];

  const articles = async (): Promise<number> => (await api<{ articles: number }>(dateline.url, 'api/stats')).articles;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-xorigin-'));
    const db = join(dir, 'x.db');
    openStore(db).close();
    dateline = await startServer(db);
    attacker = createServer((request, response) => {
      seen.push(`${request.method} ${request.url}`);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(attackerPage(dateline.url));
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--host-resolver-rules=MAP ${REBOUND} 127.0.0.1`],
    });
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => attacker?.close(resolve));
    await dateline?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('a no-cors fetch, a JSON fetch and a read from another origin store and read nothing', async () => {
    assert.notEqual(new URL(attackerUrl).origin, new URL(dateline.url).origin);
    await page.goto(attackerUrl);
    const results = await page.evaluate(() => (window as unknown as { attack: () => Promise<Record<string, string>> }).attack());
    assert.equal(results.noCors, 'sent', 'the browser did send the no-cors POST');
    assert.equal(results.json, 'blocked', 'the JSON POST fails its preflight');
    assert.equal(results.read, 'blocked', 'the page cannot read the API');
    assert.equal(await articles(), 0);
  });

  test('a plain HTML form POST stores nothing and is answered 403', async () => {
    await page.goto(attackerUrl);
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.evaluate(() => (document.getElementById('plant') as HTMLFormElement).submit()),
    ]);
    assert.equal(response?.status(), 403);
    assert.match((await response?.text()) ?? '', /"error":"forbidden"/);
    assert.equal(await articles(), 0);
  });

  test('under a rebound DNS name the server answers 421 to the page itself and to its requests', async () => {
    const rebound = `http://${REBOUND}:${new URL(dateline.url).port}/`;
    const response = await page.goto(`${rebound}api/stats`);
    assert.equal(response?.status(), 421);
    const fromPage = await page.evaluate(async () => {
      const stats = await fetch('/api/stats');
      const write = await fetch('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [{ date: '2022-03-01', text: 'Planted after rebinding.' }] }) });
      return [stats.status, write.status];
    });
    assert.deepEqual(fromPage, [421, 421]);
    assert.equal(await articles(), 0);
  });

  test('the server\'s own page still writes (so the refusals above are the guards\' doing)', async () => {
    await page.goto(dateline.url);
    const status = await page.evaluate(async () => {
      const answer = await fetch('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [{ date: '2022-03-01', text: 'Written by the server\u2019s own page.' }] }) });
      return answer.status;
    });
    assert.equal(status, 200);
    assert.equal(await articles(), 1);
    assert.ok(seen.length >= 2, 'the attacker page was served');
  });
});
