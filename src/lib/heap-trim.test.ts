import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_GC_INTERVAL_MS, gcIntervalFrom, startHeapTrim } from './heap-trim.ts';

test('gcIntervalFrom: the environment sets the interval; 0 is off; anything else falls back to the default', () => {
  assert.equal(gcIntervalFrom({}), DEFAULT_GC_INTERVAL_MS);
  assert.equal(gcIntervalFrom({ DATELINE_GC_INTERVAL_MS: '0' }), 0);
  assert.equal(gcIntervalFrom({ DATELINE_GC_INTERVAL_MS: '500' }), 500);
  for (const bad of ['-1', '1.5', 'soon', ' ']) assert.equal(gcIntervalFrom({ DATELINE_GC_INTERVAL_MS: bad }), DEFAULT_GC_INTERVAL_MS, bad);
});

test('startHeapTrim: collections free garbage while it runs, and stop ends them', async () => {
  const stop = startHeapTrim(20);
  try {
    let garbage: number[][] | null = Array.from({ length: 200 }, () => Array.from({ length: 5000 }, (_, i) => i));
    const full = process.memoryUsage().heapUsed;
    garbage = null;
    assert.equal(garbage, null);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.ok(process.memoryUsage().heapUsed < full, 'the heap shrank without anything else allocating');
  } finally {
    stop();
  }
  assert.doesNotThrow(() => startHeapTrim(0)());
});
