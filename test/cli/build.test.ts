import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIsFresh, writeStamp } from '../../bin/build-stamp.js';
import { buildCli } from '../../scripts/build.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'dateline-build-'));
// The bundle is built outside the repository; a node_modules link lets its packages resolve as from dist/.
const OUT = join(tmp, 'dist');
after(() => rmSync(tmp, { recursive: true, force: true }));

test('build stamp: fresh until an input changes content, size or disappears; a touch alone keeps it fresh', () => {
  const root = join(tmp, 'stamp-root');
  const out = join(root, 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(root, 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'b.ts'), 'export const b = 2;\n');
  assert.equal(buildIsFresh(root, out), false, 'no stamp yet');
  writeStamp(root, ['a.ts', 'b.ts'], out);
  assert.equal(buildIsFresh(root, out), true);
  utimesSync(join(root, 'a.ts'), new Date(2001, 1, 1), new Date(2001, 1, 1));
  assert.equal(buildIsFresh(root, out), true, 'same content, other time');
  writeFileSync(join(root, 'a.ts'), 'export const a = 7;\n');
  utimesSync(join(root, 'a.ts'), new Date(2001, 1, 1), new Date(2001, 1, 1));
  assert.equal(buildIsFresh(root, out), false, 'same size, other content');
  writeStamp(root, ['a.ts', 'b.ts'], out);
  writeFileSync(join(root, 'b.ts'), 'export const b = 22;\n');
  assert.equal(buildIsFresh(root, out), false, 'other size');
  writeStamp(root, ['a.ts', 'b.ts'], out);
  rmSync(join(root, 'b.ts'));
  assert.equal(buildIsFresh(root, out), false, 'input gone');
});

describeBundle();

function describeBundle(): void {
  // A file, not -e: worker threads inherit the process's execArgv, and --input-type would stop them.
  const runner = join(tmp, 'run.mjs');
  const run = (args: string[], input?: string) => spawnSync(process.execPath, [runner, ...args], { encoding: 'utf8', cwd: tmp, ...(input === undefined ? {} : { input }) });

  before(async () => {
    symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
    writeFileSync(runner, `const { main } = await import(${JSON.stringify(pathToFileURL(join(OUT, 'cli.js')).href)});\nprocess.exitCode = await main(['node', 'dateline', ...process.argv.slice(2)]);\n`);
    await buildCli(OUT);
  });

  test('bundle: --help and --version answer from dist/ alone', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /Usage: dateline/);
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });

  test('bundle: code finds data/ from dist/ and codes an article', () => {
    const coded = run(['code', '-', '--json'], 'date 2022-01-10\nRussian and American diplomats met in Geneva on Monday.\n');
    assert.equal(coded.status, 0, coded.stderr);
    assert.match(coded.stdout, /"CONSULT"/);
  });

  test('bundle: ingest migrates a new store from src/store/migrations/ and codes in the bundled worker thread', () => {
    const db = join(tmp, 'bundle.db');
    const line = '{"date":"2022-01-10","title":"Geneva","text":"Russian and American diplomats met in Geneva on Monday."}\n';
    const ingest = run(['ingest', '-', '--format', 'jsonl', '--workers', '1', '--db', db], line);
    assert.equal(ingest.status, 0, ingest.stderr);
    assert.match(ingest.stdout, /1 new/);
    const events = run(['events', '--json', '--db', db]);
    assert.equal(events.status, 0, events.stderr);
    assert.match(events.stdout, /"CONSULT"/);
  });
}
