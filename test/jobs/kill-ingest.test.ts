import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';

const BIN = fileURLToPath(new URL('../../bin/dateline.js', import.meta.url));
const TOTAL = 3000;

function syntheticArticles(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const text = `Envoys from ${i % 2 ? 'Moscow' : 'Washington'} met in Geneva on Monday for round ${i} of the talks. `
      + `Officials said the meeting lasted ${2 + (i % 7)} hours. The next session is planned for January ${1 + (i % 27)}.`;
    lines.push(JSON.stringify({ id: `syn-${i}`, date: `2022-01-${day}`, title: `Round ${i} of the Geneva talks`, text }));
  }
  return `${lines.join('\n')}\n`;
}

function count(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

test('jobs/ingest: a killed `dateline ingest` keeps whole batches and a rerun finishes without duplicates', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-kill-'));
  const input = join(dir, 'many.jsonl');
  const db = join(dir, 'kill.db');
  writeFileSync(input, syntheticArticles(TOTAL));

  const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db, '--batch-size', '50'], { stdio: 'ignore' });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  let seen = 0;
  for (let i = 0; i < 600 && seen < 100; i++) {
    await sleep(50);
    seen = count(db);
  }
  child.kill('SIGKILL');
  await exited;

  const partial = count(db);
  assert.ok(partial > 0 && partial < TOTAL, `killed mid-way (${partial} of ${TOTAL} stored)`);
  assert.equal(partial % 50, 0, 'only whole batches were committed');
  const conn = new Database(db);
  assert.equal((conn.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
  const orphans = conn.prepare('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)').get() as { n: number };
  assert.equal(orphans.n, 0, 'every stored article has its sentences');
  conn.close();

  const rerun = spawnSync(process.execPath, [BIN, 'ingest', input, '--db', db], { encoding: 'utf8' });
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.equal(rerun.stdout.trim(), `${TOTAL} read, ${TOTAL - partial} new, ${partial} already stored`);
  const after = new Database(db, { readonly: true });
  const { n, uniq } = after.prepare('SELECT count(*) AS n, count(DISTINCT external_id) AS uniq FROM articles').get() as { n: number; uniq: number };
  after.close();
  assert.equal(n, TOTAL);
  assert.equal(uniq, TOTAL, 'no duplicates');
});
