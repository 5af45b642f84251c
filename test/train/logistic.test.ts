import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitLogistic, fitPlatt, solveSpd } from '../../scripts/train/logistic.ts';
import { atThreshold, chooseThreshold, crossValidate, foldOf, reliability, seeded, TRAIN_PARAMS } from '../../scripts/train/cv.ts';
import { rawScore, sigmoid } from '../../src/events/confidence.ts';

test('solveSpd solves a symmetric positive-definite system', () => {
  const x = solveSpd(new Float64Array([4, 1, 1, 3]), new Float64Array([1, 2]), 2);
  assert.ok(Math.abs(x[0]! - 1 / 11) < 1e-12 && Math.abs(x[1]! - 7 / 11) < 1e-12);
});

test('fitLogistic recovers the log-odds of a one-feature table (no penalty to speak of)', () => {
  // Feature a on: 3 right of 4 (log-odds ln 3); off: 1 right of 4 (bias ln 1/3).
  const xs: Record<string, number>[] = [...[...Array(4)].map(() => ({ bias: 1, a: 1 })), ...[...Array(4)].map(() => ({ bias: 1 }))];
  const ys = [1, 1, 1, 0, 1, 0, 0, 0];
  const w = fitLogistic(xs, ys, { l2: 1e-9 });
  assert.ok(Math.abs(w.bias! - Math.log(1 / 3)) < 1e-4);
  assert.ok(Math.abs(w.a! - 2 * Math.log(3)) < 1e-4);
  assert.ok(Math.abs(sigmoid(rawScore(w, { bias: 1, a: 1 })) - 0.75) < 1e-4);
});

test('fitLogistic: the penalty shrinks weights, and a feature rarer than minCount gets none', () => {
  const xs: Record<string, number>[] = [{ bias: 1, a: 1, rare: 1 }, { bias: 1, a: 1 }, { bias: 1 }, { bias: 1 }];
  const ys = [1, 1, 0, 0];
  const loose = fitLogistic(xs, ys, { l2: 0.1, minCount: 2 });
  const tight = fitLogistic(xs, ys, { l2: 10, minCount: 2 });
  assert.equal(loose.rare, undefined);
  assert.ok(loose.a! > tight.a! && tight.a! > 0);
});

test('fitPlatt maps scores that are too confident back toward the observed rate', () => {
  const scores = [4, 4, 4, 4, -4, -4, -4, -4];
  const ys = [1, 1, 1, 0, 0, 0, 0, 1];
  const { a, b } = fitPlatt(scores, ys);
  assert.ok(Math.abs(sigmoid(a * 4 + b) - 0.75) < 0.01);
});

test('folds are fixed by the seed and never split a group', () => {
  const groups = [0, 0, 1, 2, 2, 2, 3, 4, 5, 6];
  const a = foldOf(groups, 3, 10);
  assert.deepEqual(a, foldOf(groups, 3, 10));
  for (let i = 1; i < groups.length; i++) if (groups[i] === groups[i - 1]) assert.equal(a[i], a[i - 1]);
  assert.equal(new Set(a).size, 3);
  assert.notEqual(seeded(1)(), seeded(2)());
});

test('reliability: bins, observed share and the expected calibration error', () => {
  const r = reliability([0.05, 0.05, 0.95, 0.95], [0, 1, 1, 1]);
  assert.equal(r.table[0]!.n, 2);
  assert.equal(r.table[0]!.observed, 0.5);
  assert.equal(r.table[9]!.n, 2);
  // Half the events off by 0.45, half by 0.05.
  assert.ok(Math.abs(r.ece - 0.25) < 1e-9);
});

test('the threshold is the highest on the grid that keeps the share of right events asked', () => {
  const p = [0.1, 0.2, 0.3, 0.5, 0.6, 0.9];
  const y = [0, 0, 1, 1, 0, 1];
  assert.deepEqual(atThreshold(p, y, 0.5), { shown: 3, right: 2, precision: 2 / 3, recall: 2 / 3 });
  assert.equal(chooseThreshold(p, y, 1), 0.3);
  assert.equal(chooseThreshold(p, y, 0.6), 0.5);
  assert.equal(chooseThreshold(p, y, 0.3), 0.9);
  assert.equal(chooseThreshold([0.01], [1], 0.9), 0);
});

test('crossValidate gives every example a probability from a model that did not see it', () => {
  // Feature a predicts the label; a lone example is only ever scored by models trained on the rest.
  const data = [...Array(40)].map((_, i) => ({ group: i, features: (i % 2 ? { bias: 1, a: 1 } : { bias: 1 }) as Record<string, number>, label: (i % 2 && i % 7 ? 1 : 0) as 0 | 1 }));
  const p = crossValidate(data, TRAIN_PARAMS);
  assert.equal(p.length, 40);
  assert.ok(p.every((v) => v > 0 && v < 1));
  assert.ok(p[1]! > p[0]!);
});
