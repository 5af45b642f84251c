import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.ts';
import { synthetic, tempDir } from './fixtures.ts';

const SCRIPT = fileURLToPath(new URL('./insert-loop.ts', import.meta.url));
const BATCHES = 40;
const BATCH_SIZE = 150;
const KILL_AFTER = 3;

interface RunResult {
  lines: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs insert-loop.ts; with `killAfter`, SIGKILLs it once that many commits are reported. */
function runInsertLoop(file: string, killAfter?: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, file, String(BATCHES), String(BATCH_SIZE)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      lines.push(...parts);
      const commits = lines.filter((l) => l.startsWith('committed ')).length;
      if (killAfter !== undefined && commits >= killAfter && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0 && signal === null) reject(new Error(`insert-loop exited ${code}: ${stderr}`));
      else resolve({ lines, code, signal });
    });
  });
}

test('a writer killed mid-batch leaves only whole batches, and rerunning completes without duplicates', { timeout: 120_000 }, async (t) => {
  const tmp = tempDir('dateline-kill-');
  t.after(tmp.cleanup);
  const file = tmp.file();

  const killed = await runInsertLoop(file, KILL_AFTER);
  assert.equal(killed.signal, 'SIGKILL', 'the writer was killed before finishing');
  const reported = killed.lines.filter((l) => l.startsWith('committed ')).length;
  assert.ok(reported >= KILL_AFTER && reported < BATCHES, `killed mid-run after ${reported} commits`);

  const store = openStore(file);
  try {
    assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
    // FTS5's own check: the index agrees with the articles table row for row.
    store.db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
    const count = store.stats().articles;
    t.diagnostic(`killed after ${reported} reported commits; ${count / BATCH_SIZE} batches stored`);
    assert.equal(count % BATCH_SIZE, 0, `only whole batches are stored (found ${count})`);
    // The kill may land after a commit but before its line was read; never before a reported one.
    assert.ok(count >= reported * BATCH_SIZE, `every reported commit survived (${count} >= ${reported * BATCH_SIZE})`);
    for (let n = 0; n < count; n++) {
      const expected = synthetic(n);
      const got = store.getArticle(expected.article.id);
      assert.ok(got, `article ${n} of a committed batch is present`);
      assert.equal(got.text, expected.article.text, `article ${n} text intact`);
      assert.deepEqual(got.sentences.map(({ start, end }) => ({ start, end })), expected.sentences, `article ${n} has all its sentences`);
      assert.deepEqual(got.sentences.map((s) => s.text), expected.sentences.map((s) => expected.article.text.slice(s.start, s.end)));
      assert.equal(got.mentions.length, expected.mentions!.length, `article ${n} has all its mentions`);
      assert.equal(got.timex.length, 1);
    }
    assert.equal(store.hasArticle(synthetic(count).article.id), false, 'nothing of the next batch');
  } finally {
    store.close();
  }

  const rerun = await runInsertLoop(file);
  assert.equal(rerun.code, 0);
  const done = rerun.lines.find((l) => l.startsWith('done '));
  assert.ok(done, 'the rerun finished');
  const [, insertedNow, skipped] = done.split(' ').map(Number);

  const reopened = openStore(file);
  try {
    const total = BATCHES * BATCH_SIZE;
    const stats = reopened.stats();
    assert.equal(stats.articles, total);
    assert.equal(skipped! + insertedNow!, total);
    assert.equal(insertedNow, total - skipped!);
    const expectedSentences = Array.from({ length: total }, (_, n) => synthetic(n).sentences.length).reduce((a, b) => a + b, 0);
    assert.equal(stats.sentences, expectedSentences, 'no sentence stored twice');
    assert.equal(stats.mentions, expectedSentences);
    assert.equal(stats.timex, total);
    assert.equal(stats.actors, 1);
    const distinct = reopened.db.prepare('SELECT count(DISTINCT id) AS n FROM articles').get() as { n: number };
    assert.equal(distinct.n, total, 'no duplicate ids');
    assert.equal(reopened.search('"Article 0 sentence 0"').length, 1, 'the full-text index holds each article once');
    reopened.db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
  } finally {
    reopened.close();
  }
});
