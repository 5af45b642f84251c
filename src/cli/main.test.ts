import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Help } from 'commander';
import { buildProgram, COMMANDS, main, requestedCommand } from './main.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function capture(): { io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }; text: () => string } {
  let text = '';
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => ((text += chunk.toString()), done()) });
  return { io: { out: sink, err: sink }, text: () => text };
}

test('main: the lazy command table repeats each module term and summary exactly', async () => {
  const program = await buildProgram(capture().io, () => {});
  const help = new Help();
  for (const entry of COMMANDS) {
    const command = program.commands.find((c) => c.name() === entry.name);
    assert.ok(command, `${entry.name} is registered by its module`);
    assert.equal(entry.summary, command.description(), `summary of ${entry.name}`);
    assert.equal(entry.term, help.subcommandTerm(command), `term of ${entry.name}`);
  }
  const listed = program.commands.map((c) => c.name()).filter((n) => n !== 'help');
  assert.deepEqual(listed.sort(), COMMANDS.map((c) => c.name).sort(), 'every registered command is in the table');
});

test('main: dateline --help without loading any command reads as with all of them loaded', async () => {
  const lazy = capture();
  assert.equal(await main(['node', 'dateline', '--help'], lazy.io), 0);
  const full = capture();
  const program = await buildProgram(full.io, () => {});
  full.io.out.write(program.helpInformation());
  assert.equal(lazy.text(), full.text());
  assert.match(lazy.text(), /ingest \[options\] <paths\.\.\.>/);
});

test('main: requestedCommand finds the command word, after help too', () => {
  const name = (argv: string[]): string | undefined => requestedCommand(['node', 'dateline', ...argv])?.name;
  assert.equal(name(['code', 'a.txt', '--json']), 'code');
  assert.equal(name(['--help']), undefined);
  assert.equal(name(['help', 'upcoming']), 'upcoming');
  assert.equal(name(['nope']), undefined);
  assert.equal(name([]), undefined);
});

test('main: each of two commands one module defines (events, upcoming) runs alone', async () => {
  for (const name of ['events', 'upcoming']) {
    const out = capture();
    assert.equal(await main(['node', 'dateline', name, '--help'], out.io), 0, out.text());
    assert.match(out.text(), new RegExp(`Usage: dateline ${name}`));
  }
});

test('main: an unknown command still gets commander usage error (exit 2)', async () => {
  const out = capture();
  assert.equal(await main(['node', 'dateline', 'ingets'], out.io), 2);
  assert.match(out.text(), /unknown command 'ingets'/);
  assert.match(out.text(), /ingest/);
});

test('main: dateline --help loads neither the SQLite driver, the server nor the NLP (issue 15)', () => {
  const probe = `
    import { createRequire } from 'node:module';
    const { main } = await import(${JSON.stringify(new URL('./main.ts', import.meta.url).href)});
    const { PassThrough } = await import('node:stream');
    await main(['node', 'dateline', '--help'], { out: new PassThrough().resume(), err: process.stderr });
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    process.stdout.write(JSON.stringify(loaded.filter((f) => /node_modules\\/(better-sqlite3|fastify|wink-nlp|zod|linkedom)\\//.test(f))));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), []);
});
