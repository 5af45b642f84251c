import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listInputFiles } from './list-files.ts';

describe('listInputFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  for (const path of ['b.txt', 'a.csv', 'notes.md', '.hidden.txt', 'sub/z.jsonl', 'sub/deeper/y.rss', '.git/x.txt', 'node_modules/pkg/readme.txt']) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), 'x');
  }

  test('expands folders recursively, sorted, keeping only known extensions', async () => {
    assert.deepEqual(await listInputFiles([root]), [
      join(root, 'a.csv'),
      join(root, 'b.txt'),
      join(root, 'sub/deeper/y.rss'),
      join(root, 'sub/z.jsonl'),
    ]);
  });

  test('keeps named files whatever their extension, stdin, missing paths, and drops duplicates', async () => {
    const named = join(root, 'notes.md');
    const missing = join(root, 'missing.txt');
    assert.deepEqual(await listInputFiles([named, '-', missing, join(root, 'sub'), join(root, 'sub/z.jsonl')]), [
      named, '-', missing, join(root, 'sub/deeper/y.rss'), join(root, 'sub/z.jsonl'),
    ]);
  });
});
