import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge, DEFAULT_DATA_DIR } from '../../src/index.ts';

test('data: every bundled data file loads in strict mode with no problem', () => {
  const knowledge = loadKnowledge(DEFAULT_DATA_DIR, { strict: true });
  assert.deepEqual(knowledge.problems.map((p) => p.message), []);
});
