import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadJsonl, loadTsv } from './data-files.ts';
import { DatelineError } from '../errors.ts';

const Entry = z.object({ id: z.string(), codes: z.array(z.string().regex(/^[A-Z]{3}$/, 'expected an ISO-3166 alpha-3 code')) });

function temp(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dateline-data-')), name);
  writeFileSync(file, content);
  return file;
}

test('lib/data-files: a bad JSONL entry names file, line and field path; good entries load', () => {
  const file = temp('e.jsonl', '# comment\n{"id":"a","codes":["RUS"]}\n{"id":"b","codes":["Russia"]}\nnot json\n{"id":"a","codes":[]}\n{"id":"c","codes":["UKR"]}\n');
  const { entries, lines, problems } = loadJsonl(file, Entry, { uniqueBy: 'id' });
  assert.deepEqual(entries.map((e) => e.id), ['a', 'c']);
  assert.deepEqual(lines, [2, 6]);
  assert.equal(problems[0]!.message, `${file}:3 codes[0]: expected an ISO-3166 alpha-3 code`);
  assert.match(problems[1]!.message, new RegExp(`^${file}:4: cannot parse: `));
  assert.equal(problems[2]!.message, `${file}:5 id: duplicate id a (first at line 2)`);
});

test('lib/data-files: strict mode throws the same message on the first bad entry', () => {
  const file = temp('e.jsonl', '{"id":"b","codes":["Russia"]}\n');
  assert.throws(() => loadJsonl(file, Entry, { strict: true }), (e: unknown) => e instanceof DatelineError && e.message === `${file}:1 codes[0]: expected an ISO-3166 alpha-3 code`);
});

test('lib/data-files: TSV rows are keyed by the header', () => {
  const file = temp('t.tsv', '# comment\nid\tcode\nx\tRUS\ny\t\n');
  const { entries, problems } = loadTsv(file, z.object({ id: z.string(), code: z.string() }));
  assert.deepEqual(entries, [{ id: 'x', code: 'RUS' }]);
  assert.equal(problems[0]!.message, `${file}:4 code: Invalid input: expected string, received undefined`);
});
