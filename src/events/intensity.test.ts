import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';
import { DatelineError } from '../errors.ts';
import { QUAD_CLASS } from './quad-class.ts';
import { intensityOf, loadIntensity, PLOVER_MODES } from './index.ts';
import type { PloverType } from '../doc/index.ts';

const BUNDLED = join(DEFAULT_DATA_DIR, 'lexicons', 'events', 'intensity.tsv');
const TYPES = Object.keys(PLOVER_MODES) as PloverType[];

function withFile(body: string, run: (file: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-intensity-'));
  try {
    const file = join(dir, 'intensity.tsv');
    writeFileSync(file, `type\tmode\tscore\tnote\n${body}`);
    run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the bundled PLOVER scores load strictly, with a score for every type', () => {
  const { table, problems } = loadIntensity(BUNDLED, { strict: true });
  assert.deepEqual(problems, []);
  for (const t of TYPES) assert.equal(typeof intensityOf(table, t, null), 'number', t);
});

// REQUEST is the one conflict-quad type the manual scores around 0 (assist 0.5, change -1).
test('every type and mode of a conflict quad but REQUEST is negative, and material cooperation positive', () => {
  const { table } = loadIntensity(BUNDLED, { strict: true });
  for (const t of TYPES) {
    for (const mode of [null, ...PLOVER_MODES[t]]) {
      const score = intensityOf(table, t, mode)!;
      if (QUAD_CLASS[t].endsWith('conflict') && t !== 'REQUEST') assert.ok(score < 0, `${t}/${mode}: ${score}`);
      if (QUAD_CLASS[t] === 'material_cooperation') assert.ok(score > 0, `${t}/${mode}: ${score}`);
    }
  }
});

test("a mode's own score wins; a mode the table does not score takes its type's", () => {
  withFile('ASSAULT\t\t-9\nASSAULT\taerial\t-9.5\n', (file) => {
    const { table } = loadIntensity(file);
    assert.equal(intensityOf(table, 'ASSAULT', 'aerial'), -9.5);
    assert.equal(intensityOf(table, 'ASSAULT', 'massacre'), -9);
    assert.equal(intensityOf(table, 'ASSAULT', null), -9);
    assert.equal(intensityOf(table, 'AGREE', null), null);
  });
});

test('bad rows, duplicates and a type without a score are problems naming file, line and field', () => {
  const all = TYPES.map((t) => `${t}\t\t0\n`).join('');
  withFile(`${all}ASSAULT\tnuclear\t-9\nCONSULT\tvisit\t14\nCONSULT\tvisit\t4\nCONSULT\tvisit\t3\n`, (file) => {
    const { problems } = loadIntensity(file);
    assert.equal(problems.length, 3);
    assert.match(problems[0]!.message, /intensity\.tsv:18 mode: mode nuclear is not a codebook mode of ASSAULT/);
    assert.match(problems[1]!.message, /intensity\.tsv:19 score: .*at most 10/);
    assert.match(problems[2]!.message, /intensity\.tsv:21 mode: duplicate id CONSULT\/visit \(first at line 20\)/);
  });
  withFile('AGREE\t\t2.5\n', (file) => {
    assert.match(loadIntensity(file).problems[0]!.message, /no score for type CONSULT, SUPPORT/);
    assert.throws(() => loadIntensity(file, { strict: true }), (e: unknown) => e instanceof DatelineError && /no score for type/.test(e.message));
  });
});
