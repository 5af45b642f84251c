import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm start` as a user runs it, less the build its prestart does (--ignore-scripts skips pre
// scripts, not the script asked for): npm -> sh -> dateline demo --serve, on a temp store and a free port.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'dateline-start-'));
const groups: number[] = [];
after(() => {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(tmp, { recursive: true, force: true });
});

/** Starts `npm start` in its own process group; resolves once the server prints its URL. */
function npmStart(db: string): Promise<{ npm: ChildProcess; url: string }> {
  const npm = spawn('npm', ['start', '--ignore-scripts', '--', '--db', db, '--port', '0'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  groups.push(npm.pid!);
  let out = '';
  let err = '';
  npm.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
  return new Promise((resolve, reject) => {
    npm.stdout!.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const url = /Dateline serving .+ on (http:\/\/\S+\/)/.exec(out)?.[1];
      if (url) resolve({ npm, url });
    });
    npm.once('exit', (code) => reject(new Error(`npm start exited with ${code} before serving: ${err}`)));
  });
}

/** True once nothing answers at `url`, polling for at most `ms`. */
async function stopsAnswering(url: string, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    try {
      await fetch(new URL('api/stats', url), { signal: AbortSignal.timeout(1000) });
    } catch {
      return true;
    }
  }
  return false;
}

test('package.json start ends by exec-ing the server, so npm signals reach it directly', () => {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  assert.match(scripts.start!, /^exec node bin\/dateline\.js demo --serve$/);
  assert.match(scripts.prestart!, /npm run build/);
});

const SIGNALS = [['SIGTERM to the npm process', (pid: number) => process.kill(pid, 'SIGTERM')], ['SIGINT to its process group (Ctrl-C)', (pid: number) => process.kill(-pid, 'SIGINT')]] as const;
for (const [i, [how, signal]] of SIGNALS.entries()) {
  test(`npm start: ${how} stops the server (issue 15)`, { timeout: 180_000 }, async () => {
    const { npm, url } = await npmStart(join(tmp, `start-${i}.db`));
    assert.equal((await fetch(new URL('api/stats', url))).status, 200);
    const exited = new Promise((resolve) => npm.once('exit', resolve));
    signal(npm.pid!);
    assert.ok(await stopsAnswering(url, 15_000), `the server at ${url} still answers after ${how}`);
    await exited;
  });
}
