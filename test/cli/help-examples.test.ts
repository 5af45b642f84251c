import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMANDS } from '../../src/cli/main.ts';

// Every `$ dateline ...` example in a command's --help runs as written, through a shell, from a
// folder where `npm start` has stored examples/ in ./dateline.db. Files an example names as the
// user's own (news.csv, page.txt, ...) are made here; examples that need ../shared must say so and
// are not run; `serve` (which runs until stopped) is covered by test/api/serve-cli.test.ts.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'dateline-examples-'));
const bin = join(tmp, 'bin');
after(() => rmSync(tmp, { recursive: true, force: true }));

const ARTICLE = 'Russian and American diplomats met in Geneva on Monday.';
const USER_FILES: Record<string, string> = {
  'news.csv': `date,headline,body\n2022-01-10,Geneva talks,${ARTICLE}\n`,
  'page.txt': `${ARTICLE}\n`,
  'story.txt': `${ARTICLE}\n`,
  'feed.jsonl': `${JSON.stringify({ date: '2022-01-10', text: ARTICLE })}\n`,
};

function sh(line: string): ReturnType<typeof spawnSync> {
  return spawnSync('sh', ['-c', line], { cwd: tmp, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, DATELINE_DB: '' } });
}

before(() => {
  mkdirSync(bin);
  writeFileSync(join(bin, 'dateline'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'dateline.js')}" "$@"\n`);
  chmodSync(join(bin, 'dateline'), 0o755);
  for (const [name, text] of Object.entries(USER_FILES)) writeFileSync(join(tmp, name), text);
  const stored = sh(`dateline ingest ${JSON.stringify(join(ROOT, 'examples'))}`);
  assert.equal(stored.status, 0, String(stored.stderr));
  copyFileSync(join(tmp, 'dateline.db'), join(tmp, 'archive.db'));
});

/** The `$ dateline ...` lines of a help text, without their `# comment`. */
function examples(help: string): string[] {
  return help.split('\n').map((l) => /^\s+\$ (.*dateline .*)$/.exec(l)?.[1]).filter((l): l is string => l !== undefined);
}

for (const { name } of COMMANDS.filter((c) => c.name !== 'serve')) {
  test(`dateline ${name} --help: every example runs from a fresh clone (issue 15)`, { timeout: 240_000 }, () => {
    const help = sh(`dateline ${name} --help`);
    assert.equal(help.status, 0, String(help.stderr));
    for (const example of examples(String(help.stdout))) {
      if (example.includes('../shared')) {
        assert.match(example, /needs \.\.\/shared/, `an example using ../shared says so: ${example}`);
        continue;
      }
      const run = sh(example.replace(/\s+#.*$/, ''));
      assert.equal(run.status, 0, `${example}\n${String(run.stderr)}`);
    }
  });
}
